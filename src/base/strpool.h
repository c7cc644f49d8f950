/* SPDX-License-Identifier: Apache-2.0 */
/*
 * strpool.h - strings kept until the end, packed one after another in
 * large blocks: one allocation per block, not per string, and every
 * string's address stays put (a block never moves). Freed all at once.
 * (glibc's obstack does the same, but its macros do arithmetic on a
 * null pointer, which UBSan rightly reports.)
 */
#ifndef STRPOOL_H
#define STRPOOL_H

#include <stddef.h>

struct strpool_block;

struct strpool {
	struct strpool_block *head;	/* the block being filled, first */
};

/* An empty pool. */
void strpool_init(struct strpool *p);
/* A copy of the n bytes at s, with a NUL after them, that lives as long
 * as the pool. */
char *strpool_copy(struct strpool *p, const char *s, size_t n);
/* Free every string of the pool; it is left empty. */
void strpool_release(struct strpool *p);

#endif

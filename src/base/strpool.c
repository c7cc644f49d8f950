/* SPDX-License-Identifier: Apache-2.0 */
/*
 * strpool.c - a list of blocks filled front to back (see strpool.h).
 */
#include "config.h"
#include "base/strpool.h"
#include "base/xalloc.h"

#include <stdlib.h>
#include <string.h>

/* Bytes of a block, but for a string longer than that. */
#define STRPOOL_BLOCK (64 * 1024)

struct strpool_block {
	struct strpool_block *next;
	size_t used, size;
	char data[];
};

/* An empty pool. */
void strpool_init(struct strpool *p)
{
	p->head = NULL;
}

/* Copy s[0..n) and a NUL into the head block, after a new one when the
 * head lacks the room. */
char *strpool_copy(struct strpool *p, const char *s, size_t n)
{
	struct strpool_block *b = p->head;
	char *out;

	if (!b || b->size - b->used < n + 1) {
		size_t size = n + 1 > STRPOOL_BLOCK ? n + 1 : STRPOOL_BLOCK;

		b = xmalloc(sizeof(*b) + size);
		b->next = p->head;
		b->used = 0;
		b->size = size;
		p->head = b;
	}
	out = b->data + b->used;
	memcpy(out, s, n);
	out[n] = '\0';
	b->used += n + 1;
	return out;
}

/* Free the blocks. */
void strpool_release(struct strpool *p)
{
	while (p->head) {
		struct strpool_block *next = p->head->next;

		free(p->head);
		p->head = next;
	}
}

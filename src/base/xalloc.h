/* SPDX-License-Identifier: Apache-2.0 */
/*
 * xalloc.h - allocation that never returns NULL. On exhaustion the
 * failure handler runs: the command line's prints its message and ends
 * the process with exit(3), so that the atexit cleanup (base/cleanup.h)
 * removes what the run staged; the default handler prints a line on
 * standard error. If the handler returns, the process aborts: a batch
 * run has no sensible way to go on without memory.
 *
 * The libraries allocate through the same functions where they let us:
 * libcsv's realloc hook (load/csvin.c), PCRE2's general context
 * (load/pattern.c) and cJSON's hooks (where it is used, in tests).
 *
 * In a build configured with --enable-alloc-failure, GAPSCORE_FAIL_ALLOC=N
 * makes the Nth allocation (xmalloc, xcalloc, xrealloc, the libraries'
 * through the hooks included) fail, so tests can check every way out of
 * a run that runs out of memory (tests/cli/allocfail.sh).
 */
#ifndef XALLOC_H
#define XALLOC_H

#include <stddef.h>

void *xmalloc(size_t size);
void *xcalloc(size_t count, size_t size);
void *xrealloc(void *ptr, size_t size);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t len);
/* Grow *items (of *cap elements of elem_size bytes) to hold need elements;
 * new elements are zeroed. */
void grow_array(void **items, size_t *cap, size_t need, size_t elem_size);
#define GROW(items, cap, need) \
	grow_array((void **)&(items), &(cap), (need), sizeof(*(items)))

/* What runs when memory is exhausted, told the size asked for: it may
 * end the process (exit), else abort() follows. NULL restores the
 * default (a line on standard error). */
typedef void (*xalloc_failure_fn)(size_t size);
void xalloc_set_failure_handler(xalloc_failure_fn fn);

#endif

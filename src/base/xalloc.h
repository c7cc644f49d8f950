/*
 * xalloc.h - allocation that never returns NULL. On exhaustion the
 * failure handler runs (by default a line on standard error; the command
 * line may set one that prints through its message module) and the
 * process aborts: a batch run has no sensible way to go on without
 * memory.
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

/* What runs before abort() when memory is exhausted: told the size asked
 * for. NULL restores the default (a line on standard error). */
typedef void (*xalloc_failure_fn)(size_t size);
void xalloc_set_failure_handler(xalloc_failure_fn fn);

#endif

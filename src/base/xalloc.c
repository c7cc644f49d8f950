/*
 * xalloc.c - allocation that never returns NULL (see xalloc.h).
 */
#include "config.h"
#include "base/xalloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static xalloc_failure_fn failure_handler;

/* The default failure report: one line, without the message module. */
static void default_failure(size_t size)
{
	char line[96];
	int n = snprintf(line, sizeof(line),
			 "gapscore: error: out of memory (allocating %zu bytes)\n",
			 size);

	if (n > 0)
		fputs(line, stderr);
}

/* Set what runs before abort() when memory is exhausted. */
void xalloc_set_failure_handler(xalloc_failure_fn fn)
{
	failure_handler = fn;
}

/* Report exhaustion and abort: a batch run cannot continue without memory. */
static void out_of_memory(size_t size)
{
	(failure_handler ? failure_handler : default_failure)(size);
	abort();
}

/* malloc that never returns NULL (0 bytes is 1). */
void *xmalloc(size_t size)
{
	void *p = malloc(size ? size : 1);
	if (!p)
		out_of_memory(size);
	return p;
}

/* calloc that never returns NULL. */
void *xcalloc(size_t count, size_t size)
{
	void *p = calloc(count ? count : 1, size ? size : 1);
	if (!p)
		out_of_memory(count * size);
	return p;
}

/* realloc that never returns NULL. */
void *xrealloc(void *ptr, size_t size)
{
	void *p = realloc(ptr, size ? size : 1);
	if (!p)
		out_of_memory(size);
	return p;
}

/* A copy of s. */
char *xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

/* A NUL-terminated copy of the first len bytes of s. */
char *xstrndup(const char *s, size_t len)
{
	char *p = xmalloc(len + 1);
	memcpy(p, s, len);
	p[len] = '\0';
	return p;
}

/* Double the capacity until need fits; zero the new tail for safety. */
void grow_array(void **items, size_t *cap, size_t need, size_t elem_size)
{
	size_t new_cap;

	if (need <= *cap)
		return;
	new_cap = *cap ? *cap : 8;
	while (new_cap < need)
		new_cap *= 2;
	*items = xrealloc(*items, new_cap * elem_size);
	memset((char *)*items + *cap * elem_size, 0,
	       (new_cap - *cap) * elem_size);
	*cap = new_cap;
}


/* SPDX-License-Identifier: Apache-2.0 */
/*
 * xalloc.c - allocation that never returns NULL (see xalloc.h), and the
 * failure injection of the --enable-alloc-failure test build. Safe in
 * the workers of a run (base/workpool.h): the first thread that runs out
 * of memory reports it and exits; any other that does, or that allocates
 * anything after that, waits for the exit, so that nothing more is
 * written while the exit removes what the run staged.
 */
#include "config.h"
#include "base/xalloc.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static xalloc_failure_fn failure_handler;
/* Set once a thread has run out of memory: the run is ending. */
static atomic_bool failing;
/* Taken for good by the thread that reports; the others wait on it. */
static pthread_mutex_t failing_lock = PTHREAD_MUTEX_INITIALIZER;

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

/* Set what runs when memory is exhausted. */
void xalloc_set_failure_handler(xalloc_failure_fn fn)
{
	failure_handler = fn;
}

#ifdef GAPSCORE_ALLOC_FAILURE
/* The test build: should this allocation fail? The Nth since the
 * process started does when GAPSCORE_FAIL_ALLOC=N. */
static bool injected_failure(void)
{
	static atomic_ulong fail_at, count;
	static atomic_bool read;

	if (!atomic_load(&read)) {
		const char *s = getenv("GAPSCORE_FAIL_ALLOC");
		atomic_store(&fail_at, s ? strtoul(s, NULL, 10) : 0);
		atomic_store(&read, true);
	}
	return atomic_load(&fail_at) != 0 &&
	       atomic_fetch_add(&count, 1) + 1 == atomic_load(&fail_at);
}
#else
/* A normal build: no allocation is made to fail. */
static bool injected_failure(void)
{
	return false;
}
#endif

/* Is this thread the one reporting exhaustion (and exiting)? */
static _Thread_local bool reporting;

/* Report exhaustion through the handler, which may exit; abort if it
 * returns, or if memory runs out again while it reports. Another thread
 * that runs out meanwhile waits for the exit. */
static void out_of_memory(size_t size)
{
	if (reporting)
		abort();
	if (pthread_mutex_trylock(&failing_lock) != 0)
		pthread_mutex_lock(&failing_lock);	/* waits for the exit */
	reporting = true;
	atomic_store(&failing, true);
	(failure_handler ? failure_handler : default_failure)(size);
	abort();
}

/* Once another thread has run out of memory, wait for its exit rather
 * than go on. */
static void check_failing(void)
{
	if (atomic_load_explicit(&failing, memory_order_relaxed) &&
	    !reporting)
		pthread_mutex_lock(&failing_lock);	/* waits for the exit */
}

/* malloc that never returns NULL (0 bytes is 1). */
void *xmalloc(size_t size)
{
	void *p;

	check_failing();
	p = injected_failure() ? NULL : malloc(size ? size : 1);
	if (!p)
		out_of_memory(size);
	return p;
}

/* calloc that never returns NULL. */
void *xcalloc(size_t count, size_t size)
{
	void *p;

	check_failing();
	p = injected_failure() ? NULL
				     : calloc(count ? count : 1, size ? size : 1);
	if (!p)
		out_of_memory(count * size);
	return p;
}

/* realloc that never returns NULL; on failure ptr is left as it was. */
void *xrealloc(void *ptr, size_t size)
{
	void *p;

	check_failing();
	p = injected_failure() ? NULL : realloc(ptr, size ? size : 1);
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


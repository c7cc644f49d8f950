/* SPDX-License-Identifier: Apache-2.0 */
/*
 * workpool.c - the tasks of a run taken one at a time, by index, from a
 * shared atomic counter by the caller and its worker threads (see
 * workpool.h).
 */
#include "config.h"
#include "base/workpool.h"

#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>

/* A run in progress. */
struct run {
	atomic_size_t next;	/* the next task to take */
	size_t n;
	workpool_task task;
	void *ctx;
};

/* Take and run tasks until none is left. */
static void *work(void *arg)
{
	struct run *r = arg;
	size_t i;

	while ((i = atomic_fetch_add(&r->next, 1)) < r->n)
		r->task(r->ctx, i);
	return NULL;
}

/* Start up to count workers on r, with the run's signals blocked in
 * them; how many started. */
static size_t start_workers(pthread_t *threads, size_t count, struct run *r)
{
	sigset_t block, old;
	size_t started = 0;

	sigemptyset(&block);
	sigaddset(&block, SIGINT);
	sigaddset(&block, SIGTERM);
	sigaddset(&block, SIGHUP);
	pthread_sigmask(SIG_BLOCK, &block, &old);
	while (started < count &&
	       pthread_create(&threads[started], NULL, work, r) == 0)
		started++;
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	return started;
}

/* Run every task over at most nthreads threads (see workpool.h). */
void workpool_run(size_t n, size_t nthreads, workpool_task task, void *ctx)
{
	pthread_t threads[WORKPOOL_MAX_THREADS];
	struct run r = { .n = n, .task = task, .ctx = ctx };
	size_t workers, started;

	atomic_init(&r.next, 0);
	if (nthreads > WORKPOOL_MAX_THREADS)
		nthreads = WORKPOOL_MAX_THREADS;
	if (nthreads > n)
		nthreads = n;
	workers = nthreads > 1 ? nthreads - 1 : 0;
	started = start_workers(threads, workers, &r);
	work(&r);
	for (size_t k = 0; k < started; k++)
		pthread_join(threads[k], NULL);
}

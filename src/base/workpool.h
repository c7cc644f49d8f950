/* SPDX-License-Identifier: Apache-2.0 */
/*
 * workpool.h - run n independent tasks over a few POSIX threads. Each
 * task is given its index and writes its own result slot, so the results
 * are in task order whatever the order the tasks ran in. The calling
 * thread works too; with one thread (or one task) every task runs in the
 * caller, in order, as a plain loop would. The workers block the signals
 * of base/interrupt.h, so that the calling thread is the one that takes
 * them; a task that should stop on a signal checks interrupted().
 */
#ifndef WORKPOOL_H
#define WORKPOOL_H

#include <stddef.h>

/* One task: index i of the run, with the run's context. */
typedef void (*workpool_task)(void *ctx, size_t i);

/* The most threads a run uses, whatever it asks for. */
#define WORKPOOL_MAX_THREADS 64

/*
 * Run task(ctx, i) for every i in [0, n) over at most nthreads threads
 * (0 or 1: in the caller alone), and return when every task is done. A
 * thread that cannot be started leaves its share to the others.
 */
void workpool_run(size_t n, size_t nthreads, workpool_task task, void *ctx);

#endif

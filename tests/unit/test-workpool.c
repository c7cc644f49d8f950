/* SPDX-License-Identifier: Apache-2.0 */
/*
 * test-workpool.c - the pool runs every task exactly once, whatever the
 * number of threads, and each result lands in its task's slot.
 */
#include "config.h"
#include "tests.h"
#include "base/workpool.h"

#include <stdatomic.h>

#define NTASKS 1000

/* What a run of the test tasks shares. */
struct tasks {
	size_t result[NTASKS];
	atomic_size_t runs[NTASKS];
	atomic_size_t total;
};

/* One test task: a result that depends on i only, after some work. */
static void square(void *ctx, size_t i)
{
	struct tasks *t = ctx;
	volatile size_t spin = 0;

	for (size_t k = 0; k < (i % 7) * 100; k++)
		spin += k;
	t->result[i] = i * i;
	atomic_fetch_add(&t->runs[i], 1);
	atomic_fetch_add(&t->total, 1);
}

/* Run NTASKS tasks over nthreads threads and check every slot. */
static void check_run(size_t n, size_t nthreads)
{
	static struct tasks t;

	for (size_t i = 0; i < NTASKS; i++) {
		t.result[i] = 0;
		atomic_init(&t.runs[i], 0);
	}
	atomic_init(&t.total, 0);
	workpool_run(n, nthreads, square, &t);
	ck_assert_uint_eq(atomic_load(&t.total), n);
	for (size_t i = 0; i < n; i++) {
		ck_assert_uint_eq(atomic_load(&t.runs[i]), 1);
		ck_assert_uint_eq(t.result[i], i * i);
	}
}

START_TEST(every_task_once_in_its_slot)
{
	static const size_t threads[] = { 0, 1, 2, 3, 8, 64, 1000 };

	for (size_t k = 0; k < sizeof(threads) / sizeof(threads[0]); k++) {
		check_run(NTASKS, threads[k]);
		check_run(3, threads[k]);
		check_run(1, threads[k]);
	}
}
END_TEST

START_TEST(no_task_no_call)
{
	check_run(0, 4);
}
END_TEST

/* The suite. */
Suite *suite_workpool(void)
{
	Suite *s = suite_create("workpool");
	TCase *once = tcase_create("workpool_every_task_once_in_its_slot");
	TCase *none = tcase_create("workpool_no_task_no_call");

	tcase_add_test(once, every_task_once_in_its_slot);
	tcase_add_test(none, no_task_no_call);
	suite_add_tcase(s, once);
	suite_add_tcase(s, none);
	return s;
}

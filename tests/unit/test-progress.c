/* SPDX-License-Identifier: Apache-2.0 */
/*
 * test-progress.c - the core reports progress through the callback in
 * its options and prints nothing: the tally tells of every answer added,
 * counting from 1 with no total, and a tally nobody listens to costs
 * nothing but the test.
 */
#include "config.h"
#include "tests.h"
#include "load/tally.h"
#include "base/progress.h"

/* What the listener heard: how often, the last values. */
struct heard {
	size_t calls;
	enum progress_what what;
	size_t done, total;
};

/* A struct progress callback that records what it is told. */
static void listen(void *ctx, enum progress_what what, size_t done,
		   size_t total)
{
	struct heard *h = ctx;

	h->calls++;
	h->what = what;
	h->done = done;
	h->total = total;
}

/* Add one answer of expert to indicator 0 of XEA 2025. */
static void add_answer(struct tally *t, const char *expert)
{
	struct answer_row row = {
		.country = "XEA", .round = "2025", .expert = expert,
		.indicator = 0, .cls = ANSWER_SCORED, .score = 1,
		.answer = "yes", .file = "answers.csv", .line = 2,
	};
	struct diag_list diags;

	diag_list_init(&diags);
	tally_add(t, &row, &diags);
	diag_list_release(&diags);
}

START_TEST(tally_reports_each_answer_added)
{
	struct indset set;
	struct tally t;
	struct heard h = { 0 };

	indset_init(&set);
	tally_init(&t, &set);
	t.progress = (struct progress){ .report = listen, .ctx = &h };
	add_answer(&t, "alpha");
	ck_assert_uint_eq(h.calls, 1);
	ck_assert_int_eq(h.what, PROGRESS_ANSWERS_READ);
	ck_assert_uint_eq(h.done, 1);
	add_answer(&t, "beta");
	add_answer(&t, "gamma");
	ck_assert_uint_eq(h.calls, 3);
	ck_assert_uint_eq(h.done, 3);
	ck_assert_uint_eq(h.total, 0);
	ck_assert_uint_eq(t.nanswers, 3);
	tally_release(&t);
	indset_release(&set);
}
END_TEST

START_TEST(tally_without_listener_counts_silently)
{
	struct indset set;
	struct tally t;

	indset_init(&set);
	tally_init(&t, &set);
	ck_assert_ptr_null(t.progress.report);
	add_answer(&t, "alpha");
	ck_assert_uint_eq(t.nanswers, 1);
	tally_release(&t);
	indset_release(&set);
}
END_TEST

/* The progress tests. */
Suite *suite_progress(void)
{
	Suite *s = suite_create("progress");

	ADD_TEST(s, tally_reports_each_answer_added);
	ADD_TEST(s, tally_without_listener_counts_silently);
	return s;
}

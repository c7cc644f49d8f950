/* SPDX-License-Identifier: Apache-2.0 */
/*
 * test-trend.c - trends over rounds on a small case worked by hand:
 * like-with-like changes when an indicator is added, gap closed,
 * improved / regressed / stable within the tolerance, moved indicators.
 */
#include "config.h"
#include "tests.h"
#include "score/trend.h"

#include <stdlib.h>
#include <string.h>

#define HEADER "id,instrument,article,dimension,question,answer_type\n"
#define AHEADER "country,round,expert,indicator,answer\n"

/* The series of instrument ins (TREND_NONE: overall), article art and
 * dimension dim. */
static const struct trend_series *series(const struct trend *tr, size_t ins,
					 size_t art, size_t dim)
{
	for (size_t k = 0; k < tr->nseries; k++)
		if (tr->series[k].instrument == ins &&
		    tr->series[k].article == art &&
		    tr->series[k].dimension == dim)
			return &tr->series[k];
	ck_abort_msg("no such series");
	return NULL;
}

START_TEST(trend_like_with_like)
{
	/* Article 5 legislative: A (scale 0-4) and, from 2026 only, B.
	 * 2023: A = 1 -> 0.25. 2026: A = 3 -> 0.75, B = no -> 0.
	 * Reported: 0.25, then (0.75 + 0) / 2 = 0.375.
	 * Comparable (A only): 0.25, 0.75: change 0.5, improved; gap closed
	 * (0.75 - 0.25) / (1 - 0.25) = 2/3. B is not comparable.
	 * Article 6 implementation: C partial then partial: stable; D moved?
	 * No: C is unchanged. A moved by 0.5 > 0.05. */
	struct fixture f;
	struct trend *tr;
	const struct trend_series *s;

	fixture_load(&f,
		     HEADER "A,UNTOC,5,legislative,q,scale:0-4\n"
		     "B,UNTOC,5,legislative,q,yesno\n"
		     "C,UNTOC,6,implementation,q,yesnopartial\n",
		     AHEADER "XEA,2023,e,A,1\nXEA,2023,e,C,partial\n"
		     "XEA,2026,e,A,3\nXEA,2026,e,B,no\nXEA,2026,e,C,partial\n");
	struct score_options opt;

	ck_assert_int_eq(f.status, DIAG_OK);
	score_options_init(&opt);
	tr = trend_build(&f.in.set, &f.in.tally, "XEA", &opt, 0.05, NULL);
	ck_assert_uint_eq(tr->nrounds, 2);
	s = series(tr, 0, 0, DIM_LEGISLATIVE);
	ck_assert_close(s->reported[0].score, 0.25);
	ck_assert_close(s->reported[1].score, 0.375);
	ck_assert_close(s->comparable[1].score, 0.75);
	ck_assert(s->has_change);
	ck_assert_close(s->change_since_baseline, 0.5);
	ck_assert_close(s->gap_closed, 2.0 / 3.0);
	ck_assert_str_eq(s->direction, "improved");
	s = series(tr, 0, 1, DIM_IMPLEMENTATION);
	ck_assert_str_eq(s->direction, "stable");
	ck_assert_uint_eq(tr->ncomparable, 2);
	ck_assert_uint_eq(tr->npartial, 1);
	ck_assert_uint_eq(tr->partial[0], 1);	/* B */
	ck_assert(!tr->partial_rounds[0][0] && tr->partial_rounds[0][1]);
	ck_assert_uint_eq(tr->nmoved, 1);
	ck_assert_uint_eq(tr->moved[0].indicator, 0);
	ck_assert_close(tr->moved[0].to - tr->moved[0].from, 0.5);
	trend_free(tr);
	fixture_release(&f);
}
END_TEST

START_TEST(trend_regressed_and_single_round)
{
	/* XEB: yes then no: change -1, regressed, gap closed -1 / 1... the
	 * baseline gap is 0 (score 1): no gap closed share. XEC: one round,
	 * no change. */
	struct fixture f;
	struct score_options opt;
	struct trend *tr;
	const struct trend_series *s;

	score_options_init(&opt);
	fixture_load(&f, HEADER "A,UNTOC,5,legislative,q,yesno\n",
		     AHEADER "XEB,1,e,A,yes\nXEB,2,e,A,no\nXEC,1,e,A,yes\n");
	tr = trend_build(&f.in.set, &f.in.tally, "XEB", &opt, 0.05, NULL);
	s = series(tr, TREND_NONE, TREND_NONE, DIM_LEGISLATIVE);
	ck_assert_close(s->change_since_baseline, -1);
	ck_assert_str_eq(s->direction, "regressed");
	ck_assert(!s->has_gap_closed);
	trend_free(tr);
	tr = trend_build(&f.in.set, &f.in.tally, "XEC", &opt, 0.05, NULL);
	s = series(tr, TREND_NONE, TREND_NONE, DIM_LEGISLATIVE);
	ck_assert(!s->has_change);
	ck_assert_ptr_null(s->direction);
	trend_free(tr);
	fixture_release(&f);
}
END_TEST

Suite *suite_trend(void)
{
	Suite *s = suite_create("trend");
	ADD_TEST(s, trend_like_with_like);
	ADD_TEST(s, trend_regressed_and_single_round);
	return s;
}

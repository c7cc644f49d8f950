/* SPDX-License-Identifier: Apache-2.0 */
/*
 * test-consensus.c - each consensus rule on odd and even counts.
 */
#include "config.h"
#include "tests.h"
#include "score/consensus.h"

#include <stddef.h>

START_TEST(median_odd_and_even)
{
	double odd[] = { 1, 0, 0.5 };		/* sorted: 0 0.5 1 */
	double even[] = { 1, 0.25, 0, 0.75 };	/* middle: 0.25 0.75 */
	double one[] = { 0.3 };

	ck_assert(consensus_apply(CONSENSUS_MEDIAN, odd, NULL, 3) == 0.5);
	ck_assert(consensus_apply(CONSENSUS_MEDIAN, even, NULL, 4) == 0.5);
	ck_assert(consensus_apply(CONSENSUS_MEDIAN, one, NULL, 1) == 0.3);
}
END_TEST

START_TEST(mean_min_max)
{
	double v[] = { 1, 0.5, 0, 0.5 };

	ck_assert(consensus_apply(CONSENSUS_MEAN, v, NULL, 4) == 0.5);
	ck_assert(consensus_apply(CONSENSUS_MIN, v, NULL, 4) == 0);
	ck_assert(consensus_apply(CONSENSUS_MAX, v, NULL, 4) == 1);
	{
		double w[] = { 1, 0, 0 };
		ck_assert_close(consensus_apply(CONSENSUS_MEAN, w, NULL, 3),
				1.0 / 3.0);
	}
}
END_TEST

START_TEST(weighted_by_confidence)
{
	/* yes (1) with high confidence 3, no (0) with low 1, partial (0.5)
	 * with none given (medium, 2): (3*1 + 1*0 + 2*0.5) / 6 = 4/6. */
	double v[] = { 1, 0, 0.5 };
	double w[] = { consensus_confidence_weight(3),
		       consensus_confidence_weight(1),
		       consensus_confidence_weight(0) };

	ck_assert_close(consensus_apply(CONSENSUS_WEIGHTED, v, w, 3),
			4.0 / 6.0);
	ck_assert(consensus_confidence_weight(0) == 2);
}
END_TEST

START_TEST(rule_names)
{
	/* --consensus stores a name's index in consensus_names (CLI_ENUM):
	 * the list must be in enum order. */
	ck_assert_str_eq(consensus_names[CONSENSUS_MEAN], "mean");
	ck_assert_str_eq(consensus_names[CONSENSUS_MEDIAN], "median");
	ck_assert_str_eq(consensus_names[CONSENSUS_MIN], "min");
	ck_assert_str_eq(consensus_names[CONSENSUS_WEIGHTED], "weighted");
	ck_assert_ptr_null(consensus_names[CONSENSUS_WEIGHTED + 1]);
	ck_assert_str_eq(consensus_name(CONSENSUS_MAX), "max");
}
END_TEST

Suite *suite_consensus(void)
{
	Suite *s = suite_create("consensus");
	ADD_TEST(s, median_odd_and_even);
	ADD_TEST(s, mean_min_max);
	ADD_TEST(s, weighted_by_confidence);
	ADD_TEST(s, rule_names);
	return s;
}

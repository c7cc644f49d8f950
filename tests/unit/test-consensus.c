/*
 * test-consensus.c - each consensus rule on odd and even counts.
 */
#include "config.h"
#include "tests.h"
#include "consensus.h"

START_TEST(median_odd_and_even)
{
	double odd[] = { 1, 0, 0.5 };		/* sorted: 0 0.5 1 */
	double even[] = { 1, 0.25, 0, 0.75 };	/* middle: 0.25 0.75 */
	double one[] = { 0.3 };

	ck_assert(consensus_apply(CONSENSUS_MEDIAN, odd, 3) == 0.5);
	ck_assert(consensus_apply(CONSENSUS_MEDIAN, even, 4) == 0.5);
	ck_assert(consensus_apply(CONSENSUS_MEDIAN, one, 1) == 0.3);
}
END_TEST

START_TEST(mean_min_max)
{
	double v[] = { 1, 0.5, 0, 0.5 };

	ck_assert(consensus_apply(CONSENSUS_MEAN, v, 4) == 0.5);
	ck_assert(consensus_apply(CONSENSUS_MIN, v, 4) == 0);
	ck_assert(consensus_apply(CONSENSUS_MAX, v, 4) == 1);
	{
		double w[] = { 1, 0, 0 };
		ck_assert_close(consensus_apply(CONSENSUS_MEAN, w, 3),
				1.0 / 3.0);
	}
}
END_TEST

START_TEST(rule_names)
{
	enum consensus_rule r;

	ck_assert(consensus_parse("mean", &r) && r == CONSENSUS_MEAN);
	ck_assert(consensus_parse("median", &r) && r == CONSENSUS_MEDIAN);
	ck_assert(!consensus_parse("mode", &r));
	ck_assert_str_eq(consensus_name(CONSENSUS_MAX), "max");
}
END_TEST

Suite *suite_consensus(void)
{
	Suite *s = suite_create("consensus");
	ADD_TEST(s, median_odd_and_even);
	ADD_TEST(s, mean_min_max);
	ADD_TEST(s, rule_names);
	return s;
}

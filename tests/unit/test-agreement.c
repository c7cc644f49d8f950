/* SPDX-License-Identifier: Apache-2.0 */
/*
 * test-agreement.c - Krippendorff's alpha and Fleiss' kappa on published
 * worked examples. The alpha case is the 4 observers x 12 units example
 * with missing values in Krippendorff, "Computing Krippendorff's
 * Alpha-Reliability" (2011), which publishes alpha nominal 0.743, ordinal
 * 0.815, interval 0.849 and ratio 0.797; the exact fractions below were
 * derived from its coincidence matrix. The kappa case is the 10 subjects
 * x 14 raters x 5 categories example widely reproduced as the worked
 * example of Fleiss' kappa (kappa 0.210). Then the cases where either is
 * undefined.
 */
#include "config.h"
#include "tests.h"
#include "score/agreement.h"

#include <string.h>

/* Krippendorff (2011): units with their values (observers A-D, missing
 * left out). */
static const double textbook[] = {
	1, 1, 1,	/* unit 1 */
	2, 2, 3, 2,	/* 2 */
	3, 3, 3, 3,	/* 3 */
	3, 3, 3, 3,	/* 4 */
	2, 2, 2, 2,	/* 5 */
	1, 2, 3, 4,	/* 6 */
	4, 4, 4, 4,	/* 7 */
	1, 1, 2, 1,	/* 8 */
	2, 2, 2, 2,	/* 9 */
	5, 5, 5,	/* 10 */
	1, 1,		/* 11 */
	3,		/* 12: one value, not pairable */
};
static const size_t textbook_start[] = { 0, 3, 7, 11, 15, 19, 23, 27, 31,
					 35, 38, 40, 41 };
#define TEXTBOOK_UNITS 12

/* Is x the published figure, given to 3 decimals? */
static bool rounds_to(double x, double published)
{
	return fabs(x - published) <= 0.0005;
}

START_TEST(textbook_interval_alpha)
{
	double alpha;

	ck_assert(krippendorff_alpha(AGREEMENT_INTERVAL, textbook,
				     textbook_start, TEXTBOOK_UNITS, &alpha,
				     NULL));
	ck_assert_double_eq_tol(alpha, 0.8491071428571428, 1e-12);
}
END_TEST

START_TEST(alpha_perfect_and_undefined)
{
	const double agree[] = { 0, 0, 1, 1, 0.5, 0.5 };
	const size_t start[] = { 0, 2, 4, 6 };
	const double same[] = { 1, 1, 1, 1 };
	const size_t start_same[] = { 0, 2, 4 };
	const double lonely[] = { 1, 0 };
	const size_t start_lonely[] = { 0, 1, 2 };
	double alpha;
	const char *why = NULL;

	ck_assert(krippendorff_alpha(AGREEMENT_INTERVAL, agree, start, 3,
				     &alpha, &why));
	ck_assert(alpha == 1);
	/* No variation: D_e = 0, alpha undefined. */
	alpha = 42;
	ck_assert(!krippendorff_alpha(AGREEMENT_INTERVAL, same, start_same, 2,
				      &alpha, &why));
	ck_assert_str_eq(why, "no variation: every value is the same");
	ck_assert(alpha == 42);
	/* No unit has two values. */
	ck_assert(!krippendorff_alpha(AGREEMENT_INTERVAL, lonely, start_lonely,
				      2, &alpha, &why));
	ck_assert_str_eq(why, "fewer than two pairable values");
}
END_TEST

START_TEST(alpha_systematic_disagreement)
{
	/* Two coders who always disagree completely: alpha below 0.
	 * Units (0,1), (1,0): n = 4, D_o = 1/4 * (2 + 2) = 1,
	 * D_e = 8 / (4 * 3) = 2/3, alpha = 1 - 1.5 = -0.5. */
	const double v[] = { 0, 1, 1, 0 };
	const size_t start[] = { 0, 2, 4 };
	double alpha;

	ck_assert(krippendorff_alpha(AGREEMENT_INTERVAL, v, start, 2, &alpha,
				     NULL));
	ck_assert_close(alpha, -0.5);
}
END_TEST

START_TEST(metric_names)
{
	const enum agreement_metric all[] = {
		AGREEMENT_NOMINAL, AGREEMENT_ORDINAL, AGREEMENT_INTERVAL,
		AGREEMENT_RATIO,
	};

	/* --agreement-metric stores a name's index in
	 * agreement_metric_names (CLI_ENUM): the list is in enum order. */
	for (size_t i = 0; i < sizeof(all) / sizeof(all[0]); i++)
		ck_assert_str_eq(agreement_metric_names[all[i]],
				 agreement_metric_name(all[i]));
	ck_assert_ptr_null(agreement_metric_names[AGREEMENT_RATIO + 1]);
	ck_assert_str_eq(agreement_metric_name(AGREEMENT_NOMINAL), "nominal");
	ck_assert_str_eq(agreement_metric_name(AGREEMENT_ORDINAL), "ordinal");
	ck_assert_str_eq(agreement_metric_name(AGREEMENT_INTERVAL),
			 "interval");
	ck_assert_str_eq(agreement_metric_name(AGREEMENT_RATIO), "ratio");
}
END_TEST

START_TEST(textbook_alpha_every_metric)
{
	/*
	 * Coincidence matrix of the pairable units 1-11 (rows and columns
	 * the values 1..5):
	 *
	 *   7    4/3  1/3  1/3  0  | 9
	 *   4/3  10   4/3  1/3  0  | 13
	 *   1/3  4/3  8    1/3  0  | 10
	 *   1/3  1/3  1/3  4    0  | 5
	 *   0    0    0    0    3  | 3       n = 40
	 *
	 * Nominal: 1 - 39 (40 - 32) / (40^2 - 384) = 113/152. Ordinal is
	 * interval on the mid-ranks 9/2, 31/2, 27, 69/2, 77/2. The others
	 * were summed over the same matrix with exact fractions.
	 */
	const struct {
		enum agreement_metric metric;
		double published, exact;
	} cases[] = {
		{ AGREEMENT_NOMINAL, 0.743, 113.0 / 152.0 },
		{ AGREEMENT_ORDINAL, 0.815, 108577.0 / 133160.0 },
		{ AGREEMENT_INTERVAL, 0.849, 951.0 / 1120.0 },
		{ AGREEMENT_RATIO, 0.797, 18222619.0 / 22852465.0 },
	};
	double alpha;
	const char *why = NULL;

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		ck_assert_msg(krippendorff_alpha(cases[i].metric, textbook,
						 textbook_start,
						 TEXTBOOK_UNITS, &alpha, &why),
			      "%s: %s", agreement_metric_name(cases[i].metric),
			      why);
		ck_assert_msg(rounds_to(alpha, cases[i].published),
			      "%s: %.9f", agreement_metric_name(
				      cases[i].metric), alpha);
		ck_assert_close(alpha, cases[i].exact);
	}
	/* Interval alpha as an exact fraction. */
	ck_assert(krippendorff_alpha(AGREEMENT_INTERVAL, textbook,
				     textbook_start, TEXTBOOK_UNITS, &alpha,
				     &why));
	ck_assert_double_eq_tol(alpha, 951.0 / 1120.0, 1e-12);
}
END_TEST

START_TEST(alpha_nominal_perfect_agreement)
{
	/* Two coders, four units, same category each time. */
	const double v[] = { 1, 1, 2, 2, 3, 3, 2, 2 };
	const size_t start[] = { 0, 2, 4, 6, 8 };
	double alpha = 0;
	const char *why = NULL;

	ck_assert(krippendorff_alpha(AGREEMENT_NOMINAL, v, start, 4, &alpha,
				     &why));
	ck_assert(alpha == 1);
	/* Agreement is perfect whatever the metric. */
	ck_assert(krippendorff_alpha(AGREEMENT_ORDINAL, v, start, 4, &alpha,
				     &why));
	ck_assert(alpha == 1);
	ck_assert(krippendorff_alpha(AGREEMENT_RATIO, v, start, 4, &alpha,
				     &why));
	ck_assert(alpha == 1);
}
END_TEST

START_TEST(alpha_ratio_with_zeros)
{
	/* Units (0,0), (0,1): n = 4, n_0 = 3, n_1 = 1. The ratio distance
	 * of 0 and 1 is 1, as is the nominal one, so both give
	 * sum o d = 2 (unit 2, weight 1/(2-1)), sum n_c n_k d = 2 * 3 * 1,
	 * alpha = 1 - 3 * 2 / 6 = 0. A zero beside a zero is distance 0. */
	const double v[] = { 0, 0, 0, 1 };
	const size_t start[] = { 0, 2, 4 };
	double alpha = -1;
	const char *why = NULL;

	ck_assert(krippendorff_alpha(AGREEMENT_RATIO, v, start, 2, &alpha,
				     &why));
	ck_assert_close(alpha, 0);
	alpha = -1;
	ck_assert(krippendorff_alpha(AGREEMENT_NOMINAL, v, start, 2, &alpha,
				     &why));
	ck_assert_close(alpha, 0);
}
END_TEST

/* Is alpha undefined with the given metric, for the given reason? */
static bool alpha_undefined(enum agreement_metric metric, const double *v,
			    const size_t *start, size_t nunits,
			    const char *reason)
{
	double alpha = 42;
	const char *why = NULL;

	if (krippendorff_alpha(metric, v, start, nunits, &alpha, &why))
		return false;
	return alpha == 42 && why && strstr(why, reason) == why;
}

START_TEST(alpha_undefined_cases)
{
	const enum agreement_metric all[] = {
		AGREEMENT_NOMINAL, AGREEMENT_ORDINAL, AGREEMENT_INTERVAL,
		AGREEMENT_RATIO,
	};
	/* One value per unit: nothing is pairable. */
	const double lonely[] = { 1, 2, 3 };
	const size_t start_lonely[] = { 0, 1, 2, 3 };
	/* Every pairable value the same (unit 3, alone, does differ). */
	const double same[] = { 0.5, 0.5, 0.5, 0.5, 0.5, 1 };
	const size_t start_same[] = { 0, 2, 5, 6 };
	/* Ratio over zeros only: 0 against 0 is no disagreement, and there
	 * is nothing else to expect. */
	const double zeros[] = { 0, 0, 0, 0 };
	const size_t start_zeros[] = { 0, 2, 4 };
	/* The ratio metric refuses negative values. */
	const double negative[] = { -1, 1, 0, 1 };
	const double not_finite[] = { 0, NAN, 0, 1 };
	const size_t start_pairs[] = { 0, 2, 4 };
	const size_t start_none[] = { 0 };
	double alpha;

	for (size_t i = 0; i < sizeof(all) / sizeof(all[0]); i++) {
		ck_assert(alpha_undefined(all[i], lonely, start_lonely, 3,
					  "fewer than two pairable values"));
		ck_assert(alpha_undefined(all[i], lonely, start_none, 0,
					  "fewer than two pairable values"));
		ck_assert(alpha_undefined(all[i], same, start_same, 3,
					  "no variation"));
		ck_assert(alpha_undefined(all[i], zeros, start_zeros, 2,
					  "no variation"));
		ck_assert(alpha_undefined(all[i], not_finite, start_pairs, 2,
					  "a value is not a finite number"));
	}
	ck_assert(alpha_undefined(AGREEMENT_RATIO, negative, start_pairs, 2,
				  "a value is negative"));
	/* Other metrics take negative values. */
	ck_assert(krippendorff_alpha(AGREEMENT_INTERVAL, negative, start_pairs,
				     2, &alpha, NULL));
	ck_assert(krippendorff_alpha(AGREEMENT_ORDINAL, negative, start_pairs,
				     2, &alpha, NULL));
	ck_assert(krippendorff_alpha(AGREEMENT_NOMINAL, negative, start_pairs,
				     2, &alpha, NULL));
}
END_TEST

START_TEST(fleiss_worked_example)
{
	/* Number of raters (of 14) putting each subject in categories
	 * 1-5. */
	static const unsigned counts[10][5] = {
		{ 0, 0, 0, 0, 14 }, { 0, 2, 6, 4, 2 }, { 0, 0, 3, 5, 6 },
		{ 0, 3, 9, 2, 0 },  { 2, 2, 8, 1, 1 }, { 7, 7, 0, 0, 0 },
		{ 3, 2, 6, 3, 0 },  { 2, 5, 3, 2, 2 }, { 6, 5, 2, 1, 0 },
		{ 0, 2, 2, 3, 7 },
	};
	double values[140], kappa = 0;
	size_t start[11], n = 0;
	const char *why = NULL;

	/* One value per rating, the category code; order within a unit
	 * does not matter. */
	for (size_t u = 0; u < 10; u++) {
		start[u] = n;
		for (size_t j = 0; j < 5; j++)
			for (unsigned r = 0; r < counts[u][j]; r++)
				values[n++] = (double)(j + 1);
	}
	start[10] = n;
	ck_assert_uint_eq(n, 140);
	/*
	 * P_bar = (sum n_uj^2 - 140) / (140 * 13) = 688 / 1820 = 172/455;
	 * p_j = 20, 28, 39, 21, 32 over 140, P_e = 4170 / 19600 = 417/1960;
	 * kappa = (172/455 - 417/1960) / (1543/1960) = 4211/20059.
	 */
	ck_assert_msg(fleiss_kappa(values, start, 10, &kappa, &why), "%s",
		      why);
	ck_assert_msg(rounds_to(kappa, 0.210), "%.9f", kappa);
	ck_assert_close(kappa, 4211.0 / 20059.0);
}
END_TEST

/* Is kappa undefined, for the given reason? */
static bool kappa_undefined(const double *v, const size_t *start,
			    size_t nunits, const char *reason)
{
	double kappa = 42;
	const char *why = NULL;

	if (fleiss_kappa(v, start, nunits, &kappa, &why))
		return false;
	return kappa == 42 && why && strstr(why, reason) == why;
}

START_TEST(kappa_undefined_cases)
{
	const double v[] = { 1, 2, 1, 2, 2 };
	const size_t start_uneven[] = { 0, 2, 5 };
	const size_t start_single[] = { 0, 1, 2, 3, 4, 5 };
	const double same[] = { 3, 3, 3, 3, 3, 3 };
	const size_t start_same[] = { 0, 3, 6 };
	const double not_number[] = { 1, NAN, 1, 2 };
	const size_t start_pairs[] = { 0, 2, 4 };
	const size_t start_none[] = { 0 };

	ck_assert(kappa_undefined(v, start_uneven, 2,
				  "units have different numbers of "
				  "ratings"));
	ck_assert(kappa_undefined(v, start_single, 5,
				  "fewer than two raters per unit"));
	ck_assert(kappa_undefined(same, start_same, 2, "no variation"));
	ck_assert(kappa_undefined(not_number, start_pairs, 2,
				  "a value is not a number"));
	ck_assert(kappa_undefined(v, start_none, 0, "no units"));
}
END_TEST

START_TEST(kappa_perfect_and_chance)
{
	/* Two raters who always agree: P_bar = 1, kappa = 1. Two who
	 * always split 1/2: P_bar = 0, P_e = 1/2, kappa = -1. */
	const double agree[] = { 1, 1, 2, 2 };
	const double split[] = { 1, 2, 2, 1 };
	const size_t start[] = { 0, 2, 4 };
	double kappa;

	ck_assert(fleiss_kappa(agree, start, 2, &kappa, NULL));
	ck_assert_close(kappa, 1);
	ck_assert(fleiss_kappa(split, start, 2, &kappa, NULL));
	ck_assert_close(kappa, -1);
}
END_TEST

Suite *suite_agreement(void)
{
	Suite *s = suite_create("agreement");
	ADD_TEST(s, textbook_interval_alpha);
	ADD_TEST(s, alpha_perfect_and_undefined);
	ADD_TEST(s, alpha_systematic_disagreement);
	ADD_TEST(s, metric_names);
	ADD_TEST(s, textbook_alpha_every_metric);
	ADD_TEST(s, alpha_nominal_perfect_agreement);
	ADD_TEST(s, alpha_ratio_with_zeros);
	ADD_TEST(s, alpha_undefined_cases);
	ADD_TEST(s, fleiss_worked_example);
	ADD_TEST(s, kappa_undefined_cases);
	ADD_TEST(s, kappa_perfect_and_chance);
	return s;
}

/*
 * test-agreement.c - Krippendorff's alpha (interval) on the textbook case:
 * the 4 observers x 12 units example with missing values in Krippendorff,
 * "Computing Krippendorff's Alpha-Reliability" (2011), where the interval
 * alpha is 0.849 (0.8491071 unrounded).
 */
#include "config.h"
#include "tests.h"
#include "agreement.h"

START_TEST(textbook_interval_alpha)
{
	/* Units with their values (observers A-D, missing left out). */
	const double values[] = {
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
	const size_t start[] = { 0, 3, 7, 11, 15, 19, 23, 27, 31, 35, 38,
				 40, 41 };
	double alpha;

	ck_assert(krippendorff_alpha_interval(values, start, 12, &alpha));
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

	ck_assert(krippendorff_alpha_interval(agree, start, 3, &alpha));
	ck_assert(alpha == 1);
	/* No variation: D_e = 0, alpha undefined. */
	ck_assert(!krippendorff_alpha_interval(same, start_same, 2, &alpha));
	/* No unit has two values. */
	ck_assert(!krippendorff_alpha_interval(lonely, start_lonely, 2, &alpha));
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

	ck_assert(krippendorff_alpha_interval(v, start, 2, &alpha));
	ck_assert_close(alpha, -0.5);
}
END_TEST

Suite *suite_agreement(void)
{
	Suite *s = suite_create("agreement");
	ADD_TEST(s, textbook_interval_alpha);
	ADD_TEST(s, alpha_perfect_and_undefined);
	ADD_TEST(s, alpha_systematic_disagreement);
	return s;
}

/* SPDX-License-Identifier: Apache-2.0 */
/*
 * agreement.c - Krippendorff's alpha and Fleiss' kappa.
 *
 * Alpha follows the coincidence-matrix form of Krippendorff, "Computing
 * Krippendorff's Alpha-Reliability" (2011). Each pairable unit u (m_u >= 2
 * values) adds 1/(m_u - 1) to o_ck for each ordered pair of its values
 * (c, k); n_c are the marginals of o and n their total. Then
 *
 *   alpha = 1 - (n - 1) * sum_{c,k} o_ck d_ck / sum_{c,k} n_c n_k d_ck
 *
 * with the squared distance d_ck: nominal 0 if c == k else 1; interval
 * (c - k)^2; ratio ((c - k) / (c + k))^2, 0 when c + k == 0; ordinal
 * (sum_{g from c to k} n_g - (n_c + n_k) / 2)^2 over the sorted distinct
 * values g.
 *
 * The matrix o is never stored: sum o_ck d_ck is summed unit by unit over
 * the unit's distinct values, and sum n_c n_k d_ck over the distinct
 * values of all pairable units (sort + unique): for N values of which V
 * are distinct, ratio costs O(N log N + V^2) and nominal, whose sums are
 * n^2 - sum n_c^2 and alike per unit, O(N log N). The interval
 * metric needs no sorting: a sum of (v_i - v_j)^2 over ordered pairs of m
 * values is 2 m * sum (v - mean)^2, computed centred for accuracy, O(N).
 * The ordinal distance is an interval distance between mid-ranks: with
 * r_c = (number of values below c) + n_c / 2, the sum from c to k minus
 * (n_c + n_k) / 2 is r_k - r_c; so ordinal alpha is interval alpha on
 * mid-ranks, O(N log N) whatever V.
 *
 * Fleiss' kappa (Fleiss 1971), N units each rated n times, n_uj ratings of
 * unit u in category j, T = N n:
 *
 *   P_bar = (sum_{u,j} n_uj^2 - T) / (T (n - 1))
 *   P_e   = sum_j (sum_u n_uj / T)^2
 *   kappa = (P_bar - P_e) / (1 - P_e)
 */
#include "config.h"
#include "score/agreement.h"
#include "base/xalloc.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

const char *const agreement_metric_names[] = {
	[AGREEMENT_NOMINAL] = "nominal",
	[AGREEMENT_ORDINAL] = "ordinal",
	[AGREEMENT_INTERVAL] = "interval",
	[AGREEMENT_RATIO] = "ratio",
	NULL,
};
#define NMETRICS \
	(sizeof(agreement_metric_names) / sizeof(agreement_metric_names[0]) - 1)

/* A value and where it sits in the caller's array, to rank in place. */
struct ranked {
	double value;
	size_t index;
};

/* Name of a metric; "unknown" guards against a stray enum value. */
const char *agreement_metric_name(enum agreement_metric m)
{
	if ((size_t)m < NMETRICS)
		return agreement_metric_names[m];
	return "unknown";
}

/* Give the reason, if the caller wants it, for an undefined result. */
static bool undefined(const char **why, const char *reason)
{
	if (why)
		*why = reason;
	return false;
}

/* qsort order for doubles (callers have refused NaN). */
static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

/* qsort order for ranked values, by value. */
static int cmp_ranked(const void *a, const void *b)
{
	return cmp_double(&((const struct ranked *)a)->value,
			  &((const struct ranked *)b)->value);
}

/* Sort v (m values) and fold it in place into its distinct values, with
 * their counts in count; returns how many are distinct. */
static size_t fold_distinct(double *v, size_t m, double *count)
{
	size_t nd = 0;

	qsort(v, m, sizeof(*v), cmp_double);
	for (size_t i = 0; i < m; i++) {
		if (nd > 0 && v[i] == v[nd - 1]) {
			count[nd - 1] += 1;
		} else {
			v[nd] = v[i];
			count[nd++] = 1;
		}
	}
	return nd;
}

/* Squared ratio distance; 0 and 0 are taken as equal, not as 0/0. */
static double ratio_distance(double c, double k)
{
	double q;

	if (c + k == 0)
		return 0;
	q = (c - k) / (c + k);
	return q * q;
}

/* sum over ordered pairs of distinct values g != h of
 * count_g count_h d(v_g, v_h), nominal or ratio; pairs of equal values
 * are at distance 0 in every metric. */
static double pair_distance(enum agreement_metric metric, const double *v,
			    const double *count, size_t nd)
{
	double sum = 0, total = 0, squares = 0;

	if (metric == AGREEMENT_NOMINAL) {
		/* Every pair of different values is at distance 1. */
		for (size_t g = 0; g < nd; g++) {
			total += count[g];
			squares += count[g] * count[g];
		}
		return total * total - squares;
	}
	for (size_t g = 0; g < nd; g++)
		for (size_t h = g + 1; h < nd; h++)
			sum += count[g] * count[h] *
			       ratio_distance(v[g], v[h]);
	return 2.0 * sum;
}

/* sum over ordered pairs i != j of (v_i - v_j)^2, for m values. */
static double pair_sum(const double *v, size_t m)
{
	double mean = 0, ss = 0;

	for (size_t i = 0; i < m; i++)
		mean += v[i];
	mean /= (double)m;
	for (size_t i = 0; i < m; i++)
		ss += (v[i] - mean) * (v[i] - mean);
	return 2.0 * (double)m * ss;
}

/* Interval alpha over n pairable values, in one pass for the observed
 * disagreement and one for the centred total sum of squares. */
static bool alpha_interval(const double *values, const size_t *start,
			   size_t nunits, double n, double *alpha,
			   const char **why)
{
	double observed = 0, mean = 0, ss = 0, expected;
	double lo = 0, hi = 0;
	bool any = false;

	for (size_t u = 0; u < nunits; u++) {
		size_t m = start[u + 1] - start[u];
		if (m < 2)
			continue;
		for (size_t i = start[u]; i < start[u + 1]; i++) {
			if (!any || values[i] < lo)
				lo = values[i];
			if (!any || values[i] > hi)
				hi = values[i];
			any = true;
		}
		observed += pair_sum(values + start[u], m) / (double)(m - 1);
		for (size_t i = start[u]; i < start[u + 1]; i++)
			mean += values[i];
	}
	/* No variation at all: disagreement is 0/0. */
	if (lo == hi)
		return undefined(why, "no variation: every value is the same");
	mean /= n;
	for (size_t u = 0; u < nunits; u++) {
		size_t m = start[u + 1] - start[u];
		if (m < 2)
			continue;
		for (size_t i = start[u]; i < start[u + 1]; i++)
			ss += (values[i] - mean) * (values[i] - mean);
	}
	expected = 2.0 * n * ss / (n * (n - 1));
	observed /= n;
	/* Values so close that their squared differences underflow. */
	if (!(expected > 0))
		return undefined(why, "values vary too little to measure");
	*alpha = 1.0 - observed / expected;
	return true;
}

/* Ordinal alpha: interval alpha on the mid-ranks of the pairable values
 * (values in other units are ignored and ranked 0). */
static bool alpha_ordinal(const double *values, const size_t *start,
			  size_t nunits, size_t n, double *alpha,
			  const char **why)
{
	size_t total = start[nunits], k = 0;
	struct ranked *r = xcalloc(n, sizeof(*r));
	double *ranks = xcalloc(total ? total : 1, sizeof(*ranks));
	bool ok;

	for (size_t u = 0; u < nunits; u++) {
		if (start[u + 1] - start[u] < 2)
			continue;
		for (size_t i = start[u]; i < start[u + 1]; i++) {
			r[k].value = values[i];
			r[k++].index = i;
		}
	}
	qsort(r, n, sizeof(*r), cmp_ranked);
	for (size_t lo = 0, hi; lo < n; lo = hi) {
		double mid;

		for (hi = lo + 1; hi < n && r[hi].value == r[lo].value; hi++)
			;
		/* Values below, plus half of the values equal to it. */
		mid = (double)lo + (double)(hi - lo) / 2.0;
		for (size_t i = lo; i < hi; i++)
			ranks[r[i].index] = mid;
	}
	ok = alpha_interval(ranks, start, nunits, (double)n, alpha, why);
	free(ranks);
	free(r);
	return ok;
}

/* Nominal or ratio alpha from the distinct values of each unit and of all
 * pairable units. */
static bool alpha_distinct(enum agreement_metric metric,
			   const double *values, const size_t *start,
			   size_t nunits, size_t n, double *alpha,
			   const char **why)
{
	double *v = xcalloc(n, sizeof(*v));
	double *count = xcalloc(n, sizeof(*count));
	double observed = 0, expected;
	size_t k = 0, nd;

	for (size_t u = 0; u < nunits; u++) {
		size_t m = start[u + 1] - start[u];
		if (m < 2)
			continue;
		memcpy(v, values + start[u], m * sizeof(*v));
		nd = fold_distinct(v, m, count);
		observed += pair_distance(metric, v, count, nd) /
			    (double)(m - 1);
	}
	for (size_t u = 0; u < nunits; u++) {
		size_t m = start[u + 1] - start[u];
		if (m < 2)
			continue;
		memcpy(v + k, values + start[u], m * sizeof(*v));
		k += m;
	}
	nd = fold_distinct(v, n, count);
	expected = pair_distance(metric, v, count, nd);
	free(count);
	free(v);
	if (nd < 2)
		return undefined(why, "no variation: every value is the same");
	if (!(expected > 0))
		return undefined(why, "values vary too little to measure");
	*alpha = 1.0 - ((double)n - 1.0) * observed / expected;
	return true;
}

/* Check the values of pairable units and count them; alpha dispatches on
 * the metric. */
bool krippendorff_alpha(enum agreement_metric metric, const double *values,
			const size_t *start, size_t nunits, double *alpha,
			const char **why)
{
	size_t n = 0;

	if ((size_t)metric >= NMETRICS)
		return undefined(why, "unknown metric");
	for (size_t u = 0; u < nunits; u++) {
		size_t m = start[u + 1] - start[u];
		if (m < 2)
			continue;
		for (size_t i = start[u]; i < start[u + 1]; i++) {
			if (!isfinite(values[i]))
				return undefined(why,
						 "a value is not a finite "
						 "number");
			if (metric == AGREEMENT_RATIO && values[i] < 0)
				return undefined(why,
						 "a value is negative, which "
						 "the ratio metric refuses");
		}
		n += m;
	}
	if (n < 2)
		return undefined(why, "fewer than two pairable values");
	switch (metric) {
	case AGREEMENT_INTERVAL:
		return alpha_interval(values, start, nunits, (double)n, alpha,
				      why);
	case AGREEMENT_ORDINAL:
		return alpha_ordinal(values, start, nunits, n, alpha, why);
	case AGREEMENT_NOMINAL:
	case AGREEMENT_RATIO:
		break;
	}
	return alpha_distinct(metric, values, start, nunits, n, alpha, why);
}

/* Fleiss' kappa from the sums of squared category counts, per unit and
 * over all units. */
bool fleiss_kappa(const double *values, const size_t *start, size_t nunits,
		  double *kappa, const char **why)
{
	size_t m, total, nd;
	double *v, *count, within = 0, across = 0, t, p_bar, p_e;

	if (nunits == 0)
		return undefined(why, "no units");
	m = start[1] - start[0];
	for (size_t u = 1; u < nunits; u++)
		if (start[u + 1] - start[u] != m)
			return undefined(why, "units have different numbers "
					      "of ratings");
	if (m < 2)
		return undefined(why, "fewer than two raters per unit");
	total = start[nunits] - start[0];
	for (size_t i = start[0]; i < start[nunits]; i++)
		if (isnan(values[i]))
			return undefined(why, "a value is not a number");
	v = xcalloc(total, sizeof(*v));
	count = xcalloc(total, sizeof(*count));
	for (size_t u = 0; u < nunits; u++) {
		memcpy(v, values + start[u], m * sizeof(*v));
		nd = fold_distinct(v, m, count);
		for (size_t j = 0; j < nd; j++)
			within += count[j] * count[j];
	}
	memcpy(v, values + start[0], total * sizeof(*v));
	nd = fold_distinct(v, total, count);
	for (size_t j = 0; j < nd; j++)
		across += count[j] * count[j];
	free(count);
	free(v);
	/* Chance agreement is certain: kappa is 0/0. */
	if (nd < 2)
		return undefined(why, "no variation: every rating is in the "
				      "same category");
	t = (double)total;
	p_bar = (within - t) / (t * (double)(m - 1));
	p_e = across / (t * t);
	*kappa = (p_bar - p_e) / ((t * t - across) / (t * t));
	return true;
}

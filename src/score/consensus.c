/* SPDX-License-Identifier: Apache-2.0 */
/*
 * consensus.c - median, mean, min and max over experts' scores. Values
 * are sorted first so that the mean is summed in one fixed order and the
 * result never depends on the order the answers were read in.
 */
#include "config.h"
#include "score/consensus.h"
#include "base/xalloc.h"

#include <stdlib.h>
#include <string.h>

/* Indexed by enum consensus_rule; the command line lists these names. */
const char *const consensus_names[] = { "median", "mean", "min", "max",
					"weighted", NULL };

/* The name of a consensus rule, from consensus_names. */
const char *consensus_name(enum consensus_rule rule)
{
	return consensus_names[rule];
}

/* Doubles in increasing order (for qsort). */
static int cmp_double(const void *pa, const void *pb)
{
	double a = *(const double *)pa, b = *(const double *)pb;
	return a < b ? -1 : a > b;
}

struct weighted {
	double value;
	double weight;
};

/* Weighted values by value, then weight (for qsort). */
static int cmp_weighted(const void *pa, const void *pb)
{
	const struct weighted *a = pa, *b = pb;
	if (a->value != b->value)
		return a->value < b->value ? -1 : 1;
	return a->weight < b->weight ? -1 : a->weight > b->weight;
}

/* The weight of an answer of the given confidence (0: medium). */
double consensus_confidence_weight(int confidence)
{
	return confidence >= 1 && confidence <= 3 ? confidence : 2;
}

/* Sum of w*v / sum of w, summed in (value, weight) order. */
static double weighted_mean(const double *values, const double *weights,
			    size_t n)
{
	struct weighted *pairs = xmalloc(n * sizeof(*pairs));
	double sum = 0, total = 0;

	for (size_t i = 0; i < n; i++) {
		pairs[i].value = values[i];
		pairs[i].weight = weights ? weights[i] : 1;
	}
	qsort(pairs, n, sizeof(*pairs), cmp_weighted);
	for (size_t i = 0; i < n; i++) {
		sum += pairs[i].weight * pairs[i].value;
		total += pairs[i].weight;
	}
	free(pairs);
	return sum / total;
}

/* The consensus of n scores under rule (see consensus.h). */
double consensus_apply(enum consensus_rule rule, double *values,
		       double *weights, size_t n)
{
	double sum = 0;

	if (rule == CONSENSUS_WEIGHTED)
		return weighted_mean(values, weights, n);
	qsort(values, n, sizeof(*values), cmp_double);
	switch (rule) {
	case CONSENSUS_MEDIAN:
		if (n % 2)
			return values[n / 2];
		return (values[n / 2 - 1] + values[n / 2]) / 2;
	case CONSENSUS_MEAN:
		for (size_t i = 0; i < n; i++)
			sum += values[i];
		return sum / (double)n;
	case CONSENSUS_MIN:
		return values[0];
	case CONSENSUS_MAX:
		return values[n - 1];
	case CONSENSUS_WEIGHTED:
		break;
	}
	return values[0];
}

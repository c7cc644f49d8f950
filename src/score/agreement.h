/* SPDX-License-Identifier: Apache-2.0 */
/*
 * agreement.h - agreement between experts: Krippendorff's alpha with the
 * nominal, ordinal, interval or ratio metric, and Fleiss' kappa, over a
 * units x coders table with missing values allowed. Pure arithmetic; no
 * I/O.
 *
 * Units are given as consecutive runs of values: unit u holds
 * values[start[u] .. start[u + 1] - 1] (start has nunits + 1 entries and
 * never decreases). Missing values are simply absent, so units may have
 * different sizes. The caller keeps ownership of every array; nothing is
 * kept after a call returns.
 */
#ifndef AGREEMENT_H
#define AGREEMENT_H

#include <stdbool.h>
#include <stddef.h>

/* How far apart two values are, for Krippendorff's alpha. */
enum agreement_metric {
	AGREEMENT_NOMINAL,	/* categories: equal or not */
	AGREEMENT_ORDINAL,	/* ranks: distance counts values in between */
	AGREEMENT_INTERVAL,	/* squared difference */
	AGREEMENT_RATIO,	/* squared relative difference; values >= 0 */
};

/* The metrics' names, indexed by enum agreement_metric, ending with
 * NULL. */
extern const char *const agreement_metric_names[];

/* The name of m (a static string), as --agreement-metric takes it. */
const char *agreement_metric_name(enum agreement_metric m);

/*
 * Krippendorff's alpha with the given metric. Only units with two or more
 * values are pairable; the others are ignored. Returns true and sets
 * *alpha when alpha is defined; otherwise returns false, leaves *alpha
 * untouched and, unless why is NULL, sets *why to a short static English
 * reason, such as "fewer than two pairable values" or "no variation:
 * every value is the same". Values must be finite, and not negative for
 * the ratio metric.
 */
bool krippendorff_alpha(enum agreement_metric metric, const double *values,
			const size_t *start, size_t nunits, double *alpha,
			const char **why);

/*
 * Fleiss' kappa over units whose values are category codes, compared for
 * exact equality. Defined only when every unit has the same number n >= 2
 * of ratings and the ratings do not all fall in one category; otherwise
 * returns false, leaves *kappa untouched and, unless why is NULL, sets
 * *why to a short static English reason.
 */
bool fleiss_kappa(const double *values, const size_t *start, size_t nunits,
		  double *kappa, const char **why);

#endif

/* SPDX-License-Identifier: Apache-2.0 */
/*
 * consensus.h - one national value from the scores of several experts.
 * Pure arithmetic on arrays; no I/O.
 */
#ifndef CONSENSUS_H
#define CONSENSUS_H

#include <stdbool.h>
#include <stddef.h>

enum consensus_rule {
	CONSENSUS_MEDIAN,	/* middle value; mean of the two middle ones */
	CONSENSUS_MEAN,
	CONSENSUS_MIN,
	CONSENSUS_MAX,
	CONSENSUS_WEIGHTED,	/* mean weighted by each expert's confidence */
};

/* The rules' names, indexed by enum consensus_rule, ending with NULL:
 * the one list that help texts and error messages show. */
extern const char *const consensus_names[];

const char *consensus_name(enum consensus_rule rule);

/*
 * The consensus of n > 0 scores. weights (one per value, > 0) are used
 * by CONSENSUS_WEIGHTED only and may be NULL otherwise. Values are sorted
 * first (weights with them), so the result does not depend on their order.
 */
double consensus_apply(enum consensus_rule rule, double *values,
		       double *weights, size_t n);

/* The weight of an answer of the given confidence (1 to 3; 0 when not
 * given, which counts as medium, 2). */
double consensus_confidence_weight(int confidence);

#endif

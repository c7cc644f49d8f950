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
};

/* Parse "median", "mean", "min" or "max". */
bool consensus_parse(const char *name, enum consensus_rule *rule);
const char *consensus_name(enum consensus_rule rule);

/* The consensus of n > 0 scores. values is reordered (sorted). */
double consensus_apply(enum consensus_rule rule, double *values, size_t n);

#endif

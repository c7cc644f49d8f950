/*
 * consensus.c - median, mean, min and max over experts' scores. Values
 * are sorted first so that the mean is summed in one fixed order and the
 * result never depends on the order the answers were read in.
 */
#include "config.h"
#include "consensus.h"

#include <stdlib.h>
#include <string.h>

static const char *const names[] = { "median", "mean", "min", "max" };

bool consensus_parse(const char *name, enum consensus_rule *rule)
{
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (!strcmp(name, names[i])) {
			*rule = (enum consensus_rule)i;
			return true;
		}
	return false;
}

const char *consensus_name(enum consensus_rule rule)
{
	return names[rule];
}

static int cmp_double(const void *pa, const void *pb)
{
	double a = *(const double *)pa, b = *(const double *)pb;
	return a < b ? -1 : a > b;
}

double consensus_apply(enum consensus_rule rule, double *values, size_t n)
{
	double sum = 0;

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
	}
	return values[0];
}

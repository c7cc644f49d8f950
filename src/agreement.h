/*
 * agreement.h - agreement between experts: Krippendorff's alpha with the
 * interval metric, over a units x coders table with missing values
 * allowed. Pure arithmetic; no I/O.
 */
#ifndef AGREEMENT_H
#define AGREEMENT_H

#include <stdbool.h>
#include <stddef.h>

/*
 * Units are given as consecutive runs of values: unit u holds
 * values[start[u] .. start[u + 1] - 1] (start has nunits + 1 entries).
 * Only units with two or more values are pairable. Returns false (alpha
 * undefined) when fewer than two values are pairable or they do not vary.
 */
bool krippendorff_alpha_interval(const double *values, const size_t *start,
				 size_t nunits, double *alpha);

#endif

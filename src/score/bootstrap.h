/* SPDX-License-Identifier: Apache-2.0 */
/*
 * bootstrap.h - how sure is each article score? The panel's experts are
 * resampled with replacement (seeded, so runs are repeatable), the
 * assessment is scored again for each resample, and the 5th and 95th
 * percentiles of each article dimension's score give a 90% interval: a
 * narrow interval is a solid gap, a wide one depends on who was asked.
 */
#ifndef BOOTSTRAP_H
#define BOOTSTRAP_H

#include "score/score.h"

/* Fill the interval of every scored article dimension of r (scored from
 * as), from r->options.bootstrap replicates of as seeded with
 * r->options.seed. Each replicate is scored by score_assessment. */
void bootstrap_intervals(struct score_result *r, const struct assessment *as);

/* The p-quantile (0..1) of n sorted values, interpolating linearly
 * between ranks (h = (n - 1) p). */
double bootstrap_quantile(const double *sorted, size_t n, double p);

#endif

/* SPDX-License-Identifier: Apache-2.0 */
/*
 * trend.h - one country over its assessment rounds: the series of scores
 * per dimension overall, per instrument and per article; the change since
 * the baseline (first round) and since the last round; the share of the
 * baseline gap closed; improved, regressed or stable within a tolerance;
 * and which indicators moved.
 *
 * Like with like: indicator sets change between rounds, so changes are
 * measured on "comparable" scores, recomputed in every round from only
 * the indicators answered in every round. The reported scores (as in each
 * round's report) are kept beside them, and the indicators that could not
 * be compared are listed.
 *
 * Ownership: a trend borrows the set and the tally; trend_free frees it.
 */
#ifndef TREND_H
#define TREND_H

#include <stdbool.h>
#include <stddef.h>

#include "score/score.h"

#define TREND_SCHEMA "gapscore/trend/1"
#define TREND_NONE ((size_t)-1)

struct trend_point {
	bool has;
	double score;
};

struct trend_series {
	size_t instrument;	/* index into the set, or TREND_NONE: overall */
	size_t article;		/* index into its articles, or TREND_NONE */
	size_t dimension;	/* index into set dimensions; ndimensions for
				 * combined */
	struct trend_point *reported;	/* one per round */
	struct trend_point *comparable;	/* one per round */
	bool has_change;		/* two comparable points or more */
	double change_since_baseline;
	bool has_change_since_last;
	double change_since_last;
	bool has_gap_closed;
	double gap_closed;		/* share of the baseline gap closed */
	const char *direction;		/* improved, regressed, stable or NULL */
};

struct trend_moved {
	size_t indicator;
	double from, to;	/* consensus in the last two rounds */
};

/* One target of a plan, measured in the country's latest round. */
struct trend_target {
	const struct plan_target *plan;	/* borrowed from the plan read */
	const char *latest_round;	/* the round measured */
	bool has_latest;
	double latest;		/* the plan's measure in that round */
	const char *latest_rating;	/* NULL when not rated */
	bool has_met;
	bool met;		/* latest (rounded) reaches the target */
	bool has_gap_closed;
	double gap_closed;	/* (latest - baseline) / (target - baseline) */
	const char *note;	/* why something is null (static), or NULL */
};

struct trend {
	const struct indset *set;
	const char *country;
	const struct assessment **rounds;	/* in round order */
	size_t nrounds;
	double tolerance;
	struct trend_series *series;
	size_t nseries;
	bool *comparable;	/* per indicator: answered in every round */
	size_t ncomparable;
	struct trend_moved *moved;	/* between the last two rounds */
	size_t nmoved;
	/* Per indicator answered in some rounds only: a bit per round. */
	size_t *partial;
	unsigned char **partial_rounds;
	size_t npartial;
	/* The targets of the plan given to trend_build for this country. */
	struct trend_target *targets;
	size_t ntargets;
};

struct plan_targets;

/* The trend of country (which must have at least one assessment in t);
 * with targets (NULL: none), each of the plan's targets for the country
 * is measured in its latest round. */
struct trend *trend_build(const struct indset *set, const struct tally *t,
			  const char *country, const struct score_options *opt,
			  double tolerance, const struct plan_targets *targets);
void trend_free(struct trend *tr);

/* The countries of a sorted tally, each once, in order (caller frees
 * the array, not the strings). */
const char **trend_countries(const struct tally *t, size_t *n);


#endif

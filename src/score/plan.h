/*
 * plan.h - the technical assistance plan over many assessments: every
 * need of every selected assessment (README "How scores are computed",
 * point 11), grouped by technical assistance category, then by
 * instrument, with per group the countries concerned, the total priority
 * and the guide sections involved. This is what a donor shapes projects
 * from; "gapscore plan" writes it as plan.json and plan.csv.
 *
 * Pure: takes the indicator set, the tally and options, returns plain
 * structs; no argv, no printing. Priorities compare and add up as they
 * are printed (rounded to 4 decimals), so that a group's total is the sum
 * of its rows in plan.csv and ties are the ties a reader sees.
 *
 * Ownership: a plan borrows the indicator set and the tally it was made
 * from (every string in it points into them), which must outlive it; it
 * keeps nothing of the score results it was built from. plan_free frees
 * it. publish/writers.h writes it as plan.json and plan.csv.
 */
#ifndef PLAN_H
#define PLAN_H

#include <stdbool.h>
#include <stddef.h>

#include "load/indset.h"
#include "score/score.h"
#include "load/tally.h"

#define PLAN_SCHEMA "gapscore/plan/1"
/* The category of needs whose indicators give no ta_category. */
#define PLAN_UNSPECIFIED "unspecified"

struct strbuf;

struct plan_options {
	struct score_options score;	/* how each assessment is scored */
	const char *country;	/* only this country; NULL: every one */
	const char *round;	/* only this round; NULL: every one */
	bool latest_only;	/* per country, only its latest round */
	double min_priority;	/* drop needs whose priority is below */
};

/* Defaults: score_options_init, every assessment, min_priority 0. */
void plan_options_init(struct plan_options *opt);

/* Distinct strings, each with the set index of the first indicator (in
 * set order) that gives it. */
struct plan_refs {
	const char **items;
	size_t *first;
	size_t count;
};

/* An answered indicator of a need that scores below 1. */
struct plan_unmet {
	size_t indicator;	/* index into the set */
	double score;
};

/* One need of one assessment: an article dimension with a gap. */
struct plan_need {
	size_t assessment;	/* index into plan->assessments */
	size_t instrument;	/* index into set->instruments */
	size_t article;		/* index into that instrument's articles */
	size_t dimension;	/* index into set->dimensions */
	double score;		/* unrounded */
	double coverage;	/* unrounded; meaningful when has_coverage */
	bool has_coverage;
	double priority;	/* unrounded */
	const char *rating;	/* NULL unless status is DIM_RATED */
	enum dim_status status;
	/* Unions over the article dimension's indicators, in set order. */
	struct plan_refs categories;
	struct plan_refs guide_refs;
	struct plan_refs cross_refs;
	struct plan_unmet *unmet;	/* in set order */
	size_t nunmet;
};

/* One instrument within one category. */
struct plan_instrument {
	size_t instrument;	/* index into set->instruments */
	double total_priority;	/* sum of the needs' rounded priorities */
	size_t *needs;		/* indexes into plan->needs, highest
				 * priority first; ties by country, round,
				 * article and dimension */
	size_t nneeds;
	const char **countries;	/* distinct, in text order */
	size_t ncountries;
	struct plan_refs guide_refs;	/* union over the needs, set order */
};

/* One technical assistance category. */
struct plan_category {
	const char *name;	/* a ta_category, or PLAN_UNSPECIFIED */
	double total_priority;	/* sum of its instruments' totals */
	size_t ncountries;	/* distinct countries over its needs */
	struct plan_instrument *instruments;	/* total priority
						 * descending; ties in set
						 * order */
	size_t ninstruments;
};

struct plan_assessment {
	const char *country;
	const char *round;
};

struct plan {
	const struct indset *set;
	struct plan_options options;
	struct plan_assessment *assessments;	/* as selected, tally order */
	size_t nassessments;
	size_t assessments_cap;
	struct plan_need *needs;	/* each need once, as added */
	size_t nneeds;
	size_t needs_cap;
	struct plan_category *categories;	/* total priority descending;
						 * ties by name */
	size_t ncategories;
};

/*
 * Choose the assessments of t that opt selects (--country, --round,
 * --latest), in tally order. Returns how many; *out (caller frees) holds
 * pointers into t. Nothing selected: 0 and *out is NULL.
 */
size_t plan_select(const struct tally *t, const struct plan_options *opt,
		   const struct assessment ***out);

/* An empty plan over set (borrowed) with options opt (copied). */
struct plan *plan_new(const struct indset *set,
		      const struct plan_options *opt);
/* Add the needs of one scored assessment (those at or above
 * min_priority); r may be freed afterwards. */
void plan_add(struct plan *p, const struct score_result *r);
/* Group and order what was added; call once, after the last plan_add. */
void plan_finish(struct plan *p);
void plan_free(struct plan *p);

/* Select, score, add and finish: the whole plan of the inputs. */
struct plan *plan_build(const struct indset *set, const struct tally *t,
			const struct plan_options *opt);


#endif

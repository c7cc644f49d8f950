/* SPDX-License-Identifier: Apache-2.0 */
/*
 * plan.h - the technical assistance plan over many assessments: every
 * need of every selected assessment (a ta_needs[] entry of its report:
 * a gap or an information need of one article dimension), each listed
 * once, highest priority first, with the indicators behind it, what
 * they recommend, an effort band and a performance indicator (today's
 * baseline and a target); then summaries by technical assistance
 * category, cluster, beneficiary, activity type and country. This is
 * what a donor shapes projects from; "gapscore plan" writes it as
 * plan.json, plan.csv and plan.html (docs/plan.md).
 *
 * Pure: takes the indicator set, the tally and options, returns plain
 * structs; no argv, no printing.
 *
 * Sums hold as printed. Every priority is kept, beside its unrounded
 * value, as a whole number of ten-thousandths (PLAN_SCALE): the need's
 * priority rounded to 4 decimals. A need's share in a summary is such a
 * number too, and the shares of one need add up exactly to its priority
 * (largest remainder), so a summary's totals add up to the plan total,
 * which is the sum of the needs' printed priorities.
 *
 * Ownership: a plan borrows the indicator set and the tally it was made
 * from (every string in it points into them, except the needs' ids,
 * which it owns), which must outlive it; it keeps nothing of the score
 * results it was built from. plan_free frees it. publish/writers.h
 * writes it.
 */
#ifndef PLAN_H
#define PLAN_H

#include <stdbool.h>
#include <stddef.h>

#include "load/indset.h"
#include "score/score.h"
#include "load/tally.h"

#define PLAN_SCHEMA "gapscore/plan/2"
/* The name a summary gives a need that has no value there (no
 * ta_category, cluster, beneficiary or activity). */
#define PLAN_UNSPECIFIED "unspecified"
/* Priorities are counted in units of 1 / PLAN_SCALE (4 decimals). */
#define PLAN_SCALE 10000

/* How a gap need's target is chosen (--target). */
enum plan_target_kind {
	PLAN_TARGET_NEXT,	/* the next rating band above today */
	PLAN_TARGET_BAND,	/* the lower bound of band .band */
	PLAN_TARGET_SCORE,	/* the score .score */
};

struct plan_target_rule {
	enum plan_target_kind kind;
	int band;	/* PLAN_TARGET_BAND: 0 (C, high), 1 (LC,
			 * substantial) or 2 (PC, moderate) */
	double score;	/* PLAN_TARGET_SCORE: in (0, 1] */
};

/* Read "next", a rating (C, LC, PC, high, substantial, moderate; case
 * ignored) or a score in (0, 1] into *rule. False when it is none. */
bool plan_parse_target(const char *text, struct plan_target_rule *rule);

struct plan_options {
	struct score_options score;	/* how each assessment is scored */
	const char *country;	/* only this country; NULL: every one */
	const char *round;	/* only this round; NULL: every one */
	bool latest_only;	/* per country, only its latest round */
	double min_priority;	/* drop needs whose priority is below */
	struct plan_target_rule target;	/* default: the next band */
};

/* Defaults: score_options_init, every assessment, min_priority 0, the
 * next band as target. */
void plan_options_init(struct plan_options *opt);

/* Distinct strings, in the order of the first indicator (set order)
 * that gives each. */
struct plan_refs {
	const char **items;
	size_t count;
	size_t cap;
};

/* A part of a need's priority: units of 1 / PLAN_SCALE. */
struct plan_share {
	const char *name;
	long long units;
};

/* An indicator behind a need. */
struct plan_item {
	size_t indicator;	/* index into the set */
	bool has_score;		/* false for an information need */
	double score;		/* its consensus, unrounded */
};

enum plan_effort {
	PLAN_EFFORT_SMALL,
	PLAN_EFFORT_MEDIUM,
	PLAN_EFFORT_LARGE,
};
const char *plan_effort_name(enum plan_effort e);

/* Effort points: below SMALL is small, below MEDIUM medium, else large
 * (see plan.c, need_effort, and docs/plan.md). */
#define PLAN_EFFORT_SMALL_BELOW 2.0
#define PLAN_EFFORT_MEDIUM_BELOW 6.0

/* What a need's performance indicator measures. */
enum plan_measure {
	PLAN_MEASURE_REQUIRED,	/* required_score (mandatory units) */
	PLAN_MEASURE_SCORE,	/* score (every unit): no required score,
				 * or it is 1 already */
	PLAN_MEASURE_COVERAGE,	/* coverage: an information need */
};
const char *plan_measure_name(enum plan_measure m);

/* A value of a need's measure, with its rating (NULL for coverage). */
struct plan_goal {
	double value;		/* rounded to 4 decimals */
	const char *rating;
};

/* One need of one assessment: a ta_needs[] entry. */
struct plan_need {
	char *id;		/* COUNTRY-ROUND-INSTRUMENT-ARTICLE-DIMENSION-
				 * KIND; owned */
	enum need_kind kind;
	size_t assessment;	/* index into plan->assessments */
	const char *country;	/* of that assessment */
	const char *round;
	size_t instrument;	/* index into set->instruments */
	size_t article;		/* index into that instrument's articles */
	size_t dimension;	/* index into set->dimensions */
	struct level_score value;	/* the article dimension's score,
					 * coverage and required score,
					 * unrounded */
	const char *rating;	/* NULL unless status is DIM_RATED */
	enum dim_status status;
	double priority;	/* unrounded */
	long long units;	/* the priority as printed, in units */
	/* Its priority split over technical assistance categories, the
	 * largest share first (ties by name); adds up to units. */
	struct plan_share *categories;
	size_t ncategories;
	struct plan_item *indicators;	/* behind the need, set order */
	size_t nindicators;
	/* Unions over the indicators behind the need, set order. */
	struct plan_refs guide_refs;
	struct plan_refs cross_refs;
	struct plan_refs model_law;
	struct plan_refs recommendations;
	struct plan_refs activities;
	struct plan_refs beneficiaries;
	/* The clusters of the article's indicators (every dimension). */
	struct plan_refs clusters;
	double effort_points;
	enum plan_effort effort;
	enum plan_measure measure;
	struct plan_goal baseline;	/* today */
	struct plan_goal target;
};

/* What the plan sums needs by. */
enum plan_axis {
	PLAN_BY_CATEGORY,	/* shares from the units behind the need */
	PLAN_BY_CLUSTER,	/* the rest: split equally over the need's */
	PLAN_BY_BENEFICIARY,	/*   values (PLAN_UNSPECIFIED when it has */
	PLAN_BY_ACTIVITY,	/*   none) */
	PLAN_BY_COUNTRY,	/* the whole priority to its country */
	PLAN_NAXES,
};

/* One value of an axis and the needs with a share in it. */
struct plan_group {
	const char *name;
	long long units;	/* the sum of the needs' shares */
	size_t *needs;		/* indexes into plan->needs, plan order */
	size_t nneeds;
	size_t ncountries;	/* distinct countries of those needs */
};

/* The groups of one axis, highest total first, ties by name. */
struct plan_summary {
	struct plan_group *groups;
	size_t ngroups;
};

/* The needs of one kind. */
struct plan_tally {
	size_t nneeds;
	long long units;
};

struct plan_assessment {
	const char *country;
	const char *country_name;	/* its name, or the code itself */
	const char *round;
};

struct plan {
	const struct indset *set;
	struct plan_options options;
	struct plan_assessment *assessments;	/* as selected, tally order */
	size_t nassessments;
	size_t assessments_cap;
	/* Each need once; after plan_finish, highest priority first (as
	 * printed), ties by country, round, instrument, article and
	 * dimension (set order), a gap before information. */
	struct plan_need *needs;
	size_t nneeds;
	size_t needs_cap;
	long long total_units;	/* the sum of the needs' units */
	size_t ncountries;	/* distinct countries with a need */
	struct plan_tally kinds[2];	/* by enum need_kind */
	struct plan_summary summaries[PLAN_NAXES];
};

/* The key a summary's groups are named by in plan.json ("ta_category",
 * "cluster", "beneficiary", "activity", "country"). */
const char *plan_axis_key(enum plan_axis axis);

/* units as a number (what is printed). */
double plan_units_value(long long units);

/* The shares need k has in axis (caller frees *out; names borrowed).
 * They add up to the need's units. Returns how many. */
size_t plan_need_shares(const struct plan *p, size_t k, enum plan_axis axis,
			struct plan_share **out);

/* The name of the country with this code among p's assessments, or
 * the code itself. */
const char *plan_country_name(const struct plan *p, const char *code);

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
/* Order the needs and sum them up; call once, after the last plan_add. */
void plan_finish(struct plan *p);
void plan_free(struct plan *p);

/* Select, score, add and finish: the whole plan of the inputs. */
struct plan *plan_build(const struct indset *set, const struct tally *t,
			const struct plan_options *opt);

#endif

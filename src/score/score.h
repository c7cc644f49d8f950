/* SPDX-License-Identifier: Apache-2.0 */
/*
 * score.h - the scoring engine (SPEC "Scoring"): consensus per indicator,
 * dimension scores and coverage per article, instrument and overall
 * scores, combined scores, ratings, technical assistance needs and
 * agreement between experts, for one assessment.
 *
 * Pure: takes the indicator set, one assessment of a tally and options,
 * returns plain structs. All values are kept unrounded; the report rounds
 * them. Ownership: score_assessment allocates the result, which borrows
 * the set and the assessment; score_result_free frees it.
 */
#ifndef SCORE_H
#define SCORE_H

#include <stdbool.h>
#include <stddef.h>

#include "score/agreement.h"
#include "score/consensus.h"
#include "load/indset.h"
#include "load/tally.h"

/* Rating bands: lower bounds of the top three bands, highest first. */
struct rating_bands {
	double bound[3];
};

struct citation_rules;

struct score_options {
	enum consensus_rule consensus;
	double coverage_threshold;		/* default 0.5 */
	struct rating_bands legislative;	/* C, LC, PC (else NC) */
	struct rating_bands implementation;	/* high, substantial, moderate */
	double obligation_factor[3];		/* mandatory, consider, optional */
	double disagreement_threshold;		/* default 0.5 */
	/* Evidence check of positive legislative answers; NULL: none. */
	const struct citation_rules *citations;
	enum agreement_metric agreement_metric;	/* default interval */
	unsigned bootstrap;			/* replicates; 0: none */
	unsigned long long seed;		/* of the bootstrap */
};

/* Defaults: median; coverage 0.5; bands 0.85 / 0.65 / 0.35; factors
 * 1 / 0.5 / 0.25; disagreement 0.5; no evidence check, no bootstrap. */
void score_options_init(struct score_options *opt);
/* Parse "A,B,C" (decreasing, within [0, 1]) into bands. */
bool score_parse_bands(const char *text, struct rating_bands *bands);
/* Parse "M,C,O" (each >= 0) into the obligation factors. */
bool score_parse_factors(const char *text, double factors[3]);

enum indicator_status {
	IND_ANSWERED,		/* at least one scored answer */
	IND_NOT_APPLICABLE,	/* no scored answer and at least one n/a
				 * with a reason */
	IND_MISSING,		/* neither (an n/a without a reason counts
				 * as missing) */
	IND_NOT_ASKED,		/* depends_on: the follow-up does not apply
				 * (counts as not applicable) */
	IND_TEXT,		/* a text indicator: evidence only */
	IND_SCREENING,		/* a screening indicator: decides whether
				 * its follow-ups apply; never scored */
};
const char *indicator_status_name(enum indicator_status s);

struct indicator_result {
	enum indicator_status status;
	struct answer_list answers;	/* every expert's answer, expert order */
	bool has_score;
	double score;		/* the consensus, when has_score */
	size_t nscored;
	size_t nna;		/* n/a answers with a reason */
	size_t nunjustified;	/* n/a answers without one */
	size_t nmissing;	/* empty and unknown answers */
};

/* What a unit is in one assessment (SPEC Scoring 8). */
enum unit_status {
	UNIT_ANSWERED,		/* a member is answered */
	UNIT_NOT_APPLICABLE,	/* none is, and one is not applicable */
	UNIT_MISSING,
};

struct unit_result {
	enum unit_status status;
	double score;		/* the highest member consensus, when
				 * answered */
};

/* Whether a dimension, at any level, is rated (SPEC Scoring 10, 13). */
enum dim_status {
	DIM_RATED,
	DIM_INSUFFICIENT,	/* coverage null or below the threshold, or
				 * no mandatory unit with a score */
	DIM_DISCRETIONARY,	/* no mandatory unit at all */
};
const char *dim_status_name(enum dim_status s);

/* A score with its coverage and its score on the mandatory units; each
 * may be absent (null). */
struct level_score {
	bool has_score;
	double score;
	bool has_coverage;
	double coverage;
	bool has_required;
	double required;	/* over the mandatory units only */
	bool has_mandatory;	/* some mandatory unit is below this level */
};

/* The status and rating of a dimension at some level. */
struct level_state {
	enum dim_status status;
	const char *rating;	/* NULL unless status is DIM_RATED */
};

struct dim_result {
	bool present;		/* the article has indicators of this dimension */
	struct level_score value;
	double answered_weight;
	double applicable_weight;
	double missing_mandatory_weight;	/* of mandatory units */
	enum dim_status status;
	const char *rating;	/* NULL unless status is DIM_RATED */
	bool has_interval;	/* a bootstrap 90% interval of the score */
	double interval_lo;
	double interval_hi;
	size_t *indicators;	/* indexes into the set, in set order */
	size_t nindicators;
	size_t *units;		/* indexes into set->units, in set order */
	size_t nunits;
};

struct article_result {
	size_t article;			/* index into the instrument's articles */
	struct dim_result *dims;	/* one per set dimension */
	struct level_score combined;
};

/* An agreement statistic, or why it is undefined. */
struct agreement_stat {
	bool defined;
	double value;
	const char *why;	/* static text when !defined */
};

struct instrument_result {
	size_t instrument;		/* index into set->instruments */
	struct article_result *articles;
	size_t narticles;
	struct level_score *dims;	/* one per set dimension */
	struct level_state *states;	/* one per set dimension */
	struct level_score combined;
	struct agreement_stat alpha;	/* over this instrument's answers */
};

/* What a technical assistance need is about. */
enum need_kind {
	NEED_GAP,		/* a gap in what was answered */
	NEED_INFORMATION,	/* mandatory units nobody answered */
};
const char *need_kind_name(enum need_kind k);

/* Where a need stands, as its orders break ties: its instrument,
 * article and dimension indexes, then its kind. */
struct need_place {
	size_t instrument;
	size_t article;
	size_t dimension;
	enum need_kind kind;
};
/* Two needs' places in order (for qsort comparators): by instrument,
 * article and dimension, a gap before the information need. */
int need_place_cmp(const struct need_place *a, const struct need_place *b);

/* One technical assistance need of an article dimension. */
struct ta_need {
	enum need_kind kind;
	size_t instrument;	/* index into result->instruments */
	size_t article;		/* index into that result's articles */
	size_t dimension;
	double priority;
};

/* An indicator on which the experts disagree. */
struct disagreement {
	size_t indicator;	/* index into the set */
	double spread;		/* highest minus lowest expert score */
	double weighted;	/* spread x the indicator's weight */
	bool categorical;	/* flagged for different categorical answers */
};

struct score_result {
	const struct indset *set;
	/* Who was asked, borrowed from the assessment scored. */
	const char *country;
	const char *country_name;		/* or the code itself */
	const char *round;
	char *const *experts;			/* in name order */
	size_t nexperts;
	/* Every answer of the assessment, by indicator then expert;
	 * indicators[i].answers is the run of indicator i. */
	const struct expert_answer *rows;
	size_t nrows;
	struct score_options options;
	struct indicator_result *indicators;	/* one per set indicator */
	struct instrument_result *instruments;	/* answered ones, set order */
	size_t ninstruments;
	struct unit_result *units;		/* one per set unit */
	struct level_score *overall;		/* one per set dimension */
	struct level_state *overall_states;	/* one per set dimension */
	struct level_score overall_combined;
	struct ta_need *needs;			/* highest priority first */
	size_t nneeds;
	bool has_alpha;			/* = alpha_stat.defined */
	double alpha;
	struct agreement_stat alpha_stat;	/* the chosen metric */
	struct agreement_stat kappa;		/* Fleiss' kappa */
	struct disagreement *disagreements;	/* largest weighted spread
						 * first */
	size_t ndisagreements;
	/* Rows (indexes into rows) of n/a answers without a reason. */
	size_t *unjustified;
	size_t nunjustified;
	size_t unjustified_cap;
	/* Per row of rows: a positive legislative answer whose evidence
	 * cites no provision. NULL without an evidence check. */
	bool *unsupported;
	size_t nunsupported;
};

struct score_result *score_assessment(const struct indset *set,
				      const struct assessment *as,
				      const struct score_options *opt);
void score_result_free(struct score_result *r);

/* The rating of a (rounded) score in a dimension: C/LC/PC/NC for
 * legislative, high/substantial/moderate/low for every other one. */
const char *score_rating(const struct score_options *opt, size_t dimension,
			 double score);

/*
 * The indicators behind a need of kind in dimension d, in set order, into
 * *out (caller frees): for a gap, the answered indicators scoring below
 * 1 whose unit also scores below 1 (a met alternative leaves its other
 * members out); for an information need, the members of the mandatory
 * units nobody answered. Returns how many.
 */
size_t score_need_indicators(const struct score_result *r,
			     const struct dim_result *d, enum need_kind kind,
			     size_t **out);

/* Obligation factor of one indicator's unmet share, for priorities. */
double score_obligation_factor(const struct score_options *opt,
			       enum obligation o);

#endif

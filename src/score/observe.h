/* SPDX-License-Identifier: Apache-2.0 */
/*
 * observe.h - observations and recommended actions per article
 * dimension, in the form the UNTOC Review Mechanism and FATF mutual
 * evaluations use: what the panel found, requirement by requirement
 * (a unit: one indicator, or alternatives counted once), and what the
 * State should do about it.
 *
 * An observation says of one unit whether it is met, partly met, not
 * met, not answered or not applicable, names its paragraph, cites the
 * evidence the experts gave and, where they disagree, the split of
 * their answers. An alternative met by one member is met, and nothing
 * is recommended about its other members. A recommended action is an
 * indicator's recommendation (or, without one, the requirement to
 * address), with its legislative guide reference and model law
 * provision; equal texts are merged; mandatory actions come first, then
 * the larger unmet share.
 *
 * Pure: reads a score result, returns structs of strings and indexes;
 * no I/O. Texts are plain (not escaped): writers escape them.
 * Ownership: observe_dimension fills a struct the caller owns and frees
 * with dim_observations_release; indexes point into the result's set
 * and rows.
 */
#ifndef OBSERVE_H
#define OBSERVE_H

#include <stdbool.h>
#include <stddef.h>

#include "score/score.h"

/* What the panel found of one unit. */
enum obs_state {
	OBS_MET,		/* the unit scores 1 */
	OBS_PARTLY_MET,		/* above 0 and below 1 */
	OBS_NOT_MET,		/* 0 */
	OBS_NOT_ANSWERED,	/* no scored answer and no justified n/a */
	OBS_NOT_APPLICABLE,	/* a justified n/a, or a follow-up that
				 * does not apply */
};
/* "met", "partly-met", "not-met", "not-answered", "not-applicable". */
const char *obs_state_name(enum obs_state s);

/* How many experts gave one scored answer (by its score). */
struct obs_answer {
	const char *answer;	/* as the first of them wrote it; borrowed */
	double score;
	size_t count;
};

/* One unit of the dimension. */
struct observation {
	size_t unit;		/* index into set->units */
	enum obs_state state;
	bool has_score;
	double score;		/* the unit's consensus, when answered */
	size_t lead;		/* the member the state rests on: the best
				 * scoring answered one, else the first */
	struct obs_answer *answers;	/* the lead's scored answers, most
					 * frequent first */
	size_t nanswers;
	bool divided;		/* the experts gave different answers */
	size_t *evidence;	/* rows (into r->rows) of the members'
				 * answers that cite evidence */
	size_t nevidence;
	char *paragraph;	/* "1(a)(i) or 1(a)(ii)"; "" when none */
	char *text;		/* the observation, as sentences */
};

/* One recommended action. */
struct rec_action {
	enum need_kind kind;	/* a gap to close, or information to get */
	char *text;		/* the action */
	enum obligation obligation;	/* the strictest it rests on */
	double unmet;		/* the unmet share it addresses (see
				 * observe_dimension) */
	size_t *indicators;	/* the indicators it rests on, set order */
	size_t nindicators;
	char *paragraph;	/* their paragraphs; "" when none */
	char *guide_ref;	/* distinct references "; "-joined; "" */
	char *model_law;	/* the same for model law provisions; "" */
};

/* The observations and actions of one article dimension. */
struct dim_observations {
	struct observation *items;	/* one per unit, set order */
	size_t count;
	struct rec_action *actions;	/* mandatory first, then by unmet
					 * share, largest first */
	size_t nactions;
};

/* Does dimension d of article a of instrument result s have a need (a
 * gap or an information need), so that it is observed? */
bool observe_wanted(const struct score_result *r, size_t s, size_t a,
		    size_t d);

/*
 * The observations and actions of dimension d of article a of
 * instrument result s into out (emptied first; empty when
 * observe_wanted is false). Recommendations are taken in lang where the
 * sets translate them (NULL: the default text). The unmet share of a
 * gap action is weight x (1 - score) / answered weight of its units; of
 * an information action, weight / applicable weight (as the needs'
 * priorities count them).
 */
void observe_dimension(struct dim_observations *out,
		       const struct score_result *r, size_t s, size_t a,
		       size_t d, const char *lang);
void dim_observations_release(struct dim_observations *o);

#endif

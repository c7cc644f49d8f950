/* SPDX-License-Identifier: Apache-2.0 */
/*
 * merge.h - one national answer per indicator from a panel's answers, in
 * the answers format (expert "consensus"), with columns that keep who
 * said what: how many experts, the spread of their scores, each expert's
 * answer, a dissent flag and the merged evidence.
 */
#ifndef MERGE_H
#define MERGE_H

#include "score/score.h"

#define MERGE_EXPERT "consensus"

/* The national answer to one indicator and who said what. */
struct merged {
	char *answer;		/* in the indicator's terms; owned */
	bool has_score;		/* the answer's own score is not the
				 * consensus: score holds it, to be written
				 * beside the answer (SPEC "score") */
	double score;
	char *split;		/* "yes 3; partial 1; no 2", owned */
	size_t nanswers;	/* answer rows of the panel, of any kind */
	bool has_spread;	/* some expert gave a scored answer */
	double spread;		/* highest minus lowest expert score */
	bool dissent;		/* one of the result's disagreements */
};

/*
 * The national answer to indicator i of r (scored and reviewed with the
 * options the user chose: r gives the consensus rule and the
 * disagreements). Every answer of the panel counts (depends_on is left
 * to scoring). Release out with merged_release.
 */
void merge_indicator(const struct score_result *r, size_t i,
		     struct merged *out);
void merged_release(struct merged *m);

/*
 * The answer that stands for consensus score s of an indicator, written
 * in the indicator's own terms (caller frees): for yes/no, partial and
 * choice types the answer whose score is nearest s (the lower one on a
 * tie); for scales and percentages the value that scores s; for number
 * indicators, the consensus rule applied to the experts' raw numbers
 * (values, n of them).
 */
char *merge_answer(const struct indicator *ind, enum consensus_rule rule,
		   double s, const double *numbers, size_t nnumbers);

#endif

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

/* Header of the merged CSV. */
extern const char merge_header[];

/*
 * Append to sb the merged rows of the assessment r was scored from, in
 * the order of the indicator sets. r gives the consensus, statuses and
 * disagreements (scored with the options the user chose).
 */
void merge_rows(struct strbuf *sb, const struct score_result *r);

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

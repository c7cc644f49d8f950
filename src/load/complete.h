/* SPDX-License-Identifier: Apache-2.0 */
/*
 * complete.h - how complete each expert's questionnaire is: per
 * assessment, expert and instrument, how many questions the answers
 * files put to the expert were answered, left missing (an empty cell or
 * unknown), or answered n/a with a reason (evidence or a comment) or
 * without one. A question counts where the files hold a row (or a wide
 * cell) for it: a questionnaire of a few articles is complete when those
 * are answered. A follow-up left empty because the expert's answer to
 * its parent does not ask it (depends_on) is not missing. Pure: no
 * printing.
 */
#ifndef COMPLETE_H
#define COMPLETE_H

#include <stdbool.h>
#include <stddef.h>

#include "base/diag.h"
#include "load/tally.h"

/* One expert's questions of one instrument in one assessment. */
struct completeness {
	size_t assessment;	/* index into the tally's items */
	size_t expert;		/* index into that assessment's experts */
	size_t instrument;	/* index into the set's instruments */
	size_t answered;	/* scored, or a text indicator's text */
	size_t missing;		/* empty or unknown */
	size_t na_reason;	/* n/a with evidence or a comment */
	size_t na_bare;		/* n/a with neither */
	size_t not_asked;	/* left empty, and rightly: follow-ups that
				 * the expert's own answer to their parent
				 * (depends_on) does not ask; not missing */
};

/* The counts of every expert and instrument with a question, in tally
 * order (assessment, expert) then instrument order; *n their number.
 * Caller frees; NULL when the tally holds no answer. */
struct completeness *completeness_count(const struct tally *t, size_t *n);

/* Does c hold a question and no answer at all (not even n/a)? */
bool completeness_blank(const struct completeness *c);

/* An error at every missing answer of t, as FILE:LINE:answer, saying
 * that --require-complete asks for it; the number of them. */
size_t completeness_require(const struct tally *t, struct diag_list *dl);

#endif

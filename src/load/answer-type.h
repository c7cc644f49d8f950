/* SPDX-License-Identifier: Apache-2.0 */
/*
 * answer-type.h - the answer types of an indicator and the score in [0, 1]
 * that each answer gets (SPEC "Answer types"). Pure: no I/O.
 *
 *   yesno            yes 1, no 0
 *   yesnopartial     yes 1, partial 0.5, no 0
 *   scale:A-B        (x - A) / (B - A)        scoring "reverse": 1 - that
 *   percent          x / 100                  scoring "reverse": 1 - that
 *   number           scoring thresholds ">=10:1;>=1:0.5;*:0", first match
 *   choice:a|b|c     scoring map "a=1;b=0.5;c=0"
 *   text             not scored
 * Every type also takes n/a (not applicable) and an empty answer or
 * "unknown" (missing). Answers match case-insensitively after trimming.
 */
#ifndef ANSWER_TYPE_H
#define ANSWER_TYPE_H

#include <stdbool.h>
#include <stddef.h>

#include "base/strbuf.h"
#include "base/text.h"

enum answer_kind {
	ANSWER_YESNO,
	ANSWER_YESNOPARTIAL,
	ANSWER_SCALE,
	ANSWER_PERCENT,
	ANSWER_NUMBER,
	ANSWER_CHOICE,
	ANSWER_TEXT,
};

enum rule_op {
	RULE_GE,
	RULE_GT,
	RULE_LE,
	RULE_LT,
	RULE_EQ,
	RULE_ANY,
};

/* One threshold of a number indicator: "OP BOUND : SCORE". */
struct score_rule {
	enum rule_op op;
	double bound;
	double score;
};

/* One option of a choice indicator and its score. */
struct choice_option {
	char *name;
	double score;
};

struct answer_type {
	enum answer_kind kind;
	double lo, hi;			/* scale bounds */
	bool reverse;			/* scale and percent */
	struct score_rule *rules;	/* number */
	size_t nrules;
	struct choice_option *options;	/* choice */
	size_t noptions;
};

/* What an answer is, once read. */
enum answer_class {
	ANSWER_SCORED,		/* a scored answer */
	ANSWER_NA,		/* "n/a": not applicable */
	ANSWER_MISSING,		/* empty or "unknown" */
	ANSWER_TEXT_GIVEN,	/* a text indicator's answer: evidence only */
};

/* Column that a parse error is about. */
enum answer_type_field {
	ANSWER_FIELD_TYPE,
	ANSWER_FIELD_SCORING,
};

/*
 * Parse an answer_type cell and its scoring cell (either may be "" for
 * scoring). On failure returns false, sets *err (caller frees) and *field
 * to the column at fault; at is then released.
 */
bool answer_type_parse(struct answer_type *at, const char *type_text,
		       const char *scoring_text, char **err,
		       enum answer_type_field *field);
/* answer_type_parse for a file whose numbers (scale bounds, scores,
 * thresholds) may be written with mark. */
bool answer_type_parse_mark(struct answer_type *at, const char *type_text,
			    const char *scoring_text, enum decimal_mark mark,
			    char **err, enum answer_type_field *field);
void answer_type_release(struct answer_type *at);

/*
 * Read one answer. Returns false with *err (caller frees) when the answer
 * is not one the type accepts; otherwise sets *cls and, for ANSWER_SCORED,
 * *score in [0, 1].
 */
bool answer_type_score(const struct answer_type *at, const char *answer,
		       enum answer_class *cls, double *score, char **err);
/* answer_type_score for an answer from a file whose numbers may be
 * written with mark (2,5 in a ';' file). A choice answer naming several
 * options separated by spaces ("draft enacted", a select_multiple
 * question's export) scores as the highest of their scores; several
 * yes/no answers ("yes no") are refused with a message saying so. */
bool answer_type_score_mark(const struct answer_type *at, const char *answer,
			    enum decimal_mark mark, enum answer_class *cls,
			    double *score, char **err);

/* Append what the type accepts ("yes or no", ...) to sb, in English
 * (for the catalog's listing), or in the messages' language (_msg: for
 * diagnostics; the answer codes stay as typed). */
void answer_type_describe(const struct answer_type *at, struct strbuf *sb);
void answer_type_describe_msg(const struct answer_type *at,
			      struct strbuf *sb);

#endif

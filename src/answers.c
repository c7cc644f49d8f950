/*
 * answers.c - the answers CSV loader: header roles, then each row checked
 * (country, round, expert, known indicator, an answer its type accepts,
 * valid_regex, confidence) and handed to the tally.
 */
#include "config.h"
#include "answers.h"
#include "gapscore.h"
#include "pattern.h"

#include <stdlib.h>
#include <string.h>

enum acol {
	A_COUNTRY,
	A_ROUND,
	A_EXPERT,
	A_INDICATOR,
	A_ANSWER,
	A_CONFIDENCE,
	A_EVIDENCE,
	A_GOOD_PRACTICE,
	A_COMMENT,
	NACOLS,
	A_REQUIRED = A_ANSWER + 1,
};

static const char *const acol_names[NACOLS] = {
	"country", "round", "expert", "indicator", "answer",
	"confidence", "evidence", "good_practice", "comment",
};

struct aloader {
	struct tally *t;
	struct diag_list *diags;
	const char *path;
	char **names;
	size_t ncols;
	long where[NACOLS];
};

static const char *column_name(void *ctx, size_t index)
{
	struct aloader *ld = ctx;
	return index < ld->ncols ? ld->names[index] : NULL;
}

static void aerror(struct aloader *ld, const struct csvin_row *row,
		   enum acol k, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

/* Report an error at column k of row. */
static void aerror(struct aloader *ld, const struct csvin_row *row,
		   enum acol k, const char *fmt, ...)
{
	va_list ap;
	long line = ld->where[k] < 0 ? row->line : row->lines[ld->where[k]];

	va_start(ap, fmt);
	diag_vadd(ld->diags, DIAG_ERROR, ld->path, line, acol_names[k], fmt,
		  ap);
	va_end(ap);
}

/* The columns merge and template add beside the answers: kept for
 * people, ignored without a warning. */
static bool is_ignored_column(const char *name)
{
	static const char *const names[] = {
		"n_experts", "spread", "dissent", "expert_answers",
		"question", "allowed_answers", "answer_type", "instrument",
		"article", "article_title", "dimension", "paragraph",
		"depends_on",
	};
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (!strcmp(name, names[i]))
			return true;
	return false;
}

static bool read_header(struct aloader *ld, const struct csvin_row *row)
{
	bool ok = true;

	for (size_t k = 0; k < NACOLS; k++)
		ld->where[k] = -1;
	ld->ncols = row->nfields;
	ld->names = xcalloc(row->nfields, sizeof(*ld->names));
	for (size_t i = 0; i < row->nfields; i++) {
		size_t k;

		ld->names[i] = trim_dup(row->fields[i]);
		for (size_t j = 0; j < i; j++)
			if (!strcmp(ld->names[i], ld->names[j])) {
				diag_error(ld->diags, ld->path, row->lines[i],
					   ld->names[i],
					   "column '%s' appears twice (also "
					   "column %zu); expected each column "
					   "once", ld->names[i], j + 1);
				ok = false;
			}
		for (k = 0; k < NACOLS; k++)
			if (!strcmp(ld->names[i], acol_names[k]))
				break;
		if (k < NACOLS) {
			if (ld->where[k] < 0)
				ld->where[k] = (long)i;
		} else if (is_ignored_column(ld->names[i])) {
			/* written by merge or template for readers */
		} else {
			char label[128];
			csvin_column_label(label, sizeof(label), ld->names[i],
					   i);
			diag_warning(ld->diags, ld->path, row->lines[i], label,
				     "unknown column '%s' is ignored",
				     ld->names[i]);
		}
	}
	for (size_t k = 0; k < A_REQUIRED; k++)
		if (ld->where[k] < 0) {
			diag_error(ld->diags, ld->path, row->line, acol_names[k],
				   "missing required column '%s'; an answers "
				   "file needs country, round, expert, "
				   "indicator and answer", acol_names[k]);
			ok = false;
		}
	return ok;
}

static char *acell(const struct aloader *ld, const struct csvin_row *row,
		   enum acol k)
{
	return ld->where[k] < 0 ? xstrdup("")
				: trim_dup(row->fields[ld->where[k]]);
}

#define ALNUM "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"

bool answers_valid_country(const char *s)
{
	return str_matches_class(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
				 "ABCDEFGHIJKLMNOPQRSTUVWXYZ", 3) &&
	       strlen(s) == 3;
}

bool answers_valid_round(const char *s)
{
	return str_matches_class(s, ALNUM "._-", ALNUM "._-", 32) &&
	       strcmp(s, ".") && strcmp(s, "..");
}

/* confidence: empty, 1 to 3, or low, medium, high. */
static bool parse_confidence(const char *s, int *out)
{
	static const char *const words[] = { "low", "medium", "high" };

	*out = 0;
	if (!s[0])
		return true;
	if (s[1] == '\0' && s[0] >= '1' && s[0] <= '3') {
		*out = s[0] - '0';
		return true;
	}
	for (int i = 0; i < 3; i++)
		if (ascii_caseeq(s, words[i])) {
			*out = i + 1;
			return true;
		}
	return false;
}

static void read_answer(struct aloader *ld, const struct csvin_row *row)
{
	const struct indset *set = ld->t->set;
	char *country = acell(ld, row, A_COUNTRY);
	char *round = acell(ld, row, A_ROUND);
	char *expert = acell(ld, row, A_EXPERT);
	char *indicator = acell(ld, row, A_INDICATOR);
	char *answer = acell(ld, row, A_ANSWER);
	char *confidence = acell(ld, row, A_CONFIDENCE);
	char *evidence = acell(ld, row, A_EVIDENCE);
	char *good_practice = acell(ld, row, A_GOOD_PRACTICE);
	char *comment = acell(ld, row, A_COMMENT);
	struct answer_row ar = { .file = ld->path, .line = row->line };
	bool ok = true;

	if (!answers_valid_country(country)) {
		aerror(ld, row, A_COUNTRY, "country '%s' is not valid; expected "
		       "an ISO 3166-1 alpha-3 code in capitals, e.g. KEN",
		       country);
		ok = false;
	}
	if (!answers_valid_round(round)) {
		aerror(ld, row, A_ROUND, "round '%s' is not valid; expected 1 "
		       "to 32 letters, digits, '.', '_' or '-' (not '.' or "
		       "'..'), e.g. 2026 or 2026-03", round);
		ok = false;
	}
	if (!str_matches_class(expert, ALNUM "._-", ALNUM "._-", 64)) {
		aerror(ld, row, A_EXPERT, "expert '%s' is not valid; expected 1 "
		       "to 64 letters, digits, '.', '_' or '-'", expert);
		ok = false;
	}
	if (!parse_confidence(confidence, &ar.confidence)) {
		aerror(ld, row, A_CONFIDENCE, "confidence '%s' is not valid; "
		       "expected 1, 2, 3, low, medium, high or an empty cell",
		       confidence);
		ok = false;
	}
	if (!indset_find(set, indicator, &ar.indicator)) {
		aerror(ld, row, A_INDICATOR, "unknown indicator '%s'; expected "
		       "an id from the loaded indicator sets", indicator);
		ok = false;
	} else {
		const struct indicator *ind = &set->items[ar.indicator];
		char *err = NULL;

		if (!answer_type_score(&ind->type, answer, &ar.cls, &ar.score,
				       &err)) {
			aerror(ld, row, A_ANSWER, "%s (indicator '%s')", err,
			       ind->id);
			ok = false;
		} else if (ind->valid_regex &&
			   (ar.cls == ANSWER_SCORED ||
			    ar.cls == ANSWER_TEXT_GIVEN)) {
			switch (pattern_match_whole(ind->valid_regex, answer,
						    strlen(answer))) {
			case PATTERN_MATCH:
				break;
			case PATTERN_NO_MATCH:
				aerror(ld, row, A_ANSWER, "answer '%s' does not "
				       "match valid_regex '%s' of indicator "
				       "'%s'; expected an answer the pattern "
				       "matches in full", answer,
				       ind->valid_regex_text, ind->id);
				ok = false;
				break;
			case PATTERN_LIMIT:
				aerror(ld, row, A_ANSWER, "valid_regex '%s' of "
				       "indicator '%s' gave up on this answer "
				       "(match or depth limit); expected a "
				       "simpler pattern or answer",
				       ind->valid_regex_text, ind->id);
				ok = false;
				break;
			}
		}
		free(err);
	}
	if (ok) {
		ar.country = country;
		ar.round = round;
		ar.expert = expert;
		ar.answer = answer;
		ar.evidence = evidence;
		ar.good_practice = good_practice;
		ar.comment = comment;
		tally_add(ld->t, &ar);
	}
	free(country);
	free(round);
	free(expert);
	free(indicator);
	free(answer);
	free(confidence);
	free(evidence);
	free(good_practice);
	free(comment);
}

static bool on_row(void *ctx, const struct csvin_row *row)
{
	struct aloader *ld = ctx;

	if (row->index == 0)
		return read_header(ld, row);
	if (row->nfields != ld->ncols)
		csvin_field_count_error(ld->diags, ld->path, row, ld->names,
					ld->ncols);
	else
		read_answer(ld, row);
	return !diag_cap_reached(ld->diags, ld->path, row->line);
}

enum csvin_status answers_load(struct tally *t, const char *path,
			       struct diag_list *diags)
{
	struct aloader ld = { .t = t, .diags = diags, .path = path };
	size_t errors_before = diags->errors;
	enum csvin_status st;

	st = csvin_read(path, on_row, column_name, &ld, diags);
	if (st == CSVIN_OK && ld.ncols == 0) {
		diag_error(diags, path, 1, "1", "the file is empty; expected "
			   "a header row (country, round, expert, indicator, "
			   "answer)");
		st = CSVIN_INVALID;
	} else if (st == CSVIN_OK && diags->errors > errors_before) {
		st = CSVIN_INVALID;
	}
	for (size_t i = 0; i < ld.ncols; i++)
		free(ld.names[i]);
	free(ld.names);
	return st;
}

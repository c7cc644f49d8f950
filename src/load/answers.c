/*
 * answers.c - the answers CSV loader. The header decides the layout (long
 * or wide) and maps every column to a role: a slot names the columns of
 * one answer. A long row fills one slot, a wide row one slot per
 * indicator column. Every answer then goes through the same checks
 * (country, round, expert, confidence, an answer its type accepts,
 * valid_regex) before it is handed to the tally, whatever the layout.
 */
#include "config.h"
#include "load/answers.h"
#include "load/csvin.h"
#include "base/xalloc.h"
#include "base/text.h"
#include "load/pattern.h"

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

#define WIDE_SHAPE "country, round, expert and one column per indicator id"

/*
 * The columns of one answer in a row, -1 where the file has none. Long
 * files have one slot; wide files one per indicator column, with the same
 * country, round and expert columns and no indicator column (the
 * indicator is the slot's).
 */
struct aslot {
	long where[NACOLS];
	size_t indicator;
};

struct aloader {
	struct tally *t;
	struct diag_list *diags;
	const char *path;
	enum answers_layout layout;	/* as asked */
	bool wide;			/* as read from the header */
	char **names;
	size_t ncols;
	struct aslot *slots;
	size_t nslots;
	size_t slots_cap;
};

/* One trimmed cell of a row and where it is, for messages. */
struct acell {
	char *text;
	long line;
	const char *column;
};

/* The header name of column index, for the CSV reader's messages. */
static const char *column_name(void *ctx, size_t index)
{
	struct aloader *ld = ctx;
	return index < ld->ncols ? ld->names[index] : NULL;
}

/* Read field k of slot s; an absent column reads as an empty cell. */
static void acell_read(struct acell *c, const struct aloader *ld,
		       const struct csvin_row *row, const struct aslot *s,
		       enum acol k)
{
	long i = s->where[k];

	if (i < 0) {
		c->text = xstrdup("");
		c->line = row->line;
		c->column = acol_names[k];
	} else {
		c->text = trim_dup(row->fields[i]);
		c->line = row->lines[i];
		c->column = ld->names[i];
	}
}

static void aerror(struct aloader *ld, const struct acell *c,
		   const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* Report an error at cell c. */
static void aerror(struct aloader *ld, const struct acell *c,
		   const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	diag_vadd(ld->diags, DIAG_ERROR, ld->path, c->line, c->column, fmt,
		  ap);
	va_end(ap);
}

/* The columns merge and template add beside the answers: kept for
 * people, ignored without a warning (long layout only). */
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

/* The role of a column named name, or NACOLS. */
static enum acol acol_of(const char *name)
{
	for (size_t k = 0; k < NACOLS; k++)
		if (!strcmp(name, acol_names[k]))
			return (enum acol)k;
	return NACOLS;
}

/* Is column i a repeat of an earlier one (already reported)? */
static bool is_repeat(const struct aloader *ld, size_t i)
{
	for (size_t j = 0; j < i; j++)
		if (!strcmp(ld->names[i], ld->names[j]))
			return true;
	return false;
}

/* A new slot with no columns but the shared ones of where. */
static struct aslot *add_slot(struct aloader *ld, const long *where,
			      size_t indicator)
{
	struct aslot *s;

	GROW(ld->slots, ld->slots_cap, ld->nslots + 1);
	s = &ld->slots[ld->nslots++];
	for (size_t k = 0; k < NACOLS; k++)
		s->where[k] = k <= A_EXPERT ? where[k] : -1;
	s->indicator = indicator;
	return s;
}

/* Report the required columns of the layout that where lacks. */
static bool check_required(struct aloader *ld, const struct csvin_row *row,
			   const long *where, size_t nrequired,
			   const char *shape)
{
	bool ok = true;

	for (size_t k = 0; k < nrequired; k++)
		if (where[k] < 0) {
			diag_error(ld->diags, ld->path, row->line,
				   acol_names[k], "missing required column "
				   "'%s'; %s needs %s", acol_names[k],
				   ld->wide ? "a wide answers file"
					    : "an answers file", shape);
			ok = false;
		}
	return ok;
}

/* Long layout: one slot; unknown columns are only warned about. */
static bool long_header(struct aloader *ld, const struct csvin_row *row,
			const long *where)
{
	struct aslot *s = add_slot(ld, where, 0);

	for (size_t k = 0; k < NACOLS; k++)
		s->where[k] = where[k];
	for (size_t i = 0; i < ld->ncols; i++) {
		char label[128];

		if (acol_of(ld->names[i]) < NACOLS ||
		    is_ignored_column(ld->names[i]) || is_repeat(ld, i))
			continue;
		csvin_column_label(label, sizeof(label), ld->names[i], i);
		diag_warning(ld->diags, ld->path, row->lines[i], label,
			     "unknown column '%s' is ignored", ld->names[i]);
	}
	return check_required(ld, row, where, A_REQUIRED,
			      "country, round, expert, indicator and answer");
}

/*
 * A wide column other than country, round and expert: an indicator id
 * (the answers) or FIELD:ID (a field of the answers to ID). *slot_of maps
 * indicators to slots (plus one; 0 for none yet).
 */
static bool wide_column(struct aloader *ld, const struct csvin_row *row,
			const long *where, size_t i, size_t *slot_of)
{
	const struct indset *set = ld->t->set;
	const char *name = ld->names[i];
	enum acol k = A_ANSWER;
	const char *id = name;
	size_t ind;
	char label[128];

	for (size_t f = A_CONFIDENCE; f < NACOLS; f++) {
		size_t len = strlen(acol_names[f]);
		if (!strncmp(name, acol_names[f], len) && name[len] == ':') {
			k = (enum acol)f;
			id = name + len + 1;
		}
	}
	if (indset_find(set, id, &ind)) {
		if (!slot_of[ind]) {
			add_slot(ld, where, ind);
			slot_of[ind] = ld->nslots;
		}
		ld->slots[slot_of[ind] - 1].where[k] = (long)i;
		return true;
	}
	csvin_column_label(label, sizeof(label), name, i);
	if (k != A_ANSWER)
		diag_error(ld->diags, ld->path, row->lines[i], label,
			   "unknown indicator '%s' in column '%s'; expected "
			   "%s:ID with ID an indicator id of the loaded sets",
			   id, name, acol_names[k]);
	else if (acol_of(name) > A_ANSWER && acol_of(name) < NACOLS)
		diag_error(ld->diags, ld->path, row->lines[i], label,
			   "column '%s' names no indicator; expected %s:ID "
			   "in a wide answers file, with ID an indicator id "
			   "of the loaded sets", name, name);
	else if (!name[0])
		diag_error(ld->diags, ld->path, row->lines[i], label,
			   "column %zu has no name; expected an indicator id "
			   "of the loaded sets", i + 1);
	else
		diag_error(ld->diags, ld->path, row->lines[i], label,
			   "unknown indicator '%s' in header; expected an "
			   "indicator id of the loaded sets", name);
	return false;
}

/* Wide layout: a slot per indicator; every other column is an error. */
static bool wide_header(struct aloader *ld, const struct csvin_row *row,
			const long *where)
{
	size_t *slot_of = xcalloc(ld->t->set->count, sizeof(*slot_of));
	bool ok = true, any_answer = false;

	for (size_t i = 0; i < ld->ncols; i++)
		if (acol_of(ld->names[i]) > A_EXPERT && !is_repeat(ld, i))
			ok = wide_column(ld, row, where, i, slot_of) && ok;
	free(slot_of);
	ok = check_required(ld, row, where, A_EXPERT + 1, WIDE_SHAPE) && ok;
	for (size_t j = 0; j < ld->nslots; j++) {
		const struct aslot *s = &ld->slots[j];

		if (s->where[A_ANSWER] >= 0) {
			any_answer = true;
			continue;
		}
		for (size_t k = A_CONFIDENCE; k < NACOLS; k++)
			if (s->where[k] >= 0) {
				const char *name = ld->names[s->where[k]];
				diag_error(ld->diags, ld->path,
					   row->lines[s->where[k]], name,
					   "column '%s' has no answer column "
					   "'%s'; expected the answers to "
					   "'%s' beside it", name,
					   ld->t->set->items[s->indicator].id,
					   ld->t->set->items[s->indicator].id);
				ok = false;
			}
	}
	if (ok && !any_answer) {
		diag_error(ld->diags, ld->path, row->line, NULL,
			   "no indicator column; a wide answers file needs "
			   WIDE_SHAPE);
		ok = false;
	}
	return ok;
}

/* Does some column name an indicator of the set? */
static bool any_indicator_column(const struct aloader *ld)
{
	size_t ind;

	for (size_t i = 0; i < ld->ncols; i++)
		if (indset_find(ld->t->set, ld->names[i], &ind))
			return true;
	return false;
}

/*
 * Settle the layout: the one asked for, or, in auto mode, wide when the
 * header can only be a wide one. A forced wide layout on a long header is
 * an error.
 */
static bool choose_layout(struct aloader *ld, const struct csvin_row *row,
			  const long *where)
{
	bool who = where[A_COUNTRY] >= 0 && where[A_ROUND] >= 0 &&
		   where[A_EXPERT] >= 0;
	bool long_only = where[A_INDICATOR] >= 0 || where[A_ANSWER] >= 0;

	switch (ld->layout) {
	case ANSWERS_LONG:
		ld->wide = false;
		break;
	case ANSWERS_AUTO:
		ld->wide = who && !long_only && any_indicator_column(ld);
		break;
	case ANSWERS_WIDE:
		ld->wide = true;
		if (long_only) {
			enum acol k = where[A_INDICATOR] >= 0 ? A_INDICATOR
							      : A_ANSWER;
			diag_error(ld->diags, ld->path, row->line,
				   acol_names[k], "column '%s' belongs to a "
				   "long answers file; expected a wide one: "
				   WIDE_SHAPE, acol_names[k]);
			return false;
		}
		break;
	}
	return true;
}

/* Names, repeats, layout, then the slots of the layout. */
static bool read_header(struct aloader *ld, const struct csvin_row *row)
{
	long where[NACOLS];
	bool ok = true;

	for (size_t k = 0; k < NACOLS; k++)
		where[k] = -1;
	ld->ncols = row->nfields;
	ld->names = xcalloc(row->nfields, sizeof(*ld->names));
	for (size_t i = 0; i < row->nfields; i++) {
		enum acol k;

		ld->names[i] = trim_dup(row->fields[i]);
		for (size_t j = 0; j < i; j++)
			if (!strcmp(ld->names[i], ld->names[j])) {
				diag_error(ld->diags, ld->path, row->lines[i],
					   ld->names[i],
					   "column '%s' appears twice (also "
					   "column %zu); expected each column "
					   "once", ld->names[i], j + 1);
				ok = false;
				break;
			}
		k = acol_of(ld->names[i]);
		if (k < NACOLS && where[k] < 0)
			where[k] = (long)i;
	}
	if (!choose_layout(ld, row, where))
		return false;
	if (ld->wide)
		return wide_header(ld, row, where) && ok;
	return long_header(ld, row, where) && ok;
}

#define ALNUM "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"

/* Three capital letters. */
bool answers_valid_country(const char *s)
{
	return str_matches_class(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
				 "ABCDEFGHIJKLMNOPQRSTUVWXYZ", 3) &&
	       strlen(s) == 3;
}

/* Safe as a directory name: no '.' or '..'. */
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

/* Who answered: checked once per row, shared by the row's answers. */
static bool check_who(struct aloader *ld, const struct acell *country,
		      const struct acell *round, const struct acell *expert)
{
	bool ok = true;

	if (!answers_valid_country(country->text)) {
		aerror(ld, country, "country '%s' is not valid; expected an "
		       "ISO 3166-1 alpha-3 code in capitals, e.g. KEN",
		       country->text);
		ok = false;
	}
	if (!answers_valid_round(round->text)) {
		aerror(ld, round, "round '%s' is not valid; expected 1 to 32 "
		       "letters, digits, '.', '_' or '-' (not '.' or '..'), "
		       "e.g. 2026 or 2026-03", round->text);
		ok = false;
	}
	if (!str_matches_class(expert->text, ALNUM "._-", ALNUM "._-", 64)) {
		aerror(ld, expert, "expert '%s' is not valid; expected 1 to "
		       "64 letters, digits, '.', '_' or '-'", expert->text);
		ok = false;
	}
	return ok;
}

/* Score the answer c to indicator i into ar: its type, then valid_regex. */
static bool check_answer(struct aloader *ld, size_t i, const struct acell *c,
			 struct answer_row *ar)
{
	const struct indicator *ind = &ld->t->set->items[i];
	char *err = NULL;
	bool ok = false;

	if (!answer_type_score(&ind->type, c->text, &ar->cls, &ar->score,
			       &err)) {
		aerror(ld, c, "%s (indicator '%s')", err, ind->id);
		free(err);
		return false;
	}
	if (!ind->valid_regex ||
	    (ar->cls != ANSWER_SCORED && ar->cls != ANSWER_TEXT_GIVEN))
		return true;
	switch (pattern_match_whole(ind->valid_regex, c->text,
				    strlen(c->text))) {
	case PATTERN_MATCH:
		ok = true;
		break;
	case PATTERN_NO_MATCH:
		aerror(ld, c, "answer '%s' does not match valid_regex '%s' of "
		       "indicator '%s'; expected an answer the pattern "
		       "matches in full", c->text, ind->valid_regex_text,
		       ind->id);
		break;
	case PATTERN_LIMIT:
		aerror(ld, c, "valid_regex '%s' of indicator '%s' gave up on "
		       "this answer (match or depth limit); expected a "
		       "simpler pattern or answer", ind->valid_regex_text,
		       ind->id);
		break;
	}
	return ok;
}

/*
 * Check the answer in slot s of row and, when it and who_ok hold, add it
 * to the tally. who holds the row's country, round and expert.
 */
static void read_slot(struct aloader *ld, const struct csvin_row *row,
		      const struct aslot *s, const struct acell *who,
		      bool who_ok)
{
	struct acell c[NACOLS];
	struct answer_row ar = { .file = ld->path };
	size_t i = s->indicator;
	bool ok = who_ok;

	for (size_t k = A_INDICATOR; k < NACOLS; k++)
		acell_read(&c[k], ld, row, s, (enum acol)k);
	if (!parse_confidence(c[A_CONFIDENCE].text, &ar.confidence)) {
		aerror(ld, &c[A_CONFIDENCE], "confidence '%s' is not valid; "
		       "expected 1, 2, 3, low, medium, high or an empty cell",
		       c[A_CONFIDENCE].text);
		ok = false;
	}
	if (s->where[A_INDICATOR] >= 0 &&
	    !indset_find(ld->t->set, c[A_INDICATOR].text, &i)) {
		aerror(ld, &c[A_INDICATOR], "unknown indicator '%s'; expected "
		       "an id from the loaded indicator sets",
		       c[A_INDICATOR].text);
		ok = false;
	} else if (!check_answer(ld, i, &c[A_ANSWER], &ar)) {
		ok = false;
	}
	if (ok) {
		ar.country = who[A_COUNTRY].text;
		ar.round = who[A_ROUND].text;
		ar.expert = who[A_EXPERT].text;
		ar.indicator = i;
		ar.answer = c[A_ANSWER].text;
		ar.evidence = c[A_EVIDENCE].text;
		ar.good_practice = c[A_GOOD_PRACTICE].text;
		ar.comment = c[A_COMMENT].text;
		/* A wide row holds many answers: each is where its cell is. */
		ar.line = ld->wide ? c[A_ANSWER].line : row->line;
		tally_add(ld->t, &ar);
	}
	for (size_t k = A_INDICATOR; k < NACOLS; k++)
		free(c[k].text);
}

/* Every answer of one data row: one (long) or one per indicator (wide). */
static void read_row(struct aloader *ld, const struct csvin_row *row)
{
	struct acell who[A_EXPERT + 1];
	bool who_ok;

	for (size_t k = A_COUNTRY; k <= A_EXPERT; k++)
		acell_read(&who[k], ld, row, &ld->slots[0], (enum acol)k);
	who_ok = check_who(ld, &who[A_COUNTRY], &who[A_ROUND],
			   &who[A_EXPERT]);
	for (size_t j = 0; j < ld->nslots; j++)
		read_slot(ld, row, &ld->slots[j], who, who_ok);
	for (size_t k = A_COUNTRY; k <= A_EXPERT; k++)
		free(who[k].text);
}

/* CSV reader callback: the header, then each data row. */
static bool on_row(void *ctx, const struct csvin_row *row)
{
	struct aloader *ld = ctx;

	if (row->index == 0)
		return read_header(ld, row);
	if (row->nfields != ld->ncols)
		csvin_field_count_error(ld->diags, ld->path, row, ld->names,
					ld->ncols);
	else
		read_row(ld, row);
	return !diag_cap_reached(ld->diags, ld->path, row->line);
}

/* Read one file; the header settles the layout. */
enum diag_status answers_load(struct tally *t, const char *path,
			      enum answers_layout layout,
			      struct diag_list *diags)
{
	struct aloader ld = {
		.t = t, .diags = diags, .path = path, .layout = layout,
	};
	size_t errors_before = diags->errors;
	enum diag_status st;

	st = csvin_read(path, on_row, column_name, &ld, diags);
	if (st == DIAG_OK && ld.ncols == 0) {
		const char *shape = layout == ANSWERS_WIDE
			? WIDE_SHAPE
			: "country, round, expert, indicator, answer";

		diag_error(diags, path, 1, "1", "the file is empty; expected "
			   "a header row (%s)", shape);
		st = DIAG_INVALID;
	} else if (st == DIAG_OK && diags->errors > errors_before) {
		st = DIAG_INVALID;
	}
	for (size_t i = 0; i < ld.ncols; i++)
		free(ld.names[i]);
	free(ld.names);
	free(ld.slots);
	return st;
}

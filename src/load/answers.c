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
#include "load/csvtable.h"
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
	struct csvtable table;
	enum answers_layout layout;	/* as asked */
	bool wide;			/* as read from the header */
	struct aslot *slots;
	size_t nslots;
	size_t slots_cap;
};

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

/* Long layout: one slot; unknown columns are only warned about. */
static bool long_header(struct aloader *ld, const struct csvin_row *row)
{
	const struct csvtable *t = &ld->table;
	struct aslot *s = add_slot(ld, t->where, 0);

	for (size_t k = 0; k < NACOLS; k++)
		s->where[k] = t->where[k];
	for (size_t i = 0; i < t->ncols; i++) {
		if (csvtable_known(t, i) < NACOLS ||
		    is_ignored_column(t->names[i]) || csvtable_is_repeat(t, i))
			continue;
		csvtable_warn_unknown(t, row, i, "is ignored");
	}
	return csvtable_require(t, row, A_REQUIRED, "an answers file needs "
				"country, round, expert, indicator and "
				"answer");
}

/* Report a wide column that names no indicator of the set. */
static void unknown_wide_column(const struct aloader *ld,
				const struct csvin_row *row, size_t i,
				enum acol k, const char *id)
{
	const struct csvtable *t = &ld->table;
	const char *name = t->names[i];
	size_t known = csvtable_known(t, i);
	char label[128];

	csvtable_label(t, i, label, sizeof(label));
	if (k != A_ANSWER)
		diag_error(t->diags, t->path, row->lines[i], label,
			   "unknown indicator '%s' in column '%s'; expected "
			   "%s:ID with ID an indicator id of the loaded sets",
			   id, name, acol_names[k]);
	else if (known > A_ANSWER && known < NACOLS)
		diag_error(t->diags, t->path, row->lines[i], label,
			   "column '%s' names no indicator; expected %s:ID "
			   "in a wide answers file, with ID an indicator id "
			   "of the loaded sets", name, name);
	else if (!name[0])
		diag_error(t->diags, t->path, row->lines[i], label,
			   "column %zu has no name; expected an indicator id "
			   "of the loaded sets", i + 1);
	else
		diag_error(t->diags, t->path, row->lines[i], label,
			   "unknown indicator '%s' in header; expected an "
			   "indicator id of the loaded sets", name);
}

/*
 * A wide column other than country, round and expert: an indicator id
 * (the answers) or FIELD:ID (a field of the answers to ID). *slot_of maps
 * indicators to slots (plus one; 0 for none yet).
 */
static bool wide_column(struct aloader *ld, const struct csvin_row *row,
			size_t i, size_t *slot_of)
{
	const char *name = ld->table.names[i];
	enum acol k = A_ANSWER;
	const char *id = name;
	size_t ind;

	for (size_t f = A_CONFIDENCE; f < NACOLS; f++) {
		size_t len = strlen(acol_names[f]);
		if (!strncmp(name, acol_names[f], len) && name[len] == ':') {
			k = (enum acol)f;
			id = name + len + 1;
		}
	}
	if (!indset_find(ld->t->set, id, &ind)) {
		unknown_wide_column(ld, row, i, k, id);
		return false;
	}
	if (!slot_of[ind]) {
		add_slot(ld, ld->table.where, ind);
		slot_of[ind] = ld->nslots;
	}
	ld->slots[slot_of[ind] - 1].where[k] = (long)i;
	return true;
}

/* Report the field columns of slots that have no answer column; say
 * whether some slot has one. */
static bool check_answer_columns(struct aloader *ld,
				 const struct csvin_row *row, bool *any)
{
	const struct csvtable *t = &ld->table;
	bool ok = true;

	*any = false;
	for (size_t j = 0; j < ld->nslots; j++) {
		const struct aslot *s = &ld->slots[j];
		const char *id = ld->t->set->items[s->indicator].id;

		if (s->where[A_ANSWER] >= 0) {
			*any = true;
			continue;
		}
		for (size_t k = A_CONFIDENCE; k < NACOLS; k++)
			if (s->where[k] >= 0) {
				const char *name = t->names[s->where[k]];
				diag_error(t->diags, t->path,
					   row->lines[s->where[k]], name,
					   "column '%s' has no answer column "
					   "'%s'; expected the answers to "
					   "'%s' beside it", name, id, id);
				ok = false;
			}
	}
	return ok;
}

/* Wide layout: a slot per indicator; every other column is an error. */
static bool wide_header(struct aloader *ld, const struct csvin_row *row)
{
	const struct csvtable *t = &ld->table;
	size_t *slot_of = xcalloc(ld->t->set->count, sizeof(*slot_of));
	bool ok = true, any_answer;

	for (size_t i = 0; i < t->ncols; i++)
		if (csvtable_known(t, i) > A_EXPERT &&
		    !csvtable_is_repeat(t, i))
			ok = wide_column(ld, row, i, slot_of) && ok;
	free(slot_of);
	ok = csvtable_require(t, row, A_EXPERT + 1, "a wide answers file "
			      "needs " WIDE_SHAPE) && ok;
	ok = check_answer_columns(ld, row, &any_answer) && ok;
	if (ok && !any_answer) {
		diag_error(t->diags, t->path, row->line, NULL,
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

	for (size_t i = 0; i < ld->table.ncols; i++)
		if (indset_find(ld->t->set, ld->table.names[i], &ind))
			return true;
	return false;
}

/*
 * Settle the layout: the one asked for, or, in auto mode, wide when the
 * header can only be a wide one. A forced wide layout on a long header is
 * an error.
 */
static bool choose_layout(struct aloader *ld, const struct csvin_row *row)
{
	const long *where = ld->table.where;
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
			diag_error(ld->table.diags, ld->table.path, row->line,
				   acol_names[k], "column '%s' belongs to a "
				   "long answers file; expected a wide one: "
				   WIDE_SHAPE, acol_names[k]);
			return false;
		}
		break;
	}
	return true;
}

/* CSV table callback: repeats, layout, then the slots of the layout. */
static bool read_header(void *ctx, const struct csvin_row *row)
{
	struct aloader *ld = ctx;
	bool ok = true;

	for (size_t i = 0; i < ld->table.ncols; i++)
		if (csvtable_check_repeat(&ld->table, row, i))
			ok = false;
	if (!choose_layout(ld, row))
		return false;
	if (ld->wide)
		return wide_header(ld, row) && ok;
	return long_header(ld, row) && ok;
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
static bool check_who(const struct csvtable *t,
		      const struct csvtable_cell *country,
		      const struct csvtable_cell *round,
		      const struct csvtable_cell *expert)
{
	bool ok = true;

	if (!answers_valid_country(country->text)) {
		csvtable_cell_error(t, country, "country '%s' is not valid; "
				    "expected an ISO 3166-1 alpha-3 code in "
				    "capitals, e.g. KEN", country->text);
		ok = false;
	}
	if (!answers_valid_round(round->text)) {
		csvtable_cell_error(t, round, "round '%s' is not valid; "
				    "expected 1 to 32 letters, digits, '.', "
				    "'_' or '-' (not '.' or '..'), e.g. 2026 "
				    "or 2026-03", round->text);
		ok = false;
	}
	if (!str_matches_class(expert->text, ALNUM "._-", ALNUM "._-", 64)) {
		csvtable_cell_error(t, expert, "expert '%s' is not valid; "
				    "expected 1 to 64 letters, digits, '.', "
				    "'_' or '-'", expert->text);
		ok = false;
	}
	return ok;
}

/* Does answer c match indicator ind's valid_regex in full? */
static bool check_regex(const struct csvtable *t, const struct indicator *ind,
			const struct csvtable_cell *c)
{
	switch (pattern_match_whole(ind->valid_regex, c->text,
				    strlen(c->text))) {
	case PATTERN_MATCH:
		return true;
	case PATTERN_NO_MATCH:
		csvtable_cell_error(t, c, "answer '%s' does not match "
				    "valid_regex '%s' of indicator '%s'; "
				    "expected an answer the pattern matches "
				    "in full", c->text, ind->valid_regex_text,
				    ind->id);
		break;
	case PATTERN_LIMIT:
		csvtable_cell_error(t, c, "valid_regex '%s' of indicator '%s' "
				    "gave up on this answer (match or depth "
				    "limit); expected a simpler pattern or "
				    "answer", ind->valid_regex_text, ind->id);
		break;
	}
	return false;
}

/* Score the answer c to indicator i into ar: its type, then valid_regex. */
static bool check_answer(const struct aloader *ld, size_t i,
			 const struct csvtable_cell *c, struct answer_row *ar)
{
	const struct indicator *ind = &ld->t->set->items[i];
	char *err = NULL;

	if (!answer_type_score(&ind->type, c->text, &ar->cls, &ar->score,
			       &err)) {
		csvtable_cell_error(&ld->table, c, "%s (indicator '%s')", err,
				    ind->id);
		free(err);
		return false;
	}
	if (!ind->valid_regex ||
	    (ar->cls != ANSWER_SCORED && ar->cls != ANSWER_TEXT_GIVEN))
		return true;
	return check_regex(&ld->table, ind, c);
}

/*
 * Check the answer in slot s of row and, when it and who_ok hold, add it
 * to the tally. who holds the row's country, round and expert.
 */
static void read_slot(struct aloader *ld, const struct csvin_row *row,
		      const struct aslot *s, const struct csvtable_cell *who,
		      bool who_ok)
{
	const struct csvtable *t = &ld->table;
	struct csvtable_cell c[NACOLS];
	struct answer_row ar = { .file = t->path };
	size_t i = s->indicator;
	bool ok = who_ok;

	for (size_t k = A_INDICATOR; k < NACOLS; k++)
		csvtable_cell(&c[k], t, row, s->where[k], k);
	if (!parse_confidence(c[A_CONFIDENCE].text, &ar.confidence)) {
		csvtable_cell_error(t, &c[A_CONFIDENCE], "confidence '%s' is "
				    "not valid; expected 1, 2, 3, low, medium, "
				    "high or an empty cell",
				    c[A_CONFIDENCE].text);
		ok = false;
	}
	if (s->where[A_INDICATOR] >= 0 &&
	    !indset_find(ld->t->set, c[A_INDICATOR].text, &i)) {
		csvtable_cell_error(t, &c[A_INDICATOR], "unknown indicator "
				    "'%s'; expected an id from the loaded "
				    "indicator sets", c[A_INDICATOR].text);
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
		csvtable_cell_release(&c[k]);
}

/* CSV table callback: every answer of one data row, one (long) or one
 * per indicator (wide). */
static void read_row(void *ctx, const struct csvin_row *row)
{
	struct aloader *ld = ctx;
	const struct csvtable *t = &ld->table;
	const long *where = ld->slots[0].where;
	struct csvtable_cell who[A_EXPERT + 1];
	bool who_ok;

	for (size_t k = A_COUNTRY; k <= A_EXPERT; k++)
		csvtable_cell(&who[k], t, row, where[k], k);
	who_ok = check_who(t, &who[A_COUNTRY], &who[A_ROUND], &who[A_EXPERT]);
	for (size_t j = 0; j < ld->nslots; j++)
		read_slot(ld, row, &ld->slots[j], who, who_ok);
	for (size_t k = A_COUNTRY; k <= A_EXPERT; k++)
		csvtable_cell_release(&who[k]);
}

static const struct csvtable_spec answers_spec = {
	.columns = acol_names,
	.ncolumns = NACOLS,
	.empty = "a header row (country, round, expert, indicator, answer)",
	.header = read_header,
	.row = read_row,
};

/* Read one file; the header settles the layout. */
enum diag_status answers_load(struct tally *t, const char *path,
			      enum answers_layout layout,
			      struct diag_list *diags)
{
	struct aloader ld = { .t = t, .layout = layout };
	struct csvtable_spec spec = answers_spec;
	enum diag_status st;

	if (layout == ANSWERS_WIDE)
		spec.empty = "a header row (" WIDE_SHAPE ")";
	st = csvtable_read(&ld.table, path, &spec, &ld, diags);
	free(ld.slots);
	return st;
}

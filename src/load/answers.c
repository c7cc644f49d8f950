/* SPDX-License-Identifier: Apache-2.0 */
/*
 * answers.c - the answers CSV loader. The header decides the layout (long
 * or wide) and maps every column to a role: a slot names the columns of
 * one answer. A long row fills one slot, a wide row one slot per
 * indicator column. Every answer then goes through the same checks
 * (country, round, expert, confidence, an answer its type accepts,
 * valid_regex) before it is handed to the tally, whatever the layout.
 * Survey exports are read as they come (load/survey.h): their metadata
 * columns are ignored, group names before an id are matched past, and
 * the columns a select_multiple question is split into are ignored
 * beside the one that holds its answer. Unknown ids are reported one by
 * one up to a few per instrument and file, then counted in one line.
 */
#include "config.h"
#include "load/answers.h"
#include "load/csvtable.h"
#include "base/xalloc.h"
#include "base/text.h"
#include "base/limits.h"
#include "load/pattern.h"
#include "load/survey.h"
#include "load/answer-words.h"
#include "base/i18n.h"

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
	A_SCORE,
	A_LANG,
	NACOLS,
	A_REQUIRED = A_ANSWER + 1,
};

static const char *const acol_names[NACOLS] = {
	"country", "round", "expert", "indicator", "answer",
	"confidence", "evidence", "good_practice", "comment", "score",
	"lang",
};


#define ALNUM "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
/* What an indicator id may start with (SPEC: [A-Za-z0-9]). */
#define ID_CHARS ALNUM

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

/* The unknown ids of one instrument in a file: answers (long), or wide
 * header columns. */
struct unknown_ids {
	char *instrument;	/* TIP of TIP.5.L01; "" for none */
	bool columns;		/* header columns, not answers */
	size_t count;
	long line;		/* where the first was */
	char *column;
};

/* A column of one choice of a select_multiple question (wide). */
struct choice_column {
	size_t column;
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
	struct unknown_ids *unknown;
	size_t nunknown;
	size_t unknown_cap;
	struct choice_column *choices;
	size_t nchoices;
	size_t choices_cap;
};

/* The columns merge and template add beside the answers: kept for
 * people, ignored without a warning (long layout only). */
static bool is_ignored_column(const char *name)
{
	static const char *const names[] = {
		"n_experts", "spread", "dissent", "expert_answers",
		"answer_split",
		"question", "allowed_answers", "answer_type", "instrument",
		"article", "article_title", "dimension", "paragraph",
		"depends_on", "obligation", "guide_ref", "review",
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
		s->where[k] = k <= A_EXPERT || k == A_LANG ? where[k] : -1;
	s->indicator = indicator;
	return s;
}

/* The field that a wide column name FIELD:ID holds (*id: the ID), or
 * A_ANSWER for an indicator's answers (*id: name). */
static enum acol field_of(const char *name, const char **id)
{
	*id = name;
	for (size_t f = A_CONFIDENCE; f <= A_SCORE; f++) {
		size_t len = strlen(acol_names[f]);
		if (!strncmp(name, acol_names[f], len) && name[len] == ':') {
			*id = name + len + 1;
			return (enum acol)f;
		}
	}
	return A_ANSWER;
}

/* Does name name an indicator of the set, or a field of one (FIELD:ID)? */
static bool names_indicator(const struct aloader *ld, const char *name)
{
	const char *id;
	size_t ind;

	field_of(name, &id);
	return indset_find(ld->t->set, id, &ind);
}

/* What a survey column may be past its group names: who answered, or an
 * indicator (or a field of one). */
static bool known_part(void *ctx, const char *part)
{
	const struct aloader *ld = ctx;

	for (size_t k = A_COUNTRY; k <= A_EXPERT; k++)
		if (!strcmp(part, acol_names[k]))
			return true;
	return names_indicator(ld, part);
}

/* CSV table key: a survey column's name past its group names
 * ("grp/UNTOC.5.L01" is UNTOC.5.L01), when that is known and the name
 * itself is not. */
static char *answer_key(void *ctx, const char *name)
{
	const char *part;

	for (size_t k = 0; k < NACOLS; k++)
		if (!strcmp(name, acol_names[k]))
			return NULL;
	if (names_indicator(ctx, name) || survey_metadata_column(name))
		return NULL;
	part = survey_strip_groups(name, known_part, ctx);
	return part ? xstrdup(part) : NULL;
}

/* The instrument part of an unknown id, for the count and the hint: up
 * to its first '.', when that is a short code of letters, as the shipped
 * sets' ids are written (TIP of TIP.5.L01); "" when the id has none
 * (T5.L1). */
static char *id_instrument(const char *id)
{
	static const char code[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
				   "abcdefghijklmnopqrstuvwxyz";
	const char *dot = strchr(id, '.');
	size_t len = dot ? (size_t)(dot - id) : 0;

	if (!len || len > LIMIT_INSTRUMENT_LEN || strspn(id, code) != len)
		return xstrdup("");
	return xstrndup(id, len);
}

/* Count an unknown id at line and column; true when it is among the
 * first of its instrument in the file, to be reported on its own. Past
 * LIMIT_UNKNOWN_INSTRUMENTS groups, ids join the group of ids with no
 * instrument, so that the groups stay few whatever the file. */
static bool note_unknown(struct aloader *ld, const char *id, bool columns,
			 long line, const char *column)
{
	char *instrument = id_instrument(id);
	struct unknown_ids *u;

	if (ld->nunknown >= LIMIT_UNKNOWN_INSTRUMENTS) {
		free(instrument);
		instrument = xstrdup("");
	}
	for (size_t i = 0; i < ld->nunknown; i++) {
		u = &ld->unknown[i];
		if (u->columns == columns &&
		    !strcmp(u->instrument, instrument)) {
			free(instrument);
			return ++u->count <= LIMIT_UNKNOWN_IDS_SHOWN;
		}
	}
	GROW(ld->unknown, ld->unknown_cap, ld->nunknown + 1);
	u = &ld->unknown[ld->nunknown++];
	u->instrument = instrument;
	u->columns = columns;
	u->count = 1;
	u->line = line;
	u->column = xstrdup(column);
	return true;
}

/* Is code an instrument of the loaded sets? */
static bool instrument_loaded(const struct indset *set, const char *code)
{
	for (size_t i = 0; i < set->ninstruments; i++)
		if (!strcmp(set->instruments[i].code, code))
			return true;
	return false;
}

/* One line for the unknown ids of u past the first few, and the count
 * of an instrument no loaded set holds, for the command line's hint. */
static void summarise_unknown(struct aloader *ld, const struct unknown_ids *u)
{
	bool loaded = instrument_loaded(ld->t->set, u->instrument);
	struct diag_list *dl = ld->table.diags;
	const char *path = ld->table.path;

	if (u->instrument[0] && !loaded)
		tally_note_unknown(ld->t, u->instrument, u->count,
				   u->columns);
	if (u->count <= LIMIT_UNKNOWN_IDS_SHOWN)
		return;
	if (!u->instrument[0] && u->columns)
		diag_error(dl, path, u->line, u->column, "%zu columns name "
			   "unknown indicators (the first %d are shown); "
			   "expected ids of the loaded indicator sets",
			   u->count, LIMIT_UNKNOWN_IDS_SHOWN);
	else if (!u->instrument[0])
		diag_error(dl, path, u->line, u->column, "%zu answers name "
			   "unknown indicators (the first %d are shown); "
			   "expected ids of the loaded indicator sets",
			   u->count, LIMIT_UNKNOWN_IDS_SHOWN);
	else if (loaded && u->columns)
		diag_error(dl, path, u->line, u->column, "%zu columns name %s "
			   "indicators that the loaded sets do not hold (the "
			   "first %d are shown); expected ids of the loaded "
			   "indicator sets", u->count, u->instrument,
			   LIMIT_UNKNOWN_IDS_SHOWN);
	else if (loaded)
		diag_error(dl, path, u->line, u->column, "%zu answers name %s "
			   "indicators that the loaded sets do not hold (the "
			   "first %d are shown); expected ids of the loaded "
			   "indicator sets", u->count, u->instrument,
			   LIMIT_UNKNOWN_IDS_SHOWN);
	else if (u->columns)
		diag_error(dl, path, u->line, u->column, "%zu columns name %s "
			   "indicators, which no loaded set holds (the first "
			   "%d are shown); expected ids of the loaded "
			   "indicator sets", u->count, u->instrument,
			   LIMIT_UNKNOWN_IDS_SHOWN);
	else
		diag_error(dl, path, u->line, u->column, "%zu answers name %s "
			   "indicators, which no loaded set holds (the first "
			   "%d are shown); expected ids of the loaded "
			   "indicator sets", u->count, u->instrument,
			   LIMIT_UNKNOWN_IDS_SHOWN);
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
		    is_ignored_column(t->names[i]) ||
		    survey_metadata_column(t->names[i]) ||
		    csvtable_is_repeat(t, i))
			continue;
		csvtable_warn_unknown(&ld->table, row, i, false);
	}
	return csvtable_require(t, row, A_REQUIRED, _("an answers file needs "
				  "country, round, expert, indicator and "
				  "answer"));
}

/* Report a wide column that names no indicator of the set. */
static void unknown_wide_column(struct aloader *ld,
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
	else if (note_unknown(ld, t->keys[i], true, row->lines[i], label))
		diag_error(t->diags, t->path, row->lines[i], label,
			   "unknown indicator '%s' in header; expected an "
			   "indicator id of the loaded sets", name);
}

/* The indicator a survey column BASE names, past its group names. */
static bool find_base(const struct aloader *ld, const char *base,
		      size_t *ind)
{
	const char *part;

	if (indset_find(ld->t->set, base, ind))
		return true;
	part = survey_strip_groups(base, known_part, (void *)ld);
	return part && indset_find(ld->t->set, part, ind);
}

/* Is column i one choice of a select_multiple question ("grp/ID/a" or
 * "grp-ID/a", holding 0 or 1), ID a yes/no or choice indicator that takes
 * the answer a? Then it is noted, to be ignored beside ID's column. */
static bool choice_column(struct aloader *ld, size_t i)
{
	const char *name = ld->table.names[i], *choice;
	const struct indicator *ind;
	enum answer_class cls;
	size_t len, k;
	double score;
	char *base, *err = NULL;
	bool found, takes;

	if (!survey_choice_column(name, &len, &choice))
		return false;
	base = xstrndup(name, len);
	found = find_base(ld, base, &k);
	free(base);
	if (!found)
		return false;
	ind = &ld->t->set->items[k];
	takes = (ind->type.kind == ANSWER_YESNO ||
		 ind->type.kind == ANSWER_YESNOPARTIAL ||
		 ind->type.kind == ANSWER_CHOICE) &&
		answer_type_score(&ind->type, choice, &cls, &score, &err) &&
		cls == ANSWER_SCORED;
	free(err);
	if (takes) {
		GROW(ld->choices, ld->choices_cap, ld->nchoices + 1);
		ld->choices[ld->nchoices].column = i;
		ld->choices[ld->nchoices++].indicator = k;
	}
	return takes;
}

/*
 * A wide column other than country, round and expert: an indicator id
 * (the answers) or FIELD:ID (a field of the answers to ID), matched by its
 * key; a survey tool's own column and one choice of a select_multiple
 * question are ignored. *slot_of maps indicators to slots (plus one; 0
 * for none yet).
 */
static bool wide_column(struct aloader *ld, const struct csvin_row *row,
			size_t i, size_t *slot_of)
{
	const char *id;
	enum acol k = field_of(ld->table.keys[i], &id);
	size_t ind;

	if (!indset_find(ld->t->set, id, &ind)) {
		if (k == A_ANSWER &&
		    (survey_metadata_column(ld->table.names[i]) ||
		     choice_column(ld, i)))
			return true;
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

/* Report the choice columns of a select_multiple question whose own
 * column, with the answer, the file lacks. */
static bool check_choice_columns(struct aloader *ld,
				 const struct csvin_row *row,
				 const size_t *slot_of)
{
	const struct csvtable *t = &ld->table;
	bool ok = true;

	for (size_t j = 0; j < ld->nchoices; j++) {
		size_t i = ld->choices[j].column, k = ld->choices[j].indicator;
		const char *id = ld->t->set->items[k].id;
		char label[128];

		if (slot_of[k] &&
		    ld->slots[slot_of[k] - 1].where[A_ANSWER] >= 0)
			continue;
		csvtable_label(t, i, label, sizeof(label));
		diag_error(t->diags, t->path, row->lines[i], label,
			   "column '%s' holds one choice of a select_multiple "
			   "question, but the file has no column '%s' with its "
			   "answer; expected the answer in one column (export "
			   "select_multiple questions as a single column too)",
			   t->names[i], id);
		ok = false;
	}
	return ok;
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
		    csvtable_known(t, i) != A_LANG &&
		    !csvtable_is_repeat(t, i))
			ok = wide_column(ld, row, i, slot_of) && ok;
	ok = check_choice_columns(ld, row, slot_of) && ok;
	free(slot_of);
	ok = csvtable_require(t, row, A_EXPERT + 1, _("a wide answers file "
			        "needs country, round, expert and one column per "
			        "indicator id")) && ok;
	ok = check_answer_columns(ld, row, &any_answer) && ok;
	if (ok && !any_answer) {
		diag_error(t->diags, t->path, row->line, NULL,
			   "no indicator column; a wide answers file needs "
			   "country, round, expert and one column per "
			   "indicator id");
		ok = false;
	}
	return ok;
}

/* Does some column name an indicator of the set (by its key)? */
static bool any_indicator_column(const struct aloader *ld)
{
	size_t ind;

	for (size_t i = 0; i < ld->table.ncols; i++)
		if (indset_find(ld->t->set, ld->table.keys[i], &ind))
			return true;
	return false;
}

/* Does some column look like an indicator id with an instrument part
 * (TIP.5.L01), whether a loaded set holds it or not? */
static bool any_id_like_column(const struct aloader *ld)
{
	for (size_t i = 0; i < ld->table.ncols; i++) {
		const char *key = ld->table.keys[i];
		const char *dot = strchr(key, '.');
		bool like = dot && dot != key && dot[1] &&
			    !survey_metadata_column(key) &&
			    str_matches_class(key, ID_CHARS, ID_CHARS "._-",
					      LIMIT_ID_LEN);

		if (like)
			return true;
	}
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
		ld->wide = who && !long_only && (any_indicator_column(ld) ||
						 any_id_like_column(ld));
		break;
	case ANSWERS_WIDE:
		ld->wide = true;
		if (long_only) {
			enum acol k = where[A_INDICATOR] >= 0 ? A_INDICATOR
							      : A_ANSWER;
			diag_error(ld->table.diags, ld->table.path, row->line,
				   acol_names[k], "column '%s' belongs to a "
				   "long answers file; expected a wide one: "
				   "country, round, expert and one column per "
				   "indicator id", acol_names[k]);
			return false;
		}
		break;
	}
	return true;
}

/* A KoboToolbox export with labels as headers, which name no indicator:
 * one error saying how to export it, and true. */
static bool labels_export(const struct aloader *ld,
			  const struct csvin_row *row)
{
	const struct csvtable *t = &ld->table;
	bool long_file = t->where[A_INDICATOR] >= 0 && t->where[A_ANSWER] >= 0;
	long i = long_file || any_indicator_column(ld) ? -1
		: survey_labels_header(t->names, t->ncols);
	char label[128];

	if (i < 0)
		return false;
	csvtable_label(t, (size_t)i, label, sizeof(label));
	diag_error(t->diags, t->path, row->lines[i], label, "this is a "
		   "KoboToolbox export with labels as headers (question texts "
		   "such as '%s'), which name no indicator; expected the "
		   "questions' names: export the data again with \"XML values "
		   "and headers\" (KoboToolbox: Downloads, Value and header "
		   "format)", t->names[i]);
	return true;
}

/* Undo what spreadsheet-safe CSV writers do (publish/csvout.c): a cell
 * that starts with an apostrophe followed by =, +, -, @, a tab or a
 * carriage return had the apostrophe added; drop it, in place (a round
 * or an expert id that starts with '-' too). */
static void unneutralise(char *text)
{
	if (text[0] == '\'' && text[1] && strchr("=+-@\t\r", text[1]))
		memmove(text, text + 1, strlen(text));
}

/* The row filter (csvtable_select): is the assessment of the row's
 * country and round selected? They are read as read_row reads them, but
 * from copies, so that a row kept reaches read_row untouched; one too
 * long to copy is kept, for read_row to decide. */
static bool row_selected(void *ctx, const struct csvin_row *row)
{
	struct aloader *ld = ctx;
	const long *where = ld->slots[0].where;
	char who[2][LIMIT_ROUND_LEN + 8];

	for (size_t k = 0; k < 2; k++) {
		size_t len;
		const char *s = trim_span(row->fields[where[A_COUNTRY + k]],
					  &len);

		if (len >= sizeof(who[k]))
			return true;
		memcpy(who[k], s, len);
		who[k][len] = '\0';
		unneutralise(who[k]);
	}
	return tally_selects(ld->t, who[0], who[1]);
}

/* CSV table callback: repeats, layout, then the slots of the layout
 * (afresh for each sheet of a workbook). */
static bool read_header(void *ctx, const struct csvin_row *row)
{
	struct aloader *ld = ctx;
	bool ok = true;

	tally_new_source(ld->t);
	ld->nslots = 0;
	if (labels_export(ld, row))
		return false;
	for (size_t i = 0; i < ld->table.ncols; i++)
		if (csvtable_check_repeat(&ld->table, row, i))
			ok = false;
	if (!choose_layout(ld, row))
		return false;
	ok = (ld->wide ? wide_header(ld, row) : long_header(ld, row)) && ok;
	if (ok && ld->nslots &&
	    (ld->t->only_country || ld->t->only_round)) {
		const long *where = ld->slots[0].where;
		long who[2] = { where[A_COUNTRY], where[A_ROUND] };

		csvtable_select(&ld->table, who, 2, row_selected, ld);
	}
	return ok;
}


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
	return str_matches_class(s, ALNUM "._-", ALNUM "._-",
				 LIMIT_ROUND_LEN) &&
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

/* Report cell c, the round of the row (else its expert), unless valid:
 * the message says an id is 1 to limit letters, digits, '.', '_' or
 * '-'. */
static bool check_id_cell(const struct csvtable *t,
			  const struct csvtable_cell *c, bool round,
			  bool valid, int limit)
{
	const char *id = ALNUM "._-";
	char note[128];

	if (valid)
		return true;
	if (round)
		csvtable_cell_error(t, c, "round '%s' is not valid%s; expected "
				    "1 to %d letters, digits, '.', '_' or '-' "
				    "(not '.' or '..'), e.g. 2026 or 2026-03",
				    c->text, length_note(c->text, id, id, limit,
							 note, sizeof(note)),
				    limit);
	else
		csvtable_cell_error(t, c, "expert '%s' is not valid%s; "
				    "expected 1 to %d letters, digits, '.', "
				    "'_' or '-'", c->text,
				    length_note(c->text, id, id, limit, note,
						sizeof(note)), limit);
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
	ok = check_id_cell(t, round, true, answers_valid_round(round->text),
			   LIMIT_ROUND_LEN) && ok;
	ok = check_id_cell(t, expert, false,
			   str_matches_class(expert->text, ALNUM "._-",
					     ALNUM "._-", LIMIT_EXPERT_LEN),
			   LIMIT_EXPERT_LEN) && ok;
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
				    "(%s:%ld) gave up on this answer at "
				    "PCRE2's limits (%d steps, depth %d, heap "
				    "%d KiB); expected a simpler pattern or a "
				    "shorter answer", ind->valid_regex_text,
				    ind->id, ind->file, ind->line,
				    PATTERN_LIMITS_ARGS);
		break;
	}
	return false;
}

/* A given score (SPEC "score"): a number from 0 to 1 that replaces the
 * answer's own, on a scored answer only; an empty cell changes nothing. */
static bool check_score(const struct aloader *ld, const struct indicator *ind,
			const struct csvtable_cell *c, struct answer_row *ar)
{
	enum decimal_mark mark = ld->table.mark;
	char note[512];
	double v;

	if (!c->text[0])
		return true;
	if (!parse_number_mark(c->text, mark, &v) || v < 0 || v > 1) {
		csvtable_cell_error(&ld->table, c, "score '%s' is not valid%s; "
				    "expected a number from 0 to 1 or an empty "
				    "cell", c->text,
				    number_hint_note_mark(c->text, mark, note,
							  sizeof(note)));
		return false;
	}
	if (ar->cls != ANSWER_SCORED) {
		csvtable_cell_error(&ld->table, c, "score '%s' is given for an "
				    "answer that is not scored (indicator '%s'); "
				    "expected an empty cell", c->text, ind->id);
		return false;
	}
	ar->score = v + 0.0;
	return true;
}

/* An answer word of lang (oui, sans objet) that the type takes,
 * replaced in c by its canonical word (yes, n/a), so that reports and
 * merged sheets write the one word whatever the expert's language. */
static void canonical_answer(const struct indicator *ind,
			     struct csvtable_cell *c, const char *lang)
{
	const char *canon;

	if (!lang)
		return;
	canon = answer_words_canonical(lang, ind->type.kind, c->text);
	/* The cell is borrowed (the row's own field, which may be shorter
	 * than the canonical word: 是 for yes): point it at the table's
	 * word, which is only read from here on (tally_add copies it). */
	if (canon && strcmp(canon, c->text))
		c->text = (char *)canon;
}

/* Report answer c that indicator ind's type refuses (err says why),
 * naming the words the declared lang also takes. */
static void answer_error(const struct aloader *ld,
			 const struct indicator *ind,
			 const struct csvtable_cell *c, const char *err,
			 const char *lang)
{
	struct strbuf words;

	strbuf_init(&words);
	if (lang && strcmp(lang, "en"))
		answer_words_describe(lang, ind->type.kind, &words);
	if (words.len)
		csvtable_cell_error(&ld->table, c, "%s (indicator '%s'); in "
				    "'%s' (the answers' lang) also %s", err,
				    ind->id, lang, words.buf);
	else
		csvtable_cell_error(&ld->table, c, "%s (indicator '%s')", err,
				    ind->id);
	strbuf_release(&words);
}

/* Score the answer c to indicator i into ar: its type (in the words of
 * lang, when the answers declare one), an n/a it forbids, a given score,
 * then valid_regex. A number written with a decimal comma (in a ';'
 * file) is kept with a point, as every other file writes it. */
static bool check_answer(const struct aloader *ld, size_t i,
			 struct csvtable_cell *c,
			 const struct csvtable_cell *score,
			 struct answer_row *ar, const char *lang)
{
	const struct indicator *ind = &ld->t->set->items[i];
	enum decimal_mark mark = ld->table.mark;
	char *err = NULL;

	if (ind->type.kind == ANSWER_SCALE ||
	    ind->type.kind == ANSWER_PERCENT ||
	    ind->type.kind == ANSWER_NUMBER)
		number_comma_to_point(c->text, mark);
	canonical_answer(ind, c, lang);
	if (!answer_type_score_mark(&ind->type, c->text, mark, &ar->cls,
				    &ar->score, &err)) {
		answer_error(ld, ind, c, err, lang);
		free(err);
		return false;
	}
	if (ar->cls == ANSWER_NA && ind->na_forbidden) {
		csvtable_cell_error(&ld->table, c, "answer 'n/a' is not allowed "
				    "for indicator '%s', a core obligation that "
				    "applies to every State; expected an answer "
				    "of its type, unknown or an empty cell",
				    ind->id);
		return false;
	}
	if (!check_score(ld, ind, score, ar))
		return false;
	if (!ind->valid_regex ||
	    (ar->cls != ANSWER_SCORED && ar->cls != ANSWER_TEXT_GIVEN))
		return true;
	return check_regex(&ld->table, ind, c);
}

/*
 * Check the answer in slot s of row and, when it and who_ok hold, add it
 * to the tally. who holds the row's country, round and expert; lang the
 * language its answers are written in (NULL: English).
 */
static void read_slot(struct aloader *ld, const struct csvin_row *row,
		      const struct aslot *s, const struct csvtable_cell *who,
		      bool who_ok, const char *lang)
{
	const struct csvtable *t = &ld->table;
	struct csvtable_cell c[NACOLS];
	char empty[NACOLS][1];
	struct answer_row ar = { .file = t->path, .sheet = t->sheet };
	size_t i = s->indicator;
	bool ok = who_ok;

	for (size_t k = A_INDICATOR; k < NACOLS; k++)
		csvtable_cell_borrow(&c[k], t, row, s->where[k], k, empty[k]);
	for (size_t k = A_ANSWER; k < NACOLS; k++)
		unneutralise(c[k].text);
	if (!parse_confidence(c[A_CONFIDENCE].text, &ar.confidence)) {
		csvtable_cell_error(t, &c[A_CONFIDENCE], "confidence '%s' is "
				    "not valid; expected 1, 2, 3, low, medium, "
				    "high or an empty cell",
				    c[A_CONFIDENCE].text);
		ok = false;
	}
	if (s->where[A_INDICATOR] >= 0 &&
	    !indset_find(ld->t->set, c[A_INDICATOR].text, &i)) {
		if (note_unknown(ld, c[A_INDICATOR].text, false,
				 c[A_INDICATOR].line, c[A_INDICATOR].column))
			csvtable_cell_error(t, &c[A_INDICATOR], "unknown "
					    "indicator '%s'; expected an id "
					    "from the loaded indicator sets",
					    c[A_INDICATOR].text);
		ok = false;
	} else if (!check_answer(ld, i, &c[A_ANSWER], &c[A_SCORE], &ar,
				 lang)) {
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
		tally_add(ld->t, &ar, t->diags);
	}
}

/* The language the row's answers are written in: its lang cell, else
 * the tally's (--lang), NULL for English only. A lang cell naming a
 * language without answer words is an error (*ok false). */
static const char *row_lang(const struct aloader *ld,
			    const struct csvtable_cell *c, bool *ok)
{
	const char *lang = c->text[0] ? c->text : ld->t->lang;

	if (c->text[0] && !answer_words_has_lang(c->text)) {
		csvtable_cell_error(&ld->table, c, "lang '%s' has no answer "
				    "words; expected ar, en, es, fr, ru or "
				    "zh, or an empty cell", c->text);
		*ok = false;
		return NULL;
	}
	return lang && answer_words_has_lang(lang) ? lang : NULL;
}

/* CSV table callback: every answer of one data row, one (long) or one
 * per indicator (wide); reading goes on. */
static bool read_row(void *ctx, const struct csvin_row *row)
{
	struct aloader *ld = ctx;
	const struct csvtable *t = &ld->table;
	const long *where = ld->slots[0].where;
	struct csvtable_cell who[A_EXPERT + 1], lang_cell;
	char empty[A_EXPERT + 1][1], lang_empty[1];
	const char *lang;
	bool who_ok;

	for (size_t k = A_COUNTRY; k <= A_EXPERT; k++) {
		csvtable_cell_borrow(&who[k], t, row, where[k], k, empty[k]);
		unneutralise(who[k].text);
	}
	if (!tally_selects(ld->t, who[A_COUNTRY].text, who[A_ROUND].text)) {
		ld->t->skipped++;
		return true;
	}
	csvtable_cell_borrow(&lang_cell, t, row, where[A_LANG], A_LANG,
			     lang_empty);
	who_ok = check_who(t, &who[A_COUNTRY], &who[A_ROUND], &who[A_EXPERT]);
	lang = row_lang(ld, &lang_cell, &who_ok);
	for (size_t j = 0; j < ld->nslots; j++)
		read_slot(ld, row, &ld->slots[j], who, who_ok, lang);
	return true;
}

static const struct csvtable_spec answers_spec = {
	.columns = acol_names,
	.ncolumns = NACOLS,
	.empty = N_("a header row (country, round, expert, indicator, "
		     "answer)"),
	.header = read_header,
	.row = read_row,
	.workbooks = true,
	.key = answer_key,
};

/* The summaries of the unknown ids, then what the loader holds. */
static void finish_file(struct aloader *ld)
{
	for (size_t i = 0; i < ld->nunknown; i++) {
		summarise_unknown(ld, &ld->unknown[i]);
		free(ld->unknown[i].instrument);
		free(ld->unknown[i].column);
	}
	free(ld->unknown);
	free(ld->choices);
	free(ld->slots);
}

/* Read one file; the header settles the layout. */
enum diag_status answers_load(struct tally *t, const char *path,
			      enum answers_layout layout,
			      const struct csvin_options *opts,
			      struct diag_list *diags)
{
	struct aloader ld = { .t = t, .layout = layout };
	struct csvtable_spec spec = answers_spec;
	size_t errors_before = diags->errors;
	enum diag_status st;

	if (layout == ANSWERS_WIDE)
		spec.empty = N_("a header row (country, round, expert and "
				"one column per indicator id)");
	st = csvtable_read(&ld.table, path, &spec, opts, &ld, diags);
	sources_add(&t->sources, "answers", path, ld.table.sha256);
	t->skipped += ld.table.skipped;
	finish_file(&ld);
	if (st == DIAG_OK && diags->errors > errors_before)
		st = DIAG_INVALID;
	return st;
}

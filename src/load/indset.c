/* SPDX-License-Identifier: Apache-2.0 */
/*
 * indset.c - loading indicator set CSV files: the header (required,
 * optional, translation and unknown columns), every cell of every row
 * checked against SPEC, article titles and weights kept consistent across
 * rows, and depends_on resolved once all files are in.
 */
#include "config.h"
#include "load/indset.h"
#include "load/csvtable.h"
#include "base/xalloc.h"
#include "base/strbuf.h"
#include "base/text.h"
#include "base/limits.h"
#include "load/pattern.h"
#include "base/i18n.h"

#include <math.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

enum col {
	COL_ID,
	COL_INSTRUMENT,
	COL_ARTICLE,
	COL_DIMENSION,
	COL_QUESTION,
	COL_ANSWER_TYPE,
	COL_ARTICLE_TITLE,
	COL_PARAGRAPH,
	COL_OBLIGATION,
	COL_WEIGHT,
	COL_ARTICLE_WEIGHT,
	COL_SCORING,
	COL_GUIDE_REF,
	COL_TA_CATEGORY,
	COL_CROSS_REF,
	COL_CRIME_TYPE,
	COL_DEPENDS_ON,
	COL_VALID_REGEX,
	COL_ALTERNATIVE,
	COL_ROLE,
	COL_NA,
	COL_RECOMMENDATION,
	COL_CLUSTER,
	COL_BENEFICIARY,
	COL_ACTIVITY,
	COL_MODEL_LAW,
	NCOLS,
	COL_REQUIRED = COL_ANSWER_TYPE + 1,	/* the first NCOLS_REQUIRED */
};

static const char *const col_names[NCOLS] = {
	"id", "instrument", "article", "dimension", "question",
	"answer_type", "article_title", "paragraph", "obligation", "weight",
	"article_weight", "scoring", "guide_ref", "ta_category", "cross_ref",
	"crime_type", "depends_on", "valid_regex", "alternative", "role", "na",
	"recommendation", "cluster", "beneficiary", "activity", "model_law",
};

/* The UNTOC Review Mechanism's thematic clusters. */
static const char *const cluster_names[] = {
	"criminalization-jurisdiction", "prevention-assistance-protection",
	"law-enforcement-judicial", "international-cooperation", NULL,
};

/* The kinds of technical assistance activity. */
static const char *const activity_names[] = {
	"legislative-drafting", "training", "institutional-development",
	"equipment", "data-systems", "awareness", NULL,
};

/* What each column of the file is. */
enum col_role {
	ROLE_KNOWN,
	ROLE_QUESTION_LANG,
	ROLE_TITLE_LANG,
	ROLE_RECOMMENDATION_LANG,
	ROLE_GUIDE_LANG,
	ROLE_UNKNOWN,
};

struct col_info {
	enum col_role role;
	char lang[3];		/* of a translation column */
};

struct loader {
	struct indset *set;
	struct csvtable table;
	struct col_info *cols;	/* one per header column */
	long header_line;	/* 0 until the header is read */
	size_t rows;		/* data rows read */
};

/* An empty set with the two dimensions every set has. */
void indset_init(struct indset *set)
{
	memset(set, 0, sizeof(*set));
	strmap_init(&set->ids);
	GROW(set->dimensions, set->dimensions_cap, 2);
	set->dimensions[0] = xstrdup("legislative");
	set->dimensions[1] = xstrdup("implementation");
	set->ndimensions = 2;
}

/* Free a ;-separated list. */
static void str_list_release(struct str_list *l)
{
	for (size_t i = 0; i < l->count; i++)
		free(l->items[i]);
	free(l->items);
}

/* Free n translations and the array. */
static void translations_free(struct translation *t, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(t[i].lang);
		free(t[i].question);
		free(t[i].article_title);
		free(t[i].recommendation);
		free(t[i].guide_ref);
	}
	free(t);
}

/* Free everything one indicator owns. */
static void indicator_release(struct indicator *ind)
{
	free(ind->id);
	free(ind->paragraph);
	free(ind->question);
	free(ind->answer_type_text);
	answer_type_release(&ind->type);
	free(ind->guide_ref);
	str_list_release(&ind->ta_categories);
	str_list_release(&ind->cross_refs);
	str_list_release(&ind->crime_types);
	free(ind->parent_id);
	free(ind->parent_value);
	free(ind->parent_scores);
	free(ind->alternative);
	free(ind->recommendation);
	free(ind->cluster);
	str_list_release(&ind->beneficiaries);
	free(ind->activity);
	free(ind->model_law);
	pattern_free(ind->valid_regex);
	free(ind->valid_regex_text);
	translations_free(ind->translations, ind->ntranslations);
}

/* Free the whole set; it is left zeroed. */
void indset_release(struct indset *set)
{
	for (size_t i = 0; i < set->count; i++)
		indicator_release(&set->items[i]);
	free(set->items);
	strmap_release(&set->ids);
	for (size_t i = 0; i < set->ninstruments; i++) {
		struct instrument *ins = &set->instruments[i];
		for (size_t j = 0; j < ins->narticles; j++) {
			free(ins->articles[j].label);
			free(ins->articles[j].title);
			translations_free(ins->articles[j].titles,
					  ins->articles[j].ntitles);
		}
		free(ins->articles);
		free(ins->code);
	}
	free(set->instruments);
	for (size_t u = 0; u < set->nunits; u++)
		free(set->units[u].members);
	free(set->units);
	for (size_t i = 0; i < set->ndimensions; i++)
		free(set->dimensions[i]);
	free(set->dimensions);
	free(set->order);
	for (size_t i = 0; i < set->nfiles; i++)
		free(set->files[i]);
	free(set->files);
	sources_release(&set->sources);
	memset(set, 0, sizeof(*set));
}

/* Follow-up ind applies after its parent's score? (indset.h) Scores
 * closer than a billionth are the same answer's. */
bool indicator_follow_up_applies(const struct indicator *ind,
				 bool has_score, double score)
{
	bool listed = false;

	if (!has_score)
		return true;
	for (size_t k = 0; k < ind->nparent_scores; k++)
		if (fabs(score - ind->parent_scores[k]) <= 1e-9)
			listed = true;
	return ind->parent_negated ? !listed : listed;
}

/* Indicator ids are hashed once, when each is added. */
bool indset_find(const struct indset *set, const char *id, size_t *index)
{
	return strmap_get(&set->ids, id, index);
}

/* The article ind belongs to, through its instrument. */
const struct article *indset_article(const struct indset *set,
				     const struct indicator *ind)
{
	return &set->instruments[ind->instrument].articles[ind->article];
}

/* The text at offset field of struct translation (question,
 * article_title, recommendation) in the first of the n translations
 * into lang that gives it, or NULL (also when lang is NULL). */
static const char *translated(const struct translation *t, size_t n,
			      const char *lang, size_t field)
{
	for (size_t k = 0; lang && k < n; k++) {
		const char *text = *(char *const *)((const char *)&t[k] +
						    field);

		if (!strcmp(t[k].lang, lang) && text)
			return text;
	}
	return NULL;
}

/* The first question@LANG given, or the default question. */
const char *indset_question(const struct indset *set, size_t i,
			    const char *lang)
{
	const struct indicator *ind = &set->items[i];
	const char *text = translated(ind->translations, ind->ntranslations,
				      lang,
				      offsetof(struct translation, question));

	return text ? text : ind->question;
}

/* The first article_title@LANG given, or the default title. */
const char *indset_article_title(const struct article *art,
				 const char *lang)
{
	const char *text = translated(art->titles, art->ntitles, lang,
				      offsetof(struct translation,
					       article_title));

	return text ? text : art->title;
}

/* The first recommendation@LANG given, or the default one ("" when
 * none). */
const char *indset_recommendation(const struct indset *set, size_t i,
				  const char *lang)
{
	const struct indicator *ind = &set->items[i];
	const char *text = translated(ind->translations, ind->ntranslations,
				      lang, offsetof(struct translation,
						     recommendation));

	if (text)
		return text;
	return ind->recommendation ? ind->recommendation : "";
}

/* The first guide_ref@LANG given, or the default reference. */
const char *indset_guide_ref(const struct indset *set, size_t i,
			     const char *lang)
{
	const struct indicator *ind = &set->items[i];
	const char *text = translated(ind->translations, ind->ntranslations,
				      lang,
				      offsetof(struct translation, guide_ref));

	return text ? text : ind->guide_ref;
}

/* The name an obligation has in indicator sets and reports. */
const char *obligation_name(enum obligation o)
{
	switch (o) {
	case OBLIGATION_MANDATORY: return "mandatory";
	case OBLIGATION_CONSIDER: return "consider";
	case OBLIGATION_OPTIONAL: return "optional";
	}
	return "mandatory";
}

/* Is s a language code as translation columns need it ([a-z]{2})? */
static bool is_lang_code(const char *s)
{
	return strlen(s) == 2 && s[0] >= 'a' && s[0] <= 'z' &&
	       s[1] >= 'a' && s[1] <= 'z';
}

/* Set the role of column i: known, a translation or unknown. A
 * translation column without a valid language is an error: false. */
static bool classify_column(struct loader *ld, const struct csvin_row *row,
			    size_t i)
{
	const struct csvtable *t = &ld->table;
	struct col_info *c = &ld->cols[i];
	const char *name = t->names[i];
	const char *at = strchr(name, '@');
	char label[128];

	c->role = csvtable_known(t, i) < NCOLS ? ROLE_KNOWN : ROLE_UNKNOWN;
	if (c->role == ROLE_KNOWN || !at ||
	    (strncmp(name, "question@", 9) &&
	     strncmp(name, "article_title@", 14) &&
	     strncmp(name, "recommendation@", 15) &&
	     strncmp(name, "guide_ref@", 10)))
		return true;
	if (!is_lang_code(at + 1)) {
		csvtable_label(t, i, label, sizeof(label));
		diag_error(t->diags, t->path, row->lines[i], label,
			   "translation column '%s' needs a language; expected "
			   "a two-letter lowercase ISO 639-1 code, e.g. "
			   "question@fr", name);
		return false;
	}
	c->role = name[0] == 'q' ? ROLE_QUESTION_LANG
		  : name[0] == 'a' ? ROLE_TITLE_LANG
		  : name[0] == 'g' ? ROLE_GUIDE_LANG
				   : ROLE_RECOMMENDATION_LANG;
	memcpy(c->lang, at + 1, 3);
	return true;
}

/* CSV table callback: classify every header cell; report repeats,
 * unknown and missing columns. */
static bool read_header(void *ctx, const struct csvin_row *row)
{
	struct loader *ld = ctx;
	const struct csvtable *t = &ld->table;
	bool ok = true;

	ld->cols = xcalloc(t->ncols, sizeof(*ld->cols));
	ld->header_line = row->line;
	for (size_t i = 0; i < t->ncols; i++) {
		if (!classify_column(ld, row, i)) {
			ok = false;
			continue;
		}
		if (csvtable_check_repeat(t, row, i))
			ok = false;
		else if (ld->cols[i].role == ROLE_UNKNOWN)
			csvtable_warn_unknown(&ld->table, row, i, true);
	}
	return csvtable_require(t, row, COL_REQUIRED, _("an indicator set needs "
				  "id, instrument, article, dimension, question "
				  "and answer_type")) && ok;
}

/* The set's copy of path, shared by the indicators read from it. */
static const char *intern_file(struct indset *set, const char *path)
{
	for (size_t i = 0; i < set->nfiles; i++)
		if (!strcmp(set->files[i], path))
			return set->files[i];
	GROW(set->files, set->files_cap, set->nfiles + 1);
	set->files[set->nfiles] = xstrdup(path);
	return set->files[set->nfiles++];
}

/* The instrument with this code, created on first sight. */
static size_t find_or_add_instrument(struct indset *set, const char *code)
{
	for (size_t i = 0; i < set->ninstruments; i++)
		if (!strcmp(set->instruments[i].code, code))
			return i;
	GROW(set->instruments, set->instruments_cap, set->ninstruments + 1);
	set->instruments[set->ninstruments].code = xstrdup(code);
	return set->ninstruments++;
}

/* The dimension with this name, created on first sight. */
static size_t find_or_add_dimension(struct indset *set, const char *name)
{
	for (size_t i = 0; i < set->ndimensions; i++)
		if (!strcmp(set->dimensions[i], name))
			return i;
	GROW(set->dimensions, set->dimensions_cap, set->ndimensions + 1);
	set->dimensions[set->ndimensions] = xstrdup(name);
	return set->ndimensions++;
}

/* The article of an instrument, created on first sight; *created says. */
static size_t find_or_add_article(struct instrument *ins, const char *label,
				  bool *created)
{
	*created = false;
	for (size_t i = 0; i < ins->narticles; i++)
		if (!strcmp(ins->articles[i].label, label))
			return i;
	GROW(ins->articles, ins->cap, ins->narticles + 1);
	ins->articles[ins->narticles].label = xstrdup(label);
	ins->articles[ins->narticles].title = xstrdup("");
	*created = true;
	return ins->narticles++;
}


/* Split a ;-separated cell into trimmed, non-empty items. */
static void split_list(const char *s, struct str_list *out)
{
	size_t cap = 0;
	const char *start = s;

	memset(out, 0, sizeof(*out));
	for (;;) {
		const char *end = strchr(start, ';');
		size_t len = end ? (size_t)(end - start) : strlen(start);
		char *raw = xstrndup(start, len);
		char *item = trim_dup(raw);

		free(raw);
		if (item[0]) {
			GROW(out->items, cap, out->count + 1);
			out->items[out->count++] = item;
		} else {
			free(item);
		}
		if (!end)
			break;
		start = end + 1;
	}
}

#define ID_FIRST "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
#define ID_REST ID_FIRST "._-"
#define LOWER "abcdefghijklmnopqrstuvwxyz"

/* Check and store the article's title and weight from one row. */
static void set_article_facts(struct loader *ld, const struct csvtable_cell *c,
			      struct indicator *ind, double article_weight,
			      bool created)
{
	const struct csvtable *t = &ld->table;
	const struct instrument *ins = &ld->set->instruments[ind->instrument];
	struct article *art = &ins->articles[ind->article];
	const char *title = c[COL_ARTICLE_TITLE].text;

	if (created) {
		art->weight = article_weight;
		art->weight_file = ind->file;
		art->weight_line = ind->line;
	} else if (art->weight != article_weight) {
		csvtable_cell_error(t, &c[COL_ARTICLE_WEIGHT], "article_weight "
				    "%g differs from %g given for %s article "
				    "%s at %s:%ld; expected the same "
				    "article_weight on every row of an article "
				    "(an empty cell is 1)", article_weight,
				    art->weight, ins->code, art->label,
				    art->weight_file, art->weight_line);
	}
	if (title[0] && !art->title[0]) {
		free(art->title);
		art->title = xstrdup(title);
	} else if (title[0] && strcmp(title, art->title)) {
		csvtable_cell_warning(t, &c[COL_ARTICLE_TITLE], "article_title "
				      "differs from the title given earlier "
				      "for this article ('%s'); the first is "
				      "kept", art->title);
	}
}

/* Keep article_title@LANG of one row: the first title in a language
 * wins. Takes text. */
static void add_article_title(struct article *art, const char *lang,
			      char *text)
{
	size_t cap = art->ntitles;

	for (size_t k = 0; k < art->ntitles; k++)
		if (!strcmp(art->titles[k].lang, lang)) {
			free(text);
			return;
		}
	GROW(art->titles, cap, art->ntitles + 1);
	art->titles[art->ntitles].lang = xstrdup(lang);
	art->titles[art->ntitles++].article_title = text;
}

/* Keep question@LANG, recommendation@LANG or guide_ref@LANG (role) of
 * an indicator, one entry per language. Takes text. */
static void add_translation(struct indicator *ind, size_t *cap,
			    const char *lang, enum col_role role, char *text)
{
	struct translation *t = NULL;

	for (size_t k = 0; k < ind->ntranslations && !t; k++)
		if (!strcmp(ind->translations[k].lang, lang))
			t = &ind->translations[k];
	if (!t) {
		GROW(ind->translations, *cap, ind->ntranslations + 1);
		t = &ind->translations[ind->ntranslations++];
		t->lang = xstrdup(lang);
	}
	if (role == ROLE_QUESTION_LANG && !t->question)
		t->question = text;
	else if (role == ROLE_RECOMMENDATION_LANG && !t->recommendation)
		t->recommendation = text;
	else if (role == ROLE_GUIDE_LANG && !t->guide_ref)
		t->guide_ref = text;
	else
		free(text);
}

/* Keep the translations of one row: question@LANG, article_title@LANG,
 * recommendation@LANG and guide_ref@LANG. */
static void read_translations(struct loader *ld, const struct csvin_row *row,
			      struct indicator *ind)
{
	struct article *art =
		&ld->set->instruments[ind->instrument].articles[ind->article];
	size_t cap = 0;

	for (size_t i = 0; i < ld->table.ncols; i++) {
		const struct col_info *c = &ld->cols[i];
		char *text;

		if (c->role != ROLE_QUESTION_LANG && c->role != ROLE_TITLE_LANG &&
		    c->role != ROLE_RECOMMENDATION_LANG &&
		    c->role != ROLE_GUIDE_LANG)
			continue;
		text = trim_dup(row->fields[i]);
		if (!text[0])
			free(text);
		else if (c->role == ROLE_TITLE_LANG)
			add_article_title(art, c->lang, text);
		else
			add_translation(ind, &cap, c->lang, c->role, text);
	}
}

/* A code cell of the character class [first][rest]* and at most max
 * long; else an error at c saying what was expected. */
static bool check_code(struct loader *ld, const struct csvtable_cell *c,
		       const char *first, const char *rest, size_t max,
		       const char *expected)
{
	char note[128];

	if (str_matches_class(c->text, first, rest, max))
		return true;
	csvtable_cell_error(&ld->table, c, "%s '%s' is not valid%s; "
			    "expected %s", c->column, c->text,
			    length_note(c->text, first, rest, max, note,
					sizeof(note)), expected);
	return false;
}

/* The codes that place the indicator, and its question: id (unique
 * across files), instrument, article and dimension. */
static bool check_codes(struct loader *ld, const struct csvtable_cell *c)
{
	const struct csvtable *t = &ld->table;
	const struct indset *set = ld->set;
	const char *dim = c[COL_DIMENSION].text;
	char expect[512];
	bool ok;
	size_t dup;

	snprintf(expect, sizeof(expect), _("a letter or digit then up to %d "
		   "letters, digits, '.', '_' or '-'"), LIMIT_ID_LEN - 1);
	ok = check_code(ld, &c[COL_ID], ID_FIRST, ID_REST, LIMIT_ID_LEN,
			expect);
	if (ok && indset_find(set, c[COL_ID].text, &dup)) {
		csvtable_cell_error(t, &c[COL_ID], "duplicate indicator id "
				    "'%s'; first defined at %s:%ld",
				    c[COL_ID].text, set->items[dup].file,
				    set->items[dup].line);
		ok = false;
	}
	snprintf(expect, sizeof(expect), _("UNTOC, TIP, SOM, FP or another short "
		   "code (letters, digits, '_' or '-', at most %d)"),
		 LIMIT_INSTRUMENT_LEN);
	ok = check_code(ld, &c[COL_INSTRUMENT], ID_FIRST, ID_FIRST "_-",
			LIMIT_INSTRUMENT_LEN, expect) && ok;
	snprintf(expect, sizeof(expect), _("an article label such as 5, 16 or 34 "
		   "(letters, digits, '.', '_' or '-', at most %d)"),
		 LIMIT_ARTICLE_LEN);
	ok = check_code(ld, &c[COL_ARTICLE], ID_FIRST, ID_REST,
			LIMIT_ARTICLE_LEN, expect) && ok;
	snprintf(expect, sizeof(expect), _("legislative, implementation or "
		   "another lowercase name of at most %d characters (not "
		   "'combined')"),
		 LIMIT_DIMENSION_LEN);
	if (!strcmp(dim, "combined")) {
		csvtable_cell_error(t, &c[COL_DIMENSION], "dimension '%s' is not "
				    "valid; expected %s", dim, expect);
		ok = false;
	} else {
		ok = check_code(ld, &c[COL_DIMENSION], LOWER,
				LOWER "0123456789_-", LIMIT_DIMENSION_LEN,
				expect) && ok;
	}
	if (!c[COL_QUESTION].text[0]) {
		csvtable_cell_error(t, &c[COL_QUESTION], "question is empty; "
				    "expected the question put to the expert");
		ok = false;
	}
	return ok;
}

/* The answer type and its scoring; an error is reported at the column
 * at fault. */
static bool read_type(struct loader *ld, const struct csvtable_cell *c,
		      struct indicator *ind)
{
	const struct csvtable *t = &ld->table;
	enum answer_type_field field;
	char *err = NULL;

	if (answer_type_parse_mark(&ind->type, ind->answer_type_text,
				   c[COL_SCORING].text, t->mark, &err, &field))
		return true;
	if (field == ANSWER_FIELD_SCORING && t->where[COL_SCORING] < 0)
		csvtable_cell_error(t, &c[COL_ANSWER_TYPE], "%s (the file has "
				    "no scoring column)", err);
	else if (field == ANSWER_FIELD_SCORING)
		csvtable_cell_error(t, &c[COL_SCORING], "%s", err);
	else
		csvtable_cell_error(t, &c[COL_ANSWER_TYPE], "%s", err);
	free(err);
	return false;
}

/* A weight cell (weight, article_weight) into *out: empty is 1, else a
 * number from LIMIT_WEIGHT_MIN to LIMIT_WEIGHT_MAX, so that no sum of
 * weights overflows or drowns a weight; else an error at c. */
static bool read_weight(struct loader *ld, const struct csvtable_cell *c,
			double *out)
{
	enum decimal_mark mark = ld->table.mark;
	char note[512];
	const char *why;

	*out = 1;
	if (!c->text[0])
		return true;
	if (parse_number_mark(c->text, mark, out) &&
	    *out >= LIMIT_WEIGHT_MIN && *out <= LIMIT_WEIGHT_MAX)
		return true;
	why = parse_number_mark(c->text, mark, out) && *out > 0
		? _(" (beyond the limits)")
		: number_hint_note_mark(c->text, mark, note, sizeof(note));
	csvtable_cell_error(&ld->table, c, "%s '%s' is not valid%s; expected a "
			    "number from %s to %s (empty means 1)", c->column,
			    c->text, why, LIMIT_STR(LIMIT_WEIGHT_MIN),
			    LIMIT_STR(LIMIT_WEIGHT_MAX));
	return false;
}

/* How much the indicator counts: its obligation, its weight and its
 * article's weight (in *article_weight). */
static bool read_weights(struct loader *ld, const struct csvtable_cell *c,
			 struct indicator *ind, double *article_weight)
{
	const struct csvtable *t = &ld->table;
	const char *obligation = c[COL_OBLIGATION].text;
	bool ok = true;

	if (!obligation[0] || !strcmp(obligation, "mandatory")) {
		ind->obligation = OBLIGATION_MANDATORY;
	} else if (!strcmp(obligation, "consider")) {
		ind->obligation = OBLIGATION_CONSIDER;
	} else if (!strcmp(obligation, "optional")) {
		ind->obligation = OBLIGATION_OPTIONAL;
	} else {
		csvtable_cell_error(t, &c[COL_OBLIGATION], "obligation '%s' is "
				    "not valid; expected mandatory, consider or "
				    "optional", obligation);
		ok = false;
	}
	ok = read_weight(ld, &c[COL_WEIGHT], &ind->weight) && ok;
	return read_weight(ld, &c[COL_ARTICLE_WEIGHT], article_weight) && ok;
}

/* depends_on ID=VALUE, resolved later by indset_finish. */
static bool read_depends_on(struct loader *ld, const struct csvtable_cell *c,
			    struct indicator *ind)
{
	const char *text = c[COL_DEPENDS_ON].text;
	const char *eq = strchr(text, '=');
	bool negated = eq && eq > text && eq[-1] == '!';
	const char *id_end = negated ? eq - 1 : eq;
	char *pid;

	if (!text[0])
		return true;
	if (!eq || id_end == text || !eq[1]) {
		csvtable_cell_error(&ld->table, &c[COL_DEPENDS_ON], "depends_on "
				    "'%s' is not valid; expected ID=VALUE, "
				    "ID=V1|V2 or ID!=VALUE, e.g. "
				    "UNTOC.10.L01=yes|partial", text);
		return false;
	}
	pid = xstrndup(text, (size_t)(id_end - text));
	ind->parent_id = trim_dup(pid);
	ind->parent_value = trim_dup(eq + 1);
	ind->parent_negated = negated;
	ind->parent_mark = ld->table.mark;
	ind->has_parent = true;
	free(pid);
	return true;
}

/* valid_regex, compiled once for every answer to come. */
static bool read_valid_regex(struct loader *ld, const struct csvtable_cell *c,
			     struct indicator *ind)
{
	char *err = NULL;

	ind->valid_regex_text = xstrdup(c[COL_VALID_REGEX].text);
	if (!ind->valid_regex_text[0])
		return true;
	ind->valid_regex = pattern_new(ind->valid_regex_text, &err);
	if (ind->valid_regex)
		return true;
	csvtable_cell_error(&ld->table, &c[COL_VALID_REGEX], "valid_regex does "
			    "not compile: %s; expected a PCRE2 pattern", err);
	free(err);
	return false;
}

/* Is s one of the NULL-terminated names? */
static bool is_one_of(const char *s, const char *const *names)
{
	for (; *names; names++)
		if (!strcmp(s, *names))
			return true;
	return false;
}

/* An optional cell that must be one of names (empty: none). */
static bool read_choice(struct loader *ld, const struct csvtable_cell *c,
			const char *const *names, const char *expected,
			char **out)
{
	*out = xstrdup(c->text);
	if (!c->text[0] || is_one_of(c->text, names))
		return true;
	csvtable_cell_error(&ld->table, c, "%s '%s' is not valid; expected %s",
			    c->column, c->text, expected);
	return false;
}

/* The columns of the legal model: alternative, role and na (SPEC
 * Scoring 8, 9, 11). */
static bool read_legal_model(struct loader *ld, const struct csvtable_cell *c,
			     struct indicator *ind)
{
	const struct csvtable *t = &ld->table;
	const char *alt = c[COL_ALTERNATIVE].text;
	const char *role = c[COL_ROLE].text;
	const char *na = c[COL_NA].text;
	bool ok = true;

	if (alt[0])
		ind->alternative = xstrdup(alt);
	if (!strcmp(role, "screening") && ind->type.kind == ANSWER_TEXT) {
		csvtable_cell_error(t, &c[COL_ROLE], "a text indicator cannot "
				    "be a screening question; expected a scored "
				    "answer type, whose answer decides whether "
				    "its follow-ups apply");
		ok = false;
	} else if (!strcmp(role, "screening"))
		ind->role = INDICATOR_SCREENING;
	else if (role[0] && strcmp(role, "scored")) {
		csvtable_cell_error(t, &c[COL_ROLE], "role '%s' is not valid; "
				    "expected scored or screening", role);
		ok = false;
	}
	if (!strcmp(na, "no"))
		ind->na_forbidden = true;
	else if (na[0] && strcmp(na, "allowed")) {
		csvtable_cell_error(t, &c[COL_NA], "na '%s' is not valid; "
				    "expected allowed or no", na);
		ok = false;
	}
	return ok;
}

/* The technical assistance columns: recommendation, cluster,
 * beneficiary, activity and model_law. */
static bool read_assistance(struct loader *ld, const struct csvtable_cell *c,
			    struct indicator *ind)
{
	bool ok;

	ind->recommendation = xstrdup(c[COL_RECOMMENDATION].text);
	ind->model_law = xstrdup(c[COL_MODEL_LAW].text);
	split_list(c[COL_BENEFICIARY].text, &ind->beneficiaries);
	ok = read_choice(ld, &c[COL_CLUSTER], cluster_names,
			 "criminalization-jurisdiction, prevention-assistance-"
			 "protection, law-enforcement-judicial or "
			 "international-cooperation", &ind->cluster);
	return read_choice(ld, &c[COL_ACTIVITY], activity_names,
			   "legislative-drafting, training, institutional-"
			   "development, equipment, data-systems or awareness",
			   &ind->activity) && ok;
}

/* File a valid indicator under its instrument, article and dimension. */
static void add_indicator(struct loader *ld, const struct csvin_row *row,
			  const struct csvtable_cell *c, struct indicator *ind,
			  double article_weight)
{
	struct indset *set = ld->set;
	bool created;

	ind->instrument = find_or_add_instrument(set, c[COL_INSTRUMENT].text);
	ind->article = find_or_add_article(&set->instruments[ind->instrument],
					   c[COL_ARTICLE].text, &created);
	ind->dimension = find_or_add_dimension(set, c[COL_DIMENSION].text);
	set_article_facts(ld, c, ind, article_weight, created);
	read_translations(ld, row, ind);
	strmap_put(&set->ids, ind->id, set->count);
	GROW(set->items, set->cap, set->count + 1);
	set->items[set->count++] = *ind;
}

/* Is every cell of the row that the set reads within
 * LIMIT_SET_CELL_BYTES? Else report each one that is not. */
static bool check_cell_lengths(struct loader *ld, const struct csvin_row *row)
{
	const struct csvtable *t = &ld->table;
	char label[128];
	bool ok = true;

	for (size_t i = 0; i < t->ncols; i++) {
		size_t n = strlen(row->fields[i]);

		if (ld->cols[i].role == ROLE_UNKNOWN ||
		    n <= LIMIT_SET_CELL_BYTES)
			continue;
		csvtable_label(t, i, label, sizeof(label));
		diag_error(t->diags, t->path, row->lines[i], label, "%s is "
			   "longer than the limit of %d bytes (%zu bytes); "
			   "expected a shorter text", label,
			   LIMIT_SET_CELL_BYTES, n);
		ok = false;
	}
	return ok;
}

/* CSV table callback: read and check one indicator row, reporting every
 * problem; keep the indicator only when it has none. Past the limit on
 * indicators, reading stops. */
static bool read_indicator(void *ctx, const struct csvin_row *row)
{
	struct loader *ld = ctx;
	const struct csvtable *t = &ld->table;
	struct csvtable_cell c[NCOLS];
	struct indicator ind;
	double article_weight = 1;
	bool ok;

	ld->rows++;
	if (ld->set->count >= LIMIT_INDICATORS) {
		diag_error(t->diags, t->path, row->line, "id", "more than %d "
			   "indicators in the loaded sets, the limit; expected "
			   "at most %d (stopped reading this file)",
			   LIMIT_INDICATORS, LIMIT_INDICATORS);
		return false;
	}
	if (!check_cell_lengths(ld, row))
		return true;
	for (size_t k = 0; k < NCOLS; k++)
		csvtable_cell(&c[k], t, row, t->where[k], k);
	memset(&ind, 0, sizeof(ind));
	ind.file = intern_file(ld->set, t->path);
	ind.line = row->line;
	ind.id = xstrdup(c[COL_ID].text);
	ind.question = xstrdup(c[COL_QUESTION].text);
	ind.paragraph = xstrdup(c[COL_PARAGRAPH].text);
	ind.guide_ref = xstrdup(c[COL_GUIDE_REF].text);
	ind.answer_type_text = xstrdup(c[COL_ANSWER_TYPE].text);
	ok = check_codes(ld, c);
	ok = read_type(ld, c, &ind) && ok;
	ok = read_weights(ld, c, &ind, &article_weight) && ok;
	ok = read_depends_on(ld, c, &ind) && ok;
	ok = read_valid_regex(ld, c, &ind) && ok;
	ok = read_legal_model(ld, c, &ind) && ok;
	ok = read_assistance(ld, c, &ind) && ok;
	split_list(c[COL_TA_CATEGORY].text, &ind.ta_categories);
	split_list(c[COL_CROSS_REF].text, &ind.cross_refs);
	split_list(c[COL_CRIME_TYPE].text, &ind.crime_types);
	if (ok)
		add_indicator(ld, row, c, &ind, article_weight);
	else
		indicator_release(&ind);
	for (size_t k = 0; k < NCOLS; k++)
		csvtable_cell_release(&c[k]);
	return true;
}

static const struct csvtable_spec indset_spec = {
	.columns = col_names,
	.ncolumns = NCOLS,
	.empty = N_("a header row and at least one indicator"),
	.header = read_header,
	.row = read_indicator,
};

/* Read one file through csvtable; the columns are in col_names. A
 * file with a header and no row is an error. */
enum diag_status indset_load(struct indset *set, const char *path,
			     const struct csvin_options *opts,
			     struct diag_list *diags)
{
	struct loader ld = { .set = set };
	enum diag_status st;

	st = csvtable_read(&ld.table, path, &indset_spec, opts, &ld, diags);
	sources_add(&set->sources, "indicators", path, ld.table.sha256);
	free(ld.cols);
	if (st == DIAG_OK && ld.header_line && !ld.rows) {
		diag_error(diags, path, ld.header_line, "1", "the file has a "
			   "header but no indicator; expected %s",
			   _(indset_spec.empty));
		st = DIAG_INVALID;
	}
	return st;
}

/*
 * Put i and its not yet placed ancestors into the evaluation order,
 * parents first. Each indicator has at most one parent, so the walk is a
 * chain; it is iterative so that a long hostile chain cannot overflow the
 * stack. Returns false on a cycle.
 */
static bool place(struct indset *set, size_t i, unsigned char *state,
		  size_t *chain, size_t *n, struct diag_list *diags)
{
	size_t depth = 0, j = i;
	bool cycle = false;

	for (;;) {
		if (state[j] == 2)
			break;
		if (state[j] == 1) {
			cycle = true;
			break;
		}
		state[j] = 1;
		chain[depth++] = j;
		if (!set->items[j].has_parent)
			break;
		j = set->items[j].parent;
	}
	if (cycle) {
		const struct indicator *ind = &set->items[j];
		diag_error(diags, ind->file, ind->line, "depends_on",
			   "depends_on of '%s' forms a cycle; expected "
			   "follow-up questions to lead back to a question "
			   "that depends on nothing", ind->id);
		return false;
	}
	while (depth > 0) {
		size_t k = chain[--depth];
		state[k] = 2;
		set->order[(*n)++] = k;
	}
	return true;
}

/* The score of every answer listed in ind's depends_on ("V1|V2"), each
 * one a scored answer of parent. */
static void parent_answers(struct indicator *ind,
			   const struct indicator *parent,
			   struct diag_list *diags)
{
	char *copy = xstrdup(ind->parent_value), *save = NULL;

	for (char *v = strtok_r(copy, "|", &save); v;
	     v = strtok_r(NULL, "|", &save)) {
		enum answer_class cls;
		char *err = NULL, *value = trim_dup(v);
		double score;

		if (!answer_type_score_mark(&parent->type, value,
					    ind->parent_mark, &cls, &score,
					    &err) || cls != ANSWER_SCORED) {
			struct strbuf sb;
			strbuf_init(&sb);
			answer_type_describe_msg(&parent->type, &sb);
			diag_error(diags, ind->file, ind->line, "depends_on",
				   "'%s' is not a scored answer of '%s'; "
				   "expected %s", value, parent->id, sb.buf);
			strbuf_release(&sb);
		} else {
			ind->parent_scores = xrealloc(ind->parent_scores,
				(ind->nparent_scores + 1) *
				sizeof(*ind->parent_scores));
			ind->parent_scores[ind->nparent_scores++] = score;
		}
		free(err);
		free(value);
	}
	free(copy);
}

/* Resolve ind's depends_on: a known, scored parent other than itself,
 * and a parent value that is one of its scored answers. */
static void resolve_parent(struct indset *set, size_t i,
			   struct diag_list *diags)
{
	struct indicator *ind = &set->items[i];
	const struct indicator *parent;

	if (!indset_find(set, ind->parent_id, &ind->parent)) {
		diag_error(diags, ind->file, ind->line, "depends_on",
			   "depends_on names '%s', which is not an indicator "
			   "of the loaded sets; expected ID=VALUE with a known "
			   "ID", ind->parent_id);
		return;
	}
	parent = &set->items[ind->parent];
	if (ind->parent == i) {
		diag_error(diags, ind->file, ind->line, "depends_on",
			   "'%s' depends on itself; expected another "
			   "indicator", ind->id);
	} else if (parent->type.kind == ANSWER_TEXT) {
		diag_error(diags, ind->file, ind->line, "depends_on",
			   "depends_on names '%s', a text indicator, which has "
			   "no score; expected a scored indicator", parent->id);
	} else {
		parent_answers(ind, parent, diags);
	}
}

/* Resolve every depends_on, then order parents before follow-ups. */
bool indset_finish(struct indset *set, struct diag_list *diags)
{
	size_t errors_before = diags->errors;
	unsigned char *state;
	size_t *chain;
	size_t n = 0;

	for (size_t i = 0; i < set->count; i++)
		if (set->items[i].has_parent)
			resolve_parent(set, i, diags);
	if (diags->errors > errors_before)
		return false;

	free(set->order);
	set->order = xcalloc(set->count, sizeof(*set->order));
	state = xcalloc(set->count, 1);
	chain = xcalloc(set->count, sizeof(*chain));
	for (size_t i = 0; i < set->count; i++)
		if (!place(set, i, state, chain, &n, diags))
			break;
	free(chain);
	free(state);
	if (diags->errors == errors_before)
		indset_make_units(set, diags);
	return diags->errors == errors_before;
}

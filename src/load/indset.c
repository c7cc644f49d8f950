/*
 * indset.c - loading indicator set CSV files: the header (required,
 * optional, translation and unknown columns), every cell of every row
 * checked against SPEC, article titles and weights kept consistent across
 * rows, and depends_on resolved once all files are in.
 */
#include "config.h"
#include "load/indset.h"
#include "load/csvin.h"
#include "base/xalloc.h"
#include "base/strbuf.h"
#include "base/text.h"
#include "load/pattern.h"

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
	NCOLS,
	COL_REQUIRED = COL_ANSWER_TYPE + 1,	/* the first NCOLS_REQUIRED */
};

static const char *const col_names[NCOLS] = {
	"id", "instrument", "article", "dimension", "question",
	"answer_type", "article_title", "paragraph", "obligation", "weight",
	"article_weight", "scoring", "guide_ref", "ta_category", "cross_ref",
	"crime_type", "depends_on", "valid_regex",
};

/* What each column of the file is. */
enum col_role {
	ROLE_KNOWN,
	ROLE_QUESTION_LANG,
	ROLE_TITLE_LANG,
	ROLE_UNKNOWN,
};

struct col_info {
	char *name;
	enum col_role role;
	enum col known;
	char lang[3];
};

struct loader {
	struct indset *set;
	struct diag_list *diags;
	const char *path;
	struct col_info *cols;
	size_t ncols;
	long where[NCOLS];	/* file column index of each known column */
	bool header_ok;
};

void indset_init(struct indset *set)
{
	memset(set, 0, sizeof(*set));
	strmap_init(&set->ids);
	GROW(set->dimensions, set->dimensions_cap, 2);
	set->dimensions[0] = xstrdup("legislative");
	set->dimensions[1] = xstrdup("implementation");
	set->ndimensions = 2;
}

static void str_list_release(struct str_list *l)
{
	for (size_t i = 0; i < l->count; i++)
		free(l->items[i]);
	free(l->items);
}

static void translations_free(struct translation *t, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(t[i].lang);
		free(t[i].question);
		free(t[i].article_title);
	}
	free(t);
}

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
	pattern_free(ind->valid_regex);
	free(ind->valid_regex_text);
	translations_free(ind->translations, ind->ntranslations);
}

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
	for (size_t i = 0; i < set->ndimensions; i++)
		free(set->dimensions[i]);
	free(set->dimensions);
	free(set->order);
	for (size_t i = 0; i < set->nfiles; i++)
		free(set->files[i]);
	free(set->files);
	memset(set, 0, sizeof(*set));
}

bool indset_find(const struct indset *set, const char *id, size_t *index)
{
	return strmap_get(&set->ids, id, index);
}

const struct article *indset_article(const struct indset *set,
				     const struct indicator *ind)
{
	return &set->instruments[ind->instrument].articles[ind->article];
}

const char *indset_question(const struct indset *set, size_t i,
			    const char *lang)
{
	const struct indicator *ind = &set->items[i];

	for (size_t k = 0; lang && k < ind->ntranslations; k++)
		if (!strcmp(ind->translations[k].lang, lang) &&
		    ind->translations[k].question)
			return ind->translations[k].question;
	return ind->question;
}

const char *indset_article_title(const struct article *art,
				 const char *lang)
{
	for (size_t k = 0; lang && k < art->ntitles; k++)
		if (!strcmp(art->titles[k].lang, lang) &&
		    art->titles[k].article_title)
			return art->titles[k].article_title;
	return art->title;
}

const char *obligation_name(enum obligation o)
{
	switch (o) {
	case OBLIGATION_MANDATORY: return "mandatory";
	case OBLIGATION_CONSIDER: return "consider";
	case OBLIGATION_OPTIONAL: return "optional";
	}
	return "mandatory";
}

static const char *loader_column_name(void *ctx, size_t index)
{
	struct loader *ld = ctx;
	return index < ld->ncols ? ld->cols[index].name : NULL;
}

/* Record an error at a cell of the file being loaded. */
static void cell_error(struct loader *ld, long line, size_t col,
		       const char *fmt, ...) __attribute__((format(printf, 4, 5)));

static void cell_error(struct loader *ld, long line, size_t col,
		       const char *fmt, ...)
{
	char label[128];
	va_list ap;

	csvin_column_label(label, sizeof(label),
			   col < ld->ncols ? ld->cols[col].name : NULL, col);
	va_start(ap, fmt);
	diag_vadd(ld->diags, DIAG_ERROR, ld->path, line, label, fmt, ap);
	va_end(ap);
}

static bool is_lang_code(const char *s)
{
	return strlen(s) == 2 && s[0] >= 'a' && s[0] <= 'z' &&
	       s[1] >= 'a' && s[1] <= 'z';
}

/* Classify every header cell; report duplicates and missing columns. */
static bool read_header(struct loader *ld, const struct csvin_row *row)
{
	bool ok = true;

	for (size_t k = 0; k < NCOLS; k++)
		ld->where[k] = -1;
	ld->ncols = row->nfields;
	ld->cols = xcalloc(row->nfields, sizeof(*ld->cols));
	for (size_t i = 0; i < row->nfields; i++) {
		struct col_info *c = &ld->cols[i];
		const char *at;

		c->name = trim_dup(row->fields[i]);
		c->role = ROLE_UNKNOWN;
		for (size_t k = 0; k < NCOLS; k++)
			if (!strcmp(c->name, col_names[k])) {
				c->role = ROLE_KNOWN;
				c->known = (enum col)k;
			}
		at = strchr(c->name, '@');
		if (c->role == ROLE_UNKNOWN && at &&
		    (!strncmp(c->name, "question@", 9) ||
		     !strncmp(c->name, "article_title@", 14))) {
			if (!is_lang_code(at + 1)) {
				cell_error(ld, row->lines[i], i,
					   "translation column '%s' needs a "
					   "language; expected a two-letter "
					   "lowercase ISO 639-1 code, e.g. "
					   "question@fr", c->name);
				ok = false;
				continue;
			}
			c->role = c->name[0] == 'q' ? ROLE_QUESTION_LANG
						    : ROLE_TITLE_LANG;
			memcpy(c->lang, at + 1, 3);
		}
		for (size_t j = 0; j < i; j++)
			if (!strcmp(c->name, ld->cols[j].name)) {
				cell_error(ld, row->lines[i], i,
					   "column '%s' appears twice (also "
					   "column %zu); expected each column "
					   "once", c->name, j + 1);
				ok = false;
			}
		if (c->role == ROLE_KNOWN) {
			if (ld->where[c->known] < 0)
				ld->where[c->known] = (long)i;
		} else if (c->role == ROLE_UNKNOWN) {
			char label[128];
			csvin_column_label(label, sizeof(label), c->name, i);
			diag_warning(ld->diags, ld->path, row->lines[i], label,
				     "unknown column '%s' is kept out of "
				     "scoring", c->name);
		}
	}
	for (size_t k = 0; k < COL_REQUIRED; k++)
		if (ld->where[k] < 0) {
			diag_error(ld->diags, ld->path, row->line,
				   col_names[k],
				   "missing required column '%s'; an "
				   "indicator set needs id, instrument, "
				   "article, dimension, question and "
				   "answer_type", col_names[k]);
			ok = false;
		}
	return ok;
}

/* The trimmed cell of known column k, or "" when the file has none. */
static char *cell(const struct loader *ld, const struct csvin_row *row,
		  enum col k)
{
	if (ld->where[k] < 0)
		return xstrdup("");
	return trim_dup(row->fields[ld->where[k]]);
}

static long cell_line(const struct loader *ld, const struct csvin_row *row,
		      enum col k)
{
	return ld->where[k] < 0 ? row->line : row->lines[ld->where[k]];
}

/* Report an error at known column k of row. */
#define KERR(ld, row, k, ...) \
	cell_error((ld), cell_line((ld), (row), (k)), (size_t)(ld)->where[k], \
		   __VA_ARGS__)

static const char *intern_file(struct indset *set, const char *path)
{
	for (size_t i = 0; i < set->nfiles; i++)
		if (!strcmp(set->files[i], path))
			return set->files[i];
	GROW(set->files, set->files_cap, set->nfiles + 1);
	set->files[set->nfiles] = xstrdup(path);
	return set->files[set->nfiles++];
}

static size_t find_or_add_instrument(struct indset *set, const char *code)
{
	for (size_t i = 0; i < set->ninstruments; i++)
		if (!strcmp(set->instruments[i].code, code))
			return i;
	GROW(set->instruments, set->instruments_cap, set->ninstruments + 1);
	set->instruments[set->ninstruments].code = xstrdup(code);
	return set->ninstruments++;
}

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

/* A weight cell: empty is 1; otherwise finite and > 0. */
static bool parse_weight(const char *s, double *out)
{
	if (!s[0]) {
		*out = 1;
		return true;
	}
	return parse_number(s, out) && *out > 0;
}

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

/* Check and store the article's title and weight from one row. */
static void set_article_facts(struct loader *ld, const struct csvin_row *row,
			      struct indicator *ind, const char *title,
			      double article_weight, bool created)
{
	struct article *art =
		&ld->set->instruments[ind->instrument].articles[ind->article];

	if (created) {
		art->weight = article_weight;
		art->weight_file = ind->file;
		art->weight_line = ind->line;
	} else if (art->weight != article_weight) {
		KERR(ld, row, COL_ARTICLE_WEIGHT,
		     "article_weight %g differs from %g given for %s article "
		     "%s at %s:%ld; expected the same article_weight on every "
		     "row of an article (an empty cell is 1)", article_weight,
		     art->weight, ld->set->instruments[ind->instrument].code,
		     art->label, art->weight_file, art->weight_line);
	}
	if (title[0] && !art->title[0]) {
		free(art->title);
		art->title = xstrdup(title);
	} else if (title[0] && strcmp(title, art->title)) {
		char label[128];
		csvin_column_label(label, sizeof(label), "article_title",
				   (size_t)ld->where[COL_ARTICLE_TITLE]);
		diag_warning(ld->diags, ld->path,
			     cell_line(ld, row, COL_ARTICLE_TITLE), label,
			     "article_title differs from the title given "
			     "earlier for this article ('%s'); the first is "
			     "kept", art->title);
	}
}

/* Keep the translations of one row: question@LANG and article_title@LANG. */
static void read_translations(struct loader *ld, const struct csvin_row *row,
			      struct indicator *ind)
{
	struct article *art =
		&ld->set->instruments[ind->instrument].articles[ind->article];
	size_t cap = 0, tcap = art->ntitles;

	for (size_t i = 0; i < ld->ncols; i++) {
		struct col_info *c = &ld->cols[i];
		char *text;

		if (c->role != ROLE_QUESTION_LANG && c->role != ROLE_TITLE_LANG)
			continue;
		text = trim_dup(row->fields[i]);
		if (!text[0]) {
			free(text);
			continue;
		}
		if (c->role == ROLE_QUESTION_LANG) {
			GROW(ind->translations, cap, ind->ntranslations + 1);
			ind->translations[ind->ntranslations].lang =
				xstrdup(c->lang);
			ind->translations[ind->ntranslations++].question = text;
			continue;
		}
		{
			size_t k;
			for (k = 0; k < art->ntitles; k++)
				if (!strcmp(art->titles[k].lang, c->lang))
					break;
			if (k < art->ntitles) {
				free(text);
				continue;
			}
			GROW(art->titles, tcap, art->ntitles + 1);
			art->titles[art->ntitles].lang = xstrdup(c->lang);
			art->titles[art->ntitles++].article_title = text;
		}
	}
}

/* Read and check one indicator row. */
static void read_indicator(struct loader *ld, const struct csvin_row *row)
{
	struct indset *set = ld->set;
	struct indicator ind;
	char *id = cell(ld, row, COL_ID);
	char *instrument = cell(ld, row, COL_INSTRUMENT);
	char *article = cell(ld, row, COL_ARTICLE);
	char *dimension = cell(ld, row, COL_DIMENSION);
	char *title = cell(ld, row, COL_ARTICLE_TITLE);
	char *obligation = cell(ld, row, COL_OBLIGATION);
	char *weight = cell(ld, row, COL_WEIGHT);
	char *article_weight = cell(ld, row, COL_ARTICLE_WEIGHT);
	char *scoring = cell(ld, row, COL_SCORING);
	char *list;
	char *err = NULL;
	enum answer_type_field field;
	double art_weight = 1;
	bool ok = true, created = false;
	size_t dup;

	memset(&ind, 0, sizeof(ind));
	ind.file = intern_file(set, ld->path);
	ind.line = row->line;
	ind.id = id;
	ind.question = cell(ld, row, COL_QUESTION);
	ind.paragraph = cell(ld, row, COL_PARAGRAPH);
	ind.guide_ref = cell(ld, row, COL_GUIDE_REF);
	ind.answer_type_text = cell(ld, row, COL_ANSWER_TYPE);

	if (!str_matches_class(id, ID_FIRST, ID_REST, 64)) {
		KERR(ld, row, COL_ID, "id '%s' is not valid; expected a letter "
		     "or digit then up to 63 letters, digits, '.', '_' or '-'",
		     id);
		ok = false;
	} else if (indset_find(set, id, &dup)) {
		KERR(ld, row, COL_ID, "duplicate indicator id '%s'; first "
		     "defined at %s:%ld", id, set->items[dup].file,
		     set->items[dup].line);
		ok = false;
	}
	if (!str_matches_class(instrument, ID_FIRST, ID_FIRST "_-", 16)) {
		KERR(ld, row, COL_INSTRUMENT, "instrument '%s' is not valid; "
		     "expected UNTOC, TIP, SOM, FP or another short code "
		     "(letters, digits, '_' or '-', at most 16)", instrument);
		ok = false;
	}
	if (!str_matches_class(article, ID_FIRST, ID_REST, 32)) {
		KERR(ld, row, COL_ARTICLE, "article '%s' is not valid; expected "
		     "an article label such as 5, 16 or 34 (letters, digits, "
		     "'.', '_' or '-')", article);
		ok = false;
	}
	if (!str_matches_class(dimension, "abcdefghijklmnopqrstuvwxyz",
			       "abcdefghijklmnopqrstuvwxyz0123456789_-", 32) ||
	    !strcmp(dimension, "combined")) {
		KERR(ld, row, COL_DIMENSION, "dimension '%s' is not valid; "
		     "expected legislative, implementation or another "
		     "lowercase name (not 'combined')", dimension);
		ok = false;
	}
	if (!ind.question[0]) {
		KERR(ld, row, COL_QUESTION, "question is empty; expected the "
		     "question put to the expert");
		ok = false;
	}
	if (!answer_type_parse(&ind.type, ind.answer_type_text, scoring, &err,
			       &field)) {
		if (field == ANSWER_FIELD_SCORING && ld->where[COL_SCORING] < 0)
			KERR(ld, row, COL_ANSWER_TYPE, "%s (the file has no "
			     "scoring column)", err);
		else if (field == ANSWER_FIELD_SCORING)
			KERR(ld, row, COL_SCORING, "%s", err);
		else
			KERR(ld, row, COL_ANSWER_TYPE, "%s", err);
		free(err);
		ok = false;
	}
	if (!obligation[0] || !strcmp(obligation, "mandatory")) {
		ind.obligation = OBLIGATION_MANDATORY;
	} else if (!strcmp(obligation, "consider")) {
		ind.obligation = OBLIGATION_CONSIDER;
	} else if (!strcmp(obligation, "optional")) {
		ind.obligation = OBLIGATION_OPTIONAL;
	} else {
		KERR(ld, row, COL_OBLIGATION, "obligation '%s' is not valid; "
		     "expected mandatory, consider or optional", obligation);
		ok = false;
	}
	if (!parse_weight(weight, &ind.weight)) {
		KERR(ld, row, COL_WEIGHT, "weight '%s' is not valid; expected "
		     "a finite number greater than 0 (empty means 1)", weight);
		ok = false;
	}
	if (!parse_weight(article_weight, &art_weight)) {
		KERR(ld, row, COL_ARTICLE_WEIGHT, "article_weight '%s' is not "
		     "valid; expected a finite number greater than 0 (empty "
		     "means 1)", article_weight);
		ok = false;
	}

	list = cell(ld, row, COL_DEPENDS_ON);
	if (list[0]) {
		char *eq = strchr(list, '=');
		if (!eq || eq == list || !eq[1]) {
			KERR(ld, row, COL_DEPENDS_ON, "depends_on '%s' is not "
			     "valid; expected ID=VALUE, e.g. UNTOC.10.L01=yes",
			     list);
			ok = false;
		} else {
			char *pid = xstrndup(list, (size_t)(eq - list));
			ind.parent_id = trim_dup(pid);
			ind.parent_value = trim_dup(eq + 1);
			ind.has_parent = true;
			free(pid);
		}
	}
	free(list);

	ind.valid_regex_text = cell(ld, row, COL_VALID_REGEX);
	if (ind.valid_regex_text[0]) {
		ind.valid_regex = pattern_new(ind.valid_regex_text, &err);
		if (!ind.valid_regex) {
			KERR(ld, row, COL_VALID_REGEX, "valid_regex does not "
			     "compile: %s; expected a PCRE2 pattern", err);
			free(err);
			ok = false;
		}
	}

	list = cell(ld, row, COL_TA_CATEGORY);
	split_list(list, &ind.ta_categories);
	free(list);
	list = cell(ld, row, COL_CROSS_REF);
	split_list(list, &ind.cross_refs);
	free(list);
	list = cell(ld, row, COL_CRIME_TYPE);
	split_list(list, &ind.crime_types);
	free(list);

	if (ok) {
		ind.instrument = find_or_add_instrument(set, instrument);
		ind.article = find_or_add_article(
			&set->instruments[ind.instrument], article, &created);
		ind.dimension = find_or_add_dimension(set, dimension);
		set_article_facts(ld, row, &ind, title, art_weight, created);
		read_translations(ld, row, &ind);
		strmap_put(&set->ids, ind.id, set->count);
		GROW(set->items, set->cap, set->count + 1);
		set->items[set->count++] = ind;
	} else {
		indicator_release(&ind);
	}
	free(instrument);
	free(article);
	free(dimension);
	free(title);
	free(obligation);
	free(weight);
	free(article_weight);
	free(scoring);
}

static bool on_row(void *ctx, const struct csvin_row *row)
{
	struct loader *ld = ctx;

	if (row->index == 0) {
		ld->header_ok = read_header(ld, row);
		return ld->header_ok;
	}
	if (row->nfields != ld->ncols) {
		char **names = xcalloc(ld->ncols, sizeof(*names));
		for (size_t i = 0; i < ld->ncols; i++)
			names[i] = ld->cols[i].name;
		csvin_field_count_error(ld->diags, ld->path, row, names,
					ld->ncols);
		free(names);
	} else
		read_indicator(ld, row);
	return !diag_cap_reached(ld->diags, ld->path, row->line);
}

enum diag_status indset_load(struct indset *set, const char *path,
			     struct diag_list *diags)
{
	struct loader ld = {
		.set = set,
		.diags = diags,
		.path = path,
	};
	size_t errors_before = diags->errors;
	enum diag_status st;

	st = csvin_read(path, on_row, loader_column_name, &ld, diags);
	if (st == DIAG_OK && !ld.header_ok && ld.ncols == 0) {
		diag_error(diags, path, 1, "1", "the file is empty; expected "
			   "a header row and at least one indicator");
		st = DIAG_INVALID;
	} else if (st == DIAG_OK && diags->errors > errors_before) {
		st = DIAG_INVALID;
	}
	for (size_t i = 0; i < ld.ncols; i++)
		free(ld.cols[i].name);
	free(ld.cols);
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

bool indset_finish(struct indset *set, struct diag_list *diags)
{
	size_t errors_before = diags->errors;
	unsigned char *state;
	size_t *chain;
	size_t n = 0;

	for (size_t i = 0; i < set->count; i++) {
		struct indicator *ind = &set->items[i];
		const struct indicator *parent;
		enum answer_class cls;
		char *err = NULL;

		if (!ind->has_parent)
			continue;
		if (!indset_find(set, ind->parent_id, &ind->parent)) {
			diag_error(diags, ind->file, ind->line, "depends_on",
				   "depends_on names '%s', which is not an "
				   "indicator of the loaded sets; expected "
				   "ID=VALUE with a known ID", ind->parent_id);
			continue;
		}
		parent = &set->items[ind->parent];
		if (ind->parent == i) {
			diag_error(diags, ind->file, ind->line, "depends_on",
				   "'%s' depends on itself; expected another "
				   "indicator", ind->id);
		} else if (parent->type.kind == ANSWER_TEXT) {
			diag_error(diags, ind->file, ind->line, "depends_on",
				   "depends_on names '%s', a text indicator, "
				   "which has no score; expected a scored "
				   "indicator", parent->id);
		} else if (!answer_type_score(&parent->type, ind->parent_value,
					      &cls, &ind->parent_score, &err) ||
			   cls != ANSWER_SCORED) {
			struct strbuf sb;
			strbuf_init(&sb);
			answer_type_describe(&parent->type, &sb);
			diag_error(diags, ind->file, ind->line, "depends_on",
				   "'%s' is not a scored answer of '%s'; "
				   "expected %s", ind->parent_value,
				   parent->id, sb.buf);
			strbuf_release(&sb);
		}
		free(err);
	}
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
	return diags->errors == errors_before;
}

/*
 * catalog.c - selecting indicators by filters, their text in a chosen
 * language, and the texts "list" prints and "template" writes. The
 * commands only parse options and write what these functions return, so
 * that what a practitioner finds with list is exactly what template puts
 * on the sheet.
 */
#include "config.h"
#include "load/catalog.h"
#include "publish/csvout.h"
#include "base/xalloc.h"
#include "base/strbuf.h"
#include "base/text.h"
#include "load/pattern.h"

#include <stdlib.h>
#include <string.h>

#define ALNUM "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"

const char *const catalog_template_columns[] = {
	/* the answers format */
	"country", "round", "expert", "indicator", "answer", "confidence",
	"evidence", "good_practice", "comment",
	/* help for the expert; answers loaders ignore them */
	"question", "allowed_answers", "answer_type", "instrument", "article",
	"article_title", "dimension", "paragraph", "depends_on",
};
const size_t catalog_template_ncolumns =
	sizeof(catalog_template_columns) / sizeof(catalog_template_columns[0]);

static const char list_csv_header[] =
	"id,instrument,article,article_title,dimension,obligation,answer_type,"
	"question,guide_ref,ta_category,crime_type\n";

void catalog_filter_init(struct catalog_filter *f)
{
	memset(f, 0, sizeof(*f));
	f->obligation = -1;
}

bool catalog_valid_lang(const char *s)
{
	return s && strlen(s) == 2 && s[0] >= 'a' && s[0] <= 'z' &&
	       s[1] >= 'a' && s[1] <= 'z';
}

bool catalog_valid_expert(const char *s)
{
	return s && str_matches_class(s, ALNUM "._-", ALNUM "._-", 64);
}

bool catalog_has_instrument(const struct indset *set, const char *code)
{
	for (size_t i = 0; i < set->ninstruments; i++)
		if (!strcmp(set->instruments[i].code, code))
			return true;
	return false;
}

bool catalog_has_dimension(const struct indset *set, const char *name)
{
	for (size_t i = 0; i < set->ndimensions; i++)
		if (!strcmp(set->dimensions[i], name))
			return true;
	return false;
}

char *catalog_check_filter(const struct indset *set,
			   const struct catalog_filter *f)
{
	struct strbuf sb;
	size_t bad = 0;

	strbuf_init(&sb);
	for (size_t k = 0; k < f->ninstruments; k++) {
		if (catalog_has_instrument(set, f->instruments[k]))
			continue;
		strbuf_addf(&sb, "%s'%s'", bad ? ", " : "", f->instruments[k]);
		bad++;
	}
	if (bad) {
		strbuf_adds(&sb, bad == 1 ? " is not an instrument"
					  : " are not instruments");
		strbuf_adds(&sb, " of the loaded indicator sets; expected ");
		for (size_t i = 0; i < set->ninstruments; i++)
			strbuf_addf(&sb, "%s%s",
				    i == 0 ? "" :
				    i + 1 == set->ninstruments ? " or " : ", ",
				    set->instruments[i].code);
		return strbuf_detach(&sb);
	}
	if (f->dimension && !catalog_has_dimension(set, f->dimension)) {
		strbuf_addf(&sb, "'%s' is not a dimension of the loaded "
			    "indicator sets; expected ", f->dimension);
		for (size_t i = 0; i < set->ndimensions; i++)
			strbuf_addf(&sb, "%s%s",
				    i == 0 ? "" :
				    i + 1 == set->ndimensions ? " or " : ", ",
				    set->dimensions[i]);
		return strbuf_detach(&sb);
	}
	strbuf_release(&sb);
	return NULL;
}

bool catalog_has_lang(const struct indset *set, const char *lang)
{
	for (size_t i = 0; i < set->count; i++) {
		const struct indicator *ind = &set->items[i];
		for (size_t k = 0; k < ind->ntranslations; k++)
			if (!strcmp(ind->translations[k].lang, lang))
				return true;
	}
	for (size_t i = 0; i < set->ninstruments; i++) {
		const struct instrument *ins = &set->instruments[i];
		for (size_t j = 0; j < ins->narticles; j++)
			for (size_t k = 0; k < ins->articles[j].ntitles; k++)
				if (!strcmp(ins->articles[j].titles[k].lang,
					    lang))
					return true;
	}
	return false;
}

bool catalog_parse_obligation(const char *s, enum obligation *out)
{
	static const enum obligation all[] = {
		OBLIGATION_MANDATORY, OBLIGATION_CONSIDER, OBLIGATION_OPTIONAL,
	};

	for (size_t i = 0; i < sizeof(all) / sizeof(all[0]); i++)
		if (!strcmp(s, obligation_name(all[i]))) {
			*out = all[i];
			return true;
		}
	return false;
}

/* Is want one of the list's values, ignoring ASCII case? */
static bool list_has(const struct str_list *l, const char *want)
{
	for (size_t i = 0; i < l->count; i++)
		if (ascii_caseeq(l->items[i], want))
			return true;
	return false;
}

static const struct article *article_of(const struct indset *set,
					const struct indicator *ind)
{
	return &set->instruments[ind->instrument].articles[ind->article];
}

/* Every filter but the pattern: cheap, and never fails. */
static bool matches_fields(const struct indset *set, size_t i,
			   const struct catalog_filter *f)
{
	const struct indicator *ind = &set->items[i];
	const char *code = set->instruments[ind->instrument].code;

	if (f->ninstruments > 0) {
		size_t k;
		for (k = 0; k < f->ninstruments; k++)
			if (!strcmp(f->instruments[k], code))
				break;
		if (k == f->ninstruments)
			return false;
	}
	if (f->article && strcmp(f->article, article_of(set, ind)->label))
		return false;
	if (f->dimension &&
	    strcmp(f->dimension, set->dimensions[ind->dimension]))
		return false;
	if (f->obligation >= 0 && (int)ind->obligation != f->obligation)
		return false;
	if (f->crime_type && !list_has(&ind->crime_types, f->crime_type))
		return false;
	if (f->ta_category && !list_has(&ind->ta_categories, f->ta_category))
		return false;
	return true;
}

/* The pattern against the question shown in f->lang. */
static enum pattern_result match_question(const struct indset *set, size_t i,
					  const struct catalog_filter *f)
{
	const char *q = catalog_question(set, i, f->lang);

	return pattern_search(f->match, q, strlen(q));
}

bool catalog_matches(const struct indset *set, size_t i,
		     const struct catalog_filter *f)
{
	if (!matches_fields(set, i, f))
		return false;
	return !f->match || match_question(set, i, f) == PATTERN_MATCH;
}

bool catalog_select(const struct indset *set, const struct catalog_filter *f,
		    size_t **idx, size_t *count, char **err)
{
	size_t *items = NULL, n = 0, cap = 0;

	*err = NULL;
	for (size_t i = 0; i < set->count; i++) {
		if (!matches_fields(set, i, f))
			continue;
		if (f->match) {
			enum pattern_result r = match_question(set, i, f);
			if (r == PATTERN_LIMIT) {
				*err = xasprintf("the pattern gave up on the "
						 "question of indicator '%s' "
						 "(match or depth limit "
						 "reached); expected a simpler "
						 "pattern", set->items[i].id);
				free(items);
				*idx = NULL;
				*count = 0;
				return false;
			}
			if (r != PATTERN_MATCH)
				continue;
		}
		GROW(items, cap, n + 1);
		items[n++] = i;
	}
	*idx = items;
	*count = n;
	return true;
}

const char *catalog_question(const struct indset *set, size_t i,
			     const char *lang)
{
	return indset_question(set, i, lang);
}

const char *catalog_article_title(const struct indset *set, size_t i,
				  const char *lang)
{
	return indset_article_title(article_of(set, &set->items[i]), lang);
}

char *catalog_allowed_answers(const struct indicator *ind)
{
	struct strbuf sb;

	strbuf_init(&sb);
	answer_type_describe(&ind->type, &sb);
	/* An answer valid_regex refuses would not validate: say so. */
	if (ind->valid_regex_text && ind->valid_regex_text[0])
		strbuf_addf(&sb, " matching %s", ind->valid_regex_text);
	strbuf_adds(&sb, "; or n/a, unknown");
	return strbuf_detach(&sb);
}

/* "ID=VALUE" of a follow-up, or NULL. Caller frees. */
static char *depends_on_text(const struct indicator *ind)
{
	if (!ind->has_parent)
		return NULL;
	return xasprintf("%s=%s", ind->parent_id, ind->parent_value);
}

/* One template row: the answers cells, then the help cells. */
static void template_row(struct strbuf *sb, const struct indset *set,
			 size_t i, const struct catalog_filter *f,
			 const char *country, const char *round,
			 const char *expert)
{
	const struct indicator *ind = &set->items[i];
	char *allowed = catalog_allowed_answers(ind);
	char *dep = depends_on_text(ind);

	/* Validated codes: written as they are. */
	csvout_field(sb, country, true, false);
	csvout_field(sb, round, false, false);
	csvout_field(sb, expert, false, false);
	csvout_field(sb, ind->id, false, false);
	/* answer, confidence, evidence, good_practice, comment: blank */
	for (int k = 0; k < 5; k++)
		csvout_field(sb, "", false, true);
	csvout_field(sb, catalog_question(set, i, f->lang), false, true);
	csvout_field(sb, allowed, false, true);
	csvout_field(sb, ind->answer_type_text, false, true);
	csvout_field(sb, set->instruments[ind->instrument].code, false, true);
	csvout_field(sb, article_of(set, ind)->label, false, true);
	csvout_field(sb, catalog_article_title(set, i, f->lang), false, true);
	csvout_field(sb, set->dimensions[ind->dimension], false, true);
	csvout_field(sb, ind->paragraph, false, true);
	csvout_field(sb, dep, false, true);
	csvout_end_row(sb);
	free(allowed);
	free(dep);
}

char *catalog_template_csv(const struct indset *set,
			   const struct catalog_filter *f, const char *country,
			   const char *round, const char *expert, size_t *rows,
			   char **err)
{
	struct strbuf sb;
	size_t *idx, n;

	if (!catalog_select(set, f, &idx, &n, err))
		return NULL;
	if (n == 0) {
		*err = xstrdup("no indicator of the loaded sets is selected; "
			       "expected at least one row for the sheet");
		return NULL;
	}
	strbuf_init(&sb);
	for (size_t c = 0; c < catalog_template_ncolumns; c++)
		csvout_field(&sb, catalog_template_columns[c], c == 0, false);
	csvout_end_row(&sb);
	for (size_t k = 0; k < n; k++)
		template_row(&sb, set, idx[k], f, country, round, expert);
	free(idx);
	if (rows)
		*rows = n;
	return strbuf_detach(&sb);
}

/*
 * Append text for a terminal: each line break starts a new line indented
 * by indent, other control characters (C0, DEL, and C1 such as U+009B,
 * which some terminals obey) are escaped.
 */
static void add_display(struct strbuf *sb, const char *s, const char *indent)
{
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;

		if (c == '\r' && s[1] == '\n')
			continue;
		if (c == '\n' || c == '\r') {
			strbuf_addch(sb, '\n');
			strbuf_adds(sb, indent);
		} else if (c == '\t') {
			strbuf_addch(sb, ' ');
		} else if (c < 0x20 || c == 0x7f) {
			strbuf_addf(sb, "\\x%02x", c);
		} else if (c == 0xc2 && (unsigned char)s[1] >= 0x80 &&
			   (unsigned char)s[1] <= 0x9f) {
			strbuf_addf(sb, "\\u%04x", (unsigned char)s[1]);
			s++;
		} else {
			strbuf_addch(sb, (char)c);
		}
	}
}

/* One block of the text listing. */
static void list_block(struct strbuf *sb, const struct indset *set, size_t i,
		       const struct catalog_filter *f)
{
	const struct indicator *ind = &set->items[i];
	char *allowed = catalog_allowed_answers(ind);

	add_display(sb, ind->id, "");
	strbuf_adds(sb, "  ");
	add_display(sb, set->instruments[ind->instrument].code, "");
	strbuf_adds(sb, " art. ");
	add_display(sb, article_of(set, ind)->label, "");
	strbuf_adds(sb, " (");
	add_display(sb, set->dimensions[ind->dimension], "");
	strbuf_addf(sb, ", %s)\n    ", obligation_name(ind->obligation));
	add_display(sb, catalog_question(set, i, f->lang), "    ");
	strbuf_adds(sb, "\n  answers: ");
	add_display(sb, allowed, "    ");
	strbuf_adds(sb, "\n\n");
	free(allowed);
}

char *catalog_list_text(const struct indset *set,
			const struct catalog_filter *f, size_t *count,
			char **err)
{
	struct strbuf sb;
	size_t *idx, n;

	if (!catalog_select(set, f, &idx, &n, err))
		return NULL;
	strbuf_init(&sb);
	for (size_t k = 0; k < n; k++)
		list_block(&sb, set, idx[k], f);
	strbuf_addf(&sb, "%zu indicator%s\n", n, n == 1 ? "" : "s");
	free(idx);
	if (count)
		*count = n;
	return strbuf_detach(&sb);
}

/* A ;-separated list as one cell's text (caller frees). */
static char *joined(const struct str_list *l)
{
	struct strbuf sb;

	strbuf_init(&sb);
	for (size_t i = 0; i < l->count; i++) {
		if (i)
			strbuf_addch(&sb, ';');
		strbuf_adds(&sb, l->items[i]);
	}
	return strbuf_detach(&sb);
}

/* One row of the CSV listing. */
static void list_row(struct strbuf *sb, const struct indset *set, size_t i,
		     const struct catalog_filter *f)
{
	const struct indicator *ind = &set->items[i];
	char *ta = joined(&ind->ta_categories);
	char *crimes = joined(&ind->crime_types);

	csvout_field(sb, ind->id, true, true);
	csvout_field(sb, set->instruments[ind->instrument].code, false, true);
	csvout_field(sb, article_of(set, ind)->label, false, true);
	csvout_field(sb, catalog_article_title(set, i, f->lang), false, true);
	csvout_field(sb, set->dimensions[ind->dimension], false, true);
	csvout_field(sb, obligation_name(ind->obligation), false, true);
	csvout_field(sb, ind->answer_type_text, false, true);
	csvout_field(sb, catalog_question(set, i, f->lang), false, true);
	csvout_field(sb, ind->guide_ref, false, true);
	csvout_field(sb, ta, false, true);
	csvout_field(sb, crimes, false, true);
	csvout_end_row(sb);
	free(ta);
	free(crimes);
}

char *catalog_list_csv(const struct indset *set,
		       const struct catalog_filter *f, size_t *count,
		       char **err)
{
	struct strbuf sb;
	size_t *idx, n;

	if (!catalog_select(set, f, &idx, &n, err))
		return NULL;
	strbuf_init(&sb);
	strbuf_adds(&sb, list_csv_header);
	for (size_t k = 0; k < n; k++)
		list_row(&sb, set, idx[k], f);
	free(idx);
	if (count)
		*count = n;
	return strbuf_detach(&sb);
}

/* SPDX-License-Identifier: Apache-2.0 */
/*
 * catalog.c - selecting indicators by filters, checking what a filter
 * names against the loaded sets, and an indicator's text in a chosen
 * language.
 */
#include "config.h"
#include "load/catalog.h"
#include "base/xalloc.h"
#include "base/strbuf.h"
#include "base/text.h"
#include "load/pattern.h"
#include "base/i18n.h"

#include <stdlib.h>
#include <string.h>

#define ALNUM "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"

/* Every filter unset: everything is selected. */
void catalog_filter_init(struct catalog_filter *f)
{
	memset(f, 0, sizeof(*f));
	f->obligation = -1;
}

/* Two lowercase ASCII letters. */
bool catalog_valid_lang(const char *s)
{
	return s && strlen(s) == 2 && s[0] >= 'a' && s[0] <= 'z' &&
	       s[1] >= 'a' && s[1] <= 'z';
}

/* The expert ids answers files accept. */
bool catalog_valid_expert(const char *s)
{
	return s && str_matches_class(s, ALNUM "._-", ALNUM "._-", 64);
}

/* Does some loaded set define the instrument code? */
static bool has_instrument(const struct indset *set, const char *code)
{
	for (size_t i = 0; i < set->ninstruments; i++)
		if (!strcmp(set->instruments[i].code, code))
			return true;
	return false;
}

/* Does some loaded set define the dimension name? */
static bool has_dimension(const struct indset *set, const char *name)
{
	for (size_t i = 0; i < set->ndimensions; i++)
		if (!strcmp(set->dimensions[i], name))
			return true;
	return false;
}

/* Name what the filter asks for that no loaded set defines, and what they
 * do define. */
char *catalog_check_filter(const struct indset *set,
			   const struct catalog_filter *f)
{
	struct strbuf sb;
	size_t bad = 0;

	strbuf_init(&sb);
	for (size_t k = 0; k < f->ninstruments; k++) {
		if (has_instrument(set, f->instruments[k]))
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
	if (f->dimension && !has_dimension(set, f->dimension)) {
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

/* Any question@LANG or article_title@LANG of any indicator. */
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

/* The names obligation_name gives. */
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

/* A whole number without sign, in *out; false for anything else. */
static bool whole_number(const char *s, size_t len, long *out)
{
	long v = 0;

	if (!len || len > 9)
		return false;
	for (size_t i = 0; i < len; i++) {
		if (s[i] < '0' || s[i] > '9')
			return false;
		v = v * 10 + (s[i] - '0');
	}
	*out = v;
	return true;
}

/* Does one piece of an --article value (a label, or A-B) take label? */
static bool article_piece(const char *p, size_t len, const char *label)
{
	const char *dash = memchr(p, '-', len);
	long lo, hi, n;

	if (strlen(label) == len && !strncmp(p, label, len))
		return true;
	if (!dash || !whole_number(label, strlen(label), &n))
		return false;
	return whole_number(p, (size_t)(dash - p), &lo) &&
	       whole_number(dash + 1, len - (size_t)(dash - p) - 1, &hi) &&
	       n >= lo && n <= hi;
}

/* Each comma-separated piece of spec, trimmed. */
bool catalog_article_matches(const char *spec, const char *label)
{
	const char *p = spec;

	for (;;) {
		const char *end = strchr(p, ',');
		size_t len = end ? (size_t)(end - p) : strlen(p);
		size_t tlen;
		char *piece = xstrndup(p, len);
		const char *t = trim_span(piece, &tlen);
		bool hit = article_piece(t, tlen, label);

		free(piece);
		if (hit)
			return true;
		if (!end)
			return false;
		p = end + 1;
	}
}

/* Is value one of want (count 0: anything goes), ignoring ASCII case? */
static bool one_of(const char *const *want, size_t count, const char *value)
{
	for (size_t k = 0; k < count; k++)
		if (ascii_caseeq(want[k], value))
			return true;
	return count == 0;
}

/* Does one of the list's values match one of want (count 0: anything)? */
static bool list_one_of(const char *const *want, size_t count,
			const struct str_list *l)
{
	for (size_t k = 0; k < count; k++)
		if (list_has(l, want[k]))
			return true;
	return count == 0;
}

/* The questionnaire's lists (template): OR within, AND between. */
static bool matches_lists(const struct indset *set, size_t i,
			  const struct catalog_filter *f)
{
	const struct indicator *ind = &set->items[i];
	const char *label = indset_article(set, ind)->label;
	bool article = f->narticles == 0;

	for (size_t k = 0; k < f->narticles && !article; k++)
		article = catalog_article_matches(f->articles[k], label);
	return article && one_of(f->clusters, f->nclusters, ind->cluster) &&
	       list_one_of(f->categories, f->ncategories,
			   &ind->ta_categories) &&
	       list_one_of(f->beneficiaries, f->nbeneficiaries,
			   &ind->beneficiaries);
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
	if (f->article && strcmp(f->article, indset_article(set, ind)->label))
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
	return matches_lists(set, i, f);
}

/* The pattern against the question shown in f->lang. */
static enum pattern_result match_question(const struct indset *set, size_t i,
					  const struct catalog_filter *f)
{
	const char *q = catalog_question(set, i, f->lang);

	return pattern_search(f->match, q, strlen(q));
}

/* Cheap field filters first; the pattern only on what they keep. */
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
				*err = xasprintf(_("the pattern gave up on the "
						   "question of indicator '%s' "
						   "at PCRE2's limits (%d "
						   "steps, depth %d, heap %d "
						   "KiB); expected a simpler "
						   "pattern"), set->items[i].id,
						 PATTERN_LIMITS_ARGS);
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

/* The question in lang, or the default. */
const char *catalog_question(const struct indset *set, size_t i,
			     const char *lang)
{
	return indset_question(set, i, lang);
}

/* The article title in lang, or the default. */
const char *catalog_article_title(const struct indset *set, size_t i,
				  const char *lang)
{
	return indset_article_title(indset_article(set, &set->items[i]), lang);
}

/* catalog_select, refusing an empty selection (see catalog.h). */
bool catalog_select_sheet(const struct indset *set,
			  const struct catalog_filter *f, size_t **idx,
			  size_t *count, char **err)
{
	if (!catalog_select(set, f, idx, count, err))
		return false;
	if (*count == 0) {
		*err = xstrdup(_("no indicator of the loaded sets is selected; "
			         "expected at least one row for the sheet"));
		return false;
	}
	return true;
}

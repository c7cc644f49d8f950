/* SPDX-License-Identifier: Apache-2.0 */
/*
 * catalog.h - browsing loaded indicator sets: selecting indicators by the
 * ways practitioners search legislation (instrument, article, dimension,
 * obligation, crime type, assistance category, words of the question),
 * and the text of an indicator in a chosen language. What "gapscore
 * list" prints and "gapscore template" writes from a selection is built
 * in publish/catalog-out.h. Pure: no printing, no argv, no files.
 *
 * Ownership: the filter borrows every string and the pattern it points
 * to; the set is only read. Functions returning char * hand the caller a
 * fresh string to free.
 */
#ifndef CATALOG_H
#define CATALOG_H

#include <stdbool.h>
#include <stddef.h>

#include "load/indset.h"

struct pattern;

/*
 * Which indicators to select. Every filter that is set must hold (AND);
 * an unset filter (NULL, 0 or -1) selects everything.
 */
struct catalog_filter {
	/* Instrument codes, exact: the indicator's is one of them. */
	const char *const *instruments;
	size_t ninstruments;
	const char *article;		/* article label, exact ("5") */
	const char *dimension;		/* dimension name, exact */
	int obligation;			/* an enum obligation, or -1 for any */
	/* One of the indicator's ;-separated values, ignoring ASCII case. */
	const char *crime_type;
	const char *ta_category;
	/* Searched in the question (in lang when translated); see
	 * pattern_new_search. */
	const struct pattern *match;
	/* Two-letter code of the language questions and article titles are
	 * shown and searched in, or NULL for the sets' own text. */
	const char *lang;
	/* Lists for one expert's questionnaire (template): the indicator
	 * matches one value of each list given (OR within a list, AND
	 * between them); count 0 selects everything. Articles are labels
	 * or ranges of article numbers, several in one value separated by
	 * commas ("5,6,34", "5-7"); the rest match one of the indicator's
	 * values ignoring ASCII case. */
	const char *const *articles;
	size_t narticles;
	const char *const *clusters;
	size_t nclusters;
	const char *const *categories;	/* ta_category */
	size_t ncategories;
	const char *const *beneficiaries;
	size_t nbeneficiaries;
};

/* Does the article label match spec, one value of --article: labels
 * and ranges A-B of whole numbers separated by commas ("5,6,34-36")? */
bool catalog_article_matches(const char *spec, const char *label);

/* A filter that selects every indicator. */
void catalog_filter_init(struct catalog_filter *f);

/* Is s a language code as translation columns use it ([a-z]{2})? */
bool catalog_valid_lang(const char *s);
/* Is s a valid expert id ([A-Za-z0-9._-]{1,64}, as in answers files)? */
bool catalog_valid_expert(const char *s);
/*
 * NULL when every instrument and the dimension f names are defined by the
 * loaded sets; else a message naming those that are not and what the
 * sets define (caller frees), for a usage error.
 */
char *catalog_check_filter(const struct indset *set,
			   const struct catalog_filter *f);
/* Does some indicator have a question or article title in lang? */
bool catalog_has_lang(const struct indset *set, const char *lang);
/* Parse mandatory, consider or optional; false for anything else. */
bool catalog_parse_obligation(const char *s, enum obligation *out);

/*
 * The indexes of every indicator f selects, in set order, in *idx
 * (caller frees; NULL when none) and their number in *count. Returns
 * false with *err (caller frees) when the match pattern gave up on some
 * question, naming the first such indicator; *idx is then NULL.
 */
bool catalog_select(const struct indset *set, const struct catalog_filter *f,
		    size_t **idx, size_t *count, char **err);
/* The same for a template's sheet, where selecting nothing is an error
 * too (*err says so): a sheet without rows helps no one. */
bool catalog_select_sheet(const struct indset *set,
			  const struct catalog_filter *f, size_t **idx,
			  size_t *count, char **err);

/* Indicator i's question in lang when it has that translation, else the
 * default question. Borrowed from the set. */
const char *catalog_question(const struct indset *set, size_t i,
			     const char *lang);
/* The title of indicator i's article in lang when translated, else the
 * default title ("" when none). Borrowed from the set. */
const char *catalog_article_title(const struct indset *set, size_t i,
				  const char *lang);
#endif

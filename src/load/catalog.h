/*
 * catalog.h - browsing loaded indicator sets: selecting indicators by the
 * ways practitioners search legislation (instrument, article, dimension,
 * obligation, crime type, assistance category, words of the question),
 * and building from a selection what "gapscore list" prints and the blank
 * answer sheet that "gapscore template" writes. Pure: no printing, no
 * argv, no files; the commands decide what to do with the text.
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
};

/* A filter that selects every indicator. */
void catalog_filter_init(struct catalog_filter *f);

/* Is s a language code as translation columns use it ([a-z]{2})? */
bool catalog_valid_lang(const char *s);
/* Is s a valid expert id ([A-Za-z0-9._-]{1,64}, as in answers files)? */
bool catalog_valid_expert(const char *s);
/* Does some loaded set define the instrument code / the dimension name? */
bool catalog_has_instrument(const struct indset *set, const char *code);
bool catalog_has_dimension(const struct indset *set, const char *name);
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
 * Does f select indicator i of set? A --match pattern that gives up
 * (match or depth limit) counts as no match; catalog_select reports it.
 */
bool catalog_matches(const struct indset *set, size_t i,
		     const struct catalog_filter *f);

/*
 * The indexes of every indicator f selects, in set order, in *idx
 * (caller frees; NULL when none) and their number in *count. Returns
 * false with *err (caller frees) when the match pattern gave up on some
 * question, naming the first such indicator; *idx is then NULL.
 */
bool catalog_select(const struct indset *set, const struct catalog_filter *f,
		    size_t **idx, size_t *count, char **err);

/* Indicator i's question in lang when it has that translation, else the
 * default question. Borrowed from the set. */
const char *catalog_question(const struct indset *set, size_t i,
			     const char *lang);
/* The title of indicator i's article in lang when translated, else the
 * default title ("" when none). Borrowed from the set. */
const char *catalog_article_title(const struct indset *set, size_t i,
				  const char *lang);
/* What an expert may answer, for people: "yes or no; or n/a, unknown".
 * Caller frees. */
char *catalog_allowed_answers(const struct indicator *ind);

/* The columns of the template, in order: the answers format's, then the
 * help columns that answers files may carry and loaders ignore. */
extern const char *const catalog_template_columns[];
extern const size_t catalog_template_ncolumns;
/* The number of leading template columns that are answers columns. */
#define CATALOG_TEMPLATE_ANSWER_COLUMNS 9

/*
 * The blank answer sheet of one expert: the header, then one row per
 * selected indicator with the answer empty and the help columns filled
 * (question and article title in f->lang when translated). Every text
 * cell but country, round, expert and indicator is neutralised against
 * spreadsheet formulas. country, round and expert are written as given
 * (the caller validates them). Returns NULL with *err (caller frees) when
 * nothing is selected or selecting failed; else the CSV, with the number
 * of rows in *rows when rows is not NULL.
 */
char *catalog_template_csv(const struct indset *set,
			   const struct catalog_filter *f, const char *country,
			   const char *round, const char *expert, size_t *rows,
			   char **err);

/*
 * The selected indicators for people: per indicator a line
 * "ID  INSTRUMENT art. ARTICLE (DIMENSION, OBLIGATION)", the question
 * indented, "  answers: ...", and a blank line; then "N indicators".
 * Control characters of the sets' text are escaped so that nothing
 * reaches a terminal raw. NULL with *err (caller frees) when selecting
 * failed; *count (when not NULL) is the number listed.
 */
char *catalog_list_text(const struct indset *set,
			const struct catalog_filter *f, size_t *count,
			char **err);

/*
 * The selected indicators as CSV with the columns id, instrument,
 * article, article_title, dimension, obligation, answer_type, question,
 * guide_ref, ta_category, crime_type (lists ;-separated), text cells
 * neutralised; only the header when nothing is selected. NULL with *err
 * as catalog_list_text.
 */
char *catalog_list_csv(const struct indset *set,
		       const struct catalog_filter *f, size_t *count,
		       char **err);

#endif

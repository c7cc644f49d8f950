/* SPDX-License-Identifier: Apache-2.0 */
/*
 * catalog-out.h - the texts built from a catalog selection (load/catalog.h):
 * the listing "gapscore list" prints, as text for people or as CSV, and
 * the blank answer sheet "gapscore template" writes. The commands only
 * parse options and write what these functions return, so that what a
 * practitioner finds with list is exactly what template puts on the
 * sheet. Pure: no printing, no files.
 *
 * Ownership: the set and the filter are only read; functions returning
 * char * hand the caller a fresh string to free.
 */
#ifndef CATALOG_OUT_H
#define CATALOG_OUT_H

#include <stddef.h>

#include "load/catalog.h"
#include "load/indset.h"

/* What an expert may answer, for people: "yes or no; or n/a, unknown",
 * the words around the answers' codes in lang (NULL: English). Caller
 * frees. */
char *catalog_allowed_answers(const struct indicator *ind, const char *lang);

/* The columns of the template, in order: the answers format's, then the
 * help columns that answers files may carry and loaders ignore. */
extern const char *const catalog_template_columns[];
extern const size_t catalog_template_ncolumns;
/* The number of leading template columns that are answers columns. */
#define CATALOG_TEMPLATE_ANSWER_COLUMNS 9
/* The lang column (the answers' language, read by the answers loader:
 * load/answer-words.h) and review ("prefilled" on a row filled in from
 * an earlier round), the last two columns. */
#define CATALOG_TEMPLATE_TAIL_COLUMNS 2

/*
 * The blank answer sheet of one expert: the header, then one row per
 * selected indicator with the answer empty and the help columns filled
 * (question and article title in f->lang when translated). Every cell
 * is neutralised against spreadsheet formulas (a round or an expert
 * starting with '-' gets an apostrophe, which the answers loader drops);
 * the caller validates country, round and expert. Returns NULL with
 * *err (caller frees) when nothing is selected or selecting failed; else
 * the CSV, with the number of rows in *rows when rows is not NULL.
 */
char *catalog_template_csv(const struct indset *set,
			   const struct catalog_filter *f, const char *country,
			   const char *round, const char *expert, size_t *rows,
			   char **err);

/* An earlier answer to put on the sheet for review (template
 * --prefill); answer NULL where there is none. Borrowed strings. */
struct template_answer {
	const char *answer;
	int confidence;			/* 1 to 3, or 0 */
	const char *evidence;
	const char *good_practice;
	const char *comment;
};

/* The sheet's answers: one per indicator of the set (NULL: a blank
 * sheet). A prefilled row has its five cells filled and "prefilled" in
 * its review column. */
struct template_fill {
	const struct template_answer *answers;
};

/* The lang cell of the sheet: f->lang when answers may be written in
 * its words, else "". Borrowed. */
const char *catalog_template_lang(const struct catalog_filter *f);

/* The name of confidence c (1 to 3: low, medium, high), "" for 0. */
const char *catalog_confidence_name(int c);

/* catalog_template_csv with the rows of fill prefilled. */
char *catalog_template_csv_fill(const struct indset *set,
				const struct catalog_filter *f,
				const char *country, const char *round,
				const char *expert,
				const struct template_fill *fill, size_t *rows,
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
/* catalog_list_text with its labels ("art.", the dimension and
 * obligation, "answers:", what may be answered, "N indicators") in the
 * language ui (a two-letter code; NULL: English); the codes typed stay
 * as they are. */
char *catalog_list_text_lang(const struct indset *set,
			     const struct catalog_filter *f, const char *ui,
			     size_t *count, char **err);

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

/* SPDX-License-Identifier: Apache-2.0 */
/*
 * tally.h - the answers of every expert, gathered per assessment (a
 * country in a round) and per indicator. This is what one streaming pass
 * over the answer files leaves behind: its size grows with assessments x
 * indicators x experts, not with the files' text.
 *
 * Reading order does not matter: after tally_sort, the same answers read
 * in any order, from one file or from several, give the same tally.
 *
 * Ownership: a tally owns every string in it; it borrows the indicator
 * set, which must outlive it.
 */
#ifndef TALLY_H
#define TALLY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "load/answer-type.h"
#include "base/diag.h"
#include "load/indset.h"
#include "base/strmap.h"
#include "base/limits.h"
#include "base/progress.h"
#include "base/strpool.h"

/* One answer held (88 bytes: small integers first, no padding between
 * them; the strings are the tally's pool's). */
struct expert_answer {
	uint32_t indicator;	/* index into the indicator set */
	uint32_t expert;	/* index into the assessment's experts */
	enum answer_class cls;
	int confidence;		/* 1 to 3, or 0 when not given */
	double score;		/* for ANSWER_SCORED */
	char *answer;		/* as written, trimmed */
	char *evidence;		/* NULL when empty */
	char *good_practice;	/* NULL when empty */
	char *comment;		/* NULL when empty */
	const char *file;	/* owned by the tally */
	const char *sheet;	/* the workbook's sheet (owned by the
				 * tally), or NULL */
	long line;
	uint32_t file_order;	/* the place of the file (and sheet) in
				 * reading order */
};

/* The text a counts_only tally holds for an evidence or comment given. */
extern const char tally_text_not_kept[];

/* The answers to one indicator: a view into an assessment's rows. */
struct answer_list {
	const struct expert_answer *items;
	size_t count;
};

/*
 * One assessment. Its answers are kept as one flat list of rows, so that
 * memory follows the rows read, not assessments x indicators; tally_sort
 * orders them by indicator and expert, and tally_answers then finds the
 * answers to one indicator.
 */
struct assessment {
	char *country;
	const char *country_name;	/* set by inputs_name_countries;
					 * NULL: none yet */
	char *round;
	char **experts;
	size_t nexperts;
	size_t experts_cap;
	struct strmap expert_index;
	struct strmap expert_folded;	/* lower-case names, while loading */
	bool case_warned;		/* two names differing in case seen */
	bool full;			/* LIMIT_EXPERTS reached (reported) */
	struct expert_answer *rows;
	size_t nrows;
	size_t rows_cap;
};

/* An instrument that answers named but no loaded set holds: TIP, when
 * answers name TIP.5.L01 and only UNTOC is loaded. */
struct tally_unknown {
	char *instrument;
	size_t answers;		/* answers of long files naming it */
	size_t columns;		/* columns of wide files naming it */
};


struct tally {
	const struct indset *set;
	struct assessment *items;
	size_t count;
	size_t cap;
	struct strmap index;		/* "COUNTRY/ROUND" -> item */
	char **files;
	char **sheets;		/* per file: its sheet, or NULL */
	size_t nfiles;
	size_t files_cap;
	/* The instruments of unknown ids, in the order first met: for the
	 * command line to say which set to load. */
	struct tally_unknown *unknown;
	size_t nunknown;
	size_t unknown_cap;
	struct sources sources;		/* each answers file read, with its
					 * SHA-256 */
	size_t nanswers;		/* answers added so far */
	struct progress progress;	/* told of each answer added */
	/* Only the assessments of this country and round are loaded (NULL:
	 * any): the loaders skip other rows unchecked (tally_selects). */
	const char *only_country;
	const char *only_round;
	size_t skipped;			/* rows skipped so */
	bool counts_only;		/* the answers' text is not kept (the
					 * answer is "", good_practice NULL,
					 * evidence and comment
					 * tally_text_not_kept when given,
					 * else NULL): for a run that only
					 * checks */
	struct strpool pool;		/* the answers' text, one after
					 * another */
	size_t last;			/* the assessment added to last, plus
					 * one (0: none), tried first */
	size_t last_file;		/* the file (and sheet) of the last
					 * row, plus one (0: none), known by
					 * the strings the loader gave */
	const char *last_path;
	const char *last_sheet;
	/* The language of answers whose row has no lang cell (--lang), for
	 * the answer words of load/answer-words.h; NULL: English. */
	const char *lang;
};

void tally_init(struct tally *t, const struct indset *set);
void tally_release(struct tally *t);

/* A loader starts on another file or sheet: the next row's is looked
 * up by name again, not by the address of the strings it gives (which
 * may be those of a file freed since). */
void tally_new_source(struct tally *t);

/* Is the assessment of country and round one that t loads? */
bool tally_selects(const struct tally *t, const char *country,
		   const char *round);

/* One answer row, already checked; strings are copied. */
struct answer_row {
	const char *country;
	const char *round;
	const char *expert;
	size_t indicator;
	enum answer_class cls;
	double score;
	int confidence;
	const char *answer;
	const char *evidence;
	const char *good_practice;
	const char *comment;
	const char *file;
	const char *sheet;	/* of a workbook; NULL for CSV */
	long line;
};

/*
 * Add one answer (checked for duplicates by tally_sort). An expert past
 * LIMIT_EXPERTS in the assessment is an error, reported once per
 * assessment, and the answer is not added (false). An expert whose id
 * differs from an earlier one of the assessment only in case (E1, e1) is
 * a warning, once per assessment, at the row; they stay two experts.
 */
bool tally_add(struct tally *t, const struct answer_row *row,
	       struct diag_list *diags);

/*
 * Put assessments in (country, round) order, experts in name order and
 * answers in (indicator, expert) order, so that results do not depend on
 * the order rows were read in. An expert answering the same indicator
 * twice in one assessment is an error naming both lines; the later answer
 * (in reading order) is dropped. Returns false on such an error.
 */
bool tally_sort(struct tally *t, struct diag_list *diags);

/* Count n more answers (or wide columns, when columns) naming
 * instrument, which no loaded set holds (copied). */
void tally_note_unknown(struct tally *t, const char *instrument, size_t n,
			bool columns);

/* Sort rows as tally_sort does: by indicator, expert, then reading order
 * (for assessments made from a tally's rows, such as resamples). */
void tally_order_rows(struct expert_answer *rows, size_t n);

/* The answers to indicator in as, in expert order (after tally_sort). */
struct answer_list tally_answers(const struct assessment *as,
				 size_t indicator);

#endif

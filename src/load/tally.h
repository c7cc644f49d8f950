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

#include "load/answer-type.h"
#include "base/diag.h"
#include "load/indset.h"
#include "base/strmap.h"

struct expert_answer {
	size_t indicator;	/* index into the indicator set */
	size_t expert;		/* index into the assessment's experts */
	enum answer_class cls;
	double score;		/* for ANSWER_SCORED */
	int confidence;		/* 1 to 3, or 0 when not given */
	char *answer;		/* as written, trimmed */
	char *evidence;		/* NULL when empty */
	char *good_practice;	/* NULL when empty */
	char *comment;		/* NULL when empty */
	const char *file;	/* owned by the tally */
	size_t file_order;	/* the file's place in reading order */
	long line;
};

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
	char *round;
	char **experts;
	size_t nexperts;
	size_t experts_cap;
	struct strmap expert_index;
	struct expert_answer *rows;
	size_t nrows;
	size_t rows_cap;
};

struct tally {
	const struct indset *set;
	struct assessment *items;
	size_t count;
	size_t cap;
	struct strmap index;		/* "COUNTRY/ROUND" -> item */
	char **files;
	size_t nfiles;
	size_t files_cap;
};

void tally_init(struct tally *t, const struct indset *set);
void tally_release(struct tally *t);

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
	long line;
};

/* Add one answer (checked for duplicates by tally_sort). */
void tally_add(struct tally *t, const struct answer_row *row);

/*
 * Put assessments in (country, round) order, experts in name order and
 * answers in (indicator, expert) order, so that results do not depend on
 * the order rows were read in. An expert answering the same indicator
 * twice in one assessment is an error naming both lines; the later answer
 * (in reading order) is dropped. Returns false on such an error.
 */
bool tally_sort(struct tally *t, struct diag_list *diags);

/* Sort rows as tally_sort does: by indicator, expert, then reading order
 * (for assessments made from a tally's rows, such as resamples). */
void tally_order_rows(struct expert_answer *rows, size_t n);

/* The answers to indicator in as, in expert order (after tally_sort). */
struct answer_list tally_answers(const struct assessment *as,
				 size_t indicator);

#endif

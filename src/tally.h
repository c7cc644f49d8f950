/*
 * tally.h - the answers of every expert, gathered per assessment (a
 * country in a round) and per indicator. This is what one streaming pass
 * over the answer files leaves behind: its size grows with assessments x
 * indicators x experts, not with the files' text.
 *
 * Tallies are mergeable: two halves of a file tallied apart and merged
 * give the same tally (after tally_sort) as the whole file tallied at once.
 *
 * Ownership: a tally owns every string in it; it borrows the indicator
 * set, which must outlive it.
 */
#ifndef TALLY_H
#define TALLY_H

#include <stdbool.h>
#include <stddef.h>

#include "answer-type.h"
#include "diag.h"
#include "indset.h"
#include "strmap.h"

struct expert_answer {
	size_t expert;		/* index into the assessment's experts */
	enum answer_class cls;
	double score;		/* for ANSWER_SCORED */
	int confidence;		/* 1 to 3, or 0 when not given */
	char *answer;		/* as written, trimmed */
	char *evidence;		/* NULL when empty */
	char *good_practice;	/* NULL when empty */
	char *comment;		/* NULL when empty */
	const char *file;	/* owned by the tally */
	long line;
};

struct answer_list {
	struct expert_answer *items;
	size_t count;
	size_t cap;
};

struct assessment {
	char *country;
	char *round;
	char **experts;
	size_t nexperts;
	size_t experts_cap;
	struct strmap expert_index;
	struct answer_list *answers;	/* one list per indicator of the set */
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

/*
 * Add one answer. An expert answering the same indicator twice in one
 * assessment is an error (naming both lines) and the second answer is
 * dropped. Returns false on that error.
 */
bool tally_add(struct tally *t, const struct answer_row *row,
	       struct diag_list *diags);

/* Move every answer of from into into (same indicator set); from is
 * emptied. Duplicates across the two are reported as by tally_add. */
bool tally_merge(struct tally *into, struct tally *from,
		 struct diag_list *diags);

/* Put assessments in (country, round) order, experts in name order and
 * each indicator's answers in expert order, so results do not depend on
 * the order rows were read in. */
void tally_sort(struct tally *t);

/* The assessment for country and round, or NULL. */
struct assessment *tally_find(const struct tally *t, const char *country,
			      const char *round);

#endif

/* SPDX-License-Identifier: Apache-2.0 */
/*
 * compare.h - many countries side by side, for donors: one assessment
 * per country (all in one round, or each country's latest), a countries
 * x articles matrix of gaps in one dimension (legislative,
 * implementation or combined), countries ranked by their overall gap and
 * per instrument, and group means (regions, donor portfolios, ...) from
 * an optional country,group file. "gapscore compare" writes it as
 * compare.json, compare.csv and compare-groups.csv.
 *
 * The core (compare.c) is pure: it takes the indicator set, the tally,
 * options and the groups already read (load/groups.h), and returns plain
 * structs. The writers of publish/writers.h write compare.json,
 * compare.csv and compare-groups.csv.
 *
 * Gaps are kept unrounded for countries (1 - score, as in the report).
 * Ranks and group means work on the gaps as printed (rounded to 4
 * decimals), so that ties are the ties a reader sees and a spreadsheet's
 * AVERAGE over compare.csv gives compare-groups.csv.
 *
 * Ownership: a compare borrows the indicator set and the tally it was
 * built from (country and round strings point into the tally), which
 * must outlive it; it copies what it needs of the groups, which may be
 * released once compare_build returns. compare_free frees it.
 */
#ifndef COMPARE_H
#define COMPARE_H

#include <stdbool.h>
#include <stddef.h>

#include "load/groups.h"
#include "load/indset.h"
#include "score/score.h"
#include "load/tally.h"

#define COMPARE_SCHEMA "gapscore/compare/2"
/* The one group when no groups file is given. */
#define COMPARE_ALL "all"
/* The group of compared countries that the groups file does not list. */
#define COMPARE_UNGROUPED "ungrouped"

/* Which gap the matrix, the ranks and the means are about. */
enum compare_dimension {
	COMPARE_LEGISLATIVE,
	COMPARE_IMPLEMENTATION,
	COMPARE_COMBINED,	/* the mean of the non-null dimension scores */
};

/* The dimensions' names, indexed by enum compare_dimension, ending with
 * NULL. */
extern const char *const compare_dimension_names[];

const char *compare_dimension_name(enum compare_dimension d);

struct compare_options {
	struct score_options score;	/* how each assessment is scored */
	const char *country;	/* only this country; NULL: every one */
	const char *round;	/* this round; NULL: each country's latest
				 * (rounds sort as text) */
	enum compare_dimension dimension;
};

/* Defaults: score_options_init, every country, latest round,
 * legislative. */
void compare_options_init(struct compare_options *opt);

/* ------------------------------------------------------------------
 * The comparison.
 */

/* A gap, or null. */
struct compare_gap {
	bool has_gap;
	double gap;
};

/* One column of the matrix: an article of the set. */
struct compare_column {
	size_t instrument;	/* index into set->instruments */
	size_t article;		/* index into that instrument's articles */
};

/* One row of the matrix: a country in the round chosen for it. */
struct compare_country {
	const char *country;	/* borrowed from the tally */
	const char *country_name;	/* borrowed: its name, or the code */
	const char *round;	/* the round its column comes from */
	struct compare_gap overall;	/* over the instruments answered */
	struct compare_gap overall_coverage;	/* its coverage (has_gap:
						 * not null) */
	size_t rank;		/* 1 = smallest overall gap; 0: unranked */
	const char *unranked;	/* why it is not ranked (static), or NULL */
	struct compare_gap *instruments;	/* one per set instrument;
						 * null when not answered */
	struct compare_gap *instrument_coverage;	/* the same, coverage */
	size_t *instrument_ranks;	/* one per set instrument; 0: unranked */
	struct compare_gap *gaps;	/* one per column */
	size_t group;		/* index into compare->groups */
};

/* A group: the means over its countries' non-null gaps as printed. */
struct compare_group {
	char *name;		/* owned */
	size_t *members;	/* indexes into compare->countries, in
				 * country order */
	size_t nmembers;
	struct compare_gap overall;	/* null when no member has one */
	size_t overall_n;	/* the members with an overall gap */
	struct compare_gap *gaps;	/* one per column */
	size_t *n;		/* one per column: the members with a gap */
};

struct compare {
	const struct indset *set;
	struct compare_options options;
	struct compare_column *columns;	/* every article, in set order */
	size_t ncolumns;
	struct compare_country *countries;	/* in country (text) order */
	size_t ncountries;
	struct compare_group *groups;	/* by name, "ungrouped" last; only
					 * groups with a compared country */
	size_t ngroups;
};

/*
 * The assessments opt selects: --country, then --round or each
 * country's latest round; in tally order, so one per country, countries
 * in text order. Returns how many; *out (caller frees) holds pointers
 * into t. Nothing selected: 0 and *out is NULL.
 */
size_t compare_select(const struct tally *t,
		      const struct compare_options *opt,
		      const struct assessment ***out);

/*
 * Select, score (one assessment at a time) and compare. groups NULL:
 * one group COMPARE_ALL with every country; else each country in its
 * group, or in COMPARE_UNGROUPED. Never NULL; with nothing selected the
 * comparison has no countries and no groups.
 */
struct compare *compare_build(const struct indset *set,
			      const struct tally *t,
			      const struct compare_options *opt,
			      const struct compare_groups *groups);
void compare_free(struct compare *c);

/* "INSTRUMENT art. ARTICLE" for column k, in the --lang lang (NULL:
 * English, as the CSV heads it; caller frees). */
char *compare_column_label(const struct compare *c, size_t k,
			   const char *lang);

/*
 * The matrix as plain arrays, for charts: rows are the countries (or the
 * groups), columns the articles. values[row * ncols + col] is the gap
 * rounded to 4 decimals, meaningful when has_value[row * ncols + col].
 * The matrix owns its labels and arrays; it borrows nothing, so it may
 * outlive c. compare_matrix_release frees it.
 */
enum compare_rows {
	COMPARE_ROWS_COUNTRIES,
	COMPARE_ROWS_GROUPS,
};

struct compare_matrix {
	size_t nrows;
	size_t ncols;
	char **row_labels;	/* country codes or group names */
	char **col_labels;	/* "INSTRUMENT art. ARTICLE", in lang */
	double *values;
	bool *has_value;
};

void compare_matrix_init(struct compare_matrix *m, const struct compare *c,
			 enum compare_rows rows, const char *lang);
void compare_matrix_release(struct compare_matrix *m);


#endif

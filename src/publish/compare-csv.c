/* SPDX-License-Identifier: Apache-2.0 */
/*
 * compare-csv.c - the comparison's CSV tables: compare.csv and
 * compare-groups.csv, for spreadsheets; their tables are compare.xlsx's
 * two sheets too (compare-xlsx.c, through publish/table.h).
 *
 * The tables are meant to be opened in a spreadsheet, so no text from
 * the input files may become a formula there: every text cell, headings
 * included, goes through csvout with neutralisation (a leading
 * apostrophe before =, +, -, @, a tab or a carriage return). Numbers are
 * rounded to 4 decimals; a null is an empty cell.
 */
#include "config.h"
#include "publish/writers.h"
#include "score/compare.h"
#include "base/sink.h"
#include "publish/csvout.h"
#include "publish/table.h"
#include "base/strbuf.h"

#include <stdlib.h>
#include <string.h>

/* A gap cell: rounded, or empty for null. */
static void add_gap(struct table_out *t, const struct compare_gap *g)
{
	if (g->has_gap)
		table_number(t, g->gap);
	else
		table_empty(t);
}

/* The article headings, after the columns that name a row. */
static void add_column_headings(struct table_out *t, const struct compare *c)
{
	for (size_t k = 0; k < c->ncolumns; k++) {
		char *label = compare_column_label(c, k, NULL);

		table_text(t, label);
		free(label);
	}
	table_end_row(t);
}

/* The rest of a row after the cells that name it: its overall gap and
 * its article gaps. */
static void finish_row(struct table_out *t, const struct compare_gap *overall,
		       const struct compare_gap *gaps, size_t n)
{
	add_gap(t, overall);
	for (size_t k = 0; k < n; k++)
		add_gap(t, &gaps[k]);
	table_end_row(t);
}

/* compare.csv's table: one row per country. */
void compare_table(struct table_out *t, const struct compare *c)
{
	table_header(t, "country,round,rank,not_ranked_because,coverage,"
		     "overall_gap");
	add_column_headings(t, c);
	for (size_t i = 0; i < c->ncountries; i++) {
		const struct compare_country *row = &c->countries[i];

		table_text(t, row->country);
		table_text(t, row->round);
		if (row->rank)
			table_count(t, row->rank);
		else
			table_empty(t);
		table_text(t, row->unranked);
		add_gap(t, &row->overall_coverage);
		finish_row(t, &row->overall, row->gaps, c->ncolumns);
	}
}

/* compare-groups.csv's table: one row per group, the same article
 * columns. */
void compare_groups_table(struct table_out *t, const struct compare *c)
{
	table_header(t, "group,overall_gap");
	add_column_headings(t, c);
	for (size_t k = 0; k < c->ngroups; k++) {
		table_text(t, c->groups[k].name);
		finish_row(t, &c->groups[k].overall, c->groups[k].gaps,
			   c->ncolumns);
	}
}

/* compare.csv. */
void compare_csv(struct sink *out, const struct compare *c)
{
	struct table_out t;

	table_init_csv(&t, out);
	compare_table(&t, c);
	table_release(&t);
}

/* compare-groups.csv. */
void compare_groups_csv(struct sink *out, const struct compare *c)
{
	struct table_out t;

	table_init_csv(&t, out);
	compare_groups_table(&t, c);
	table_release(&t);
}

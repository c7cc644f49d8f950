/*
 * compare-csv.c - the comparison's CSV tables: compare.csv and
 * compare-groups.csv, for spreadsheets.
 *
 * The tables are meant to be opened in a spreadsheet, so no text from
 * the input files may become a formula there: every text cell, headings
 * included, goes through csvout with neutralisation (a leading
 * apostrophe before =, +, -, @, a tab or a carriage return). Numbers are
 * rounded to 4 decimals; a null is an empty cell.
 */
#include "config.h"
#include "score/compare.h"
#include "publish/csvout.h"
#include "base/strbuf.h"

#include <stdlib.h>
#include <string.h>

/* A gap cell: rounded, or empty for null. */
static void add_gap(struct strbuf *sb, const struct compare_gap *g)
{
	strbuf_addch(sb, ',');
	if (g->has_gap)
		csvout_number_text(sb, g->gap);
}

/* The article headings, after the columns that name a row. */
static void add_column_headings(struct strbuf *sb, const struct compare *c)
{
	for (size_t k = 0; k < c->ncolumns; k++) {
		char *label = compare_column_label(c, k);

		csvout_field(sb, label, false, true);
		free(label);
	}
	csvout_end_row(sb);
}

/* compare.csv: one row per country. */
char *compare_csv(const struct compare *c)
{
	struct strbuf sb;

	strbuf_init(&sb);
	strbuf_adds(&sb, "country,round,rank,overall_gap");
	add_column_headings(&sb, c);
	for (size_t i = 0; i < c->ncountries; i++) {
		const struct compare_country *row = &c->countries[i];

		csvout_field(&sb, row->country, true, true);
		csvout_field(&sb, row->round, false, true);
		strbuf_addch(&sb, ',');
		if (row->rank)
			strbuf_addf(&sb, "%zu", row->rank);
		add_gap(&sb, &row->overall);
		for (size_t k = 0; k < c->ncolumns; k++)
			add_gap(&sb, &row->gaps[k]);
		csvout_end_row(&sb);
	}
	return strbuf_detach(&sb);
}

/* compare-groups.csv: one row per group, the same article columns. */
char *compare_groups_csv(const struct compare *c)
{
	struct strbuf sb;

	strbuf_init(&sb);
	strbuf_adds(&sb, "group,overall_gap");
	add_column_headings(&sb, c);
	for (size_t k = 0; k < c->ngroups; k++) {
		const struct compare_group *g = &c->groups[k];

		csvout_field(&sb, g->name, true, true);
		add_gap(&sb, &g->overall);
		for (size_t col = 0; col < c->ncolumns; col++)
			add_gap(&sb, &g->gaps[col]);
		csvout_end_row(&sb);
	}
	return strbuf_detach(&sb);
}

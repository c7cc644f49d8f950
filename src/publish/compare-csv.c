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
#include "publish/writers.h"
#include "score/compare.h"
#include "base/sink.h"
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

/* The rest of a row after the cells that name it: its overall gap and
 * its article gaps; then the row goes to out. */
static void finish_row(struct sink *out, struct strbuf *sb,
		       const struct compare_gap *overall,
		       const struct compare_gap *gaps, size_t n)
{
	add_gap(sb, overall);
	for (size_t k = 0; k < n; k++)
		add_gap(sb, &gaps[k]);
	csvout_end_row(sb);
	sink_add(out, sb->buf, sb->len);
	strbuf_reset(sb);
}

/* compare.csv: one row per country. */
void compare_csv(struct sink *out, const struct compare *c)
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
		finish_row(out, &sb, &row->overall, row->gaps, c->ncolumns);
	}
	sink_add(out, sb.buf, sb.len);
	strbuf_release(&sb);
}

/* compare-groups.csv: one row per group, the same article columns. */
void compare_groups_csv(struct sink *out, const struct compare *c)
{
	struct strbuf sb;

	strbuf_init(&sb);
	strbuf_adds(&sb, "group,overall_gap");
	add_column_headings(&sb, c);
	for (size_t k = 0; k < c->ngroups; k++) {
		csvout_field(&sb, c->groups[k].name, true, true);
		finish_row(out, &sb, &c->groups[k].overall, c->groups[k].gaps,
			   c->ncolumns);
	}
	sink_add(out, sb.buf, sb.len);
	strbuf_release(&sb);
}

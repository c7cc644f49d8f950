/* SPDX-License-Identifier: Apache-2.0 */
/*
 * compare-xlsx.c - compare.xlsx: compare.csv's and compare-groups.csv's
 * tables (compare-csv.c) on two sheets of one workbook, numbers as
 * numbers, text as text.
 */
#include "config.h"
#include "publish/writers.h"
#include "publish/table.h"
#include "publish/xlsxout.h"
#include "publish/tr.h"

/* The headings of the columns that name a row, for a reader of --lang
 * (the article columns keep their labels). */
static const struct table_label compare_labels[] = {
	{ "country", N_("Country") }, { "round", N_("Round") },
	{ "rank", N_("Rank") },
	{ "not_ranked_because", N_("Not ranked because") },
	{ "coverage", N_("Coverage") }, { "overall_gap", N_("Overall gap") },
	{ "group", N_("Group") },
	{ NULL, NULL },
};

/* A sheet named name (English), or label in lang, holding the table
 * fill writes. */
static void add_table(struct xlsxout *x, const char *name, const char *label,
		      void (*fill)(struct table_out *, const struct compare *),
		      const struct compare *c, const char *lang)
{
	size_t sheet = xlsxout_add_sheet(x, !tr_own_words(lang)
					 ? name : tr_word(lang, label));
	struct table_out t;

	xlsxout_column(x, sheet, 0, 14, XLSXOUT_TEXT);
	table_init_sheet(&t, x, sheet);
	table_sheet_labels(&t, lang, compare_labels);
	fill(&t, c);
	table_release(&t);
}

/* The countries, then the groups. */
bool compare_xlsx(struct sink *out, const struct compare *c,
		  const char *lang, char **err)
{
	struct xlsxout *x = xlsxout_new(err);

	if (!x)
		return false;
	add_table(x, "countries", N_("By country"), compare_table, c, lang);
	add_table(x, "groups", N_("By group"), compare_groups_table, c, lang);
	return xlsxout_close(x, out, err);
}

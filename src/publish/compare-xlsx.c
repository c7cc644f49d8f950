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

/* A sheet named name holding the table fill writes. */
static void add_table(struct xlsxout *x, const char *name,
		      void (*fill)(struct table_out *, const struct compare *),
		      const struct compare *c)
{
	size_t sheet = xlsxout_add_sheet(x, name);
	struct table_out t;

	xlsxout_column(x, sheet, 0, 14, XLSXOUT_TEXT);
	table_init_sheet(&t, x, sheet);
	fill(&t, c);
	table_release(&t);
}

/* The countries, then the groups. */
bool compare_xlsx(struct sink *out, const struct compare *c, char **err)
{
	struct xlsxout *x = xlsxout_new(err);

	if (!x)
		return false;
	add_table(x, "countries", compare_table, c);
	add_table(x, "groups", compare_groups_table, c);
	return xlsxout_close(x, out, err);
}

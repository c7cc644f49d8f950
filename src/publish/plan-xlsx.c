/* SPDX-License-Identifier: Apache-2.0 */
/*
 * plan-xlsx.c - plan.xlsx: plan.csv's table (plan-csv.c) on one sheet of
 * a workbook, numbers as numbers, text as text.
 */
#include "config.h"
#include "publish/writers.h"
#include "publish/table.h"
#include "publish/xlsxout.h"

#include <stddef.h>

/* Widths of the first columns (id .. dimension), in characters. */
static const double plan_widths[] = { 14, 12, 9, 9, 11, 9, 36, 15 };

/* The one sheet, its header frozen. */
bool plan_xlsx(struct sink *out, const struct plan *p, char **err)
{
	struct xlsxout *x = xlsxout_new(err);
	struct table_out t;
	size_t sheet;

	if (!x)
		return false;
	sheet = xlsxout_add_sheet(x, "plan");
	for (size_t c = 0; c < sizeof(plan_widths) / sizeof(*plan_widths);
	     c++)
		xlsxout_column(x, sheet, c, plan_widths[c], XLSXOUT_TEXT);
	table_init_sheet(&t, x, sheet);
	plan_table(&t, p);
	table_release(&t);
	return xlsxout_close(x, out, err);
}

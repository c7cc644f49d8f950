/* SPDX-License-Identifier: Apache-2.0 */
/*
 * plan-xlsx.c - plan.xlsx: plan.csv's table (plan-csv.c) on one sheet of
 * a workbook, numbers as numbers, text as text.
 */
#include "config.h"
#include "publish/writers.h"
#include "publish/table.h"
#include "publish/xlsxout.h"
#include "publish/tr.h"

#include <stddef.h>

/* Widths of the first columns (id .. dimension), in characters. */
static const double plan_widths[] = { 14, 12, 9, 9, 11, 9, 36, 15 };

/* The headings of plan.csv's columns, for a reader of --lang. */
static const struct table_label plan_labels[] = {
	{ "id", N_("Need") }, { "kind", N_("Kind of need") },
	{ "country", N_("Country") }, { "round", N_("Round") },
	{ "instrument", N_("Instrument") }, { "article", N_("Article") },
	{ "title", N_("Title") }, { "dimension", N_("Dimension") },
	{ "priority", N_("Priority") }, { "gap", N_("Gap") },
	{ "coverage", N_("Coverage") }, { "rating", N_("Rating") },
	{ "status", N_("Status") }, { "categories", N_("Categories") },
	{ "activity", N_("Activity") },
	{ "beneficiaries", N_("Beneficiaries") },
	{ "cluster", N_("Cluster") }, { "effort", N_("Effort") },
	{ "measure", N_("Measure") },
	{ "baseline_score", N_("Baseline score") },
	{ "baseline_rating", N_("Baseline rating") },
	{ "target_score", N_("Target score") },
	{ "target_rating", N_("Target rating") },
	{ "indicators", N_("Indicators") },
	{ "recommendations", N_("Recommendations") },
	{ "guide_refs", N_("Guide references") },
	{ "model_law", N_("Model law") },
	{ NULL, NULL },
};

/* The one sheet, its header frozen. */
bool plan_xlsx(struct sink *out, const struct plan *p, const char *lang,
	       char **err)
{
	struct xlsxout *x = xlsxout_new(err);
	struct table_out t;
	size_t sheet;

	if (!x)
		return false;
	sheet = xlsxout_add_sheet(x, !tr_own_words(lang)
					     ? "plan"
					     : tr_word(lang, "Plan"));
	for (size_t c = 0; c < sizeof(plan_widths) / sizeof(*plan_widths);
	     c++)
		xlsxout_column(x, sheet, c, plan_widths[c], XLSXOUT_TEXT);
	table_init_sheet(&t, x, sheet);
	table_sheet_labels(&t, lang, plan_labels);
	plan_table(&t, p);
	table_release(&t);
	return xlsxout_close(x, out, err);
}

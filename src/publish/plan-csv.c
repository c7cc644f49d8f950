/* SPDX-License-Identifier: Apache-2.0 */
/*
 * plan-csv.c - plan.csv, the plan as one table for spreadsheets: one row
 * per need, in plan order (docs/plan.md), so that the priority column
 * adds up to the plan total. RFC 4180 quoting, UTF-8, LF line ends
 * (publish/csvout.h). The same table is plan.xlsx's (plan-xlsx.c): the
 * columns are described once, through publish/table.h.
 *
 * The file is meant to be opened in a spreadsheet, so every text cell
 * is neutralised: one that a spreadsheet would read as a formula gets a
 * leading apostrophe. Numbers are written as plain decimals.
 */
#include "config.h"
#include "publish/writers.h"
#include "score/plan.h"
#include "base/sink.h"
#include "publish/csvout.h"
#include "publish/table.h"
#include "base/strbuf.h"
#include "base/xalloc.h"

#include <stdlib.h>

static const char header[] =
	"id,kind,country,round,instrument,article,title,dimension,priority,"
	"gap,coverage,rating,status,categories,activity,beneficiaries,"
	"cluster,effort,measure,baseline_score,baseline_rating,target_score,"
	"target_rating,indicators,recommendations,guide_refs,model_law";

/* Between the items of a list cell, and between recommendations. */
#define LIST_SEP "; "
#define TEXT_SEP " | "

/* items joined with sep, as one text cell. */
static void add_list(struct table_out *sb, const char *const *items,
		     size_t n, const char *sep)
{
	struct strbuf cell;

	strbuf_init(&cell);
	for (size_t k = 0; k < n; k++) {
		if (k)
			strbuf_adds(&cell, sep);
		strbuf_adds(&cell, items[k]);
	}
	table_text(sb, cell.buf);
	strbuf_release(&cell);
}

/* A list of the plan as one cell. */
static void add_refs(struct table_out *sb, const struct plan_refs *refs,
		     const char *sep)
{
	add_list(sb, refs->items, refs->count, sep);
}

/* The category shares as "cat=share; cat=share". */
static void add_categories(struct table_out *sb, const struct plan_need *n)
{
	struct strbuf cell;

	strbuf_init(&cell);
	for (size_t c = 0; c < n->ncategories; c++) {
		if (c)
			strbuf_adds(&cell, LIST_SEP);
		strbuf_adds(&cell, n->categories[c].name);
		strbuf_addch(&cell, '=');
		csvout_number_text(&cell,
				   plan_units_value(n->categories[c].units));
	}
	table_text(sb, cell.buf);
	strbuf_release(&cell);
}

/* The ids of the indicators behind the need. */
static void add_indicators(struct table_out *sb, const struct plan *p,
			   const struct plan_need *n)
{
	const char **ids = xcalloc(n->nindicators + 1, sizeof(*ids));

	for (size_t k = 0; k < n->nindicators; k++)
		ids[k] = p->set->items[n->indicators[k].indicator].id;
	add_list(sb, ids, n->nindicators, LIST_SEP);
	free(ids);
}

/* A number cell, empty where there is none. */
static void add_number(struct table_out *sb, bool has, double x)
{
	if (has)
		table_number(sb, x);
	else
		table_empty(sb);
}

/* One row: one need. */
static void add_row(struct table_out *sb, const struct plan *p,
		    const struct plan_need *n)
{
	const struct instrument *ins = &p->set->instruments[n->instrument];
	const struct article *art = &ins->articles[n->article];
	const struct level_score *v = &n->value;
	bool coverage = n->measure == PLAN_MEASURE_COVERAGE;

	table_text(sb, n->id);
	table_text(sb, need_kind_name(n->kind));
	table_text(sb, n->country);
	table_text(sb, n->round);
	table_text(sb, ins->code);
	table_text(sb, art->label);
	table_text(sb, art->title);
	table_text(sb, p->set->dimensions[n->dimension]);
	table_number(sb, plan_units_value(n->units));
	add_number(sb, v->has_score, 1 - v->score);
	add_number(sb, v->has_coverage, v->coverage);
	table_text(sb, n->rating);
	table_text(sb, dim_status_name(n->status));
	add_categories(sb, n);
	add_refs(sb, &n->activities, LIST_SEP);
	add_refs(sb, &n->beneficiaries, LIST_SEP);
	add_refs(sb, &n->clusters, LIST_SEP);
	table_text(sb, plan_effort_name(n->effort));
	table_text(sb, plan_measure_name(n->measure));
	table_number(sb, n->baseline.value);
	table_text(sb, n->baseline.rating);
	table_number(sb, n->target.value);
	table_text(sb, coverage ? NULL : n->target.rating);
	add_indicators(sb, p, n);
	add_refs(sb, &n->recommendations, TEXT_SEP);
	add_refs(sb, &n->guide_refs, LIST_SEP);
	add_refs(sb, &n->model_law, LIST_SEP);
	table_end_row(sb);
}

/* The header and every need, in plan order, a row at a time. */
void plan_table(struct table_out *t, const struct plan *p)
{
	table_header(t, header);
	table_end_row(t);
	for (size_t k = 0; k < p->nneeds; k++)
		add_row(t, p, &p->needs[k]);
}

/* plan.csv. */
void plan_csv(struct sink *out, const struct plan *p)
{
	struct table_out t;

	table_init_csv(&t, out);
	plan_table(&t, p);
	table_release(&t);
}

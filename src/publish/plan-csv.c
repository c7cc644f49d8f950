/*
 * plan-csv.c - plan.csv, the plan as one table for spreadsheets: one row
 * per (category, instrument, need), in plan order. RFC 4180 quoting
 * (done here by hand, so libcsv stays with the CSV reader), UTF-8, LF
 * line ends.
 *
 * The file is meant to be opened in a spreadsheet, so text from the
 * input files must never become a formula there: a text cell starting
 * with =, +, -, @, a tab or a carriage return gets a leading apostrophe
 * (OWASP "CSV injection"). Numbers are written as plain decimals and are
 * never touched (a negative number cannot occur in a plan).
 */
#include "config.h"
#include "publish/writers.h"
#include "score/plan.h"
#include "base/sink.h"
#include "publish/csvout.h"
#include "base/strbuf.h"

#include <stdio.h>
#include <string.h>

static const char header[] =
	"ta_category,instrument,country,round,article,title,dimension,gap,"
	"priority,rating,status,guide_refs,cross_refs,unmet_indicators\n";

/* Between the items of a list cell. */
#define LIST_SEP "; "

/* Append the items of refs joined with LIST_SEP as one cell. */
static void add_refs(struct strbuf *sb, const struct plan_refs *refs)
{
	struct strbuf cell;

	strbuf_init(&cell);
	for (size_t k = 0; k < refs->count; k++) {
		if (k)
			strbuf_adds(&cell, LIST_SEP);
		strbuf_adds(&cell, refs->items[k]);
	}
	csvout_text(sb, cell.buf, true);
	strbuf_release(&cell);
}

/* Append the ids of a need's unmet indicators as one cell. */
static void add_unmet(struct strbuf *sb, const struct plan *p,
		      const struct plan_need *n)
{
	struct strbuf cell;

	strbuf_init(&cell);
	for (size_t k = 0; k < n->nunmet; k++) {
		if (k)
			strbuf_adds(&cell, LIST_SEP);
		strbuf_adds(&cell, p->set->items[n->unmet[k].indicator].id);
	}
	csvout_text(sb, cell.buf, true);
	strbuf_release(&cell);
}

/* One row: a need under one category. */
static void add_row(struct strbuf *sb, const struct plan *p,
		    const char *category, const struct plan_need *n)
{
	const struct instrument *ins = &p->set->instruments[n->instrument];
	const struct article *art = &ins->articles[n->article];
	const struct plan_assessment *as = &p->assessments[n->assessment];

	csvout_text(sb, category, true);
	strbuf_addch(sb, ',');
	csvout_text(sb, ins->code, true);
	strbuf_addch(sb, ',');
	csvout_text(sb, as->country, true);
	strbuf_addch(sb, ',');
	csvout_text(sb, as->round, true);
	strbuf_addch(sb, ',');
	csvout_text(sb, art->label, true);
	strbuf_addch(sb, ',');
	csvout_text(sb, art->title, true);
	strbuf_addch(sb, ',');
	csvout_text(sb, p->set->dimensions[n->dimension], true);
	strbuf_addch(sb, ',');
	csvout_number_text(sb, 1 - n->score);
	strbuf_addch(sb, ',');
	csvout_number_text(sb, n->priority);
	strbuf_addch(sb, ',');
	csvout_text(sb, n->rating ? n->rating : "", true);
	strbuf_addch(sb, ',');
	csvout_text(sb, dim_status_name(n->status), true);
	strbuf_addch(sb, ',');
	add_refs(sb, &n->guide_refs);
	strbuf_addch(sb, ',');
	add_refs(sb, &n->cross_refs);
	strbuf_addch(sb, ',');
	add_unmet(sb, p, n);
	strbuf_addch(sb, '\n');
}

/* The header and every row, in plan order, a row at a time. */
void plan_csv(struct sink *out, const struct plan *p)
{
	struct strbuf sb;

	strbuf_init(&sb);
	sink_adds(out, header);
	for (size_t c = 0; c < p->ncategories; c++) {
		const struct plan_category *cat = &p->categories[c];
		for (size_t s = 0; s < cat->ninstruments; s++) {
			const struct plan_instrument *g = &cat->instruments[s];
			for (size_t k = 0; k < g->nneeds; k++) {
				strbuf_reset(&sb);
				add_row(&sb, p, cat->name,
					&p->needs[g->needs[k]]);
				sink_add(out, sb.buf, sb.len);
			}
		}
	}
	strbuf_release(&sb);
}

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
#include "plan.h"
#include "gapscore.h"

#include <stdio.h>
#include <string.h>

static const char header[] =
	"ta_category,instrument,country,round,article,title,dimension,gap,"
	"priority,rating,status,guide_refs,cross_refs,unmet_indicators\n";

/* Between the items of a list cell. */
#define LIST_SEP "; "

/* One text cell, neutralised and quoted (see the top of the file). */
void plan_csv_text(struct strbuf *sb, const char *text)
{
	bool formula = text[0] != '\0' && strchr("=+-@\t\r", text[0]);
	bool quote = strpbrk(text, ",\"\r\n") != NULL;

	if (quote)
		strbuf_addch(sb, '"');
	if (formula)
		strbuf_addch(sb, '\'');
	for (const char *s = text; *s; s++) {
		if (*s == '"')
			strbuf_addch(sb, '"');
		strbuf_addch(sb, *s);
	}
	if (quote)
		strbuf_addch(sb, '"');
}

/* One number cell: 4 decimals at most, trailing zeros dropped. */
void plan_csv_number(struct strbuf *sb, double x)
{
	char buf[64];
	size_t len;

	/* %.4f never uses an exponent; the zeros it pads with go. */
	snprintf(buf, sizeof(buf), "%.4f", round4(x) + 0.0);
	len = strlen(buf);
	while (len > 0 && buf[len - 1] == '0')
		len--;
	if (len > 0 && buf[len - 1] == '.')
		len--;
	if (len == 2 && !strncmp(buf, "-0", 2))
		strbuf_addch(sb, '0');
	else
		strbuf_add(sb, buf, len);
}

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
	plan_csv_text(sb, cell.buf);
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
	plan_csv_text(sb, cell.buf);
	strbuf_release(&cell);
}

/* One row: a need under one category. */
static void add_row(struct strbuf *sb, const struct plan *p,
		    const char *category, const struct plan_need *n)
{
	const struct instrument *ins = &p->set->instruments[n->instrument];
	const struct article *art = &ins->articles[n->article];
	const struct plan_assessment *as = &p->assessments[n->assessment];

	plan_csv_text(sb, category);
	strbuf_addch(sb, ',');
	plan_csv_text(sb, ins->code);
	strbuf_addch(sb, ',');
	plan_csv_text(sb, as->country);
	strbuf_addch(sb, ',');
	plan_csv_text(sb, as->round);
	strbuf_addch(sb, ',');
	plan_csv_text(sb, art->label);
	strbuf_addch(sb, ',');
	plan_csv_text(sb, art->title);
	strbuf_addch(sb, ',');
	plan_csv_text(sb, p->set->dimensions[n->dimension]);
	strbuf_addch(sb, ',');
	plan_csv_number(sb, 1 - n->score);
	strbuf_addch(sb, ',');
	plan_csv_number(sb, n->priority);
	strbuf_addch(sb, ',');
	plan_csv_text(sb, n->rating ? n->rating : "");
	strbuf_addch(sb, ',');
	plan_csv_text(sb, dim_status_name(n->status));
	strbuf_addch(sb, ',');
	add_refs(sb, &n->guide_refs);
	strbuf_addch(sb, ',');
	add_refs(sb, &n->cross_refs);
	strbuf_addch(sb, ',');
	add_unmet(sb, p, n);
	strbuf_addch(sb, '\n');
}

/* The header and every row, in plan order. */
char *plan_csv(const struct plan *p)
{
	struct strbuf sb;

	strbuf_init(&sb);
	strbuf_adds(&sb, header);
	for (size_t c = 0; c < p->ncategories; c++) {
		const struct plan_category *cat = &p->categories[c];
		for (size_t s = 0; s < cat->ninstruments; s++) {
			const struct plan_instrument *g = &cat->instruments[s];
			for (size_t k = 0; k < g->nneeds; k++)
				add_row(&sb, p, cat->name,
					&p->needs[g->needs[k]]);
		}
	}
	return strbuf_detach(&sb);
}

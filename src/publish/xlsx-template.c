/* SPDX-License-Identifier: Apache-2.0 */
/*
 * xlsx-template.c - the answer sheet as a workbook (see xlsx-template.h):
 * the same rows as the CSV template, laid out for an expert who fills
 * it offline, through publish/xlsxout.h.
 */
#include "config.h"
#include "publish/xlsx-template.h"
#include "publish/catalog-out.h"
#include "publish/xlsxout.h"
#include "publish/tr.h"
#include "base/strbuf.h"
#include "base/xalloc.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Where the columns are (catalog_template_columns, then the extras). */
enum {
	COL_ANSWER = 4,
	COL_CONFIDENCE = 5,
	COL_QUESTION = 9,
	COL_ALLOWED = 10,
};

/* Width of each column in characters: the CSV template's. */
static const double widths[] = {
	8, 8, 10, 16, 16, 11, 36, 24, 24,	/* answers columns */
	60, 28, 16, 11, 8, 32, 14, 10, 16,	/* help columns */
	12, 22,					/* obligation, guide_ref */
	6, 11,					/* lang, review */
};

/* What each column holds, for a reader of --lang: a note on its header
 * cell, whose text stays the column name that the answers loader reads
 * (catalog_template_columns, in the same order). */
static const char *const labels[] = {
	N_("Country"), N_("Round"), N_("Expert"), N_("Indicator"),
	N_("Answer"), N_("Confidence"), N_("Evidence"), N_("Good practice"),
	N_("Comment"), N_("Question"), N_("Allowed answers"),
	N_("Answer type"), N_("Instrument"), N_("Article"),
	N_("Article title"), N_("Dimension"), N_("Paragraph"),
	N_("Depends on"), N_("Obligation"), N_("Guide reference"),
	N_("Language of the answers"), N_("Review"),
};

/* A scale with at most this many whole steps gets a dropdown of them. */
#define SCALE_LIST_MAX 21

/* What confidence takes, in its dropdown. */
static const char *const confidence_items[] = { "low", "medium", "high" };

/* A list of strings being built: the items and the copies to free. */
struct items {
	const char **item;
	char **owned;
	size_t n, nowned, cap;
};

/* Add s (borrowed) to the list. */
static void items_add(struct items *l, const char *s)
{
	if (l->n + 1 > l->cap) {
		size_t cap = l->cap;
		GROW(l->item, cap, l->n + 1);
		l->owned = xrealloc(l->owned, cap * sizeof(*l->owned));
		l->cap = cap;
	}
	l->item[l->n++] = s;
}

/* Add s (taken) to the list. */
static void items_take(struct items *l, char *s)
{
	items_add(l, s);
	l->owned[l->nowned++] = s;
}

/* Free the list. */
static void items_release(struct items *l)
{
	for (size_t i = 0; i < l->nowned; i++)
		free(l->owned[i]);
	free(l->owned);
	free(l->item);
	memset(l, 0, sizeof(*l));
}

/* The answers a dropdown can offer for the type, then n/a and unknown;
 * false when the type takes numbers or text that no list holds. */
static bool answer_items(const struct answer_type *at, struct items *l)
{
	switch (at->kind) {
	case ANSWER_YESNO:
		items_add(l, "yes");
		items_add(l, "no");
		break;
	case ANSWER_YESNOPARTIAL:
		items_add(l, "yes");
		items_add(l, "partial");
		items_add(l, "no");
		break;
	case ANSWER_CHOICE:
		for (size_t k = 0; k < at->noptions; k++)
			items_add(l, at->options[k].name);
		break;
	case ANSWER_SCALE:
		if (at->lo != floor(at->lo) || at->hi != floor(at->hi) ||
		    at->hi - at->lo >= SCALE_LIST_MAX)
			return false;
		for (double v = at->lo; v <= at->hi; v++)
			items_take(l, xasprintf("%.0f", v));
		break;
	default:
		return false;
	}
	items_add(l, "n/a");
	items_add(l, "unknown");
	return true;
}

/* The rule for a number answer in cell ref: a number (within lo..hi
 * when bounded), n/a or unknown. Caller frees. */
static char *number_formula(const char *ref, bool bounded, double lo,
			    double hi)
{
	if (!bounded)
		return xasprintf("OR(ISNUMBER(%s),%s=\"n/a\",%s=\"unknown\")",
				 ref, ref, ref);
	return xasprintf("OR(AND(ISNUMBER(%s),%s>=%.15g,%s<=%.15g),"
			 "%s=\"n/a\",%s=\"unknown\")", ref, ref, lo, ref, hi,
			 ref, ref);
}

/* The validation of indicator ind's answer cell at row of sheet. */
static void answer_rule(struct xlsxout *x, size_t sheet, size_t row,
			const struct indicator *ind, const char *lang)
{
	char *allowed = catalog_allowed_answers(ind, lang);
	char *message = xasprintf(tr_word(lang, "Allowed: %s"), allowed);
	const struct answer_type *at = &ind->type;
	struct items l = { 0 };
	char ref[16], *formula = NULL;

	if (answer_items(at, &l)) {
		xlsxout_list_rule(x, sheet, row, row, COL_ANSWER, l.item, l.n,
				  message);
	} else if (at->kind != ANSWER_TEXT) {
		xlsxout_cell_ref(row, COL_ANSWER, ref);
		formula = number_formula(ref, at->kind != ANSWER_NUMBER,
					 at->kind == ANSWER_PERCENT ? 0 : at->lo,
					 at->kind == ANSWER_PERCENT ? 100
								    : at->hi);
		xlsxout_formula_rule(x, sheet, row, row, COL_ANSWER, formula,
				     message);
	}
	items_release(&l);
	free(formula);
	free(message);
	free(allowed);
}

/* The five cells to fill: blank, or prefilled from pre (marked). */
static void input_cells(struct xlsxout *x, size_t sheet, size_t row,
			size_t col, const struct template_answer *pre)
{
	const char *cells[5] = { NULL, NULL, NULL, NULL, NULL };
	enum xlsxout_style style = pre ? XLSXOUT_PREFILLED : XLSXOUT_INPUT;

	if (pre) {
		cells[0] = pre->answer;
		cells[1] = catalog_confidence_name(pre->confidence);
		cells[2] = pre->evidence;
		cells[3] = pre->good_practice;
		cells[4] = pre->comment;
	}
	for (int k = 0; k < 5; k++)
		xlsxout_text(x, sheet, row, col + (size_t)k,
			     cells[k] && cells[k][0] ? cells[k] : NULL, style);
}

/* The row's cells: codes, the five cells to fill, the help, lang and
 * review. */
static void template_cells(struct xlsxout *x, size_t sheet, size_t row,
			   const struct indset *set, size_t i,
			   const struct catalog_filter *f,
			   const char *const who[3],
			   const struct template_answer *pre)
{
	const struct indicator *ind = &set->items[i];
	char *allowed = catalog_allowed_answers(ind, f->lang);
	char *dep = ind->has_parent ? xasprintf("%s=%s", ind->parent_id,
						ind->parent_value)
				    : NULL;
	const char *help[] = {
		catalog_question(set, i, f->lang), allowed,
		ind->answer_type_text, set->instruments[ind->instrument].code,
		indset_article(set, ind)->label,
		catalog_article_title(set, i, f->lang),
		set->dimensions[ind->dimension], ind->paragraph, dep,
		obligation_name(ind->obligation),
		indset_guide_ref(set, i, f->lang),
	};
	size_t col = 0;

	for (int k = 0; k < 3; k++)
		xlsxout_text(x, sheet, row, col++, who[k], XLSXOUT_TEXT);
	xlsxout_text(x, sheet, row, col++, ind->id, XLSXOUT_TEXT);
	input_cells(x, sheet, row, col, pre);
	col += 5;
	for (size_t k = 0; k < sizeof(help) / sizeof(*help); k++)
		xlsxout_text(x, sheet, row, col++, help[k], XLSXOUT_WRAP);
	xlsxout_text(x, sheet, row, col++, catalog_template_lang(f)[0]
		     ? catalog_template_lang(f) : NULL, XLSXOUT_TEXT);
	xlsxout_text(x, sheet, row, col++,
		     pre ? tr_word(f->lang, "prefilled") : NULL,
		     pre ? XLSXOUT_PREFILLED : XLSXOUT_TEXT);
	free(allowed);
	free(dep);
}

/* A new sheet for an instrument: header, widths, frozen, protected. */
static size_t add_instrument_sheet(struct xlsxout *x, const char *code,
				   const char *lang)
{
	size_t sheet = xlsxout_add_sheet(x, code);
	size_t col = 0;

	for (size_t c = 0; c < catalog_template_ncolumns; c++) {
		xlsxout_text(x, sheet, 0, col, catalog_template_columns[c],
			     XLSXOUT_HEADER);
		if (tr_own_words(lang) && c < sizeof(labels) / sizeof(*labels))
			xlsxout_comment(x, sheet, 0, col,
					tr_word(lang, labels[c]));
		col++;
	}
	for (size_t c = 0; c < sizeof(widths) / sizeof(*widths); c++)
		xlsxout_column(x, sheet, c, widths[c], XLSXOUT_TEXT);
	xlsxout_freeze_rows(x, sheet, 1);
	xlsxout_protect(x, sheet);
	if (tr_rtl(lang))
		xlsxout_right_to_left(x, sheet);
	return sheet;
}

/* The sheets, in the order of the instruments' first indicator, and the
 * rows of each in set order. */
static void fill_book(struct xlsxout *x, const struct indset *set,
		      const struct catalog_filter *f, const size_t *idx,
		      size_t n, const char *const who[3],
		      const struct template_fill *fill)
{
	size_t *sheet_of = xcalloc(set->ninstruments + 1, sizeof(*sheet_of));
	size_t *rows_of = xcalloc(set->ninstruments + 1, sizeof(*rows_of));

	for (size_t k = 0; k < n; k++) {
		const struct indicator *ind = &set->items[idx[k]];
		size_t ins = ind->instrument, row;

		if (!rows_of[ins]) {
			sheet_of[ins] = add_instrument_sheet(
				x, set->instruments[ins].code, f->lang);
			rows_of[ins] = 1;
		}
		row = rows_of[ins]++;
		template_cells(x, sheet_of[ins], row, set, idx[k], f, who,
			       fill && fill->answers &&
			       fill->answers[idx[k]].answer
			       ? &fill->answers[idx[k]] : NULL);
		answer_rule(x, sheet_of[ins], row, ind, f->lang);
		xlsxout_list_rule(x, sheet_of[ins], row, row, COL_CONFIDENCE,
				  confidence_items, 3,
				  tr_word(f->lang, "Allowed: low, medium, "
					  "high, or empty"));
	}
	free(sheet_of);
	free(rows_of);
}

/* A blank workbook. */
bool catalog_template_xlsx(struct sink *out, const struct indset *set,
			   const struct catalog_filter *f,
			   const char *country, const char *round,
			   const char *expert, size_t *rows, char **err)
{
	return catalog_template_xlsx_fill(out, set, f, country, round, expert,
					  NULL, rows, err);
}

/* Select, refuse an empty selection, build the workbook. */
bool catalog_template_xlsx_fill(struct sink *out, const struct indset *set,
				const struct catalog_filter *f,
				const char *country, const char *round,
				const char *expert,
				const struct template_fill *fill, size_t *rows,
				char **err)
{
	const char *const who[3] = { country, round, expert };
	struct xlsxout *x;
	size_t *idx, n;

	if (!catalog_select_sheet(set, f, &idx, &n, err))
		return false;
	x = xlsxout_new(err);
	if (!x) {
		free(idx);
		return false;
	}
	fill_book(x, set, f, idx, n, who, fill);
	free(idx);
	if (rows)
		*rows = n;
	return xlsxout_close(x, out, err);
}

/* SPDX-License-Identifier: Apache-2.0 */
/*
 * catalog-out.c - the listing and the answer sheet built from a catalog
 * selection (see catalog-out.h). Every text cell of the CSV goes through
 * csvout, neutralised against spreadsheet formulas (a round or an expert
 * may start with '-'; the answers loader takes the apostrophe off again);
 * the text listing escapes control characters.
 */
#include "config.h"
#include "publish/catalog-out.h"
#include "publish/csvout.h"
#include "publish/tr.h"
#include "base/xalloc.h"
#include "base/strbuf.h"
#include "load/answer-words.h"

#include <stdlib.h>
#include <string.h>

const char *const catalog_template_columns[] = {
	/* the answers format */
	"country", "round", "expert", "indicator", "answer", "confidence",
	"evidence", "good_practice", "comment",
	/* help for the expert; answers loaders ignore them */
	"question", "allowed_answers", "answer_type", "instrument", "article",
	"article_title", "dimension", "paragraph", "depends_on",
	"obligation", "guide_ref",
	/* the answers' language (read back), and the review mark */
	"lang", "review",
};
const size_t catalog_template_ncolumns =
	sizeof(catalog_template_columns) / sizeof(catalog_template_columns[0]);

static const char list_csv_header[] =
	"id,instrument,article,article_title,dimension,obligation,answer_type,"
	"question,guide_ref,ta_category,crime_type\n";

/* The options of a choice, comma-separated. */
static void add_options(struct strbuf *sb, const struct answer_type *at)
{
	for (size_t i = 0; i < at->noptions; i++)
		strbuf_addf(sb, "%s%s", i ? ", " : "", at->options[i].name);
}

/* What the type accepts in lang's words around the answers' codes (the
 * codes stay as they are typed). */
static void describe_lang(struct strbuf *sb, const struct answer_type *at,
			  const char *lang)
{
	struct strbuf opts;

	switch (at->kind) {
	case ANSWER_YESNO:
		strbuf_addf(sb, tr_word(lang, "%s or %s"), "yes", "no");
		break;
	case ANSWER_YESNOPARTIAL:
		strbuf_addf(sb, tr_word(lang, "%s, %s or %s"), "yes",
			    "partial", "no");
		break;
	case ANSWER_PERCENT:
		strbuf_addf(sb, tr_word(lang, "a number from %g to %g"),
			    0.0, 100.0);
		break;
	case ANSWER_SCALE:
		strbuf_addf(sb, tr_word(lang, "a number from %g to %g"),
			    at->lo, at->hi);
		break;
	case ANSWER_CHOICE:
		strbuf_init(&opts);
		add_options(&opts, at);
		strbuf_addf(sb, tr_word(lang, "one of %s"), opts.buf);
		strbuf_release(&opts);
		break;
	case ANSWER_NUMBER:
		strbuf_adds(sb, tr_word(lang, "a number"));
		break;
	default:
		strbuf_adds(sb, tr_word(lang, "free text"));
		break;
	}
}

/* What the type accepts, what valid_regex demands, and the reserved
 * answers, in lang (NULL: English). */
char *catalog_allowed_answers(const struct indicator *ind, const char *lang)
{
	bool english = tr_is_english(lang);
	struct strbuf sb;

	strbuf_init(&sb);
	if (english)
		answer_type_describe(&ind->type, &sb);
	else
		describe_lang(&sb, &ind->type, lang);
	/* An answer valid_regex refuses would not validate: say so. */
	if (ind->valid_regex_text && ind->valid_regex_text[0])
		strbuf_addf(&sb, english ? " matching %s"
				 : tr_word(lang, " matching %s"),
			    ind->valid_regex_text);
	if (english)
		strbuf_adds(&sb, "; or n/a, unknown");
	else
		strbuf_addf(&sb, tr_word(lang, "; or %s, %s"), "n/a",
			    "unknown");
	return strbuf_detach(&sb);
}

/* "ID=VALUE" of a follow-up, or NULL. Caller frees. */
static char *depends_on_text(const struct indicator *ind)
{
	if (!ind->has_parent)
		return NULL;
	return xasprintf("%s=%s", ind->parent_id, ind->parent_value);
}

/* The name of a confidence level. */
const char *catalog_confidence_name(int c)
{
	static const char *const names[] = { "", "low", "medium", "high" };

	return c >= 1 && c <= 3 ? names[c] : "";
}

/* The earlier answer to indicator i that fill holds, or NULL. */
static const struct template_answer *fill_of(const struct template_fill *fill,
					     size_t i)
{
	if (!fill || !fill->answers || !fill->answers[i].answer)
		return NULL;
	return &fill->answers[i];
}

/* One template row: the answers cells (blank, or prefilled), the help
 * cells, then lang and review. */
static void template_row(struct strbuf *sb, const struct indset *set,
			 size_t i, const struct catalog_filter *f,
			 const char *const who[3],
			 const struct template_fill *fill)
{
	const struct indicator *ind = &set->items[i];
	char *allowed = catalog_allowed_answers(ind, f->lang);
	char *dep = depends_on_text(ind);
	const struct template_answer *pre = fill_of(fill, i);

	/* Validated codes: written as they are. */
	csvout_field(sb, who[0], true, true);
	csvout_field(sb, who[1], false, true);
	csvout_field(sb, who[2], false, true);
	csvout_field(sb, ind->id, false, true);
	csvout_field(sb, pre ? pre->answer : "", false, true);
	csvout_field(sb, pre ? catalog_confidence_name(pre->confidence) : "",
		     false, true);
	csvout_field(sb, pre && pre->evidence ? pre->evidence : "", false,
		     true);
	csvout_field(sb, pre && pre->good_practice ? pre->good_practice : "",
		     false, true);
	csvout_field(sb, pre && pre->comment ? pre->comment : "", false,
		     true);
	csvout_field(sb, catalog_question(set, i, f->lang), false, true);
	csvout_field(sb, allowed, false, true);
	csvout_field(sb, ind->answer_type_text, false, true);
	csvout_field(sb, set->instruments[ind->instrument].code, false, true);
	csvout_field(sb, indset_article(set, ind)->label, false, true);
	csvout_field(sb, catalog_article_title(set, i, f->lang), false, true);
	csvout_field(sb, set->dimensions[ind->dimension], false, true);
	csvout_field(sb, ind->paragraph, false, true);
	csvout_field(sb, dep, false, true);
	csvout_field(sb, obligation_name(ind->obligation), false, true);
	csvout_field(sb, indset_guide_ref(set, i, f->lang), false, true);
	csvout_field(sb, catalog_template_lang(f), false, true);
	csvout_field(sb, pre ? tr_word(f->lang, "prefilled") : "", false,
		     true);
	csvout_end_row(sb);
	free(allowed);
	free(dep);
}

/* The lang cell: f->lang when it has answer words, else empty (a lang
 * cell the loader cannot read would make the sheet invalid). */
const char *catalog_template_lang(const struct catalog_filter *f)
{
	return f->lang && answer_words_has_lang(f->lang) ? f->lang : "";
}

/* A blank sheet. */
char *catalog_template_csv(const struct indset *set,
			   const struct catalog_filter *f, const char *country,
			   const char *round, const char *expert, size_t *rows,
			   char **err)
{
	return catalog_template_csv_fill(set, f, country, round, expert, NULL,
					 rows, err);
}

/* The header, then one row per selected indicator; nothing selected is
 * an error, as a sheet without rows helps no one. */
char *catalog_template_csv_fill(const struct indset *set,
				const struct catalog_filter *f,
				const char *country, const char *round,
				const char *expert,
				const struct template_fill *fill, size_t *rows,
				char **err)
{
	const char *const who[3] = { country, round, expert };
	struct strbuf sb;
	size_t *idx, n;

	if (!catalog_select_sheet(set, f, &idx, &n, err))
		return NULL;
	strbuf_init(&sb);
	for (size_t c = 0; c < catalog_template_ncolumns; c++)
		csvout_field(&sb, catalog_template_columns[c], c == 0, false);
	csvout_end_row(&sb);
	for (size_t k = 0; k < n; k++)
		template_row(&sb, set, idx[k], f, who, fill);
	free(idx);
	if (rows)
		*rows = n;
	return strbuf_detach(&sb);
}

/*
 * Append text for a terminal: each line break starts a new line indented
 * by indent, other control characters (C0, DEL, and C1 such as U+009B,
 * which some terminals obey) are escaped.
 */
static void add_display(struct strbuf *sb, const char *s, const char *indent)
{
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;

		if (c == '\r' && s[1] == '\n')
			continue;
		if (c == '\n' || c == '\r') {
			strbuf_addch(sb, '\n');
			strbuf_adds(sb, indent);
		} else if (c == '\t') {
			strbuf_addch(sb, ' ');
		} else if (c < 0x20 || c == 0x7f) {
			strbuf_addf(sb, "\\x%02x", c);
		} else if (c == 0xc2 && (unsigned char)s[1] >= 0x80 &&
			   (unsigned char)s[1] <= 0x9f) {
			strbuf_addf(sb, "\\u%04x", (unsigned char)s[1]);
			s++;
		} else {
			strbuf_addch(sb, (char)c);
		}
	}
}

/* s as the listing shows it, its lines after the first indented by
 * indent (see add_display; caller frees). */
static char *displayed(const char *s, const char *indent)
{
	struct strbuf sb;

	strbuf_init(&sb);
	add_display(&sb, s, indent);
	return strbuf_detach(&sb);
}

/* One block of the text listing, its labels in ui (NULL: English). */
static void list_block(struct strbuf *sb, const struct indset *set, size_t i,
		       const struct catalog_filter *f, const char *ui)
{
	const struct indicator *ind = &set->items[i];
	char *allowed = catalog_allowed_answers(ind, ui);
	char *shown = displayed(allowed, "    ");
	char *label = displayed(indset_article(set, ind)->label, "");
	char *dim = displayed(tr_word(ui, set->dimensions[ind->dimension]),
			      "");

	add_display(sb, ind->id, "");
	strbuf_adds(sb, "  ");
	add_display(sb, set->instruments[ind->instrument].code, "");
	strbuf_adds(sb, " ");
	strbuf_addf(sb, tr_word(ui, "art. %s (%s, %s)"), label, dim,
		    tr_word(ui, obligation_name(ind->obligation)));
	strbuf_adds(sb, "\n    ");
	add_display(sb, catalog_question(set, i, f->lang), "    ");
	strbuf_adds(sb, "\n  ");
	strbuf_addf(sb, tr_word(ui, "answers: %s"), shown);
	strbuf_adds(sb, "\n\n");
	free(shown);
	free(label);
	free(dim);
	free(allowed);
}

/* A ;-separated list as one cell's text (caller frees). */
static char *joined(const struct str_list *l)
{
	struct strbuf sb;

	strbuf_init(&sb);
	for (size_t i = 0; i < l->count; i++) {
		if (i)
			strbuf_addch(&sb, ';');
		strbuf_adds(&sb, l->items[i]);
	}
	return strbuf_detach(&sb);
}

/* One row of the CSV listing (ui is not used: the CSV is for
 * programs). */
static void list_row(struct strbuf *sb, const struct indset *set, size_t i,
		     const struct catalog_filter *f, const char *ui)
{
	const struct indicator *ind = &set->items[i];
	char *ta = joined(&ind->ta_categories);
	char *crimes = joined(&ind->crime_types);

	(void)ui;
	csvout_field(sb, ind->id, true, true);
	csvout_field(sb, set->instruments[ind->instrument].code, false, true);
	csvout_field(sb, indset_article(set, ind)->label, false, true);
	csvout_field(sb, catalog_article_title(set, i, f->lang), false, true);
	csvout_field(sb, set->dimensions[ind->dimension], false, true);
	csvout_field(sb, obligation_name(ind->obligation), false, true);
	csvout_field(sb, ind->answer_type_text, false, true);
	csvout_field(sb, catalog_question(set, i, f->lang), false, true);
	csvout_field(sb, indset_guide_ref(set, i, f->lang), false, true);
	csvout_field(sb, ta, false, true);
	csvout_field(sb, crimes, false, true);
	csvout_end_row(sb);
	free(ta);
	free(crimes);
}

/* How one selected indicator is written, its labels in ui. */
typedef void (*listing_fn)(struct strbuf *sb, const struct indset *set,
			   size_t i, const struct catalog_filter *f,
			   const char *ui);

/* The last line of the text listing: "N indicators" in ui. */
static void add_count(struct strbuf *sb, size_t n, const char *ui)
{
	strbuf_addf(sb, n == 1 ? tr_word(ui, "%zu indicator")
			       : tr_word(ui, "%zu indicators"), n);
	strbuf_addch(sb, '\n');
}

/* head, then each indicator f selects as add writes it, then (with
 * footer) their number; *count gets the number when count is not NULL. */
static char *listing(const struct indset *set, const struct catalog_filter *f,
		     const char *head, listing_fn add, bool footer,
		     const char *ui, size_t *count, char **err)
{
	struct strbuf sb;
	size_t *idx, n;

	if (!catalog_select(set, f, &idx, &n, err))
		return NULL;
	strbuf_init(&sb);
	strbuf_adds(&sb, head);
	for (size_t k = 0; k < n; k++)
		add(&sb, set, idx[k], f, ui);
	if (footer)
		add_count(&sb, n, ui);
	free(idx);
	if (count)
		*count = n;
	return strbuf_detach(&sb);
}

/* Blocks for people, then "N indicators", the labels in ui. */
char *catalog_list_text_lang(const struct indset *set,
			     const struct catalog_filter *f, const char *ui,
			     size_t *count, char **err)
{
	return listing(set, f, "", list_block, true, ui, count, err);
}

/* Blocks for people, then "N indicators", in English. */
char *catalog_list_text(const struct indset *set,
			const struct catalog_filter *f, size_t *count,
			char **err)
{
	return catalog_list_text_lang(set, f, NULL, count, err);
}

/* The header, then one row per indicator. */
char *catalog_list_csv(const struct indset *set,
		       const struct catalog_filter *f, size_t *count,
		       char **err)
{
	return listing(set, f, list_csv_header, list_row, false, NULL, count,
		       err);
}

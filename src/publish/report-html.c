/* SPDX-License-Identifier: Apache-2.0 */
/*
 * report-html.c - the HTML page of one assessment (report.html), for
 * readers who would rather look than read JSON. It owns the page's
 * layout: a one-screen summary (overall scores with their coverage,
 * required scores and statuses, what the ratings rest on, the top
 * technical assistance needs of both kinds, agreement between experts),
 * then per instrument its scores, charts and a table of article ratings,
 * then assessment-wide charts, the observations and recommended actions
 * of every article with a need, the n/a answers to fix, and every
 * indicator with each expert's answer.
 *
 * Coverage stands beside every rating, and a status in words beside
 * every level, so that a missing rating is never read as a good one:
 * the page never says there is no need where data is insufficient.
 *
 * The page is one self-contained HTML5 document (html-page.c): inline
 * CSS, inline SVG, no script, nothing fetched; links point only within
 * the page. Every string from the inputs is escaped. Numbers are the
 * report's: rounded to 4 decimals and printed with 4. Output depends on
 * the result alone, so the same inputs give the same bytes.
 */
#include "config.h"
#include "publish/html.h"
#include "publish/html-page.h"
#include "publish/tr.h"
#include "base/i18n.h"
#include "score/observe.h"
#include "base/xalloc.h"
#include "base/strbuf.h"
#include "base/text.h"
#include "load/answer-words.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* How many needs the summary lists. */
#define HTML_TOP_NEEDS 5
/* How many disagreements the page lists in full. */
#define HTML_TOP_DISAGREEMENTS 20

#define DASH HTML_DASH

/* What every writer below needs. */
struct page {
	struct strbuf sb;
	const struct score_result *r;
	const struct html_chart *charts;
	size_t ncharts;
	const char *lang;	/* questions and titles in this language */
};

/* How the article dimensions of a result stand. */
struct tallies {
	size_t dims;		/* present article dimensions */
	size_t rated;
	size_t nothing;		/* insufficient: nothing applicable */
	size_t low;		/* insufficient: coverage below threshold */
	size_t unanswered;	/* insufficient: no mandatory unit scored */
	size_t discretionary;
	size_t gaps;		/* needs of kind gap */
	size_t information;	/* needs of kind information */
};

/* The instrument behind the s-th instrument result. */
static const struct instrument *result_instrument(const struct score_result *r,
						  size_t s)
{
	return &r->set->instruments[r->instruments[s].instrument];
}

/* The article behind article result a of instrument result s. */
static const struct article *result_article(const struct score_result *r,
					    size_t s, size_t a)
{
	return &result_instrument(r, s)->articles[
		r->instruments[s].articles[a].article];
}

/* Does article result a of instrument result s have a need? */
static bool article_has_need(const struct score_result *r, size_t s,
			     size_t a)
{
	for (size_t k = 0; k < r->nneeds; k++)
		if (r->needs[k].instrument == s && r->needs[k].article == a)
			return true;
	return false;
}

/* Does any article of instrument result s have dimension d? */
static bool instrument_has_dim(const struct score_result *r, size_t s,
			       size_t d)
{
	const struct instrument_result *ir = &r->instruments[s];

	for (size_t a = 0; a < ir->narticles; a++)
		if (ir->articles[a].dims[d].present)
			return true;
	return false;
}

/* Is dimension d a column of instrument result s's article table? The
 * two fixed dimensions always are, so every table reads the same way. */
static bool show_dim(const struct score_result *r, size_t s, size_t d)
{
	return d <= DIM_IMPLEMENTATION || instrument_has_dim(r, s, d);
}

/* Append "Article 5 Criminalization" (title omitted when empty). */
static void put_article_name(struct strbuf *sb, const struct article *art,
			     const char *lang)
{
	const char *title = indset_article_title(art, lang);

	strbuf_adds(sb, tr_word(lang, "Article "));
	html_line(sb, art->label);
	if (title[0]) {
		strbuf_adds(sb, " ");
		html_line(sb, title);
	}
}

/* Why an insufficient-data level is so (SPEC Scoring 13). */
enum insufficient_why { WHY_NOTHING, WHY_LOW, WHY_UNANSWERED };

/* The reason of an insufficient-data level: nothing applicable
 * (coverage null), coverage below the threshold, or no mandatory unit
 * with a score. */
static enum insufficient_why insufficient_why(const struct score_options *opt,
					      const struct level_score *v)
{
	if (!v->has_coverage)
		return WHY_NOTHING;
	if (round4(v->coverage) < round4(opt->coverage_threshold))
		return WHY_LOW;
	return WHY_UNANSWERED;
}

/* Append a level's status in words; brief for table cells. */
static void put_status_words(struct strbuf *sb, const char *lang,
			     const struct score_options *opt,
			     const struct level_score *v,
			     enum dim_status status, bool brief)
{
	switch (status) {
	case DIM_RATED:
		strbuf_adds(sb, tr_word(lang, "rated"));
		return;
	case DIM_DISCRETIONARY:
		strbuf_adds(sb, brief
			    ? tr_word(lang, "discretionary: not rated")
			    : tr_word(lang, "discretionary: no mandatory "
				      "provision, so not rated"));
		return;
	case DIM_INSUFFICIENT:
		break;
	}
	strbuf_adds(sb, tr_word(lang, "insufficient data: "));
	switch (insufficient_why(opt, v)) {
	case WHY_NOTHING:
		strbuf_adds(sb, brief ? tr_word(lang, "nothing applicable")
				      : tr_word(lang, "nothing applicable (n/a "
					"with a reason, or follow-ups that do "
					"not apply)"));
		return;
	case WHY_LOW:
		strbuf_addf(sb, tr_word(lang, "coverage %.4f below %.4g"),
			    round4(v->coverage), opt->coverage_threshold);
		return;
	case WHY_UNANSWERED:
		strbuf_adds(sb, tr_word(lang, "no mandatory provision "
					"answered"));
		return;
	}
}

/* Append a rating cell: the rating on its colour, or "not rated" in
 * grey. */
static void put_rating_cell(struct strbuf *sb, const char *lang,
			    const char *rating)
{
	if (rating)
		strbuf_addf(sb, "<td class=\"%s\">%s</td>",
			    html_rating_class(rating),
			    tr_rating(lang, rating));
	else
		strbuf_addf(sb, "<td class=\"notrated\">%s</td>",
			    tr_word(lang, "not rated"));
}

/* Append the rating cell of a level, or, when it is not rated, one grey
 * cell with its status in brief words. */
static void put_rating_or_status_cell(struct page *pg,
				      const struct level_score *v,
				      enum dim_status status,
				      const char *rating)
{
	if (rating) {
		put_rating_cell(&pg->sb, pg->lang, rating);
		return;
	}
	strbuf_adds(&pg->sb, "<td class=\"notrated\">");
	put_status_words(&pg->sb, pg->lang, &pg->r->options, v, status, true);
	strbuf_adds(&pg->sb, "</td>");
}

/* Append the score, required score, gap and coverage cells of a
 * level. */
static void put_value_cells(struct strbuf *sb, const struct level_score *v)
{
	html_num_cell(sb, v->has_score, v->score);
	html_num_cell(sb, v->has_required, v->required);
	html_num_cell(sb, v->has_score, 1 - v->score);
	html_num_cell(sb, v->has_coverage, v->coverage);
}

/* Append a table of levels (one row per dimension, then combined):
 * score, required score, gap, coverage, rating and status in words. */
static void put_level_table(struct page *pg, const char *caption,
			    const char *caption_input,
			    const struct level_score *dims,
			    const struct level_state *states,
			    const struct level_score *combined)
{
	const struct score_result *r = pg->r;
	struct strbuf *sb = &pg->sb;

	static const char *const cols[] = {
		N_("Dimension"), N_("#Score"), N_("#Required score"),
		N_("#Gap"), N_("#Coverage"), N_("Rating"), N_("Status"), NULL,
	};

	strbuf_addf(sb, "<div class=\"wide\">\n<table class=\"levels\">\n"
			"<caption>%s", tr_word(pg->lang, caption));
	if (caption_input)
		html_line(sb, caption_input);
	strbuf_adds(sb, "</caption>\n<thead><tr>");
	for (size_t k = 0; cols[k]; k++) {
		const char *word = tr_word(pg->lang, cols[k]);

		strbuf_addf(sb, "<th scope=\"col\"%s>%s</th>",
			    cols[k][0] == '#' ? " class=\"num\"" : "",
			    word + (word[0] == '#'));
	}
	strbuf_adds(sb, "</tr></thead>\n<tbody>\n");
	for (size_t d = 0; d < r->set->ndimensions; d++) {
		strbuf_adds(sb, "<tr><th scope=\"row\">");
		html_dim_name_tr(sb, r->set->dimensions[d], pg->lang);
		strbuf_adds(sb, "</th>");
		put_value_cells(sb, &dims[d]);
		put_rating_cell(sb, pg->lang, states[d].rating);
		strbuf_adds(sb, "<td>");
		put_status_words(sb, pg->lang, &r->options, &dims[d],
				 states[d].status,
				 false);
		strbuf_adds(sb, "</td></tr>\n");
	}
	strbuf_addf(sb, "<tr><th scope=\"row\">%s</th>",
		    tr_word(pg->lang, "Combined"));
	html_num_cell(sb, combined->has_score, combined->score);
	strbuf_adds(sb, "<td class=\"num\">" DASH "</td>");
	html_num_cell(sb, combined->has_score, 1 - combined->score);
	html_num_cell(sb, combined->has_coverage, combined->coverage);
	strbuf_adds(sb, "<td>" DASH "</td><td>" DASH "</td></tr>\n"
			"</tbody>\n</table>\n</div>\n");
}

/* Count how the article dimensions and needs of r stand. */
static void count_states(const struct score_result *r, struct tallies *t)
{
	memset(t, 0, sizeof(*t));
	for (size_t s = 0; s < r->ninstruments; s++) {
		const struct instrument_result *ir = &r->instruments[s];
		for (size_t a = 0; a < ir->narticles; a++) {
			for (size_t d = 0; d < r->set->ndimensions; d++) {
				const struct dim_result *dr =
					&ir->articles[a].dims[d];
				if (!dr->present)
					continue;
				t->dims++;
				if (dr->status == DIM_RATED)
					t->rated++;
				else if (dr->status == DIM_DISCRETIONARY)
					t->discretionary++;
				else
					switch (insufficient_why(&r->options,
								 &dr->value)) {
					case WHY_NOTHING: t->nothing++; break;
					case WHY_LOW: t->low++; break;
					default: t->unanswered++; break;
					}
			}
		}
	}
	for (size_t k = 0; k < r->nneeds; k++) {
		if (r->needs[k].kind == NEED_GAP)
			t->gaps++;
		else
			t->information++;
	}
}

/* Is some of what the result rests on missing, so that the absence of a
 * gap shows nothing? */
static bool data_in_doubt(const struct score_result *r,
			  const struct tallies *t)
{
	for (size_t d = 0; d < r->set->ndimensions; d++)
		if (r->overall_states[d].status == DIM_INSUFFICIENT)
			return true;
	return t->nothing || t->low || t->unanswered || t->information ||
	       r->nunjustified;
}

/* Append "N word" with the plural s when N is not 1. */
static void put_count(struct strbuf *sb, size_t n, const char *word)
{
	strbuf_addf(sb, "%zu %s%s", n, word, n == 1 ? "" : "s");
}

/* Append why article dimensions lack data, the reasons that occur:
 * " (8 with nothing applicable, 1 with coverage below 0.5)". */
static void put_insufficient_reasons(struct page *pg, const struct tallies *t)
{
	const size_t n[] = { t->nothing, t->low, t->unanswered };
	const char *const why[] = { "nothing applicable",
				    "coverage below the threshold",
				    "no mandatory provision answered" };
	bool first = true;

	for (size_t k = 0; k < 3; k++) {
		if (!n[k])
			continue;
		strbuf_addf(&pg->sb, "%s%zu with %s", first ? " (" : ", ",
			    n[k], why[k]);
		first = false;
	}
	strbuf_adds(&pg->sb, ")");
}

/* put_basis in another language than English: the counts after their
 * labels, so that no language's plurals are needed. */
static void put_basis_tr(struct page *pg, const struct tallies *t)
{
	struct strbuf *sb = &pg->sb;
	const char *lang = pg->lang;

	strbuf_addf(sb, "<h3>%s</h3>\n<p>",
		    tr_word(lang, "What the ratings rest on"));
	strbuf_addf(sb, tr_word(lang, "Article dimensions: %zu; rated: %zu; "
				"insufficient data: %zu; discretionary (no "
				"mandatory provision, not rated): %zu."),
		    t->dims, t->rated, t->nothing + t->low + t->unanswered,
		    t->discretionary);
	strbuf_addf(sb, " %s</p>\n", tr_word(lang, "Ratings are taken on "
		    "the required score, over the mandatory provisions only; "
		    "score, gap and coverage cover every provision. A level "
		    "below the coverage threshold is not rated."));
	if (!pg->r->nunjustified)
		return;
	strbuf_adds(sb, "<p class=\"alert\">");
	strbuf_addf(sb, tr_word(lang, "n/a answers without a reason, counted "
				"as missing: %zu."), pg->r->nunjustified);
	strbuf_addf(sb, " <a href=\"#unjustified\">%s</a> (%s).</p>\n",
		    tr_word(lang, "the list to fix"),
		    tr_word(lang, "an n/a needs a comment or evidence"));
}

/* Append what the ratings rest on: how many article dimensions are
 * rated, lack data (and why) or are discretionary, and the n/a answers
 * to fix. */
static void put_basis(struct page *pg, const struct tallies *t)
{
	struct strbuf *sb = &pg->sb;
	size_t insufficient = t->nothing + t->low + t->unanswered;

	if (!tr_is_english(pg->lang)) {
		put_basis_tr(pg, t);
		return;
	}
	strbuf_addf(sb, "<h3>%s</h3>\n<p>Of ",
		    tr_word(pg->lang, "What the ratings rest on"));
	put_count(sb, t->dims, "article dimension");
	strbuf_addf(sb, ", %zu %s rated, ", t->rated,
		    t->rated == 1 ? "is" : "are");
	strbuf_addf(sb, "%zu %s insufficient data", insufficient,
		    insufficient == 1 ? "has" : "have");
	if (insufficient)
		put_insufficient_reasons(pg, t);
	strbuf_addf(sb, " and %zu %s discretionary (no mandatory provision: "
		    "not rated).", t->discretionary,
		    t->discretionary == 1 ? "is" : "are");
	strbuf_adds(sb, " Ratings are taken on the required score, over the "
			"mandatory provisions only; score, gap and coverage "
			"cover every provision. A level below the coverage "
			"threshold is not rated.</p>\n");
	if (pg->r->nunjustified) {
		strbuf_adds(sb, "<p class=\"alert\">");
		put_count(sb, pg->r->nunjustified, "n/a answer");
		strbuf_addf(sb, " without a reason count%s as missing: <a "
				"href=\"#unjustified\">the list to fix</a> "
				"(an n/a needs a comment or evidence).</p>\n",
			    pg->r->nunjustified == 1 ? "s" : "");
	}
}

/* Append the words for the needs when there are none. */
static void put_no_needs(struct page *pg, const struct tallies *t)
{
	struct strbuf *sb = &pg->sb;

	if (!data_in_doubt(pg->r, t)) {
		strbuf_addf(sb, "<p>%s</p>\n", tr_word(pg->lang, "No article "
			    "dimension has a gap or an unanswered mandatory "
			    "provision: the panel found no technical "
			    "assistance need."));
		return;
	}
	if (!tr_is_english(pg->lang)) {
		strbuf_adds(sb, "<p class=\"alert\">");
		strbuf_addf(sb, tr_word(pg->lang, "No gap was found in what "
			    "was answered, but the data is incomplete "
			    "(article dimensions with insufficient data: %zu; "
			    "n/a answers without a reason: %zu): this does "
			    "not show that there is no technical assistance "
			    "need."), t->nothing + t->low + t->unanswered,
			    pg->r->nunjustified);
		strbuf_adds(sb, "</p>\n");
		return;
	}
	strbuf_adds(sb, "<p class=\"alert\">No gap was found in what was "
			"answered, but the data is incomplete (");
	put_count(sb, t->nothing + t->low + t->unanswered,
		  "article dimension");
	strbuf_adds(sb, " with insufficient data");
	if (pg->r->nunjustified) {
		strbuf_adds(sb, ", ");
		put_count(sb, pg->r->nunjustified, "n/a answer");
		strbuf_adds(sb, " without a reason");
	}
	strbuf_adds(sb, "): this does not show that there is no technical "
			"assistance need.</p>\n");
}

/* Append the union of a dimension's TA categories, in set order. */
static void put_need_categories(struct strbuf *sb,
				const struct score_result *r,
				const struct dim_result *d)
{
	const char **seen = NULL;
	size_t nseen = 0, cap = 0;

	for (size_t k = 0; k < d->nindicators; k++) {
		const struct indicator *ind = &r->set->items[d->indicators[k]];

		for (size_t j = 0; j < ind->ta_categories.count; j++) {
			const char *c = ind->ta_categories.items[j];
			size_t i;

			for (i = 0; i < nseen; i++)
				if (!strcmp(seen[i], c))
					break;
			if (i < nseen)
				continue;
			GROW(seen, cap, nseen + 1);
			seen[nseen++] = c;
			if (nseen > 1)
				strbuf_adds(sb, ", ");
			html_line(sb, c);
		}
	}
	if (!nseen)
		strbuf_adds(sb, DASH);
	free(seen);
}

/* Append one row of the needs table. */
static void put_need_row(struct page *pg, size_t k)
{
	const struct score_result *r = pg->r;
	const struct ta_need *need = &r->needs[k];
	const struct dim_result *d = &r->instruments[need->instrument]
					      .articles[need->article]
					      .dims[need->dimension];
	struct strbuf *sb = &pg->sb;
	bool info = need->kind == NEED_INFORMATION;

	strbuf_addf(sb, "<tr%s><td class=\"num\">%zu</td><td>%s</td>"
			"<th scope=\"row\">",
		    info ? " class=\"kind-information\"" : "", k + 1,
		    tr_word(pg->lang, info ? N_("information") : N_("gap")));
	html_line(sb, result_instrument(r, need->instrument)->code);
	strbuf_addf(sb, "</th><td><a href=\"#obs-%zu-%zu\">",
		    need->instrument, need->article);
	put_article_name(sb, result_article(r, need->instrument,
					    need->article), pg->lang);
	strbuf_adds(sb, "</a></td><td>");
	html_dim_name_tr(sb, r->set->dimensions[need->dimension], pg->lang);
	strbuf_adds(sb, "</td>");
	put_value_cells(sb, &d->value);
	put_rating_or_status_cell(pg, &d->value, d->status, d->rating);
	html_num_cell(sb, true, need->priority);
	strbuf_adds(sb, "<td>");
	put_need_categories(sb, r, d);
	strbuf_adds(sb, "</td></tr>\n");
}

/* The note over the needs table in English: "80 needs: 80 gaps ...". */
static void put_needs_note(struct page *pg, const struct tallies *t,
			   size_t n)
{
	const struct score_result *r = pg->r;
	struct strbuf *sb = &pg->sb;

	put_count(sb, r->nneeds, "need");
	strbuf_adds(sb, ": ");
	put_count(sb, t->gaps, "gap");
	strbuf_adds(sb, " in what was answered and ");
	put_count(sb, t->information, "information need");
	strbuf_addf(sb, " (mandatory provisions nobody answered); %s, "
		    "highest priority first. Priority is the gap weighted by "
		    "the article&#39;s weight and by how binding each unmet "
		    "obligation is; follow an article to its observations "
		    "and recommended actions.</p>\n",
		    n < r->nneeds ? "the first ones" : "all of them");
}

/* The note over the needs table in another language: counts after
 * their labels. */
static void put_needs_note_tr(struct page *pg, const struct tallies *t)
{
	struct strbuf *sb = &pg->sb;

	strbuf_addf(sb, tr_word(pg->lang, "Needs: %zu (gaps in what was "
				"answered: %zu; information needs, mandatory "
				"provisions nobody answered: %zu); highest "
				"priority first."),
		    pg->r->nneeds, t->gaps, t->information);
	strbuf_addf(sb, " %s</p>\n", tr_word(pg->lang, "Priority is the gap "
		    "weighted by the article&#39;s weight and by how binding "
		    "each unmet obligation is; follow an article to its "
		    "observations and recommended actions."));
}

/* Append the top technical assistance needs, highest priority first. */
static void put_top_needs(struct page *pg, const struct tallies *t)
{
	static const char *const cols[] = {
		"##", N_("Need"), N_("Instrument"), N_("Article"),
		N_("Dimension"), N_("#Score"), N_("#Required"), N_("#Gap"),
		N_("#Coverage"), N_("Rating"), N_("#Priority"),
		N_("Technical assistance"), NULL,
	};
	const struct score_result *r = pg->r;
	struct strbuf *sb = &pg->sb;
	size_t n = r->nneeds < HTML_TOP_NEEDS ? r->nneeds : HTML_TOP_NEEDS;

	strbuf_addf(sb, "<h3>%s</h3>\n",
		    tr_word(pg->lang, "Top technical assistance needs"));
	if (!r->nneeds) {
		put_no_needs(pg, t);
		return;
	}
	strbuf_adds(sb, "<p class=\"note\">");
	if (!tr_is_english(pg->lang))
		put_needs_note_tr(pg, t);
	else
		put_needs_note(pg, t, n);
	html_table_begin_tr(sb, cols, pg->lang);
	for (size_t k = 0; k < n; k++)
		put_need_row(pg, k);
	html_table_end(sb);
}

/* Append the agreement between experts with a plain reading of it. */
static void put_agreement(struct page *pg)
{
	const struct score_result *r = pg->r;
	size_t nexperts = r->nexperts;
	struct strbuf *sb = &pg->sb;

	strbuf_addf(sb, "<h3>%s</h3>\n",
		    tr_word(pg->lang, "Agreement between experts"));
	if (tr_is_english(pg->lang))
		strbuf_addf(sb, "<p>%zu expert%s."
				" Krippendorff&#39;s alpha (%s): ",
			    nexperts, nexperts == 1 ? "" : "s",
			    agreement_metric_name(r->options.agreement_metric));
	else
		strbuf_addf(sb, tr_word(pg->lang, "<p>Experts: %zu. "
					"Krippendorff&#39;s alpha (%s): "),
			    nexperts,
			    agreement_metric_name(r->options.agreement_metric));
	if (r->has_alpha) {
		double a = round4(r->alpha);

		strbuf_addf(sb, "<strong>%.4f</strong>: ", a);
		if (a >= 0.8)
			strbuf_adds(sb, tr_word(pg->lang, "good agreement; the "
				    "experts largely see the situation the "
				    "same way."));
		else if (a >= 0.667)
			strbuf_adds(sb, tr_word(pg->lang, "tentative "
				    "agreement; draw conclusions with care."));
		else
			strbuf_adds(sb, tr_word(pg->lang, "low agreement; the "
				    "experts often disagree, so read the "
				    "scores with care and look at their "
				    "answers."));
	} else {
		strbuf_addf(sb, "<strong>%s</strong> (%s).",
			    tr_word(pg->lang, "not defined"),
			    tr_word(pg->lang, nexperts < 2
				    ? N_("fewer than two experts")
				    : N_("no indicator has two scored "
					 "answers, or the answers do not "
					 "vary")));
	}
	strbuf_adds(sb, "</p>\n");
}

/* Append the rating colour legend in lang. */
static void put_legend(struct strbuf *sb, const char *lang)
{
	strbuf_addf(sb, "<p class=\"legend\">%s "
			"<span class=\"swatch rate-1\">%s</span> "
			"<span class=\"swatch rate-2\">%s</span> "
			"<span class=\"swatch rate-3\">%s</span> "
			"<span class=\"swatch rate-4\">%s</span> "
			"<span class=\"swatch notrated\">%s</span> ",
		    tr_word(lang, "Ratings, legislative / implementation:"),
		    tr_word(lang, "C / high"),
		    tr_word(lang, "LC / substantial"),
		    tr_word(lang, "PC / moderate"),
		    tr_word(lang, "NC / low"), tr_word(lang, "not rated"));
	strbuf_adds(sb, tr_word(lang, "(C compliant, LC largely compliant, "
				"PC partially compliant, NC non-compliant; "
				"not rated: insufficient data or "
				"discretionary, with the reason in words)."));
	strbuf_addf(sb, " " DASH " %s</p>\n",
		    tr_word(lang, "means no value."));
}

/* Append the summary: what a donor should see on the first screen. */
static void put_summary(struct page *pg, const struct tallies *t)
{
	const struct score_result *r = pg->r;
	struct strbuf *sb = &pg->sb;

	strbuf_addf(sb, "<header>\n<h1>%s", tr_word(pg->lang, "Gap report: "));
	html_country(sb, r->country_name, r->country);
	strbuf_adds(sb, tr_word(pg->lang, ", round "));
	html_line(sb, r->round);
	strbuf_addf(sb, "</h1>\n<p class=\"lead\">%s</p>\n</header>\n",
		    tr_word(pg->lang, "How far the laws "
			"(legislative) and their application (implementation) "
			"are from what the UN Convention against "
			"Transnational Organized Crime and its Protocols "
			"require, as judged by a panel of national experts. "
			"Scores run from 0 to 1; the gap is 1 &minus; score; "
			"the required score is the score on the mandatory "
			"provisions, on which ratings are taken; coverage is "
			"the answered share of what applies."));
	strbuf_addf(sb, "<section id=\"summary\">\n<h2>%s</h2>\n",
		    tr_word(pg->lang, "Summary"));
	put_level_table(pg, N_("Overall, the mean over the instruments "
			       "answered"),
			NULL, r->overall, r->overall_states,
			&r->overall_combined);
	put_basis(pg, t);
	put_top_needs(pg, t);
	put_agreement(pg);
	if (!pg->charts || !pg->ncharts)
		strbuf_addf(sb, "<p class=\"note\">%s</p>\n",
			    tr_word(pg->lang, "Charts were not drawn for this "
				    "report."));
	put_legend(sb, pg->lang);
	strbuf_adds(sb, "</section>\n");
}

/* Does chart c belong to no instrument of the page (so it is shown with
 * the assessment-wide ones rather than lost)? */
static bool chart_is_wide(const struct score_result *r,
			  const struct html_chart *c)
{
	if (!c->instrument)
		return true;
	for (size_t s = 0; s < r->ninstruments; s++)
		if (!strcmp(result_instrument(r, s)->code, c->instrument))
			return false;
	return true;
}

/* Append the charts of instrument code, or the assessment-wide ones
 * (code NULL), in the order given. */
static void put_charts(struct page *pg, const char *code)
{
	for (size_t i = 0; pg->charts && i < pg->ncharts; i++) {
		const struct html_chart *c = &pg->charts[i];
		bool wide = chart_is_wide(pg->r, c);

		if (code ? !wide && !strcmp(c->instrument, code) : wide)
			html_figure(&pg->sb, c, i + 1);
	}
}

/* Append the cells of one article dimension: score, required score,
 * gap, coverage, and its rating or status (one dash when the article
 * has no indicator of it). */
static void put_dim_cells(struct page *pg, const struct dim_result *d)
{
	if (!d->present) {
		strbuf_adds(&pg->sb, "<td colspan=\"5\" class=\"empty\">" DASH
				     "</td>");
		return;
	}
	put_value_cells(&pg->sb, &d->value);
	put_rating_or_status_cell(pg, &d->value, d->status, d->rating);
}

/* Append the head of instrument result s's article table. */
static void put_article_table_head(struct page *pg, size_t s)
{
	const struct score_result *r = pg->r;
	struct strbuf *sb = &pg->sb;

	strbuf_addf(sb, "<div class=\"wide\" role=\"region\" tabindex=\"0\" "
			"aria-labelledby=\"arts-%zu\">\n"
			"<table class=\"articles\">\n"
			"<caption id=\"arts-%zu\">%s", s, s,
		    tr_word(pg->lang, "Articles of "));
	html_line(sb, result_instrument(r, s)->code);
	strbuf_addf(sb, "</caption>\n<thead>\n<tr><th scope=\"col\" "
			"rowspan=\"2\">%s</th><th scope=\"col\" "
			"rowspan=\"2\">%s</th>", tr_word(pg->lang, "Article"),
		    tr_word(pg->lang, "Title"));
	for (size_t d = 0; d < r->set->ndimensions; d++) {
		if (!show_dim(r, s, d))
			continue;
		strbuf_adds(sb, "<th scope=\"colgroup\" colspan=\"5\">");
		html_dim_name_tr(sb, r->set->dimensions[d], pg->lang);
		strbuf_adds(sb, "</th>");
	}
	strbuf_adds(sb, "</tr>\n<tr>");
	for (size_t d = 0; d < r->set->ndimensions; d++)
		if (show_dim(r, s, d))
			strbuf_addf(sb, "<th scope=\"col\" class=\"num\">%s"
					"</th><th scope=\"col\" class=\"num\">"
					"%s</th><th scope=\"col\" "
					"class=\"num\">%s</th>"
					"<th scope=\"col\" class=\"num\">"
					"%s</th>"
					"<th scope=\"col\">%s</th>",
				    tr_word(pg->lang, "Score"),
				    tr_word(pg->lang, "Required"),
				    tr_word(pg->lang, "Gap"),
				    tr_word(pg->lang, "Coverage"),
				    tr_word(pg->lang, "Rating"));
	strbuf_adds(sb, "</tr>\n</thead>\n<tbody>\n");
}

/* Append the table of instrument result s's articles. */
static void put_article_table(struct page *pg, size_t s)
{
	const struct score_result *r = pg->r;
	const struct instrument_result *ir = &r->instruments[s];
	struct strbuf *sb = &pg->sb;

	put_article_table_head(pg, s);
	for (size_t a = 0; a < ir->narticles; a++) {
		const struct article *art = result_article(r, s, a);

		strbuf_addf(sb, "<tr><th scope=\"row\"><a href=\"#art-%zu-%zu"
				"\">", s, a);
		html_line(sb, art->label);
		strbuf_adds(sb, "</a></th><td>");
		html_line(sb, indset_article_title(art, pg->lang));
		strbuf_adds(sb, "</td>");
		for (size_t d = 0; d < r->set->ndimensions; d++)
			if (show_dim(r, s, d))
				put_dim_cells(pg, &ir->articles[a].dims[d]);
		strbuf_adds(sb, "</tr>\n");
	}
	strbuf_adds(sb, "</tbody>\n</table>\n</div>\n");
}

/* Append the section of instrument result s: scores, charts, articles. */
static void put_instrument(struct page *pg, size_t s)
{
	const struct score_result *r = pg->r;
	const struct instrument_result *ir = &r->instruments[s];
	const struct instrument *ins = result_instrument(r, s);
	const char *title = tr_word(pg->lang, html_instrument_title(ins->code));
	struct strbuf *sb = &pg->sb;

	strbuf_addf(sb, "<section id=\"ins-%zu\">\n<h2>", s);
	html_line(sb, ins->code);
	strbuf_adds(sb, "</h2>\n");
	if (title)
		strbuf_addf(sb, "<p class=\"lead\">%s</p>\n", title);
	put_level_table(pg, N_("Scores of "), ins->code, ir->dims, ir->states,
			&ir->combined);
	put_charts(pg, ins->code);
	put_article_table(pg, s);
	strbuf_adds(sb, "</section>\n");
}

/* Append the answers a condition names ("yes|partial"), each as the
 * page's language words it. */
static void put_parent_values(struct page *pg, const char *values)
{
	struct strbuf words;

	strbuf_init(&words);
	answer_words_values(&words, pg->lang, values, "|");
	html_line(&pg->sb, words.buf);
	strbuf_release(&words);
}

static void put_answers(struct page *pg, size_t i);

/* Append the section on where the experts disagree: the wide charts and
 * the most important disagreements with every expert's answer. */
static void put_wide_charts(struct page *pg)
{
	const struct score_result *r = pg->r;
	struct strbuf *sb = &pg->sb, threshold;
	size_t n = 0;

	for (size_t i = 0; pg->charts && i < pg->ncharts; i++)
		n += chart_is_wide(r, &pg->charts[i]);
	if (!n && !r->ndisagreements)
		return;
	strbuf_addf(sb, "<section id=\"charts\">\n<h2>%s</h2>\n",
		    tr_word(pg->lang, "Across the assessment: where the "
			    "experts disagree"));
	put_charts(pg, NULL);
	strbuf_init(&threshold);
	html_num(&threshold, true, r->options.disagreement_threshold);
	strbuf_adds(sb, "<p>");
	strbuf_addf(sb, tr_word(pg->lang, "%zu indicator%s where the experts' "
				"scores differ by at least %s or they chose "
				"different answers; the largest spread times "
				"weight first."), r->ndisagreements,
		    r->ndisagreements == 1 ? "" : "s", threshold.buf);
	strbuf_adds(sb, "</p>\n");
	strbuf_release(&threshold);
	for (size_t k = 0; k < r->ndisagreements &&
			   k < HTML_TOP_DISAGREEMENTS; k++) {
		const struct disagreement *dg = &r->disagreements[k];
		const struct indicator *ind = &r->set->items[dg->indicator];
		strbuf_adds(sb, "<h3>");
		html_line(sb, ind->id);
		strbuf_adds(sb, tr_word(pg->lang, ": spread "));
		html_num(sb, true, dg->spread);
		strbuf_adds(sb, "</h3>\n<p>");
		html_text(sb, indset_question(r->set, dg->indicator,
					      pg->lang));
		strbuf_adds(sb, "</p>\n");
		put_answers(pg, dg->indicator);
	}
	strbuf_adds(sb, "</section>\n");
}

/* Append a dimension's values and status as one sentence: "Required
 * score 0.3571, score 0.3571, gap 0.6429, coverage 1.0000; rated PC." */
static void put_dim_sentence(struct page *pg, const struct dim_result *dr)
{
	const struct level_score *v = &dr->value;
	struct strbuf *sb = &pg->sb;

	strbuf_adds(sb, tr_word(pg->lang, "Required score "));
	html_num(sb, v->has_required, v->required);
	strbuf_adds(sb, tr_word(pg->lang, ", score "));
	html_num(sb, v->has_score, v->score);
	strbuf_adds(sb, tr_word(pg->lang, ", gap "));
	html_num(sb, v->has_score, 1 - v->score);
	strbuf_adds(sb, tr_word(pg->lang, ", coverage "));
	html_num(sb, v->has_coverage, v->coverage);
	strbuf_adds(sb, "; ");
	if (dr->rating)
		strbuf_addf(sb, tr_word(pg->lang, "rated %s"),
			    tr_rating(pg->lang, dr->rating));
	else
		put_status_words(sb, pg->lang, &pg->r->options, v,
				 dr->status, false);
	strbuf_adds(sb, ".");
}

/* Append "; PREFIX TEXT" (text escaped) when text is not empty. */
static void put_ref(struct strbuf *sb, const char *prefix, const char *text)
{
	if (!text[0])
		return;
	strbuf_addf(sb, "; %s", prefix);
	html_line(sb, text);
}

/* Append what a recommended action rests on: its obligation,
 * paragraphs, guide reference, model law provision and indicators. */
static void put_action_refs(struct page *pg, const struct rec_action *act)
{
	const struct indset *set = pg->r->set;
	struct strbuf *sb = &pg->sb;

	strbuf_addf(sb, " <span class=\"ref\">(%s",
		    tr_code(pg->lang, obligation_name(act->obligation)));
	put_ref(sb, strchr(act->paragraph, ',')
			? tr_word(pg->lang, "paragraphs ")
			: tr_word(pg->lang, "paragraph "),
		act->paragraph);
	put_ref(sb, tr_word(pg->lang, "see "), act->guide_ref);
	put_ref(sb, tr_word(pg->lang, "UNODC model law: "), act->model_law);
	strbuf_adds(sb, "; ");
	for (size_t k = 0; k < act->nindicators; k++) {
		if (k)
			strbuf_adds(sb, ", ");
		html_line(sb, set->items[act->indicators[k]].id);
	}
	strbuf_adds(sb, ")</span>");
}

/* Append the observations and recommended actions of dimension d of
 * article a of instrument result s. */
static void put_dim_findings(struct page *pg, size_t s, size_t a, size_t d)
{
	const struct score_result *r = pg->r;
	const struct dim_result *dr = &r->instruments[s].articles[a].dims[d];
	struct strbuf *sb = &pg->sb;
	struct dim_observations o;

	observe_dimension(&o, r, s, a, d, pg->lang);
	if (!o.count) {
		dim_observations_release(&o);
		return;
	}
	strbuf_adds(sb, "<h4>");
	html_dim_name_tr(sb, r->set->dimensions[d], pg->lang);
	strbuf_adds(sb, "</h4>\n<p class=\"note\">");
	put_dim_sentence(pg, dr);
	strbuf_addf(sb, "</p>\n<h5>%s</h5>\n<ul class=\"obs\">\n",
		    tr_word(pg->lang, "Observations"));
	for (size_t k = 0; k < o.count; k++) {
		strbuf_addf(sb, "<li%s>", o.items[k].state == OBS_MET
					  ? " class=\"met\"" : "");
		html_text(sb, o.items[k].text);
		strbuf_adds(sb, "</li>\n");
	}
	strbuf_addf(sb, "</ul>\n<h5>%s</h5>\n",
		    tr_word(pg->lang, "Recommended actions"));
	if (!o.nactions)
		strbuf_addf(sb, "<p class=\"empty\">%s</p>\n",
			    tr_word(pg->lang, "None: what is unmet is not "
				    "mandatory and has no recommendation."));
	else
		strbuf_adds(sb, "<ol class=\"actions\">\n");
	for (size_t k = 0; k < o.nactions; k++) {
		bool info = o.actions[k].kind == NEED_INFORMATION;

		strbuf_addf(sb, "<li%s>%s",
			    info ? " class=\"kind-information\"" : "",
			    info ? tr_word(pg->lang, "Information needed: ")
				 : "");
		html_text(sb, o.actions[k].text);
		put_action_refs(pg, &o.actions[k]);
		strbuf_adds(sb, "</li>\n");
	}
	if (o.nactions)
		strbuf_adds(sb, "</ol>\n");
	dim_observations_release(&o);
}

/* Append the observations and recommended actions of every article
 * with a need, article by article. */
static void put_findings(struct page *pg)
{
	const struct score_result *r = pg->r;
	struct strbuf *sb = &pg->sb;

	strbuf_addf(sb, "<section id=\"findings\">\n<h2>%s</h2>\n",
		    tr_word(pg->lang, "Observations and recommended actions"));
	strbuf_addf(sb, "<p class=\"note\">%s</p>\n",
		    tr_word(pg->lang, "For every article with a gap or an "
			"information need: what the panel found, requirement "
			"by requirement (met, partly "
			"met, not met, not answered, not applicable; "
			"alternatives count once, and one that is met meets "
			"the requirement), and what the State should do, "
			"mandatory actions first, then the largest unmet "
			"share. The sentences can be pasted into a mission "
			"report."));
	if (!r->nneeds)
		strbuf_addf(sb, "<p class=\"empty\">%s</p>\n",
			    tr_word(pg->lang, "No article has a need."));
	for (size_t s = 0; s < r->ninstruments; s++)
		for (size_t a = 0; a < r->instruments[s].narticles; a++) {
			if (!article_has_need(r, s, a))
				continue;
			strbuf_addf(sb, "<h3 id=\"obs-%zu-%zu\">", s, a);
			html_line(sb, result_instrument(r, s)->code);
			strbuf_adds(sb, " ");
			put_article_name(sb, result_article(r, s, a),
					 pg->lang);
			strbuf_addf(sb, " <a class=\"ref\" href=\"#art-"
				    "%zu-%zu\">%s</a></h3>\n", s, a,
				    tr_word(pg->lang, "(the answers)"));
			for (size_t d = 0; d < r->set->ndimensions; d++)
				put_dim_findings(pg, s, a, d);
		}
	strbuf_adds(sb, "</section>\n");
}

/* The file name of a path, without its directories. */
static const char *base_name(const char *path)
{
	const char *slash = strrchr(path, '/');

	return slash ? slash + 1 : path;
}

/* Append the n/a answers without a reason, for the mission to fix. */
static void put_unjustified(struct page *pg)
{
	static const char *const cols[] = {
		N_("Indicator"), N_("Instrument"), N_("Article"),
		N_("Dimension"), N_("Expert"), N_("Answer sheet"), NULL,
	};
	const struct score_result *r = pg->r;
	struct strbuf *sb = &pg->sb;

	if (!r->nunjustified)
		return;
	strbuf_addf(sb, "<section id=\"unjustified\">\n<h2>%s</h2>\n"
			"<p>%s</p>\n",
		    tr_word(pg->lang, "To fix: n/a answers without a reason"),
		    tr_word(pg->lang, "An n/a counts as "
			"not applicable only when its row gives a reason (a "
			"comment or evidence); these count as missing, so "
			"they lower coverage and may leave articles unrated. "
			"Ask each expert for the reason, or for an answer."));
	html_table_begin_tr(sb, cols, pg->lang);
	for (size_t k = 0; k < r->nunjustified; k++) {
		const struct expert_answer *a = &r->rows[r->unjustified[k]];

		html_indicator_row(sb, r->set, a->indicator, pg->lang);
		strbuf_adds(sb, "<td>");
		html_line(sb, r->experts[a->expert]);
		strbuf_adds(sb, "</td><td>");
		html_line(sb, base_name(a->file));
		strbuf_addf(sb, ":%ld</td></tr>\n", a->line);
	}
	html_table_end(sb);
	strbuf_adds(sb, "</section>\n");
}

/* The words for an answer's confidence (1 to 3), or a dash. */
static const char *confidence_name(int confidence)
{
	switch (confidence) {
	case 1: return "low";
	case 2: return "medium";
	case 3: return "high";
	default: return DASH;
	}
}

/* Append a table cell of input text, or a dash when there is none. */
static void put_text_cell(struct strbuf *sb, const char *s)
{
	if (!s || !s[0]) {
		strbuf_adds(sb, "<td>" DASH "</td>");
		return;
	}
	strbuf_adds(sb, "<td>");
	html_text(sb, s);
	strbuf_adds(sb, "</td>");
}

/* Append the row of one expert's answer a. */
static void put_answer_row(struct page *pg, const struct expert_answer *a)
{
	const struct score_result *r = pg->r;
	struct strbuf *sb = &pg->sb;

	strbuf_adds(sb, "<tr><th scope=\"row\">");
	html_line(sb, r->experts[a->expert]);
	strbuf_adds(sb, "</th>");
	if (a->answer[0]) {
		strbuf_adds(sb, "<td>");
		html_text(sb, answer_words_word(pg->lang, a->answer));
		strbuf_adds(sb, "</td>");
	} else {
		strbuf_addf(sb, "<td class=\"empty\">%s</td>",
			    tr_word(pg->lang, "(empty)"));
	}
	switch (a->cls) {
	case ANSWER_SCORED:
		html_num_cell(sb, true, a->score);
		break;
	case ANSWER_NA:
		strbuf_addf(sb, "<td class=\"num\">%s</td>",
			    tr_word(pg->lang, "n/a"));
		break;
	case ANSWER_MISSING:
		strbuf_addf(sb, "<td class=\"num\">%s</td>",
			    tr_word(pg->lang, "missing"));
		break;
	case ANSWER_TEXT_GIVEN:
		strbuf_addf(sb, "<td class=\"num\">%s</td>",
			    tr_word(pg->lang, "not scored"));
		break;
	}
	strbuf_addf(sb, "<td>%s</td>", tr_code(pg->lang,
		    confidence_name(a->confidence)));
	if (r->unsupported && r->unsupported[a - r->rows]) {
		strbuf_addf(sb, "<td><strong class=\"unsupported\">"
			    "%s</strong> %s",
			    tr_word(pg->lang, "Unsupported:"),
			    tr_word(pg->lang, "cites no legal "
				    "provision"));
		if (a->evidence) {
			strbuf_adds(sb, " (");
			html_text(sb, a->evidence);
			strbuf_adds(sb, ")");
		}
		strbuf_adds(sb, "</td>");
	} else {
		put_text_cell(sb, a->evidence);
	}
	put_text_cell(sb, a->comment);
	put_text_cell(sb, a->good_practice);
	strbuf_adds(sb, "</tr>\n");
}

/* Append each expert's answer to indicator i, in expert order. */
static void put_answers(struct page *pg, size_t i)
{
	const struct score_result *r = pg->r;
	struct answer_list list = r->indicators[i].answers;
	struct strbuf *sb = &pg->sb;

	if (!list.count) {
		strbuf_addf(sb, "<p class=\"empty\">%s</p>\n",
			    tr_word(pg->lang, "No expert answered."));
		return;
	}
	strbuf_adds(sb, "<div class=\"wide\">\n<table class=\"answers\">\n"
			"<caption class=\"vh\">");
	/* TRANSLATORS: the hidden caption of an indicator's table of
	 * answers; %s is the indicator's id (UNTOC.5.L01). */
	html_fill(sb, tr_word(pg->lang, "Answers to %s"),
		  pg->r->set->items[i].id);
	strbuf_addf(sb, "</caption>\n<thead><tr><th scope=\"col\">%s</th>"
			"<th scope=\"col\">%s</th>"
			"<th scope=\"col\" class=\"num\">%s</th>"
			"<th scope=\"col\">%s</th>"
			"<th scope=\"col\">%s</th>"
			"<th scope=\"col\">%s</th>"
			"<th scope=\"col\">%s</th></tr></thead>\n"
			"<tbody>\n", tr_word(pg->lang, "Expert"),
		    tr_word(pg->lang, "Answer"), tr_word(pg->lang, "Score"),
		    tr_word(pg->lang, "Confidence"),
		    tr_word(pg->lang, "Evidence"),
		    tr_word(pg->lang, "Comment"),
		    tr_word(pg->lang, "Good practice"));
	for (size_t j = 0; j < list.count; j++)
		put_answer_row(pg, &list.items[j]);
	strbuf_adds(sb, "</tbody>\n</table>\n</div>\n");
}

/* Append one indicator: id, question, what it is, and the answers. */
static void put_indicator(struct page *pg, size_t i)
{
	const struct indicator *ind = &pg->r->set->items[i];
	const struct indicator_result *res = &pg->r->indicators[i];
	struct strbuf *sb = &pg->sb;

	strbuf_adds(sb, "<div class=\"ind\">\n<h5>");
	html_line(sb, ind->id);
	strbuf_adds(sb, "</h5>\n<p class=\"q\">");
	html_text(sb, indset_question(pg->r->set, i, pg->lang));
	strbuf_adds(sb, "</p>\n<dl class=\"meta\">");
	if (ind->paragraph[0]) {
		strbuf_addf(sb, "<dt>%s</dt><dd>",
			    tr_word(pg->lang, "Paragraph"));
		html_line(sb, ind->paragraph);
		strbuf_adds(sb, "</dd>");
	}
	strbuf_addf(sb, "<dt>%s</dt><dd>", tr_word(pg->lang, "Answer type"));
	html_line(sb, ind->answer_type_text);
	strbuf_addf(sb, "</dd><dt>%s</dt><dd>%s</dd>"
			"<dt>%s</dt><dd>%.15g</dd>"
			"<dt>%s</dt><dd>%s</dd>"
			"<dt>%s</dt><dd>",
		    tr_word(pg->lang, "Obligation"),
		    tr_code(pg->lang, obligation_name(ind->obligation)),
		    tr_word(pg->lang, "Weight"), ind->weight,
		    tr_word(pg->lang, "Status"),
		    tr_code(pg->lang, indicator_status_name(res->status)),
		    tr_word(pg->lang, "Consensus score"));
	html_num(sb, res->has_score, res->score);
	strbuf_adds(sb, "</dd>");
	if (ind->has_parent) {
		strbuf_addf(sb, "<dt>%s</dt><dd>",
			    tr_word(pg->lang, "Asked when"));
		html_line(sb, ind->parent_id);
		strbuf_adds(sb, ind->parent_negated ? " &ne; " : " = ");
		put_parent_values(pg, ind->parent_value);
		strbuf_adds(sb, "</dd>");
	}
	if (ind->guide_ref[0]) {
		strbuf_addf(sb, "<dt>%s</dt><dd>",
			    tr_word(pg->lang, "Legislative guide"));
		html_line(sb, indset_guide_ref(pg->r->set, i, pg->lang));
		strbuf_adds(sb, "</dd>");
	}
	strbuf_adds(sb, "</dl>\n");
	put_answers(pg, i);
	strbuf_adds(sb, "</div>\n");
}

/* Append a short status of each dimension for an article's summary
 * line: its rating and coverage, or why it is not rated. */
static void put_article_status(struct page *pg,
			       const struct article_result *ar)
{
	const struct score_result *r = pg->r;
	struct strbuf *sb = &pg->sb;
	bool first = true;

	strbuf_adds(sb, " <span class=\"status\">(");
	for (size_t d = 0; d < r->set->ndimensions; d++) {
		const struct dim_result *dr = &ar->dims[d];

		if (!dr->present)
			continue;
		if (!first)
			strbuf_adds(sb, "; ");
		first = false;
		html_line(sb, tr_code(pg->lang, r->set->dimensions[d]));
		strbuf_adds(sb, ": ");
		if (dr->rating) {
			strbuf_addf(sb, "%s%s", tr_rating(pg->lang, dr->rating),
				    tr_word(pg->lang, ", coverage "));
			html_num(sb, true, dr->value.coverage);
		} else {
			put_status_words(sb, pg->lang, &r->options,
					 &dr->value,
					 dr->status, true);
		}
		if (dr->value.has_score) {
			strbuf_adds(sb, tr_word(pg->lang, ", gap "));
			html_num(sb, true, 1 - dr->value.score);
		}
	}
	strbuf_adds(sb, ")</span>");
}

/* Append the good practices the experts named for an article. */
static void put_good_practices(struct page *pg,
			       const struct article_result *ar)
{
	const struct score_result *r = pg->r;
	struct strbuf *sb = &pg->sb;
	bool any = false;

	for (size_t d = 0; d < r->set->ndimensions; d++) {
		const struct dim_result *dr = &ar->dims[d];
		for (size_t k = 0; k < dr->nindicators; k++) {
			struct answer_list list =
				r->indicators[dr->indicators[k]].answers;
			for (size_t j = 0; j < list.count; j++) {
				const struct expert_answer *a = &list.items[j];
				if (!a->good_practice)
					continue;
				if (!any)
					strbuf_addf(sb, "<h4>%s</h4>\n<ul>\n",
						    tr_word(pg->lang,
							    "Good practices"));
				any = true;
				strbuf_adds(sb, "<li>");
				html_text(sb, a->good_practice);
				strbuf_adds(sb, " <span class=\"who\">(");
				html_line(sb, r->experts[a->expert]);
				strbuf_adds(sb, ", ");
				html_line(sb,
					  r->set->items[dr->indicators[k]].id);
				strbuf_adds(sb, ")</span></li>\n");
			}
		}
	}
	if (any)
		strbuf_adds(sb, "</ul>\n");
}

/* Append article result a of instrument result s as a <details> with
 * every indicator and answer, open when it has a need so that the needs
 * show without a click. */
static void put_article_details(struct page *pg, size_t s, size_t a)
{
	const struct score_result *r = pg->r;
	const struct article_result *ar = &r->instruments[s].articles[a];
	struct strbuf *sb = &pg->sb;

	strbuf_addf(sb, "<details id=\"art-%zu-%zu\"%s>\n<summary>", s, a,
		    article_has_need(r, s, a) ? " open" : "");
	html_line(sb, result_instrument(r, s)->code);
	strbuf_adds(sb, " ");
	put_article_name(sb, result_article(r, s, a), pg->lang);
	put_article_status(pg, ar);
	strbuf_adds(sb, "</summary>\n");
	for (size_t d = 0; d < r->set->ndimensions; d++) {
		const struct dim_result *dr = &ar->dims[d];

		if (!dr->present)
			continue;
		strbuf_adds(sb, "<h4>");
		html_dim_name_tr(sb, r->set->dimensions[d], pg->lang);
		strbuf_adds(sb, "</h4>\n<p>");
		put_dim_sentence(pg, dr);
		if (dr->has_interval) {
			strbuf_adds(sb, " 90% interval of the score from "
				    "resampling the experts: ");
			html_num(sb, true, dr->interval_lo);
			strbuf_adds(sb, " to ");
			html_num(sb, true, dr->interval_hi);
			strbuf_adds(sb, ".");
		}
		strbuf_adds(sb, "</p>\n");
		for (size_t k = 0; k < dr->nindicators; k++)
			put_indicator(pg, dr->indicators[k]);
	}
	put_good_practices(pg, ar);
	strbuf_adds(sb, "</details>\n");
}

/* Append every indicator, per instrument, article and dimension. */
static void put_indicators(struct page *pg)
{
	const struct score_result *r = pg->r;
	struct strbuf *sb = &pg->sb;

	strbuf_addf(sb, "<section id=\"indicators\">\n<h2>%s</h2>\n"
			"<p class=\"note\">%s</p>\n",
		    tr_word(pg->lang, "Indicators and answers"),
		    tr_word(pg->lang, "Every question put "
			"to the experts, with each expert&#39;s answer. "
			"Articles with a need are open; click an article to "
			"open or close it. In print, closed articles may "
			"show only their summary line."));
	for (size_t s = 0; s < r->ninstruments; s++) {
		strbuf_addf(sb, "<h3 id=\"ind-%zu\">", s);
		html_line(sb, result_instrument(r, s)->code);
		strbuf_adds(sb, "</h3>\n");
		for (size_t a = 0; a < r->instruments[s].narticles; a++)
			put_article_details(pg, s, a);
	}
	strbuf_adds(sb, "</section>\n");
}

/* Append how the numbers were made, with the options of this run. */
static void put_method(struct page *pg)
{
	const struct score_options *opt = &pg->r->options;
	const double *l = opt->legislative.bound;
	const double *m = opt->implementation.bound;

	strbuf_addf(&pg->sb, tr_word(pg->lang,
		    "<section id=\"method\">\n<h2>%s"
		    "</h2>\n<p>Each answer scores from 0 to 1; the "
		    "experts&#39; scores of a question are combined into "
		    "one by the consensus rule (%s). Alternatives (two ways "
		    "to meet one obligation) count once, at the best of "
		    "them. An article&#39;s score in a dimension is the "
		    "weighted mean over every answered provision, its "
		    "required score the same mean over the mandatory ones; "
		    "an n/a counts as not applicable only with a reason. "
		    "Instrument scores weigh articles by their weight; "
		    "overall scores are the mean over instruments, and "
		    "combined scores the mean over dimensions.</p>\n"
		    "<p>Ratings are taken on the required score, at every "
		    "level: legislative C from %g, LC from %g, PC from %g, "
		    "else NC; implementation (and other dimensions) high "
		    "from %g, substantial from %g, moderate from %g, else "
		    "low. A level is not rated when its coverage is below %g "
		    "or null (nothing applicable) or no mandatory provision "
		    "is answered (insufficient data), or when it has no "
		    "mandatory provision at all (discretionary).</p>\n"
		    "<p>A need is a gap in what was answered, or "
		    "information missing on mandatory provisions. A "
		    "gap&#39;s priority is the article weight times the "
		    "weighted unmet share of its provisions, each counted by "
		    "its obligation: mandatory %g, consider %g, optional %g; "
		    "an information need&#39;s, the article weight times the "
		    "unanswered mandatory share.</p>\n<p class=\"note\">The "
		    "same numbers, with every key, are in report.json beside "
		    "this page.</p>\n</section>\n"),
		    tr_word(pg->lang, "How the scores were made"),
		    consensus_name(opt->consensus), l[0], l[1], l[2], m[0],
		    m[1], m[2], opt->coverage_threshold,
		    opt->obligation_factor[OBLIGATION_MANDATORY],
		    opt->obligation_factor[OBLIGATION_CONSIDER],
		    opt->obligation_factor[OBLIGATION_OPTIONAL]);
}

/* Append the contents: links within the page only. */
static void put_contents(struct page *pg)
{
	const struct score_result *r = pg->r;
	struct strbuf *sb = &pg->sb;
	size_t nwide = 0;

	for (size_t i = 0; pg->charts && i < pg->ncharts; i++)
		nwide += chart_is_wide(r, &pg->charts[i]);
	strbuf_addf(sb, "<nav aria-label=\"%s\">\n<ul>\n"
			"<li><a href=\"#summary\">%s</a></li>\n",
		    tr_word(pg->lang, "Contents"),
		    tr_word(pg->lang, "Summary"));
	for (size_t s = 0; s < r->ninstruments; s++) {
		strbuf_addf(sb, "<li><a href=\"#ins-%zu\">", s);
		html_line(sb, result_instrument(r, s)->code);
		strbuf_adds(sb, "</a></li>\n");
	}
	if (nwide || r->ndisagreements)
		strbuf_addf(sb, "<li><a href=\"#charts\">%s</a></li>\n",
			    tr_word(pg->lang, "Across the assessment"));
	strbuf_addf(sb, "<li><a href=\"#findings\">%s</a></li>\n",
		    tr_word(pg->lang, "Observations and recommended actions"));
	if (r->nunjustified)
		strbuf_addf(sb, "<li><a href=\"#unjustified\">%s</a></li>\n",
			    tr_word(pg->lang, "To fix: n/a without a reason"));
	strbuf_addf(sb, "<li><a href=\"#indicators\">%s</a></li>\n"
			"<li><a href=\"#method\">%s</a></li>\n</ul>\n</nav>\n",
		    tr_word(pg->lang, "Indicators and answers"),
		    tr_word(pg->lang, "How the scores were made"));
}

/* The page, top to bottom: summary, contents, instruments, wide charts,
 * findings, n/a to fix, indicators, method. */
char *html_report(const struct score_result *r,
		  const struct html_chart *charts, size_t ncharts,
		  const char *lang)
{
	struct page pg = { .r = r, .charts = charts, .ncharts = ncharts,
			   .lang = lang };
	struct tallies t;
	char *title = xasprintf(tr_word(lang, "Gap report: %s, round %s"),
				r->country, r->round);

	count_states(r, &t);
	strbuf_init(&pg.sb);
	html_begin(&pg.sb, title, lang);
	free(title);
	put_summary(&pg, &t);
	put_contents(&pg);
	if (!r->ninstruments)
		strbuf_addf(&pg.sb, "<p>%s</p>\n",
			    tr_word(lang, "No instrument was answered."));
	for (size_t s = 0; s < r->ninstruments; s++)
		put_instrument(&pg, s);
	put_wide_charts(&pg);
	put_findings(&pg);
	put_unjustified(&pg);
	put_indicators(&pg);
	put_method(&pg);
	html_end(&pg.sb);
	return strbuf_detach(&pg.sb);
}

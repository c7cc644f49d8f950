/* SPDX-License-Identifier: Apache-2.0 */
/*
 * trend-html.c - trend.html beside trend.json: one country over its
 * assessment rounds, for planners. Overall and per instrument, a table
 * of the series (comparable scores per round, the scores as reported,
 * the change since the baseline and since the last round, the share of
 * the baseline gap closed, the direction) with the line chart inlined,
 * and the articles' series below; then the indicators that moved and
 * those that could not be compared. With --plan, the plan's targets
 * come first: how many are met, and one row each.
 *
 * Self-contained like report.html (html-page.c): inline CSS and SVG, no
 * script, nothing fetched, every input string escaped, the numbers of
 * trend.json.
 */
#include "config.h"
#include "publish/html.h"
#include "publish/html-page.h"
#include "publish/tr.h"
#include "score/trend.h"
#include "load/targets.h"
#include "base/strbuf.h"
#include "base/xalloc.h"
#include "base/i18n.h"

#include <stdlib.h>
#include <string.h>

/* What the writers below share. */
struct trend_page {
	struct strbuf sb;
	const struct trend *tr;
	const struct html_chart *charts;
	size_t ncharts;
	const char *lang;
};

/* The name of a series' dimension ("combined" past the set's). */
static const char *series_dim(const struct trend *tr,
			      const struct trend_series *s)
{
	return s->dimension < tr->set->ndimensions
		       ? tr->set->dimensions[s->dimension] : "combined";
}

/* Append the head of a series table: the first column's name, then the
 * comparable and the reported points per round, then the changes. */
static void put_series_head(struct trend_page *pg, const char *first)
{
	const struct trend *tr = pg->tr;
	struct strbuf *sb = &pg->sb;

	const char *lang = pg->lang;

	strbuf_addf(sb, "<thead><tr><th scope=\"col\" rowspan=\"2\">%s</th>"
			"<th scope=\"colgroup\" colspan=\"%zu\">%s</th>"
			"<th scope=\"colgroup\" colspan=\"%zu\">%s</th>",
		    tr_word(lang, first), tr->nrounds,
		    tr_word(lang, "Comparable score"), tr->nrounds,
		    tr_word(lang, "As reported"));
	strbuf_addf(sb, "<th scope=\"col\" rowspan=\"2\" "
			"class=\"num\">%s</th>"
			"<th scope=\"col\" rowspan=\"2\" class=\"num\">%s"
			"</th><th scope=\"col\" rowspan=\"2\" "
			"class=\"num\">%s</th><th scope=\"col\" "
			"rowspan=\"2\">%s</th></tr>\n<tr>",
		    tr_word(lang, "Change since baseline"),
		    tr_word(lang, "Change since last round"),
		    tr_word(lang, "Gap closed"), tr_word(lang, "Direction"));
	for (size_t k = 0; k < 2 * tr->nrounds; k++) {
		strbuf_adds(sb, "<th scope=\"col\" class=\"num\">");
		html_line(sb, tr->rounds[k % tr->nrounds]->round);
		strbuf_adds(sb, "</th>");
	}
	strbuf_adds(sb, "</tr></thead>\n");
}

/* A direction (improved, regressed, stable) as a word of lang. */
static const char *direction_word(const char *lang, const char *dir)
{
	static const char *const words[] = { N_("improved"),
					     N_("regressed"), N_("stable") };

	for (size_t i = 0; i < sizeof(words) / sizeof(*words); i++)
		if (!strcmp(dir, words[i]))
			return tr_word(lang, words[i]);
	return dir;
}

/* Append the cells of one series after its first column. */
static void put_series_cells(struct trend_page *pg,
			     const struct trend_series *s)
{
	struct strbuf *sb = &pg->sb;
	const char *dir = s->direction;

	for (size_t k = 0; k < pg->tr->nrounds; k++)
		html_num_cell(sb, s->comparable[k].has,
			      s->comparable[k].score);
	for (size_t k = 0; k < pg->tr->nrounds; k++)
		html_num_cell(sb, s->reported[k].has, s->reported[k].score);
	html_change_cell(sb, s->has_change, s->change_since_baseline);
	html_change_cell(sb, s->has_change_since_last, s->change_since_last);
	html_num_cell(sb, s->has_gap_closed, s->gap_closed);
	if (!dir)
		strbuf_adds(sb, "<td>" HTML_DASH "</td>");
	else
		strbuf_addf(sb, "<td class=\"%s\">%s</td>",
			    !strcmp(dir, "improved") ? "up"
			    : !strcmp(dir, "regressed") ? "down" : "stable",
			    direction_word(pg->lang, dir));
}

/* Append the table of the series of one level: the instrument ins
 * (TREND_NONE: overall), one row per dimension, then combined. */
static void put_level_series(struct trend_page *pg, size_t ins)
{
	const struct trend *tr = pg->tr;
	struct strbuf *sb = &pg->sb;

	strbuf_adds(sb, "<div class=\"wide\">\n<table class=\"series\">\n"
			"<caption>");
	if (ins == TREND_NONE) {
		strbuf_adds(sb, tr_word(pg->lang, "Overall, the mean over "
						  "the instruments answered"));
	} else {
		strbuf_adds(sb, tr_word(pg->lang, "Scores of "));
		html_line(sb, tr->set->instruments[ins].code);
	}
	strbuf_adds(sb, "</caption>\n");
	put_series_head(pg, N_("Dimension"));
	strbuf_adds(sb, "<tbody>\n");
	for (size_t k = 0; k < tr->nseries; k++) {
		const struct trend_series *s = &tr->series[k];

		if (s->instrument != ins || s->article != TREND_NONE)
			continue;
		strbuf_adds(sb, "<tr><th scope=\"row\">");
		html_dim_name_tr(sb, series_dim(tr, s), pg->lang);
		strbuf_adds(sb, "</th>");
		put_series_cells(pg, s);
		strbuf_adds(sb, "</tr>\n");
	}
	strbuf_adds(sb, "</tbody>\n</table>\n</div>\n");
}

/* Append the articles' series of instrument ins, in a <details>. */
static void put_article_series(struct trend_page *pg, size_t ins)
{
	const struct trend *tr = pg->tr;
	const struct instrument *in = &tr->set->instruments[ins];
	struct strbuf *sb = &pg->sb;

	strbuf_addf(sb, "<details>\n<summary>%s</summary>\n"
			"<div class=\"wide\">\n<table class=\"series\">\n",
		    tr_word(pg->lang, "Article by article"));
	put_series_head(pg, N_("Article, dimension"));
	strbuf_adds(sb, "<tbody>\n");
	for (size_t k = 0; k < tr->nseries; k++) {
		const struct trend_series *s = &tr->series[k];
		const struct article *art;

		if (s->instrument != ins || s->article == TREND_NONE ||
		    s->dimension >= tr->set->ndimensions)
			continue;
		art = &in->articles[s->article];
		strbuf_adds(sb, "<tr><th scope=\"row\">");
		html_line(sb, art->label);
		strbuf_adds(sb, " ");
		html_line(sb, indset_article_title(art, pg->lang));
		strbuf_adds(sb, ", ");
		html_line(sb, tr_code(pg->lang, series_dim(tr, s)));
		strbuf_adds(sb, "</th>");
		put_series_cells(pg, s);
		strbuf_adds(sb, "</tr>\n");
	}
	strbuf_adds(sb, "</tbody>\n</table>\n</div>\n</details>\n");
}

/* Append the charts that belong to code (NULL: the overall ones). */
static void put_trend_charts(struct trend_page *pg, const char *code)
{
	for (size_t i = 0; pg->charts && i < pg->ncharts; i++) {
		const struct html_chart *c = &pg->charts[i];

		if (code ? c->instrument && !strcmp(c->instrument, code)
			 : !c->instrument)
			html_figure(&pg->sb, c, i + 1);
	}
}

/* Does the trend have a series of instrument ins? */
static bool has_instrument(const struct trend *tr, size_t ins)
{
	for (size_t k = 0; k < tr->nseries; k++)
		if (tr->series[k].instrument == ins)
			return true;
	return false;
}

/* Append the indicators whose consensus moved between the last two
 * rounds. */
static void put_moved(struct trend_page *pg)
{
	static const char *const cols[] = {
		N_("Indicator"), N_("Instrument"), N_("Article"),
		N_("Dimension"), N_("#From"), N_("#To"), N_("#Change"), NULL,
	};
	const struct trend *tr = pg->tr;
	const struct indset *set = tr->set;
	struct strbuf *sb = &pg->sb;

	html_section(sb, "moved", tr_word(pg->lang, "Indicators that moved"));
	if (tr->nrounds < 2 || !tr->nmoved) {
		strbuf_addf(sb, "<p class=\"empty\">%s</p>\n</section>\n",
			    tr->nrounds < 2
				    ? tr_word(pg->lang, "One round only: "
							"nothing to compare.")
				    : tr_word(pg->lang, "No consensus moved "
							"by more than the "
							"tolerance."));
		return;
	}
	html_note_table(sb, tr_word(pg->lang, "Consensus scores that changed "
				    "by more than the tolerance between the "
				    "last two rounds."),
			cols, pg->lang);
	for (size_t k = 0; k < tr->nmoved; k++) {
		const struct trend_moved *m = &tr->moved[k];

		html_indicator_row(sb, set, m->indicator, pg->lang);
		html_num_cell(sb, true, m->from);
		html_num_cell(sb, true, m->to);
		html_change_cell(sb, true, m->to - m->from);
		strbuf_adds(sb, "</tr>\n");
	}
	html_table_end(sb);
	strbuf_adds(sb, "</section>\n");
}

/* Append the indicators answered in some rounds only, and in which. */
static void put_not_comparable(struct trend_page *pg)
{
	static const char *const cols[] = { N_("Indicator"),
					    N_("Answered in"), NULL };
	const struct trend *tr = pg->tr;
	struct strbuf *sb = &pg->sb;

	html_section(sb, "not-comparable",
		     tr_word(pg->lang, "Indicators not comparable"));
	if (!tr->npartial) {
		strbuf_addf(sb, "<p class=\"empty\">%s</p>\n</section>\n",
			    tr_word(pg->lang, "None: every indicator answered "
					      "in one round is answered in "
					      "all."));
		return;
	}
	html_note_table(sb, tr_word(pg->lang, "Answered in some rounds only, "
				    "so left out of the comparable scores."),
			cols, pg->lang);
	for (size_t k = 0; k < tr->npartial; k++) {
		bool first = true;

		strbuf_adds(sb, "<tr><th scope=\"row\">");
		html_line(sb, tr->set->items[tr->partial[k]].id);
		strbuf_adds(sb, "</th><td>");
		for (size_t r = 0; r < tr->nrounds; r++) {
			if (!tr->partial_rounds[k][r])
				continue;
			strbuf_adds(sb, first ? "" : ", ");
			html_line(sb, tr->rounds[r]->round);
			first = false;
		}
		strbuf_adds(sb, "</td></tr>\n");
	}
	html_table_end(sb);
	strbuf_adds(sb, "</section>\n");
}

/* Append one target's row: the need, its measure, baseline, latest,
 * target, whether it is met and the share of the way covered. */
static void put_target_row(struct trend_page *pg, const struct trend_target *t)
{
	const struct plan_target *p = t->plan;
	struct strbuf *sb = &pg->sb;

	strbuf_adds(sb, "<tr><th scope=\"row\">");
	html_line(sb, p->id);
	strbuf_adds(sb, "</th><td>");
	html_line(sb, p->measure);
	strbuf_adds(sb, "</td>");
	html_num_cell(sb, p->has_baseline, p->baseline);
	html_num_cell(sb, t->has_latest, t->latest);
	html_num_cell(sb, p->has_target, p->target);
	strbuf_addf(sb, "<td%s>%s</td>",
		    !t->has_met ? "" : t->met ? " class=\"up\""
					     : " class=\"down\"",
		    !t->has_met ? HTML_DASH
		    : t->met    ? tr_word(pg->lang, "met")
				: tr_word(pg->lang, "not met"));
	html_num_cell(sb, t->has_gap_closed, t->gap_closed);
	strbuf_adds(sb, "<td>");
	html_line(sb, t->note ? t->note : "");
	strbuf_adds(sb, "</td></tr>\n");
}

/* Append how many targets are met (met), not met and not measured
 * (unmeasured); in a language other than English each count after its
 * label, so that no language needs English plurals. */
static void put_targets_met(struct trend_page *pg, size_t met,
			    size_t unmeasured)
{
	const struct trend *tr = pg->tr;
	struct strbuf *sb = &pg->sb;
	const char *lang = pg->lang;
	size_t unmet = tr->ntargets - met - unmeasured;

	if (tr_is_english(lang)) {
		strbuf_addf(sb, "<p><strong>%zu of %zu</strong> targets met "
				"in round ", met, tr->ntargets);
		html_line(sb, tr->rounds[tr->nrounds - 1]->round);
		strbuf_addf(sb, "; %zu not met", unmet);
		if (unmeasured)
			strbuf_addf(sb, ", %zu could not be measured",
				    unmeasured);
	} else {
		strbuf_adds(sb, "<p><strong>");
		strbuf_addf(sb, tr_word(lang, "Targets met: %zu of %zu"), met,
			    tr->ntargets);
		strbuf_addf(sb, "</strong> (%s ", tr_word(lang, "round"));
		html_line(sb, tr->rounds[tr->nrounds - 1]->round);
		strbuf_adds(sb, "); ");
		strbuf_addf(sb, tr_word(lang, "not met: %zu"), unmet);
		if (unmeasured)
			strbuf_addf(sb, tr_word(lang, "; could not be "
						      "measured: %zu"),
				    unmeasured);
	}
	strbuf_addf(sb, ". %s</p>\n",
		    tr_word(lang, "The way covered is the share of the "
				  "distance from baseline to target that the "
				  "latest round went."));
}

/* Append the plan's targets, measured in the latest round: how many
 * are met first, then one row per target. */
static void put_targets(struct trend_page *pg)
{
	static const char *const cols[] = {
		N_("Need"), N_("Measure"), N_("#Baseline"), N_("#Latest"),
		N_("#Target"), N_("Reached"), N_("#Way covered"), N_("Note"),
		NULL,
	};
	const struct trend *tr = pg->tr;
	struct strbuf *sb = &pg->sb;
	size_t met = 0, unmeasured = 0;

	if (!tr->ntargets)
		return;
	for (size_t k = 0; k < tr->ntargets; k++) {
		met += tr->targets[k].has_met && tr->targets[k].met;
		unmeasured += !tr->targets[k].has_met;
	}
	html_section(sb, "targets", tr_word(pg->lang, "Targets of the plan"));
	put_targets_met(pg, met, unmeasured);
	html_table_begin_tr(sb, cols, pg->lang);
	for (size_t k = 0; k < tr->ntargets; k++)
		put_target_row(pg, &tr->targets[k]);
	html_table_end(sb);
	strbuf_adds(sb, "</section>\n");
}

static void put_trend_lead(struct trend_page *pg);

/* Append the page's heading and how to read it. */
static void put_trend_head(struct trend_page *pg)
{
	const struct trend *tr = pg->tr;
	struct strbuf *sb = &pg->sb;

	strbuf_addf(sb, "<header>\n<h1>%s", tr_word(pg->lang, "Trend: "));
	html_country(sb, tr->rounds[0]->country_name, tr->country);
	strbuf_adds(sb, ", ");
	if (tr->nrounds == 1) {
		strbuf_adds(sb, tr_word(pg->lang, "round "));
		html_line(sb, tr->rounds[0]->round);
	} else {
		strbuf_adds(sb, tr_word(pg->lang, "rounds "));
		html_line(sb, tr->rounds[0]->round);
		strbuf_adds(sb, tr_word(pg->lang, " to "));
		html_line(sb, tr->rounds[tr->nrounds - 1]->round);
	}
	strbuf_adds(sb, "</h1>\n<p class=\"lead\">");
	put_trend_lead(pg);
	strbuf_adds(sb, "</p>\n</header>\n");
}

/* The lead: what the scores are, over how many rounds and indicators;
 * in a language other than English the counts after their labels. */
static void put_trend_lead(struct trend_page *pg)
{
	const struct trend *tr = pg->tr;
	struct strbuf *sb = &pg->sb;

	if (!tr_is_english(pg->lang)) {
		strbuf_addf(sb, tr_word(pg->lang, "Scores from 0 to 1. "
				"Assessment rounds: %zu; indicators answered "
				"in every round: %zu. Changes compare like "
				"with like: each round is scored again on the "
				"indicators answered in every round "
				"(comparable scores); the scores as each "
				"round&#39;s report gives them are beside "
				"them. A change within %.4g is stable; the gap "
				"closed is the change over the baseline&#39;s "
				"gap (1 &minus; baseline score)."),
			    tr->nrounds, tr->ncomparable, tr->tolerance);
		return;
	}
	strbuf_addf(sb, "Scores from 0 to 1 over %zu "
		    "assessment round%s. Changes compare like with like: each "
		    "round is scored again on the %zu indicators answered in "
		    "every round (comparable scores); the scores as each "
		    "round&#39;s report gives them are beside them. A change "
		    "within %.4g is stable; the gap closed is the change over "
		    "the baseline&#39;s gap (1 &minus; baseline score).",
		    tr->nrounds, tr->nrounds == 1 ? "" : "s", tr->ncomparable,
		    tr->tolerance);
}

/* trend.html of tr, its charts inlined (see html.h). */
char *html_trend(const struct trend *tr, const struct html_chart *charts,
		 size_t ncharts, const char *lang)
{
	struct trend_page pg = { .tr = tr, .charts = charts,
				 .ncharts = ncharts, .lang = lang };
	char *title = xasprintf(tr_word(lang, "Trend: %s"), tr->country);

	strbuf_init(&pg.sb);
	html_begin(&pg.sb, title, lang);
	free(title);
	put_trend_head(&pg);
	put_targets(&pg);
	html_section(&pg.sb, "overall", tr_word(lang, "Overall"));
	put_level_series(&pg, TREND_NONE);
	put_trend_charts(&pg, NULL);
	strbuf_adds(&pg.sb, "</section>\n");
	for (size_t s = 0; s < tr->set->ninstruments; s++) {
		const char *code = tr->set->instruments[s].code;

		if (!has_instrument(tr, s))
			continue;
		strbuf_addf(&pg.sb, "<section id=\"ins-%zu\">\n<h2>", s);
		html_line(&pg.sb, code);
		strbuf_adds(&pg.sb, "</h2>\n");
		put_level_series(&pg, s);
		put_trend_charts(&pg, code);
		put_article_series(&pg, s);
		strbuf_adds(&pg.sb, "</section>\n");
	}
	put_moved(&pg);
	put_not_comparable(&pg);
	html_note(&pg.sb, tr_word(lang, "The same numbers, with every key, "
				  "are in trend.json beside this page."));
	html_end(&pg.sb);
	return strbuf_detach(&pg.sb);
}

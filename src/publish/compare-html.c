/* SPDX-License-Identifier: Apache-2.0 */
/*
 * compare-html.c - compare.html beside compare.json: many countries side
 * by side, for donors. The ranking (rank, overall gap and its coverage,
 * why a country is not ranked, the gap and rank per instrument), the
 * group means, then the matrix as a colour-coded table (one row per
 * article, one column per country, then per group its mean) and the
 * heatmap inlined.
 *
 * Self-contained like report.html (html-page.c): inline CSS and SVG, no
 * script, nothing fetched, every input string escaped, the numbers of
 * compare.json.
 */
#include "config.h"
#include "publish/html.h"
#include "publish/html-page.h"
#include "publish/tr.h"
#include "score/compare.h"
#include "base/strbuf.h"
#include "base/text.h"
#include "base/xalloc.h"
#include "base/i18n.h"

#include <stdlib.h>
#include <string.h>

/* What the writers below share. */
struct compare_page {
	struct strbuf sb;
	const struct compare *c;
	const char *lang;
};

/* Append a gap cell coloured by the band its score (1 - gap) falls in,
 * or a dash on grey for no value. */
static void put_gap_cell(struct compare_page *pg, const struct compare_gap *g)
{
	const struct compare_options *opt = &pg->c->options;
	size_t d = opt->dimension == COMPARE_LEGISLATIVE ? DIM_LEGISLATIVE
							 : DIM_IMPLEMENTATION;

	if (!g->has_gap) {
		strbuf_adds(&pg->sb, "<td class=\"num notrated\">" HTML_DASH
				     "</td>");
		return;
	}
	strbuf_addf(&pg->sb, "<td class=\"num %s\">%.4f</td>",
		    html_rating_class(score_rating(&opt->score, d,
						   round4(1 - g->gap))),
		    round4(g->gap));
}

/* A rank cell: the rank, or a dash. */
static void put_rank_cell(struct strbuf *sb, size_t rank)
{
	if (rank)
		strbuf_addf(sb, "<td class=\"num\">%zu</td>", rank);
	else
		strbuf_adds(sb, "<td class=\"num\">" HTML_DASH "</td>");
}

/* Does country a come before country b in the ranking? The ranked
 * ones first, by rank, then the unranked ones; ties in country order. */
static bool ranks_before(const struct compare *c, size_t a, size_t b)
{
	size_t ra = c->countries[a].rank, rb = c->countries[b].rank;

	if (ra != rb)
		return rb == 0 || (ra != 0 && ra < rb);
	return a < b;
}

/* The countries' indexes in ranking order (caller frees); a stable
 * insertion sort, as countries are few. */
static size_t *ranking_order(const struct compare *c)
{
	size_t *order = xcalloc(c->ncountries + 1, sizeof(*order));

	for (size_t i = 0; i < c->ncountries; i++) {
		size_t j = i;

		for (; j > 0 && ranks_before(c, i, order[j - 1]); j--)
			order[j] = order[j - 1];
		order[j] = i;
	}
	return order;
}

/* Why a country is not ranked (compare.json's words) in lang. */
static const char *unranked_word(const char *lang, const char *why)
{
	static const char *const words[] = {
		N_("no score"), N_("coverage below the threshold"),
	};

	for (size_t i = 0; i < sizeof(words) / sizeof(*words); i++)
		if (!strcmp(why, words[i]))
			return tr_word(lang, words[i]);
	return why;
}

/* Append one country's row of the ranking. */
static void put_ranking_row(struct compare_page *pg, size_t i)
{
	const struct compare *c = pg->c;
	const struct compare_country *row = &c->countries[i];
	struct strbuf *sb = &pg->sb;

	strbuf_adds(sb, "<tr>");
	put_rank_cell(sb, row->rank);
	strbuf_adds(sb, "<th scope=\"row\">");
	html_country(sb, row->country_name, row->country);
	strbuf_adds(sb, "</th><td>");
	html_line(sb, row->round);
	strbuf_adds(sb, "</td><td>");
	html_line(sb, c->groups[row->group].name);
	strbuf_adds(sb, "</td>");
	put_gap_cell(pg, &row->overall);
	html_num_cell(sb, row->overall_coverage.has_gap,
		      row->overall_coverage.gap);
	strbuf_adds(sb, "<td>");
	html_line(sb, row->unranked ? unranked_word(pg->lang, row->unranked)
				    : "");
	strbuf_adds(sb, "</td>");
	for (size_t s = 0; s < c->set->ninstruments; s++) {
		put_gap_cell(pg, &row->instruments[s]);
		html_num_cell(sb, row->instrument_coverage[s].has_gap,
			      row->instrument_coverage[s].gap);
		put_rank_cell(sb, row->instrument_ranks[s]);
	}
	strbuf_adds(sb, "</tr>\n");
}

/* Append the first row of the ranking's head, in pg's language. */
static void put_ranking_head(struct compare_page *pg)
{
	const char *lang = pg->lang;

	strbuf_addf(&pg->sb, "<div class=\"wide\">\n<table class=\"ranking\">"
			"\n<thead><tr><th scope=\"col\" rowspan=\"2\" class="
			"\"num\">%s</th><th scope=\"col\" rowspan=\"2\">"
			"%s</th><th scope=\"col\" rowspan=\"2\">%s</th>",
		    tr_word(lang, "Rank"), tr_word(lang, "Country"),
		    tr_word(lang, "Round"));
	strbuf_addf(&pg->sb, "<th scope=\"col\" rowspan=\"2\">%s</th>"
			"<th scope=\"col\" rowspan=\"2\" class=\"num\">%s"
			"</th><th scope=\"col\" rowspan=\"2\" class=\"num\">"
			"%s</th><th scope=\"col\" rowspan=\"2\">%s</th>",
		    tr_word(lang, "Group"), tr_word(lang, "Overall gap"),
		    tr_word(lang, "Coverage"),
		    tr_word(lang, "Not ranked because"));
}

/* Append the ranking: every country, the ranked ones first. */
static void put_ranking(struct compare_page *pg)
{
	const struct compare *c = pg->c;
	struct strbuf *sb = &pg->sb;
	size_t *order = ranking_order(c);

	html_section(sb, "ranking", tr_word(pg->lang, "Ranking"));
	html_note(sb, tr_word(pg->lang, "1 is the smallest overall gap; equal "
				      "gaps share a rank (1, 2, 2, 4). A "
				      "country whose coverage is below the "
				      "threshold, or that has no overall gap, "
				      "is not ranked, and the table says "
				      "why."));
	put_ranking_head(pg);
	for (size_t s = 0; s < c->set->ninstruments; s++) {
		strbuf_adds(sb, "<th scope=\"colgroup\" colspan=\"3\">");
		html_line(sb, c->set->instruments[s].code);
		strbuf_adds(sb, "</th>");
	}
	strbuf_adds(sb, "</tr>\n<tr>");
	for (size_t s = 0; s < c->set->ninstruments; s++)
		strbuf_addf(sb, "<th scope=\"col\" class=\"num\">%s</th>"
				"<th scope=\"col\" class=\"num\">%s</th>"
				"<th scope=\"col\" class=\"num\">%s</th>",
			    tr_word(pg->lang, "Gap"),
			    tr_word(pg->lang, "Coverage"),
			    tr_word(pg->lang, "Rank"));
	strbuf_adds(sb, "</tr></thead>\n<tbody>\n");
	for (size_t k = 0; k < c->ncountries; k++)
		put_ranking_row(pg, order[k]);
	strbuf_adds(sb, "</tbody>\n</table>\n</div>\n</section>\n");
	free(order);
}

/* Append the groups: their countries and mean overall gap. */
static void put_groups(struct compare_page *pg)
{
	static const char *const cols[] = {
		N_("Group"), N_("Countries"), N_("#Mean overall gap"), "#n",
		NULL,
	};
	const struct compare *c = pg->c;
	struct strbuf *sb = &pg->sb;

	html_section(sb, "groups", tr_word(pg->lang, "Group means"));
	html_note_table(sb, tr_word(pg->lang, "The mean of the gaps (as "
				    "printed) of the group&#39;s countries "
				    "that have one; n says how many."),
			cols, pg->lang);
	for (size_t g = 0; g < c->ngroups; g++) {
		const struct compare_group *grp = &c->groups[g];

		strbuf_adds(sb, "<tr><th scope=\"row\">");
		html_line(sb, grp->name);
		strbuf_adds(sb, "</th><td>");
		for (size_t k = 0; k < grp->nmembers; k++) {
			strbuf_adds(sb, k ? ", " : "");
			html_line(sb, c->countries[grp->members[k]].country);
		}
		strbuf_adds(sb, "</td>");
		put_gap_cell(pg, &grp->overall);
		strbuf_addf(sb, "<td class=\"num\">%zu</td></tr>\n",
			    grp->overall_n);
	}
	html_table_end(sb);
	strbuf_adds(sb, "</section>\n");
}

/* Append the head of the matrix: articles, then one column per country
 * and per group. */
static void put_matrix_head(struct compare_page *pg)
{
	const struct compare *c = pg->c;
	struct strbuf *sb = &pg->sb;

	strbuf_addf(sb, "<thead><tr><th scope=\"col\">%s</th>",
		    tr_word(pg->lang, "Article"));
	for (size_t i = 0; i < c->ncountries; i++) {
		strbuf_adds(sb, "<th scope=\"col\" class=\"num\">");
		html_line(sb, c->countries[i].country);
		strbuf_adds(sb, "<br><span class=\"ref\">");
		html_line(sb, c->countries[i].round);
		strbuf_adds(sb, "</span></th>");
	}
	for (size_t g = 0; g < c->ngroups; g++) {
		strbuf_addf(sb, "<th scope=\"col\" class=\"num\">%s",
			    tr_word(pg->lang, "Mean: "));
		html_line(sb, c->groups[g].name);
		strbuf_adds(sb, "</th>");
	}
	strbuf_adds(sb, "</tr></thead>\n");
}

/* Append the matrix, one row per article, instrument by instrument. */
static void put_matrix(struct compare_page *pg)
{
	const struct compare *c = pg->c;
	struct strbuf *sb = &pg->sb;
	size_t span = 1 + c->ncountries + c->ngroups;

	strbuf_addf(sb, "<section id=\"matrix\">\n<h2>%s(%s)</h2>\n",
		    tr_word(pg->lang, "Gap by article "),
		    tr_code(pg->lang,
			    compare_dimension_name(c->options.dimension)));
	strbuf_addf(sb, "<p class=\"note\">%s</p>\n"
			"<div class=\"wide\">\n<table class=\"matrix\">\n",
		    tr_word(pg->lang, "The gap is 1 &minus; score over every "
				      "provision answered; its colour is the "
				      "band its score falls in (C / high to "
				      "NC / low), not a rating. A dash on "
				      "grey: no value (the country did not "
				      "answer the instrument, or nothing in "
				      "the article was scored)."));
	put_matrix_head(pg);
	for (size_t k = 0; k < c->ncolumns; k++) {
		const struct compare_column *col = &c->columns[k];
		const struct instrument *ins =
			&c->set->instruments[col->instrument];
		const struct article *art = &ins->articles[col->article];

		if (!k || c->columns[k - 1].instrument != col->instrument) {
			strbuf_addf(sb, "%s<tbody>\n<tr><th scope="
				    "\"rowgroup\" colspan=\"%zu\">",
				    k ? "</tbody>\n" : "", span);
			html_line(sb, ins->code);
			strbuf_adds(sb, "</th></tr>\n");
		}
		strbuf_adds(sb, "<tr><th scope=\"row\">");
		html_line(sb, art->label);
		strbuf_adds(sb, " ");
		html_line(sb, indset_article_title(art, pg->lang));
		strbuf_adds(sb, "</th>");
		for (size_t i = 0; i < c->ncountries; i++)
			put_gap_cell(pg, &c->countries[i].gaps[k]);
		for (size_t g = 0; g < c->ngroups; g++)
			put_gap_cell(pg, &c->groups[g].gaps[k]);
		strbuf_adds(sb, "</tr>\n");
	}
	strbuf_adds(sb, c->ncolumns ? "</tbody>\n" : "");
	strbuf_adds(sb, "</table>\n</div>\n</section>\n");
}

/* Append the heading and how the comparison was made. */
static void put_compare_head(struct compare_page *pg)
{
	const struct compare_options *opt = &pg->c->options;
	struct strbuf *sb = &pg->sb;

	if (tr_is_english(pg->lang))
		strbuf_addf(sb, "<header>\n<h1>Comparison of %zu countr%s: "
				"%s gaps</h1>\n",
			    pg->c->ncountries,
			    pg->c->ncountries == 1 ? "y" : "ies",
			    compare_dimension_name(opt->dimension));
	else {
		strbuf_adds(sb, "<header>\n<h1>");
		strbuf_addf(sb, tr_word(pg->lang, "Countries compared: %zu; "
						  "gaps: %s"),
			    pg->c->ncountries,
			    tr_code(pg->lang,
				    compare_dimension_name(opt->dimension)));
		strbuf_adds(sb, "</h1>\n");
	}
	strbuf_addf(sb, "<p class=\"lead\">%s",
		    tr_word(pg->lang, "One assessment per country: "));
	if (opt->round) {
		strbuf_adds(sb, tr_word(pg->lang, "round "));
		html_line(sb, opt->round);
	} else {
		strbuf_adds(sb, tr_word(pg->lang, "each country&#39;s latest "
						  "round"));
	}
	strbuf_addf(sb, tr_word(pg->lang, ". Consensus %s; coverage "
				"threshold %.4g. Gaps run from 0 (nothing "
				"missing) to 1."),
		    consensus_name(opt->score.consensus),
		    opt->score.coverage_threshold);
	strbuf_adds(sb, "</p>\n</header>\n");
}

/* compare.html of c, its heatmap inlined (see html.h). */
char *html_compare(const struct compare *c, const struct html_chart *charts,
		   size_t ncharts, const char *lang)
{
	struct compare_page pg = { .c = c, .lang = lang };

	strbuf_init(&pg.sb);
	html_begin(&pg.sb, tr_word(lang, "Comparison of countries"), lang);
	put_compare_head(&pg);
	if (!c->ncountries)
		strbuf_addf(&pg.sb, "<p class=\"empty\">%s</p>\n",
			    tr_word(lang, "No country was compared."));
	put_ranking(&pg);
	put_groups(&pg);
	for (size_t i = 0; charts && i < ncharts; i++)
		html_figure(&pg.sb, &charts[i], i + 1);
	put_matrix(&pg);
	html_note(&pg.sb, tr_word(lang, "The same numbers, with every key, "
				  "are in compare.json beside this page."));
	html_end(&pg.sb);
	return strbuf_detach(&pg.sb);
}

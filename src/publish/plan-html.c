/* SPDX-License-Identifier: Apache-2.0 */
/*
 * plan-html.c - plan.html, the technical assistance plan as a page for a
 * donor: the totals, the needs summed by country, cluster, category,
 * beneficiary and activity (tables with bars), then every need once with
 * the actions its indicators recommend, its baseline and its target.
 *
 * One self-contained HTML5 document: inline CSS, no script, nothing
 * fetched; the bars are CSS. Every string from the inputs is escaped
 * (put_text); priorities are printed from their whole numbers of
 * ten-thousandths, so the page shows exactly the sums of plan.json.
 */
#include "config.h"
#include "publish/writers.h"
#include "publish/html-page.h"
#include "publish/tr.h"
#include "score/plan.h"
#include "base/sink.h"
#include "base/strbuf.h"
#include "base/text.h"
#include "base/i18n.h"

#include <stdio.h>
#include <string.h>

static const char style[] =
	"body{font-family:system-ui,-apple-system,\"Segoe UI\",Roboto,Arial,"
	"sans-serif;color:#1a1a1a;line-height:1.45;margin:0 auto;"
	"padding:1rem 1.25rem 3rem;max-width:80rem}\n"
	"h1{font-size:1.6rem;margin:.5rem 0 .25rem}\n"
	"h2{font-size:1.3rem;margin:2rem 0 .6rem;border-bottom:2px solid}\n"
	"h3{font-size:1.05rem;margin:1.4rem 0 .3rem}\n"
	".lead,.note{color:#555}\n.note{font-size:.9rem}\n"
	"table{border-collapse:collapse;margin:.4rem 0 .8rem;"
	"font-size:.9rem}\n"
	"th,td{border:1px solid #c8c8c8;padding:.2rem .45rem;text-align:left;"
	"vertical-align:top}\n"
	"thead th{background:#f0f0f0}\n"
	"td.num{text-align:right;font-variant-numeric:tabular-nums;"
	"white-space:nowrap}\n"
	"td.bar{width:16rem}\n"
	".bar span{display:block;height:.8rem;background:#4a78a8;"
	"print-color-adjust:exact;-webkit-print-color-adjust:exact}\n"
	"section.need{border-top:1px solid #c8c8c8;break-inside:avoid}\n"
	"dl{margin:.2rem 0;font-size:.9rem}\n"
	"dt{font-weight:600;display:inline}\n"
	"dd{display:inline;margin:0 1rem 0 .3rem}\n"
	"ol.actions li{margin:.3rem 0}\n"
	".q,.ref{color:#555;font-size:.88rem}\n"
	".vh{position:absolute;width:1px;height:1px;overflow:hidden;"
	"clip:rect(0 0 0 0)}\n";

/* The HTML entity of c, or NULL when c stands for itself. */
static const char *entity(unsigned char c)
{
	switch (c) {
	case '&': return "&amp;";
	case '<': return "&lt;";
	case '>': return "&gt;";
	case '"': return "&quot;";
	case '\'': return "&#39;";
	default: return NULL;
	}
}

/* Append input text escaped for HTML text and attribute values; control
 * characters (C0, DEL, C1), which HTML may not hold, become spaces. */
static void put_text(struct strbuf *sb, const char *s)
{
	const unsigned char *p = (const unsigned char *)(s ? s : "");

	for (; *p; p++) {
		const char *e = entity(*p);
		if (e)
			strbuf_adds(sb, e);
		else if (*p < 0x20 || *p == 0x7f)
			strbuf_addch(sb, ' ');
		else if (*p == 0xc2 && p[1] >= 0x80 && p[1] <= 0x9f) {
			strbuf_addch(sb, ' ');
			p++;
		} else
			strbuf_addch(sb, (char)*p);
	}
}

/* Append a priority from its units: exactly 4 decimals. */
static void put_units(struct strbuf *sb, long long units)
{
	strbuf_addf(sb, "%lld.%04lld", units / PLAN_SCALE, units % PLAN_SCALE);
}

/* Append a score, rounded, or a dash. */
static void put_score(struct strbuf *sb, bool has, double x)
{
	if (has)
		strbuf_addf(sb, "%.4f", round4(x) + 0.0);
	else
		strbuf_adds(sb, "&mdash;");
}

/* Append the items of a list joined with ", ", or a dash. */
static void put_refs(struct strbuf *sb, const struct plan_refs *refs)
{
	if (refs->count == 0)
		strbuf_adds(sb, "&mdash;");
	for (size_t k = 0; k < refs->count; k++) {
		if (k)
			strbuf_adds(sb, ", ");
		put_text(sb, refs->items[k]);
	}
}

/* The head, the title and what the plan covers. */
static void put_head(struct strbuf *sb, const struct plan *p,
		     const char *lang)
{
	const char *title = tr_word(lang, "Technical assistance plan");

	html_doctype(sb, lang);
	strbuf_addf(sb, "<head>\n"
			"<meta charset=\"utf-8\">\n"
			"<meta name=\"viewport\" content=\"width=device-"
			"width, initial-scale=1\">\n"
			"<title>%s</title>\n<style>\n", title);
	strbuf_adds(sb, style);
	strbuf_addf(sb, "</style>\n</head>\n<body>\n"
			"<h1>%s</h1>\n"
			"<p class=\"lead\">%s", title,
		    tr_word(lang, "Assessments: "));
	for (size_t i = 0; i < p->nassessments; i++) {
		if (i)
			strbuf_adds(sb, ", ");
		html_country(sb, p->assessments[i].country_name,
			     p->assessments[i].country);
		strbuf_addch(sb, ' ');
		put_text(sb, p->assessments[i].round);
	}
	if (p->nassessments == 0)
		strbuf_adds(sb, tr_word(lang, "none"));
	strbuf_adds(sb, ".</p>\n");
}

/* One row of the totals table. */
static void put_total_row(struct strbuf *sb, const char *what, size_t needs,
			  long long units)
{
	strbuf_addf(sb, "<tr><th scope=\"row\">%s</th><td class=\"num\">%zu"
			"</td><td class=\"num\">", what, needs);
	put_units(sb, units);
	strbuf_adds(sb, "</td></tr>\n");
}

/* The sentence under the totals: the count of countries (in English
 * as it always was; in another language the count after its label, so
 * that no language needs English plurals) and what a priority is. */
static void put_totals_note(struct strbuf *sb, const struct plan *p,
			    const char *lang)
{
	if (tr_is_english(lang)) {
		strbuf_addf(sb, "<p>%zu countr%s with needs. A need's "
				"priority is its article weight times its "
				"unmet share; every table below adds up to "
				"the total priority above.</p>\n",
			    p->ncountries, p->ncountries == 1 ? "y" : "ies");
		return;
	}
	strbuf_adds(sb, "<p>");
	strbuf_addf(sb, tr_word(lang, "Countries with needs: %zu."),
		    p->ncountries);
	strbuf_addf(sb, " %s</p>\n",
		    tr_word(lang, "A need's priority is its article weight "
				  "times its unmet share; every table below "
				  "adds up to the total priority above."));
}

/* The totals: every need, then each kind. */
static void put_totals(struct strbuf *sb, const struct plan *p,
		       const char *lang)
{
	strbuf_addf(sb, "<h2 id=\"totals\">%s</h2>\n<table>\n<thead><tr>"
			"<th scope=\"col\">%s</th><th scope=\"col\">%s"
			"</th><th scope=\"col\">%s</th></tr></thead>\n"
			"<tbody>\n", tr_word(lang, "Totals"),
		    tr_word(lang, "Needs"), tr_word(lang, "Count"),
		    tr_word(lang, "Priority"));
	put_total_row(sb, tr_word(lang, "All needs"), p->nneeds,
		      p->total_units);
	put_total_row(sb, tr_word(lang, "Gaps in law or practice"),
		      p->kinds[NEED_GAP].nneeds, p->kinds[NEED_GAP].units);
	put_total_row(sb, tr_word(lang, "Information to gather"),
		      p->kinds[NEED_INFORMATION].nneeds,
		      p->kinds[NEED_INFORMATION].units);
	strbuf_adds(sb, "</tbody>\n</table>\n");
	put_totals_note(sb, p, lang);
}

/* The headings and notes of the summaries, by axis. */
static const struct {
	const char *id, *title, *column, *note;
} summary_text[PLAN_NAXES] = {
	{ "by-category", N_("Needs by technical assistance category"),
	  N_("Category"), N_("A need's priority is split over the categories of "
		      "the indicators behind it, in proportion to what each "
		      "leaves unmet.") },
	{ "by-cluster", N_("Needs by cluster"), N_("Cluster"),
	  N_("A need with several clusters counts under each, its priority "
	     "split equally.") },
	{ "by-beneficiary", N_("Needs by beneficiary"), N_("Beneficiary"),
	  N_("A need with several beneficiaries counts under each, its "
	     "priority split equally.") },
	{ "by-activity", N_("Needs by activity type"), N_("Activity"),
	  N_("A need with several activity types counts under each, its "
	     "priority split equally.") },
	{ "by-country", N_("Needs by country"), N_("Country"), NULL },
};

/* One group's row: its name, priority, share of the plan total with a
 * bar (the longest: the highest total, top), needs and countries. */
static void put_group_row(struct strbuf *sb, const struct plan *p,
			  const struct plan_group *grp, long long top,
			  bool countries)
{
	double pct = p->total_units > 0 ? 100.0 * (double)grp->units /
						  (double)p->total_units : 0;
	double width = top > 0 ? 100.0 * (double)grp->units / (double)top : 0;

	strbuf_adds(sb, "<tr><th scope=\"row\">");
	if (countries)
		put_text(sb, grp->name);
	else
		html_country(sb, plan_country_name(p, grp->name), grp->name);
	strbuf_adds(sb, "</th><td class=\"num\">");
	put_units(sb, grp->units);
	strbuf_addf(sb, "</td><td class=\"num\">%.1f%%</td><td class=\"bar\">"
			"<span style=\"width:%.1f%%\"></span></td>"
			"<td class=\"num\">%zu</td>", pct, width, grp->nneeds);
	if (countries)
		strbuf_addf(sb, "<td class=\"num\">%zu</td>", grp->ncountries);
	strbuf_adds(sb, "</tr>\n");
}

/* One summary as a table with a bar per group. */
static void put_summary(struct strbuf *sb, const struct plan *p,
			enum plan_axis axis, const char *lang)
{
	const struct plan_summary *s = &p->summaries[axis];
	long long top = s->ngroups ? s->groups[0].units : 0;
	bool countries = axis != PLAN_BY_COUNTRY;

	strbuf_addf(sb, "<h2 id=\"%s\">%s</h2>\n", summary_text[axis].id,
		    tr_word(lang, summary_text[axis].title));
	if (summary_text[axis].note)
		html_note(sb, tr_word(lang, summary_text[axis].note));
	strbuf_addf(sb, "<table>\n<thead><tr><th scope=\"col\">%s</th>"
			"<th scope=\"col\">%s</th><th scope=\"col\">"
			"%s</th><th scope=\"col\"><span class=\"vh\">%s"
			"</span></th><th scope=\"col\">%s</th>",
		    tr_word(lang, summary_text[axis].column),
		    tr_word(lang, "Priority"), tr_word(lang, "Share"),
		    tr_word(lang, "Bar"), tr_word(lang, "Needs"));
	if (countries)
		strbuf_addf(sb, "<th scope=\"col\">%s</th>",
			    tr_word(lang, "Countries"));
	strbuf_adds(sb, "</tr></thead>\n<tbody>\n");
	for (size_t g = 0; g < s->ngroups; g++)
		put_group_row(sb, p, &s->groups[g], top, countries);
	strbuf_adds(sb, "</tbody>\n</table>\n");
}

/* The guide (in lang) and model law references of indicator i, if
 * any. */
static void put_action_refs(struct strbuf *sb, const struct indset *set,
			    size_t i, const char *lang)
{
	const struct indicator *ind = &set->items[i];

	if (!ind->guide_ref[0] && !ind->model_law[0])
		return;
	strbuf_adds(sb, "<br><span class=\"ref\">");
	put_text(sb, indset_guide_ref(set, i, lang));
	if (ind->guide_ref[0] && ind->model_law[0])
		strbuf_adds(sb, tr_word(lang, "; model law: "));
	else if (ind->model_law[0])
		strbuf_adds(sb, tr_word(lang, "Model law: "));
	put_text(sb, ind->model_law);
	strbuf_adds(sb, "</span>");
}

/* The actions the indicators behind a need recommend. */
static void put_actions(struct strbuf *sb, const struct plan *p,
			const struct plan_need *n, const char *lang)
{
	strbuf_adds(sb, "<ol class=\"actions\">\n");
	for (size_t k = 0; k < n->nindicators; k++) {
		const struct plan_item *it = &n->indicators[k];
		const struct indicator *ind = &p->set->items[it->indicator];
		const char *rec = indset_recommendation(p->set, it->indicator,
							lang);

		strbuf_adds(sb, "<li>");
		if (n->kind == NEED_INFORMATION || !rec || !rec[0])
			rec = n->kind == NEED_INFORMATION
				      ? tr_word(lang, "Gather what it takes "
						      "to answer:")
				      : tr_word(lang, "Close the gap on:");
		put_text(sb, rec);
		strbuf_adds(sb, "<br><span class=\"q\">");
		put_text(sb, ind->id);
		strbuf_adds(sb, ": ");
		put_text(sb, indset_question(p->set, it->indicator, lang));
		strbuf_addf(sb, " (%s ", tr_word(lang, "score"));
		put_score(sb, it->has_score, it->score);
		strbuf_adds(sb, ")</span>");
		put_action_refs(sb, p->set, it->indicator, lang);
		strbuf_adds(sb, "</li>\n");
	}
	strbuf_adds(sb, "</ol>\n");
}

/* A target: the measure's value and the band it reaches. */
static void put_goal(struct strbuf *sb, const struct plan_goal *g,
		     const char *lang)
{
	strbuf_addf(sb, "%.4f", g->value + 0.0);
	if (g->rating) {
		strbuf_adds(sb, " (");
		put_text(sb, tr_rating(lang, g->rating));
		strbuf_adds(sb, ")");
	}
}

/* What a need's measure is called on the page. */
static const char *const measure_text[] = { N_("required score"),
					    N_("score"), N_("coverage") };

/* What the page calls an effort band and a dimension status. */
static const char *const effort_words[] = { N_("small"), N_("medium"),
					    N_("large"), N_("rated"),
					    N_("insufficient-data"),
					    N_("discretionary") };

/* name (an effort or status code) as a word of lang: the code itself
 * in English, as the page always showed it. */
static const char *code_word(const char *lang, const char *name)
{
	for (size_t i = 0; i < sizeof(effort_words) / sizeof(*effort_words);
	     i++)
		if (!strcmp(name, effort_words[i]))
			return tr_word(lang, effort_words[i]);
	return name;
}

/* The dimension's lists of a need: categories with their priority,
 * clusters, beneficiaries and activities. */
static void put_need_lists(struct strbuf *sb, const struct plan_need *n,
			   const char *lang)
{
	strbuf_addf(sb, "</dd>\n<dt>%s</dt><dd>", tr_word(lang, "Categories"));
	for (size_t c = 0; c < n->ncategories; c++) {
		if (c)
			strbuf_adds(sb, ", ");
		put_text(sb, n->categories[c].name);
		strbuf_adds(sb, " ");
		put_units(sb, n->categories[c].units);
	}
	strbuf_addf(sb, "</dd>\n<dt>%s</dt><dd>", tr_word(lang, "Cluster"));
	put_refs(sb, &n->clusters);
	strbuf_addf(sb, "</dd>\n<dt>%s</dt><dd>",
		    tr_word(lang, "Beneficiaries"));
	put_refs(sb, &n->beneficiaries);
	strbuf_addf(sb, "</dd>\n<dt>%s</dt><dd>", tr_word(lang, "Activity"));
	put_refs(sb, &n->activities);
	strbuf_adds(sb, "</dd>\n</dl>\n");
}

/* The facts of a need, as a line of terms. */
static void put_need_facts(struct strbuf *sb, const struct plan_need *n,
			   const char *lang)
{
	const char *measure = tr_word(lang, measure_text[n->measure]);

	strbuf_addf(sb, "<dl>\n<dt>%s</dt><dd>", tr_word(lang, "Priority"));
	put_units(sb, n->units);
	strbuf_addf(sb, "</dd>\n<dt>%s</dt><dd>%s</dd>\n"
			"<dt>%s</dt><dd>%s ", tr_word(lang, "Effort"),
		    code_word(lang, plan_effort_name(n->effort)),
		    tr_word(lang, "Baseline"), measure);
	strbuf_addf(sb, "%.4f (%s ", n->baseline.value + 0.0,
		    tr_word(lang, "rating"));
	put_text(sb, n->rating ? tr_rating(lang, n->rating)
			       : tr_word(lang, "none"));
	strbuf_addf(sb, ", %s)</dd>\n<dt>%s</dt><dd>%s ",
		    code_word(lang, dim_status_name(n->status)),
		    tr_word(lang, "Target"), measure);
	put_goal(sb, &n->target, lang);
	put_need_lists(sb, n, lang);
}

/* One need: its heading, facts and actions. */
static void put_need(struct strbuf *sb, const struct plan *p,
		     const struct plan_need *n, const char *lang)
{
	const struct instrument *ins = &p->set->instruments[n->instrument];
	const struct article *art = &ins->articles[n->article];

	strbuf_adds(sb, "<section class=\"need\" id=\"");
	put_text(sb, n->id);
	strbuf_adds(sb, "\">\n<h3>");
	put_text(sb, n->country);
	strbuf_adds(sb, " ");
	put_text(sb, n->round);
	strbuf_adds(sb, ": ");
	put_text(sb, ins->code);
	strbuf_addf(sb, " %s ", tr_word(lang, "article"));
	put_text(sb, art->label);
	if (art->title[0]) {
		strbuf_adds(sb, ", ");
		put_text(sb, indset_article_title(art, lang));
	}
	strbuf_adds(sb, " &mdash; ");
	put_text(sb, tr_code(lang, p->set->dimensions[n->dimension]));
	strbuf_addf(sb, " %s</h3>\n<p class=\"ref\">",
		    tr_word(lang, need_kind_name(n->kind)));
	put_text(sb, n->id);
	strbuf_adds(sb, "</p>\n");
	put_need_facts(sb, n, lang);
	put_actions(sb, p, n, lang);
	strbuf_adds(sb, "</section>\n");
}

/* plan.html of p. */
void plan_html(struct sink *out, const struct plan *p)
{
	plan_html_lang(out, p, NULL);
}

/* plan.html with its headings in lang (see tr.h). */
void plan_html_lang(struct sink *out, const struct plan *p, const char *lang)
{
	static const enum plan_axis order[] = {
		PLAN_BY_COUNTRY, PLAN_BY_CLUSTER, PLAN_BY_CATEGORY,
		PLAN_BY_BENEFICIARY, PLAN_BY_ACTIVITY,
	};
	struct strbuf sb;

	strbuf_init(&sb);
	put_head(&sb, p, lang);
	put_totals(&sb, p, lang);
	for (size_t k = 0; k < sizeof(order) / sizeof(order[0]); k++)
		put_summary(&sb, p, order[k], lang);
	strbuf_addf(&sb, "<h2 id=\"needs\">%s</h2>\n",
		    tr_word(lang, "Needs, highest priority first"));
	sink_add(out, sb.buf, sb.len);
	for (size_t k = 0; k < p->nneeds; k++) {
		strbuf_reset(&sb);
		put_need(&sb, p, &p->needs[k], lang);
		sink_add(out, sb.buf, sb.len);
	}
	sink_adds(out, "</body>\n</html>\n");
	strbuf_release(&sb);
}

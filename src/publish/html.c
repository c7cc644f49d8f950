/*
 * html.c - the HTML page of one assessment (report.html), for readers who
 * would rather look than read JSON. It owns the page's layout and style:
 * a one-screen summary (overall scores, the top technical assistance
 * needs, agreement between experts), then per instrument its scores,
 * charts and a table of article ratings, then assessment-wide charts, then
 * every indicator behind each gap with each expert's answer.
 *
 * The page is one self-contained HTML5 document: inline CSS, inline SVG,
 * no script, nothing fetched; links point only within the page. Every
 * string from the inputs goes through html_text/html_line, which escape
 * it; only the SVG of the charts (drawn by gapscore itself) is copied as
 * it is. Numbers are the report's: rounded to 4 decimals and printed with
 * 4. Output depends on the result alone, so the same inputs give the
 * same bytes.
 */
#include "config.h"
#include "publish/html.h"
#include "base/xalloc.h"
#include "base/strbuf.h"
#include "base/text.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* How many needs the summary lists. */
#define HTML_TOP_NEEDS 5

/* Shown where a value is null. */
#define DASH "&mdash;"

/* What every writer below needs. */
struct page {
	struct strbuf sb;
	const struct score_result *r;
	const struct html_chart *charts;
	size_t ncharts;
	const char *lang;	/* questions and titles in this language */
};

static const char style[] =
	":root{--fg:#1a1a1a;--muted:#555;--line:#c8c8c8;--head:#f0f0f0;"
	"--good:#c9e9cf;--fair:#e6f2c4;--poor:#fbe3b8;--bad:#f6c6c1;"
	"--none:#e2e2e2}\n"
	"body{font-family:system-ui,-apple-system,\"Segoe UI\",Roboto,"
	"\"Helvetica Neue\",Arial,sans-serif;color:var(--fg);background:#fff;"
	"line-height:1.45;margin:0 auto;padding:1rem 1.25rem 3rem;"
	"max-width:80rem}\n"
	"h1{font-size:1.6rem;margin:.5rem 0 .25rem}\n"
	"h2{font-size:1.3rem;margin:2.2rem 0 .6rem;padding-bottom:.2rem;"
	"border-bottom:2px solid var(--fg)}\n"
	"h3{font-size:1.12rem;margin:1.6rem 0 .5rem}\n"
	"h4{font-size:1rem;margin:1rem 0 .4rem}\n"
	"h5{font-size:.95rem;margin:0 0 .2rem}\n"
	"p{margin:.4rem 0}\n"
	".lead{color:var(--muted);margin-top:0}\n"
	".note{color:var(--muted);font-size:.9rem}\n"
	"table{border-collapse:collapse;margin:.4rem 0 .8rem;"
	"font-size:.9rem}\n"
	"th,td{border:1px solid var(--line);padding:.2rem .45rem;"
	"text-align:left;vertical-align:top}\n"
	"thead th{background:var(--head)}\n"
	"td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;"
	"white-space:nowrap}\n"
	"caption{text-align:left;font-weight:600;padding:.2rem 0}\n"
	".wide{overflow-x:auto;max-width:100%}\n"
	".rate-1{background:var(--good)}\n"
	".rate-2{background:var(--fair)}\n"
	".rate-3{background:var(--poor)}\n"
	".rate-4{background:var(--bad)}\n"
	".rate-none{background:var(--none)}\n"
	".swatch{display:inline-block;padding:0 .4rem;margin:0 .15rem;"
	"border:1px solid var(--line)}\n"
	".legend{font-size:.85rem}\n"
	"figure{margin:1rem 0;break-inside:avoid}\n"
	"figure svg{max-width:100%;height:auto}\n"
	"figcaption{font-size:.9rem;color:var(--muted)}\n"
	"details{border:1px solid var(--line);margin:.5rem 0;"
	"padding:0 .6rem}\n"
	"details[open]{padding-bottom:.5rem}\n"
	"summary{cursor:pointer;padding:.35rem 0;font-weight:600}\n"
	"summary .status{font-weight:400;color:var(--muted)}\n"
	".ind{border-top:1px solid var(--line);padding:.5rem 0 .2rem}\n"
	".ind .q{margin:.1rem 0 .3rem}\n"
	"dl.meta{margin:.2rem 0;font-size:.85rem;color:var(--muted)}\n"
	"dl.meta dt,dl.meta dd{display:inline;margin:0}\n"
	"dl.meta dt::after{content:\": \"}\n"
	"dl.meta dd::after{content:\"  \\0000b7  \";white-space:pre}\n"
	"dl.meta dd:last-child::after{content:\"\"}\n"
	"table.answers td{max-width:28rem;overflow-wrap:anywhere}\n"
	".empty{color:var(--muted);font-style:italic}\n"
	".vh{position:absolute;width:1px;height:1px;overflow:hidden;"
	"clip:rect(0 0 0 0);white-space:nowrap}\n"
	"nav ul{margin:.2rem 0;padding-left:1.2rem}\n"
	"@media print{\n"
	"body{font-size:9.5pt;max-width:none;padding:0}\n"
	"nav{display:none}\n"
	"a{color:inherit;text-decoration:none}\n"
	".wide{overflow:visible}\n"
	"thead{display:table-header-group}\n"
	"tr,.ind,figure{break-inside:avoid}\n"
	"h2,h3,h4,h5,summary{break-after:avoid}\n"
	"[class*=rate-]{print-color-adjust:exact;"
	"-webkit-print-color-adjust:exact}\n"
	"details{border:0;padding:0}\n"
	"details::details-content{content-visibility:visible;display:block}\n"
	"}\n";

/* Append s escaped for HTML text or attributes. A line break becomes
 * <br> when breaks is true, else a space; other control characters (C0,
 * DEL, C1) are dropped, as HTML text may not hold them. */
static void html_escape(struct strbuf *sb, const char *s, bool breaks)
{
	const unsigned char *p = (const unsigned char *)(s ? s : "");

	for (; *p; p++) {
		switch (*p) {
		case '&': strbuf_adds(sb, "&amp;"); continue;
		case '<': strbuf_adds(sb, "&lt;"); continue;
		case '>': strbuf_adds(sb, "&gt;"); continue;
		case '"': strbuf_adds(sb, "&quot;"); continue;
		case '\'': strbuf_adds(sb, "&#39;"); continue;
		case '\t': strbuf_addch(sb, ' '); continue;
		default: break;
		}
		/* A line ends in LF, CRLF or a lone CR. */
		if (*p == '\n' || (*p == '\r' && p[1] != '\n')) {
			strbuf_adds(sb, breaks ? "<br>\n" : " ");
			continue;
		}
		if (*p < 0x20 || *p == 0x7f)
			continue;
		if (*p == 0xc2 && p[1] >= 0x80 && p[1] <= 0x9f) {
			p++;		/* U+0080 to U+009F (C1) */
			continue;
		}
		strbuf_addch(sb, (char)*p);
	}
}

/* Append input text that may span lines (evidence, comments, answers). */
static void html_text(struct strbuf *sb, const char *s)
{
	html_escape(sb, s, true);
}

/* Append input text on one line (titles, ids, headings). */
static void html_line(struct strbuf *sb, const char *s)
{
	html_escape(sb, s, false);
}

/* Append a dimension name (lowercase in the sets) with a capital. */
static void put_dim_name(struct strbuf *sb, const char *name)
{
	if (name[0] >= 'a' && name[0] <= 'z') {
		strbuf_addch(sb, (char)(name[0] - 'a' + 'A'));
		name++;
	}
	html_line(sb, name);
}

/* Append a score as the JSON report has it: 4 decimals, or a dash. */
static void put_num(struct strbuf *sb, bool has, double v)
{
	if (has)
		strbuf_addf(sb, "%.4f", round4(v));
	else
		strbuf_adds(sb, DASH);
}

/* Append a numeric table cell. */
static void put_num_cell(struct strbuf *sb, bool has, double v)
{
	strbuf_adds(sb, "<td class=\"num\">");
	put_num(sb, has, v);
	strbuf_adds(sb, "</td>");
}

/* The colour class of a rating: 1 (C, high) to 4 (NC, low). */
static const char *rating_class(const char *rating)
{
	static const char *const names[][2] = {
		{ "C", "high" }, { "LC", "substantial" },
		{ "PC", "moderate" }, { "NC", "low" },
	};
	static const char *const classes[] = {
		"rate-1", "rate-2", "rate-3", "rate-4",
	};

	if (!rating)
		return "rate-none";
	for (size_t i = 0; i < 4; i++)
		if (!strcmp(rating, names[i][0]) ||
		    !strcmp(rating, names[i][1]))
			return classes[i];
	return "rate-none";
}

/* Append a rating cell: the rating's text on its colour, or a dash. */
static void put_rating_cell(struct strbuf *sb, const char *rating)
{
	if (!rating) {
		strbuf_adds(sb, "<td>" DASH "</td>");
		return;
	}
	strbuf_addf(sb, "<td class=\"%s\">%s</td>", rating_class(rating),
		    rating);
}

/* The full name of a shipped instrument, or NULL for another code. */
static const char *instrument_title(const char *code)
{
	static const char *const names[][2] = {
		{ "UNTOC", "United Nations Convention against Transnational "
			   "Organized Crime" },
		{ "TIP", "Protocol to Prevent, Suppress and Punish "
			 "Trafficking in Persons, Especially Women and "
			 "Children" },
		{ "SOM", "Protocol against the Smuggling of Migrants by Land, "
			 "Sea and Air" },
		{ "FP", "Protocol against the Illicit Manufacturing of and "
			"Trafficking in Firearms, Their Parts and Components "
			"and Ammunition" },
	};

	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (!strcmp(code, names[i][0]))
			return names[i][1];
	return NULL;
}

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

/* Does article result a of instrument result s have a need (a gap)? */
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

	strbuf_adds(sb, "Article ");
	html_line(sb, art->label);
	if (title[0]) {
		strbuf_adds(sb, " ");
		html_line(sb, title);
	}
}

/* Append the document head, with the style, and open the body. */
static void put_head(struct page *pg)
{
	const struct score_result *r = pg->r;

	strbuf_adds(&pg->sb, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n"
			     "<meta charset=\"utf-8\">\n"
			     "<meta name=\"viewport\" content=\"width=device-"
			     "width, initial-scale=1\">\n<title>Gap report: ");
	html_line(&pg->sb, r->country);
	strbuf_adds(&pg->sb, ", round ");
	html_line(&pg->sb, r->round);
	strbuf_adds(&pg->sb, "</title>\n<style>\n");
	strbuf_adds(&pg->sb, style);
	strbuf_adds(&pg->sb, "</style>\n</head>\n<body>\n");
}

/* Append a table of levels (one row per dimension, then combined) with
 * an indicative rating: ratings are defined for article dimensions, so
 * here the bands are applied to an averaged score. */
static void put_level_table(struct page *pg, const char *caption,
			    const char *caption_input,
			    const struct level_score *dims,
			    const struct level_score *combined)
{
	const struct score_result *r = pg->r;
	struct strbuf *sb = &pg->sb;

	strbuf_addf(sb, "<table class=\"levels\">\n<caption>%s", caption);
	if (caption_input)
		html_line(sb, caption_input);
	strbuf_adds(sb, "</caption>\n<thead><tr>"
			"<th scope=\"col\">Dimension</th>"
			"<th scope=\"col\" class=\"num\">Score</th>"
			"<th scope=\"col\" class=\"num\">Gap</th>"
			"<th scope=\"col\" class=\"num\">Coverage</th>"
			"<th scope=\"col\">Rating (indicative)</th></tr>"
			"</thead>\n<tbody>\n");
	for (size_t d = 0; d < r->set->ndimensions; d++) {
		const struct level_score *v = &dims[d];

		strbuf_adds(sb, "<tr><th scope=\"row\">");
		put_dim_name(sb, r->set->dimensions[d]);
		strbuf_adds(sb, "</th>");
		put_num_cell(sb, v->has_score, v->score);
		put_num_cell(sb, v->has_score, 1 - v->score);
		put_num_cell(sb, v->has_coverage, v->coverage);
		put_rating_cell(sb, v->has_score
				    ? score_rating(&r->options, d,
						   round4(v->score))
				    : NULL);
		strbuf_adds(sb, "</tr>\n");
	}
	strbuf_adds(sb, "<tr><th scope=\"row\">Combined</th>");
	put_num_cell(sb, combined->has_score, combined->score);
	put_num_cell(sb, combined->has_score, 1 - combined->score);
	put_num_cell(sb, combined->has_coverage, combined->coverage);
	strbuf_adds(sb, "<td>" DASH "</td></tr>\n</tbody>\n</table>\n");
}

/* Append the union of a need's TA categories, in set order. */
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

/* Append the top technical assistance needs, highest priority first. */
static void put_top_needs(struct page *pg)
{
	const struct score_result *r = pg->r;
	struct strbuf *sb = &pg->sb;
	size_t n = r->nneeds < HTML_TOP_NEEDS ? r->nneeds : HTML_TOP_NEEDS;

	strbuf_adds(sb, "<h3>Top technical assistance needs</h3>\n");
	if (!r->nneeds) {
		strbuf_adds(sb, "<p>No article dimension has a gap: there is "
				"no technical assistance need.</p>\n");
		return;
	}
	if (n < r->nneeds)
		strbuf_addf(sb, "<p class=\"note\">The %zu highest-priority "
				"of %zu needs.", n, r->nneeds);
	else
		strbuf_addf(sb, "<p class=\"note\">%s, highest priority "
				"first.",
			    n == 1 ? "The only need" : "All needs");
	strbuf_adds(sb, " Priority is the gap weighted by the article&#39;s "
			"weight and by how binding each unmet obligation is; "
			"follow an article to see the answers behind it."
			"</p>\n");
	strbuf_adds(sb, "<div class=\"wide\">\n<table class=\"needs\">\n"
			"<thead><tr><th scope=\"col\" class=\"num\">#</th>"
			"<th scope=\"col\">Instrument</th>"
			"<th scope=\"col\">Article</th>"
			"<th scope=\"col\">Dimension</th>"
			"<th scope=\"col\" class=\"num\">Gap</th>"
			"<th scope=\"col\">Rating</th>"
			"<th scope=\"col\" class=\"num\">Priority</th>"
			"<th scope=\"col\">Technical assistance</th></tr>"
			"</thead>\n<tbody>\n");
	for (size_t k = 0; k < n; k++) {
		const struct ta_need *need = &r->needs[k];
		const struct instrument_result *ir =
			&r->instruments[need->instrument];
		const struct dim_result *d =
			&ir->articles[need->article].dims[need->dimension];

		strbuf_addf(sb, "<tr><td class=\"num\">%zu</td>"
				"<th scope=\"row\">", k + 1);
		html_line(sb, result_instrument(r, need->instrument)->code);
		strbuf_addf(sb, "</th><td><a href=\"#art-%zu-%zu\">",
			    need->instrument, need->article);
		put_article_name(sb, result_article(r, need->instrument,
						    need->article), pg->lang);
		strbuf_adds(sb, "</a></td><td>");
		put_dim_name(sb, r->set->dimensions[need->dimension]);
		strbuf_adds(sb, "</td>");
		put_num_cell(sb, d->value.has_score, 1 - d->value.score);
		if (d->rating)
			put_rating_cell(sb, d->rating);
		else
			strbuf_addf(sb, "<td class=\"rate-none\">%s</td>",
				    dim_status_name(d->status));
		put_num_cell(sb, true, need->priority);
		strbuf_adds(sb, "<td>");
		put_need_categories(sb, r, d);
		strbuf_adds(sb, "</td></tr>\n");
	}
	strbuf_adds(sb, "</tbody>\n</table>\n</div>\n");
}

/* Append the agreement between experts with a plain reading of it. */
static void put_agreement(struct page *pg)
{
	const struct score_result *r = pg->r;
	size_t nexperts = r->nexperts;
	struct strbuf *sb = &pg->sb;

	strbuf_addf(sb, "<h3>Agreement between experts</h3>\n<p>%zu expert%s."
			" Krippendorff&#39;s alpha (interval): ",
		    nexperts, nexperts == 1 ? "" : "s");
	if (r->has_alpha) {
		double a = round4(r->alpha);

		strbuf_addf(sb, "<strong>%.4f</strong>: ", a);
		if (a >= 0.8)
			strbuf_adds(sb, "good agreement; the experts largely "
					"see the situation the same way.");
		else if (a >= 0.667)
			strbuf_adds(sb, "tentative agreement; draw "
					"conclusions with care.");
		else
			strbuf_adds(sb, "low agreement; the experts often "
					"disagree, so read the scores with "
					"care and look at their answers.");
	} else {
		strbuf_addf(sb, "<strong>not defined</strong> (%s).",
			    nexperts < 2 ? "fewer than two experts"
					 : "no indicator has two scored "
					   "answers, or the answers do not "
					   "vary");
	}
	strbuf_adds(sb, "</p>\n");
}

/* Append the rating colour legend. */
static void put_legend(struct strbuf *sb)
{
	strbuf_adds(sb, "<p class=\"legend\">Ratings, legislative / "
			"implementation: "
			"<span class=\"swatch rate-1\">C / high</span> "
			"<span class=\"swatch rate-2\">LC / substantial"
			"</span> "
			"<span class=\"swatch rate-3\">PC / moderate</span> "
			"<span class=\"swatch rate-4\">NC / low</span> "
			"<span class=\"swatch rate-none\">insufficient "
			"data</span> (C compliant, LC largely compliant, PC "
			"partially compliant, NC non-compliant). " DASH
			" means no value.</p>\n");
}

/* Append the summary: what a donor should see on the first screen. */
static void put_summary(struct page *pg)
{
	const struct score_result *r = pg->r;
	struct strbuf *sb = &pg->sb;

	strbuf_adds(sb, "<header>\n<h1>Gap report: ");
	html_line(sb, r->country);
	strbuf_adds(sb, ", round ");
	html_line(sb, r->round);
	strbuf_adds(sb, "</h1>\n<p class=\"lead\">How far the laws "
			"(legislative) and their application (implementation) "
			"are from what the UN Convention against "
			"Transnational Organized Crime and its Protocols "
			"require, as judged by a panel of national experts. "
			"Scores run from 0 to "
			"1; the gap is 1 &minus; score; coverage is the "
			"answered share of what applies.</p>\n</header>\n");
	strbuf_adds(sb, "<section id=\"summary\">\n<h2>Summary</h2>\n");
	put_level_table(pg, "Overall, the mean over the instruments answered",
			NULL, r->overall, &r->overall_combined);
	strbuf_adds(sb, "<p class=\"note\">Ratings belong to articles; the "
			"overall and instrument ratings apply the same bands "
			"to an averaged score and are indicative only.</p>\n");
	put_top_needs(pg);
	put_agreement(pg);
	if (!pg->charts || !pg->ncharts)
		strbuf_adds(sb, "<p class=\"note\">Charts were not drawn for "
				"this report.</p>\n");
	put_legend(sb);
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

/* Does text start with prefix, ignoring ASCII case? */
static bool starts_with_nocase(const char *text, const char *prefix)
{
	for (; *prefix; text++, prefix++) {
		char a = *text, b = *prefix;

		if (a >= 'A' && a <= 'Z')
			a = (char)(a - 'A' + 'a');
		if (b >= 'A' && b <= 'Z')
			b = (char)(b - 'A' + 'a');
		if (a != b)
			return false;
	}
	return true;
}

/* The end of the DOCTYPE at p: past its '>', skipping quoted strings and
 * an internal subset in brackets; the end of the text if never closed. */
static const char *skip_doctype(const char *p)
{
	char quote = 0;
	int depth = 0;

	for (p += strlen("<!DOCTYPE"); *p; p++) {
		if (quote) {
			if (*p == quote)
				quote = 0;
		} else if (*p == '"' || *p == '\'') {
			quote = *p;
		} else if (*p == '[') {
			depth++;
		} else if (*p == ']') {
			depth--;
		} else if (*p == '>' && depth <= 0) {
			return p + 1;
		}
	}
	return p;
}

/* The SVG markup after any byte order mark, XML declaration, processing
 * instruction and DOCTYPE, which have no place inside an HTML page. An
 * unclosed one leaves nothing: better no chart than a broken page. */
static const char *svg_markup(const char *svg)
{
	const char *p = svg;

	if (!strncmp(p, "\xef\xbb\xbf", 3))
		p += 3;
	for (;;) {
		p += strspn(p, " \t\r\n");
		if (p[0] == '<' && p[1] == '?') {
			const char *end = strstr(p, "?>");

			if (!end)
				return p + strlen(p);
			p = end + 2;
		} else if (starts_with_nocase(p, "<!DOCTYPE")) {
			p = skip_doctype(p);
		} else {
			return p;
		}
	}
}

/*
 * Append svg with every id, and every same-document reference to one,
 * prefixed by "c<number>-": gnuplot gives each SVG the same ids
 * (gnuplot_canvas, gpDot, ...), which must not repeat in one page.
 * Chart text is XML-escaped by gnuplot, so these patterns only match
 * markup.
 */
static void put_svg_unique_ids(struct strbuf *sb, const char *svg,
			       size_t number)
{
	static const char *const refs[] = { " id=\"", "href=\"#", "url(#" };
	const char *p = svg;

	while (*p) {
		size_t k, best_len = 0;
		const char *best = NULL;

		for (k = 0; k < sizeof(refs) / sizeof(refs[0]); k++) {
			const char *q = strstr(p, refs[k]);
			if (q && (!best || q < best)) {
				best = q;
				best_len = strlen(refs[k]);
			}
		}
		if (!best) {
			strbuf_adds(sb, p);
			return;
		}
		strbuf_add(sb, p, (size_t)(best - p) + best_len);
		strbuf_addf(sb, "c%zu-", number);
		p = best + best_len;
	}
}

/* Append one chart as a figure: the SVG inline, then its caption. */
static void put_chart(struct strbuf *sb, const struct html_chart *c,
		      size_t number)
{
	const char *svg = svg_markup(c->svg ? c->svg : "");
	size_t len = strlen(svg);

	strbuf_adds(sb, "<figure class=\"chart\">\n");
	put_svg_unique_ids(sb, svg, number);
	if (len && svg[len - 1] != '\n')
		strbuf_addch(sb, '\n');
	if (c->caption && c->caption[0]) {
		strbuf_adds(sb, "<figcaption>");
		html_text(sb, c->caption);
		strbuf_adds(sb, "</figcaption>\n");
	}
	strbuf_adds(sb, "</figure>\n");
}

/* Append the charts of instrument code, or the assessment-wide ones
 * (code NULL), in the order given. */
static void put_charts(struct page *pg, const char *code)
{
	for (size_t i = 0; pg->charts && i < pg->ncharts; i++) {
		const struct html_chart *c = &pg->charts[i];
		bool wide = chart_is_wide(pg->r, c);

		if (code ? !wide && !strcmp(c->instrument, code) : wide)
			put_chart(&pg->sb, c, i + 1);
	}
}

/* Append the cells of one article dimension: score, gap, rating, status,
 * coverage (one dash when the article has no indicator of it). */
static void put_dim_cells(struct strbuf *sb, const struct dim_result *d)
{
	if (!d->present) {
		strbuf_adds(sb, "<td colspan=\"5\" class=\"empty\">" DASH
				"</td>");
		return;
	}
	put_num_cell(sb, d->value.has_score, d->value.score);
	put_num_cell(sb, d->value.has_score, 1 - d->value.score);
	if (d->rating)
		put_rating_cell(sb, d->rating);
	else if (d->status == DIM_INSUFFICIENT)
		strbuf_adds(sb, "<td class=\"rate-none\">" DASH "</td>");
	else
		strbuf_adds(sb, "<td>" DASH "</td>");
	strbuf_addf(sb, "<td>%s</td>", dim_status_name(d->status));
	put_num_cell(sb, d->value.has_coverage, d->value.coverage);
}

/* Append the table of instrument result s's articles. */
static void put_article_table(struct page *pg, size_t s)
{
	const struct score_result *r = pg->r;
	const struct instrument_result *ir = &r->instruments[s];
	struct strbuf *sb = &pg->sb;

	strbuf_addf(sb, "<div class=\"wide\" role=\"region\" tabindex=\"0\" "
			"aria-labelledby=\"arts-%zu\">\n"
			"<table class=\"articles\">\n"
			"<caption id=\"arts-%zu\">Articles of ", s, s);
	html_line(sb, result_instrument(r, s)->code);
	strbuf_adds(sb, "</caption>\n<thead>\n<tr><th scope=\"col\" "
			"rowspan=\"2\">Article</th><th scope=\"col\" "
			"rowspan=\"2\">Title</th>");
	for (size_t d = 0; d < r->set->ndimensions; d++) {
		if (!show_dim(r, s, d))
			continue;
		strbuf_adds(sb, "<th scope=\"colgroup\" colspan=\"5\">");
		put_dim_name(sb, r->set->dimensions[d]);
		strbuf_adds(sb, "</th>");
	}
	strbuf_adds(sb, "</tr>\n<tr>");
	for (size_t d = 0; d < r->set->ndimensions; d++)
		if (show_dim(r, s, d))
			strbuf_adds(sb, "<th scope=\"col\" class=\"num\">Score"
					"</th><th scope=\"col\" class=\"num\">"
					"Gap</th><th scope=\"col\">Rating</th>"
					"<th scope=\"col\">Status</th>"
					"<th scope=\"col\" class=\"num\">"
					"Coverage</th>");
	strbuf_adds(sb, "</tr>\n</thead>\n<tbody>\n");
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
				put_dim_cells(sb, &ir->articles[a].dims[d]);
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
	const char *title = instrument_title(ins->code);
	struct strbuf *sb = &pg->sb;

	strbuf_addf(sb, "<section id=\"ins-%zu\">\n<h2>", s);
	html_line(sb, ins->code);
	strbuf_adds(sb, "</h2>\n");
	if (title)
		strbuf_addf(sb, "<p class=\"lead\">%s</p>\n", title);
	put_level_table(pg, "Scores of ", ins->code, ir->dims, &ir->combined);
	put_charts(pg, ins->code);
	put_article_table(pg, s);
	strbuf_adds(sb, "</section>\n");
}

/* How many disagreements the page lists in full. */
#define HTML_TOP_DISAGREEMENTS 20

static void put_answers(struct page *pg, size_t i);

/* Append the section on where the experts disagree: the wide charts and
 * the most important disagreements with every expert's answer. */
static void put_wide_charts(struct page *pg)
{
	const struct score_result *r = pg->r;
	struct strbuf *sb = &pg->sb;
	size_t n = 0;

	for (size_t i = 0; pg->charts && i < pg->ncharts; i++)
		n += chart_is_wide(r, &pg->charts[i]);
	if (!n && !r->ndisagreements)
		return;
	strbuf_adds(sb, "<section id=\"charts\">\n<h2>Across the "
			"assessment: where the experts disagree</h2>\n");
	put_charts(pg, NULL);
	strbuf_addf(sb, "<p>%zu indicator%s where the experts' scores differ "
		    "by at least ", r->ndisagreements,
		    r->ndisagreements == 1 ? "" : "s");
	put_num(sb, true, r->options.disagreement_threshold);
	strbuf_adds(sb, " or they chose different answers; the largest "
		    "spread times weight first.</p>\n");
	for (size_t k = 0; k < r->ndisagreements &&
			   k < HTML_TOP_DISAGREEMENTS; k++) {
		const struct disagreement *dg = &r->disagreements[k];
		const struct indicator *ind = &r->set->items[dg->indicator];
		strbuf_adds(sb, "<h3>");
		html_line(sb, ind->id);
		strbuf_adds(sb, ": spread ");
		put_num(sb, true, dg->spread);
		strbuf_adds(sb, "</h3>\n<p>");
		html_text(sb, indset_question(r->set, dg->indicator, pg->lang));
		strbuf_adds(sb, "</p>\n");
		put_answers(pg, dg->indicator);
	}
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

/* Append each expert's answer to indicator i, in expert order. */
static void put_answers(struct page *pg, size_t i)
{
	const struct score_result *r = pg->r;
	struct answer_list list = r->indicators[i].answers;
	struct strbuf *sb = &pg->sb;

	if (!list.count) {
		strbuf_adds(sb, "<p class=\"empty\">No expert answered."
				"</p>\n");
		return;
	}
	strbuf_adds(sb, "<div class=\"wide\">\n<table class=\"answers\">\n"
			"<caption class=\"vh\">Answers to ");
	html_line(sb, pg->r->set->items[i].id);
	strbuf_adds(sb, "</caption>\n<thead><tr><th scope=\"col\">Expert</th>"
			"<th scope=\"col\">Answer</th>"
			"<th scope=\"col\" class=\"num\">Score</th>"
			"<th scope=\"col\">Confidence</th>"
			"<th scope=\"col\">Evidence</th>"
			"<th scope=\"col\">Comment</th>"
			"<th scope=\"col\">Good practice</th></tr></thead>\n"
			"<tbody>\n");
	for (size_t j = 0; j < list.count; j++) {
		const struct expert_answer *a = &list.items[j];

		strbuf_adds(sb, "<tr><th scope=\"row\">");
		html_line(sb, r->experts[a->expert]);
		strbuf_adds(sb, "</th>");
		if (a->answer[0]) {
			strbuf_adds(sb, "<td>");
			html_text(sb, a->answer);
			strbuf_adds(sb, "</td>");
		} else {
			strbuf_adds(sb, "<td class=\"empty\">(empty)</td>");
		}
		switch (a->cls) {
		case ANSWER_SCORED:
			put_num_cell(sb, true, a->score);
			break;
		case ANSWER_NA:
			strbuf_adds(sb, "<td class=\"num\">n/a</td>");
			break;
		case ANSWER_MISSING:
			strbuf_adds(sb, "<td class=\"num\">missing</td>");
			break;
		case ANSWER_TEXT_GIVEN:
			strbuf_adds(sb, "<td class=\"num\">not scored</td>");
			break;
		}
		strbuf_addf(sb, "<td>%s</td>", confidence_name(a->confidence));
		if (r->unsupported && r->unsupported[a - r->rows]) {
			strbuf_adds(sb, "<td><strong class=\"unsupported\">"
				    "Unsupported:</strong> cites no legal "
				    "provision");
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
		strbuf_adds(sb, "<dt>Paragraph</dt><dd>");
		html_line(sb, ind->paragraph);
		strbuf_adds(sb, "</dd>");
	}
	strbuf_adds(sb, "<dt>Answer type</dt><dd>");
	html_line(sb, ind->answer_type_text);
	strbuf_addf(sb, "</dd><dt>Obligation</dt><dd>%s</dd>"
			"<dt>Weight</dt><dd>%.15g</dd>"
			"<dt>Status</dt><dd>%s</dd>"
			"<dt>Consensus score</dt><dd>",
		    obligation_name(ind->obligation), ind->weight,
		    indicator_status_name(res->status));
	put_num(sb, res->has_score, res->score);
	strbuf_adds(sb, "</dd>");
	if (ind->has_parent) {
		strbuf_adds(sb, "<dt>Asked when</dt><dd>");
		html_line(sb, ind->parent_id);
		strbuf_adds(sb, " = ");
		html_line(sb, ind->parent_value);
		strbuf_adds(sb, "</dd>");
	}
	if (ind->guide_ref[0]) {
		strbuf_adds(sb, "<dt>Legislative guide</dt><dd>");
		html_line(sb, ind->guide_ref);
		strbuf_adds(sb, "</dd>");
	}
	strbuf_adds(sb, "</dl>\n");
	put_answers(pg, i);
	strbuf_adds(sb, "</div>\n");
}

/* Append a short status of each dimension for an article's summary. */
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
		html_line(sb, r->set->dimensions[d]);
		strbuf_adds(sb, " ");
		if (dr->rating)
			strbuf_adds(sb, dr->rating);
		else
			strbuf_adds(sb, dim_status_name(dr->status));
		if (dr->value.has_score) {
			strbuf_adds(sb, ", gap ");
			put_num(sb, true, 1 - dr->value.score);
		}
	}
	strbuf_adds(sb, ")</span>");
}

/* Append article result a of instrument result s as a <details>, open
 * when it has a gap so that the gaps show without a click. */
/* Append the good practices the experts named for an article. */
static void put_good_practices(struct page *pg, const struct article_result *ar)
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
					strbuf_adds(sb, "<h4>Good practices</h4>"
						    "\n<ul>\n");
				any = true;
				strbuf_adds(sb, "<li>");
				html_text(sb, a->good_practice);
				strbuf_adds(sb, " <span class=\"who\">(");
				html_line(sb, r->experts[a->expert]);
				strbuf_adds(sb, ", ");
				html_line(sb, r->set->items[dr->indicators[k]].id);
				strbuf_adds(sb, ")</span></li>\n");
			}
		}
	}
	if (any)
		strbuf_adds(sb, "</ul>\n");
}

/* Append the indicators behind one article, with every answer. */
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
		put_dim_name(sb, r->set->dimensions[d]);
		strbuf_adds(sb, "</h4>\n<p>Score ");
		put_num(sb, dr->value.has_score, dr->value.score);
		strbuf_adds(sb, ", gap ");
		put_num(sb, dr->value.has_score, 1 - dr->value.score);
		strbuf_adds(sb, ", coverage ");
		put_num(sb, dr->value.has_coverage, dr->value.coverage);
		strbuf_addf(sb, ", rating %s (%s)",
			    dr->rating ? dr->rating : DASH,
			    dim_status_name(dr->status));
		if (dr->has_interval) {
			strbuf_adds(sb, "; 90% interval of the score from "
				    "resampling the experts: ");
			put_num(sb, true, dr->interval_lo);
			strbuf_adds(sb, " to ");
			put_num(sb, true, dr->interval_hi);
		}
		strbuf_adds(sb, ".</p>\n");
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

	strbuf_adds(sb, "<section id=\"indicators\">\n<h2>Indicators behind "
			"each gap</h2>\n<p class=\"note\">Every question put "
			"to the experts, with each expert&#39;s answer. "
			"Articles with a gap are open; click an article to "
			"open or close it. In print, closed articles may "
			"show only their summary line.</p>\n");
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

	strbuf_addf(&pg->sb,
		    "<section id=\"method\">\n<h2>How the scores were made"
		    "</h2>\n<p>Each answer scores from 0 to 1; the "
		    "experts&#39; scores of a question are combined into "
		    "one by the consensus rule (%s). An article&#39;s score "
		    "in a dimension is the weighted mean "
		    "of its answered questions; coverage below %g leaves it "
		    "unrated (insufficient data). Instrument scores weigh "
		    "articles by their weight; overall scores are the mean "
		    "over instruments, and combined scores the mean over "
		    "dimensions.</p>\n<p>Legislative ratings: C from %g, LC "
		    "from %g, PC from %g, else NC. Implementation (and other "
		    "dimensions): high from %g, substantial from %g, moderate "
		    "from %g, else low.</p>\n<p>A need is an article "
		    "dimension with a gap. Its priority is the article "
		    "weight times the weighted unmet share of its "
		    "questions, each counted by "
		    "its obligation: mandatory %g, consider %g, optional %g."
		    "</p>\n<p class=\"note\">The same numbers, with every "
		    "key, are in report.json beside this page.</p>\n"
		    "</section>\n",
		    consensus_name(opt->consensus), opt->coverage_threshold,
		    l[0], l[1], l[2], m[0], m[1], m[2],
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
	strbuf_adds(sb, "<nav aria-label=\"Contents\">\n<ul>\n"
			"<li><a href=\"#summary\">Summary</a></li>\n");
	for (size_t s = 0; s < r->ninstruments; s++) {
		strbuf_addf(sb, "<li><a href=\"#ins-%zu\">", s);
		html_line(sb, result_instrument(r, s)->code);
		strbuf_adds(sb, "</a></li>\n");
	}
	if (nwide)
		strbuf_adds(sb, "<li><a href=\"#charts\">Across the "
				"assessment</a></li>\n");
	strbuf_adds(sb, "<li><a href=\"#indicators\">Indicators behind each "
			"gap</a></li>\n<li><a href=\"#method\">How the scores "
			"were made</a></li>\n</ul>\n</nav>\n");
}

/* The page, top to bottom: summary, contents, instruments, wide charts,
 * indicators, method. */
char *html_report(const struct score_result *r,
		  const struct html_chart *charts, size_t ncharts,
		  const char *lang)
{
	struct page pg = { .r = r, .charts = charts, .ncharts = ncharts,
			   .lang = lang };

	strbuf_init(&pg.sb);
	put_head(&pg);
	put_summary(&pg);
	put_contents(&pg);
	if (!r->ninstruments)
		strbuf_adds(&pg.sb, "<p>No instrument was answered.</p>\n");
	for (size_t s = 0; s < r->ninstruments; s++)
		put_instrument(&pg, s);
	put_wide_charts(&pg);
	put_indicators(&pg);
	put_method(&pg);
	strbuf_adds(&pg.sb, "</body>\n</html>\n");
	return strbuf_detach(&pg.sb);
}

/* SPDX-License-Identifier: Apache-2.0 */
/*
 * html-page.c - what the HTML pages share (see html-page.h): escaping,
 * numbers, the head and its style, rating colours and inline charts.
 *
 * Pages are self-contained HTML5 documents: inline CSS, inline SVG, no
 * script, nothing fetched. Output depends on the arguments alone, so the
 * same inputs give the same bytes.
 */
#include "config.h"
#include "publish/html-page.h"
#include "publish/tr.h"
#include "base/strbuf.h"
#include "base/xalloc.h"
#include "base/text.h"
#include "load/indset.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char page_style[] =
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
	".matrix tbody th{font-weight:400}\n"
	"td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;"
	"white-space:nowrap}\n"
	"caption{text-align:left;font-weight:600;padding:.2rem 0}\n"
	".wide{overflow-x:auto;max-width:100%}\n"
	".rate-1{background:var(--good)}\n"
	".rate-2{background:var(--fair)}\n"
	".rate-3{background:var(--poor)}\n"
	".rate-4{background:var(--bad)}\n"
	".rate-none{background:var(--none)}\n"
	".notrated{background:var(--none);color:var(--muted)}\n"
	".kind-information{font-style:italic}\n"
	".up{color:#1b6e2d}\n.down{color:#a1261b}\n"
	"ul.obs li,ol.actions li{margin:.3rem 0}\n"
	"li.met{color:var(--muted)}\n"
	".ref{color:var(--muted);font-size:.88rem}\n"
	".alert{border-left:4px solid #c0392b;background:#fdf2f0;"
	"padding:.4rem .7rem;margin:.6rem 0}\n"
	".swatch{display:inline-block;padding:0 .4rem;margin:0 .15rem;"
	"border:1px solid var(--line)}\n"
	".legend{font-size:.85rem}\n"
	"figure{margin:1rem 0;break-inside:avoid;max-width:64rem}\n"
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
void html_text(struct strbuf *sb, const char *s)
{
	html_escape(sb, s, true);
}

/* Append input text on one line (titles, ids, headings). */
void html_line(struct strbuf *sb, const char *s)
{
	html_escape(sb, s, false);
}

/* fmt with s in place of its one %s, each escaped (see html-page.h). */
void html_fill(struct strbuf *sb, const char *fmt, const char *s)
{
	const char *at = strstr(fmt, "%s");
	char *head = xstrndup(fmt, at ? (size_t)(at - fmt) : strlen(fmt));

	html_line(sb, head);
	free(head);
	if (!at)
		return;
	html_line(sb, s);
	html_line(sb, at + 2);
}

/* Append a dimension name (lowercase in the sets) with a capital. */
void html_dim_name(struct strbuf *sb, const char *name)
{
	if (name[0] >= 'a' && name[0] <= 'z') {
		strbuf_addch(sb, (char)(name[0] - 'a' + 'A'));
		name++;
	}
	html_line(sb, name);
}

/* html_dim_name in lang: the two dimensions of the shipped sets by
 * their translated names, "combined" too, any other as the sets
 * name it. */
void html_dim_name_tr(struct strbuf *sb, const char *name, const char *lang)
{
	if (!strcmp(name, "legislative"))
		html_line(sb, tr_word(lang, "Legislative"));
	else if (!strcmp(name, "implementation"))
		html_line(sb, tr_word(lang, "Implementation"));
	else if (!strcmp(name, "combined"))
		html_line(sb, tr_word(lang, "Combined"));
	else
		html_dim_name(sb, name);
}

/* Append a score as the JSON report has it: 4 decimals, or a dash. */
void html_num(struct strbuf *sb, bool has, double v)
{
	char buf[64];
	int n;

	if (!has) {
		strbuf_adds(sb, HTML_DASH);
		return;
	}
	/* Formatted once: "%.4f" of v is "%.4f" of round4(v), but for
	 * the sign of a value that rounds to zero (round4 gives +0). */
	n = snprintf(buf, sizeof(buf), "%.4f", v);
	if (n > 0 && (size_t)n < sizeof(buf))
		strbuf_adds(sb, strcmp(buf, "-0.0000") ? buf : buf + 1);
	else
		strbuf_addf(sb, "%.4f", round4(v));
}

/* Append a numeric table cell. */
void html_num_cell(struct strbuf *sb, bool has, double v)
{
	strbuf_adds(sb, "<td class=\"num\">");
	html_num(sb, has, v);
	strbuf_adds(sb, "</td>");
}

/* Append a signed numeric table cell, for changes. */
void html_change_cell(struct strbuf *sb, bool has, double v)
{
	double x = has ? round4(v) : 0;

	if (!has) {
		strbuf_adds(sb, "<td class=\"num\">" HTML_DASH "</td>");
		return;
	}
	strbuf_addf(sb, "<td class=\"num%s\">%s%.4f</td>",
		    x > 0 ? " up" : x < 0 ? " down" : "", x > 0 ? "+" : "", x);
}

/* Open indicator i's row: id, instrument, article, dimension (see
 * html-page.h). */
void html_indicator_row(struct strbuf *sb, const struct indset *set,
			size_t i, const char *lang)
{
	const struct indicator *ind = &set->items[i];
	const struct instrument *ins = &set->instruments[ind->instrument];

	strbuf_adds(sb, "<tr><th scope=\"row\">");
	html_line(sb, ind->id);
	strbuf_adds(sb, "</th><td>");
	html_line(sb, ins->code);
	strbuf_adds(sb, "</td><td>");
	html_line(sb, ins->articles[ind->article].label);
	strbuf_adds(sb, "</td><td>");
	html_line(sb, tr_code(lang, set->dimensions[ind->dimension]));
	strbuf_adds(sb, "</td>");
}

/* The colour class of a rating: 1 (C, high) to 4 (NC, low). */
const char *html_rating_class(const char *rating)
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

/* The full name of a shipped instrument, or NULL for another code. */
const char *html_instrument_title(const char *code)
{
	static const char *const names[][2] = {
		{ "UNTOC", N_("United Nations Convention against "
			      "Transnational Organized Crime") },
		{ "TIP", N_("Protocol to Prevent, Suppress and Punish "
			    "Trafficking in Persons, Especially Women and "
			    "Children") },
		{ "SOM", N_("Protocol against the Smuggling of Migrants by "
			    "Land, Sea and Air") },
		{ "FP", N_("Protocol against the Illicit Manufacturing of and "
			   "Trafficking in Firearms, Their Parts and "
			   "Components and Ammunition") },
	};

	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (!strcmp(code, names[i][0]))
			return names[i][1];
	return NULL;
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
 * (gnuplot_canvas, gpDot, gpPat1, ...; in either quotes), which must not
 * repeat in one page, and which hatched fills refer to.
 * Chart text is XML-escaped by gnuplot, so these patterns only match
 * markup.
 */
static void put_svg_unique_ids(struct strbuf *sb, const char *svg,
			       size_t number)
{
	static const char *const refs[] = { " id=\"", " id='", "href=\"#",
					    "href='#", "url(#" };
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

/* Append one chart as a figure: the SVG inline (or the PNG as a data:
 * URL, its caption as the alternative text), then its caption. */
void html_figure(struct strbuf *sb, const struct html_chart *c,
		 size_t number)
{
	const char *svg = svg_markup(c->svg ? c->svg : "");
	size_t len = strlen(svg);

	strbuf_adds(sb, "<figure class=\"chart\">\n");
	if (c->png) {
		strbuf_adds(sb, "<img style=\"max-width:100%;height:auto\" "
			    "src=\"data:image/png;base64,");
		strbuf_adds(sb, c->png);
		strbuf_adds(sb, "\" alt=\"");
		html_line(sb, c->caption);
		strbuf_adds(sb, "\">\n");
	} else {
		put_svg_unique_ids(sb, svg, number);
		if (len && svg[len - 1] != '\n')
			strbuf_addch(sb, '\n');
	}
	if (c->caption && c->caption[0]) {
		strbuf_adds(sb, "<figcaption>");
		html_text(sb, c->caption);
		strbuf_adds(sb, "</figcaption>\n");
	}
	strbuf_adds(sb, "</figure>\n");
}

/* Append a country as "NAME (CODE)", or its code. */
void html_country(struct strbuf *sb, const char *name, const char *code)
{
	if (!name || !strcmp(name, code)) {
		html_line(sb, code);
		return;
	}
	html_line(sb, name);
	strbuf_adds(sb, " (");
	html_line(sb, code);
	strbuf_adds(sb, ")");
}

/* Open a table with one header row (see html-page.h). */
void html_table_begin(struct strbuf *sb, const char *const *cols)
{
	strbuf_adds(sb, "<div class=\"wide\">\n<table>\n<thead><tr>");
	for (; *cols; cols++)
		strbuf_addf(sb, "<th scope=\"col\"%s>%s</th>",
			    (*cols)[0] == '#' ? " class=\"num\"" : "",
			    *cols + ((*cols)[0] == '#'));
	strbuf_adds(sb, "</tr></thead>\n<tbody>\n");
}

/* html_table_begin with the headers in lang (see tr.h). */
void html_table_begin_tr(struct strbuf *sb, const char *const *cols,
			 const char *lang)
{
	strbuf_adds(sb, "<div class=\"wide\">\n<table>\n<thead><tr>");
	for (; *cols; cols++) {
		const char *word = tr_word(lang, *cols);

		strbuf_addf(sb, "<th scope=\"col\"%s>%s</th>",
			    (*cols)[0] == '#' ? " class=\"num\"" : "",
			    word + (word[0] == '#'));
	}
	strbuf_adds(sb, "</tr></thead>\n<tbody>\n");
}

/* Close what html_table_begin opened. */
void html_table_end(struct strbuf *sb)
{
	strbuf_adds(sb, "</tbody>\n</table>\n</div>\n");
}

/* Open a section with its heading (see html-page.h). */
void html_section(struct strbuf *sb, const char *id, const char *heading)
{
	strbuf_addf(sb, "<section id=\"%s\">\n<h2>%s</h2>\n", id, heading);
}

/* Append a note paragraph. */
void html_note(struct strbuf *sb, const char *note)
{
	strbuf_addf(sb, "<p class=\"note\">%s</p>\n", note);
}

/* A note, then a table with one header row in lang. */
void html_note_table(struct strbuf *sb, const char *note,
		     const char *const *cols, const char *lang)
{
	html_note(sb, note);
	html_table_begin_tr(sb, cols, lang);
}

/* "<!DOCTYPE html>\n<html lang=... dir=...>\n": English pages as they
 * always were (lang="en"), a page in another language with its code and
 * its direction (dir="rtl" for Arabic). */
void html_doctype(struct strbuf *sb, const char *lang)
{
	if (!lang || !*lang || !strcmp(lang, "en")) {
		strbuf_adds(sb, "<!DOCTYPE html>\n<html lang=\"en\">\n");
		return;
	}
	strbuf_adds(sb, "<!DOCTYPE html>\n<html lang=\"");
	html_line(sb, lang);
	strbuf_addf(sb, "\" dir=\"%s\">\n", tr_dir(lang));
}

/* Open a page in lang with its title and the shared style. */
void html_begin(struct strbuf *sb, const char *title, const char *lang)
{
	html_doctype(sb, lang);
	strbuf_adds(sb, "<head>\n"
			"<meta charset=\"utf-8\">\n"
			"<meta name=\"viewport\" content=\"width=device-"
			"width, initial-scale=1\">\n<title>");
	html_line(sb, title);
	strbuf_adds(sb, "</title>\n<style>\n");
	strbuf_adds(sb, page_style);
	strbuf_adds(sb, "</style>\n</head>\n<body>\n");
}

/* Close the page. */
void html_end(struct strbuf *sb)
{
	strbuf_adds(sb, "</body>\n</html>\n");
}

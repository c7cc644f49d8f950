/* SPDX-License-Identifier: Apache-2.0 */
/*
 * test-html.c - the HTML page of one assessment: text from the inputs is
 * escaped wherever it lands, charts are inlined without their XML prolog,
 * the summary carries the overall scores and the top need, the page is
 * the same bytes every time and fetches nothing from outside.
 */
#include "config.h"
#include "tests.h"

#include <stdlib.h>
#include <string.h>

#include "publish/html.h"
#include "publish/html-page.h"
#include "base/text.h"

#define HEADER "id,instrument,article,article_title,dimension,question," \
	       "answer_type,weight,ta_category,paragraph,guide_ref\n"
#define AHEADER "country,round,expert,indicator,answer,confidence," \
		"evidence,comment,good_practice\n"

/* Hostile text as a quoted CSV field: markup, attribute break-outs (both
 * quotes), an entity that must not be decoded, and a line break. */
#define HOSTILE "\"<script>alert(1)</script> \"\"><img src=x onerror=1> " \
		"' onclick='1 &amp; one\ntwo\""

/*
 * A small, clean assessment whose numbers are worked out by hand.
 * UNTOC 5 legislative: L1 (w 1) yes -> 1, L2 (w 3) no -> 0:
 *   score 0.25, gap 0.75, NC; need priority 1 * 0.75 = 0.75.
 * UNTOC 6 implementation: I1 percent 80 -> 0.8, gap 0.2, substantial;
 *   need priority 0.2.
 * UNTOC 7 legislative: L3 yes -> 1, no gap, no need.
 * UNTOC 8 legislative: L4 yes, L5 and L6 missing -> coverage 1/3,
 *   insufficient-data (score 1, gap 0: no gap), but L5 and L6 are
 *   mandatory and unanswered: an information need of priority
 *   1 * 2 / 3 = 0.6667.
 * Overall legislative (1*0.25 + 1*1 + 1*1) / 3 = 0.75 (article weights 1),
 * required the same (all mandatory), coverage (1 + 1 + 1/3) / 3 =
 * 0.7778: LC; implementation 0.8, substantial; combined (0.75 + 0.8) / 2
 * = 0.775, coverage (0.7778 + 1) / 2 = 0.8889.
 */
static const char clean_indicators[] =
	HEADER
	"L1,UNTOC,5,Participation,legislative,q1,yesno,1,drafting,,\n"
	"L2,UNTOC,5,Participation,legislative,q2,yesno,3,drafting,,\n"
	"I1,UNTOC,6,Laundering,implementation,q3,percent,1,training,,\n"
	"L3,UNTOC,7,Money,legislative,q4,yesno,1,,,\n"
	"L4,UNTOC,8,Corruption,legislative,q5,yesno,1,,,\n"
	"L5,UNTOC,8,Corruption,legislative,q6,yesno,1,,,\n"
	"L6,UNTOC,8,Corruption,legislative,q7,yesno,1,,,\n";
static const char clean_answers[] =
	AHEADER
	"XEA,2026,e1,L1,yes,high,Penal Code art. 5,,\n"
	"XEA,2026,e1,L2,no,,,,\n"
	"XEA,2026,e1,I1,80,,,,\n"
	"XEA,2026,e1,L3,yes,,,,\n"
	"XEA,2026,e1,L4,yes,,,,\n"
	"XEA,2026,e1,L5,,,,,\n"
	"XEA,2026,e1,L6,unknown,,,,\n";

/* A fake chart: an XML prolog and a DOCTYPE (with an external DTD that
 * must not survive) before a tiny SVG. */
static const char fake_svg[] =
	"<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"no\"?>\n"
	"<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" "
	"\"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n"
	"<svg width=\"10\" height=\"10\" viewBox=\"0 0 10 10\">"
	"<rect id=\"fake\" width=\"5\" height=\"5\"/>"
	"<pattern id='pat'/><rect fill='url(#pat)'/></svg>\n";

static const struct html_chart fake_charts[] = {
	{ "Gaps of <UNTOC> & \"more\"", fake_svg, "UNTOC", NULL },
	{ "Where experts <differ>", fake_svg, NULL, NULL },
};

/* The page of the only assessment of a fixture. */
static char *page_of(const char *indicators, const char *answers,
		     const struct html_chart *charts, size_t ncharts)
{
	struct fixture f;
	struct score_result *r;
	char *page;

	fixture_load(&f, indicators, answers);
	r = fixture_score(&f, NULL, NULL, NULL);
	page = html_report(r, charts, ncharts, NULL);
	score_result_free(r);
	fixture_release(&f);
	ck_assert_ptr_nonnull(page);
	return page;
}

/* How many times needle occurs in hay. */
static size_t count(const char *hay, const char *needle)
{
	size_t n = 0;

	for (const char *p = strstr(hay, needle); p;
	     p = strstr(p + 1, needle))
		n++;
	return n;
}

/* html_num formats once what round4 then "%.4f" gave. */
START_TEST(html_num_formats_once_as_rounded)
{
	double specials[] = { 0.0, -0.0, -0.00004, -0.00005, 0.00005,
			      -0.000049999, 1e300, -1e300, 0.99995, 1.0 };

	for (int k = -20000; k <= 20000 + 10; k++) {
		double v = k <= 20000 ? k / 13333.0 + (k % 3) * 0.00005
				      : specials[k - 20001];
		struct strbuf got;
		char *want = xasprintf("%.4f", round4(v));

		strbuf_init(&got);
		html_num(&got, true, v);
		ck_assert_msg(!strcmp(got.buf, want), "%.17g: %s, want %s", v,
			      got.buf, want);
		strbuf_release(&got);
		free(want);
	}
}
END_TEST

START_TEST(html_escapes_input_text)
{
	/* Hostile text in every place input text reaches the page: the
	 * article title, question, paragraph, guide reference, technical
	 * assistance category, a text answer, evidence, comment and good
	 * practice; a BEL control character is dropped. */
	char *page = page_of(
		HEADER
		"H1,UNTOC,5," HOSTILE ",legislative," HOSTILE ",yesno,1,"
		HOSTILE "," HOSTILE "," HOSTILE "\n"
		"H2,UNTOC,5,,legislative,text question,text,1,,,\n",
		AHEADER
		"XEA,2026,e1,H1,no,low," HOSTILE "," HOSTILE "," HOSTILE "\n"
		"XEA,2026,e1,H2," HOSTILE ",,,\"bell\a here\",\n",
		NULL, 0);

	ck_assert_ptr_null(strstr(page, "<script"));
	ck_assert_ptr_null(strstr(page, "<img"));
	ck_assert_ptr_null(strstr(page, "\a"));
	ck_assert_ptr_nonnull(strstr(page, "bell here"));
	ck_assert_ptr_nonnull(
		strstr(page, "&lt;script&gt;alert(1)&lt;/script&gt;"));
	ck_assert_ptr_nonnull(
		strstr(page, "&quot;&gt;&lt;img src=x onerror=1&gt;"));
	ck_assert_ptr_nonnull(
		strstr(page, "&#39; onclick=&#39;1 &amp;amp; one"));
	ck_assert_ptr_null(strstr(page, "' onclick"));
	/* Multi-line text keeps its break; one-line text gets a space. */
	ck_assert_ptr_nonnull(strstr(page, "&amp;amp; one<br>\ntwo"));
	ck_assert_ptr_nonnull(strstr(page, "&amp;amp; one two"));
	/* Text answer, evidence, comment, good practice, question: each
	 * escaped, with its line break. */
	ck_assert_uint_ge(count(page, "one<br>\ntwo"), 5);
	free(page);
}
END_TEST

START_TEST(html_inlines_charts)
{
	char *page = page_of(clean_indicators, clean_answers, fake_charts, 2);
	const char *ins_chart = strstr(page, "<figure");
	const char *articles = strstr(page, "Articles of UNTOC");
	const char *wide = strstr(page, "id=\"charts\"");

	ck_assert_ptr_null(strstr(page, "<?xml"));
	ck_assert_ptr_null(strstr(page, "<!DOCTYPE svg"));
	ck_assert_ptr_null(strstr(page, "svg11.dtd"));
	/* Ids in either quotes get the chart's prefix, and so do the
	 * references to them (hatched fills). */
	ck_assert_uint_eq(count(page, "id=\"c1-fake\""), 1);
	ck_assert_uint_eq(count(page, "<pattern id='c2-pat'/><rect "
				      "fill='url(#c2-pat)'/>"), 1);
	ck_assert_ptr_null(strstr(page, "id='pat'"));
	ck_assert_uint_eq(count(page, "<figure class=\"chart\">\n<svg "), 2);
	ck_assert_uint_eq(count(page, "</svg>\n<figcaption>"), 2);
	ck_assert_ptr_nonnull(strstr(page, "<figcaption>Gaps of &lt;UNTOC&gt; "
					   "&amp; &quot;more&quot;"
					   "</figcaption>"));
	ck_assert_ptr_nonnull(strstr(page, "<figcaption>Where experts "
					   "&lt;differ&gt;</figcaption>"));
	/* The instrument's chart sits in its section, before its article
	 * table; the assessment-wide one in a section of its own. */
	ck_assert_ptr_nonnull(ins_chart);
	ck_assert_ptr_nonnull(articles);
	ck_assert_ptr_nonnull(wide);
	ck_assert(ins_chart < articles);
	ck_assert(articles < wide);
	ck_assert_ptr_nonnull(strstr(wide, "<figure"));
	ck_assert_ptr_null(strstr(page, "Charts were not drawn"));
	free(page);
}
END_TEST

START_TEST(html_inlines_png_charts)
{
	/* "iVBORw0KGgo=" is the base64 of a PNG's signature. */
	static const struct html_chart png_charts[] = {
		{ "Gaps of <UNTOC> & \"more\"", "", "UNTOC", "iVBORw0KGgo=" },
	};
	char *page = page_of(clean_indicators, clean_answers, png_charts, 1);

	ck_assert_uint_eq(count(page, "<img "), 1);
	ck_assert_uint_eq(count(page, "<svg"), 0);
	ck_assert_ptr_nonnull(strstr(page, "<figure class=\"chart\">\n<img "
		"style=\"max-width:100%;height:auto\" "
		"src=\"data:image/png;base64,iVBORw0KGgo=\" "
		"alt=\"Gaps of &lt;UNTOC&gt; &amp; &quot;more&quot;\">\n"
		"<figcaption>Gaps of &lt;UNTOC&gt; &amp; &quot;more&quot;"
		"</figcaption>\n</figure>\n"));
	free(page);
}
END_TEST

START_TEST(html_notes_missing_charts)
{
	char *page = page_of(clean_indicators, clean_answers, NULL, 0);
	char *empty = page_of(clean_indicators, clean_answers, fake_charts, 0);

	ck_assert_uint_eq(count(page, "Charts were not drawn"), 1);
	ck_assert_ptr_null(strstr(page, "<figure"));
	ck_assert_ptr_null(strstr(page, "id=\"charts\""));
	ck_assert_str_eq(page, empty);
	free(page);
	free(empty);
}
END_TEST

START_TEST(html_summary_scores_and_top_need)
{
	char *page = page_of(clean_indicators, clean_answers, NULL, 0);
	const char *summary = strstr(page, "<section id=\"summary\">");
	const char *end = strstr(page, "</section>");
	const char *need1, *need2;

	ck_assert_ptr_nonnull(strstr(page, "<html lang=\"en\">"));
	ck_assert_ptr_nonnull(strstr(page, "<h1>Gap report: XEA, round 2026"));
	ck_assert_ptr_nonnull(summary);
	ck_assert(summary < end);
	/* Overall: score, required score, gap, coverage, rating, status. */
	ck_assert_ptr_nonnull(strstr(summary,
		"<tr><th scope=\"row\">Legislative</th>"
		"<td class=\"num\">0.7500</td><td class=\"num\">0.7500</td>"
		"<td class=\"num\">0.2500</td><td class=\"num\">0.7778</td>"
		"<td class=\"rate-2\">LC</td><td>rated</td></tr>"));
	ck_assert_ptr_nonnull(strstr(summary,
		"<tr><th scope=\"row\">Implementation</th>"
		"<td class=\"num\">0.8000</td><td class=\"num\">0.8000</td>"
		"<td class=\"num\">0.2000</td><td class=\"num\">1.0000</td>"
		"<td class=\"rate-2\">substantial</td><td>rated</td></tr>"));
	ck_assert_ptr_nonnull(strstr(summary,
		"<tr><th scope=\"row\">Combined</th>"
		"<td class=\"num\">0.7750</td><td class=\"num\">&mdash;</td>"
		"<td class=\"num\">0.2250</td><td class=\"num\">0.8889</td>"));
	ck_assert_ptr_null(strstr(summary, "indicative"));
	/* The top need first: article 5, legislative, gap and priority
	 * 0.75, NC with its coverage, its category; then the information
	 * need of article 8, not rated and why; then article 6. */
	need1 = strstr(summary, "<td>gap</td><th scope=\"row\">UNTOC</th>"
				"<td><a href=\"#obs-0-0\">"
				"Article 5 Participation</a></td>"
				"<td>Legislative</td>"
				"<td class=\"num\">0.2500</td>"
				"<td class=\"num\">0.2500</td>"
				"<td class=\"num\">0.7500</td>"
				"<td class=\"num\">1.0000</td>"
				"<td class=\"rate-4\">NC</td>"
				"<td class=\"num\">0.7500</td>"
				"<td>drafting</td>");
	need2 = strstr(summary, "<tr class=\"kind-information\">"
				"<td class=\"num\">2</td><td>information</td>"
				"<th scope=\"row\">UNTOC</th>"
				"<td><a href=\"#obs-0-3\">Article 8 Corruption"
				"</a></td>");
	ck_assert_ptr_nonnull(need1);
	ck_assert_ptr_nonnull(need2);
	ck_assert(need1 < need2 && need2 < end);
	ck_assert_ptr_nonnull(strstr(need2, "<td class=\"num\">0.3333</td>"
				     "<td class=\"notrated\">insufficient "
				     "data: coverage 0.3333 below 0.5</td>"
				     "<td class=\"num\">0.6667</td>"));
	ck_assert_ptr_nonnull(strstr(summary, "3 needs: 2 gaps in what was "
				     "answered and 1 information need"));
	need1 = strstr(summary, "Article 6 Laundering</a>");
	ck_assert(need1 && need2 < need1 && need1 < end);
	/* No need for article 7: it is not in the summary. */
	need2 = strstr(summary, "Article 7 Money");
	ck_assert(!need2 || need2 > end);
	ck_assert_ptr_nonnull(strstr(summary, "Of 4 article dimensions, 3 are "
				     "rated, 1 has insufficient data (1 with "
				     "coverage below the threshold)"));
	/* One expert: no alpha. */
	ck_assert_ptr_nonnull(strstr(summary, "1 expert."));
	ck_assert_ptr_nonnull(strstr(summary, "<strong>not defined</strong>"));
	free(page);
}
END_TEST

START_TEST(html_reads_alpha)
{
	/* Two experts who agree on two of three answers: scores (1, 1),
	 * (0, 0) and (0.8, 0.2). Interval alpha: n = 6, D_o = 2 * 0.36 / 6
	 * = 0.12; the six values sum to 3 and their squares to 2.68, so
	 * D_e = (2 * 6 * 2.68 - 2 * 3^2) / (6 * 5) = 0.472 and alpha =
	 * 1 - 0.12 / 0.472 = 0.7458: at least 0.667 but under 0.8, a
	 * tentative agreement. */
	struct fixture f;
	struct score_result *r;
	char *page;

	fixture_load(&f, clean_indicators,
		     AHEADER
		     "XEA,2026,a,L1,yes,,,,\n"
		     "XEA,2026,b,L1,yes,,,,\n"
		     "XEA,2026,a,L2,no,,,,\n"
		     "XEA,2026,b,L2,no,,,,\n"
		     "XEA,2026,a,I1,80,,,,\n"
		     "XEA,2026,b,I1,20,,,,\n");
	r = fixture_score(&f, NULL, NULL, NULL);
	ck_assert(r->has_alpha);
	ck_assert_close(r->alpha, 1 - 0.12 / 0.472);
	page = html_report(r, NULL, 0, NULL);
	ck_assert_ptr_nonnull(strstr(page, "<strong>0.7458</strong>: "
				     "tentative agreement"));
	ck_assert_ptr_nonnull(strstr(page, "2 experts."));
	free(page);
	score_result_free(r);
	fixture_release(&f);
}
END_TEST

START_TEST(html_articles_and_details)
{
	char *page = page_of(clean_indicators, clean_answers, NULL, 0);

	/* Articles with a need are open; the others closed. */
	ck_assert_ptr_nonnull(strstr(page, "<details id=\"art-0-0\" open>"));
	ck_assert_ptr_nonnull(strstr(page, "<details id=\"art-0-1\" open>"));
	ck_assert_ptr_nonnull(strstr(page, "<details id=\"art-0-2\">"));
	ck_assert_ptr_nonnull(strstr(page, "<details id=\"art-0-3\" open>"));
	/* Article 5: score, required, gap, coverage beside its rating; no
	 * implementation indicator: a dash. */
	ck_assert_ptr_nonnull(strstr(page,
		"<td class=\"num\">0.2500</td><td class=\"num\">0.2500</td>"
		"<td class=\"num\">0.7500</td><td class=\"num\">1.0000</td>"
		"<td class=\"rate-4\">NC</td>"
		"<td colspan=\"5\" class=\"empty\">&mdash;</td></tr>"));
	/* Article 8: not rated, grey, and why in words. */
	ck_assert_ptr_nonnull(strstr(page,
		"<td class=\"num\">0.3333</td><td class=\"notrated\">"
		"insufficient data: coverage 0.3333 below 0.5</td>"));
	ck_assert_ptr_nonnull(strstr(page, "(legislative: insufficient data: "
				     "coverage 0.3333 below 0.5, gap "
				     "0.0000)</span></summary>"));
	/* Each expert's answer, with its evidence and confidence. */
	ck_assert_ptr_nonnull(strstr(page,
		"<tr><th scope=\"row\">e1</th><td>yes</td>"
		"<td class=\"num\">1.0000</td><td>high</td>"
		"<td>Penal Code art. 5</td>"));
	ck_assert_ptr_nonnull(strstr(page,
		"<td class=\"empty\">(empty)</td>"
		"<td class=\"num\">missing</td>"));
	free(page);
}
END_TEST

#define LHEADER "id,instrument,article,dimension,paragraph,question," \
		"answer_type,obligation,recommendation\n"
#define LAHEADER "country,round,expert,indicator,answer,evidence,comment\n"

/* The summary section of a page (up to its end), or fail. */
static char *summary_of(const char *page)
{
	const char *from = strstr(page, "<section id=\"summary\">");
	const char *to = from ? strstr(from, "</section>") : NULL;

	ck_assert_ptr_nonnull(to);
	return xstrndup(from, (size_t)(to - from));
}

START_TEST(html_insufficient_never_says_no_need)
{
	/* First: L1 yes; O1 and O2 optional and unanswered: coverage 1/3,
	 * no gap and no information need (they are not mandatory).
	 * Second: N1 n/a with a reason only: nothing applicable. Neither
	 * may read as "no need"; the first fully answered may. */
	static const char ind5[] = LHEADER
		"L1,UNTOC,5,legislative,1,q1,yesno,mandatory,\n"
		"O1,UNTOC,5,legislative,2,q2,yesno,optional,\n"
		"O2,UNTOC,5,legislative,3,q3,yesno,optional,\n";
	static const char ind6[] = LHEADER
		"N1,UNTOC,6,legislative,1,q4,yesno,mandatory,\n";
	const char *const cases[][3] = {
		{ ind5, LAHEADER "XEA,1,e1,L1,yes,,\nXEA,1,e1,O1,,,\n",
		  "insufficient data: coverage 0.3333 below 0.5" },
		{ ind6, LAHEADER "XEA,1,e1,N1,n/a,,No border\n",
		  "insufficient data: nothing applicable (n/a with a reason" },
	};
	char *page, *summary;

	for (size_t k = 0; k < 2; k++) {
		page = page_of(cases[k][0], cases[k][1], NULL, 0);
		summary = summary_of(page);
		ck_assert_ptr_null(strstr(summary, "found no technical "
					  "assistance need"));
		ck_assert_ptr_nonnull(strstr(summary, "this does not show "
					     "that there is no technical "
					     "assistance need"));
		ck_assert_ptr_nonnull(strstr(summary, cases[k][2]));
		ck_assert_ptr_null(strstr(summary, "class=\"rate-"));
		free(summary);
		free(page);
	}
	page = page_of(ind5, LAHEADER "XEA,1,e1,L1,yes,,\nXEA,1,e1,O1,yes,,\n"
			     "XEA,1,e1,O2,yes,,\n", NULL, 0);
	summary = summary_of(page);
	ck_assert_ptr_nonnull(strstr(summary, "the panel found no technical "
				     "assistance need"));
	free(summary);
	free(page);
}
END_TEST

START_TEST(html_discretionary_is_not_rated_and_says_so)
{
	/* UNTOC 10 has only non-mandatory provisions: D1 (consider) no,
	 * D2 (optional) yes. Score 0.5, coverage 1, no rating: the
	 * article, the instrument and the overall level are
	 * discretionary, and the page says so wherever a rating would
	 * be. */
	char *page = page_of(LHEADER
			     "D1,UNTOC,10,legislative,1,q1,yesno,consider,Consider it.\n"
			     "D2,UNTOC,10,legislative,2,q2,yesno,optional,\n",
			     LAHEADER "XEA,1,e1,D1,no,,\nXEA,1,e1,D2,yes,,\n",
			     NULL, 0);
	const char *findings = strstr(page, "<section id=\"findings\">");

	ck_assert_ptr_nonnull(strstr(page,
		"<td class=\"num\">0.5000</td><td class=\"num\">&mdash;</td>"
		"<td class=\"num\">0.5000</td><td class=\"num\">1.0000</td>"
		"<td class=\"notrated\">discretionary: not rated</td>"));
	ck_assert_ptr_nonnull(strstr(page,
		"<td class=\"notrated\">not rated</td><td>discretionary: no "
		"mandatory provision, so not rated</td></tr>"));
	ck_assert_ptr_nonnull(strstr(page, "and 1 is discretionary"));
	/* Its findings: the gap on what was answered, not a rating. */
	ck_assert_ptr_nonnull(findings);
	ck_assert_ptr_nonnull(strstr(findings, "Required score &mdash;, score "
				     "0.5000, gap 0.5000, coverage 1.0000; "
				     "discretionary: no mandatory provision, "
				     "so not rated."));
	ck_assert_ptr_nonnull(strstr(findings, "<li>Consider it. <span "
				     "class=\"ref\">(consider; paragraph 1; "
				     "D1)</span></li>"));
	ck_assert_ptr_null(strstr(page, "class=\"rate-"));
	free(page);
}
END_TEST

START_TEST(html_findings_and_na_to_fix)
{
	/* A1 no / A2 yes (alternatives): met, nothing recommended of A1.
	 * B partial: partly met, its recommendation. C n/a without a
	 * reason: not answered, an information need, listed to fix with
	 * its answer sheet line (line 5). */
	char *page = page_of(
		"id,instrument,article,dimension,paragraph,question,"
		"answer_type,alternative,recommendation,guide_ref,model_law\n"
		"A1,UNTOC,5,legislative,1(a)(i),Agree?,yesno,a,Draft A1.,,\n"
		"A2,UNTOC,5,legislative,1(a)(ii),Join?,yesno,a,Draft A2.,,\n"
		"B,UNTOC,5,legislative,1(b),Organize?,yesnopartial,,"
		"Draft <B> & more.,LG art. 5,Model law s. 3\n"
		"C,UNTOC,5,legislative,2,Infer?,yesno,,,,\n",
		LAHEADER "XEA,1,e1,A1,no,,\nXEA,1,e1,A2,yes,Act 1,\n"
		"XEA,1,e1,B,partial,,\nXEA,1,e1,C,n/a,,\n", NULL, 0);
	const char *f = strstr(page, "<section id=\"findings\">");
	const char *fix = strstr(page, "<section id=\"unjustified\">");

	ck_assert_ptr_nonnull(f);
	ck_assert_ptr_nonnull(strstr(f, "<h3 id=\"obs-0-0\">UNTOC Article 5 "
				     "<a class=\"ref\" href=\"#art-0-0\">"));
	ck_assert_ptr_nonnull(strstr(f, "<h5>Observations</h5>"));
	ck_assert_ptr_nonnull(strstr(f, "<li class=\"met\">Paragraph 1(a)(i) "
				     "or 1(a)(ii) (A1, A2; alternatives; "
				     "mandatory): met through A2"));
	ck_assert_ptr_nonnull(strstr(f, "<li>Paragraph 1(b) (B; mandatory): "
				     "partly met, consensus 0.5."));
	/* C's information action (1/3 of the applicable weight) comes
	 * before B's (0.5 of 2 answered). */
	ck_assert_ptr_nonnull(strstr(f, "</li>\n<li>Draft "
				     "&lt;B&gt; &amp; more. <span class="
				     "\"ref\">(mandatory; paragraph 1(b); "
				     "see LG art. 5; UNODC model law: Model "
				     "law s. 3; B)</span></li>"));
	ck_assert_ptr_nonnull(strstr(f, "<li class=\"kind-information\">"
				     "Information needed: Establish whether "
				     "paragraph 2 (C) is met"));
	ck_assert_ptr_null(strstr(f, "Draft A1"));
	ck_assert_ptr_null(strstr(f, "Draft A2"));
	/* The n/a without a reason, to fix. */
	ck_assert_ptr_nonnull(fix);
	ck_assert_ptr_nonnull(strstr(fix, "<tr><th scope=\"row\">C</th><td>"
				     "UNTOC</td><td>5</td><td>legislative"
				     "</td><td>e1</td><td>fixture-"));
	ck_assert_ptr_nonnull(strstr(fix, ":5</td></tr>"));
	ck_assert_ptr_nonnull(strstr(page, "1 n/a answer without a reason "
				     "counts as missing"));
	free(page);
}
END_TEST

START_TEST(html_is_deterministic)
{
	char *a = page_of(clean_indicators, clean_answers, fake_charts, 2);
	char *b = page_of(clean_indicators, clean_answers, fake_charts, 2);

	ck_assert_str_eq(a, b);
	free(a);
	free(b);
}
END_TEST

START_TEST(html_fetches_nothing)
{
	char *page = page_of(clean_indicators, clean_answers, fake_charts, 2);
	const char *banned[] = {
		"http:", "https:", "src=", "@import", "<link",
		"<script", "<img", "<iframe", "<object", "<embed",
	};

	ck_assert_ptr_nonnull(strstr(page, "<meta charset=\"utf-8\">"));
	ck_assert_ptr_nonnull(strstr(page, "<style>"));
	for (size_t i = 0; i < sizeof(banned) / sizeof(banned[0]); i++)
		ck_assert_msg(!strstr(page, banned[i]), "page has %s",
			      banned[i]);
	/* url() only within the page (a chart's hatched fill). */
	for (const char *p = strstr(page, "url("); p; p = strstr(p + 1, "url("))
		ck_assert_msg(p[4] == '#', "page fetches %.20s", p);
	/* Every link points within the page, at an id that exists. */
	for (const char *p = strstr(page, "href="); p;
	     p = strstr(p + 1, "href=")) {
		char target[64], id[80];
		size_t len;

		ck_assert_msg(!strncmp(p, "href=\"#", 7), "outside link");
		len = strcspn(p + 7, "\"");
		ck_assert_uint_lt(len, sizeof(target));
		memcpy(target, p + 7, len);
		target[len] = '\0';
		snprintf(id, sizeof(id), "id=\"%s\"", target);
		ck_assert_msg(strstr(page, id) != NULL, "no %s", id);
	}
	free(page);
}
END_TEST

Suite *suite_html(void)
{
	Suite *s = suite_create("html");

	ADD_TEST(s, html_escapes_input_text);
	ADD_TEST(s, html_inlines_charts);
	ADD_TEST(s, html_num_formats_once_as_rounded);
	ADD_TEST(s, html_inlines_png_charts);
	ADD_TEST(s, html_notes_missing_charts);
	ADD_TEST(s, html_summary_scores_and_top_need);
	ADD_TEST(s, html_reads_alpha);
	ADD_TEST(s, html_articles_and_details);
	ADD_TEST(s, html_insufficient_never_says_no_need);
	ADD_TEST(s, html_discretionary_is_not_rated_and_says_so);
	ADD_TEST(s, html_findings_and_na_to_fix);
	ADD_TEST(s, html_is_deterministic);
	ADD_TEST(s, html_fetches_nothing);
	return s;
}

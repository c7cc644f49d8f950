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
 *   insufficient-data (score 1, gap 0: no need).
 * Overall legislative (1*0.25 + 1*1 + 1*1) / 3 = 0.75 (article weights 1),
 * implementation 0.8, combined (0.75 + 0.8) / 2 = 0.775.
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
	"<rect id=\"fake\" width=\"5\" height=\"5\"/></svg>\n";

static const struct html_chart fake_charts[] = {
	{ "Gaps of <UNTOC> & \"more\"", fake_svg, "UNTOC" },
	{ "Where experts <differ>", fake_svg, NULL },
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
	/* Overall: score, gap, coverage, indicative rating. */
	ck_assert_ptr_nonnull(strstr(summary,
		"<tr><th scope=\"row\">Legislative</th>"
		"<td class=\"num\">0.7500</td><td class=\"num\">0.2500</td>"));
	ck_assert_ptr_nonnull(strstr(summary,
		"<tr><th scope=\"row\">Implementation</th>"
		"<td class=\"num\">0.8000</td><td class=\"num\">0.2000</td>"
		"<td class=\"num\">1.0000</td>"
		"<td class=\"rate-2\">substantial</td>"));
	ck_assert_ptr_nonnull(strstr(summary,
		"<tr><th scope=\"row\">Combined</th>"
		"<td class=\"num\">0.7750</td><td class=\"num\">0.2250</td>"));
	ck_assert_ptr_nonnull(strstr(summary, "indicative"));
	/* The top need first: article 5, legislative, gap and priority
	 * 0.75, NC, its category; then article 6. */
	need1 = strstr(summary, "Article 5 Participation</a></td>"
				"<td>Legislative</td>"
				"<td class=\"num\">0.7500</td>"
				"<td class=\"rate-4\">NC</td>"
				"<td class=\"num\">0.7500</td>"
				"<td>drafting</td>");
	need2 = strstr(summary, "Article 6 Laundering</a>");
	ck_assert_ptr_nonnull(need1);
	ck_assert_ptr_nonnull(need2);
	ck_assert(need1 < need2 && need2 < end);
	/* No need for article 7: it is not in the summary. */
	need2 = strstr(summary, "Article 7 Money");
	ck_assert(!need2 || need2 > end);
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

	/* Articles with a gap are open; the others closed. */
	ck_assert_ptr_nonnull(strstr(page, "<details id=\"art-0-0\" open>"));
	ck_assert_ptr_nonnull(strstr(page, "<details id=\"art-0-1\" open>"));
	ck_assert_ptr_nonnull(strstr(page, "<details id=\"art-0-2\">"));
	ck_assert_ptr_nonnull(strstr(page, "<details id=\"art-0-3\">"));
	/* Article 5 has no implementation indicator: a dash. */
	ck_assert_ptr_nonnull(strstr(page,
		"<td class=\"rate-4\">NC</td><td>rated</td>"
		"<td class=\"num\">1.0000</td>"
		"<td colspan=\"5\" class=\"empty\">&mdash;</td></tr>"));
	/* Article 8: insufficient data, grey and said in words. */
	ck_assert_ptr_nonnull(strstr(page,
		"<td class=\"rate-none\">&mdash;</td>"
		"<td>insufficient-data</td>"
		"<td class=\"num\">0.3333</td>"));
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
		"http:", "https:", "src=", "url(", "@import", "<link",
		"<script", "<img", "<iframe", "<object", "<embed",
	};

	ck_assert_ptr_nonnull(strstr(page, "<meta charset=\"utf-8\">"));
	ck_assert_ptr_nonnull(strstr(page, "<style>"));
	for (size_t i = 0; i < sizeof(banned) / sizeof(banned[0]); i++)
		ck_assert_msg(!strstr(page, banned[i]), "page has %s",
			      banned[i]);
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
	ADD_TEST(s, html_notes_missing_charts);
	ADD_TEST(s, html_summary_scores_and_top_need);
	ADD_TEST(s, html_reads_alpha);
	ADD_TEST(s, html_articles_and_details);
	ADD_TEST(s, html_is_deterministic);
	ADD_TEST(s, html_fetches_nothing);
	return s;
}

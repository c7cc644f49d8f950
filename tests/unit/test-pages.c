/* SPDX-License-Identifier: Apache-2.0 */
/*
 * test-pages.c - trend.html and compare.html on small cases worked by
 * hand: the series with their changes and direction, the indicators
 * that moved and those not comparable; the ranking with coverage and
 * why a country is not ranked, group means, the matrix coloured by band
 * with grey for no value. Both pages escape input text, fetch nothing,
 * hold no script and are the same bytes every time.
 */
#include "config.h"
#include "tests.h"
#include "publish/html.h"
#include "score/compare.h"
#include "score/trend.h"

#include <stdlib.h>
#include <string.h>

#define HEADER "id,instrument,article,article_title,dimension,question," \
	       "answer_type\n"
#define AHEADER "country,round,expert,indicator,answer\n"

/* A hostile article title: markup and an attribute break-out. */
#define HOSTILE "\"<script>x</script>\"\" onload='1'\""

/*
 * Article 5 legislative: A (scale 0-4) and, from 2026 only, B.
 * Comparable (A only): 0.25 then 0.75: +0.5, improved, gap closed 2/3;
 * reported 0.25 then (0.75 + 0) / 2 = 0.375. B is not comparable. A
 * moved by 0.5. Article 6 implementation: C partial twice: stable.
 */
static const char trend_indicators[] =
	HEADER "A,UNTOC,5," HOSTILE ",legislative,q,scale:0-4\n"
	"B,UNTOC,5,,legislative,q,yesno\n"
	"C,UNTOC,6,Laundering,implementation,q,yesnopartial\n";
static const char trend_answers[] =
	AHEADER "XEA,2023,e,A,1\nXEA,2023,e,C,partial\n"
	"XEA,2026,e,A,3\nXEA,2026,e,B,no\nXEA,2026,e,C,partial\n";

/* Fail when page holds script, markup from the input or a fetch. */
static void check_clean(const char *page)
{
	static const char *const banned[] = {
		"<script", "http:", "https:", "src=", "@import", "<link",
		"<img", "<iframe", "<object", "<embed", " onload='",
	};

	for (size_t i = 0; i < sizeof(banned) / sizeof(banned[0]); i++)
		ck_assert_msg(!strstr(page, banned[i]), "page has %s",
			      banned[i]);
	ck_assert_ptr_nonnull(strstr(page, "<!DOCTYPE html>\n"));
	ck_assert_ptr_nonnull(strstr(page, "</html>\n"));
}

/* The trend page of XEA in the trend fixture. */
static char *trend_page(void)
{
	struct fixture f;
	struct score_options opt;
	struct trend *tr;
	char *page;

	fixture_load(&f, trend_indicators, trend_answers);
	ck_assert_int_eq(f.status, DIAG_OK);
	score_options_init(&opt);
	tr = trend_build(&f.in.set, &f.in.tally, "XEA", &opt, 0.05, NULL);
	page = html_trend(tr, NULL, 0, NULL);
	trend_free(tr);
	fixture_release(&f);
	return page;
}

START_TEST(trend_page_series_and_changes)
{
	char *page = trend_page();
	char *again = trend_page();

	check_clean(page);
	ck_assert_str_eq(page, again);
	ck_assert_ptr_nonnull(strstr(page, "<h1>Trend: XEA, rounds 2023 to "
				     "2026</h1>"));
	/* Article 5 legislative: comparable 0.25, 0.75; reported 0.25,
	 * 0.375; +0.5; gap closed 2/3; improved. */
	ck_assert_ptr_nonnull(strstr(page,
		", legislative</th><td class=\"num\">0.2500</td>"
		"<td class=\"num\">0.7500</td><td class=\"num\">0.2500</td>"
		"<td class=\"num\">0.3750</td>"
		"<td class=\"num up\">+0.5000</td>"
		"<td class=\"num up\">+0.5000</td>"
		"<td class=\"num\">0.6667</td>"
		"<td class=\"up\">improved</td></tr>"));
	ck_assert_ptr_nonnull(strstr(page, "<td class=\"stable\">stable</td>"));
	/* The hostile title is text. */
	ck_assert_ptr_nonnull(strstr(page, "&lt;script&gt;x&lt;/script&gt;"
				     "&quot; onload=&#39;1&#39;"));
	/* A moved; B not comparable, answered in 2026. */
	ck_assert_ptr_nonnull(strstr(page, "<tr><th scope=\"row\">A</th><td>"
				     "UNTOC</td><td>5</td><td>legislative"
				     "</td><td class=\"num\">0.2500</td>"
				     "<td class=\"num\">0.7500</td>"
				     "<td class=\"num up\">+0.5000</td></tr>"));
	ck_assert_ptr_nonnull(strstr(page, "<tr><th scope=\"row\">B</th><td>"
				     "2026</td></tr>"));
	ck_assert_ptr_nonnull(strstr(page, "on the 2 indicators answered in "
				     "every round"));
	free(page);
	free(again);
}
END_TEST

/*
 * Compare, legislative, one article each of UNTOC 5 (A) and TIP 5 (T):
 * XEA: A yes, T no: gaps 0 and 1; overall gap (0 + 1) / 2 = 0.5, rank 1.
 * XEB: A no (TIP not answered): gap 1, TIP null; overall 1, rank 2.
 * XEC: A empty: coverage 0, no score: not ranked.
 */
static const char compare_indicators[] =
	HEADER "A,UNTOC,5," HOSTILE ",legislative,q,yesno\n"
	"T,TIP,5,Criminalization,legislative,q,yesno\n";
static const char compare_answers[] =
	AHEADER "XEA,2026,e,A,yes\nXEA,2026,e,T,no\n"
	"XEB,2026,e,A,no\nXEC,2026,e,A,\n";

/* The compare page of the compare fixture. */
static char *compare_page(void)
{
	struct fixture f;
	struct compare_options opt;
	struct compare *c;
	char *page;

	fixture_load(&f, compare_indicators, compare_answers);
	ck_assert_int_eq(f.status, DIAG_OK);
	compare_options_init(&opt);
	c = compare_build(&f.in.set, &f.in.tally, &opt, NULL);
	page = html_compare(c, NULL, 0, NULL);
	compare_free(c);
	fixture_release(&f);
	return page;
}

START_TEST(compare_page_ranks_and_matrix)
{
	char *page = compare_page();
	char *again = compare_page();
	const char *xea, *xeb, *xec, *matrix;

	check_clean(page);
	ck_assert_str_eq(page, again);
	ck_assert_ptr_nonnull(strstr(page, "<h1>Comparison of 3 countries: "
				     "legislative gaps</h1>"));
	/* Ranking: XEA 1, XEB 2, then XEC unranked, with the reason. */
	xea = strstr(page, "<tr><td class=\"num\">1</td><th scope=\"row\">XEA"
			   "</th><td>2026</td><td>all</td>"
			   "<td class=\"num rate-3\">0.5000</td>"
			   "<td class=\"num\">1.0000</td><td></td>");
	xeb = strstr(page, "<tr><td class=\"num\">2</td><th scope=\"row\">XEB"
			   "</th>");
	xec = strstr(page, "<tr><td class=\"num\">&mdash;</td><th scope=\"row\">"
			   "XEC</th><td>2026</td><td>all</td>"
			   "<td class=\"num notrated\">&mdash;</td>");
	ck_assert_ptr_nonnull(xea);
	ck_assert_ptr_nonnull(xeb);
	ck_assert_ptr_nonnull(xec);
	ck_assert(xea < xeb && xeb < xec);
	ck_assert_ptr_null(strstr(xec, "<td></td>"));
	/* The matrix: a row per article, a column per country, then the
	 * group's mean; a gap of 0 green, 1 red, no value grey. */
	matrix = strstr(page, "<section id=\"matrix\">");
	ck_assert_ptr_nonnull(matrix);
	ck_assert_ptr_nonnull(strstr(matrix, "<th scope=\"col\" class=\"num\">"
					     "Mean: all</th>"));
	ck_assert_ptr_nonnull(strstr(matrix,
		"<td class=\"num rate-1\">0.0000</td>"
		"<td class=\"num rate-4\">1.0000</td>"
		"<td class=\"num notrated\">&mdash;</td>"
		"<td class=\"num rate-3\">0.5000</td></tr>"));
	ck_assert_ptr_nonnull(strstr(matrix, "<th scope=\"rowgroup\" "
					     "colspan=\"5\">TIP</th>"));
	ck_assert_ptr_nonnull(strstr(matrix, "&lt;script&gt;"));
	free(page);
	free(again);
}
END_TEST

Suite *suite_pages(void)
{
	Suite *s = suite_create("pages");

	ADD_TEST(s, trend_page_series_and_changes);
	ADD_TEST(s, compare_page_ranks_and_matrix);
	return s;
}

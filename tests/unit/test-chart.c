/* SPDX-License-Identifier: Apache-2.0 */
/*
 * test-chart.c - chart_quote, the one door from input text to gnuplot:
 * whatever goes in, what comes out is a double-quoted string of letters,
 * spaces and octal escapes, with control characters gone and long text
 * cut at a character boundary; and the gap chart, where a gap of 0,
 * nothing applicable, insufficient data, no data and discretionary each
 * look different from an empty bar and from one another.
 */
#include "config.h"
#include "tests.h"
#include "publish/chart.h"
#include "base/strbuf.h"
#include "base/fsutil.h"

#include <stdlib.h>
#include <string.h>

/* Is s "..." holding only letters, spaces and \ooo escapes? */
static int only_safe(const char *s)
{
	size_t n = strlen(s);

	if (n < 2 || s[0] != '"' || s[n - 1] != '"')
		return 0;
	for (size_t i = 1; i < n - 1; i++) {
		char c = s[i];
		if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == ' ')
			continue;
		if (c != '\\' || i + 3 >= n || s[i + 1] < '0' || s[i + 1] > '3' ||
		    s[i + 2] < '0' || s[i + 2] > '7' || s[i + 3] < '0' ||
		    s[i + 3] > '7')
			return 0;
		i += 3;
	}
	return 1;
}

static char *quoted(const char *text, size_t max)
{
	struct strbuf sb;

	strbuf_init(&sb);
	chart_quote(&sb, text, max);
	return strbuf_detach(&sb);
}

START_TEST(quote_escapes_everything_but_letters)
{
	static const char *const hostile[] = {
		"`touch x`", "system(\"id\")", "a\n!id", "load \"<id\"",
		"set output \"|id\"", "@macro", "\"; ! id #", "\\\" \\\\",
		"x\x07\x1b[31m", "été 中文 عربي",
	};
	for (size_t i = 0; i < sizeof(hostile) / sizeof(hostile[0]); i++) {
		char *q = quoted(hostile[i], 100);
		ck_assert_msg(only_safe(q), "unsafe: %s", q);
		free(q);
	}
}
END_TEST

START_TEST(quote_values)
{
	char *q = quoted("Art 5", 100);
	ck_assert_str_eq(q, "\"Art \\065\"");
	free(q);
	/* Control characters are dropped, not escaped. */
	q = quoted("a\nb\x07", 100);
	ck_assert_str_eq(q, "\"ab\"");
	free(q);
	/* é is two bytes, each escaped; cut after 2 characters + U+2026. */
	q = quoted("\xc3\xa9t\xc3\xa9", 2);
	ck_assert_str_eq(q, "\"\\303\\251t\\342\\200\\246\"");
	free(q);
	/* Long text is cut at a word boundary near the limit. */
	q = quoted("Criminalization of participation", 24);
	ck_assert_str_eq(q, "\"Criminalization of\\342\\200\\246\"");
	free(q);
	/* No space in the second half: cut mid-word. */
	q = quoted("Confiscationandseizure", 8);
	ck_assert_str_eq(q, "\"Confisca\\342\\200\\246\"");
	free(q);
}
END_TEST

/* Fuzzing finding fuzz-chart-quote-overread: a lead or stray
 * continuation byte just before the end made clean_and_cut step over
 * the terminating NUL and read past the string. Labels reach it as
 * checked UTF-8, but the quoting must stay in bounds whatever it gets;
 * the bytes it has are kept (escaped). Each string is an exact-size heap
 * copy, so AddressSanitizer sees any overread. */
START_TEST(fuzz_quote_truncated_utf8_in_bounds)
{
	static const char *const cut[] = {
		"How\x82", "ab\xc3", "\xe2\x80", "x\xf0\x9f\x98",
	};
	static const char *const want[] = {
		"\"How\\202\"", "\"ab\\303\"", "\"\\342\\200\"",
		"\"x\\360\\237\\230\"",
	};
	for (size_t i = 0; i < sizeof(cut) / sizeof(cut[0]); i++) {
		char *text = xstrdup(cut[i]);
		char *q = quoted(text, 40);
		ck_assert_str_eq(q, want[i]);
		free(q);
		free(text);
	}
}
END_TEST

START_TEST(chart_formats)
{
	enum chart_format f;

	ck_assert(chart_parse_format("png", &f) && f == CHART_PNG);
	ck_assert(chart_parse_format("svg", &f) && f == CHART_SVG);
	ck_assert(chart_parse_format("none", &f) && f == CHART_NONE);
	ck_assert(!chart_parse_format("pdf", &f));
}
END_TEST

/*
 * One article per state, legislative, all mandatory unless said:
 * 5: A yes: rated, required 1, gap 0 (no gap).
 * 6: B n/a with a reason: nothing applicable (coverage null).
 * 7: C yes, F no, D E G unanswered: coverage 2/5, insufficient data,
 *    score 0.5, bar 0.5 (words beside it at 0.515).
 * 8: H (consider) no: discretionary, bar 1 - 0 = 1 (words in the
 *    margin at 1.015).
 * 9: I partial: rated, required 0.5, bar 0.5.
 * 10: J, K missing: coverage 0, no score: no data.
 */
static const char state_indicators[] =
	"id,instrument,article,dimension,question,answer_type,obligation\n"
	"A,UNTOC,5,legislative,q,yesno,\n"
	"B,UNTOC,6,legislative,q,yesno,\n"
	"C,UNTOC,7,legislative,q,yesno,\nD,UNTOC,7,legislative,q,yesno,\n"
	"E,UNTOC,7,legislative,q,yesno,\nF,UNTOC,7,legislative,q,yesno,\n"
	"G,UNTOC,7,legislative,q,yesno,\n"
	"H,UNTOC,8,legislative,q,yesno,consider\n"
	"I,UNTOC,9,legislative,q,yesnopartial,\n"
	"J,UNTOC,10,legislative,q,yesno,\nK,UNTOC,10,legislative,q,yesno,\n";
static const char state_answers[] =
	"country,round,expert,indicator,answer,comment\n"
	"XEA,1,e,A,yes,\nXEA,1,e,B,n/a,no such body\nXEA,1,e,C,yes,\n"
	"XEA,1,e,F,no,\nXEA,1,e,H,no,\nXEA,1,e,I,partial,\n"
	"XEA,1,e,J,,\n";

START_TEST(gap_chart_states_differ)
{
	static const enum chart_dim_state want[] = {
		CHART_NO_GAP, CHART_NOT_APPLICABLE, CHART_INSUFFICIENT,
		CHART_DISCRETIONARY, CHART_RATED, CHART_NO_DATA,
	};
	static const double bars[] = { 0, NAN, 0.5, 1, 0.5, NAN };
	struct fixture f;
	struct score_result *r;
	struct chart_batch *b;
	struct chart_set *set;
	char *err = NULL, *path, *dat, *gp;
	const char *line;

	fixture_load(&f, state_indicators, state_answers);
	r = fixture_score(&f, NULL, NULL, NULL);
	ck_assert_uint_eq(r->instruments[0].narticles, 6);
	for (size_t a = 0; a < 6; a++) {
		double bar;
		enum chart_dim_state st = chart_dim_state(
			&r->instruments[0].articles[a].dims[DIM_LEGISLATIVE],
			&bar);
		ck_assert_int_eq(st, want[a]);
		ck_assert(isnan(bars[a]) ? isnan(bar) : bar == bars[a]);
		ck_assert_int_eq(chart_dim_state(&r->instruments[0].articles[a]
						 .dims[DIM_IMPLEMENTATION], &bar),
				 CHART_ABSENT);
	}
	b = chart_batch_new(CHART_SVG, NULL, &err);
	ck_assert_ptr_nonnull(b);
	set = chart_batch_add(b, r, &err);
	ck_assert_ptr_nonnull(set);
	/* The data: each row's state, bar and where its words go. */
	path = xasprintf("%s/gap-UNTOC.dat", set->dir);
	dat = fs_read_file(path, NULL);
	free(path);
	ck_assert_ptr_nonnull(dat);
	line = strstr(dat, "\n0 ");
	ck_assert_ptr_nonnull(line);
	ck_assert_ptr_nonnull(strstr(line,
		"\n0 2 0.000000 0.025000 0 NaN 0.025000\n"
		"1 3 NaN 0.025000 0 NaN 0.025000\n"
		"2 4 0.500000 0.515000 0 NaN 0.025000\n"
		"3 5 1.000000 1.015000 0 NaN 0.025000\n"
		"4 1 0.500000 0.025000 0 NaN 0.025000\n"
		"5 6 NaN 0.025000 0 NaN 0.025000\n"));
	/* The script: one style per state, and its words, quoted. */
	path = xasprintf("%s/charts.gp", set->dir);
	gp = fs_read_file(path, NULL);
	free(path);
	ck_assert_ptr_nonnull(gp);
	ck_assert_ptr_nonnull(strstr(gp, "($2==1?$3:NaN)"));
	ck_assert_ptr_nonnull(strstr(gp, "($2==5?$3:NaN):($1-0.36):($1-0.02) "
					 "with boxxyerror fs pattern 4"));
	ck_assert_ptr_nonnull(strstr(gp, "($2==4?$3:NaN):($1-0.36):($1-0.02) "
					 "with boxxyerror fs pattern 1"));
	ck_assert_ptr_nonnull(strstr(gp, "($2==2?0.008:NaN):($1-0.19) with "
					 "points pt 7"));
	ck_assert_ptr_nonnull(strstr(gp, "using 4:($1-0.19):($2==2?\"no gap\":"
					 "$2==3?\"n\\057a\\072 nothing "
					 "applicable\":$2==4?\"insufficient data\":"
					 "$2==5?\"discretionary\":$2==6?"
					 "\"no data\":\"\") with labels"));
	ck_assert_ptr_nonnull(strstr(gp, "title \"Legislative\""));
	ck_assert_ptr_nonnull(strstr(gp, "set label 2 \"\\066 \\050n\\057a"
					 "\\051\""));
	free(dat);
	free(gp);
	chart_batch_free(b);
	score_result_free(r);
	fixture_release(&f);
}
END_TEST

Suite *suite_chart(void)
{
	Suite *s = suite_create("chart");
	ADD_TEST(s, quote_escapes_everything_but_letters);
	ADD_TEST(s, quote_values);
	ADD_TEST(s, fuzz_quote_truncated_utf8_in_bounds);
	ADD_TEST(s, chart_formats);
	ADD_TEST(s, gap_chart_states_differ);
	return s;
}

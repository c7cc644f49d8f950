/*
 * test-chart.c - chart_quote, the one door from input text to gnuplot:
 * whatever goes in, what comes out is a double-quoted string of letters,
 * spaces and octal escapes, with control characters gone and long text
 * cut at a character boundary.
 */
#include "config.h"
#include "tests.h"
#include "publish/chart.h"
#include "base/strbuf.h"

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

START_TEST(chart_formats)
{
	enum chart_format f;

	ck_assert(chart_parse_format("png", &f) && f == CHART_PNG);
	ck_assert(chart_parse_format("svg", &f) && f == CHART_SVG);
	ck_assert(chart_parse_format("none", &f) && f == CHART_NONE);
	ck_assert(!chart_parse_format("pdf", &f));
}
END_TEST

Suite *suite_chart(void)
{
	Suite *s = suite_create("chart");
	ADD_TEST(s, quote_escapes_everything_but_letters);
	ADD_TEST(s, quote_values);
	ADD_TEST(s, chart_formats);
	return s;
}

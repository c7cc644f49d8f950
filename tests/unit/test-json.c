/* SPDX-License-Identifier: Apache-2.0 */
/*
 * test-json.c - the streaming JSON writer: scores formatted once by
 * %.4f and trimmed give the digits the slow way (round4, then %.15g or
 * %.17g) gives; compact and pretty layouts of one small document.
 */
#include "config.h"
#include "tests.h"
#include "base/sink.h"
#include "base/strbuf.h"
#include "base/text.h"
#include "publish/json.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* One score as the writer puts it in an array (caller frees). */
static char *score_text(bool has, double v)
{
	struct strbuf sb;
	struct sink out;
	struct json_writer w;

	strbuf_init(&sb);
	sink_init_strbuf(&out, &sb);
	json_init(&w, &out, false);
	json_begin_array(&w, NULL);
	json_score(&w, NULL, has, v);
	json_end_array(&w);
	return strbuf_detach(&sb);
}

/* The same value the slow way: round4, then a number (caller frees). */
static char *number_text(double v)
{
	struct strbuf sb;
	struct sink out;
	struct json_writer w;

	strbuf_init(&sb);
	sink_init_strbuf(&out, &sb);
	json_init(&w, &out, false);
	json_begin_array(&w, NULL);
	json_number(&w, NULL, round4(v) + 0.0);
	json_end_array(&w);
	return strbuf_detach(&sb);
}

/* Hand-computed: 0.12345 is 0.1234500000000000041... in binary, so it
 * rounds up; -0.00004 rounds to -0, written 0; 0.99996 rounds to 1;
 * 2/3 to 0.6667; above 1e9 the slow way is taken. */
START_TEST(json_score_digits)
{
	static const struct {
		bool has;
		double v;
		const char *want;
	} cases[] = {
		{ true, 0.5, "[0.5]" }, { true, 1, "[1]" }, { true, 0, "[0]" },
		{ true, 0.12345, "[0.1235]" }, { true, -0.00004, "[0]" },
		{ true, 0.99996, "[1]" }, { true, 2.0 / 3, "[0.6667]" },
		{ true, -0.25, "[-0.25]" }, { true, 12.34567, "[12.3457]" },
		{ true, 100, "[100]" }, { false, 0.5, "[null]" },
		{ true, 1e12 + 0.5, "[1000000000000.5]" },
		{ true, NAN, "[null]" },
	};

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char *got = score_text(cases[i].has, cases[i].v);
		ck_assert_msg(!strcmp(got, cases[i].want), "%g: %s, want %s",
			      cases[i].v, got, cases[i].want);
		free(got);
	}
}
END_TEST

/* The fast way and the slow way agree on 30,003 values in [-1.5, 1.5], on
 * the halves of the fourth decimal and near them. */
START_TEST(json_score_fast_equals_slow)
{
	for (int k = -5000; k <= 5000; k++) {
		double vals[3] = { k / 3333.0, k / 10000.0 + 0.00005,
				   nextafter(k / 10000.0 + 0.00005, 3) };
		for (int j = 0; j < 3; j++) {
			char *fast = score_text(true, vals[j]);
			char *slow = number_text(vals[j]);
			ck_assert_msg(!strcmp(fast, slow), "%.17g: %s, slow %s",
				      vals[j], fast, slow);
			free(fast);
			free(slow);
		}
	}
}
END_TEST

/* A small document written compact and pretty (cJSON's layout: tabs,
 * "key":<TAB>value, array elements after ", "). */
static char *small_document(bool pretty)
{
	struct strbuf sb;
	struct sink out;
	struct json_writer w;

	strbuf_init(&sb);
	sink_init_strbuf(&out, &sb);
	json_init(&w, &out, pretty);
	json_begin_object(&w, NULL);
	json_begin_array(&w, "a");
	json_number(&w, NULL, 1);
	json_score(&w, NULL, true, 0.25);
	json_end_array(&w);
	json_begin_object(&w, "b");
	json_string(&w, "c", "x\"y\n");
	json_end_object(&w);
	json_bool(&w, "d", true);
	json_end_object(&w);
	json_finish(&w);
	return strbuf_detach(&sb);
}

START_TEST(json_layouts)
{
	char *compact = small_document(false), *pretty = small_document(true);

	ck_assert_str_eq(compact,
			 "{\"a\":[1,0.25],\"b\":{\"c\":\"x\\\"y\\n\"},"
			 "\"d\":true}\n");
	ck_assert_str_eq(pretty,
			 "{\n\t\"a\":\t[1, 0.25],\n\t\"b\":\t{\n"
			 "\t\t\"c\":\t\"x\\\"y\\n\"\n\t},\n"
			 "\t\"d\":\ttrue\n}\n");
	free(compact);
	free(pretty);
}
END_TEST

/* The JSON writer's tests. */
Suite *suite_json(void)
{
	Suite *s = suite_create("json");

	ADD_TEST(s, json_score_digits);
	ADD_TEST(s, json_score_fast_equals_slow);
	ADD_TEST(s, json_layouts);
	return s;
}

/* SPDX-License-Identifier: Apache-2.0 */
/*
 * json.c - the streaming JSON writer (see json.h). Separators are
 * written before a value rather than after it, since a stream cannot
 * know whether another value follows.
 */
#include "config.h"
#include "publish/json.h"
#include "base/sink.h"
#include "base/sources.h"
#include "base/text.h"

#include <float.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

/* Start a document on out. */
void json_init(struct json_writer *w, struct sink *out, bool pretty)
{
	w->out = out;
	w->pretty = pretty;
	w->depth = 0;
}

/* End the document with a newline. */
void json_finish(struct json_writer *w)
{
	sink_addch(w->out, '\n');
}

/* Indent by n tabs (pretty layout only). */
static void indent(struct json_writer *w, int n)
{
	static const char tabs[] = "\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t";

	if (!w->pretty)
		return;
	while (n > 0) {
		int k = n < 16 ? n : 16;
		sink_add(w->out, tabs, (size_t)k);
		n -= k;
	}
}

/* s as a JSON string: quotes, backslashes and control characters
 * escaped as cJSON escapes them; other bytes (UTF-8) as they are. */
static void put_string(struct json_writer *w, const char *s)
{
	const char *run = s;

	sink_addch(w->out, '"');
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		const char *esc = NULL;
		char buf[8];

		if (c >= 0x20 && c != '"' && c != '\\')
			continue;
		sink_add(w->out, run, (size_t)(s - run));
		switch (c) {
		case '"': esc = "\\\""; break;
		case '\\': esc = "\\\\"; break;
		case '\b': esc = "\\b"; break;
		case '\f': esc = "\\f"; break;
		case '\n': esc = "\\n"; break;
		case '\r': esc = "\\r"; break;
		case '\t': esc = "\\t"; break;
		default:
			snprintf(buf, sizeof(buf), "\\u%04x", c);
			esc = buf;
		}
		sink_adds(w->out, esc);
		run = s + 1;
	}
	sink_add(w->out, run, (size_t)(s - run));
	sink_addch(w->out, '"');
}

/* What comes before a value: the separator from the previous one, the
 * indent and the key in an object. */
static void before_value(struct json_writer *w, const char *key)
{
	int d = w->depth;

	if (d == 0)
		return;
	if (w->is_object[d - 1]) {
		if (w->count[d - 1] > 0)
			sink_addch(w->out, ',');
		if (w->pretty && w->count[d - 1] > 0)
			sink_addch(w->out, '\n');
		indent(w, d);
		put_string(w, key ? key : "");
		sink_add(w->out, w->pretty ? ":\t" : ":", w->pretty ? 2 : 1);
	} else if (w->count[d - 1] > 0) {
		sink_add(w->out, w->pretty ? ", " : ",", w->pretty ? 2 : 1);
	}
	w->count[d - 1]++;
}

/* Open a container; deeper than JSON_MAX_DEPTH is a programming error. */
static void begin(struct json_writer *w, const char *key, bool object)
{
	before_value(w, key);
	if (w->depth >= JSON_MAX_DEPTH)
		abort();
	w->is_object[w->depth] = object;
	w->count[w->depth] = 0;
	w->depth++;
	sink_addch(w->out, object ? '{' : '[');
	if (object && w->pretty)
		sink_addch(w->out, '\n');
}

/* Open an object (key NULL at the top or in an array). */
void json_begin_object(struct json_writer *w, const char *key)
{
	begin(w, key, true);
}

/* Close the innermost object. */
void json_end_object(struct json_writer *w)
{
	if (w->pretty && w->count[w->depth - 1] > 0)
		sink_addch(w->out, '\n');
	indent(w, w->depth - 1);
	sink_addch(w->out, '}');
	w->depth--;
}

/* Open an array. */
void json_begin_array(struct json_writer *w, const char *key)
{
	begin(w, key, false);
}

/* Close the innermost array. */
void json_end_array(struct json_writer *w)
{
	sink_addch(w->out, ']');
	w->depth--;
}

/* Start a document: an object whose first member is "schema", then
 * where it comes from: this program and the files it read. */
void json_begin_document(struct json_writer *w, struct sink *out,
			 bool pretty, const char *schema,
			 const struct sources *inputs)
{
	size_t n = inputs ? inputs->count : 0;

	json_init(w, out, pretty);
	json_begin_object(w, NULL);
	json_string(w, "schema", schema);
	json_begin_object(w, "generator");
	json_string(w, "name", PACKAGE_NAME);
	json_string(w, "version", PACKAGE_VERSION);
	json_end_object(w);
	json_begin_array(w, "inputs");
	for (size_t k = 0; k < n; k++) {
		json_begin_object(w, NULL);
		json_string(w, "path", inputs->items[k].path);
		json_string(w, "role", inputs->items[k].role);
		json_string(w, "sha256", inputs->items[k].sha256);
		json_end_object(w);
	}
	json_end_array(w);
}

/* Close the document's object and end it with a newline. */
void json_end_document(struct json_writer *w)
{
	json_end_object(w);
	json_finish(w);
}

/* A string value, or null. */
void json_string(struct json_writer *w, const char *key, const char *s)
{
	before_value(w, key);
	if (s)
		put_string(w, s);
	else
		sink_add(w->out, "null", 4);
}

/* Do a and b differ by no more than their size allows (as cJSON
 * compares a number read back with the one printed)? */
static bool same_double(double a, double b)
{
	double max = fabs(a) > fabs(b) ? fabs(a) : fabs(b);

	return fabs(a - b) <= max * DBL_EPSILON;
}

/* A number value, formatted as cJSON formats it. */
void json_number(struct json_writer *w, const char *key, double v)
{
	char buf[32];
	int as_int;

	before_value(w, key);
	if (isnan(v) || isinf(v)) {
		sink_add(w->out, "null", 4);
		return;
	}
	as_int = v >= INT_MAX ? INT_MAX : v <= (double)INT_MIN ? INT_MIN
							       : (int)v;
	if (v == (double)as_int) {
		snprintf(buf, sizeof(buf), "%d", as_int);
	} else {
		snprintf(buf, sizeof(buf), "%1.15g", v);
		if (!same_double(strtod(buf, NULL), v))
			snprintf(buf, sizeof(buf), "%1.17g", v);
	}
	sink_adds(w->out, buf);
}

/* Largest magnitude put_fixed4 formats: below it, "%.4f" has at most 14
 * significant digits, which the %.15g of json_number gives back as they
 * are; above it, the slow way is taken. */
#define FIXED4_MAX 1e9

/* v rounded to 4 decimals, formatted once: "%.4f" with its trailing
 * zeros (and a bare point) dropped, and "-0" as "0". This is exactly
 * what json_number prints for round4(v), without reading the digits back
 * twice: a decimal of at most 15 significant digits survives the trip
 * through a double, so %.15g of round4(v) gives these digits. */
static void put_fixed4(struct json_writer *w, double v)
{
	char buf[32];
	int n = snprintf(buf, sizeof(buf), "%.4f", v);
	char *p = buf;

	while (n > 0 && buf[n - 1] == '0')
		n--;
	if (n > 0 && buf[n - 1] == '.')
		n--;
	if (n == 2 && buf[0] == '-' && buf[1] == '0') {
		p++;
		n--;
	}
	sink_add(w->out, p, (size_t)n);
}

/* A score rounded to 4 decimals, or null. */
void json_score(struct json_writer *w, const char *key, bool has, double v)
{
	if (!has) {
		json_null(w, key);
	} else if (isfinite(v) && fabs(v) < FIXED4_MAX) {
		before_value(w, key);
		put_fixed4(w, v);
	} else {
		json_number(w, key, round4(v) + 0.0);
	}
}

/* true or false. */
void json_bool(struct json_writer *w, const char *key, bool v)
{
	before_value(w, key);
	sink_adds(w->out, v ? "true" : "false");
}

/* null. */
void json_null(struct json_writer *w, const char *key)
{
	before_value(w, key);
	sink_add(w->out, "null", 4);
}

/* An array of n strings. */
void json_strings(struct json_writer *w, const char *key,
		  const char *const *items, size_t n)
{
	json_begin_array(w, key);
	for (size_t k = 0; k < n; k++)
		json_string(w, NULL, items[k]);
	json_end_array(w);
}

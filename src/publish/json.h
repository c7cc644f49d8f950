/* SPDX-License-Identifier: Apache-2.0 */
/*
 * json.h - a streaming JSON writer: every JSON document gapscore writes
 * (report, plan, trend, compare) goes out through it, value by value, to
 * a sink, with nothing built in memory first.
 *
 * The pretty layout is the one cJSON_Print gives (members on their own
 * line indented with tabs, "key":<TAB>value, arrays on one line with
 * ", " between elements), so reports keep their bytes. Numbers print as
 * cJSON prints them: integers as integers, else the shortest of %.15g
 * and %.17g that reads back as the same double.
 *
 * Use: json_init, then json_begin_object(w, NULL) for the document; in
 * an object every value takes its key, in an array the key is NULL;
 * json_finish ends the document with a newline.
 */
#ifndef JSON_H
#define JSON_H

#include <stdbool.h>
#include <stddef.h>

struct sink;

/* Deepest nesting a document may have. */
#define JSON_MAX_DEPTH 32

struct json_writer {
	struct sink *out;
	bool pretty;
	int depth;
	/* Per open container: an object (else an array), and how many
	 * values it holds so far. */
	bool is_object[JSON_MAX_DEPTH];
	size_t count[JSON_MAX_DEPTH];
};

/* Start a document on out (borrowed), pretty (cJSON's layout) or not. */
void json_init(struct json_writer *w, struct sink *out, bool pretty);
/* End the document with a newline. */
void json_finish(struct json_writer *w);
struct sources;

/* Start a document that is an object whose first member is "schema",
 * then "generator" ({name, version}: this program) and "inputs" (each
 * file in inputs, NULL: none, as {path, role, sha256}). */
void json_begin_document(struct json_writer *w, struct sink *out,
			 bool pretty, const char *schema,
			 const struct sources *inputs);
/* Close that object and end the document. */
void json_end_document(struct json_writer *w);

void json_begin_object(struct json_writer *w, const char *key);
void json_end_object(struct json_writer *w);
void json_begin_array(struct json_writer *w, const char *key);
void json_end_array(struct json_writer *w);

/* A string (NULL writes null). */
void json_string(struct json_writer *w, const char *key, const char *s);
/* A number as cJSON prints it. */
void json_number(struct json_writer *w, const char *key, double v);
/* A score: v rounded to 4 decimals when has, else null. */
void json_score(struct json_writer *w, const char *key, bool has, double v);
void json_bool(struct json_writer *w, const char *key, bool v);
void json_null(struct json_writer *w, const char *key);
/* An array of n strings. */
void json_strings(struct json_writer *w, const char *key,
		  const char *const *items, size_t n);

#endif

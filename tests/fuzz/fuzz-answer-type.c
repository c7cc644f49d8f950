/* SPDX-License-Identifier: Apache-2.0 */
/*
 * fuzz-answer-type.c - libFuzzer target: the input is NUL-separated
 * parts, an answer_type cell, a scoring cell and answers, parsed with
 * answer_type_parse and scored with answer_type_score. Oracle: a failed
 * parse or score says why; a parsed type is well formed (a scale's
 * bounds finite and in order, every option and threshold scored within
 * [0, 1]); every score is finite and within [0, 1]; an answer means the
 * same in capitals and with spaces around it; each choice option scores
 * as listed.
 */
#include "config.h"
#include "fuzz.h"
#include "load/answer-type.h"
#include "base/strbuf.h"
#include "base/xalloc.h"

#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#define MAX_PARTS 8

/* Is v a score? */
static bool is_score(double v)
{
	return isfinite(v) && v >= 0 && v <= 1;
}

/* The parsed type's own invariants. */
static void check_type(const struct answer_type *at)
{
	struct strbuf sb;

	if (at->kind == ANSWER_SCALE)
		FUZZ_CHECK(isfinite(at->lo) && isfinite(at->hi) &&
			   at->lo < at->hi, "scale %g-%g", at->lo, at->hi);
	if (at->kind == ANSWER_CHOICE)
		FUZZ_CHECK(at->noptions > 0, "a choice without options");
	if (at->kind == ANSWER_NUMBER)
		FUZZ_CHECK(at->nrules > 0, "a number without thresholds");
	for (size_t i = 0; i < at->noptions; i++)
		FUZZ_CHECK(at->options[i].name[0] &&
			   is_score(at->options[i].score),
			   "option '%s' scores %g", at->options[i].name,
			   at->options[i].score);
	for (size_t i = 0; i < at->nrules; i++)
		FUZZ_CHECK(is_score(at->rules[i].score), "threshold %zu "
			   "scores %g", i, at->rules[i].score);
	strbuf_init(&sb);
	answer_type_describe(at, &sb);
	FUZZ_CHECK(sb.len > 0, "an empty description");
	strbuf_release(&sb);
}

/* Score answer; check what any result must satisfy. */
static bool score(const struct answer_type *at, const char *answer,
		  enum answer_class *cls, double *value)
{
	char *err = NULL;
	bool ok = answer_type_score(at, answer, cls, value, &err);

	if (ok)
		FUZZ_CHECK(*cls != ANSWER_SCORED || is_score(*value),
			   "answer '%s' scores %g", answer, *value);
	else
		FUZZ_CHECK(err && err[0], "answer '%s' refused silently",
			   answer);
	FUZZ_CHECK(ok || !(at->kind == ANSWER_TEXT), "text refused '%s'",
		   answer);
	free(err);
	return ok;
}

/* answer in ASCII capitals with spaces around it (caller frees). */
static char *variant(const char *answer)
{
	char *v = xasprintf("  %s \t", answer);

	for (char *p = v; *p; p++)
		*p = (char)toupper((unsigned char)*p);
	return v;
}

/* The answer and its variant mean the same. */
static void check_answer(const struct answer_type *at, const char *answer)
{
	enum answer_class c1, c2;
	double v1, v2;
	char *v = variant(answer);
	bool ok1 = score(at, answer, &c1, &v1);
	bool ok2 = score(at, v, &c2, &v2);

	FUZZ_CHECK(ok1 == ok2 && (!ok1 || (c1 == c2 && v1 == v2)),
		   "'%s' and '%s' differ", answer, v);
	free(v);
}

/* Each choice option scores as listed, unless it is a reserved word. */
static void check_options(const struct answer_type *at)
{
	for (size_t i = 0; i < at->noptions; i++) {
		enum answer_class cls;
		double v;
		bool ok = score(at, at->options[i].name, &cls, &v);
		FUZZ_CHECK(ok, "option '%s' is refused", at->options[i].name);
		FUZZ_CHECK(cls != ANSWER_SCORED || v == at->options[i].score,
			   "option '%s' scores %g, listed %g",
			   at->options[i].name, v, at->options[i].score);
	}
}

/* Parse the type, then score each answer. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *parts[MAX_PARTS];
	size_t n = fuzz_split(data, size, parts, MAX_PARTS);
	struct answer_type at;
	enum answer_type_field field;
	char *err = NULL;

	if (answer_type_parse(&at, parts[0], n > 1 ? parts[1] : "", &err,
			      &field)) {
		FUZZ_CHECK(!err, "a parsed type with an error");
		check_type(&at);
		check_options(&at);
		for (size_t i = 2; i < n; i++)
			check_answer(&at, parts[i]);
		answer_type_release(&at);
	} else {
		FUZZ_CHECK(err && err[0], "type '%s' refused silently",
			   parts[0]);
		FUZZ_CHECK(field == ANSWER_FIELD_TYPE ||
			   field == ANSWER_FIELD_SCORING, "field %d",
			   (int)field);
	}
	free(err);
	fuzz_parts_free(parts, n);
	return 0;
}

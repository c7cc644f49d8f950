/* SPDX-License-Identifier: Apache-2.0 */
/*
 * test-answer-type.c - every answer type's scores, computed by hand from
 * SPEC's table, plus n/a versus missing and the parse errors of
 * answer_type and scoring cells.
 */
#include "config.h"
#include "tests.h"
#include "load/answer-type.h"

#include <stdlib.h>
#include <string.h>

/* Parse type and scoring; fail the test if they do not parse. */
static struct answer_type parse_ok(const char *type, const char *scoring)
{
	struct answer_type at;
	enum answer_type_field field;
	char *err = NULL;

	if (!answer_type_parse(&at, type, scoring, &err, &field))
		ck_abort_msg("'%s' / '%s' did not parse: %s", type, scoring,
			     err);
	return at;
}

/* The score of answer, which must be a scored answer. */
static double score_of(const struct answer_type *at, const char *answer)
{
	enum answer_class cls;
	double score;
	char *err = NULL;

	if (!answer_type_score(at, answer, &cls, &score, &err))
		ck_abort_msg("answer '%s' refused: %s", answer, err);
	ck_assert_int_eq(cls, ANSWER_SCORED);
	return score;
}

static int refused(const struct answer_type *at, const char *answer)
{
	enum answer_class cls;
	double score;
	char *err = NULL;
	int r = !answer_type_score(at, answer, &cls, &score, &err);

	free(err);
	return r;
}

static enum answer_class class_of(const struct answer_type *at,
				  const char *answer)
{
	enum answer_class cls;
	double score;
	char *err = NULL;

	ck_assert(answer_type_score(at, answer, &cls, &score, &err));
	return cls;
}

/* Does parsing fail with a message containing needle? */
static int parse_fails(const char *type, const char *scoring,
		       const char *needle, enum answer_type_field want)
{
	struct answer_type at;
	enum answer_type_field field;
	char *err = NULL;
	int r;

	if (answer_type_parse(&at, type, scoring, &err, &field)) {
		answer_type_release(&at);
		return 0;
	}
	r = strstr(err, needle) != NULL && field == want;
	if (!r)
		fprintf(stderr, "parse error was: %s\n", err);
	free(err);
	return r;
}

START_TEST(yesno_scores)
{
	struct answer_type at = parse_ok("yesno", "");
	ck_assert(score_of(&at, "yes") == 1);
	ck_assert(score_of(&at, "no") == 0);
	ck_assert(score_of(&at, "  YES ") == 1);
	ck_assert(score_of(&at, "No") == 0);
	ck_assert(refused(&at, "partial"));
	ck_assert(refused(&at, "y"));
	answer_type_release(&at);
}
END_TEST

START_TEST(yesnopartial_scores)
{
	struct answer_type at = parse_ok("yesnopartial", "");
	ck_assert(score_of(&at, "yes") == 1);
	ck_assert(score_of(&at, "Partial") == 0.5);
	ck_assert(score_of(&at, "no") == 0);
	ck_assert(refused(&at, "maybe"));
	answer_type_release(&at);
}
END_TEST

START_TEST(scale_scores)
{
	struct answer_type at = parse_ok("scale:1-5", "");
	/* (x - 1) / 4 */
	ck_assert(score_of(&at, "1") == 0);
	ck_assert(score_of(&at, "3") == 0.5);
	ck_assert(score_of(&at, "2.5") == 0.375);
	ck_assert(score_of(&at, "5") == 1);
	ck_assert(refused(&at, "0"));
	ck_assert(refused(&at, "5.01"));
	ck_assert(refused(&at, "three"));
	answer_type_release(&at);

	at = parse_ok("scale:0-10", "reverse");
	ck_assert(score_of(&at, "2") == 0.8);	/* 1 - 2/10 */
	answer_type_release(&at);

	at = parse_ok("scale:-5-5", "");
	ck_assert(at.lo == -5 && at.hi == 5);
	ck_assert(score_of(&at, "-5") == 0);
	ck_assert(score_of(&at, "0") == 0.5);
	ck_assert(score_of(&at, "2.5") == 0.75);
	answer_type_release(&at);
}
END_TEST

/* Fuzzing finding fuzz-answer-type-scale-overflow: a scale whose width
 * overflows (B - A is infinite) scored its ends NaN. Such a scale is now
 * refused (the ends are within +-1e12, base/limits.h); the widest one
 * allowed scores its ends and middle exactly, in halves as before. */
START_TEST(fuzz_scale_overflow_scores_finite)
{
	struct answer_type at;
	enum answer_type_field field;
	char *err = NULL;

	ck_assert(!answer_type_parse(&at, "scale:-1e308-1e308", "", &err,
				     &field));
	ck_assert_ptr_nonnull(strstr(err, "beyond the limits of a scale"));
	free(err);
	at = parse_ok("scale:-1e12-1e12", "");
	ck_assert(score_of(&at, "1e12") == 1);
	ck_assert(score_of(&at, "-1e12") == 0);
	ck_assert(score_of(&at, "0") == 0.5);
	answer_type_release(&at);
	at = parse_ok("scale:-1e12-1e12", "reverse");
	ck_assert(score_of(&at, "1e12") == 0);
	ck_assert(score_of(&at, "-1e12") == 1);
	answer_type_release(&at);
}
END_TEST

START_TEST(percent_scores)
{
	struct answer_type at = parse_ok("percent", "");
	ck_assert(score_of(&at, "0") == 0);
	ck_assert(score_of(&at, "45") == 0.45);
	ck_assert(score_of(&at, "100") == 1);
	ck_assert(refused(&at, "101"));
	ck_assert(refused(&at, "-1"));
	ck_assert(refused(&at, "45%"));
	answer_type_release(&at);

	at = parse_ok("percent", "reverse");
	ck_assert_close(score_of(&at, "30"), 0.7);
	answer_type_release(&at);
}
END_TEST

START_TEST(number_thresholds_first_match)
{
	struct answer_type at = parse_ok("number", ">=10:1;>=1:0.5;*:0");
	ck_assert(score_of(&at, "12") == 1);
	ck_assert(score_of(&at, "10") == 1);
	ck_assert(score_of(&at, "9.99") == 0.5);
	ck_assert(score_of(&at, "1") == 0.5);
	ck_assert(score_of(&at, "0") == 0);
	ck_assert(score_of(&at, "-3") == 0);
	answer_type_release(&at);

	/* No catch-all: an answer no rule covers is refused. */
	at = parse_ok("number", "<5:1; =5:0.5 ; >5:0.25");
	ck_assert(score_of(&at, "4") == 1);
	ck_assert(score_of(&at, "5") == 0.5);
	ck_assert(score_of(&at, "6") == 0.25);
	answer_type_release(&at);
	at = parse_ok("number", ">0:1");
	ck_assert(refused(&at, "0"));
	answer_type_release(&at);
}
END_TEST

START_TEST(choice_map)
{
	struct answer_type at = parse_ok("choice:none|draft|enacted",
					 "none=0;draft=0.25;enacted=1");
	ck_assert(score_of(&at, "none") == 0);
	ck_assert(score_of(&at, "Draft") == 0.25);
	ck_assert(score_of(&at, " enacted ") == 1);
	ck_assert(refused(&at, "pending"));
	answer_type_release(&at);
}
END_TEST

START_TEST(na_versus_missing)
{
	struct answer_type at = parse_ok("yesno", "");
	ck_assert_int_eq(class_of(&at, "n/a"), ANSWER_NA);
	ck_assert_int_eq(class_of(&at, " N/A "), ANSWER_NA);
	ck_assert_int_eq(class_of(&at, ""), ANSWER_MISSING);
	ck_assert_int_eq(class_of(&at, "   "), ANSWER_MISSING);
	ck_assert_int_eq(class_of(&at, "Unknown"), ANSWER_MISSING);
	answer_type_release(&at);

	at = parse_ok("text", "");
	ck_assert_int_eq(class_of(&at, "Penal Code, art. 5"),
			 ANSWER_TEXT_GIVEN);
	ck_assert_int_eq(class_of(&at, "n/a"), ANSWER_NA);
	ck_assert_int_eq(class_of(&at, ""), ANSWER_MISSING);
	answer_type_release(&at);
}
END_TEST

START_TEST(type_and_scoring_errors)
{
	ck_assert(parse_fails("bogus", "", "unknown answer type",
			      ANSWER_FIELD_TYPE));
	ck_assert(parse_fails("scale:5-1", "", "not a valid scale",
			      ANSWER_FIELD_TYPE));
	ck_assert(parse_fails("scale:1-", "", "not a valid scale",
			      ANSWER_FIELD_TYPE));
	ck_assert(parse_fails("yesno", "reverse", "takes no scoring",
			      ANSWER_FIELD_SCORING));
	ck_assert(parse_fails("percent", "backwards", "unknown scoring",
			      ANSWER_FIELD_SCORING));
	ck_assert(parse_fails("number", "", "needs scoring thresholds",
			      ANSWER_FIELD_SCORING));
	ck_assert(parse_fails("number", ">=10:2", "from 0 to 1",
			      ANSWER_FIELD_SCORING));
	ck_assert(parse_fails("number", "~10:1", "does not start with",
			      ANSWER_FIELD_SCORING));
	ck_assert(parse_fails("number", ">=ten:1", "bound 'ten'",
			      ANSWER_FIELD_SCORING));
	ck_assert(parse_fails("choice:a|b", "a=1", "option 'b' has no score",
			      ANSWER_FIELD_SCORING));
	ck_assert(parse_fails("choice:a|b", "a=1;b=0;c=0",
			      "not one of the choice options",
			      ANSWER_FIELD_SCORING));
	ck_assert(parse_fails("choice:a|a", "a=1", "listed twice",
			      ANSWER_FIELD_TYPE));
	ck_assert(parse_fails("choice:a||b", "", "empty option",
			      ANSWER_FIELD_TYPE));
	ck_assert(parse_fails("choice:a|n/a", "", "reserved",
			      ANSWER_FIELD_TYPE));
	ck_assert(parse_fails("choice:a|b", "", "needs a scoring map",
			      ANSWER_FIELD_SCORING));
}
END_TEST

Suite *suite_answer_type(void)
{
	Suite *s = suite_create("answer-type");
	ADD_TEST(s, yesno_scores);
	ADD_TEST(s, yesnopartial_scores);
	ADD_TEST(s, scale_scores);
	ADD_TEST(s, fuzz_scale_overflow_scores_finite);
	ADD_TEST(s, percent_scores);
	ADD_TEST(s, number_thresholds_first_match);
	ADD_TEST(s, choice_map);
	ADD_TEST(s, na_versus_missing);
	ADD_TEST(s, type_and_scoring_errors);
	return s;
}

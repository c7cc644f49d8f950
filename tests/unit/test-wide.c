/* SPDX-License-Identifier: Apache-2.0 */
/*
 * test-wide.c - wide answer files (one row per expert, one column per
 * indicator id): how the layout is told from the header, that a wide file
 * and its long equivalent give the same tally and the same scores, that
 * errors name the indicator column, and how the header is policed.
 */
#include "config.h"
#include "tests.h"
#include "load/answers.h"
#include "base/strbuf.h"

#include <stdlib.h>
#include <string.h>

#define IND \
	"id,instrument,article,dimension,question,answer_type,scoring," \
	"valid_regex\n" \
	"A,UNTOC,5,legislative,q,yesno,,\n" \
	"B,UNTOC,5,legislative,q,yesnopartial,,\n" \
	"N,UNTOC,5,implementation,q,number,>=10:1;>=1:0.5;*:0,\n" \
	"T,UNTOC,5,legislative,q,text,,Law [0-9]+\n" \
	"P,TIP,3,legislative,q,yesno,,\n"

#define LHEADER "country,round,expert,indicator,answer\n"

/* Every kind of cell, and its long equivalent row by row: the empty
 * cells of the wide file are the long file's empty answers. */
static const char wide_text[] =
	"country,round,expert,A,confidence:A,evidence:A,B,comment:B,N,"
	"good_practice:N,T,P\n"
	"XEA,2026,e1,yes,high,\"Penal Code, art. 5\",partial,"
	"\"a \"\"quoted\"\" note\",12,Joint training,Law 12,\n"
	"XEA,2026,e2,no,1,,n/a,,unknown,,,yes\n"
	"XEB,2026,e1,yes,,,,,3,,,\n";
static const char long_text[] =
	"country,round,expert,indicator,answer,confidence,evidence,"
	"good_practice,comment\n"
	"XEA,2026,e1,A,yes,high,\"Penal Code, art. 5\",,\n"
	"XEA,2026,e1,B,partial,,,,\"a \"\"quoted\"\" note\"\n"
	"XEA,2026,e1,N,12,,,Joint training,\n"
	"XEA,2026,e1,T,Law 12,,,,\n"
	"XEA,2026,e1,P,,,,,\n"
	"XEA,2026,e2,A,no,1,,,\n"
	"XEA,2026,e2,B,n/a,,,,\n"
	"XEA,2026,e2,N,unknown,,,,\n"
	"XEA,2026,e2,T,,,,,\n"
	"XEA,2026,e2,P,yes,,,,\n"
	"XEB,2026,e1,A,yes,,,,\n"
	"XEB,2026,e1,B,,,,,\n"
	"XEB,2026,e1,N,3,,,,\n"
	"XEB,2026,e1,T,,,,,\n"
	"XEB,2026,e1,P,,,,,\n";

/* Write text to a file and load it in layout into a fresh tally over
 * set; returns the file's path (caller frees with fixture_remove). */
static char *load_text(struct tally *t, const struct indset *set,
		       const char *text, enum answers_layout layout,
		       struct diag_list *diags, enum diag_status *st)
{
	char *path = fixture_file(text);

	tally_init(t, set);
	*st = answers_load(t, path, layout, NULL, diags);
	return path;
}

/* Is there a diagnostic at line and column whose message has needle? */
static int has_diag(const struct diag_list *dl, long line, const char *column,
		    const char *needle)
{
	for (size_t i = 0; i < dl->count; i++) {
		const struct diag *d = &dl->items[i];
		if (d->line == line && d->column &&
		    !strcmp(d->column, column) && strstr(d->message, needle))
			return 1;
	}
	return 0;
}

/* The one answer of expert to indicator id in as, or NULL. */
static const struct expert_answer *
answer_of(const struct indset *set, const struct assessment *as,
	  const char *expert, const char *id)
{
	size_t i;
	struct answer_list list;

	ck_assert(indset_find(set, id, &i));
	list = tally_answers(as, i);
	for (size_t j = 0; j < list.count; j++)
		if (!strcmp(as->experts[list.items[j].expert], expert))
			return &list.items[j];
	return NULL;
}

static void assert_same_string(const char *a, const char *b)
{
	if (!a || !b)
		ck_assert_ptr_eq(a, b);
	else
		ck_assert_str_eq(a, b);
}

/* Same assessments, experts and answers (files and lines aside). */
static void assert_same_tally(const struct tally *a, const struct tally *b)
{
	ck_assert_uint_eq(a->count, b->count);
	for (size_t i = 0; i < a->count; i++) {
		const struct assessment *x = &a->items[i], *y = &b->items[i];

		ck_assert_str_eq(x->country, y->country);
		ck_assert_str_eq(x->round, y->round);
		ck_assert_uint_eq(x->nexperts, y->nexperts);
		for (size_t e = 0; e < x->nexperts; e++)
			ck_assert_str_eq(x->experts[e], y->experts[e]);
		ck_assert_uint_eq(x->nrows, y->nrows);
		for (size_t j = 0; j < x->nrows; j++) {
			const struct expert_answer *p = &x->rows[j];
			const struct expert_answer *q = &y->rows[j];

			ck_assert_uint_eq(p->indicator, q->indicator);
			ck_assert_uint_eq(p->expert, q->expert);
			ck_assert_int_eq(p->cls, q->cls);
			ck_assert(p->score == q->score);
			ck_assert_int_eq(p->confidence, q->confidence);
			ck_assert_str_eq(p->answer, q->answer);
			assert_same_string(p->evidence, q->evidence);
			assert_same_string(p->good_practice, q->good_practice);
			assert_same_string(p->comment, q->comment);
		}
	}
}

START_TEST(layout_is_told_from_the_header)
{
	struct fixture f;

	/* country, round, expert and indicator ids: wide. */
	fixture_load(&f, IND, "country,round,expert,A,B\n"
			      "XEA,2026,e1,yes,no\n"
			      "XEA,2026,e2,no,partial\n");
	ck_assert_int_eq(f.status, DIAG_OK);
	ck_assert_uint_eq(f.diags.count, 0);
	ck_assert_uint_eq(f.in.tally.count, 1);
	ck_assert_uint_eq(f.in.tally.items[0].nrows, 4);
	ck_assert_str_eq(answer_of(&f.in.set, &f.in.tally.items[0], "e2",
				   "B")->answer, "partial");
	fixture_release(&f);

	/* An indicator column makes it long: an id column is then only an
	 * unknown column, warned about. */
	fixture_load(&f, IND, "country,round,expert,indicator,answer,A\n"
			      "XEA,2026,e1,B,yes,x\n");
	ck_assert_int_eq(f.status, DIAG_OK);
	ck_assert_uint_eq(f.diags.warnings, 1);
	ck_assert(fixture_has_error(&f, 1, "unknown column 'A' is ignored"));
	ck_assert_uint_eq(f.in.tally.items[0].nrows, 1);
	fixture_release(&f);

	/* No column names a known indicator: read as long, and the long
	 * columns are missing. */
	fixture_load(&f, IND, "country,round,expert,Z\nXEA,2026,e1,yes\n");
	ck_assert_int_eq(f.status, DIAG_INVALID);
	ck_assert(fixture_has_error(&f, 1,
				    "missing required column 'indicator'"));
	fixture_release(&f);
}
END_TEST

START_TEST(wide_and_long_give_the_same_tally_and_scores)
{
	struct fixture w, l;
	struct score_options opt;

	fixture_load(&w, IND, wide_text);
	fixture_load(&l, IND, long_text);
	ck_assert_int_eq(w.status, DIAG_OK);
	ck_assert_int_eq(l.status, DIAG_OK);
	ck_assert_uint_eq(w.diags.count, 0);
	/* XEA: two experts x five indicators; XEB: one expert. */
	ck_assert_uint_eq(w.in.tally.count, 2);
	ck_assert_uint_eq(w.in.tally.items[0].nrows, 10);
	ck_assert_uint_eq(w.in.tally.items[1].nrows, 5);
	assert_same_tally(&w.in.tally, &l.in.tally);
	score_options_init(&opt);
	for (size_t i = 0; i < w.in.tally.count; i++) {
		struct score_result *a, *b;
		char *ja, *jb;

		a = score_assessment(&w.in.set, &w.in.tally.items[i], &opt);
		b = score_assessment(&l.in.set, &l.in.tally.items[i], &opt);
		ck_assert_uint_eq(a->ninstruments, b->ninstruments);
		for (size_t d = 0; d < w.in.set.ndimensions; d++) {
			ck_assert(a->overall[d].has_score ==
				  b->overall[d].has_score);
			ck_assert(a->overall[d].score == b->overall[d].score);
			ck_assert(a->overall[d].coverage ==
				  b->overall[d].coverage);
		}
		/* The whole report, every number and string of it. */
		ja = text_report_json(a);
		jb = text_report_json(b);
		ck_assert_str_eq(ja, jb);
		free(ja);
		free(jb);
		score_result_free(a);
		score_result_free(b);
	}
	/* By hand for XEA: A is yes (1) and no (0), median 0.5; B partial
	 * 0.5 (n/a aside); legislative = (0.5 + 0.5) / 2 = 0.5. */
	{
		struct score_result *r;
		const struct dim_result *leg;

		r = fixture_score(&w, "XEA", "2026", NULL);
		leg = &r->instruments[0].articles[0].dims[DIM_LEGISLATIVE];
		ck_assert_close(leg->value.score, 0.5);
		score_result_free(r);
	}
	fixture_release(&w);
	fixture_release(&l);
}
END_TEST

START_TEST(errors_name_line_and_indicator_column)
{
	/* Line 3 has a bad country (one error for the row, not one per
	 * cell) and a bad T; B of line 4 spans lines 4-5, so its error is on
	 * line 4 and the bad T after it on line 5. */
	struct fixture f;
	char *want = NULL;

	fixture_load(&f, IND, "country,round,expert,A,confidence:A,B,T\n"
			      "XEA,2026,e1,maybe,4,yes,Law 1\n"
			      "xea,2026,e2,yes,,yes,Act 5\n"
			      "XEA,2026,e3,yes,,\"multi\nline\",Act 2\n");
	ck_assert_int_eq(f.status, DIAG_INVALID);
	ck_assert(has_diag(&f.diags, 2, "A", "answer 'maybe' is not valid; "
			   "expected yes or no"));
	ck_assert(has_diag(&f.diags, 2, "confidence:A",
			   "confidence '4' is not valid"));
	ck_assert(has_diag(&f.diags, 3, "country", "country 'xea'"));
	ck_assert(has_diag(&f.diags, 3, "T", "does not match valid_regex "
			   "'Law [0-9]+' of indicator 'T'"));
	ck_assert(has_diag(&f.diags, 4, "B", "(indicator 'B')"));
	ck_assert(has_diag(&f.diags, 5, "T", "answer 'Act 2' does not match"));
	ck_assert_uint_eq(f.diags.errors, 6);
	/* Each cell is an answer of its own: the good cells of a row are
	 * kept (e1's B and T, e3's A), though the file is invalid. */
	ck_assert_uint_eq(f.in.tally.count, 1);
	ck_assert_uint_eq(f.in.tally.items[0].nrows, 3);

	/* As printed: FILE:LINE:ID. */
	for (size_t i = 0; i < f.diags.count; i++)
		if (f.diags.items[i].line == 2 &&
		    !strcmp(f.diags.items[i].column, "A"))
			want = diag_format(&f.diags.items[i], "gapscore");
	ck_assert_ptr_nonnull(want);
	{
		char *expected = xasprintf(
			"gapscore: %s:2:A: error: answer 'maybe' is not "
			"valid; expected yes or no, n/a, unknown or an empty "
			"cell (indicator 'A')", f.ans_path);
		ck_assert_str_eq(want, expected);
		free(expected);
	}
	free(want);
	fixture_release(&f);
}
END_TEST

START_TEST(unknown_indicator_column)
{
	static const char typo[] = "country,round,expert,A,B2\n"
				   "XEA,2026,e1,yes,no\n";
	static const char expected[] =
		"unknown indicator 'B2' in header; expected an indicator id "
		"of the loaded sets";
	enum answers_layout layouts[] = { ANSWERS_AUTO, ANSWERS_WIDE };
	struct fixture f;

	fixture_load(&f, IND, NULL);
	for (size_t k = 0; k < 2; k++) {
		struct diag_list diags;
		struct tally t;
		enum diag_status st;
		char *path;

		diag_list_init(&diags);
		path = load_text(&t, &f.in.set, typo, layouts[k], &diags, &st);
		ck_assert_int_eq(st, DIAG_INVALID);
		ck_assert_uint_eq(diags.errors, 1);
		ck_assert_int_eq(diags.items[0].line, 1);
		ck_assert_str_eq(diags.items[0].column, "B2");
		ck_assert_str_eq(diags.items[0].message, expected);
		/* Nothing is read past a bad header. */
		ck_assert_uint_eq(t.count, 0);
		tally_release(&t);
		diag_list_release(&diags);
		fixture_remove(path);
	}
	/* Field columns: an unknown id, no id, no answer column. */
	{
		struct diag_list diags;
		struct tally t;
		enum diag_status st;
		char *path;

		diag_list_init(&diags);
		path = load_text(&t, &f.in.set,
				 "country,round,expert,A,evidence:Z,evidence,"
				 "comment:B\nXEA,2026,e1,yes,x,y,z\n",
				 ANSWERS_AUTO, &diags, &st);
		ck_assert_int_eq(st, DIAG_INVALID);
		ck_assert_uint_eq(diags.errors, 3);
		ck_assert(has_diag(&diags, 1, "evidence:Z",
				   "unknown indicator 'Z' in column "
				   "'evidence:Z'"));
		ck_assert(has_diag(&diags, 1, "evidence",
				   "column 'evidence' names no indicator; "
				   "expected evidence:ID"));
		ck_assert(has_diag(&diags, 1, "comment:B",
				   "column 'comment:B' has no answer column "
				   "'B'"));
		tally_release(&t);
		diag_list_release(&diags);
		fixture_remove(path);
	}
	fixture_release(&f);
}
END_TEST

START_TEST(field_columns_go_with_their_indicator)
{
	/* Field columns may come before their indicator's column. */
	struct fixture f;
	const struct assessment *as;
	const struct expert_answer *a;

	fixture_load(&f, IND,
		     "country,round,expert,evidence:B,A,B,comment:A,"
		     "good_practice:B,confidence:B\n"
		     "XEA,2026,e1,Law 9/2020,yes,partial,sure,Hotline,low\n"
		     "XEA,2026,e2,,no,yes,,,\n");
	ck_assert_int_eq(f.status, DIAG_OK);
	as = &f.in.tally.items[0];
	a = answer_of(&f.in.set, as, "e1", "B");
	ck_assert_str_eq(a->answer, "partial");
	ck_assert_str_eq(a->evidence, "Law 9/2020");
	ck_assert_str_eq(a->good_practice, "Hotline");
	ck_assert_int_eq(a->confidence, 1);
	ck_assert_ptr_null(a->comment);
	a = answer_of(&f.in.set, as, "e1", "A");
	ck_assert_str_eq(a->comment, "sure");
	ck_assert_ptr_null(a->evidence);
	ck_assert_int_eq(a->confidence, 0);
	a = answer_of(&f.in.set, as, "e2", "B");
	ck_assert_ptr_null(a->evidence);
	ck_assert_ptr_null(a->good_practice);
	fixture_release(&f);
}
END_TEST

START_TEST(empty_cells_are_missing_answers)
{
	/* P is TIP's only indicator. An empty P cell is a missing answer,
	 * so TIP is put to the panel and shows with no coverage, as with
	 * an empty answer in a long file; without the column TIP is not
	 * part of the assessment. */
	struct fixture f;
	struct score_result *r;
	const struct expert_answer *a;

	fixture_load(&f, IND, "country,round,expert,A,P\nXEA,2026,e1,yes,\n");
	ck_assert_int_eq(f.status, DIAG_OK);
	a = answer_of(&f.in.set, &f.in.tally.items[0], "e1", "P");
	ck_assert_ptr_nonnull(a);
	ck_assert_int_eq(a->cls, ANSWER_MISSING);
	ck_assert_str_eq(a->answer, "");
	r = fixture_score(&f, NULL, NULL, NULL);
	ck_assert_uint_eq(r->ninstruments, 2);
	ck_assert_uint_eq(r->indicators[4].nmissing, 1);
	ck_assert(r->instruments[1].dims[DIM_LEGISLATIVE].has_coverage);
	ck_assert_close(r->instruments[1].dims[DIM_LEGISLATIVE].coverage, 0);
	score_result_free(r);
	fixture_release(&f);

	fixture_load(&f, IND, LHEADER "XEA,2026,e1,A,yes\nXEA,2026,e1,P,\n");
	r = fixture_score(&f, NULL, NULL, NULL);
	ck_assert_uint_eq(r->ninstruments, 2);
	score_result_free(r);
	fixture_release(&f);

	fixture_load(&f, IND, "country,round,expert,A\nXEA,2026,e1,yes\n");
	r = fixture_score(&f, NULL, NULL, NULL);
	ck_assert_uint_eq(r->ninstruments, 1);
	score_result_free(r);
	fixture_release(&f);
}
END_TEST

START_TEST(forced_wide_needs_a_wide_header)
{
	static const struct {
		const char *text;
		enum answers_layout layout;
		const char *column;
		const char *message;
	} cases[] = {
		{ LHEADER "XEA,2026,e1,A,yes\n", ANSWERS_WIDE, "indicator",
		  "column 'indicator' belongs to a long answers file; "
		  "expected a wide one: country, round, expert and one "
		  "column per indicator id" },
		{ "country,round,A\nXEA,2026,yes\n", ANSWERS_WIDE, "expert",
		  "missing required column 'expert'; a wide answers file "
		  "needs country, round, expert and one column per "
		  "indicator id" },
		{ "country,round,expert\nXEA,2026,e1\n", ANSWERS_WIDE, NULL,
		  "no indicator column; a wide answers file needs country, "
		  "round, expert and one column per indicator id" },
		/* And a forced long layout reads a wide file as long. */
		{ "country,round,expert,A\nXEA,2026,e1,yes\n", ANSWERS_LONG,
		  "indicator", "missing required column 'indicator'" },
	};
	struct fixture f;

	fixture_load(&f, IND, NULL);
	for (size_t k = 0; k < sizeof(cases) / sizeof(cases[0]); k++) {
		struct diag_list diags;
		struct tally t;
		enum diag_status st;
		char *path;
		size_t e = 0;

		diag_list_init(&diags);
		path = load_text(&t, &f.in.set, cases[k].text, cases[k].layout,
				 &diags, &st);
		ck_assert_int_eq(st, DIAG_INVALID);
		/* The first error (a long header may warn first). */
		while (e < diags.count &&
		       diags.items[e].severity != DIAG_ERROR)
			e++;
		ck_assert_uint_lt(e, diags.count);
		ck_assert_int_eq(diags.items[e].line, 1);
		assert_same_string(diags.items[e].column, cases[k].column);
		ck_assert_msg(strstr(diags.items[e].message, cases[k].message),
			      "case %zu: got '%s'", k, diags.items[e].message);
		ck_assert_uint_eq(t.count, 0);
		tally_release(&t);
		diag_list_release(&diags);
		fixture_remove(path);
	}
	fixture_release(&f);
}
END_TEST

START_TEST(duplicates_across_layouts_are_caught)
{
	struct inputs in;
	struct diag_list diags;
	char *ind[1], *ans[2];
	char *msg;

	inputs_init(&in);
	diag_list_init(&diags);
	ind[0] = fixture_file(IND);
	ans[0] = fixture_file("country,round,expert,A,B\n"
			      "XEA,2026,e1,yes,no\n");
	ans[1] = fixture_file(LHEADER "XEA,2026,e2,A,yes\n"
				      "XEA,2026,e1,B,yes\n");
	ck_assert_int_eq(inputs_load(&in, ind, 1, ans, 2, &diags),
			 DIAG_INVALID);
	ck_assert_uint_eq(diags.errors, 1);
	msg = xasprintf("expert 'e1' already answered 'B' for XEA 2026 at "
			"%s:2", ans[0]);
	ck_assert_str_eq(diags.items[0].file, ans[1]);
	ck_assert_int_eq(diags.items[0].line, 3);
	ck_assert(strstr(diags.items[0].message, msg));
	free(msg);
	inputs_release(&in);
	diag_list_release(&diags);
	fixture_remove(ans[1]);

	/* Within one wide file: a repeated column, a repeated expert. */
	inputs_init(&in);
	diag_list_init(&diags);
	ans[1] = fixture_file("country,round,expert,A,B,A\n"
			      "XEA,2026,e1,yes,no,no\n");
	ck_assert_int_eq(inputs_load(&in, ind, 1, &ans[1], 1, &diags),
			 DIAG_INVALID);
	ck_assert(has_diag(&diags, 1, "A", "column 'A' appears twice (also "
			   "column 4)"));
	inputs_release(&in);
	diag_list_release(&diags);
	fixture_remove(ans[1]);

	inputs_init(&in);
	diag_list_init(&diags);
	ans[1] = fixture_file("country,round,expert,A\n"
			      "XEA,2026,e1,yes\nXEA,2026,e1,no\n");
	ck_assert_int_eq(inputs_load(&in, ind, 1, &ans[1], 1, &diags),
			 DIAG_INVALID);
	ck_assert_uint_eq(diags.errors, 1);
	ck_assert_int_eq(diags.items[0].line, 3);
	ck_assert(strstr(diags.items[0].message, "already answered 'A'"));
	inputs_release(&in);
	diag_list_release(&diags);
	fixture_remove(ans[1]);
	fixture_remove(ans[0]);
	fixture_remove(ind[0]);
}
END_TEST

Suite *suite_wide(void)
{
	Suite *s = suite_create("wide");
	ADD_TEST(s, layout_is_told_from_the_header);
	ADD_TEST(s, wide_and_long_give_the_same_tally_and_scores);
	ADD_TEST(s, errors_name_line_and_indicator_column);
	ADD_TEST(s, unknown_indicator_column);
	ADD_TEST(s, field_columns_go_with_their_indicator);
	ADD_TEST(s, empty_cells_are_missing_answers);
	ADD_TEST(s, forced_wide_needs_a_wide_header);
	ADD_TEST(s, duplicates_across_layouts_are_caught);
	return s;
}

/* SPDX-License-Identifier: Apache-2.0 */
/*
 * test-questionnaire.c - an expert's questionnaire: completeness counts
 * per expert and instrument (answered, missing, n/a with and without a
 * reason, blank), and the errors of --require-complete, on hand-made
 * rows whose counts are worked out by hand in the comments.
 */
#include "config.h"
#include "tests.h"
#include "load/complete.h"
#include "load/catalog.h"
#include "publish/catalog-out.h"

#include <stdlib.h>
#include <string.h>

#define IND \
	"id,instrument,article,dimension,question,answer_type,scoring\n" \
	"A,UNTOC,5,legislative,q,yesno,\n" \
	"B,UNTOC,5,legislative,q,yesnopartial,\n" \
	"T,UNTOC,6,legislative,q,text,\n" \
	"P,TIP,3,legislative,q,yesno,\n"

START_TEST(counts_per_expert_and_instrument)
{
	/* e1: UNTOC A yes, B n/a with evidence, T text -> 2 answered,
	 * 1 n/a with a reason; TIP P empty -> 1 missing (blank).
	 * e2: UNTOC A unknown (missing), B n/a bare, no T row; no TIP
	 * row at all, so no TIP line for e2. */
	struct fixture f;
	struct completeness *c;
	size_t n;

	fixture_load(&f, IND,
		     "country,round,expert,indicator,answer,evidence,comment\n"
		     "XEA,2026,e1,A,yes,,\n"
		     "XEA,2026,e1,B,n/a,Act s. 3,\n"
		     "XEA,2026,e1,T,Law 12,,\n"
		     "XEA,2026,e1,P,,,\n"
		     "XEA,2026,e2,A,unknown,,\n"
		     "XEA,2026,e2,B,n/a,,\n");
	ck_assert_int_eq(f.status, DIAG_OK);
	c = completeness_count(&f.in.tally, &n);
	ck_assert_uint_eq(n, 3);
	ck_assert_uint_eq(c[0].expert, 0);
	ck_assert_uint_eq(c[0].instrument, 0);
	ck_assert_uint_eq(c[0].answered, 2);
	ck_assert_uint_eq(c[0].missing, 0);
	ck_assert_uint_eq(c[0].na_reason, 1);
	ck_assert_uint_eq(c[0].na_bare, 0);
	ck_assert(!completeness_blank(&c[0]));
	ck_assert_uint_eq(c[1].expert, 0);
	ck_assert_uint_eq(c[1].instrument, 1);
	ck_assert_uint_eq(c[1].missing, 1);
	ck_assert(completeness_blank(&c[1]));
	ck_assert_uint_eq(c[2].expert, 1);
	ck_assert_uint_eq(c[2].instrument, 0);
	ck_assert_uint_eq(c[2].answered, 0);
	ck_assert_uint_eq(c[2].missing, 1);
	ck_assert_uint_eq(c[2].na_reason, 0);
	ck_assert_uint_eq(c[2].na_bare, 1);
	/* An n/a is an answer: not blank. */
	ck_assert(!completeness_blank(&c[2]));
	free(c);
	fixture_release(&f);
}
END_TEST

START_TEST(a_comment_is_a_reason_too)
{
	struct fixture f;
	struct completeness *c;
	size_t n;

	fixture_load(&f, IND,
		     "country,round,expert,indicator,answer,evidence,comment\n"
		     "XEA,2026,e1,A,n/a,,no such offence here\n"
		     "XEB,2026,e1,A,n/a,,\n");
	c = completeness_count(&f.in.tally, &n);
	ck_assert_uint_eq(n, 2);
	ck_assert_uint_eq(c[0].assessment, 0);
	ck_assert_uint_eq(c[0].na_reason, 1);
	ck_assert_uint_eq(c[1].assessment, 1);
	ck_assert_uint_eq(c[1].na_bare, 1);
	free(c);
	fixture_release(&f);
}
END_TEST

START_TEST(require_complete_names_each_missing_answer)
{
	/* Lines 3 (B empty) and 4 (P unknown) are missing. */
	struct fixture f;
	struct diag_list dl;

	fixture_load(&f, IND,
		     "country,round,expert,indicator,answer\n"
		     "XEA,2026,e1,A,yes\n"
		     "XEA,2026,e1,B,\n"
		     "XEA,2026,e1,P,unknown\n");
	diag_list_init(&dl);
	ck_assert_uint_eq(completeness_require(&f.in.tally, &dl), 2);
	ck_assert_uint_eq(dl.errors, 2);
	ck_assert_int_eq(dl.items[0].line, 3);
	ck_assert_str_eq(dl.items[0].column, "answer");
	ck_assert(strstr(dl.items[0].message, "expert 'e1' to 'B' is "
			 "missing"));
	ck_assert_int_eq(dl.items[1].line, 4);
	diag_list_release(&dl);
	fixture_release(&f);
}
END_TEST

#define IND_FOLLOW \
	"id,instrument,article,dimension,question,answer_type,depends_on\n" \
	"A,UNTOC,5,legislative,q,yesno,\n" \
	"F,UNTOC,5,legislative,q,yesno,A=yes\n" \
	"G,UNTOC,5,legislative,q,yesno,F!=no\n"

START_TEST(follow_ups_not_asked_are_not_missing)
{
	/* F asks only after A=yes, G unless F=no.
	 * e1: A no -> F not asked, and G (its parent not asked) neither:
	 *     1 answered, 0 missing, 2 not asked.
	 * e2: A yes -> F asked and empty: missing; G's parent F has no
	 *     score, so G is asked: missing. 1 answered, 2 missing.
	 * e3: A empty (no score): F and G asked: 3 missing, blank.
	 * --require-complete: 2 + 3 = 5 errors, none for e1. */
	struct fixture f;
	struct completeness *c;
	struct diag_list dl;
	size_t n;

	fixture_load(&f, IND_FOLLOW,
		     "country,round,expert,indicator,answer\n"
		     "XEA,2026,e1,A,no\n"
		     "XEA,2026,e1,F,\n"
		     "XEA,2026,e1,G,\n"
		     "XEA,2026,e2,A,yes\n"
		     "XEA,2026,e2,F,\n"
		     "XEA,2026,e2,G,\n"
		     "XEA,2026,e3,A,\n"
		     "XEA,2026,e3,F,\n"
		     "XEA,2026,e3,G,\n");
	ck_assert_int_eq(f.status, DIAG_OK);
	c = completeness_count(&f.in.tally, &n);
	ck_assert_uint_eq(n, 3);
	ck_assert_uint_eq(c[0].answered, 1);
	ck_assert_uint_eq(c[0].missing, 0);
	ck_assert_uint_eq(c[0].not_asked, 2);
	ck_assert(!completeness_blank(&c[0]));
	ck_assert_uint_eq(c[1].answered, 1);
	ck_assert_uint_eq(c[1].missing, 2);
	ck_assert_uint_eq(c[1].not_asked, 0);
	ck_assert_uint_eq(c[2].answered, 0);
	ck_assert_uint_eq(c[2].missing, 3);
	ck_assert_uint_eq(c[2].not_asked, 0);
	ck_assert(completeness_blank(&c[2]));
	free(c);
	diag_list_init(&dl);
	ck_assert_uint_eq(completeness_require(&f.in.tally, &dl), 5);
	for (size_t k = 0; k < dl.count; k++)
		ck_assert(!strstr(dl.items[k].message, "expert 'e1'"));
	diag_list_release(&dl);
	fixture_release(&f);
}
END_TEST

START_TEST(article_lists_and_ranges)
{
	ck_assert(catalog_article_matches("5", "5"));
	ck_assert(!catalog_article_matches("5", "15"));
	ck_assert(catalog_article_matches("5,6,34", "34"));
	ck_assert(catalog_article_matches("5, 6 ,34", "6"));
	ck_assert(!catalog_article_matches("5,6,34", "3"));
	ck_assert(catalog_article_matches("5-8", "5"));
	ck_assert(catalog_article_matches("5-8", "7"));
	ck_assert(catalog_article_matches("5-8", "8"));
	ck_assert(!catalog_article_matches("5-8", "9"));
	ck_assert(catalog_article_matches("2,10-12", "11"));
	/* A label that is no number matches only itself. */
	ck_assert(catalog_article_matches("3bis,5-8", "3bis"));
	ck_assert(!catalog_article_matches("1-5", "3bis"));
	ck_assert(!catalog_article_matches("x-y", "5"));
}
END_TEST

#define CRIM "criminalization-jurisdiction"
#define SEL \
	"id,instrument,article,dimension,question,answer_type,cluster," \
	"beneficiary,ta_category\n" \
	"A5,UNTOC,5,legislative,q,yesno," CRIM ",legislature;police," \
	"legislative-drafting\n" \
	"A6,UNTOC,6,legislative,q,yesno," CRIM ",fiu," \
	"legislative-drafting\n" \
	"I6,UNTOC,6,implementation,q,yesno,law-enforcement-judicial," \
	"fiu;police,training\n" \
	"A34,UNTOC,34,legislative,q,yesno," CRIM ",legislature,training\n"

/* The ids f selects from SEL, space-separated. */
static void selected(const struct fixture *fx, const struct catalog_filter *f,
		     char *out, size_t size)
{
	size_t *idx, n;
	char *err = NULL;

	out[0] = '\0';
	ck_assert(catalog_select(&fx->in.set, f, &idx, &n, &err));
	for (size_t k = 0; k < n; k++) {
		strncat(out, fx->in.set.items[idx[k]].id, size - strlen(out) - 1);
		strncat(out, " ", size - strlen(out) - 1);
	}
	free(idx);
}

START_TEST(lists_combine_or_within_and_between)
{
	static const char *const articles[] = { "5,6" };
	static const char *const fiu[] = { "fiu" };
	static const char *const two[] = { "FIU", "legislature" };
	static const char *const clusters[] = { "law-enforcement-judicial" };
	static const char *const cats[] = { "training" };
	struct fixture fx;
	struct catalog_filter f;
	char got[128];

	fixture_load(&fx, SEL, NULL);
	ck_assert_int_eq(fx.status, DIAG_OK);
	catalog_filter_init(&f);
	f.beneficiaries = fiu;
	f.nbeneficiaries = 1;
	selected(&fx, &f, got, sizeof(got));
	ck_assert_str_eq(got, "A6 I6 ");
	/* OR within a list, ignoring case. */
	f.beneficiaries = two;
	f.nbeneficiaries = 2;
	selected(&fx, &f, got, sizeof(got));
	ck_assert_str_eq(got, "A5 A6 I6 A34 ");
	/* AND between lists: articles 5 and 6 of those. */
	f.articles = articles;
	f.narticles = 1;
	selected(&fx, &f, got, sizeof(got));
	ck_assert_str_eq(got, "A5 A6 I6 ");
	f.dimension = "legislative";
	selected(&fx, &f, got, sizeof(got));
	ck_assert_str_eq(got, "A5 A6 ");
	catalog_filter_init(&f);
	f.clusters = clusters;
	f.nclusters = 1;
	selected(&fx, &f, got, sizeof(got));
	ck_assert_str_eq(got, "I6 ");
	catalog_filter_init(&f);
	f.categories = cats;
	f.ncategories = 1;
	selected(&fx, &f, got, sizeof(got));
	ck_assert_str_eq(got, "I6 A34 ");
	fixture_release(&fx);
}
END_TEST

START_TEST(a_prefilled_row_is_marked_for_review)
{
	/* A6 prefilled with yes, high and its evidence, marked; A5 stays
	 * blank and unmarked; lang fr on every row. */
	static const char *const articles[] = { "5-6" };
	struct fixture fx;
	struct catalog_filter f;
	struct template_answer answers[4] = { { NULL, 0, NULL, NULL, NULL } };
	struct template_fill fill = { answers };
	char *csv, *err = NULL;

	fixture_load(&fx, SEL, NULL);
	catalog_filter_init(&f);
	f.articles = articles;
	f.narticles = 1;
	f.lang = "fr";
	answers[1].answer = "yes";
	answers[1].confidence = 3;
	answers[1].evidence = "Act 2017, s. 5";
	csv = catalog_template_csv_fill(&fx.in.set, &f, "XEA", "2027", "fiu",
					&fill, NULL, &err);
	ck_assert_ptr_nonnull(csv);
	ck_assert(strstr(csv, "\nXEA,2027,fiu,A5,,,,,,q,"));
	ck_assert(strstr(csv, "\nXEA,2027,fiu,A6,yes,high,"
			 "\"Act 2017, s. 5\",,,q,"));
	ck_assert(strstr(csv, ",fr,prefilled\n"));
	ck_assert(strstr(csv, "legislative-drafting") == NULL);
	/* Only A6 is marked. */
	ck_assert(strstr(strstr(csv, ",fr,prefilled\n") + 14, "prefilled") ==
		  NULL);
	free(csv);
	fixture_release(&fx);
}
END_TEST

Suite *suite_questionnaire(void)
{
	Suite *s = suite_create("questionnaire");
	ADD_TEST(s, counts_per_expert_and_instrument);
	ADD_TEST(s, a_comment_is_a_reason_too);
	ADD_TEST(s, require_complete_names_each_missing_answer);
	ADD_TEST(s, follow_ups_not_asked_are_not_missing);
	ADD_TEST(s, article_lists_and_ranges);
	ADD_TEST(s, lists_combine_or_within_and_between);
	ADD_TEST(s, a_prefilled_row_is_marked_for_review);
	return s;
}

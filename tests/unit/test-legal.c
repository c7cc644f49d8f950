/* SPDX-License-Identifier: Apache-2.0 */
/*
 * test-legal.c - the legal model of SPEC Scoring 8-13 on small sets whose
 * results are worked out by hand in the comments: alternatives as one
 * unit, n/a that needs a reason, na = no, ratings on what is required,
 * discretionary and insufficient-data statuses at every level, screening
 * questions, the depends_on forms, information needs and the answers'
 * score column.
 */
#include "config.h"
#include "tests.h"

#include <stdlib.h>
#include <string.h>

#define HEADER "id,instrument,article,dimension,question,answer_type," \
	       "weight,article_weight,obligation,alternative,role,na," \
	       "depends_on\n"
#define AHEADER "country,round,expert,indicator,answer,comment,score\n"

/* Dimension d of article a of the assessment's instrument s. */
static const struct dim_result *dim(const struct score_result *r, size_t s,
				    size_t a, size_t d)
{
	return &r->instruments[s].articles[a].dims[d];
}

/* Load and score the fixture, failing the test when it does not load. */
static struct score_result *score_of(struct fixture *f, const char *ind,
				     const char *ans)
{
	fixture_load(f, ind, ans);
	return fixture_score(f, NULL, NULL, NULL);
}

START_TEST(alternatives_are_one_unit)
{
	/* UNTOC 5(1)(a): A1 (agreement, w 2) no, A2 (participation, w 2)
	 * yes share the label "5-1-a": one unit, consensus max(0, 1) = 1,
	 * weight 2. B (w 1) partial = 0.5. score = (2*1 + 1*0.5) / 3 =
	 * 0.8333; every unit mandatory, so required 0.8333 -> LC; coverage
	 * 1. Gap need: 2 * (2*(1-1) + 1*(1-0.5)) / 3 = 0.3333 (article
	 * weight 2); the unmet indicators are B only: the unit of A1 is
	 * met. */
	struct fixture f;
	struct score_result *r = score_of(&f,
		HEADER
		"A1,UNTOC,5,legislative,q,yesno,2,2,,5-1-a,,,\n"
		"A2,UNTOC,5,legislative,q,yesno,2,2,,5-1-a,,,\n"
		"B,UNTOC,5,legislative,q,yesnopartial,1,2,,,,,\n",
		AHEADER
		"XEA,1,e,A1,no,,\nXEA,1,e,A2,yes,,\nXEA,1,e,B,partial,,\n");
	const struct dim_result *d = dim(r, 0, 0, DIM_LEGISLATIVE);
	size_t *idx, n;

	ck_assert_uint_eq(f.in.set.nunits, 2);
	ck_assert_uint_eq(d->nunits, 2);
	ck_assert_close(d->value.score, 2.5 / 3);
	ck_assert_close(d->value.required, 2.5 / 3);
	ck_assert_close(d->value.coverage, 1);
	ck_assert_str_eq(d->rating, "LC");
	ck_assert_uint_eq(r->nneeds, 1);
	ck_assert_int_eq(r->needs[0].kind, NEED_GAP);
	ck_assert_close(r->needs[0].priority, 1.0 / 3);
	n = score_need_indicators(r, d, NEED_GAP, &idx);
	ck_assert_uint_eq(n, 1);
	ck_assert_str_eq(f.in.set.items[idx[0]].id, "B");
	free(idx);
	score_result_free(r);
	fixture_release(&f);
}
END_TEST

START_TEST(a_unit_takes_the_largest_weight_and_strictest_obligation)
{
	/* A1 (w 1, consider) and A2 (w 3, mandatory) form one unit of
	 * weight 3, mandatory; A1 yes, A2 no: consensus 1. C (w 1,
	 * consider) no. score = (3*1 + 1*0) / 4 = 0.75; required over the
	 * mandatory unit only = 1 -> C. */
	struct fixture f;
	struct score_result *r = score_of(&f,
		HEADER
		"A1,UNTOC,5,legislative,q,yesno,1,,consider,alt,,,\n"
		"A2,UNTOC,5,legislative,q,yesno,3,,mandatory,alt,,,\n"
		"C,UNTOC,5,legislative,q,yesno,1,,consider,,,,\n",
		AHEADER "XEA,1,e,A1,yes,,\nXEA,1,e,A2,no,,\nXEA,1,e,C,no,,\n");
	const struct unit *u = &f.in.set.units[0];
	const struct dim_result *d = dim(r, 0, 0, DIM_LEGISLATIVE);

	ck_assert_close(u->weight, 3);
	ck_assert_int_eq(u->obligation, OBLIGATION_MANDATORY);
	ck_assert_close(d->value.score, 0.75);
	ck_assert_close(d->value.required, 1);
	ck_assert_str_eq(d->rating, "C");
	score_result_free(r);
	fixture_release(&f);
}
END_TEST

START_TEST(a_label_in_two_articles_is_an_error)
{
	struct fixture f;

	fixture_load(&f,
		     HEADER
		     "A1,UNTOC,5,legislative,q,yesno,,,,x,,,\n"
		     "A2,UNTOC,6,legislative,q,yesno,,,,x,,,\n",
		     NULL);
	ck_assert_int_eq(f.status, DIAG_INVALID);
	ck_assert(fixture_has_error(&f, 3, "alternative 'x' is used in "
				    "UNTOC article 5"));
	fixture_release(&f);
}
END_TEST

START_TEST(an_na_needs_a_reason)
{
	/* A yes; B n/a with a reason: not applicable; C n/a without one
	 * (a comment of spaces is none): missing, listed. coverage =
	 * answered 1 / applicable (A, C) 2 = 0.5, score 1. */
	struct fixture f;
	struct score_result *r = score_of(&f,
		HEADER
		"A,UNTOC,5,legislative,q,yesno,,,,,,,\n"
		"B,UNTOC,5,legislative,q,yesno,,,,,,,\n"
		"C,UNTOC,5,legislative,q,yesno,,,,,,,\n",
		AHEADER
		"XEA,1,e,A,yes,,\n"
		"XEA,1,e,B,n/a,no such court,\n"
		"XEA,1,e,C,n/a,\"   \",\n");
	const struct dim_result *d = dim(r, 0, 0, DIM_LEGISLATIVE);

	ck_assert_int_eq(r->indicators[1].status, IND_NOT_APPLICABLE);
	ck_assert_int_eq(r->indicators[2].status, IND_MISSING);
	ck_assert_close(d->value.coverage, 0.5);
	ck_assert_uint_eq(r->nunjustified, 1);
	ck_assert_uint_eq(r->rows[r->unjustified[0]].indicator, 2);
	score_result_free(r);
	fixture_release(&f);
}
END_TEST

START_TEST(na_no_refuses_na)
{
	struct fixture f;

	fixture_load(&f,
		     HEADER "A,UNTOC,5,legislative,q,yesno,,,,,,no,\n",
		     AHEADER "XEA,1,e,A,n/a,we have none,\n");
	ck_assert_int_eq(f.status, DIAG_INVALID);
	ck_assert(fixture_has_error(&f, 2, "answer 'n/a' is not allowed"));
	fixture_release(&f);
}
END_TEST

START_TEST(ratings_are_on_what_is_required)
{
	/* M (mandatory) yes, C (consider) no: score (1 + 0) / 2 = 0.5, but
	 * required = 1 -> C. Priority: 1 * (1*0*1 + 1*1*0.5) / 2 = 0.25. */
	struct fixture f;
	struct score_result *r = score_of(&f,
		HEADER
		"M,UNTOC,5,legislative,q,yesno,,,mandatory,,,,\n"
		"C,UNTOC,5,legislative,q,yesno,,,consider,,,,\n",
		AHEADER "XEA,1,e,M,yes,,\nXEA,1,e,C,no,,\n");
	const struct dim_result *d = dim(r, 0, 0, DIM_LEGISLATIVE);

	ck_assert_close(d->value.score, 0.5);
	ck_assert_close(d->value.required, 1);
	ck_assert_int_eq(d->status, DIM_RATED);
	ck_assert_str_eq(d->rating, "C");
	ck_assert_close(r->needs[0].priority, 0.25);
	score_result_free(r);
	fixture_release(&f);
}
END_TEST

START_TEST(discretionary_articles_are_not_rated)
{
	/* Article 17 holds only "shall consider" and "may": score 0, but no
	 * mandatory unit -> discretionary, no rating, at full coverage; the
	 * instrument of that article alone is discretionary too. */
	struct fixture f;
	struct score_result *r = score_of(&f,
		HEADER
		"C,UNTOC,17,legislative,q,yesno,,,consider,,,,\n"
		"O,UNTOC,17,legislative,q,yesno,,,optional,,,,\n",
		AHEADER "XEA,1,e,C,no,,\nXEA,1,e,O,no,,\n");
	const struct dim_result *d = dim(r, 0, 0, DIM_LEGISLATIVE);

	ck_assert_close(d->value.score, 0);
	ck_assert_close(d->value.coverage, 1);
	ck_assert(!d->value.has_required);
	ck_assert_int_eq(d->status, DIM_DISCRETIONARY);
	ck_assert_ptr_null(d->rating);
	ck_assert_int_eq(r->instruments[0].states[DIM_LEGISLATIVE].status,
			 DIM_DISCRETIONARY);
	ck_assert_int_eq(r->overall_states[DIM_LEGISLATIVE].status,
			 DIM_DISCRETIONARY);
	score_result_free(r);
	fixture_release(&f);
}
END_TEST

START_TEST(insufficient_data_at_every_level)
{
	/* Article 5: A yes, B and C missing: coverage 1/3 = 0.3333 < 0.5:
	 * insufficient-data. Article 6: D n/a (with a reason), E (consider)
	 * yes: the mandatory unit has no score -> insufficient-data though
	 * coverage is 1. Instrument: coverage (1/3 + 1) / 2 = 0.6667,
	 * required mean(1 (art. 5), none) = 1 -> rated C. */
	struct fixture f;
	struct score_result *r = score_of(&f,
		HEADER
		"A,UNTOC,5,legislative,q,yesno,,,,,,,\n"
		"B,UNTOC,5,legislative,q,yesno,,,,,,,\n"
		"C,UNTOC,5,legislative,q,yesno,,,,,,,\n"
		"D,UNTOC,6,legislative,q,yesno,,,,,,,\n"
		"E,UNTOC,6,legislative,q,yesno,,,consider,,,,\n",
		AHEADER
		"XEA,1,e,A,yes,,\nXEA,1,e,B,,,\nXEA,1,e,C,unknown,,\n"
		"XEA,1,e,D,n/a,not a party,\nXEA,1,e,E,yes,,\n");

	ck_assert_int_eq(dim(r, 0, 0, DIM_LEGISLATIVE)->status,
			 DIM_INSUFFICIENT);
	ck_assert_ptr_null(dim(r, 0, 0, DIM_LEGISLATIVE)->rating);
	ck_assert_int_eq(dim(r, 0, 1, DIM_LEGISLATIVE)->status,
			 DIM_INSUFFICIENT);
	ck_assert_close(dim(r, 0, 1, DIM_LEGISLATIVE)->value.coverage, 1);
	ck_assert_close(r->instruments[0].dims[DIM_LEGISLATIVE].coverage,
			2.0 / 3);
	ck_assert_int_eq(r->instruments[0].states[DIM_LEGISLATIVE].status,
			 DIM_RATED);
	ck_assert_str_eq(r->instruments[0].states[DIM_LEGISLATIVE].rating,
			 "C");
	score_result_free(r);
	fixture_release(&f);
}
END_TEST

START_TEST(screening_decides_and_is_not_scored)
{
	/* S (screening) yes; F depends on S=yes: asked, no -> 0; G depends
	 * on S!=yes: not asked. S is out of the score and coverage:
	 * score 0, coverage 1/1. With S no, F is not asked and G is. */
	const char *ind =
		HEADER
		"S,FP,9,legislative,q,yesno,,,,,screening,,\n"
		"F,FP,9,legislative,q,yesno,,,,,,,S=yes\n"
		"G,FP,9,legislative,q,yesno,,,,,,,S!=yes\n";
	struct fixture f;
	struct score_result *r = score_of(&f, ind,
		AHEADER "XEA,1,e,S,yes,,\nXEA,1,e,F,no,,\nXEA,1,e,G,yes,,\n");
	const struct dim_result *d = dim(r, 0, 0, DIM_LEGISLATIVE);

	ck_assert_int_eq(r->indicators[0].status, IND_SCREENING);
	ck_assert_uint_eq(d->nunits, 2);
	ck_assert_int_eq(r->indicators[1].status, IND_ANSWERED);
	ck_assert_int_eq(r->indicators[2].status, IND_NOT_ASKED);
	ck_assert_close(d->value.score, 0);
	ck_assert_close(d->value.coverage, 1);
	score_result_free(r);
	fixture_release(&f);

	r = score_of(&f, ind,
		AHEADER "XEA,1,e,S,no,,\nXEA,1,e,F,no,,\nXEA,1,e,G,yes,,\n");
	ck_assert_int_eq(r->indicators[1].status, IND_NOT_ASKED);
	ck_assert_int_eq(r->indicators[2].status, IND_ANSWERED);
	ck_assert_close(dim(r, 0, 0, DIM_LEGISLATIVE)->value.score, 1);
	score_result_free(r);
	fixture_release(&f);
}
END_TEST

START_TEST(a_partial_parent_keeps_its_follow_up)
{
	/* UNTOC 10: P partial; Q depends on P=yes|partial, R on P!=no:
	 * both asked, and their "no" counts: score (0.5 + 0 + 0) / 3. */
	struct fixture f;
	struct score_result *r = score_of(&f,
		HEADER
		"P,UNTOC,10,legislative,q,yesnopartial,,,,,,,\n"
		"Q,UNTOC,10,legislative,q,yesno,,,,,,,P=yes|partial\n"
		"R,UNTOC,10,legislative,q,yesno,,,,,,,P!=no\n",
		AHEADER "XEA,1,e,P,partial,,\nXEA,1,e,Q,no,,\nXEA,1,e,R,no,,\n");

	ck_assert_int_eq(r->indicators[1].status, IND_ANSWERED);
	ck_assert_int_eq(r->indicators[2].status, IND_ANSWERED);
	ck_assert_close(dim(r, 0, 0, DIM_LEGISLATIVE)->value.score, 0.5 / 3);
	score_result_free(r);
	fixture_release(&f);
}
END_TEST

START_TEST(unanswered_mandatory_units_are_information_needs)
{
	/* A (w 1) yes; B (w 2, mandatory) missing; C (w 1, consider)
	 * missing. No gap (score 1); information need: priority =
	 * article_weight 1 * missing mandatory weight 2 / applicable 4 =
	 * 0.5; its missing indicators: B (C is not mandatory). */
	struct fixture f;
	struct score_result *r = score_of(&f,
		HEADER
		"A,UNTOC,5,legislative,q,yesno,1,,,,,,\n"
		"B,UNTOC,5,legislative,q,yesno,2,,,,,,\n"
		"C,UNTOC,5,legislative,q,yesno,1,,consider,,,,\n",
		AHEADER "XEA,1,e,A,yes,,\nXEA,1,e,B,,,\nXEA,1,e,C,,,\n");
	size_t *idx, n;

	ck_assert_uint_eq(r->nneeds, 1);
	ck_assert_int_eq(r->needs[0].kind, NEED_INFORMATION);
	ck_assert_close(r->needs[0].priority, 0.5);
	n = score_need_indicators(r, dim(r, 0, 0, DIM_LEGISLATIVE),
				  NEED_INFORMATION, &idx);
	ck_assert_uint_eq(n, 1);
	ck_assert_str_eq(f.in.set.items[idx[0]].id, "B");
	free(idx);
	score_result_free(r);
	fixture_release(&f);
}
END_TEST

START_TEST(a_given_score_replaces_the_answers)
{
	/* Two answers of one panel merged: "partial" with score 0.75
	 * scores 0.75, not 0.5; an empty score cell changes nothing. A
	 * score on an n/a is an error. */
	struct fixture f;
	struct score_result *r = score_of(&f,
		HEADER
		"A,UNTOC,5,legislative,q,yesnopartial,,,,,,,\n"
		"B,UNTOC,5,legislative,q,yesnopartial,,,,,,,\n",
		AHEADER "XEA,1,e,A,partial,,0.75\nXEA,1,e,B,partial,,\n");

	ck_assert_close(r->indicators[0].score, 0.75);
	ck_assert_close(r->indicators[1].score, 0.5);
	score_result_free(r);
	fixture_release(&f);

	fixture_load(&f, HEADER "A,UNTOC,5,legislative,q,yesno,,,,,,,\n",
		     AHEADER "XEA,1,e,A,n/a,none,1\n");
	ck_assert_int_eq(f.status, DIAG_INVALID);
	ck_assert(fixture_has_error(&f, 2, "score '1' is given for an answer "
				    "that is not scored"));
	fixture_release(&f);
}
END_TEST

START_TEST(levels_weigh_required_scores)
{
	/* Article 5 (aw 2): M1 yes -> required 1; article 6 (aw 1): M2
	 * (w 3) no, M3 (w 2) yes -> required 2/5 = 0.4.
	 * Instrument required = (2*1 + 1*0.4) / 3 = 0.8 -> LC. TIP: T yes
	 * -> 1. Overall required = (0.8 + 1) / 2 = 0.9 -> C. */
	struct fixture f;
	struct score_result *r = score_of(&f,
		HEADER
		"M1,UNTOC,5,legislative,q,yesno,1,2,,,,,\n"
		"M2,UNTOC,6,legislative,q,yesno,3,1,,,,,\n"
		"M3,UNTOC,6,legislative,q,yesno,2,1,,,,,\n"
		"T,TIP,5,legislative,q,yesno,,,,,,,\n",
		AHEADER "XEA,1,e,M1,yes,,\nXEA,1,e,M2,no,,\n"
		"XEA,1,e,M3,yes,,\nXEA,1,e,T,yes,,\n");

	ck_assert_close(dim(r, 0, 1, DIM_LEGISLATIVE)->value.required, 0.4);
	ck_assert_close(r->instruments[0].dims[DIM_LEGISLATIVE].required, 0.8);
	ck_assert_str_eq(r->instruments[0].states[DIM_LEGISLATIVE].rating,
			 "LC");
	ck_assert_close(r->overall[DIM_LEGISLATIVE].required, 0.9);
	ck_assert_str_eq(r->overall_states[DIM_LEGISLATIVE].rating, "C");
	score_result_free(r);
	fixture_release(&f);
}
END_TEST

Suite *suite_legal(void)
{
	Suite *s = suite_create("legal");
	TCase *tc = tcase_create("rules 8-13");

	tcase_add_test(tc, alternatives_are_one_unit);
	tcase_add_test(tc, a_unit_takes_the_largest_weight_and_strictest_obligation);
	tcase_add_test(tc, a_label_in_two_articles_is_an_error);
	tcase_add_test(tc, an_na_needs_a_reason);
	tcase_add_test(tc, na_no_refuses_na);
	tcase_add_test(tc, ratings_are_on_what_is_required);
	tcase_add_test(tc, discretionary_articles_are_not_rated);
	tcase_add_test(tc, insufficient_data_at_every_level);
	tcase_add_test(tc, screening_decides_and_is_not_scored);
	tcase_add_test(tc, a_partial_parent_keeps_its_follow_up);
	tcase_add_test(tc, unanswered_mandatory_units_are_information_needs);
	tcase_add_test(tc, a_given_score_replaces_the_answers);
	tcase_add_test(tc, levels_weigh_required_scores);
	suite_add_tcase(s, tc);
	return s;
}

/* SPDX-License-Identifier: Apache-2.0 */
/*
 * test-score.c - the scoring rules of SPEC on small sets whose results are
 * computed by hand in the comments: weights, article weights, n/a versus
 * missing, coverage, instrument omission, depends_on, ratings and status,
 * alpha per assessment, technical assistance priorities.
 */
#include "config.h"
#include "tests.h"

#include <stdlib.h>
#include <string.h>


#define HEADER "id,instrument,article,dimension,question,answer_type,scoring," \
	       "weight,article_weight,obligation,depends_on\n"
#define AHEADER "country,round,expert,indicator,answer\n"
/* Answers with a comment: an n/a counts as not applicable only with a
 * reason (SPEC Scoring 9). */
#define RHEADER "country,round,expert,indicator,answer,comment\n"

static const struct dim_result *dim(const struct score_result *r, size_t ins,
				    size_t art, size_t d)
{
	return &r->instruments[ins].articles[art].dims[d];
}

START_TEST(weights_within_an_article)
{
	/* Article 5 legislative: L1 (w 1) yes -> 1, L2 (w 3) no -> 0.
	 * score = (1*1 + 3*0) / 4 = 0.25, gap 0.75, coverage 1. */
	struct fixture f;
	struct score_result *r;

	fixture_load(&f,
		     HEADER
		     "L1,UNTOC,5,legislative,q,yesno,,1,,,\n"
		     "L2,UNTOC,5,legislative,q,yesno,,3,,,\n",
		     AHEADER
		     "XEA,2026,e1,L1,yes\n"
		     "XEA,2026,e1,L2,no\n");
	r = fixture_score(&f, NULL, NULL, NULL);
	ck_assert_close(dim(r, 0, 0, DIM_LEGISLATIVE)->value.score, 0.25);
	ck_assert_close(dim(r, 0, 0, DIM_LEGISLATIVE)->value.coverage, 1);
	ck_assert_str_eq(dim(r, 0, 0, DIM_LEGISLATIVE)->rating, "NC");
	/* No implementation indicator: the dimension is absent (null). */
	ck_assert(!dim(r, 0, 0, DIM_IMPLEMENTATION)->present);
	score_result_free(r);
	fixture_release(&f);
}
END_TEST

START_TEST(article_weights_in_instrument_score)
{
	/* Art 5 (article_weight 2): 1.0; art 6 (weight 1): 0.25 (percent 25).
	 * Instrument legislative = (2*1 + 1*0.25) / 3 = 0.75. */
	struct fixture f;
	struct score_result *r;

	fixture_load(&f,
		     HEADER
		     "A,UNTOC,5,legislative,q,yesno,,,2,,\n"
		     "B,UNTOC,6,legislative,q,percent,,,1,,\n",
		     AHEADER
		     "XEA,2026,e1,A,yes\n"
		     "XEA,2026,e1,B,25\n");
	r = fixture_score(&f, NULL, NULL, NULL);
	ck_assert_close(r->instruments[0].dims[DIM_LEGISLATIVE].score, 0.75);
	ck_assert_close(r->overall[DIM_LEGISLATIVE].score, 0.75);
	score_result_free(r);
	fixture_release(&f);
}
END_TEST

START_TEST(na_versus_missing_in_coverage)
{
	/* Four indicators of weight 1: A yes (answered), B n/a (out of
	 * score and coverage), C empty (missing), D unknown (missing).
	 * score = 1/1 = 1; coverage = 1 / 3 = 0.3333 -> below 0.5:
	 * insufficient-data, no rating. */
	struct fixture f;
	struct score_result *r;
	const struct dim_result *d;

	fixture_load(&f,
		     HEADER
		     "A,UNTOC,5,legislative,q,yesno,,,,,\n"
		     "B,UNTOC,5,legislative,q,yesno,,,,,\n"
		     "C,UNTOC,5,legislative,q,yesno,,,,,\n"
		     "D,UNTOC,5,legislative,q,yesno,,,,,\n",
		     RHEADER
		     "XEA,2026,e1,A,yes,\n"
		     "XEA,2026,e1,B,n/a,no such court\n"
		     "XEA,2026,e1,C,,\n"
		     "XEA,2026,e1,D,unknown,\n");
	r = fixture_score(&f, NULL, NULL, NULL);
	d = dim(r, 0, 0, DIM_LEGISLATIVE);
	ck_assert_close(d->value.score, 1);
	ck_assert_close(d->value.coverage, 1.0 / 3.0);
	ck_assert_int_eq(d->status, DIM_INSUFFICIENT);
	ck_assert_ptr_null(d->rating);
	ck_assert_int_eq(r->indicators[1].status, IND_NOT_APPLICABLE);
	ck_assert_int_eq(r->indicators[2].status, IND_MISSING);
	score_result_free(r);
	fixture_release(&f);
}
END_TEST

START_TEST(scored_answer_beats_na)
{
	/* One expert says n/a, another yes: answered (score 1). Only n/a
	 * from all: not applicable. An expert's n/a does not count in the
	 * consensus: median of {0} = 0 for C. */
	struct fixture f;
	struct score_result *r;

	fixture_load(&f,
		     HEADER
		     "A,UNTOC,5,legislative,q,yesno,,,,,\n"
		     "B,UNTOC,5,legislative,q,yesno,,,,,\n"
		     "C,UNTOC,5,legislative,q,yesno,,,,,\n",
		     RHEADER
		     "XEA,2026,e1,A,n/a,r\nXEA,2026,e2,A,yes,\n"
		     "XEA,2026,e1,B,n/a,r\nXEA,2026,e2,B,n/a,r\n"
		     "XEA,2026,e1,C,n/a,r\nXEA,2026,e2,C,no,\n");
	r = fixture_score(&f, NULL, NULL, NULL);
	ck_assert_int_eq(r->indicators[0].status, IND_ANSWERED);
	ck_assert_close(r->indicators[0].score, 1);
	ck_assert_int_eq(r->indicators[1].status, IND_NOT_APPLICABLE);
	ck_assert_close(r->indicators[2].score, 0);
	/* score = (1 + 0) / 2 = 0.5; coverage = 2 / 2 = 1 */
	ck_assert_close(dim(r, 0, 0, DIM_LEGISLATIVE)->value.score, 0.5);
	ck_assert_close(dim(r, 0, 0, DIM_LEGISLATIVE)->value.coverage, 1);
	score_result_free(r);
	fixture_release(&f);
}
END_TEST

START_TEST(consensus_rules_in_scoring)
{
	/* Scale 0-4 answers 1, 2, 4 -> 0.25, 0.5, 1.
	 * median 0.5; mean 1.75/3 = 0.583333; min 0.25; max 1. */
	static const char ind[] = HEADER "S,UNTOC,5,legislative,q,scale:0-4,,,,,\n";
	static const char ans[] = AHEADER "XEA,1,a,S,1\nXEA,1,b,S,2\nXEA,1,c,S,4\n";
	const double want[] = { 0.5, 1.75 / 3, 0.25, 1 };
	struct fixture f;

	fixture_load(&f, ind, ans);
	for (int rule = 0; rule < 4; rule++) {
		struct score_options opt;
		struct score_result *r;
		score_options_init(&opt);
		opt.consensus = (enum consensus_rule)rule;
		r = fixture_score(&f, NULL, NULL, &opt);
		ck_assert_close(r->indicators[0].score, want[rule]);
		score_result_free(r);
	}
	fixture_release(&f);
}
END_TEST

START_TEST(instrument_without_answers_is_left_out)
{
	/* TIP has indicators but no answer rows: left out, not scored as
	 * zero. FP has one row, with an empty answer: it was put to the
	 * panel, so it stays, with no score and coverage 0.
	 * overall legislative score = UNTOC's 0.5 alone (FP's is null);
	 * overall coverage = (1 + 0) / 2 = 0.5. */
	struct fixture f;
	struct score_result *r;

	fixture_load(&f,
		     HEADER
		     "U,UNTOC,5,legislative,q,yesnopartial,,,,,\n"
		     "T,TIP,5,legislative,q,yesno,,,,,\n"
		     "F,FP,5,legislative,q,yesno,,,,,\n",
		     AHEADER "XEA,2026,e1,U,partial\nXEA,2026,e1,F,\n");
	r = fixture_score(&f, NULL, NULL, NULL);
	ck_assert_uint_eq(r->ninstruments, 2);
	ck_assert_str_eq(f.in.set.instruments[r->instruments[0].instrument].code,
			 "UNTOC");
	ck_assert_str_eq(f.in.set.instruments[r->instruments[1].instrument].code,
			 "FP");
	ck_assert(!r->instruments[1].dims[DIM_LEGISLATIVE].has_score);
	ck_assert_close(r->instruments[1].dims[DIM_LEGISLATIVE].coverage, 0);
	ck_assert_close(r->overall[DIM_LEGISLATIVE].score, 0.5);
	ck_assert_close(r->overall[DIM_LEGISLATIVE].coverage, 0.5);
	score_result_free(r);
	fixture_release(&f);
}
END_TEST

START_TEST(overall_is_mean_of_instruments_and_combined)
{
	/* UNTOC: leg 1 (yes), imp 0 (no). TIP: leg 0.5 (partial), no imp.
	 * overall leg = (1 + 0.5)/2 = 0.75; overall imp = 0 (UNTOC only);
	 * overall combined = (0.75 + 0)/2 = 0.375.
	 * UNTOC combined = (1 + 0)/2 = 0.5; TIP combined = 0.5. */
	struct fixture f;
	struct score_result *r;

	fixture_load(&f,
		     HEADER
		     "U1,UNTOC,5,legislative,q,yesno,,,,,\n"
		     "U2,UNTOC,5,implementation,q,yesno,,,,,\n"
		     "T1,TIP,5,legislative,q,yesnopartial,,,,,\n",
		     AHEADER "XEA,2026,e,U1,yes\nXEA,2026,e,U2,no\n"
		     "XEA,2026,e,T1,partial\n");
	r = fixture_score(&f, NULL, NULL, NULL);
	ck_assert_close(r->overall[DIM_LEGISLATIVE].score, 0.75);
	ck_assert_close(r->overall[DIM_IMPLEMENTATION].score, 0);
	ck_assert_close(r->overall_combined.score, 0.375);
	ck_assert_close(r->instruments[0].combined.score, 0.5);
	ck_assert_close(r->instruments[1].combined.score, 0.5);
	ck_assert(!r->instruments[1].dims[DIM_IMPLEMENTATION].has_score);
	ck_assert_close(r->instruments[0].articles[0].combined.score, 0.5);
	score_result_free(r);
	fixture_release(&f);
}
END_TEST

START_TEST(depends_on_follow_up)
{
	/* P yes/no; Q depends on P=yes.
	 * XEA: P consensus yes (1) -> Q asked: Q no -> article (1+0)/2 = 0.5.
	 * XEB: P no (0) != 1 -> Q not asked: article = P = 0, coverage 1.
	 * XEC: P missing (no score) -> Q counts as asked: Q yes -> 1,
	 *      coverage 1/2 = 0.5. */
	struct fixture f;
	struct score_result *r;

	fixture_load(&f,
		     HEADER
		     "P,UNTOC,10,legislative,q,yesno,,,,,\n"
		     "Q,UNTOC,10,legislative,q,yesno,,,,,P=Yes\n",
		     AHEADER
		     "XEA,1,e,P,yes\nXEA,1,e,Q,no\n"
		     "XEB,1,e,P,no\nXEB,1,e,Q,yes\n"
		     "XEC,1,e,P,\nXEC,1,e,Q,yes\n");
	r = fixture_score(&f, "XEA", "1", NULL);
	ck_assert_close(dim(r, 0, 0, 0)->value.score, 0.5);
	score_result_free(r);
	r = fixture_score(&f, "XEB", "1", NULL);
	ck_assert_int_eq(r->indicators[1].status, IND_NOT_ASKED);
	ck_assert_close(dim(r, 0, 0, 0)->value.score, 0);
	ck_assert_close(dim(r, 0, 0, 0)->value.coverage, 1);
	score_result_free(r);
	r = fixture_score(&f, "XEC", "1", NULL);
	ck_assert_int_eq(r->indicators[1].status, IND_ANSWERED);
	ck_assert_close(dim(r, 0, 0, 0)->value.score, 1);
	ck_assert_close(dim(r, 0, 0, 0)->value.coverage, 0.5);
	score_result_free(r);
	fixture_release(&f);
}
END_TEST

START_TEST(depends_on_uses_consensus)
{
	/* P answered yes, yes, no: median 1 = score of yes -> Q asked;
	 * with --consensus mean P = 2/3 != 1 -> Q not asked. */
	struct fixture f;
	struct score_options opt;
	struct score_result *r;

	fixture_load(&f,
		     HEADER
		     "P,UNTOC,10,legislative,q,yesno,,,,,\n"
		     "Q,UNTOC,10,legislative,q,yesno,,,,,P=yes\n",
		     AHEADER "XEA,1,a,P,yes\nXEA,1,b,P,yes\nXEA,1,c,P,no\n"
		     "XEA,1,a,Q,no\n");
	r = fixture_score(&f, NULL, NULL, NULL);
	ck_assert_int_eq(r->indicators[1].status, IND_ANSWERED);
	score_result_free(r);
	score_options_init(&opt);
	opt.consensus = CONSENSUS_MEAN;
	r = fixture_score(&f, NULL, NULL, &opt);
	ck_assert_int_eq(r->indicators[1].status, IND_NOT_ASKED);
	score_result_free(r);
	fixture_release(&f);
}
END_TEST

START_TEST(text_indicators_out_of_scores)
{
	/* A text indicator beside a yes: score 1, coverage 1/1. An article
	 * dimension with only text indicators has no unit, so no mandatory
	 * unit: discretionary (SPEC Scoring 13), with no score. */
	struct fixture f;
	struct score_result *r;

	fixture_load(&f,
		     HEADER
		     "A,UNTOC,5,legislative,q,yesno,,,,,\n"
		     "T,UNTOC,5,legislative,q,text,,,,,\n"
		     "U,UNTOC,5,implementation,q,text,,,,,\n",
		     AHEADER "XEA,1,e,A,yes\nXEA,1,e,T,Act 3\nXEA,1,e,U,\n");
	r = fixture_score(&f, NULL, NULL, NULL);
	ck_assert_close(dim(r, 0, 0, 0)->value.score, 1);
	ck_assert_close(dim(r, 0, 0, 0)->value.coverage, 1);
	ck_assert_int_eq(dim(r, 0, 0, 1)->status, DIM_DISCRETIONARY);
	ck_assert(!dim(r, 0, 0, 1)->value.has_score);
	ck_assert(dim(r, 0, 0, 1)->present);
	score_result_free(r);
	fixture_release(&f);
}
END_TEST

START_TEST(ratings_and_bands)
{
	struct score_options opt;
	struct rating_bands b;

	score_options_init(&opt);
	ck_assert_str_eq(score_rating(&opt, DIM_LEGISLATIVE, 0.85), "C");
	ck_assert_str_eq(score_rating(&opt, DIM_LEGISLATIVE, 0.8499), "LC");
	ck_assert_str_eq(score_rating(&opt, DIM_LEGISLATIVE, 0.65), "LC");
	ck_assert_str_eq(score_rating(&opt, DIM_LEGISLATIVE, 0.35), "PC");
	ck_assert_str_eq(score_rating(&opt, DIM_LEGISLATIVE, 0.3499), "NC");
	ck_assert_str_eq(score_rating(&opt, DIM_IMPLEMENTATION, 1), "high");
	ck_assert_str_eq(score_rating(&opt, DIM_IMPLEMENTATION, 0.7),
			 "substantial");
	ck_assert_str_eq(score_rating(&opt, DIM_IMPLEMENTATION, 0.5),
			 "moderate");
	ck_assert_str_eq(score_rating(&opt, DIM_IMPLEMENTATION, 0), "low");
	ck_assert(score_parse_bands("0.9,0.6,0.3", &b));
	ck_assert(b.bound[0] == 0.9 && b.bound[2] == 0.3);
	ck_assert(!score_parse_bands("0.3,0.6,0.9", &b));
	ck_assert(!score_parse_bands("0.9,0.6", &b));
	ck_assert(!score_parse_bands("0.9,0.6,0.3,0.1", &b));
	ck_assert(!score_parse_bands("1.5,0.6,0.3", &b));
}
END_TEST

START_TEST(coverage_threshold_override)
{
	/* coverage 1/3: insufficient at 0.5, rated at 0.3. */
	struct fixture f;
	struct score_options opt;
	struct score_result *r;

	fixture_load(&f,
		     HEADER "A,UNTOC,5,legislative,q,yesno,,,,,\n"
		     "B,UNTOC,5,legislative,q,yesno,,,,,\n"
		     "C,UNTOC,5,legislative,q,yesno,,,,,\n",
		     AHEADER "XEA,1,e,A,yes\n");
	r = fixture_score(&f, NULL, NULL, NULL);
	ck_assert_int_eq(dim(r, 0, 0, 0)->status, DIM_INSUFFICIENT);
	score_result_free(r);
	score_options_init(&opt);
	opt.coverage_threshold = 0.3;
	r = fixture_score(&f, NULL, NULL, &opt);
	ck_assert_int_eq(dim(r, 0, 0, 0)->status, DIM_RATED);
	ck_assert_str_eq(dim(r, 0, 0, 0)->rating, "C");
	score_result_free(r);
	fixture_release(&f);
}
END_TEST

START_TEST(alpha_per_assessment)
{
	/* Two experts, yes/no on three indicators: (1,1), (0,0), (1,0).
	 * n = 6; D_o = 1/6 * (0 + 0 + 2) = 1/3; values 1,1,0,0,1,0 have 3
	 * ones and 3 zeros: ordered pairs differing = 2*3*3 = 18,
	 * D_e = 18 / 30 = 0.6; alpha = 1 - (1/3)/0.6 = 4/9. */
	struct fixture f;
	struct score_result *r;

	fixture_load(&f,
		     HEADER "A,UNTOC,5,legislative,q,yesno,,,,,\n"
		     "B,UNTOC,5,legislative,q,yesno,,,,,\n"
		     "C,UNTOC,5,legislative,q,yesno,,,,,\n",
		     AHEADER "XEA,1,x,A,yes\nXEA,1,y,A,yes\n"
		     "XEA,1,x,B,no\nXEA,1,y,B,no\n"
		     "XEA,1,x,C,yes\nXEA,1,y,C,no\n"
		     "XEB,1,x,A,yes\nXEB,1,x,B,no\n");
	r = fixture_score(&f, "XEA", "1", NULL);
	ck_assert(r->has_alpha);
	ck_assert_close(r->alpha, 4.0 / 9.0);
	score_result_free(r);
	/* One expert: alpha is null. */
	r = fixture_score(&f, "XEB", "1", NULL);
	ck_assert(!r->has_alpha);
	score_result_free(r);
	fixture_release(&f);
}
END_TEST

START_TEST(ta_needs_priority_order)
{
	/* Art 5 (article_weight 2): one mandatory yesno answered no -> gap
	 * 1, priority 2 * 1 * 1 = 2.
	 * Art 6: a consider indicator at 0 and a mandatory one at 1:
	 * score 0.5, gap 0.5, priority 1 * (1*(1-0)*0.5 + 1*0*1) / 2 = 0.25.
	 * Art 7: full marks, no need. */
	struct fixture f;
	struct score_result *r;

	fixture_load(&f,
		     HEADER
		     "A,UNTOC,5,legislative,q,yesno,,,2,,\n"
		     "B,UNTOC,6,legislative,q,yesno,,,,consider,\n"
		     "C,UNTOC,6,legislative,q,yesno,,,,mandatory,\n"
		     "D,UNTOC,7,legislative,q,yesno,,,,,\n",
		     AHEADER "XEA,1,e,A,no\nXEA,1,e,B,no\nXEA,1,e,C,yes\n"
		     "XEA,1,e,D,yes\n");
	r = fixture_score(&f, NULL, NULL, NULL);
	ck_assert_uint_eq(r->nneeds, 2);
	ck_assert_uint_eq(r->needs[0].article, 0);
	ck_assert_close(r->needs[0].priority, 2);
	ck_assert_uint_eq(r->needs[1].article, 1);
	ck_assert_close(r->needs[1].priority, 0.25);
	score_result_free(r);
	fixture_release(&f);
}
END_TEST

START_TEST(other_dimension_names)
{
	/* A third dimension "institutional" is scored like the others and
	 * joins combined: article combined = (1 + 0 + 0.5) / 3 = 0.5. */
	struct fixture f;
	struct score_result *r;

	fixture_load(&f,
		     HEADER "A,UNTOC,5,legislative,q,yesno,,,,,\n"
		     "B,UNTOC,5,implementation,q,yesno,,,,,\n"
		     "C,UNTOC,5,institutional,q,yesnopartial,,,,,\n",
		     AHEADER "XEA,1,e,A,yes\nXEA,1,e,B,no\nXEA,1,e,C,partial\n");
	r = fixture_score(&f, NULL, NULL, NULL);
	ck_assert_uint_eq(f.in.set.ndimensions, 3);
	ck_assert_close(r->instruments[0].articles[0].combined.score, 0.5);
	ck_assert_str_eq(dim(r, 0, 0, 2)->rating, "moderate");
	score_result_free(r);
	fixture_release(&f);
}
END_TEST

START_TEST(report_rounds_score_and_gap_from_full_precision)
{
	/* percent 10.015 -> score 0.10015: score prints 0.1002 and gap is
	 * 1 - 0.10015 = 0.89985 -> 0.8999 (not 1 - 0.1002 = 0.8998). */
	struct fixture f;
	struct score_result *r;
	char *json;

	fixture_load(&f, HEADER "P,UNTOC,5,legislative,q,percent,,,,,\n",
		     AHEADER "XEA,1,e,P,10.015\n");
	r = fixture_score(&f, NULL, NULL, NULL);
	json = text_report_json(r);
	ck_assert_ptr_nonnull(strstr(json, "\"score\":\t0.1002,\n"));
	ck_assert_ptr_nonnull(strstr(json, "\"gap\":\t0.8999,\n"));
	ck_assert_ptr_null(strstr(json, "0.8998"));
	free(json);
	score_result_free(r);
	fixture_release(&f);
}
END_TEST

Suite *suite_score(void)
{
	Suite *s = suite_create("score");
	ADD_TEST(s, weights_within_an_article);
	ADD_TEST(s, article_weights_in_instrument_score);
	ADD_TEST(s, na_versus_missing_in_coverage);
	ADD_TEST(s, scored_answer_beats_na);
	ADD_TEST(s, consensus_rules_in_scoring);
	ADD_TEST(s, instrument_without_answers_is_left_out);
	ADD_TEST(s, overall_is_mean_of_instruments_and_combined);
	ADD_TEST(s, depends_on_follow_up);
	ADD_TEST(s, depends_on_uses_consensus);
	ADD_TEST(s, text_indicators_out_of_scores);
	ADD_TEST(s, ratings_and_bands);
	ADD_TEST(s, coverage_threshold_override);
	ADD_TEST(s, alpha_per_assessment);
	ADD_TEST(s, ta_needs_priority_order);
	ADD_TEST(s, other_dimension_names);
	ADD_TEST(s, report_rounds_score_and_gap_from_full_precision);
	return s;
}

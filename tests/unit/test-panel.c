/* SPDX-License-Identifier: Apache-2.0 */
/*
 * test-panel.c - what a panel brings: disagreements, evidence checks,
 * bootstrap intervals, agreement per instrument and Fleiss' kappa,
 * obligation factors, and the national answers merge writes, each on a
 * small case worked by hand.
 */
#include "config.h"
#include "tests.h"
#include "score/bootstrap.h"
#include "score/evidence.h"
#include "score/merge.h"

#include <stdlib.h>
#include <string.h>

#define HEADER "id,instrument,article,dimension,question,answer_type,scoring,weight\n"
#define AHEADER "country,round,expert,indicator,answer,evidence\n"

START_TEST(disagreements_flagged_and_ordered)
{
	/* A: yes/no split (spread 1, weight 1). B: scale 0-4 answers 1 and 2
	 * (spread 0.25 < 0.5: not flagged). C: scale answers 0 and 2 (spread
	 * 0.5 >= 0.5, weight 3: weighted 1.5, listed first). D: choice
	 * options a and b with the same score 1: different answers, spread
	 * 0, still flagged. */
	struct fixture f;
	struct score_result *r;

	fixture_load(&f,
		     HEADER
		     "A,UNTOC,5,legislative,q,yesno,,1\n"
		     "B,UNTOC,5,legislative,q,scale:0-4,,1\n"
		     "C,UNTOC,5,legislative,q,scale:0-4,,3\n"
		     "D,UNTOC,5,legislative,q,choice:a|b|c,a=1;b=1;c=0,1\n",
		     AHEADER
		     "XEA,1,x,A,yes,\nXEA,1,y,A,no,\n"
		     "XEA,1,x,B,1,\nXEA,1,y,B,2,\n"
		     "XEA,1,x,C,0,\nXEA,1,y,C,2,\n"
		     "XEA,1,x,D,a,\nXEA,1,y,D,b,\n");
	r = fixture_score(&f, NULL, NULL, NULL);
	ck_assert_uint_eq(r->ndisagreements, 3);
	ck_assert_uint_eq(r->disagreements[0].indicator, 2);	/* C: 1.5 */
	ck_assert_close(r->disagreements[0].weighted, 1.5);
	ck_assert_uint_eq(r->disagreements[1].indicator, 0);	/* A: 1 */
	ck_assert_uint_eq(r->disagreements[2].indicator, 3);	/* D: 0 */
	ck_assert(r->disagreements[2].categorical);
	score_result_free(r);
	fixture_release(&f);
}
END_TEST

START_TEST(citations_in_three_languages)
{
	struct citation_rules *rules = citation_rules_default();
	static const char *const cited[] = {
		"Penal Code, art. 211", "Organized Crime Act 2019, s. 4(2)",
		"section 12 of the Evidence Act", "§ 3 StGB",
		"Loi n° 2018-17 relative au blanchiment",
		"Code pénal, article 222", "alinéa 2",
		"Ley 12/2020, artículo 8", "Decreto 45 de 2021",
		"Decree No. 45/2021", "Art.5",
	};
	static const char *const uncited[] = {
		"", "Annual report of the FIU, p. 14", "yes, I think so",
		"See the ministry website", "Interview with prosecutors",
	};

	for (size_t i = 0; i < sizeof(cited) / sizeof(cited[0]); i++)
		ck_assert_msg(citation_found(rules, cited[i]), "missed: %s",
			      cited[i]);
	for (size_t i = 0; i < sizeof(uncited) / sizeof(uncited[0]); i++)
		ck_assert_msg(!citation_found(rules, uncited[i]),
			      "false citation: %s", uncited[i]);
	ck_assert(!citation_found(rules, NULL));
	citation_rules_free(rules);
}
END_TEST

START_TEST(unsupported_positive_legislative_answers)
{
	/* Legislative L: x yes citing art. 5 (supported), y partial with no
	 * evidence (unsupported), z no (not positive). Implementation I: yes
	 * without evidence is not checked. */
	struct fixture f;
	struct score_options opt;
	struct score_result *r;
	struct citation_rules *rules = citation_rules_default();

	fixture_load(&f,
		     HEADER "L,UNTOC,5,legislative,q,yesnopartial,,1\n"
		     "I,UNTOC,5,implementation,q,yesno,,1\n",
		     AHEADER "XEA,1,x,L,yes,Penal Code art. 5\n"
		     "XEA,1,y,L,partial,\nXEA,1,z,L,no,\nXEA,1,x,I,yes,\n");
	score_options_init(&opt);
	opt.citations = rules;
	r = fixture_score(&f, NULL, NULL, &opt);
	ck_assert_uint_eq(r->nunsupported, 1);
	/* rows sorted by indicator then expert: L/x, L/y, L/z, I/x */
	ck_assert(!r->unsupported[0]);
	ck_assert(r->unsupported[1]);
	ck_assert(!r->unsupported[2]);
	ck_assert(!r->unsupported[3]);
	score_result_free(r);
	/* Without rules there is no check. */
	r = fixture_score(&f, NULL, NULL, NULL);
	ck_assert_ptr_null(r->unsupported);
	score_result_free(r);
	citation_rules_free(rules);
	fixture_release(&f);
}
END_TEST

START_TEST(bootstrap_quantiles)
{
	const double v[] = { 0, 1, 2, 3, 4 };

	/* h = (n - 1) p: 4 * 0.05 = 0.2 -> 0.2; 4 * 0.95 = 3.8 -> 3.8 */
	ck_assert_close(bootstrap_quantile(v, 5, 0.05), 0.2);
	ck_assert_close(bootstrap_quantile(v, 5, 0.95), 3.8);
	ck_assert_close(bootstrap_quantile(v, 5, 0.5), 2);
	ck_assert_close(bootstrap_quantile(v, 1, 0.95), 0);
}
END_TEST

START_TEST(bootstrap_intervals_by_hand)
{
	/* Two experts, yes and no. A resampled panel is {x,x} (score 1),
	 * {y,y} (0) or mixed (median 0.5), each at least a quarter of the
	 * time: over 2000 replicates the 5th percentile is 0 and the 95th
	 * is 1. A unanimous article gets a zero-width interval. */
	struct fixture f;
	struct score_options opt;
	struct score_result *r, *again;

	fixture_load(&f,
		     HEADER "A,UNTOC,5,legislative,q,yesno,,1\n"
		     "B,UNTOC,6,legislative,q,yesno,,1\n",
		     AHEADER "XEA,1,x,A,yes,\nXEA,1,y,A,no,\n"
		     "XEA,1,x,B,yes,\nXEA,1,y,B,yes,\n");
	score_options_init(&opt);
	opt.bootstrap = 2000;
	opt.seed = 7;
	r = fixture_score(&f, NULL, NULL, &opt);
	ck_assert(r->instruments[0].articles[0].dims[0].has_interval);
	ck_assert_close(r->instruments[0].articles[0].dims[0].interval_lo, 0);
	ck_assert_close(r->instruments[0].articles[0].dims[0].interval_hi, 1);
	ck_assert_close(r->instruments[0].articles[1].dims[0].interval_lo, 1);
	ck_assert_close(r->instruments[0].articles[1].dims[0].interval_hi, 1);
	/* The same seed gives the same intervals. */
	opt.bootstrap = 50;
	score_result_free(r);
	r = fixture_score(&f, NULL, NULL, &opt);
	again = fixture_score(&f, NULL, NULL, &opt);
	ck_assert(r->instruments[0].articles[0].dims[0].interval_lo ==
		  again->instruments[0].articles[0].dims[0].interval_lo);
	ck_assert(r->instruments[0].articles[0].dims[0].interval_hi ==
		  again->instruments[0].articles[0].dims[0].interval_hi);
	score_result_free(r);
	score_result_free(again);
	fixture_release(&f);
}
END_TEST

START_TEST(agreement_per_instrument_and_kappa)
{
	/* UNTOC: x and y agree on both indicators: alpha 1 (nominal).
	 * TIP: they split on both: yes/no and no/yes: nominal alpha
	 * 1 - (n - 1) * D_o / D_e with n = 4: o(yes,no) = o(no,yes) = 2,
	 * n_yes = n_no = 2: alpha = 1 - 3 * 4 / 8 = -0.5.
	 * Fleiss' kappa over the four indicators (2 raters each): P_i is
	 * 1, 1, 0, 0 -> P = 0.5; p_yes = p_no = 0.5 -> P_e = 0.5: kappa 0. */
	struct fixture f;
	struct score_options opt;
	struct score_result *r;

	fixture_load(&f,
		     HEADER "U1,UNTOC,5,legislative,q,yesno,,1\n"
		     "U2,UNTOC,5,legislative,q,yesno,,1\n"
		     "T1,TIP,5,legislative,q,yesno,,1\n"
		     "T2,TIP,5,legislative,q,yesno,,1\n",
		     AHEADER "XEA,1,x,U1,yes,\nXEA,1,y,U1,yes,\n"
		     "XEA,1,x,U2,no,\nXEA,1,y,U2,no,\n"
		     "XEA,1,x,T1,yes,\nXEA,1,y,T1,no,\n"
		     "XEA,1,x,T2,no,\nXEA,1,y,T2,yes,\n");
	score_options_init(&opt);
	opt.agreement_metric = AGREEMENT_NOMINAL;
	r = fixture_score(&f, NULL, NULL, &opt);
	ck_assert(r->instruments[0].alpha.defined);
	ck_assert_close(r->instruments[0].alpha.value, 1);
	ck_assert(r->instruments[1].alpha.defined);
	ck_assert_close(r->instruments[1].alpha.value, -0.5);
	ck_assert(r->kappa.defined);
	ck_assert_close(r->kappa.value, 0);
	score_result_free(r);
	fixture_release(&f);
}
END_TEST

START_TEST(obligation_factors_parse)
{
	double f[3] = { 9, 9, 9 };

	ck_assert(score_parse_factors("1,0.4,0", f));
	ck_assert(f[0] == 1 && f[1] == 0.4 && f[2] == 0);
	ck_assert(!score_parse_factors("1,0.5", f));
	ck_assert(!score_parse_factors("1,-0.5,0", f));
	ck_assert(!score_parse_factors("a,b,c", f));
}
END_TEST

/* The merged answer of an indicator of type and scoring at score s. */
static char *merged(const char *type, const char *scoring, double s,
		    const double *numbers, size_t n, enum consensus_rule rule)
{
	struct indicator ind;
	enum answer_type_field field;
	char *err = NULL, *out;

	memset(&ind, 0, sizeof(ind));
	ck_assert(answer_type_parse(&ind.type, type, scoring, &err, &field));
	out = merge_answer(&ind, rule, s, numbers, n);
	answer_type_release(&ind.type);
	return out;
}

START_TEST(merged_answers_in_the_indicator_terms)
{
	const double numbers[] = { 12, 4, 7 };
	struct { const char *type, *scoring; double s; const char *want; } c[] = {
		{ "yesno", "", 1, "yes" },
		{ "yesno", "", 2.0 / 3.0, "yes" },	/* nearest */
		{ "yesno", "", 0.5, "no" },		/* tie: lower */
		{ "yesnopartial", "", 0.6, "partial" },
		{ "yesnopartial", "", 0.75, "partial" },	/* tie: lower */
		{ "choice:none|draft|law", "none=0;draft=0.25;law=1", 0.625,
		  "draft" },
		{ "scale:1-5", "", 0.375, "2.5" },
		{ "scale:1-5", "reverse", 0.25, "4" },
		{ "percent", "", 0.455, "45.5" },
		{ "percent", "reverse", 0.7, "30" },
	};
	for (size_t i = 0; i < sizeof(c) / sizeof(c[0]); i++) {
		char *got = merged(c[i].type, c[i].scoring, c[i].s, NULL, 0,
				   CONSENSUS_MEDIAN);
		ck_assert_msg(!strcmp(got, c[i].want), "%s at %g: %s, not %s",
			      c[i].type, c[i].s, got, c[i].want);
		free(got);
	}
	/* number: the rule over the raw numbers: median 7, mean 23/3 */
	{
		char *got = merged("number", ">=10:1;*:0", 0, numbers, 3,
				   CONSENSUS_MEDIAN);
		ck_assert_str_eq(got, "7");
		free(got);
		got = merged("number", ">=10:1;*:0", 0, numbers, 3,
			     CONSENSUS_MEAN);
		ck_assert_str_eq(got, "7.666667");
		free(got);
	}
}
END_TEST

Suite *suite_panel(void)
{
	Suite *s = suite_create("panel");
	ADD_TEST(s, disagreements_flagged_and_ordered);
	ADD_TEST(s, citations_in_three_languages);
	ADD_TEST(s, unsupported_positive_legislative_answers);
	ADD_TEST(s, bootstrap_quantiles);
	ADD_TEST(s, bootstrap_intervals_by_hand);
	ADD_TEST(s, agreement_per_instrument_and_kappa);
	ADD_TEST(s, obligation_factors_parse);
	ADD_TEST(s, merged_answers_in_the_indicator_terms);
	return s;
}

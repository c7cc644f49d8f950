/* SPDX-License-Identifier: Apache-2.0 */
/*
 * test-observe.c - observations and recommended actions of an article
 * dimension, on a small set worked out by hand: a met alternative (and
 * nothing recommended about its other member), a partly met unit on
 * which the experts are divided, an unanswered mandatory unit (an
 * information action), equal recommendations merged, mandatory actions
 * first, and an article without a need left unobserved.
 */
#include "config.h"
#include "tests.h"
#include "score/observe.h"

#include <stdlib.h>
#include <string.h>

#define HEADER "id,instrument,article,dimension,paragraph,question," \
	       "answer_type,weight,obligation,alternative,recommendation," \
	       "guide_ref,model_law\n"
#define AHEADER "country,round,expert,indicator,answer,evidence,comment\n"

/*
 * UNTOC 5, legislative. Units: A = {A1, A2} (alternatives, w 2), B (w
 * 1), C (w 1), D (w 4, consider), E (w 5, consider); UNTOC 6: F.
 * A1 no x3, A2 yes x3: A met through A2 (consensus 1).
 * B partial, no, partial: median 0.5, partly met, divided 2 / 1.
 * C empty, n/a without a reason, unknown: not answered (2 missing, 1
 * unjustified n/a): an information need.
 * D, E no x3: not met.
 * Answered weight 2 + 1 + 4 + 5 = 12, applicable 13. Unmet shares:
 * B 1 * 0.5 / 12, D 4 / 12 (same text as B: merged, 0.375, mandatory
 * as B), E 5 / 12 = 0.4167 (consider), C 1 / 13 = 0.0769.
 * Order: B+D (mandatory, 0.375), C (mandatory, 0.0769), E (consider).
 */
static const char indicators[] =
	HEADER
	"A1,UNTOC,5,legislative,1(a)(i),Agreement?,yesno,2,mandatory,5-1a,"
	"Establish the agreement offence.,LG art. 5,\n"
	"A2,UNTOC,5,legislative,1(a)(ii),Participation?,yesno,2,mandatory,"
	"5-1a,Establish the participation offence.,LG art. 5,\n"
	"B,UNTOC,5,legislative,1(b),Organizing?,yesnopartial,1,mandatory,,"
	"Establish the organizing offence.,LG art. 5,Model law art. 11\n"
	"C,UNTOC,5,legislative,2,Inference?,yesno,1,mandatory,,"
	"Provide for inference.,LG art. 5,\n"
	"D,UNTOC,5,legislative,3,Directing?,yesno,4,consider,,"
	"Establish the organizing offence.,LG other,\n"
	"E,UNTOC,5,legislative,4,Liability?,yesno,5,consider,,"
	"Consider liability.,,\n"
	"F,UNTOC,6,legislative,1,Laundering?,yesno,1,mandatory,,"
	"Establish laundering.,,\n";
static const char answers[] =
	AHEADER
	"XEA,1,e1,A1,no,,\nXEA,1,e2,A1,no,,\nXEA,1,e3,A1,no,,\n"
	"XEA,1,e1,A2,yes,Penal Code s. 12,\nXEA,1,e2,A2,yes,,\n"
	"XEA,1,e3,A2,yes,,\n"
	"XEA,1,e1,B,partial,Penal Code s. 5,\nXEA,1,e2,B,no,,\n"
	"XEA,1,e3,B,partial,Penal Code s. 5,\n"
	"XEA,1,e1,C,,,\nXEA,1,e2,C,n/a,,\nXEA,1,e3,C,unknown,,\n"
	"XEA,1,e1,D,no,,\nXEA,1,e2,D,no,,\nXEA,1,e3,D,no,,\n"
	"XEA,1,e1,E,no,,\nXEA,1,e2,E,no,,\nXEA,1,e3,E,no,,\n"
	"XEA,1,e1,F,yes,,\nXEA,1,e2,F,yes,,\nXEA,1,e3,F,yes,,\n";

/* The set's id of indicator i. */
static const char *id_of(const struct score_result *r, size_t i)
{
	return r->set->items[i].id;
}

START_TEST(observations_per_unit)
{
	struct fixture f;
	struct score_result *r;
	struct dim_observations o;
	const struct observation *a, *b, *c;

	fixture_load(&f, indicators, answers);
	r = fixture_score(&f, NULL, NULL, NULL);
	observe_dimension(&o, r, 0, 0, DIM_LEGISLATIVE, NULL);
	ck_assert_uint_eq(o.count, 5);
	a = &o.items[0];
	b = &o.items[1];
	c = &o.items[2];
	/* The alternative met by A2 is met. */
	ck_assert_int_eq(a->state, OBS_MET);
	ck_assert_str_eq(id_of(r, a->lead), "A2");
	ck_assert_str_eq(a->paragraph, "1(a)(i) or 1(a)(ii)");
	ck_assert_str_eq(a->text,
		"Paragraph 1(a)(i) or 1(a)(ii) (A1, A2; alternatives; "
		"mandatory): met through A2 (paragraph 1(a)(ii)), one of the "
		"alternatives. Evidence cited on A2: \"Penal Code s. 12\" "
		"(e1).");
	/* B: partly met, the experts divided 2 / 1, one evidence for two. */
	ck_assert_int_eq(b->state, OBS_PARTLY_MET);
	ck_assert_close(b->score, 0.5);
	ck_assert(b->divided);
	ck_assert_uint_eq(b->nanswers, 2);
	ck_assert_str_eq(b->answers[0].answer, "partial");
	ck_assert_uint_eq(b->answers[0].count, 2);
	ck_assert_uint_eq(b->nevidence, 2);
	ck_assert_str_eq(b->text,
		"Paragraph 1(b) (B; mandatory): partly met, consensus 0.5. "
		"Asked: Organizing? The experts are divided: 2 answered "
		"\"partial\", 1 answered \"no\". Evidence cited: \"Penal Code s. 5\" "
		"(e1, e3).");
	/* C: not answered, and why. */
	ck_assert_int_eq(c->state, OBS_NOT_ANSWERED);
	ck_assert_str_eq(c->text,
		"Paragraph 2 (C; mandatory): not answered: no expert gave a "
		"scored answer; 2 left it empty or unknown; 1 answered n/a "
		"without a reason, which counts as missing. Asked: "
		"Inference?");
	ck_assert_int_eq(o.items[3].state, OBS_NOT_MET);
	ck_assert_ptr_nonnull(strstr(o.items[3].text, "(D; to consider): "
					 "not met. Asked: Directing? All 3 "
					 "experts who answered said \"no\". No "
					 "evidence was cited."));
	dim_observations_release(&o);
	score_result_free(r);
	fixture_release(&f);
}
END_TEST

START_TEST(recommended_actions_merged_and_ordered)
{
	struct fixture f;
	struct score_result *r;
	struct dim_observations o;
	const struct rec_action *act;

	fixture_load(&f, indicators, answers);
	r = fixture_score(&f, NULL, NULL, NULL);
	observe_dimension(&o, r, 0, 0, DIM_LEGISLATIVE, NULL);
	ck_assert_uint_eq(o.nactions, 3);
	/* B and D ask for the same: one action, mandatory as B. */
	act = &o.actions[0];
	ck_assert_int_eq(act->kind, NEED_GAP);
	ck_assert_str_eq(act->text, "Establish the organizing offence.");
	ck_assert_int_eq(act->obligation, OBLIGATION_MANDATORY);
	ck_assert_close(act->unmet, 0.5 / 12 + 4.0 / 12);
	ck_assert_uint_eq(act->nindicators, 2);
	ck_assert_str_eq(id_of(r, act->indicators[0]), "B");
	ck_assert_str_eq(id_of(r, act->indicators[1]), "D");
	ck_assert_str_eq(act->paragraph, "1(b), 3");
	ck_assert_str_eq(act->guide_ref, "LG art. 5; LG other");
	ck_assert_str_eq(act->model_law, "Model law art. 11");
	/* C: information, mandatory, before E (consider) despite its
	 * smaller share. */
	act = &o.actions[1];
	ck_assert_int_eq(act->kind, NEED_INFORMATION);
	ck_assert_close(act->unmet, 1.0 / 13);
	ck_assert_str_eq(act->text,
		"Establish whether paragraph 2 (C) is met: no expert "
		"answered it; an n/a counts as not applicable only with its "
		"reason (a comment or evidence).");
	act = &o.actions[2];
	ck_assert_str_eq(act->text, "Consider liability.");
	ck_assert_int_eq(act->obligation, OBLIGATION_CONSIDER);
	ck_assert_str_eq(act->guide_ref, "");
	/* Nothing is recommended about the met alternative. */
	for (size_t k = 0; k < o.nactions; k++) {
		ck_assert_ptr_null(strstr(o.actions[k].text, "agreement"));
		ck_assert_ptr_null(strstr(o.actions[k].text, "participation"));
	}
	dim_observations_release(&o);
	score_result_free(r);
	fixture_release(&f);
}
END_TEST

START_TEST(no_need_no_observation)
{
	/* UNTOC 6: F yes x3, no gap and nothing unanswered. */
	struct fixture f;
	struct score_result *r;
	struct dim_observations o;

	fixture_load(&f, indicators, answers);
	r = fixture_score(&f, NULL, NULL, NULL);
	ck_assert(!observe_wanted(r, 0, 1, DIM_LEGISLATIVE));
	observe_dimension(&o, r, 0, 1, DIM_LEGISLATIVE, NULL);
	ck_assert_uint_eq(o.count, 0);
	ck_assert_uint_eq(o.nactions, 0);
	dim_observations_release(&o);
	score_result_free(r);
	fixture_release(&f);
}
END_TEST

START_TEST(not_applicable_gives_the_reason)
{
	/* G n/a with a comment: not applicable, the comment quoted; H no:
	 * a gap, so the dimension is observed. Without a recommendation,
	 * H's action names its paragraph and question. */
	struct fixture f;
	struct score_result *r;
	struct dim_observations o;

	fixture_load(&f,
		     HEADER
		     "G,TIP,9,legislative,2,Border?,yesno,1,mandatory,,,,\n"
		     "H,TIP,9,legislative,3,Training?,yesno,1,mandatory,,,,\n",
		     AHEADER
		     "XEA,1,e1,G,n/a,,No land border\n"
		     "XEA,1,e1,H,no,,\n");
	r = fixture_score(&f, NULL, NULL, NULL);
	observe_dimension(&o, r, 0, 0, DIM_LEGISLATIVE, NULL);
	ck_assert_uint_eq(o.count, 2);
	ck_assert_int_eq(o.items[0].state, OBS_NOT_APPLICABLE);
	ck_assert_str_eq(o.items[0].text,
		"Paragraph 2 (G; mandatory): not applicable, as e1 said: "
		"\"No land border\".");
	ck_assert_uint_eq(o.nactions, 1);
	ck_assert_str_eq(o.actions[0].text, "Address paragraph 3: Training?");
	ck_assert_str_eq(o.items[1].text,
		"Paragraph 3 (H; mandatory): not met. Asked: Training? The "
		"one expert who answered said \"no\". No evidence was "
		"cited.");
	dim_observations_release(&o);
	score_result_free(r);
	fixture_release(&f);
}
END_TEST

START_TEST(follow_up_and_partial_alternative)
{
	/* P1 partial, P2 no (alternatives): the unit takes P1's 0.5. Q
	 * follows P2 (asked when P2 is yes): P2 is no, so Q does not
	 * apply. */
	struct fixture f;
	struct score_result *r;
	struct dim_observations o;

	fixture_load(&f,
		     "id,instrument,article,dimension,paragraph,question,"
		     "answer_type,alternative,depends_on\n"
		     "P1,SOM,6,legislative,1(a),Smuggling?,yesnopartial,p,\n"
		     "P2,SOM,6,legislative,1(b),Documents?,yesno,p,\n"
		     "Q,SOM,6,legislative,1(c),Follow-up?,yesno,,P2=yes\n",
		     AHEADER "XEA,1,e1,P1,partial,,\nXEA,1,e1,P2,no,,\n");
	r = fixture_score(&f, NULL, NULL, NULL);
	observe_dimension(&o, r, 0, 0, DIM_LEGISLATIVE, NULL);
	ck_assert_uint_eq(o.count, 2);
	ck_assert_int_eq(o.items[0].state, OBS_PARTLY_MET);
	ck_assert_ptr_nonnull(strstr(o.items[0].text,
		"(P1, P2; alternatives; mandatory): partly met: the better of "
		"the alternatives, P1 (paragraph 1(a)), has consensus 0.5."));
	ck_assert_int_eq(o.items[1].state, OBS_NOT_APPLICABLE);
	ck_assert_str_eq(o.items[1].text,
		"Paragraph 1(c) (Q; mandatory): not applicable: it follows P2 "
		"and applies only when the answer to it is yes; the panel's "
		"answer was different.");
	dim_observations_release(&o);
	score_result_free(r);
	fixture_release(&f);
}
END_TEST

Suite *suite_observe(void)
{
	Suite *s = suite_create("observe");

	ADD_TEST(s, observations_per_unit);
	ADD_TEST(s, recommended_actions_merged_and_ordered);
	ADD_TEST(s, no_need_no_observation);
	ADD_TEST(s, not_applicable_gives_the_reason);
	ADD_TEST(s, follow_up_and_partial_alternative);
	return s;
}

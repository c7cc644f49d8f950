/* SPDX-License-Identifier: Apache-2.0 */
/*
 * test-plan.c - the technical assistance plan (plan/2), on a fixture
 * whose every number is worked out by hand below: each need once, in
 * plan order; category shares from the units behind a need that add up
 * exactly to its priority (largest remainder); summaries that add up to
 * the plan total; information needs; an alternative met by one member
 * leaving the other out; effort bands; targets (next band, top band,
 * information, --target); --latest and --min-priority; plan.csv (one
 * row per need, spreadsheet-safe) and plan.html (escaped, no script);
 * byte-identical output.
 */
#include "config.h"
#include "tests.h"

#include <stdlib.h>
#include <string.h>

#include "base/strbuf.h"
#include "base/text.h"
#include "score/plan.h"
#include "publish/csvout.h"

#define HEADER "id,instrument,article,article_title,dimension,question," \
	       "answer_type,weight,article_weight,obligation,alternative," \
	       "guide_ref,ta_category,recommendation,cluster,beneficiary," \
	       "activity,model_law\n"
#define AHEADER "country,round,expert,indicator,answer\n"

/*
 * UNTOC 5 legislative, article_weight 2: L1 (w 2) and L2 (w 1) are
 *   alternatives (unit A: weight 2, mandatory); L3 (w 1, mandatory,
 *   yesnopartial); L4 (w 1, consider: factor 0.5, no category, no
 *   beneficiary, no activity).
 * UNTOC 6 implementation, article_weight 1: I1, I2, I3 (w 1 each), one
 *   category each, activities data-systems, equipment and
 *   institutional-development (effort factor 2 each).
 * TIP 7 legislative, article_weight 1, no cluster: N1 (w 1), N2 (w 3),
 *   N3 (w 1, yesnopartial), all mandatory.
 */
static const char indicators[] =
	HEADER
	"L1,UNTOC,5,Participation,legislative,Is agreeing an offence?,yesno,"
	"2,2,mandatory,agree,Guide 5,legislative-drafting,"
	"Make agreeing an offence.,criminalization-jurisdiction,"
	"ministry-of-justice;legislature,legislative-drafting,ML 5.1\n"
	"L2,UNTOC,5,Participation,legislative,Is taking part an offence?,"
	"yesno,1,2,mandatory,agree,Guide 5,"
	"legislative-drafting;international-cooperation,"
	"Make taking part an offence.,criminalization-jurisdiction,"
	"legislature,"
	"legislative-drafting,\n"
	"L3,UNTOC,5,Participation,legislative,Are legal persons liable?,"
	"yesnopartial,1,2,mandatory,,,capacity-building,"
	"Extend liability to legal persons.,criminalization-jurisdiction,"
	"prosecution,"
	"training,\n"
	"L4,UNTOC,5,Participation,legislative,Is conspiracy covered?,yesno,"
	"1,2,consider,,,,,criminalization-jurisdiction,,,\n"
	"I1,UNTOC,6,Laundering,implementation,Are cases recorded?,yesno,1,1,"
	"mandatory,,,data-collection,Set up a case register.,"
	"law-enforcement-judicial,"
	"statistics-office,data-systems,\n"
	"I2,UNTOC,6,Laundering,implementation,Are scanners in use?,yesno,1,1,"
	"mandatory,,,equipment,Provide scanners.,law-enforcement-judicial,"
	"customs,"
	"equipment,\n"
	"I3,UNTOC,6,Laundering,implementation,Is there a unit?,yesno,1,1,"
	"mandatory,,,capacity-building,Set up a unit.,"
	"law-enforcement-judicial,police,"
	"institutional-development,\n"
	"N1,TIP,7,Definitions,legislative,Is trafficking defined?,yesno,1,1,"
	"mandatory,,,legislative-drafting,Define trafficking.,,,"
	"legislative-drafting,\n"
	"N2,TIP,7,Definitions,legislative,Is consent irrelevant?,yesno,3,1,"
	"mandatory,,,international-cooperation,Make consent irrelevant.,,,,\n"
	"N3,TIP,7,Definitions,legislative,Are children covered?,yesnopartial,"
	"1,1,mandatory,,Guide TIP 3,legislative-drafting,Cover children.,,,"
	"legislative-drafting,TIP-ML 8\n";

/*
 * XEA 2026: L1 yes, L2 no (unit A met by L1), L3 partial, L4 no; I1-I3
 *   no; N1 yes, N2 unknown, N3 yes.
 *   UNTOC 5 leg: score (2x1 + 0.5 + 0) / 4 = 0.625; required (2 + 0.5)
 *     / 3 = 0.8333 (LC); priority 2 x (1 x 0.5 x 1 + 1 x 1 x 0.5) / 4 =
 *     0.5. Behind: L3, L4 (not L2). Categories: L3 0.5 capacity-building,
 *     L4 0.5 unspecified -> 0.25 + 0.25. Effort 1 x 0.5 x 1.5 + 1 x 1 x 1
 *     = 1.75: small. Target: next band above LC: C 0.85.
 *   UNTOC 6 imp: score 0, priority 1; categories 1/3 each: 3333.33
 *     units -> the first (data-collection) takes the remaining unit:
 *     0.3334 + 0.3333 + 0.3333. Effort 2 + 2 + 2 = 6: large. Target:
 *     low -> moderate 0.35.
 *   TIP 7 leg: coverage 2 / 5 = 0.4 (insufficient-data); score 1, no
 *     gap; information need (N2) of priority 3 / 5 = 0.6, category
 *     international-cooperation; effort 3 x 0.5 = 1.5: small; target
 *     coverage 1.
 * XEB 2026: L1-L4 no; I1-I3 yes; N1-N3 yes.
 *   UNTOC 5 leg: score 0, required 0 (NC); priority 2 x (2 + 1 + 0.5) /
 *     4 = 1.75. Behind: L1, L2, L3, L4. Categories: unit A 2 over
 *     legislative-drafting and international-cooperation (1 each), L3 1
 *     capacity-building, L4 0.5 unspecified -> 0.5, 0.5, 0.5, 0.25.
 *     Beneficiaries ministry-of-justice, legislature, prosecution:
 *     17500 / 3 -> 0.5834, 0.5833, 0.5833. Effort 2 + 1 + 1.5 + 1 = 5.5:
 *     medium. Target NC -> PC 0.35.
 * XEC 2026: L1 yes, L2 no, L3 yes, L4 no; I1-I3 yes.
 *   UNTOC 5 leg: score 0.75, required 1 (C); priority 2 x 0.5 / 4 =
 *     0.25, all unspecified (L4). The measure is the score (required is
 *     1): 0.75 -> C 0.85.
 * XED 2026: N1 yes, N2 yes, N3 partial (only TIP answered).
 *   TIP 7 leg: score = required = 4.5 / 5 = 0.9 (C); priority 0.5 / 5 =
 *     0.1, legislative-drafting. Top band: target 1.
 * Plan order: XEB-5 1.75, XEA-6 1, XEA-7 info 0.6, XEA-5 0.5, XEC-5
 * 0.25, XED-7 0.1; total 4.2.
 */
static const char answers[] =
	AHEADER
	"XEA,2026,e1,L1,yes\n" "XEA,2026,e1,L2,no\n"
	"XEA,2026,e1,L3,partial\n" "XEA,2026,e1,L4,no\n"
	"XEA,2026,e1,I1,no\n" "XEA,2026,e1,I2,no\n" "XEA,2026,e1,I3,no\n"
	"XEA,2026,e1,N1,yes\n" "XEA,2026,e1,N2,unknown\n"
	"XEA,2026,e1,N3,yes\n"
	"XEB,2026,e1,L1,no\n" "XEB,2026,e1,L2,no\n" "XEB,2026,e1,L3,no\n"
	"XEB,2026,e1,L4,no\n"
	"XEB,2026,e1,I1,yes\n" "XEB,2026,e1,I2,yes\n" "XEB,2026,e1,I3,yes\n"
	"XEB,2026,e1,N1,yes\n" "XEB,2026,e1,N2,yes\n" "XEB,2026,e1,N3,yes\n"
	"XEC,2026,e1,L1,yes\n" "XEC,2026,e1,L2,no\n" "XEC,2026,e1,L3,yes\n"
	"XEC,2026,e1,L4,no\n"
	"XEC,2026,e1,I1,yes\n" "XEC,2026,e1,I2,yes\n" "XEC,2026,e1,I3,yes\n"
	"XED,2026,e1,N1,yes\n" "XED,2026,e1,N2,yes\n"
	"XED,2026,e1,N3,partial\n";

/* The needs' ids in plan order. */
static const char *const plan_order[] = {
	"XEB-2026-UNTOC-5-legislative-gap",
	"XEA-2026-UNTOC-6-implementation-gap",
	"XEA-2026-TIP-7-legislative-information",
	"XEA-2026-UNTOC-5-legislative-gap",
	"XEC-2026-UNTOC-5-legislative-gap",
	"XED-2026-TIP-7-legislative-gap",
};
#define NNEEDS (sizeof(plan_order) / sizeof(plan_order[0]))

/* Load the fixture (it must be valid) and build its plan. */
static struct plan *build(struct fixture *f, const char *ind,
			  const char *ans, const struct plan_options *opt)
{
	struct plan_options defaults;

	if (!opt) {
		plan_options_init(&defaults);
		opt = &defaults;
	}
	fixture_load(f, ind, ans);
	if (f->status != DIAG_OK) {
		fixture_print_diags(f);
		ck_abort_msg("fixture did not load");
	}
	return plan_build(&f->in.set, &f->in.tally, opt);
}

/* The need with this id (it must be there). */
static const struct plan_need *need(const struct plan *p, const char *id)
{
	for (size_t k = 0; k < p->nneeds; k++)
		if (!strcmp(p->needs[k].id, id))
			return &p->needs[k];
	ck_abort_msg("no need %s", id);
	return NULL;
}

/* The group named name of an axis (it must be there). */
static const struct plan_group *group(const struct plan *p,
				      enum plan_axis axis, const char *name)
{
	const struct plan_summary *s = &p->summaries[axis];

	for (size_t g = 0; g < s->ngroups; g++)
		if (!strcmp(s->groups[g].name, name))
			return &s->groups[g];
	ck_abort_msg("no group %s", name);
	return NULL;
}

/* Check n's category shares: names and units, in order. */
static void check_shares(const struct plan_need *n, size_t count,
			 const char *const *names, const long long *units)
{
	long long sum = 0;

	ck_assert_uint_eq(n->ncategories, count);
	for (size_t c = 0; c < count; c++) {
		ck_assert_str_eq(n->categories[c].name, names[c]);
		ck_assert_int_eq(n->categories[c].units, units[c]);
		sum += n->categories[c].units;
	}
	ck_assert_int_eq(sum, n->units);
}

/* The ids of the indicators behind n, joined with spaces. */
static char *behind(const struct plan *p, const struct plan_need *n)
{
	struct strbuf sb;

	strbuf_init(&sb);
	for (size_t k = 0; k < n->nindicators; k++)
		strbuf_addf(&sb, "%s%s", k ? " " : "",
			    p->set->items[n->indicators[k].indicator].id);
	return strbuf_detach(&sb);
}

/* plan.html of p as a fresh string. */
static char *html_of(const struct plan *p)
{
	struct strbuf sb;
	struct sink out;

	strbuf_init(&sb);
	sink_init_strbuf(&out, &sb);
	plan_html(&out, p);
	return strbuf_detach(&sb);
}

START_TEST(each_need_once_in_plan_order)
{
	struct fixture f;
	struct plan *p = build(&f, indicators, answers, NULL);
	static const long long units[NNEEDS] = { 17500, 10000, 6000, 5000,
						 2500, 1000 };

	ck_assert_uint_eq(p->nassessments, 4);
	ck_assert_uint_eq(p->nneeds, NNEEDS);
	for (size_t k = 0; k < NNEEDS; k++) {
		ck_assert_str_eq(p->needs[k].id, plan_order[k]);
		ck_assert_int_eq(p->needs[k].units, units[k]);
	}
	ck_assert_int_eq(p->total_units, 42000);
	ck_assert_uint_eq(p->ncountries, 4);
	ck_assert_uint_eq(p->kinds[NEED_GAP].nneeds, 5);
	ck_assert_int_eq(p->kinds[NEED_GAP].units, 36000);
	ck_assert_uint_eq(p->kinds[NEED_INFORMATION].nneeds, 1);
	ck_assert_int_eq(p->kinds[NEED_INFORMATION].units, 6000);
	/* The numbers of one need, as its report gives them. */
	const struct plan_need *n = need(p, plan_order[3]);
	ck_assert_close(n->value.score, 0.625);
	ck_assert_close(round4(n->value.required), 0.8333);
	ck_assert_close(n->value.coverage, 1);
	ck_assert_str_eq(n->rating, "LC");
	ck_assert_int_eq(n->status, DIM_RATED);
	ck_assert_close(n->priority, 0.5);
	plan_free(p);
	fixture_release(&f);
}
END_TEST

START_TEST(category_shares_add_up_to_the_priority)
{
	struct fixture f;
	struct plan *p = build(&f, indicators, answers, NULL);
	static const char *const xeb[] = { "capacity-building",
					   "international-cooperation",
					   "legislative-drafting",
					   PLAN_UNSPECIFIED };
	static const long long xeb_units[] = { 5000, 5000, 5000, 2500 };
	/* Thirds: rounded on their own they would add up to 0.9999. */
	static const char *const xea6[] = { "data-collection",
					    "capacity-building", "equipment" };
	static const long long xea6_units[] = { 3334, 3333, 3333 };
	static const char *const xea5[] = { "capacity-building",
					    PLAN_UNSPECIFIED };
	static const long long xea5_units[] = { 2500, 2500 };

	check_shares(need(p, plan_order[0]), 4, xeb, xeb_units);
	check_shares(need(p, plan_order[1]), 3, xea6, xea6_units);
	check_shares(need(p, plan_order[3]), 2, xea5, xea5_units);
	/* Every need, whatever its shares. */
	for (size_t k = 0; k < p->nneeds; k++) {
		long long sum = 0;
		for (size_t c = 0; c < p->needs[k].ncategories; c++)
			sum += p->needs[k].categories[c].units;
		ck_assert_int_eq(sum, p->needs[k].units);
	}
	plan_free(p);
	fixture_release(&f);
}
END_TEST

START_TEST(summaries_add_up_to_the_plan_total)
{
	/*
	 * Categories: international-cooperation 0.5 + 0.6 = 1.1;
	 * capacity-building 0.5 + 0.3333 + 0.25 = 1.0833; unspecified
	 * 0.25 x 3 = 0.75; legislative-drafting 0.5 + 0.1 = 0.6;
	 * data-collection 0.3334; equipment 0.3333: 4.2 in all.
	 * Beneficiaries: prosecution 0.5833 + 0.5 = 1.0833; unspecified
	 * 0.6 + 0.25 + 0.1 = 0.95; ministry-of-justice 0.5834, ...
	 * Clusters: criminalization-jurisdiction 2.5,
	 * law-enforcement-judicial 1, unspecified 0.7.
	 * Countries: XEA 2.1, XEB 1.75, XEC 0.25, XED 0.1.
	 */
	struct fixture f;
	struct plan *p = build(&f, indicators, answers, NULL);
	static const char *const cats[] = {
		"international-cooperation", "capacity-building",
		PLAN_UNSPECIFIED, "legislative-drafting", "data-collection",
		"equipment",
	};
	static const long long cat_units[] = { 11000, 10833, 7500, 6000,
					       3334, 3333 };
	const struct plan_summary *s = &p->summaries[PLAN_BY_CATEGORY];
	const struct plan_group *g;

	for (int axis = 0; axis < PLAN_NAXES; axis++) {
		long long sum = 0;
		for (size_t k = 0; k < p->summaries[axis].ngroups; k++)
			sum += p->summaries[axis].groups[k].units;
		ck_assert_int_eq(sum, p->total_units);
	}
	ck_assert_uint_eq(s->ngroups, 6);
	for (size_t k = 0; k < 6; k++) {
		ck_assert_str_eq(s->groups[k].name, cats[k]);
		ck_assert_int_eq(s->groups[k].units, cat_units[k]);
	}
	g = group(p, PLAN_BY_CATEGORY, "capacity-building");
	ck_assert_uint_eq(g->nneeds, 3);
	ck_assert_uint_eq(g->ncountries, 2);
	ck_assert_str_eq(p->needs[g->needs[0]].id, plan_order[0]);
	ck_assert_str_eq(p->needs[g->needs[1]].id, plan_order[1]);
	ck_assert_str_eq(p->needs[g->needs[2]].id, plan_order[3]);
	ck_assert_int_eq(group(p, PLAN_BY_BENEFICIARY, "prosecution")->units,
			 10833);
	ck_assert_int_eq(group(p, PLAN_BY_BENEFICIARY,
			       "ministry-of-justice")->units, 5834);
	ck_assert_int_eq(group(p, PLAN_BY_BENEFICIARY, "legislature")->units,
			 5833);
	ck_assert_int_eq(group(p, PLAN_BY_BENEFICIARY,
			       PLAN_UNSPECIFIED)->units, 9500);
	ck_assert_int_eq(group(p, PLAN_BY_CLUSTER,
			       "criminalization-jurisdiction")->units, 25000);
	ck_assert_int_eq(group(p, PLAN_BY_CLUSTER, PLAN_UNSPECIFIED)->units,
			 7000);
	ck_assert_int_eq(group(p, PLAN_BY_ACTIVITY, "training")->units,
			 8750 + 5000);
	ck_assert_str_eq(p->summaries[PLAN_BY_COUNTRY].groups[0].name, "XEA");
	ck_assert_int_eq(p->summaries[PLAN_BY_COUNTRY].groups[0].units,
			 21000);
	ck_assert_uint_eq(p->summaries[PLAN_BY_COUNTRY].groups[0].nneeds, 3);
	plan_free(p);
	fixture_release(&f);
}
END_TEST

START_TEST(information_needs_are_listed_with_their_kind)
{
	struct fixture f;
	struct plan *p = build(&f, indicators, answers, NULL);
	const struct plan_need *n = need(p, plan_order[2]);
	char *ids = behind(p, n);

	ck_assert_int_eq(n->kind, NEED_INFORMATION);
	ck_assert_str_eq(ids, "N2");
	ck_assert(!n->indicators[0].has_score);
	ck_assert_int_eq(n->status, DIM_INSUFFICIENT);
	ck_assert_ptr_null(n->rating);
	ck_assert_close(n->value.coverage, 0.4);
	ck_assert_uint_eq(n->ncategories, 1);
	ck_assert_str_eq(n->categories[0].name, "international-cooperation");
	ck_assert_int_eq(n->categories[0].units, 6000);
	ck_assert_uint_eq(n->clusters.count, 0);
	ck_assert_int_eq(n->effort, PLAN_EFFORT_SMALL);
	ck_assert_close(n->effort_points, 1.5);
	free(ids);
	plan_free(p);
	fixture_release(&f);
}
END_TEST

START_TEST(a_met_alternative_leaves_its_other_member_out)
{
	/* XEA: L1 meets unit A, so L2 (no) is not behind the need, and
	 * neither is its category international-cooperation; XEB: unit A
	 * is unmet and both members are behind. */
	struct fixture f;
	struct plan *p = build(&f, indicators, answers, NULL);
	const struct plan_need *a = need(p, plan_order[3]);
	const struct plan_need *b = need(p, plan_order[0]);
	char *ia = behind(p, a), *ib = behind(p, b);

	ck_assert_str_eq(ia, "L3 L4");
	ck_assert_str_eq(ib, "L1 L2 L3 L4");
	for (size_t c = 0; c < a->ncategories; c++)
		ck_assert_str_ne(a->categories[c].name,
				 "international-cooperation");
	ck_assert_uint_eq(a->recommendations.count, 1);
	ck_assert_str_eq(a->recommendations.items[0],
			 "Extend liability to legal persons.");
	ck_assert_uint_eq(a->guide_refs.count, 0);
	ck_assert_uint_eq(b->guide_refs.count, 1);
	ck_assert_str_eq(b->guide_refs.items[0], "Guide 5");
	ck_assert_uint_eq(b->model_law.count, 1);
	ck_assert_str_eq(b->model_law.items[0], "ML 5.1");
	ck_assert_uint_eq(b->beneficiaries.count, 3);
	ck_assert_str_eq(b->beneficiaries.items[0], "ministry-of-justice");
	ck_assert_uint_eq(b->activities.count, 2);
	ck_assert_uint_eq(b->clusters.count, 1);
	ck_assert_str_eq(b->clusters.items[0], "criminalization-jurisdiction");
	free(ia);
	free(ib);
	plan_free(p);
	fixture_release(&f);
}
END_TEST

START_TEST(effort_bands)
{
	struct fixture f;
	struct plan *p = build(&f, indicators, answers, NULL);

	ck_assert_close(need(p, plan_order[0])->effort_points, 5.5);
	ck_assert_int_eq(need(p, plan_order[0])->effort, PLAN_EFFORT_MEDIUM);
	/* Exactly at the bound of large. */
	ck_assert_close(need(p, plan_order[1])->effort_points, 6);
	ck_assert_int_eq(need(p, plan_order[1])->effort, PLAN_EFFORT_LARGE);
	ck_assert_close(need(p, plan_order[3])->effort_points, 1.75);
	ck_assert_int_eq(need(p, plan_order[3])->effort, PLAN_EFFORT_SMALL);
	ck_assert_close(need(p, plan_order[5])->effort_points, 0.5);
	plan_free(p);
	fixture_release(&f);
}
END_TEST

/* Check need id's measure, baseline and target. */
static void check_target(const struct plan *p, const char *id,
			 enum plan_measure measure, double baseline,
			 double target, const char *rating)
{
	const struct plan_need *n = need(p, id);

	ck_assert_int_eq(n->measure, measure);
	ck_assert_close(n->baseline.value, baseline);
	ck_assert_close(n->target.value, target);
	if (rating)
		ck_assert_str_eq(n->target.rating, rating);
	else
		ck_assert_ptr_null(n->target.rating);
}

START_TEST(targets_next_band_top_band_and_information)
{
	struct fixture f;
	struct plan *p = build(&f, indicators, answers, NULL);

	check_target(p, plan_order[0], PLAN_MEASURE_REQUIRED, 0, 0.35, "PC");
	check_target(p, plan_order[1], PLAN_MEASURE_REQUIRED, 0, 0.35,
		     "moderate");
	check_target(p, plan_order[2], PLAN_MEASURE_COVERAGE, 0.4, 1, NULL);
	check_target(p, plan_order[3], PLAN_MEASURE_REQUIRED, 0.8333, 0.85,
		     "C");
	/* Required score 1 already: the score is measured. */
	check_target(p, plan_order[4], PLAN_MEASURE_SCORE, 0.75, 0.85, "C");
	/* In the top band: 1. */
	check_target(p, plan_order[5], PLAN_MEASURE_REQUIRED, 0.9, 1, "C");
	ck_assert_str_eq(need(p, plan_order[5])->baseline.rating, "C");
	plan_free(p);
	fixture_release(&f);
}
END_TEST

START_TEST(targets_chosen_with_the_option)
{
	struct fixture f;
	struct plan_options opt;
	struct plan *p;

	plan_options_init(&opt);
	ck_assert(plan_parse_target("C", &opt.target));
	p = build(&f, indicators, answers, &opt);
	check_target(p, plan_order[0], PLAN_MEASURE_REQUIRED, 0, 0.85, "C");
	/* The same band in the other dimension. */
	check_target(p, plan_order[1], PLAN_MEASURE_REQUIRED, 0, 0.85, "high");
	check_target(p, plan_order[2], PLAN_MEASURE_COVERAGE, 0.4, 1, NULL);
	check_target(p, plan_order[5], PLAN_MEASURE_REQUIRED, 0.9, 1, "C");
	plan_free(p);
	fixture_release(&f);

	/* A band not above today's value gives way to the next band. */
	ck_assert(plan_parse_target("pc", &opt.target));
	p = build(&f, indicators, answers, &opt);
	check_target(p, plan_order[0], PLAN_MEASURE_REQUIRED, 0, 0.35, "PC");
	check_target(p, plan_order[3], PLAN_MEASURE_REQUIRED, 0.8333, 0.85,
		     "C");
	plan_free(p);
	fixture_release(&f);

	ck_assert(plan_parse_target("0.5", &opt.target));
	ck_assert_int_eq(opt.target.kind, PLAN_TARGET_SCORE);
	p = build(&f, indicators, answers, &opt);
	check_target(p, plan_order[0], PLAN_MEASURE_REQUIRED, 0, 0.5, "PC");
	check_target(p, plan_order[1], PLAN_MEASURE_REQUIRED, 0, 0.5,
		     "moderate");
	check_target(p, plan_order[3], PLAN_MEASURE_REQUIRED, 0.8333, 0.85,
		     "C");
	plan_free(p);
	fixture_release(&f);

	ck_assert(plan_parse_target("next", &opt.target));
	ck_assert_int_eq(opt.target.kind, PLAN_TARGET_NEXT);
	ck_assert(plan_parse_target("Substantial", &opt.target));
	ck_assert_int_eq(opt.target.band, 1);
	ck_assert(plan_parse_target("1", &opt.target));
	ck_assert(!plan_parse_target("0", &opt.target));
	ck_assert(!plan_parse_target("1.5", &opt.target));
	ck_assert(!plan_parse_target("NC", &opt.target));
	ck_assert(!plan_parse_target("", &opt.target));
}
END_TEST

START_TEST(ties_by_country_and_gap_before_information)
{
	/* One article dimension, twice: G answered 0.5 (w 1) and M missing
	 * (w 1): gap priority 1 x 0.5 / 1 = 0.5, information priority
	 * 1 x 1 / 2 = 0.5: the gap first. XEB's and XEA's ties: XEA
	 * first. */
	struct fixture f;
	struct plan *p = build(&f,
		HEADER
		"G,UNTOC,5,T,legislative,q,yesnopartial,1,1,,,,a,,,,,\n"
		"M,UNTOC,5,T,legislative,q,yesno,1,1,,,,b,,,,,\n",
		AHEADER
		"XEB,2026,e1,G,partial\n" "XEB,2026,e1,M,unknown\n"
		"XEA,2026,e1,G,partial\n" "XEA,2026,e1,M,unknown\n", NULL);

	ck_assert_uint_eq(p->nneeds, 4);
	ck_assert_str_eq(p->needs[0].id, "XEA-2026-UNTOC-5-legislative-gap");
	ck_assert_str_eq(p->needs[1].id,
			 "XEA-2026-UNTOC-5-legislative-information");
	ck_assert_str_eq(p->needs[2].id, "XEB-2026-UNTOC-5-legislative-gap");
	ck_assert_int_eq(p->total_units, 20000);
	ck_assert_str_eq(p->needs[1].categories[0].name, "b");
	/* Categories a and b tie at 1 by name. */
	ck_assert_str_eq(p->summaries[PLAN_BY_CATEGORY].groups[0].name, "a");
	plan_free(p);
	fixture_release(&f);
}
END_TEST

START_TEST(latest_selects_each_countrys_last_round)
{
	/* Rounds sort as text: "2025-11" is after "2025-03", and with
	 * --country or --round the latest is taken among what they keep. */
	struct fixture f;
	struct plan_options opt;
	const struct assessment **sel;
	size_t n;

	fixture_load(&f, indicators,
		     AHEADER
		     "XEA,2025-03,e1,N1,no\n"
		     "XEA,2025-11,e1,N1,no\n"
		     "XEA,2024,e1,N1,no\n"
		     "XEB,2024,e1,N1,no\n"
		     "XEC,2023,e1,N1,no\n"
		     "XEC,2025-03,e1,N1,no\n");
	ck_assert_int_eq(f.status, DIAG_OK);
	plan_options_init(&opt);
	n = plan_select(&f.in.tally, &opt, &sel);
	ck_assert_uint_eq(n, 6);
	free(sel);

	opt.latest_only = true;
	n = plan_select(&f.in.tally, &opt, &sel);
	ck_assert_uint_eq(n, 3);
	ck_assert_str_eq(sel[0]->country, "XEA");
	ck_assert_str_eq(sel[0]->round, "2025-11");
	ck_assert_str_eq(sel[1]->country, "XEB");
	ck_assert_str_eq(sel[1]->round, "2024");
	ck_assert_str_eq(sel[2]->country, "XEC");
	ck_assert_str_eq(sel[2]->round, "2025-03");
	free(sel);

	opt.round = "2025-03";
	n = plan_select(&f.in.tally, &opt, &sel);
	ck_assert_uint_eq(n, 2);
	ck_assert_str_eq(sel[0]->country, "XEA");
	ck_assert_str_eq(sel[0]->round, "2025-03");
	ck_assert_str_eq(sel[1]->country, "XEC");
	free(sel);

	opt.round = NULL;
	opt.country = "XEA";
	n = plan_select(&f.in.tally, &opt, &sel);
	ck_assert_uint_eq(n, 1);
	ck_assert_str_eq(sel[0]->round, "2025-11");
	free(sel);

	opt.country = "XEZ";
	n = plan_select(&f.in.tally, &opt, &sel);
	ck_assert_uint_eq(n, 0);
	ck_assert_ptr_null(sel);
	fixture_release(&f);
}
END_TEST

START_TEST(min_priority_drops_lower_needs)
{
	/* --min-priority 0.6 keeps XEB-5 (1.75), XEA-6 (1) and XEA-7 (0.6,
	 * at the threshold): 3.35. Every assessment is still listed. */
	struct fixture f;
	struct plan_options opt;
	struct plan *p;

	plan_options_init(&opt);
	opt.min_priority = 0.6;
	p = build(&f, indicators, answers, &opt);
	ck_assert_uint_eq(p->nassessments, 4);
	ck_assert_uint_eq(p->nneeds, 3);
	ck_assert_int_eq(p->total_units, 33500);
	ck_assert_uint_eq(p->ncountries, 2);
	ck_assert_int_eq(group(p, PLAN_BY_CATEGORY,
			       "capacity-building")->units, 5000 + 3333);
	plan_free(p);
	fixture_release(&f);

	/* Above every need: an empty plan, still valid. */
	opt.min_priority = 2;
	p = build(&f, indicators, answers, &opt);
	ck_assert_uint_eq(p->nneeds, 0);
	ck_assert_int_eq(p->total_units, 0);
	ck_assert_uint_eq(p->summaries[PLAN_BY_CATEGORY].ngroups, 0);
	plan_free(p);
	fixture_release(&f);
}
END_TEST

START_TEST(totals_add_rounded_priorities)
{
	/* Three needs of priority 1/3 (percent 66.66667): each prints
	 * 0.3333, and the total is their printed sum 0.9999. */
	struct fixture f;
	struct plan *p;
	char *json;

	p = build(&f,
		  HEADER
		  "P,UNTOC,5,T,legislative,q,percent,,1,,,,drafting,,,,,\n",
		  AHEADER
		  "XEA,2026,e1,P,66.66667\n"
		  "XEB,2026,e1,P,66.66667\n"
		  "XEC,2026,e1,P,66.66667\n",
		  NULL);
	ck_assert_uint_eq(p->nneeds, 3);
	ck_assert_int_eq(p->total_units, 9999);
	ck_assert_int_eq(p->summaries[PLAN_BY_CATEGORY].groups[0].units, 9999);
	json = text_plan_json(p);
	ck_assert_ptr_nonnull(strstr(json,
		"\"totals\":\t{\n\t\t\"needs\":\t3,\n"
		"\t\t\"priority\":\t0.9999,\n"));
	ck_assert_ptr_nonnull(strstr(json, "\"priority\":\t0.3333,"));
	free(json);
	plan_free(p);
	fixture_release(&f);
}
END_TEST

START_TEST(json_layout)
{
	struct fixture f;
	struct plan *p = build(&f, indicators, answers, NULL);
	char *json = text_plan_json(p);

	ck_assert_ptr_nonnull(strstr(json,
		"\"schema\":\t\"gapscore/plan/2\""));
	ck_assert_ptr_nonnull(strstr(json,
		"\"method\":\t{\n\t\t\"consensus\":\t\"median\",\n"
		"\t\t\"coverage_threshold\":\t0.5,\n"
		"\t\t\"min_priority\":\t0,\n"
		"\t\t\"latest_only\":\tfalse,\n"
		"\t\t\"target\":\t\"next\"\n\t}"));
	ck_assert_ptr_nonnull(strstr(json,
		"\"kinds\":\t{\n\t\t\"gap\":\t{\n\t\t\t\"needs\":\t5,\n"
		"\t\t\t\"priority\":\t3.6\n\t\t},\n"
		"\t\t\"information\":\t{\n\t\t\t\"needs\":\t1,\n"
		"\t\t\t\"priority\":\t0.6\n\t\t}\n\t}"));
	ck_assert_ptr_nonnull(strstr(json,
		"\"ta_category\":\t\"international-cooperation\",\n"
		"\t\t\t\"priority\":\t1.1,\n\t\t\t\"needs\":\t2,\n"
		"\t\t\t\"countries\":\t2,\n"
		"\t\t\t\"needs_ids\":\t[\"XEB-2026-UNTOC-5-legislative-gap\", "
		"\"XEA-2026-TIP-7-legislative-information\"]"));
	ck_assert_ptr_nonnull(strstr(json,
		"\"country\":\t\"XEA\",\n"
		"\t\t\t\"country_name\":\t\"XEA\",\n"
		"\t\t\t\"priority\":\t2.1,\n"
		"\t\t\t\"needs\":\t3,\n\t\t\t\"needs_ids\""));
	ck_assert_ptr_nonnull(strstr(json,
		"\"id\":\t\"XEA-2026-UNTOC-5-legislative-gap\",\n"
		"\t\t\t\"kind\":\t\"gap\",\n\t\t\t\"country\":\t\"XEA\",\n"
		"\t\t\t\"round\":\t\"2026\",\n"
		"\t\t\t\"instrument\":\t\"UNTOC\",\n"
		"\t\t\t\"article\":\t\"5\",\n"
		"\t\t\t\"title\":\t\"Participation\",\n"
		"\t\t\t\"dimension\":\t\"legislative\",\n"
		"\t\t\t\"score\":\t0.625,\n\t\t\t\"gap\":\t0.375,\n"
		"\t\t\t\"coverage\":\t1,\n"
		"\t\t\t\"required_score\":\t0.8333,\n"
		"\t\t\t\"rating\":\t\"LC\",\n\t\t\t\"status\":\t\"rated\",\n"
		"\t\t\t\"priority\":\t0.5,\n"
		"\t\t\t\"categories\":\t[{\n"
		"\t\t\t\t\t\"category\":\t\"capacity-building\",\n"
		"\t\t\t\t\t\"priority\":\t0.25\n"));
	ck_assert_ptr_nonnull(strstr(json,
		"\"id\":\t\"L4\",\n"
		"\t\t\t\t\t\"question\":\t\"Is conspiracy covered?\",\n"
		"\t\t\t\t\t\"score\":\t0,\n"
		"\t\t\t\t\t\"recommendation\":\tnull,\n"
		"\t\t\t\t\t\"activity\":\tnull,\n"
		"\t\t\t\t\t\"beneficiaries\":\t[],\n"
		"\t\t\t\t\t\"cluster\":\t\"criminalization-jurisdiction\",\n"
		"\t\t\t\t\t\"model_law\":\tnull,\n"
		"\t\t\t\t\t\"guide_ref\":\tnull\n"));
	ck_assert_ptr_nonnull(strstr(json,
		"\"effort\":\t\"small\",\n\t\t\t\"effort_points\":\t1.75,\n"
		"\t\t\t\"baseline\":\t{\n"
		"\t\t\t\t\"measure\":\t\"required_score\",\n"
		"\t\t\t\t\"value\":\t0.8333,\n\t\t\t\t\"score\":\t0.625,\n"
		"\t\t\t\t\"required_score\":\t0.8333,\n"
		"\t\t\t\t\"coverage\":\t1,\n\t\t\t\t\"rating\":\t\"LC\",\n"
		"\t\t\t\t\"status\":\t\"rated\"\n\t\t\t},\n"
		"\t\t\t\"target\":\t{\n"
		"\t\t\t\t\"measure\":\t\"required_score\",\n"
		"\t\t\t\t\"value\":\t0.85,\n\t\t\t\t\"score\":\t0.85,\n"
		"\t\t\t\t\"rating\":\t\"C\",\n\t\t\t\t\"coverage\":\tnull\n"));
	ck_assert_ptr_nonnull(strstr(json,
		"\"target\":\t{\n\t\t\t\t\"measure\":\t\"coverage\",\n"
		"\t\t\t\t\"value\":\t1,\n\t\t\t\t\"score\":\tnull,\n"
		"\t\t\t\t\"rating\":\tnull,\n\t\t\t\t\"coverage\":\t1\n"));
	free(json);
	plan_free(p);
	fixture_release(&f);
}
END_TEST

START_TEST(csv_one_row_per_need)
{
	struct fixture f;
	struct plan *p = build(&f, indicators, answers, NULL);
	char *csv = text_plan_csv(p);
	size_t lines = 0;

	for (const char *s = csv; *s; s++)
		lines += *s == '\n';
	ck_assert_uint_eq(lines, 1 + NNEEDS);
	ck_assert_ptr_nonnull(strstr(csv,
		"id,kind,country,round,instrument,article,title,dimension,"
		"priority,gap,coverage,rating,status,categories,activity,"
		"beneficiaries,cluster,effort,measure,baseline_score,"
		"baseline_rating,target_score,target_rating,indicators,"
		"recommendations,guide_refs,model_law\n"
		"XEB-2026-UNTOC-5-legislative-gap,gap,XEB,2026,UNTOC,5,"
		"Participation,legislative,1.75,1,1,NC,rated,"
		"capacity-building=0.5; international-cooperation=0.5; "
		"legislative-drafting=0.5; unspecified=0.25,"
		"legislative-drafting; training,"
		"ministry-of-justice; legislature; prosecution,"
		"criminalization-jurisdiction,"
		"medium,required_score,0,NC,0.35,PC,L1; L2; L3; L4,"
		"Make agreeing an offence. | Make taking part an offence. | "
		"Extend liability to legal persons.,Guide 5,ML 5.1\n"));
	ck_assert_ptr_nonnull(strstr(csv,
		"\nXEA-2026-TIP-7-legislative-information,information,XEA,"
		"2026,"
		"TIP,7,Definitions,legislative,0.6,0,0.4,,insufficient-data,"
		"international-cooperation=0.6,,,,small,coverage,0.4,,1,,N2,"
		"Make consent irrelevant.,,\n"));
	ck_assert_ptr_nonnull(strstr(csv,
		"\nXEA-2026-UNTOC-6-implementation-gap,gap,XEA,2026,UNTOC,6,"
		"Laundering,implementation,1,1,1,low,rated,"
		"data-collection=0.3334; capacity-building=0.3333; "
		"equipment=0.3333,"));
	free(csv);
	plan_free(p);
	fixture_release(&f);
}
END_TEST

START_TEST(html_is_escaped_and_has_no_script)
{
	struct fixture f;
	struct plan *p = build(&f,
		HEADER
		"H1,UNTOC,5,\"<script>alert(1)</script>\",legislative,"
		"\"Is \"\"x\"\" & y < z?\",yesno,,1,,,,\"<b>cat\","
		"\"Do 'this'\",,,,\n",
		AHEADER "XEA,2026,e1,H1,no\n", NULL);
	char *html = html_of(p);

	ck_assert_ptr_nonnull(strstr(html, "<html lang=\"en\">"));
	ck_assert_ptr_null(strstr(html, "<script"));
	ck_assert_ptr_null(strstr(html, "<b>"));
	ck_assert_ptr_nonnull(strstr(html,
		"&lt;script&gt;alert(1)&lt;/script&gt;"));
	ck_assert_ptr_nonnull(strstr(html,
		"Is &quot;x&quot; &amp; y &lt; z?"));
	ck_assert_ptr_nonnull(strstr(html, "Do &#39;this&#39;"));
	ck_assert_ptr_nonnull(strstr(html, "&lt;b&gt;cat"));
	ck_assert_ptr_nonnull(strstr(html, "</html>\n"));
	free(html);
	plan_free(p);
	fixture_release(&f);
}
END_TEST

START_TEST(html_shows_totals_and_needs)
{
	struct fixture f;
	struct plan *p = build(&f, indicators, answers, NULL);
	char *html = html_of(p);

	ck_assert_ptr_nonnull(strstr(html,
		"<tr><th scope=\"row\">All needs</th><td class=\"num\">6</td>"
		"<td class=\"num\">4.2000</td></tr>"));
	ck_assert_ptr_nonnull(strstr(html,
		"<section class=\"need\" "
		"id=\"XED-2026-TIP-7-legislative-gap\">"));
	ck_assert_ptr_nonnull(strstr(html,
		"<dt>Target</dt><dd>required score 1.0000 (C)</dd>"));
	ck_assert_ptr_nonnull(strstr(html, "<li>Cover children.<br>"));
	ck_assert_ptr_nonnull(strstr(html,
		"Guide TIP 3; model law: TIP-ML 8"));
	free(html);
	plan_free(p);
	fixture_release(&f);
}
END_TEST

/* csvout_text of text (neutralised), as a fresh string. */
static char *cell(const char *text)
{
	struct strbuf sb;

	strbuf_init(&sb);
	csvout_text(&sb, text, true);
	return strbuf_detach(&sb);
}

/* csvout_number_text of x, as a fresh string. */
static char *number_cell(double x)
{
	struct strbuf sb;

	strbuf_init(&sb);
	csvout_number_text(&sb, x);
	return strbuf_detach(&sb);
}

START_TEST(csv_neutralises_formulas_and_quotes)
{
	static const struct {
		const char *in, *out;
	} cases[] = {
		{ "=cmd", "'=cmd" },
		{ "+1", "'+1" },	/* a spreadsheet evaluates it */
		{ "-0.5", "-0.5" },	/* a plain number is no formula */
		{ "-1e3", "-1e3" },
		{ "=1+1", "'=1+1" },
		{ "-1+1", "'-1+1" },
		{ "@SUM(A1)", "'@SUM(A1)" },
		{ "\t=1+1", "'\t=1+1" },
		{ "\r=1+1", "\"'\r=1+1\"" },
		{ "-", "'-" },
		{ "+1+1", "'+1+1" },
		{ "-2+3", "'-2+3" },
		{ "-x", "'-x" },
		{ "@x", "'@x" },
		{ "\tx", "'\tx" },
		{ "\rx", "\"'\rx\"" },
		{ "a,b", "\"a,b\"" },
		{ "say \"hi\"", "\"say \"\"hi\"\"\"" },
		{ "l1\nl2", "\"l1\nl2\"" },
		{ "=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"" },
		{ "=1,2", "\"'=1,2\"" },
		{ "a=b", "a=b" },
		{ "x-1", "x-1" },
		{ "'quoted", "'quoted" },
		{ "été", "été" },
		{ "", "" },
	};
	static const struct {
		double in;
		const char *out;
	} numbers[] = {
		{ 0.75, "0.75" }, { 2, "2" }, { 1.0 / 3, "0.3333" },
		{ 0, "0" }, { -0.0, "0" }, { 0.00004, "0" },
		{ 0.00005, "0.0001" }, { 123.45678, "123.4568" },
	};

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char *got = cell(cases[i].in);
		ck_assert_msg(!strcmp(got, cases[i].out),
			      "cell %zu: got [%s], expected [%s]", i, got,
			      cases[i].out);
		free(got);
	}
	for (size_t i = 0; i < sizeof(numbers) / sizeof(numbers[0]); i++) {
		char *got = number_cell(numbers[i].in);
		ck_assert_str_eq(got, numbers[i].out);
		free(got);
	}
}
END_TEST

START_TEST(csv_rows_are_neutralised_end_to_end)
{
	/* Hostile title, guide reference, category, recommendation,
	 * beneficiary and model law from an indicator set (cluster and
	 * activity are names from a list); numbers stay numbers. */
	struct fixture f;
	struct plan *p;
	char *csv;

	p = build(&f,
		  HEADER
		  "H1,UNTOC,5,\"=HYPERLINK(\"\"x\"\")\",legislative,q,"
		  "yesno,,2,,,"
		  "\"@SUM(A1), see\",-cat,+rec,,@ben,,=ml\n",
		  AHEADER "XEA,2026,e1,H1,no\n", NULL);
	csv = text_plan_csv(p);
	ck_assert_ptr_nonnull(strstr(csv,
		"\nXEA-2026-UNTOC-5-legislative-gap,gap,XEA,2026,UNTOC,5,"
		"\"'=HYPERLINK(\"\"x\"\")\",legislative,2,1,1,NC,rated,"
		"'-cat=2,,'@ben,,small,required_score,0,NC,0.35,PC,"
		"H1,'+rec,\"'@SUM(A1), see\",'=ml\n"));
	free(csv);
	plan_free(p);
	fixture_release(&f);
}
END_TEST

START_TEST(output_is_deterministic)
{
	/* The same answers in another row order give the same bytes. */
	static const char shuffled[] =
		AHEADER
		"XED,2026,e1,N3,partial\n" "XEC,2026,e1,I3,yes\n"
		"XEB,2026,e1,N3,yes\n" "XEA,2026,e1,N3,yes\n"
		"XEC,2026,e1,L4,no\n" "XEA,2026,e1,L1,yes\n"
		"XEB,2026,e1,L1,no\n" "XEA,2026,e1,I2,no\n"
		"XED,2026,e1,N1,yes\n" "XEA,2026,e1,N2,unknown\n"
		"XEB,2026,e1,L2,no\n" "XEC,2026,e1,L1,yes\n"
		"XEA,2026,e1,L3,partial\n" "XEB,2026,e1,I1,yes\n"
		"XEA,2026,e1,I1,no\n" "XEC,2026,e1,L2,no\n"
		"XEB,2026,e1,L3,no\n" "XEA,2026,e1,L2,no\n"
		"XEC,2026,e1,L3,yes\n" "XEB,2026,e1,N1,yes\n"
		"XED,2026,e1,N2,yes\n" "XEA,2026,e1,L4,no\n"
		"XEB,2026,e1,I2,yes\n" "XEC,2026,e1,I1,yes\n"
		"XEA,2026,e1,I3,no\n" "XEB,2026,e1,L4,no\n"
		"XEC,2026,e1,I2,yes\n" "XEA,2026,e1,N1,yes\n"
		"XEB,2026,e1,I3,yes\n" "XEB,2026,e1,N2,yes\n";
	struct fixture f, g;
	struct plan *p = build(&f, indicators, answers, NULL);
	struct plan *q = build(&g, indicators, shuffled, NULL);
	char *pj = text_plan_json(p), *qj = text_plan_json(q);
	char *pc = text_plan_csv(p), *qc = text_plan_csv(q);
	char *ph = html_of(p), *qh = html_of(q);

	ck_assert_str_eq(pj, qj);
	ck_assert_str_eq(pc, qc);
	ck_assert_str_eq(ph, qh);
	free(pj);
	free(qj);
	free(pc);
	free(qc);
	free(ph);
	free(qh);
	plan_free(p);
	plan_free(q);
	fixture_release(&f);
	fixture_release(&g);
}
END_TEST

Suite *suite_plan(void)
{
	Suite *s = suite_create("plan");
	ADD_TEST(s, each_need_once_in_plan_order);
	ADD_TEST(s, category_shares_add_up_to_the_priority);
	ADD_TEST(s, summaries_add_up_to_the_plan_total);
	ADD_TEST(s, information_needs_are_listed_with_their_kind);
	ADD_TEST(s, a_met_alternative_leaves_its_other_member_out);
	ADD_TEST(s, effort_bands);
	ADD_TEST(s, targets_next_band_top_band_and_information);
	ADD_TEST(s, targets_chosen_with_the_option);
	ADD_TEST(s, ties_by_country_and_gap_before_information);
	ADD_TEST(s, latest_selects_each_countrys_last_round);
	ADD_TEST(s, min_priority_drops_lower_needs);
	ADD_TEST(s, totals_add_rounded_priorities);
	ADD_TEST(s, json_layout);
	ADD_TEST(s, csv_one_row_per_need);
	ADD_TEST(s, csv_neutralises_formulas_and_quotes);
	ADD_TEST(s, csv_rows_are_neutralised_end_to_end);
	ADD_TEST(s, html_is_escaped_and_has_no_script);
	ADD_TEST(s, html_shows_totals_and_needs);
	ADD_TEST(s, output_is_deterministic);
	return s;
}

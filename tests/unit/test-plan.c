/*
 * test-plan.c - the technical assistance plan: needs grouped by category
 * and instrument with priorities and totals worked out by hand below, a
 * need under two categories, "unspecified", the order of categories,
 * instruments and needs (ties included), --latest, --min-priority, the
 * spreadsheet-safe CSV (formula neutralisation and RFC 4180 quoting) and
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
	       "answer_type,weight,article_weight,obligation,guide_ref," \
	       "ta_category\n"
#define AHEADER "country,round,expert,indicator,answer\n"

/*
 * TIP is listed first, so in set order TIP comes before UNTOC.
 *   T3  TIP 3 legislative, article_weight 1, category legislative-drafting
 *   A5L UNTOC 5 legislative, article_weight 2, guide "Guide 5",
 *       categories legislative-drafting and capacity-building
 *   A5I UNTOC 5 implementation (yesnopartial), article_weight 2, no
 *       guide, category capacity-building
 *   A6L UNTOC 6 legislative, article_weight 1, guide "Guide 6", no
 *       category: "unspecified"
 * Every indicator is mandatory with weight 1, so priority =
 * article_weight x gap:
 *   XEA 2025: A5L no -> p 2; A5I partial -> gap 0.5, p 1; A6L no -> p 1;
 *             T3 yes -> no need
 *   XEA 2026: A5L yes; A5I no -> p 2; A6L yes; T3 no -> p 1
 *   XEB 2026: A5L no -> p 2; A5I yes; A6L no -> p 1; T3 no -> p 1
 * That is 8 needs (n1..n8 in that order).
 */
static const char indicators[] =
	HEADER
	"T3,TIP,3,Definitions,legislative,Is trafficking defined?,yesno,"
	",1,,TIP guide 3,legislative-drafting\n"
	"A5L,UNTOC,5,Participation,legislative,Is participation an offence?,"
	"yesno,,2,,Guide 5,legislative-drafting;capacity-building\n"
	"A5I,UNTOC,5,Participation,implementation,Are cases prosecuted?,"
	"yesnopartial,,2,,,capacity-building\n"
	"A6L,UNTOC,6,Laundering,legislative,Is laundering an offence?,yesno,"
	",1,,Guide 6,\n";
static const char answers[] =
	AHEADER
	"XEA,2025,e1,A5L,no\n"
	"XEA,2025,e1,A5I,partial\n"
	"XEA,2025,e1,A6L,no\n"
	"XEA,2025,e1,T3,yes\n"
	"XEA,2026,e1,A5L,yes\n"
	"XEA,2026,e1,A5I,no\n"
	"XEA,2026,e1,A6L,yes\n"
	"XEA,2026,e1,T3,no\n"
	"XEB,2026,e1,A5L,no\n"
	"XEB,2026,e1,A5I,yes\n"
	"XEB,2026,e1,A6L,no\n"
	"XEB,2026,e1,T3,no\n";
/* The same answers, files read in another order. */
static const char answers_shuffled[] =
	AHEADER
	"XEB,2026,e1,T3,no\n"
	"XEA,2026,e1,T3,no\n"
	"XEB,2026,e1,A6L,no\n"
	"XEA,2025,e1,A5I,partial\n"
	"XEA,2026,e1,A5I,no\n"
	"XEB,2026,e1,A5I,yes\n"
	"XEA,2025,e1,T3,yes\n"
	"XEA,2026,e1,A6L,yes\n"
	"XEA,2025,e1,A6L,no\n"
	"XEB,2026,e1,A5L,no\n"
	"XEA,2026,e1,A5L,yes\n"
	"XEA,2025,e1,A5L,no\n";

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

/* The need at place k of group g. */
static const struct plan_need *need_at(const struct plan *p,
				       const struct plan_instrument *g,
				       size_t k)
{
	ck_assert_uint_lt(k, g->nneeds);
	return &p->needs[g->needs[k]];
}

/* Check need n's country, round, article label, dimension and priority. */
static void check_need(const struct plan *p, const struct plan_need *n,
		       const char *country, const char *round,
		       const char *article, size_t dimension, double priority)
{
	const struct instrument *ins = &p->set->instruments[n->instrument];

	ck_assert_str_eq(p->assessments[n->assessment].country, country);
	ck_assert_str_eq(p->assessments[n->assessment].round, round);
	ck_assert_str_eq(ins->articles[n->article].label, article);
	ck_assert_uint_eq(n->dimension, dimension);
	ck_assert_close(n->priority, priority);
}

/* The data rows of plan.csv: one per need in each of its categories. */
static size_t csv_rows(const struct plan *p)
{
	char *csv = text_plan_csv(p);
	size_t lines = 0;

	for (const char *s = csv; *s; s++)
		lines += *s == '\n';
	free(csv);
	ck_assert_uint_ge(lines, 1);
	return lines - 1;
}

static const char *code(const struct plan *p, const struct plan_instrument *g)
{
	return p->set->instruments[g->instrument].code;
}

START_TEST(groups_by_category_and_instrument)
{
	/*
	 * capacity-building: UNTOC n1 (2), n4 (2), n6 (2), n2 (1) = 7
	 * legislative-drafting: UNTOC n1 (2), n6 (2) = 4; TIP n5, n8 = 2;
	 *   category 6 (UNTOC first: higher total, though TIP comes first
	 *   in the set)
	 * unspecified: UNTOC n3 (1), n7 (1) = 2
	 * Order: capacity-building 7, legislative-drafting 6, unspecified 2.
	 */
	struct fixture f;
	struct plan *p = build(&f, indicators, answers, NULL);
	const struct plan_category *c;
	const struct plan_instrument *g;

	ck_assert_uint_eq(p->nassessments, 3);
	ck_assert_uint_eq(p->nneeds, 8);
	ck_assert_uint_eq(p->ncategories, 3);
	ck_assert_uint_eq(csv_rows(p), 10);

	c = &p->categories[0];
	ck_assert_str_eq(c->name, "capacity-building");
	ck_assert_close(c->total_priority, 7);
	ck_assert_uint_eq(c->ncountries, 2);
	ck_assert_uint_eq(c->ninstruments, 1);
	g = &c->instruments[0];
	ck_assert_str_eq(code(p, g), "UNTOC");
	ck_assert_close(g->total_priority, 7);
	ck_assert_uint_eq(g->ncountries, 2);
	ck_assert_str_eq(g->countries[0], "XEA");
	ck_assert_str_eq(g->countries[1], "XEB");
	/* A5I gives no guide reference: only A5L's. */
	ck_assert_uint_eq(g->guide_refs.count, 1);
	ck_assert_str_eq(g->guide_refs.items[0], "Guide 5");
	/* Ties at 2 by country, then round; then the lower priority. */
	ck_assert_uint_eq(g->nneeds, 4);
	check_need(p, need_at(p, g, 0), "XEA", "2025", "5",
		   DIM_LEGISLATIVE, 2);
	check_need(p, need_at(p, g, 1), "XEA", "2026", "5",
		   DIM_IMPLEMENTATION, 2);
	check_need(p, need_at(p, g, 2), "XEB", "2026", "5",
		   DIM_LEGISLATIVE, 2);
	check_need(p, need_at(p, g, 3), "XEA", "2025", "5",
		   DIM_IMPLEMENTATION, 1);
	/* yesnopartial "partial": gap 0.5, rated moderate (score 0.5). */
	ck_assert_close(1 - need_at(p, g, 3)->score, 0.5);
	ck_assert_str_eq(need_at(p, g, 3)->rating, "moderate");

	c = &p->categories[1];
	ck_assert_str_eq(c->name, "legislative-drafting");
	ck_assert_close(c->total_priority, 6);
	ck_assert_uint_eq(c->ncountries, 2);
	ck_assert_uint_eq(c->ninstruments, 2);
	ck_assert_str_eq(code(p, &c->instruments[0]), "UNTOC");
	ck_assert_close(c->instruments[0].total_priority, 4);
	ck_assert_str_eq(code(p, &c->instruments[1]), "TIP");
	ck_assert_close(c->instruments[1].total_priority, 2);
	g = &c->instruments[1];
	check_need(p, need_at(p, g, 0), "XEA", "2026", "3",
		   DIM_LEGISLATIVE, 1);
	check_need(p, need_at(p, g, 1), "XEB", "2026", "3",
		   DIM_LEGISLATIVE, 1);
	ck_assert_uint_eq(g->guide_refs.count, 1);
	ck_assert_str_eq(g->guide_refs.items[0], "TIP guide 3");

	c = &p->categories[2];
	ck_assert_str_eq(c->name, PLAN_UNSPECIFIED);
	ck_assert_close(c->total_priority, 2);
	ck_assert_uint_eq(c->instruments[0].nneeds, 2);
	check_need(p, need_at(p, &c->instruments[0], 0), "XEA", "2025", "6",
		   DIM_LEGISLATIVE, 1);
	check_need(p, need_at(p, &c->instruments[0], 1), "XEB", "2026", "6",
		   DIM_LEGISLATIVE, 1);

	plan_free(p);
	fixture_release(&f);
}
END_TEST

START_TEST(need_with_two_categories_appears_under_each)
{
	/* XEA 2025 UNTOC 5 legislative (A5L: two categories) is one need,
	 * listed under both; its unmet indicator is A5L. */
	struct fixture f;
	struct plan *p = build(&f, indicators, answers, NULL);
	const struct plan_instrument *cb = &p->categories[0].instruments[0];
	const struct plan_instrument *ld = &p->categories[1].instruments[0];
	const struct plan_need *a = need_at(p, cb, 0);
	const struct plan_need *b = need_at(p, ld, 0);

	ck_assert_ptr_eq(a, b);
	ck_assert_uint_eq(a->categories.count, 2);
	ck_assert_str_eq(a->categories.items[0], "legislative-drafting");
	ck_assert_str_eq(a->categories.items[1], "capacity-building");
	ck_assert_uint_eq(a->nunmet, 1);
	ck_assert_str_eq(p->set->items[a->unmet[0].indicator].id, "A5L");
	ck_assert_close(a->unmet[0].score, 0);
	ck_assert_str_eq(a->rating, "NC");
	plan_free(p);
	fixture_release(&f);
}
END_TEST

START_TEST(ties_in_set_order_and_by_name)
{
	/*
	 * --latest keeps XEA 2026 and XEB 2026: needs n4 .. n8.
	 * capacity-building: UNTOC n4 (2) + n6 (2) = 4
	 * legislative-drafting: UNTOC n6 (2) = 2, TIP n5 + n8 = 2: a tie,
	 *   so set order: TIP first; category total 4
	 * unspecified: UNTOC n7 = 1
	 * capacity-building and legislative-drafting tie at 4: by name.
	 */
	struct fixture f;
	struct plan_options opt;
	struct plan *p;
	const struct plan_category *c;

	plan_options_init(&opt);
	opt.latest_only = true;
	p = build(&f, indicators, answers, &opt);
	ck_assert_uint_eq(p->nassessments, 2);
	ck_assert_uint_eq(p->nneeds, 5);
	ck_assert_uint_eq(p->ncategories, 3);
	ck_assert_str_eq(p->categories[0].name, "capacity-building");
	ck_assert_close(p->categories[0].total_priority, 4);
	c = &p->categories[1];
	ck_assert_str_eq(c->name, "legislative-drafting");
	ck_assert_close(c->total_priority, 4);
	ck_assert_str_eq(code(p, &c->instruments[0]), "TIP");
	ck_assert_str_eq(code(p, &c->instruments[1]), "UNTOC");
	ck_assert_close(c->instruments[0].total_priority, 2);
	ck_assert_close(c->instruments[1].total_priority, 2);
	ck_assert_str_eq(p->categories[2].name, PLAN_UNSPECIFIED);
	ck_assert_close(p->categories[2].total_priority, 1);
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
		     "XEA,2025-03,e1,T3,no\n"
		     "XEA,2025-11,e1,T3,no\n"
		     "XEA,2024,e1,T3,no\n"
		     "XEB,2024,e1,T3,no\n"
		     "XEC,2023,e1,T3,no\n"
		     "XEC,2025-03,e1,T3,no\n");
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
	/* --min-priority 1.5 keeps n1, n4, n6 (priority 2), not the needs
	 * at 1: capacity-building 6 (all three), legislative-drafting 4
	 * (n1, n6); nothing unspecified. Every assessment is still listed. */
	struct fixture f;
	struct plan_options opt;
	struct plan *p;

	plan_options_init(&opt);
	opt.min_priority = 1.5;
	p = build(&f, indicators, answers, &opt);
	ck_assert_uint_eq(p->nassessments, 3);
	ck_assert_uint_eq(p->nneeds, 3);
	ck_assert_uint_eq(p->ncategories, 2);
	ck_assert_str_eq(p->categories[0].name, "capacity-building");
	ck_assert_close(p->categories[0].total_priority, 6);
	ck_assert_str_eq(p->categories[1].name, "legislative-drafting");
	ck_assert_close(p->categories[1].total_priority, 4);
	ck_assert_uint_eq(p->categories[1].ninstruments, 1);
	ck_assert_uint_eq(csv_rows(p), 5);
	plan_free(p);
	fixture_release(&f);

	/* A need exactly at the threshold stays. */
	plan_options_init(&opt);
	opt.min_priority = 2;
	p = build(&f, indicators, answers, &opt);
	ck_assert_uint_eq(p->nneeds, 3);
	plan_free(p);
	fixture_release(&f);

	/* Above every need: an empty plan, still valid. */
	opt.min_priority = 2.5;
	p = build(&f, indicators, answers, &opt);
	ck_assert_uint_eq(p->nneeds, 0);
	ck_assert_uint_eq(p->ncategories, 0);
	ck_assert_uint_eq(csv_rows(p), 0);
	plan_free(p);
	fixture_release(&f);
}
END_TEST

START_TEST(totals_add_rounded_priorities)
{
	/* Three needs of priority 1/3 (percent 66.6667 -> gap 0.333333):
	 * each prints 0.3333, and the total is their printed sum 0.9999,
	 * not round4(1 - 3e-7) = 1. */
	struct fixture f;
	struct plan *p;
	char *json;

	p = build(&f,
		  HEADER
		  "P,UNTOC,5,T,legislative,q,percent,,1,,,drafting\n",
		  AHEADER
		  "XEA,2026,e1,P,66.66667\n"
		  "XEB,2026,e1,P,66.66667\n"
		  "XEC,2026,e1,P,66.66667\n",
		  NULL);
	ck_assert_uint_eq(p->nneeds, 3);
	ck_assert_close(p->categories[0].total_priority, 3 * 0.3333);
	ck_assert_uint_eq(p->categories[0].ncountries, 3);
	json = text_plan_json(p);
	ck_assert_ptr_nonnull(strstr(json, "\"total_priority\":\t0.9999,"));
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

	ck_assert_ptr_nonnull(json);
	ck_assert_ptr_nonnull(strstr(json,
		"\"schema\":\t\"gapscore/plan/1\""));
	ck_assert_ptr_nonnull(strstr(json,
		"\"method\":\t{\n\t\t\"consensus\":\t\"median\",\n"
		"\t\t\"coverage_threshold\":\t0.5,\n"
		"\t\t\"min_priority\":\t0,\n"
		"\t\t\"latest_only\":\tfalse\n\t}"));
	ck_assert_ptr_nonnull(strstr(json,
		"\"ta_category\":\t\"capacity-building\",\n"
		"\t\t\t\"total_priority\":\t7,\n"
		"\t\t\t\"countries\":\t2,"));
	ck_assert_ptr_nonnull(strstr(json,
		"\"instrument\":\t\"UNTOC\",\n"
		"\t\t\t\t\t\"total_priority\":\t7,\n"
		"\t\t\t\t\t\"countries\":\t[\"XEA\", \"XEB\"],\n"
		"\t\t\t\t\t\"guide_refs\":\t[\"Guide 5\"],"));
	ck_assert_ptr_nonnull(strstr(json,
		"\"id\":\t\"A5L\",\n"
		"\t\t\t\t\t\t\t\t\t\"question\":\t"
		"\"Is participation an offence?\""));
	ck_assert_ptr_nonnull(strstr(json,
		"\"ta_category\":\t\"unspecified\""));
	free(json);
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
		{ "+1", "'+1" },
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
	/* Hostile title, guide reference and category from an indicator
	 * set; numbers stay numbers. */
	struct fixture f;
	struct plan *p;
	char *csv;

	p = build(&f,
		  HEADER
		  "H1,UNTOC,5,\"=HYPERLINK(\"\"x\"\")\",legislative,q,yesno,,2,,"
		  "\"@SUM(A1), see\",-cat\n",
		  AHEADER "XEA,2026,e1,H1,no\n", NULL);
	csv = text_plan_csv(p);
	ck_assert_str_eq(csv,
		"ta_category,instrument,country,round,article,title,dimension,"
		"gap,priority,rating,status,guide_refs,cross_refs,"
		"unmet_indicators\n"
		"'-cat,UNTOC,XEA,2026,5,\"'=HYPERLINK(\"\"x\"\")\",legislative,"
		"1,2,NC,rated,\"'@SUM(A1), see\",,H1\n");
	free(csv);
	plan_free(p);
	fixture_release(&f);
}
END_TEST

START_TEST(csv_rows_follow_the_plan)
{
	struct fixture f;
	struct plan *p = build(&f, indicators, answers, NULL);
	char *csv = text_plan_csv(p);
	size_t lines = 0;

	for (const char *s = csv; *s; s++)
		lines += *s == '\n';
	/* The header and the ten rows of groups_by_category_and_instrument. */
	ck_assert_uint_eq(lines, 1 + 10);
	ck_assert_ptr_nonnull(strstr(csv,
		"\ncapacity-building,UNTOC,XEA,2025,5,Participation,legislative,"
		"1,2,NC,rated,Guide 5,,A5L\n"
		"capacity-building,UNTOC,XEA,2026,5,Participation,"
		"implementation,1,2,low,rated,,,A5I\n"));
	ck_assert_ptr_nonnull(strstr(csv,
		"\ncapacity-building,UNTOC,XEA,2025,5,Participation,"
		"implementation,0.5,1,moderate,rated,,,A5I\n"
		"legislative-drafting,UNTOC,"));
	ck_assert_ptr_nonnull(strstr(csv,
		"\nunspecified,UNTOC,XEB,2026,6,Laundering,legislative,1,1,NC,"
		"rated,Guide 6,,A6L\n"));
	free(csv);
	plan_free(p);
	fixture_release(&f);
}
END_TEST

START_TEST(output_is_deterministic)
{
	/* The same answers in another row order give the same bytes. */
	struct fixture f, g;
	struct plan *p = build(&f, indicators, answers, NULL);
	struct plan *q = build(&g, indicators, answers_shuffled, NULL);
	char *pj = text_plan_json(p), *qj = text_plan_json(q);
	char *pc = text_plan_csv(p), *qc = text_plan_csv(q);

	ck_assert_str_eq(pj, qj);
	ck_assert_str_eq(pc, qc);
	free(pj);
	free(qj);
	free(pc);
	free(qc);
	plan_free(p);
	plan_free(q);
	fixture_release(&f);
	fixture_release(&g);
}
END_TEST

Suite *suite_plan(void)
{
	Suite *s = suite_create("plan");
	ADD_TEST(s, groups_by_category_and_instrument);
	ADD_TEST(s, need_with_two_categories_appears_under_each);
	ADD_TEST(s, ties_in_set_order_and_by_name);
	ADD_TEST(s, latest_selects_each_countrys_last_round);
	ADD_TEST(s, min_priority_drops_lower_needs);
	ADD_TEST(s, totals_add_rounded_priorities);
	ADD_TEST(s, json_layout);
	ADD_TEST(s, csv_neutralises_formulas_and_quotes);
	ADD_TEST(s, csv_rows_are_neutralised_end_to_end);
	ADD_TEST(s, csv_rows_follow_the_plan);
	ADD_TEST(s, output_is_deterministic);
	return s;
}

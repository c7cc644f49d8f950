/* SPDX-License-Identifier: Apache-2.0 */
/*
 * test-compare.c - comparing countries: the matrix of article gaps with
 * values worked out by hand below, nulls where an instrument was not
 * answered or an article has no score, competition ranking with ties
 * (1, 2, 2, 4) and unranked countries, per instrument ranks, group means
 * with their n, the groups file's errors, --latest and --round, the
 * combined dimension, the heatmap matrix and the CSV tables.
 */
#include "config.h"
#include "tests.h"

#include <stdlib.h>
#include <string.h>

#include "load/groups.h"
#include "score/compare.h"
#include "base/text.h"

#define HEADER "id,instrument,article,article_title,dimension,question," \
	       "answer_type\n"
#define AHEADER "country,round,expert,indicator,answer\n"

/*
 * Columns, in set order: UNTOC 5, UNTOC 6, UNTOC 7, TIP 3. UNTOC 7 has
 * no legislative indicator, so its legislative gap is always null. Every
 * weight is 1; yesnopartial scores yes 1, partial 0.5, no 0.
 *
 *   XEA: U5L yes, U5I partial, U6L no, U7I yes, T3L yes
 *        UNTOC legislative (1 + 0) / 2 = 0.5, TIP 1; overall 0.75
 *        -> gap 0.25; gaps [0, 1, -, 0]
 *   XEB: U5L partial, U6L yes, T3L yes
 *        UNTOC 0.75, TIP 1; overall 0.875 -> gap 0.125;
 *        gaps [0.5, 0, -, 0]
 *   XEC: U5L partial, U6L yes; no TIP answer
 *        UNTOC 0.75; overall 0.75 -> gap 0.25; gaps [0.5, 0, -, -]
 *   XED: U5L no, U6L no, T3L yes
 *        UNTOC 0, TIP 1; overall 0.5 -> gap 0.5; gaps [1, 1, -, 0]
 *   XEE: U7I yes only: no legislative score anywhere -> unranked;
 *        gaps [-, -, -, -]
 * Overall ranks (1224): XEB 1, XEA 2, XEC 2, XED 4, XEE none.
 * UNTOC ranks: gaps XEA 0.5, XEB 0.25, XEC 0.25, XED 1 -> 3, 1, 1, 4.
 * TIP ranks: gaps XEA 0, XEB 0, XED 0 -> 1, 1, 1; XEC, XEE none.
 */
static const char indicators[] =
	HEADER
	"U5L,UNTOC,5,Participation,legislative,q,yesnopartial\n"
	"U5I,UNTOC,5,Participation,implementation,q,yesnopartial\n"
	"U6L,UNTOC,6,Laundering,legislative,q,yesnopartial\n"
	"U7I,UNTOC,7,Money-laundering measures,implementation,q,yesno\n"
	"T3L,TIP,3,Definitions,legislative,q,yesno\n";
static const char answers[] =
	AHEADER
	"XEA,2026,e1,U5L,yes\n"
	"XEA,2026,e1,U5I,partial\n"
	"XEA,2026,e1,U6L,no\n"
	"XEA,2026,e1,U7I,yes\n"
	"XEA,2026,e1,T3L,yes\n"
	"XEB,2026,e1,U5L,partial\n"
	"XEB,2026,e1,U6L,yes\n"
	"XEB,2026,e1,T3L,yes\n"
	"XEC,2026,e1,U5L,partial\n"
	"XEC,2026,e1,U6L,yes\n"
	"XED,2026,e1,U5L,no\n"
	"XED,2026,e1,U6L,no\n"
	"XED,2026,e1,T3L,yes\n"
	"XEE,2026,e1,U7I,yes\n";

/* Load the fixture or fail the test. */
static void load(struct fixture *f, const char *ans)
{
	fixture_load(f, indicators, ans);
	if (f->status != DIAG_OK) {
		fixture_print_diags(f);
		ck_abort_msg("fixture did not load");
	}
}

/* Compare with default options but dimension d (and groups g). */
static struct compare *build(struct fixture *f, enum compare_dimension d,
			     const struct compare_groups *g)
{
	struct compare_options opt;

	compare_options_init(&opt);
	opt.dimension = d;
	return compare_build(&f->in.set, &f->in.tally, &opt, g);
}

/* Check one cell: expect < 0 means null. */
static void check_gap(const struct compare_gap *g, double expect)
{
	if (expect < 0) {
		ck_assert(!g->has_gap);
	} else {
		ck_assert(g->has_gap);
		ck_assert_close(round4(g->gap), expect);
	}
}

/* The row of country code in c. */
static const struct compare_country *row_of(const struct compare *c,
					    const char *code)
{
	for (size_t i = 0; i < c->ncountries; i++)
		if (!strcmp(c->countries[i].country, code))
			return &c->countries[i];
	ck_abort_msg("no row for %s", code);
	return NULL;
}

#define N -1.0		/* a null cell */

START_TEST(matrix_cells_are_hand_computed_gaps)
{
	static const struct {
		const char *country;
		double overall;
		double gaps[4];
	} expect[] = {
		{ "XEA", 0.25, { 0, 1, N, 0 } },
		{ "XEB", 0.125, { 0.5, 0, N, 0 } },
		{ "XEC", 0.25, { 0.5, 0, N, N } },
		{ "XED", 0.5, { 1, 1, N, 0 } },
		{ "XEE", N, { N, N, N, N } },
	};
	struct fixture f;
	struct compare *c;

	load(&f, answers);
	c = build(&f, COMPARE_LEGISLATIVE, NULL);
	ck_assert_uint_eq(c->ncolumns, 4);
	ck_assert_uint_eq(c->columns[2].instrument, 0);
	ck_assert_uint_eq(c->columns[2].article, 2);
	ck_assert_uint_eq(c->columns[3].instrument, 1);
	ck_assert_uint_eq(c->ncountries, 5);
	for (size_t i = 0; i < 5; i++) {
		const struct compare_country *row = &c->countries[i];

		/* Rows in country order. */
		ck_assert_str_eq(row->country, expect[i].country);
		ck_assert_str_eq(row->round, "2026");
		check_gap(&row->overall, expect[i].overall);
		for (size_t k = 0; k < 4; k++)
			check_gap(&row->gaps[k], expect[i].gaps[k]);
	}
	compare_free(c);
	fixture_release(&f);
}
END_TEST

START_TEST(unanswered_instrument_is_null)
{
	struct fixture f;
	struct compare *c;
	const struct compare_country *xec, *xee;

	load(&f, answers);
	c = build(&f, COMPARE_LEGISLATIVE, NULL);
	/* XEC gave no TIP answer: its TIP article and TIP gap are null. */
	xec = row_of(c, "XEC");
	check_gap(&xec->gaps[3], N);
	check_gap(&xec->instruments[1], N);
	check_gap(&xec->instruments[0], 0.25);
	/* XEE answered UNTOC (U7I) but no legislative indicator of it. */
	xee = row_of(c, "XEE");
	check_gap(&xee->instruments[0], N);
	check_gap(&xee->instruments[1], N);
	compare_free(c);
	fixture_release(&f);
}
END_TEST

START_TEST(competition_ranking_with_ties_and_unranked)
{
	static const struct {
		const char *country;
		size_t rank, untoc, tip;
	} expect[] = {
		{ "XEA", 2, 3, 1 },
		{ "XEB", 1, 1, 1 },
		{ "XEC", 2, 1, 0 },
		{ "XED", 4, 4, 1 },
		{ "XEE", 0, 0, 0 },
	};
	struct fixture f;
	struct compare *c;

	load(&f, answers);
	c = build(&f, COMPARE_LEGISLATIVE, NULL);
	for (size_t i = 0; i < 5; i++) {
		const struct compare_country *row = row_of(c, expect[i].country);

		ck_assert_uint_eq(row->rank, expect[i].rank);
		ck_assert_uint_eq(row->instrument_ranks[0], expect[i].untoc);
		ck_assert_uint_eq(row->instrument_ranks[1], expect[i].tip);
	}
	compare_free(c);
	fixture_release(&f);
}
END_TEST

/*
 * North: XEA, XEB; South: XEC, XED; XEE in no group; XEZ (no
 * assessment) in East, which therefore has no compared country.
 *   North: U5 (0 + 0.5) / 2 = 0.25, U6 (1 + 0) / 2 = 0.5, U7 null,
 *          T3 0; overall (0.25 + 0.125) / 2 = 0.1875; n 2, 2, 0, 2
 *   South: U5 (0.5 + 1) / 2 = 0.75, U6 (0 + 1) / 2 = 0.5, U7 null,
 *          T3 0 (XEC null); overall (0.25 + 0.5) / 2 = 0.375;
 *          n 2, 2, 0, 1
 *   ungrouped: XEE, every mean null, n 0
 */
START_TEST(group_means_with_n)
{
	static const struct {
		const char *name;
		size_t nmembers;
		double overall;
		size_t overall_n;
		double gaps[4];
		size_t n[4];
	} expect[] = {
		{ "North", 2, 0.1875, 2, { 0.25, 0.5, N, 0 }, { 2, 2, 0, 2 } },
		{ "South", 2, 0.375, 2, { 0.75, 0.5, N, 0 }, { 2, 2, 0, 1 } },
		{ COMPARE_UNGROUPED, 1, N, 0, { N, N, N, N }, { 0, 0, 0, 0 } },
	};
	struct compare_groups g;
	struct fixture f;
	struct compare *c;
	size_t prev;

	load(&f, answers);
	compare_groups_init(&g);
	/* Added out of order: groups come out by name. */
	ck_assert(compare_groups_add(&g, "XED", "South", 2, &prev));
	ck_assert(compare_groups_add(&g, "XEZ", "East", 3, &prev));
	ck_assert(compare_groups_add(&g, "XEA", "North", 4, &prev));
	ck_assert(compare_groups_add(&g, "XEC", "South", 5, &prev));
	ck_assert(compare_groups_add(&g, "XEB", "North", 6, &prev));
	ck_assert(!compare_groups_add(&g, "XEA", "South", 7, &prev));
	ck_assert_uint_eq(prev, 2);
	ck_assert_str_eq(compare_groups_find(&g, "XEA"), "North");
	ck_assert_ptr_null(compare_groups_find(&g, "XEE"));
	c = build(&f, COMPARE_LEGISLATIVE, &g);
	/* The comparison keeps its own copies. */
	compare_groups_release(&g);
	ck_assert_uint_eq(c->ngroups, 3);
	for (size_t k = 0; k < 3; k++) {
		const struct compare_group *grp = &c->groups[k];

		ck_assert_str_eq(grp->name, expect[k].name);
		ck_assert_uint_eq(grp->nmembers, expect[k].nmembers);
		check_gap(&grp->overall, expect[k].overall);
		ck_assert_uint_eq(grp->overall_n, expect[k].overall_n);
		for (size_t col = 0; col < 4; col++) {
			check_gap(&grp->gaps[col], expect[k].gaps[col]);
			ck_assert_uint_eq(grp->n[col], expect[k].n[col]);
		}
	}
	ck_assert_str_eq(c->countries[c->groups[0].members[1]].country, "XEB");
	ck_assert_uint_eq(row_of(c, "XEE")->group, 2);
	compare_free(c);
	fixture_release(&f);
}
END_TEST

START_TEST(without_groups_one_group_all)
{
	struct fixture f;
	struct compare *c;

	load(&f, answers);
	c = build(&f, COMPARE_LEGISLATIVE, NULL);
	ck_assert_uint_eq(c->ngroups, 1);
	ck_assert_str_eq(c->groups[0].name, COMPARE_ALL);
	ck_assert_uint_eq(c->groups[0].nmembers, 5);
	/* (0.25 + 0.125 + 0.25 + 0.5) / 4 = 0.28125, exactly a binary
	 * fraction, which round4 (printf) takes to the even 0.2812 */
	check_gap(&c->groups[0].overall, 0.2812);
	ck_assert_uint_eq(c->groups[0].overall_n, 4);
	/* U5: (0 + 0.5 + 0.5 + 1) / 4 = 0.5 */
	check_gap(&c->groups[0].gaps[0], 0.5);
	ck_assert_uint_eq(c->groups[0].n[0], 4);
	compare_free(c);
	fixture_release(&f);
}
END_TEST

/* Ranks and means use the gaps as printed: 1/3 and 2/3 print as 0.3333
 * and 0.6667, and the group mean is the mean of those, not 4/9. */
START_TEST(group_means_use_printed_gaps)
{
	static const char ind3[] =
		HEADER
		"A,UNTOC,5,P,legislative,q,yesno\n"
		"B,UNTOC,5,P,legislative,q,yesno\n"
		"C,UNTOC,5,P,legislative,q,yesno\n";
	static const char ans3[] =
		AHEADER
		"XEA,1,e,A,yes\nXEA,1,e,B,yes\nXEA,1,e,C,no\n"
		"XEB,1,e,A,yes\nXEB,1,e,B,no\nXEB,1,e,C,no\n"
		"XEC,1,e,A,yes\nXEC,1,e,B,yes\nXEC,1,e,C,no\n";
	struct fixture f;
	struct compare_options opt;
	struct compare *c;

	fixture_load(&f, ind3, ans3);
	ck_assert_int_eq(f.status, DIAG_OK);
	compare_options_init(&opt);
	c = compare_build(&f.in.set, &f.in.tally, &opt, NULL);
	/* XEA and XEC tie at 0.3333 (rank 1), XEB 0.6667 (rank 3). */
	ck_assert_uint_eq(c->countries[0].rank, 1);
	ck_assert_uint_eq(c->countries[1].rank, 3);
	ck_assert_uint_eq(c->countries[2].rank, 1);
	/* (0.3333 + 0.6667 + 0.3333) / 3 = 0.444433.., not 0.444444.. */
	ck_assert_close(c->groups[0].gaps[0].gap,
			(0.3333 + 0.6667 + 0.3333) / 3);
	compare_free(c);
	fixture_release(&f);
}
END_TEST

/*
 * Rounds: XEA 2023 and 2026, XEB 2025 only, XEC 2023 and 2024.
 * Latest: XEA 2026, XEB 2025, XEC 2024; --round 2023: XEA and XEC.
 */
START_TEST(latest_picks_each_countrys_last_round)
{
	static const char ans[] =
		AHEADER
		"XEA,2026,e1,U5L,yes\n"
		"XEA,2023,e1,U5L,no\n"
		"XEB,2025,e1,U5L,partial\n"
		"XEC,2024,e1,U5L,no\n"
		"XEC,2023,e1,U5L,yes\n";
	struct fixture f;
	struct compare_options opt;
	struct compare *c;

	load(&f, ans);
	compare_options_init(&opt);
	c = compare_build(&f.in.set, &f.in.tally, &opt, NULL);
	ck_assert_uint_eq(c->ncountries, 3);
	ck_assert_str_eq(c->countries[0].country, "XEA");
	ck_assert_str_eq(c->countries[0].round, "2026");
	check_gap(&c->countries[0].gaps[0], 0);
	ck_assert_str_eq(c->countries[1].country, "XEB");
	ck_assert_str_eq(c->countries[1].round, "2025");
	check_gap(&c->countries[1].gaps[0], 0.5);
	ck_assert_str_eq(c->countries[2].country, "XEC");
	ck_assert_str_eq(c->countries[2].round, "2024");
	check_gap(&c->countries[2].gaps[0], 1);
	compare_free(c);

	opt.round = "2023";
	c = compare_build(&f.in.set, &f.in.tally, &opt, NULL);
	ck_assert_uint_eq(c->ncountries, 2);
	ck_assert_str_eq(c->countries[0].round, "2023");
	check_gap(&c->countries[0].gaps[0], 1);
	ck_assert_str_eq(c->countries[1].country, "XEC");
	check_gap(&c->countries[1].gaps[0], 0);
	compare_free(c);

	opt.round = "2099";
	c = compare_build(&f.in.set, &f.in.tally, &opt, NULL);
	ck_assert_uint_eq(c->ncountries, 0);
	ck_assert_uint_eq(c->ngroups, 0);
	compare_free(c);

	opt.round = NULL;
	opt.country = "XEC";
	c = compare_build(&f.in.set, &f.in.tally, &opt, NULL);
	ck_assert_uint_eq(c->ncountries, 1);
	ck_assert_str_eq(c->countries[0].round, "2024");
	compare_free(c);
	fixture_release(&f);
}
END_TEST

/*
 * Combined: the mean of an article's non-null dimension scores.
 *   XEA: U5 mean(1, 0.5) = 0.75 -> gap 0.25; U6 0 -> 1; U7 1 -> 0;
 *        T3 1 -> 0. Overall: legislative 0.75, implementation (UNTOC
 *        (0.5 + 1) / 2 = 0.75) -> combined 0.75, gap 0.25.
 *   XEE: U7 1 -> gap 0, the rest null; overall: implementation 1 only
 *        -> gap 0; but its coverage is the mean of legislative 0 (U5L and
 *        U6L missing) and implementation (U5I missing, U7I answered:
 *        1/2) = 0.25, below 0.5: not ranked (one answer does not make a
 *        first place).
 */
START_TEST(dimension_combined)
{
	struct fixture f;
	struct compare *c;
	const struct compare_country *xea, *xee;

	load(&f, answers);
	c = build(&f, COMPARE_COMBINED, NULL);
	xea = row_of(c, "XEA");
	check_gap(&xea->gaps[0], 0.25);
	check_gap(&xea->gaps[1], 1);
	check_gap(&xea->gaps[2], 0);
	check_gap(&xea->gaps[3], 0);
	check_gap(&xea->overall, 0.25);
	xee = row_of(c, "XEE");
	check_gap(&xee->gaps[0], N);
	check_gap(&xee->gaps[2], 0);
	check_gap(&xee->overall, 0);
	ck_assert_uint_eq(xee->rank, 0);
	ck_assert_str_eq(xee->unranked, "coverage below the threshold");
	compare_free(c);

	/* Implementation: U5 is XEA's partial, U7 every yes. */
	c = build(&f, COMPARE_IMPLEMENTATION, NULL);
	xea = row_of(c, "XEA");
	check_gap(&xea->gaps[0], 0.5);
	check_gap(&xea->gaps[1], N);
	check_gap(&xea->gaps[2], 0);
	check_gap(&row_of(c, "XEB")->gaps[0], N);
	compare_free(c);
	fixture_release(&f);
}
END_TEST

START_TEST(dimension_names)
{
	/* --dimension stores a name's index in compare_dimension_names
	 * (CLI_ENUM): the list is in enum order. */
	ck_assert_str_eq(compare_dimension_names[COMPARE_COMBINED],
			 "combined");
	ck_assert_str_eq(compare_dimension_names[COMPARE_IMPLEMENTATION],
			 "implementation");
	ck_assert_str_eq(compare_dimension_names[COMPARE_LEGISLATIVE],
			 "legislative");
	ck_assert_str_eq(compare_dimension_name(COMPARE_COMBINED), "combined");
}
END_TEST

START_TEST(matrix_for_charts)
{
	struct fixture f;
	struct compare *c;
	struct compare_matrix m;

	load(&f, answers);
	c = build(&f, COMPARE_LEGISLATIVE, NULL);
	compare_matrix_init(&m, c, COMPARE_ROWS_COUNTRIES, NULL);
	compare_free(c);	/* the matrix borrows nothing */
	ck_assert_uint_eq(m.nrows, 5);
	ck_assert_uint_eq(m.ncols, 4);
	ck_assert_str_eq(m.row_labels[3], "XED");
	ck_assert_str_eq(m.col_labels[0], "UNTOC art. 5");
	ck_assert_str_eq(m.col_labels[3], "TIP art. 3");
	/* XEB (row 1): 0.5, 0, null, 0 */
	ck_assert(m.has_value[1 * 4 + 0]);
	ck_assert_close(m.values[1 * 4 + 0], 0.5);
	ck_assert(m.has_value[1 * 4 + 1]);
	ck_assert_close(m.values[1 * 4 + 1], 0);
	ck_assert(!m.has_value[1 * 4 + 2]);
	ck_assert(!m.has_value[4 * 4 + 0]);
	compare_matrix_release(&m);

	c = build(&f, COMPARE_LEGISLATIVE, NULL);
	compare_matrix_init(&m, c, COMPARE_ROWS_GROUPS, NULL);
	ck_assert_uint_eq(m.nrows, 1);
	ck_assert_str_eq(m.row_labels[0], "all");
	ck_assert_close(m.values[0], 0.5);
	compare_matrix_release(&m);
	compare_free(c);
	fixture_release(&f);
}
END_TEST

START_TEST(csv_tables)
{
	static const char expect_csv[] =
		"country,round,rank,not_ranked_because,coverage,overall_gap,"
		"UNTOC art. 5,UNTOC art. 6,UNTOC art. 7,TIP art. 3\n"
		"XEA,2026,2,,1,0.25,0,1,,0\n"
		"XEB,2026,1,,1,0.125,0.5,0,,0\n"
		"XEC,2026,2,,1,0.25,0.5,0,,\n"
		"XED,2026,4,,1,0.5,1,1,,0\n"
		"XEE,2026,,no score,0,,,,,\n";
	static const char expect_groups[] =
		"group,overall_gap,UNTOC art. 5,UNTOC art. 6,UNTOC art. 7,"
		"TIP art. 3\n"
		"'+West,0.25,0.5,0,,\n"
		"\"'=HYPERLINK(\"\"x\"\")\",0.1875,0.25,0.5,,0\n"
		"ungrouped,0.5,1,1,,0\n";
	struct compare_groups g;
	struct fixture f;
	struct compare *c;
	char *csv;
	size_t prev;

	load(&f, answers);
	c = build(&f, COMPARE_LEGISLATIVE, NULL);
	csv = text_compare_csv(c);
	ck_assert_str_eq(csv, expect_csv);
	free(csv);
	compare_free(c);

	/* Group names that a spreadsheet would run are neutralised. */
	compare_groups_init(&g);
	compare_groups_add(&g, "XEA", "=HYPERLINK(\"x\")", 2, &prev);
	compare_groups_add(&g, "XEB", "=HYPERLINK(\"x\")", 3, &prev);
	compare_groups_add(&g, "XEC", "+West", 4, &prev);
	compare_groups_add(&g, "XEE", "+West", 5, &prev);
	c = build(&f, COMPARE_LEGISLATIVE, &g);
	csv = text_compare_groups_csv(c);
	ck_assert_str_eq(csv, expect_groups);
	free(csv);
	compare_free(c);
	compare_groups_release(&g);
	fixture_release(&f);
}
END_TEST

/* Does some diagnostic sit on line, in column, and contain needle? */
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

START_TEST(groups_file_errors)
{
	struct compare_groups g;
	struct diag_list dl;
	char *path;

	/* Columns in another order, an unknown one, a multi-line cell. */
	path = fixture_file("group,note,country\n"
			    "North,\"a\nb\",XEA\n"
			    "North,,xeb\n"
			    "South,,XEA\n"
			    ",,XEC\n"
			    "South,,XED,extra\n");
	compare_groups_init(&g);
	diag_list_init(&dl);
	ck_assert_int_eq(compare_groups_load(&g, path, NULL, &dl),
			 DIAG_INVALID);
	ck_assert(has_diag(&dl, 1, "note", "unknown column 'note'"));
	ck_assert(has_diag(&dl, 4, "country", "country 'xeb' is not valid"));
	ck_assert(has_diag(&dl, 5, "country",
			   "country 'XEA' is listed again (first on line 2"));
	ck_assert(has_diag(&dl, 6, "group", "group is empty"));
	ck_assert(has_diag(&dl, 7, "4", "row has 4 fields; expected 3"));
	ck_assert_uint_eq(dl.errors, 4);
	ck_assert_uint_eq(g.count, 1);
	ck_assert_str_eq(compare_groups_find(&g, "XEA"), "North");
	compare_groups_release(&g);
	diag_list_release(&dl);
	fixture_remove(path);

	path = fixture_file("country,region\nXEA,North\n");
	compare_groups_init(&g);
	diag_list_init(&dl);
	ck_assert_int_eq(compare_groups_load(&g, path, NULL, &dl),
			 DIAG_INVALID);
	ck_assert(has_diag(&dl, 1, "group", "missing required column 'group'"));
	compare_groups_release(&g);
	diag_list_release(&dl);
	fixture_remove(path);

	path = fixture_file("");
	compare_groups_init(&g);
	diag_list_init(&dl);
	ck_assert_int_eq(compare_groups_load(&g, path, NULL, &dl),
			 DIAG_INVALID);
	ck_assert(has_diag(&dl, 1, "1", "the file is empty"));
	compare_groups_release(&g);
	diag_list_release(&dl);
	fixture_remove(path);

	/* Trimmed cells, a header only is no group at all. */
	path = fixture_file("country,group\n XEA , North \n");
	compare_groups_init(&g);
	diag_list_init(&dl);
	ck_assert_int_eq(compare_groups_load(&g, path, NULL, &dl), DIAG_OK);
	ck_assert_str_eq(compare_groups_find(&g, "XEA"), "North");
	ck_assert_uint_eq(g.items[0].line, 2);
	compare_groups_release(&g);
	diag_list_release(&dl);
	fixture_remove(path);

	path = fixture_file("country,group\n");
	compare_groups_init(&g);
	diag_list_init(&dl);
	ck_assert_int_eq(compare_groups_load(&g, path, NULL, &dl), DIAG_OK);
	ck_assert_uint_eq(g.count, 0);
	ck_assert_uint_eq(dl.count, 0);
	compare_groups_release(&g);
	diag_list_release(&dl);
	fixture_remove(path);
}
END_TEST

/* The same answers in another order give the same tables. */
START_TEST(output_is_deterministic)
{
	static const char shuffled[] =
		AHEADER
		"XEE,2026,e1,U7I,yes\n"
		"XED,2026,e1,T3L,yes\n"
		"XEC,2026,e1,U6L,yes\n"
		"XEA,2026,e1,T3L,yes\n"
		"XEB,2026,e1,U5L,partial\n"
		"XED,2026,e1,U5L,no\n"
		"XEA,2026,e1,U5I,partial\n"
		"XEA,2026,e1,U7I,yes\n"
		"XEC,2026,e1,U5L,partial\n"
		"XEB,2026,e1,T3L,yes\n"
		"XEA,2026,e1,U5L,yes\n"
		"XED,2026,e1,U6L,no\n"
		"XEB,2026,e1,U6L,yes\n"
		"XEA,2026,e1,U6L,no\n";
	struct fixture f1, f2;
	struct compare *c1, *c2;
	char *a, *b;

	load(&f1, answers);
	load(&f2, shuffled);
	c1 = build(&f1, COMPARE_LEGISLATIVE, NULL);
	c2 = build(&f2, COMPARE_LEGISLATIVE, NULL);
	a = text_compare_csv(c1);
	b = text_compare_csv(c2);
	ck_assert_str_eq(a, b);
	free(a);
	free(b);
	a = text_compare_json(c1);
	b = text_compare_json(c2);
	ck_assert_ptr_nonnull(a);
	ck_assert_str_eq(a, b);
	ck_assert_ptr_nonnull(strstr(a, "\"schema\":\t\"gapscore/compare/2\""));
	ck_assert_ptr_nonnull(strstr(a, "\"round\":\t\"latest\""));
	free(a);
	free(b);
	compare_free(c1);
	compare_free(c2);
	fixture_release(&f1);
	fixture_release(&f2);
}
END_TEST

Suite *suite_compare(void)
{
	Suite *s = suite_create("compare");

	ADD_TEST(s, matrix_cells_are_hand_computed_gaps);
	ADD_TEST(s, unanswered_instrument_is_null);
	ADD_TEST(s, competition_ranking_with_ties_and_unranked);
	ADD_TEST(s, group_means_with_n);
	ADD_TEST(s, without_groups_one_group_all);
	ADD_TEST(s, group_means_use_printed_gaps);
	ADD_TEST(s, latest_picks_each_countrys_last_round);
	ADD_TEST(s, dimension_combined);
	ADD_TEST(s, dimension_names);
	ADD_TEST(s, matrix_for_charts);
	ADD_TEST(s, csv_tables);
	ADD_TEST(s, groups_file_errors);
	ADD_TEST(s, output_is_deterministic);
	return s;
}

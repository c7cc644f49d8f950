/* SPDX-License-Identifier: Apache-2.0 */
/*
 * test-shipped.c - the shipped indicator sets cover what the project
 * promises: every substantive article of UNTOC (5-31, 34), TIP (5-13),
 * SOM (6-16, 18) and the Firearms Protocol (5-15), with a title and both
 * dimensions, and at least 150 UNTOC and 40 indicators per Protocol.
 * Reads indicators/ under $top_srcdir (set by the test harness).
 */
#include "config.h"
#include "tests.h"
#include "load/indset.h"
#include "base/xalloc.h"
#include "base/strbuf.h"

#include <stdlib.h>
#include <string.h>

struct coverage_case {
	const char *file;
	const char *instrument;
	const char *articles;	/* space-separated */
	size_t min_indicators;
};

static const struct coverage_case cases[] = {
	{ "untoc.csv", "UNTOC",
	  "5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 "
	  "28 29 30 31 34", 150 },
	{ "tip.csv", "TIP", "5 6 7 8 9 10 11 12 13", 40 },
	{ "som.csv", "SOM", "6 7 8 9 10 11 12 13 14 15 16 18", 40 },
	{ "fp.csv", "FP", "5 6 7 8 9 10 11 12 13 14 15", 40 },
};

/* Does the set have an indicator of instrument, article and dimension? */
static int has(const struct indset *set, size_t ins, const char *article,
	       size_t dim)
{
	for (size_t i = 0; i < set->count; i++) {
		const struct indicator *ind = &set->items[i];
		if (ind->instrument == ins && ind->dimension == dim &&
		    !strcmp(set->instruments[ins].articles[ind->article].label,
			    article))
			return 1;
	}
	return 0;
}

START_TEST(shipped_sets_cover_the_treaties)
{
	const char *top = getenv("top_srcdir");
	const struct coverage_case *c = &cases[_i];
	struct indset set;
	struct diag_list diags;
	char *path, *articles, *save = NULL;

	ck_assert_msg(top != NULL, "top_srcdir is not set");
	path = xasprintf("%s/indicators/%s", top, c->file);
	indset_init(&set);
	diag_list_init(&diags);
	ck_assert_int_eq(indset_load(&set, path, NULL, &diags), DIAG_OK);
	ck_assert(indset_finish(&set, &diags));
	ck_assert_uint_eq(diags.count, 0);
	ck_assert_uint_eq(set.ninstruments, 1);
	ck_assert_str_eq(set.instruments[0].code, c->instrument);
	ck_assert_msg(set.count >= c->min_indicators, "%s: %zu indicators",
		      c->file, set.count);
	articles = xstrdup(c->articles);
	for (char *a = strtok_r(articles, " ", &save); a;
	     a = strtok_r(NULL, " ", &save)) {
		size_t k;
		for (k = 0; k < set.instruments[0].narticles; k++)
			if (!strcmp(set.instruments[0].articles[k].label, a))
				break;
		ck_assert_msg(k < set.instruments[0].narticles,
			      "%s article %s is missing", c->instrument, a);
		ck_assert_msg(set.instruments[0].articles[k].title[0],
			      "%s article %s has no title", c->instrument, a);
		ck_assert_msg(has(&set, 0, a, DIM_LEGISLATIVE),
			      "%s article %s: no legislative indicator",
			      c->instrument, a);
		ck_assert_msg(has(&set, 0, a, DIM_IMPLEMENTATION),
			      "%s article %s: no implementation indicator",
			      c->instrument, a);
	}
	free(articles);
	free(path);
	diag_list_release(&diags);
	indset_release(&set);
}
END_TEST

Suite *suite_shipped(void)
{
	Suite *s = suite_create("shipped");
	TCase *tc = tcase_create("shipped_sets_cover_the_treaties");
	tcase_add_loop_test(tc, shipped_sets_cover_the_treaties, 0,
			    (int)(sizeof(cases) / sizeof(cases[0])));
	suite_add_tcase(s, tc);
	return s;
}

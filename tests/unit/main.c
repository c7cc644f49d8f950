/*
 * main.c - runs every unit suite with Check and prints the results as TAP,
 * one line per test, so the automake TAP driver counts each test.
 */
#include "config.h"
#include "tests.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

char *fixture_file(const char *text)
{
	char tmpl[] = "/tmp/gapscore-unit-XXXXXX";
	int fd = mkstemp(tmpl);
	size_t len = strlen(text);

	ck_assert_int_ge(fd, 0);
	ck_assert_int_eq(write(fd, text, len), (ssize_t)len);
	close(fd);
	return strdup(tmpl);
}

void fixture_remove(char *path)
{
	if (path)
		unlink(path);
	free(path);
}

void fixture_load(struct fixture *f, const char *indicators,
		  const char *answers)
{
	char *ind[1], *ans[1];

	memset(f, 0, sizeof(*f));
	diag_list_init(&f->diags);
	inputs_init(&f->in);
	f->ind_path = fixture_file(indicators);
	ind[0] = f->ind_path;
	if (answers) {
		f->ans_path = fixture_file(answers);
		ans[0] = f->ans_path;
	}
	f->status = inputs_load(&f->in, ind, 1, ans, answers ? 1 : 0,
				&f->diags);
}

void fixture_release(struct fixture *f)
{
	inputs_release(&f->in);
	diag_list_release(&f->diags);
	fixture_remove(f->ind_path);
	fixture_remove(f->ans_path);
}

int fixture_has_error(const struct fixture *f, long line, const char *needle)
{
	for (size_t i = 0; i < f->diags.count; i++) {
		const struct diag *d = &f->diags.items[i];
		if (line > 0 && d->line != line)
			continue;
		if (strstr(d->message, needle))
			return 1;
	}
	return 0;
}

/* The assessment of country in round, or NULL. */
static const struct assessment *find_assessment(const struct tally *t,
						const char *country,
						const char *round)
{
	for (size_t i = 0; i < t->count; i++)
		if (!strcmp(t->items[i].country, country) &&
		    !strcmp(t->items[i].round, round))
			return &t->items[i];
	return NULL;
}

struct score_result *fixture_score(struct fixture *f, const char *country,
				   const char *round,
				   const struct score_options *opt)
{
	struct score_options defaults;
	const struct assessment *as;

	if (!opt) {
		score_options_init(&defaults);
		opt = &defaults;
	}
	if (f->status != DIAG_OK) {
		diag_print(&f->diags, "fixture", stderr);
		ck_abort_msg("fixture did not load");
	}
	ck_assert_uint_gt(f->in.tally.count, 0);
	as = country ? find_assessment(&f->in.tally, country, round)
		     : &f->in.tally.items[0];
	ck_assert_ptr_nonnull(as);
	return score_assessment(&f->in.set, as, opt);
}

int main(void)
{
	Suite *(*const suites[])(void) = {
		suite_text, suite_answer_type, suite_consensus,
		suite_agreement, suite_score, suite_load, suite_shipped,
		suite_html, suite_chart, suite_panel, suite_plan, suite_trend,
		suite_compare, suite_catalog, suite_wide,
	};
	SRunner *sr = srunner_create(NULL);
	TestResult **results;
	int n, failed = 0;

	for (size_t i = 0; i < sizeof(suites) / sizeof(suites[0]); i++)
		srunner_add_suite(sr, suites[i]());
	srunner_run_all(sr, CK_SILENT);
	n = srunner_ntests_run(sr);
	results = srunner_results(sr);
	printf("1..%d\n", n);
	for (int i = 0; i < n; i++) {
		TestResult *tr = results[i];
		int ok = tr_rtype(tr) == CK_PASS;
		if (ok)
			printf("ok %d - %s\n", i + 1, tr_tcname(tr));
		else
			printf("not ok %d - %s: %s:%d: %s\n", i + 1,
			       tr_tcname(tr), tr_lfile(tr), tr_lno(tr),
			       tr_msg(tr));
		failed += !ok;
	}
	free(results);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}

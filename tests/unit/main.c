/* SPDX-License-Identifier: Apache-2.0 */
/*
 * main.c - runs every unit suite with Check and prints the results as TAP,
 * one line per test, so the automake TAP driver counts each test. Every
 * file a test writes goes into one private directory, made under $TMPDIR
 * (else /tmp) when the run starts and removed with all it holds at the
 * end, so that runs never meet and nothing is left behind.
 */
#include "config.h"
#include "tests.h"

#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* The run's private directory. */
static char *scratch;

/* Make the private directory, or stop the run (TAP "Bail out!"). */
static void scratch_make(void)
{
	const char *tmp = getenv("TMPDIR");

	scratch = xasprintf("%s/gapscore-unit.XXXXXX",
			    tmp && *tmp ? tmp : "/tmp");
	if (!mkdtemp(scratch)) {
		printf("Bail out! cannot create a directory from '%s'\n",
		       scratch);
		exit(EXIT_FAILURE);
	}
	/* Check keeps its own scratch files where $TEMP says. */
	setenv("TEMP", scratch, 1);
}

/* nftw callback: remove one entry, children before their directory. */
static int remove_entry(const char *path, const struct stat *st, int flag,
			struct FTW *ftw)
{
	(void)st;
	(void)flag;
	(void)ftw;
	return remove(path);
}

/* Remove the private directory and whatever a failed test left in it. */
static void scratch_remove(void)
{
	nftw(scratch, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
	free(scratch);
	scratch = NULL;
}

/* A new file in the private directory holding text. */
char *fixture_file(const char *text)
{
	char *path = xasprintf("%s/fixture-XXXXXX", scratch);
	int fd = mkstemp(path);
	size_t len = strlen(text);

	ck_assert_int_ge(fd, 0);
	ck_assert_int_eq(write(fd, text, len), (ssize_t)len);
	close(fd);
	return path;
}

/* Remove a fixture file and free its path. */
void fixture_remove(char *path)
{
	if (path)
		unlink(path);
	free(path);
}

/* Write both texts to fixture files and load them as a run would. */
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

/* Free what fixture_load made and remove its files. */
void fixture_release(struct fixture *f)
{
	inputs_release(&f->in);
	diag_list_release(&f->diags);
	fixture_remove(f->ind_path);
	fixture_remove(f->ans_path);
}

/* Search the messages (errors and warnings alike). */
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

void fixture_print_diags(const struct fixture *f)
{
	for (size_t i = 0; i < f->diags.count; i++) {
		char *line = diag_format(&f->diags.items[i], "fixture");
		fprintf(stderr, "%s\n", line);
		free(line);
	}
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
		fixture_print_diags(f);
		ck_abort_msg("fixture did not load");
	}
	ck_assert_uint_gt(f->in.tally.count, 0);
	as = country ? find_assessment(&f->in.tally, country, round)
		     : &f->in.tally.items[0];
	ck_assert_ptr_nonnull(as);
	return assess(&f->in.set, as, opt);
}

/* Run every suite in the private directory; one TAP line per test. */
int main(void)
{
	Suite *(*const suites[])(void) = {
		suite_text, suite_answer_type, suite_consensus,
		suite_agreement, suite_score, suite_legal, suite_load, suite_shipped,
		suite_html, suite_observe, suite_pages, suite_chart, suite_panel,
		suite_plan, suite_trend, suite_compare, suite_catalog,
		suite_wide, suite_limits, suite_xlsx, suite_input,
		suite_analyst, suite_progress, suite_tr,
		suite_answer_words, suite_questionnaire,
		suite_json, suite_workpool,
	};
	SRunner *sr = srunner_create(NULL);
	TestResult **results;
	int n, failed = 0;

	scratch_make();
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
	scratch_remove();
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}

/* The writers of publish/writers.h into fresh strings (caller frees). */
#define TEXT_OF(call)                                                     \
	do {                                                              \
		struct strbuf sb;                                         \
		struct sink out;                                          \
		strbuf_init(&sb);                                         \
		sink_init_strbuf(&out, &sb);                              \
		call;                                                     \
		return strbuf_detach(&sb);                                \
	} while (0)

char *text_report_json(const struct score_result *r)
{
	TEXT_OF(report_json(&out, r, NULL, 0, NULL, NULL, true));
}

char *text_plan_json(const struct plan *p)
{
	TEXT_OF(plan_json(&out, p, NULL, true));
}

char *text_plan_csv(const struct plan *p)
{
	TEXT_OF(plan_csv(&out, p));
}

char *text_compare_json(const struct compare *c)
{
	TEXT_OF(compare_json(&out, c, NULL, true));
}

char *text_compare_csv(const struct compare *c)
{
	TEXT_OF(compare_csv(&out, c));
}

char *text_compare_groups_csv(const struct compare *c)
{
	TEXT_OF(compare_groups_csv(&out, c));
}

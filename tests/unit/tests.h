/* SPDX-License-Identifier: Apache-2.0 */
/*
 * tests.h - what the unit test files share: the suites they export and
 * helpers that load indicator sets and answers from CSV text, so that
 * scoring tests read like the hand computations they check.
 */
#ifndef TESTS_H
#define TESTS_H

#include <check.h>
#include <math.h>

#include "base/diag.h"
#include "base/strbuf.h"
#include "base/text.h"
#include "base/xalloc.h"
#include "base/sink.h"
#include "publish/writers.h"
#include "load/inputs.h"
#include "score/assess.h"
#include "score/score.h"

Suite *suite_text(void);
Suite *suite_legal(void);
Suite *suite_answer_type(void);
Suite *suite_consensus(void);
Suite *suite_agreement(void);
Suite *suite_score(void);
Suite *suite_load(void);
Suite *suite_shipped(void);
Suite *suite_html(void);
Suite *suite_observe(void);
Suite *suite_pages(void);
Suite *suite_chart(void);
Suite *suite_panel(void);
Suite *suite_plan(void);
Suite *suite_trend(void);
Suite *suite_compare(void);
Suite *suite_catalog(void);
Suite *suite_wide(void);
Suite *suite_limits(void);
Suite *suite_xlsx(void);
Suite *suite_input(void);
Suite *suite_analyst(void);
Suite *suite_progress(void);
Suite *suite_answer_words(void);
Suite *suite_questionnaire(void);
Suite *suite_json(void);
Suite *suite_workpool(void);
Suite *suite_tr(void);

/* Write text to a fresh file in the run's private temporary directory;
 * returns its path (caller frees with fixture_remove). */
char *fixture_file(const char *text);
void fixture_remove(char *path);

/* Indicators and answers loaded from CSV text. */
struct fixture {
	struct inputs in;
	struct diag_list diags;
	enum diag_status status;
	char *ind_path;
	char *ans_path;
};
/* Load; answers may be NULL. */
void fixture_load(struct fixture *f, const char *indicators,
		  const char *answers);
void fixture_release(struct fixture *f);
/* Does some diagnostic message contain needle (and, when line > 0, sit
 * on that line)? */
int fixture_has_error(const struct fixture *f, long line, const char *needle);
/* Print the fixture's diagnostics to stderr, to say why it failed. */
void fixture_print_diags(const struct fixture *f);

/* Score the only (or the named) assessment with default options. */
struct score_result *fixture_score(struct fixture *f, const char *country,
				   const char *round,
				   const struct score_options *opt);

/* One test case per test, named after its function, so TAP names it. */
#define ADD_TEST(suite, fn)                      \
	do {                                     \
		TCase *tc_ = tcase_create(#fn);  \
		tcase_add_test(tc_, fn);         \
		suite_add_tcase((suite), tc_);   \
	} while (0)

#define ck_assert_close(a, b) ck_assert_double_eq_tol((a), (b), 1e-9)

/* Writers into strings, for checks on whole documents (caller frees). */
struct plan;
struct compare;
char *text_report_json(const struct score_result *r);
char *text_plan_json(const struct plan *p);
char *text_plan_csv(const struct plan *p);
char *text_compare_json(const struct compare *c);
char *text_compare_csv(const struct compare *c);
char *text_compare_groups_csv(const struct compare *c);

#endif

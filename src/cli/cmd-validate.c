/* SPDX-License-Identifier: Apache-2.0 */
/*
 * cmd-validate.c - "gapscore validate": load indicator sets and answers,
 * report every problem and how complete each expert's questionnaire is,
 * write nothing.
 */
#include "config.h"
#include "cli/cli.h"
#include "load/complete.h"

#include <stdio.h>
#include <stdlib.h>

/* The command's own values. */
struct validate_own {
	bool require_complete;		/* --require-complete */
};

static const struct cli_option opt_require_complete = {
	.name = "require-complete",
	.help = N_("a missing answer (an empty cell or unknown) is an error "
		"(exit status 1), so that only finished questionnaires pass"),
	.kind = CLI_FLAG, CLI_OWN(struct validate_own, require_complete),
};

/* The answers read, over every assessment. */
static size_t count_answers(const struct tally *t)
{
	size_t n = 0;

	for (size_t i = 0; i < t->count; i++)
		n += t->items[i].nrows;
	return n;
}

/* One line of the completeness table. */
static void print_completeness(const struct tally *t,
			       const struct completeness *c)
{
	const struct assessment *as = &t->items[c->assessment];

	printf("  %s %s %s %s: %zu answered, %zu missing, %zu n/a with a "
	       "reason, %zu n/a without", as->country, as->round,
	       as->experts[c->expert],
	       t->set->instruments[c->instrument].code, c->answered,
	       c->missing, c->na_reason, c->na_bare);
	if (c->not_asked)
		printf(", %zu not asked", c->not_asked);
	printf("%s\n", completeness_blank(c) ? " (blank)" : "");
}

/* The completeness table, when some answer is missing or some n/a has
 * no reason (a complete file's output stays as it was); the last line:
 * "blank" when no question of any file is answered, else "valid". */
static void print_verdict(const struct tally *t)
{
	size_t n, missing = 0, bare = 0, given = 0;
	struct completeness *c = completeness_count(t, &n);

	for (size_t i = 0; i < n; i++) {
		missing += c[i].missing;
		bare += c[i].na_bare;
		given += c[i].answered + c[i].na_reason + c[i].na_bare;
	}
	if (missing || bare) {
		printf("completeness (country round expert instrument):\n");
		for (size_t i = 0; i < n; i++)
			print_completeness(t, &c[i]);
	}
	if (n && !given)
		printf("blank: no question is answered\n");
	else
		printf("valid\n");
	free(c);
}

/* --require-complete: an error at every missing answer. */
static int require_complete(const struct inputs *in)
{
	struct diag_list dl;
	size_t n;

	diag_list_init(&dl);
	n = completeness_require(&in->tally, &dl);
	msg_diags(&dl);
	diag_list_release(&dl);
	if (!n)
		return EXIT_OK;
	msg_note("%zu answer%s missing; the questionnaires are not complete",
		 n, n == 1 ? " is" : "s are");
	return EXIT_INVALID;
}

/* Say what was read (unless -q), how complete it is and that it is
 * valid (or blank). */
static int validate_work(struct cli_args *a, const struct inputs *in)
{
	const struct validate_own *own = a->own;
	size_t ni = a->indicators.count, na = a->answers.count;

	if (own->require_complete && require_complete(in) != EXIT_OK)
		return EXIT_INVALID;
	if (a->quiet)
		return EXIT_OK;
	printf("%zu indicator%s in %zu instrument%s from %zu file%s\n",
	       in->set.count, in->set.count == 1 ? "" : "s",
	       in->set.ninstruments, in->set.ninstruments == 1 ? "" : "s",
	       ni, ni == 1 ? "" : "s");
	if (na) {
		size_t n = count_answers(&in->tally);
		printf("%zu answer%s in %zu assessment%s from %zu file%s\n", n,
		       n == 1 ? "" : "s", in->tally.count,
		       in->tally.count == 1 ? "" : "s", na,
		       na == 1 ? "" : "s");
	}
	print_verdict(&in->tally);
	return EXIT_OK;
}

static const struct cli_use options[] = {
	{ .option = &cli_opt_indicators },
	{ .option = &cli_opt_answers, .flags = CLI_OPTIONAL },
	{ .option = &cli_opt_wide },
	{ .option = &cli_opt_countries },
	{ .option = &cli_opt_delimiter },
	{ .option = &cli_opt_lang,
	  .help = N_("the language the answers are written in where a row has "
		  "no lang cell: its answer words (oui, non, ...) are "
		  "accepted, docs/answer-words.md") },
	{ .option = &opt_require_complete },
	{ .option = &cli_opt_quiet, .help = N_("print nothing on success") },
	CLI_END,
};

const struct cli_command cmd_validate = {
	.name = "validate",
	.summary = N_("check indicator sets and answers; write nothing"),
	.description =
	N_("Check indicator sets and, if given, answer files against the input\n"
	"formats, and report every problem as FILE:LINE:COLUMN: what was\n"
	"expected (up to 50 errors per file). Nothing is written.\n"
	"\n"
	"When an answer is missing (an empty cell or unknown) or an n/a has\n"
	"no reason (no evidence and no comment), a completeness table follows\n"
	"the summary: per assessment, expert and instrument, the questions\n"
	"answered, missing, n/a with a reason and n/a without. A follow-up\n"
	"left empty because the expert's own answer to its parent does not\n"
	"ask it (depends_on) is not missing: it is counted as not asked.\n"
	"Answers files whose questions are all unanswered (a blank template)\n"
	"end with 'blank: no question is answered' instead of 'valid'.\n"),
	.options = options,
	.exit_status =
	N_("0 valid (warnings allowed; blank or incomplete answers\n"
	"too, unless --require-complete), 1 invalid input data or,\n"
	"with --require-complete, a missing answer, 2 usage error,\n"
	"3 a file could not be read.\n"),
	.example =
	"gapscore validate -i indicators/untoc.csv -a examples/answers/XEA-2026.csv\n",
	.own_size = sizeof(struct validate_own),
	.work = validate_work,
	.load_counts_only = true,
};

/*
 * cmd-validate.c - "gapscore validate": load indicator sets and answers,
 * report every problem, write nothing.
 */
#include "config.h"
#include "cli/cli.h"

#include <stdio.h>

/* The answers read, over every assessment. */
static size_t count_answers(const struct tally *t)
{
	size_t n = 0;

	for (size_t i = 0; i < t->count; i++)
		n += t->items[i].nrows;
	return n;
}

/* Say what was read (unless -q) and that it is valid. */
static int validate_work(struct cli_args *a, const struct inputs *in)
{
	size_t ni = a->indicators.count, na = a->answers.count;

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
	printf("valid\n");
	return EXIT_OK;
}

static const struct cli_use options[] = {
	{ .option = &cli_opt_indicators },
	{ .option = &cli_opt_answers, .flags = CLI_OPTIONAL },
	{ .option = &cli_opt_wide },
	{ .option = &cli_opt_quiet, .help = "print nothing on success" },
	CLI_END,
};

const struct cli_command cmd_validate = {
	.name = "validate",
	.summary = "check indicator sets and answers; write nothing",
	.description =
	"Check indicator sets and, if given, answer files against the input\n"
	"formats, and report every problem as FILE:LINE:COLUMN: what was\n"
	"expected (up to 50 errors per file). Nothing is written.\n",
	.options = options,
	.exit_status =
	"0 valid (warnings allowed), 1 invalid input data,\n"
	"2 usage error, 3 a file could not be read.\n",
	.example =
	"gapscore validate -i indicators/untoc.csv -a examples/answers/XEA-2026.csv\n",
	.work = validate_work,
};

/*
 * cmd-validate.c - "gapscore validate": load indicator sets and answers,
 * report every problem, write nothing.
 */
#include "config.h"
#include "cli/cli.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>

static const char help[] =
	"Usage: gapscore validate -i INDICATORS.csv [-i ...] [-a ANSWERS.csv ...]\n"
	"\n"
	"Check indicator sets and, if given, answer files against the input\n"
	"formats, and report every problem as FILE:LINE:COLUMN: what was\n"
	"expected (up to 50 errors per file). Nothing is written.\n"
	"\n"
	"Options:\n"
	"  -i, --indicators FILE  an indicator set (repeat for several; ids must\n"
	"                         be unique across them); '-' reads standard input\n"
	"  -a, --answers FILE     an answers file (repeat for several)\n"
	"      --wide             answers files are wide: one row per expert,\n"
	"                         one column per indicator id (else told from\n"
	"                         the header)\n"
	"  -q, --quiet            print nothing on success\n"
	"  -h, --help             show this help\n"
	"\n"
	"Exit status: 0 valid (warnings allowed), 1 invalid input data,\n"
	"2 usage error, 3 a file could not be read.\n"
	"\n"
	"Example:\n"
	"  gapscore validate -i indicators/untoc.csv -a examples/answers/XEA-2026.csv\n";

static size_t count_answers(const struct tally *t)
{
	size_t n = 0;

	for (size_t i = 0; i < t->count; i++)
		n += t->items[i].nrows;
	return n;
}

static int run(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "indicators", required_argument, NULL, 'i' },
		{ "answers", required_argument, NULL, 'a' },
		{ "wide", no_argument, NULL, CLI_OPT_WIDE },
		{ "quiet", no_argument, NULL, 'q' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	struct path_list indicators = { 0 }, answers = { 0 };
	struct diag_list diags;
	struct inputs in;
	enum diag_status st;
	bool quiet = false, wide = false;
	int c, status;

	opterr = 0;
	while ((c = getopt_long(argc, argv, ":i:a:qh", longopts, NULL)) != -1) {
		switch (c) {
		case 'i':
			path_list_add(&indicators, optarg);
			break;
		case 'a':
			path_list_add(&answers, optarg);
			break;
		case 'q':
			quiet = true;
			break;
		case CLI_OPT_WIDE:
			wide = true;
			break;
		case 'h':
			path_list_release(&indicators);
			path_list_release(&answers);
			print_command_help(&cmd_validate);
			return finish_stdout(EXIT_OK);
		case ':':
			status = usage_error("validate", "option '%s' needs a "
					     "value", argv[optind - 1]);
			goto out_usage;
		default:
			status = usage_error("validate", "unknown option '%s'",
					     argv[optind - 1]);
			goto out_usage;
		}
	}
	if (optind < argc) {
		status = usage_error("validate", "unexpected argument '%s'; "
				     "files are given with -i and -a",
				     argv[optind]);
		goto out_usage;
	}
	if (indicators.count == 0) {
		status = usage_error("validate", "no indicator set; give at "
				     "least one with -i FILE");
		goto out_usage;
	}

	diag_list_init(&diags);
	inputs_init(&in);
	if (wide)
		in.layout = ANSWERS_WIDE;
	st = inputs_load(&in, indicators.items, indicators.count,
			 answers.items, answers.count, &diags);
	status = report_diagnostics(&diags, st);
	if (status == EXIT_OK && !quiet) {
		printf("%zu indicator%s in %zu instrument%s from %zu file%s\n",
		       in.set.count, in.set.count == 1 ? "" : "s",
		       in.set.ninstruments, in.set.ninstruments == 1 ? "" : "s",
		       indicators.count, indicators.count == 1 ? "" : "s");
		if (answers.count) {
			size_t n = count_answers(&in.tally);
			printf("%zu answer%s in %zu assessment%s from %zu "
			       "file%s\n", n, n == 1 ? "" : "s",
			       in.tally.count, in.tally.count == 1 ? "" : "s",
			       answers.count, answers.count == 1 ? "" : "s");
		}
		printf("valid\n");
	}
	inputs_release(&in);
	diag_list_release(&diags);
	path_list_release(&indicators);
	path_list_release(&answers);
	return finish_stdout(status);

out_usage:
	path_list_release(&indicators);
	path_list_release(&answers);
	return status;
}

const struct command cmd_validate = {
	.name = "validate",
	.summary = "check indicator sets and answers; write nothing",
	.help = help,
	.run = run,
};

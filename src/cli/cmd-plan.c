/*
 * cmd-plan.c - "gapscore plan": load, score every selected assessment
 * and write one technical assistance plan over all of them, grouped by
 * technical assistance category and instrument, as OUTDIR/plan.json and
 * OUTDIR/plan.csv.
 */
#include "config.h"
#include "cli/cli.h"
#include "load/answers.h"
#include "base/fsutil.h"
#include "base/strbuf.h"
#include "base/text.h"
#include "publish/documents.h"
#include "score/plan.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char help[] =
	"Usage: gapscore plan -i INDICATORS.csv [-i ...] -a ANSWERS.csv [-a ...]\n"
	"                     -o OUTDIR [OPTION]...\n"
	"\n"
	"Score every assessment (a country in a round) and gather their\n"
	"technical assistance needs into one plan, the basis for shaping\n"
	"projects: needs grouped by technical assistance category (a need with\n"
	"several categories is listed under each; one with none under\n"
	"\"unspecified\"), then by instrument, highest priority first. Each\n"
	"group gives its total priority (the sum of its needs' priorities as\n"
	"printed), the countries concerned and the legislative guide sections\n"
	"involved. A need is an article dimension with a gap; its priority is\n"
	"article_weight x gap, with unmet non-mandatory provisions discounted\n"
	"(see README, \"How scores are computed\").\n"
	"\n"
	"Writes OUTDIR/plan.json and OUTDIR/plan.csv (one row per\n"
	"category and need, for spreadsheets). Input is checked in full first:\n"
	"if any file is invalid, nothing is written.\n"
	"\n"
	"Options:\n"
	"  -i, --indicators FILE   an indicator set (repeat for several)\n"
	"  -a, --answers FILE      an answers file (repeat for several)\n"
	"      --wide              the answers files are wide: one row per\n"
	"                          expert, one column per indicator id (else\n"
	"                          told from the header)\n"
	"  -o, --output DIR        where to write plan.json and plan.csv\n"
	"      --country ISO3      plan only for this country\n"
	"      --round ROUND       plan only for this round\n"
	"      --latest            per country, only its latest round (rounds\n"
	"                          sort as text)\n"
	"      --consensus RULE    median (default), mean, min, max or\n"
	"                          weighted (by confidence)\n"
	"      --coverage-threshold X\n"
	"                          below this coverage (0 to 1, default 0.5) an\n"
	"                          article's status is insufficient-data and it\n"
	"                          gets no rating\n"
	"      --min-priority P    leave out needs whose priority (as printed,\n"
	"                          4 decimals) is below P (a number >= 0,\n"
	"                          default 0: every need)\n"
	"  -q, --quiet             do not list the files written\n"
	"  -h, --help              show this help\n"
	"\n"
	"In plan.csv, text from the input files that a spreadsheet would read\n"
	"as a formula (a cell starting with =, +, -, @, a tab or a carriage\n"
	"return) is written with a leading apostrophe.\n"
	"\n"
	"Exit status: 0 success, 1 invalid input data or no assessment selected\n"
	"(nothing written), 2 usage error, 3 system error (cannot read or\n"
	"write).\n"
	"\n"
	"Example:\n"
	"  gapscore plan -i indicators/untoc.csv -i indicators/tip.csv \\\n"
	"      -i indicators/som.csv -i indicators/fp.csv \\\n"
	"      -a examples/answers/XEA-2023.csv -a examples/answers/XEA-2026.csv \\\n"
	"      -a examples/answers/XEB-2026.csv --latest --min-priority 0.5 \\\n"
	"      -o reports/plan\n";

enum {
	OPT_LATEST = 256,
	OPT_MIN_PRIORITY,
};

struct plan_args {
	struct path_list indicators;
	struct path_list answers;
	bool wide;		/* --wide */
	const char *outdir;
	bool quiet;
	struct plan_options options;
};

/* Parse the options into args; returns -1 to go on, else an exit status. */
static int parse_args(int argc, char **argv, struct plan_args *args)
{
	static const struct option longopts[] = {
		{ "indicators", required_argument, NULL, 'i' },
		{ "answers", required_argument, NULL, 'a' },
		{ "wide", no_argument, NULL, CLI_OPT_WIDE },
		{ "output", required_argument, NULL, 'o' },
		{ "consensus", required_argument, NULL, CLI_OPT_CONSENSUS },
		{ "country", required_argument, NULL, CLI_OPT_COUNTRY },
		{ "round", required_argument, NULL, CLI_OPT_ROUND },
		{ "latest", no_argument, NULL, OPT_LATEST },
		{ "coverage-threshold", required_argument, NULL, CLI_OPT_COVERAGE },
		{ "min-priority", required_argument, NULL, OPT_MIN_PRIORITY },
		{ "quiet", no_argument, NULL, 'q' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const struct cli_common co = {
		.indicators = &args->indicators,
		.answers = &args->answers,
		.country = &args->options.country,
		.round = &args->options.round,
		.score = &args->options.score,
		.wide = &args->wide,
	};
	int c, st;

	opterr = 0;
	while ((c = getopt_long(argc, argv, ":i:a:o:qh", longopts, NULL)) != -1) {
		switch (c) {
		case 'o':
			args->outdir = optarg;
			break;
		case 'q':
			args->quiet = true;
			break;
		case OPT_LATEST:
			args->options.latest_only = true;
			break;
		case OPT_MIN_PRIORITY: {
			double v;
			if (!parse_number(optarg, &v) || v < 0)
				return usage_error("plan", "--min-priority '%s' "
						   "is not valid; expected a "
						   "number of 0 or more",
						   optarg);
			args->options.min_priority = v;
			break;
		}
		case 'h':
			print_command_help(&cmd_plan);
			return finish_stdout(EXIT_OK);
		default:
			st = cli_common_option("plan", c, argv, &co);
			if (st >= 0)
				return st;
			break;
		}
	}
	return cli_check_files("plan", argc, argv, &co, args->outdir,
			       "directory; give one with -o DIR");
}

/* Write the plan's two files (both made before either is written), list
 * them and say how much the plan holds. */
static int write_plan(const struct plan_args *args, const struct plan *p)
{
	struct document doc = { .type = &doc_plan, .subject = p };
	struct publish_options popt = { .outdir = args->outdir,
					.charts = CHART_NONE };
	struct publish_result out;
	int status;

	status = cli_publish_outcome(publish_documents(&doc, 1, &popt, &out),
				     &out, &popt, args->quiet);
	if (status == EXIT_OK && !args->quiet)
		printf("%zu need%s from %zu assessment%s\n", p->nneeds,
		       p->nneeds == 1 ? "" : "s", p->nassessments,
		       p->nassessments == 1 ? "" : "s");
	publish_result_release(&out);
	return status;
}

/* Build the plan of the loaded inputs and write it. */
static int make_plan(const struct plan_args *args, const struct inputs *in)
{
	const struct plan_options *opt = &args->options;
	const struct assessment **sel;
	struct plan *p;
	int status;

	/* Checked before scoring so that a selection matching nothing is
	 * an error that writes nothing, as in "gapscore score". */
	if (plan_select(&in->tally, opt, &sel) == 0) {
		fprintf(stderr, "%s: error: no assessment matches%s%s%s%s; "
			"nothing was written\n", PROG,
			opt->country ? " --country " : "",
			opt->country ? opt->country : "",
			opt->round ? " --round " : "",
			opt->round ? opt->round : "");
		return EXIT_INVALID;
	}
	free(sel);
	p = plan_build(&in->set, &in->tally, opt);
	status = write_plan(args, p);
	plan_free(p);
	return status;
}

/* The command's work on loaded inputs (see cli_run_job). */
static int plan_work(void *ctx, const struct inputs *in)
{
	return make_plan(ctx, in);
}

/* The command: parse, load, check, plan, write; returns the exit status. */
static int run(int argc, char **argv)
{
	struct plan_args args;
	int status;

	memset(&args, 0, sizeof(args));
	plan_options_init(&args.options);
	status = parse_args(argc, argv, &args);
	if (status >= 0)
		goto out;

	status = cli_run_job(&(const struct cli_job){
		.indicators = &args.indicators,
		.answers = &args.answers,
		.wide = args.wide,
		.work = plan_work,
		.ctx = &args,
	});
out:
	path_list_release(&args.indicators);
	path_list_release(&args.answers);
	return status;
}

const struct command cmd_plan = {
	.name = "plan",
	.summary = "write a technical assistance plan over many assessments",
	.help = help,
	.run = run,
};

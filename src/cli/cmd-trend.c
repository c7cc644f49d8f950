/*
 * cmd-trend.c - "gapscore trend": each country's scores over its
 * assessment rounds, written to OUTDIR/COUNTRY/trend.json with line
 * charts beside it.
 */
#include "config.h"
#include "cli/cli.h"
#include "base/xalloc.h"
#include "base/text.h"
#include "publish/documents.h"
#include "score/trend.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char help[] =
	"Usage: gapscore trend -i INDICATORS.csv [-i ...] -a ANSWERS.csv [-a ...]\n"
	"                      -o OUTDIR [OPTION]...\n"
	"\n"
	"For each country, the series of its scores over its assessment rounds\n"
	"(rounds sort as text, in time order): per dimension overall, per\n"
	"instrument and per article; the change since the baseline (the first\n"
	"round) and since the last round; the share of the baseline gap closed;\n"
	"improved, regressed or stable within --tolerance; and the indicators\n"
	"whose consensus moved between the last two rounds. Changes compare like\n"
	"with like: they are measured on scores recomputed in every round from\n"
	"the indicators answered in every round; the scores as reported are\n"
	"kept beside them, and the indicators answered in some rounds only are\n"
	"listed as not comparable. Writes OUTDIR/COUNTRY/trend.json and line\n"
	"charts (trend-overall, trend-INSTRUMENT) beside it.\n"
	"\n"
	"Options:\n"
	"  -i, --indicators FILE   an indicator set (repeat for several)\n"
	"  -a, --answers FILE      an answers file (repeat for several)\n"
	"      --wide              the answers files are wide: one row per\n"
	"                          expert, one column per indicator id (else\n"
	"                          told from the header)\n"
	"  -o, --output DIR        where to write the trends\n"
	"      --country ISO3      only this country\n"
	"      --tolerance T       a change within T (default 0.05) is stable\n"
	"      --consensus RULE    median (default), mean, min, max or weighted\n"
	"      --coverage-threshold X\n"
	"                          as for score (default 0.5)\n"
	"      --charts FORMAT     png (default), svg or none\n"
	"      --gnuplot PATH      the gnuplot to run (default: $GNUPLOT, else\n"
	"                          gnuplot on PATH)\n"
	"      --gnuplot-timeout SECONDS\n"
	"                          stop gnuplot after this long (default 300)\n"
	"      --keep-scripts      leave charts.gp and the data files beside the\n"
	"                          charts\n"
	"      --lang LANG         chart titles in LANG where translated\n"
	"  -q, --quiet             do not list the files written\n"
	"  -h, --help              show this help\n"
	"\n"
	"Exit status: 0 success (also without gnuplot: no charts, a warning),\n"
	"1 invalid input data (nothing written), 2 usage error, 3 system error\n"
	"(cannot read or write, gnuplot failed).\n"
	"\n"
	"Example:\n"
	"  gapscore trend -i indicators/untoc.csv -i indicators/tip.csv \\\n"
	"      -i indicators/som.csv -i indicators/fp.csv \\\n"
	"      -a examples/answers/XEB-2023.csv -a examples/answers/XEB-2026.csv \\\n"
	"      -o reports/trend\n";

enum {
	OPT_TOLERANCE = 256,
};

struct trend_args {
	struct path_list indicators;
	struct path_list answers;
	bool wide;		/* --wide */
	const char *country;
	const char *round;	/* unused: trends span every round */
	struct score_options options;
	struct publish_options publish;
	double tolerance;
	bool quiet;
};

static int parse_args(int argc, char **argv, struct trend_args *args)
{
	static const struct option longopts[] = {
		{ "indicators", required_argument, NULL, 'i' },
		{ "answers", required_argument, NULL, 'a' },
		{ "wide", no_argument, NULL, CLI_OPT_WIDE },
		{ "output", required_argument, NULL, 'o' },
		{ "country", required_argument, NULL, CLI_OPT_COUNTRY },
		{ "consensus", required_argument, NULL, CLI_OPT_CONSENSUS },
		{ "coverage-threshold", required_argument, NULL,
		  CLI_OPT_COVERAGE },
		{ "tolerance", required_argument, NULL, OPT_TOLERANCE },
		CLI_CHART_OPTIONS,
		{ "quiet", no_argument, NULL, 'q' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const struct cli_common co = {
		.indicators = &args->indicators,
		.answers = &args->answers,
		.country = &args->country,
		.round = &args->round,
		.score = &args->options,
		.wide = &args->wide,
	};
	int c, st;
	double v;

	opterr = 0;
	while ((c = getopt_long(argc, argv, ":i:a:o:qh", longopts, NULL)) != -1) {
		switch (c) {
		case 'o':
			args->publish.outdir = optarg;
			break;
		case 'q':
			args->quiet = true;
			break;
		case OPT_TOLERANCE:
			if (!parse_number(optarg, &v) || v < 0 || v > 1)
				return usage_error("trend", "--tolerance '%s' is "
						   "not valid; expected a number "
						   "from 0 to 1", optarg);
			args->tolerance = v;
			break;
		case 'h':
			print_command_help(&cmd_trend);
			return finish_stdout(EXIT_OK);
		default:
			st = cli_chart_option("trend", c, &args->publish);
			if (st == -2)
				st = cli_common_option("trend", c, argv, &co);
			if (st >= 0)
				return st;
			break;
		}
	}
	return cli_check_files("trend", argc, argv, &co, args->publish.outdir,
			       "directory; give one with -o DIR");
}

/* Build, write and report the trends of the selected countries. */
static int write_trends(struct trend_args *args, const struct inputs *in)
{
	size_t ncountries, n = 0;
	const char **countries = trend_countries(&in->tally, &ncountries);
	struct trend **trends = xcalloc(ncountries + 1, sizeof(*trends));
	struct document *docs;
	struct publish_result out;
	enum publish_status st;
	int status = EXIT_OK;

	for (size_t i = 0; i < ncountries; i++)
		if (!args->country || !strcmp(args->country, countries[i]))
			trends[n++] = trend_build(&in->set, &in->tally,
						  countries[i], &args->options,
						  args->tolerance);
	free(countries);
	if (n == 0) {
		free(trends);
		fprintf(stderr, "%s: error: no assessment of country %s; "
			"nothing was written\n", PROG,
			args->country ? args->country : "(any)");
		return EXIT_INVALID;
	}
	docs = xcalloc(n, sizeof(*docs));
	for (size_t i = 0; i < n; i++) {
		docs[i].type = &doc_trend;
		docs[i].subject = trends[i];
		docs[i].dir = xstrdup(trends[i]->country);
	}
	st = publish_documents(docs, n, &args->publish, &out);
	status = cli_publish_outcome(st, &out, &args->publish, args->quiet);
	if (!args->quiet && out.nlisted)
		printf("%zu trend%s and %zu chart%s written under %s\n",
		       out.nlisted, out.nlisted == 1 ? "" : "s", out.ncharts,
		       out.ncharts == 1 ? "" : "s", args->publish.outdir);
	publish_result_release(&out);
	for (size_t i = 0; i < n; i++) {
		trend_free(trends[i]);
		free(docs[i].dir);
	}
	free(trends);
	free(docs);
	return status;
}

/* The command's work on loaded inputs (see cli_run_job). */
static int trend_work(void *ctx, const struct inputs *in)
{
	return write_trends(ctx, in);
}

static int run(int argc, char **argv)
{
	struct trend_args args;
	int status;

	memset(&args, 0, sizeof(args));
	score_options_init(&args.options);
	args.tolerance = 0.05;
	cli_publish_defaults(&args.publish);
	status = parse_args(argc, argv, &args);
	if (status >= 0)
		goto out;
	status = cli_run_job(&(const struct cli_job){
		.indicators = &args.indicators,
		.answers = &args.answers,
		.wide = args.wide,
		.work = trend_work,
		.ctx = &args,
	});
out:
	path_list_release(&args.indicators);
	path_list_release(&args.answers);
	return status;
}

const struct command cmd_trend = {
	.name = "trend",
	.summary = "follow each country's scores over assessment rounds",
	.help = help,
	.run = run,
};

/*
 * cmd-score.c - "gapscore score": load, score every assessment (or the
 * ones chosen with --country and --round) and write one JSON gap report
 * each at OUTDIR/COUNTRY/ROUND/report.json.
 */
#include "config.h"
#include "cli/cli.h"
#include "load/answers.h"
#include "score/evidence.h"
#include "publish/publish.h"
#include "base/xalloc.h"
#include "base/text.h"
#include "score/score.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char help[] =
	"Usage: gapscore score -i INDICATORS.csv [-i ...] -a ANSWERS.csv [-a ...]\n"
	"                      -o OUTDIR [OPTION]...\n"
	"\n"
	"Merge the experts' answers into one national view per indicator, score\n"
	"the legislative and implementation gaps per Convention article, and\n"
	"write one JSON gap report per assessment (a country in a round) at\n"
	"OUTDIR/COUNTRY/ROUND/report.json. Input is checked in full first: if\n"
	"any file is invalid, nothing is written.\n"
	"\n"
	"Options:\n"
	"  -i, --indicators FILE   an indicator set (repeat for several)\n"
	"  -a, --answers FILE      an answers file (repeat for several)\n"
	"      --wide              the answers files are wide: one row per\n"
	"                          expert, one column per indicator id (else\n"
	"                          told from the header)\n"
	"  -o, --output DIR        where to write the reports\n"
	"      --consensus RULE    median (default), mean, min, max, or weighted:\n"
	"                          the mean weighted by each answer's confidence\n"
	"                          (1-3 or low/medium/high; not given = medium)\n"
	"      --country ISO3      score only this country\n"
	"      --round ROUND       score only this round\n"
	"      --coverage-threshold X\n"
	"                          below this coverage (0 to 1, default 0.5) an\n"
	"                          article's status is insufficient-data and it\n"
	"                          gets no rating\n"
	"      --legislative-bands C,LC,PC\n"
	"                          lowest scores rated C, LC and PC (below: NC);\n"
	"                          default 0.85,0.65,0.35\n"
	"      --implementation-bands HIGH,SUBSTANTIAL,MODERATE\n"
	"                          lowest scores rated high, substantial and\n"
	"                          moderate (below: low); default 0.85,0.65,0.35\n"
	"      --charts FORMAT     png (default), svg or none: the charts drawn\n"
	"                          beside each report (none: no gnuplot at all)\n"
	"      --gnuplot PATH      the gnuplot to run (default: $GNUPLOT, else\n"
	"                          gnuplot on PATH)\n"
	"      --gnuplot-timeout SECONDS\n"
	"                          stop gnuplot after this long (default 300)\n"
	"      --keep-scripts      leave each assessment's charts.gp and data\n"
	"                          files beside its charts, to restyle them and\n"
	"                          run gnuplot yourself\n"
	"      --lang LANG         questions and article titles in the HTML report\n"
	"                          and charts in LANG (e.g. fr, es) where the\n"
	"                          indicator sets translate them\n"
	"      --disagreement-threshold X\n"
	"                          flag an indicator whose experts' scores differ\n"
	"                          by at least X (default 0.5), or who chose\n"
	"                          different answers of a yes/no or choice type\n"
	"      --bootstrap N       resample the experts N times and give a 90%\n"
	"                          interval for every article score (default 0:\n"
	"                          none)\n"
	"      --seed S            the bootstrap's seed (default 1): the same seed\n"
	"                          gives the same intervals\n"
	"      --citation-patterns FILE\n"
	"                          PCRE2 patterns (one per line) that recognise a\n"
	"                          cited legal provision in evidence, instead of\n"
	"                          the built-in English, French and Spanish ones;\n"
	"                          a positive legislative answer citing none is\n"
	"                          flagged unsupported\n"
	"      --agreement-metric M\n"
	"                          Krippendorff's alpha metric: nominal, ordinal,\n"
	"                          interval (default) or ratio\n"
	"      --obligation-factors M,C,O\n"
	"                          weights of mandatory, consider and optional\n"
	"                          obligations in priorities (default 1,0.5,0.25)\n"
	"  -q, --quiet             do not list the reports written\n"
	"  -h, --help              show this help\n"
	"\n"
	"Beside each report.json: report.html (a self-contained page with the\n"
	"charts inlined) and the charts: per instrument the gap by article\n"
	"(gap-INSTRUMENT) and a spider chart of article scores (radar-\n"
	"INSTRUMENT), and the indicators where experts disagree most\n"
	"(disagreement). One gnuplot process draws every chart of a run.\n"
	"\n"
	"Exit status: 0 success (also when gnuplot is missing: the reports are\n"
	"written without charts, with a warning), 1 invalid input data (nothing\n"
	"written), 2 usage error, 3 system error (cannot read or write, or\n"
	"gnuplot failed or timed out: the reports are then written without\n"
	"charts).\n"
	"\n"
	"Example:\n"
	"  gapscore score -i indicators/untoc.csv -i indicators/tip.csv \\\n"
	"      -i indicators/som.csv -i indicators/fp.csv \\\n"
	"      -a examples/answers/XEA-2026.csv -o reports/example\n";

enum {
	OPT_LEG_BANDS = 256,
	OPT_IMP_BANDS,
	OPT_DISAGREEMENT,
	OPT_BOOTSTRAP,
	OPT_SEED,
	OPT_CITATIONS,
	OPT_FACTORS,
	OPT_METRIC,
};

struct score_args {
	struct path_list indicators;
	struct path_list answers;
	bool wide;		/* --wide */
	const char *outdir;
	const char *country;
	const char *round;
	bool quiet;
	struct score_options options;
	struct publish_options publish;	/* outdir is set from outdir */
	const char *citation_file;
	struct citation_rules *citations;	/* loaded, owned */
};

/* Parse the options into args; returns -1 to go on, else an exit status. */
static int parse_args(int argc, char **argv, struct score_args *args)
{
	static const struct option longopts[] = {
		{ "indicators", required_argument, NULL, 'i' },
		{ "answers", required_argument, NULL, 'a' },
		{ "wide", no_argument, NULL, CLI_OPT_WIDE },
		{ "output", required_argument, NULL, 'o' },
		{ "consensus", required_argument, NULL, CLI_OPT_CONSENSUS },
		{ "country", required_argument, NULL, CLI_OPT_COUNTRY },
		{ "round", required_argument, NULL, CLI_OPT_ROUND },
		{ "coverage-threshold", required_argument, NULL, CLI_OPT_COVERAGE },
		{ "legislative-bands", required_argument, NULL, OPT_LEG_BANDS },
		{ "implementation-bands", required_argument, NULL, OPT_IMP_BANDS },
		CLI_CHART_OPTIONS,
		{ "disagreement-threshold", required_argument, NULL,
		  OPT_DISAGREEMENT },
		{ "bootstrap", required_argument, NULL, OPT_BOOTSTRAP },
		{ "seed", required_argument, NULL, OPT_SEED },
		{ "citation-patterns", required_argument, NULL, OPT_CITATIONS },
		{ "obligation-factors", required_argument, NULL, OPT_FACTORS },
		{ "agreement-metric", required_argument, NULL, OPT_METRIC },
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

	opterr = 0;
	while ((c = getopt_long(argc, argv, ":i:a:o:qh", longopts, NULL)) != -1) {
		switch (c) {
		case 'o':
			args->outdir = optarg;
			break;
		case 'q':
			args->quiet = true;
			break;
		case OPT_LEG_BANDS:
		case OPT_IMP_BANDS:
			if (!score_parse_bands(optarg, c == OPT_LEG_BANDS
						 ? &args->options.legislative
						 : &args->options.implementation))
				return usage_error("score", "%s '%s' is not "
						   "valid; expected three "
						   "decreasing numbers from 0 "
						   "to 1, e.g. 0.85,0.65,0.35",
						   c == OPT_LEG_BANDS
						   ? "--legislative-bands"
						   : "--implementation-bands",
						   optarg);
			break;
		case OPT_DISAGREEMENT: {
			double v;
			if (!parse_number(optarg, &v) || v < 0 || v > 1)
				return usage_error("score", "--disagreement-"
						   "threshold '%s' is not valid; "
						   "expected a number from 0 to 1",
						   optarg);
			args->options.disagreement_threshold = v;
			break;
		}
		case OPT_BOOTSTRAP:
		case OPT_SEED: {
			double v;
			double max = c == OPT_BOOTSTRAP ? 100000 : 9007199254740991.0;
			if (!parse_number(optarg, &v) || v < 0 || v > max ||
			    v != (double)(unsigned long long)v)
				return usage_error("score", "%s '%s' is not valid; "
						   "expected a whole number from "
						   "0 to %.0f", c == OPT_BOOTSTRAP
						   ? "--bootstrap" : "--seed",
						   optarg, max);
			if (c == OPT_BOOTSTRAP)
				args->options.bootstrap = (unsigned)v;
			else
				args->options.seed = (unsigned long long)v;
			break;
		}
		case OPT_METRIC:
			if (!agreement_parse_metric(optarg,
						    &args->options.agreement_metric))
				return usage_error("score", "--agreement-metric "
						   "'%s' is not valid; expected "
						   "nominal, ordinal, interval or "
						   "ratio", optarg);
			break;
		case OPT_CITATIONS:
			args->citation_file = optarg;
			break;
		case OPT_FACTORS:
			if (!score_parse_factors(optarg,
						 args->options.obligation_factor))
				return usage_error("score", "--obligation-factors "
						   "'%s' is not valid; expected "
						   "three numbers >= 0 for "
						   "mandatory, consider and "
						   "optional, e.g. 1,0.5,0.25",
						   optarg);
			break;
		case 'h':
			print_command_help(&cmd_score);
			return finish_stdout(EXIT_OK);
		default:
			st = cli_chart_option("score", c, &args->publish);
			if (st == -2)
				st = cli_common_option("score", c, argv, &co);
			if (st >= 0)
				return st;
			break;
		}
	}
	return cli_check_files("score", argc, argv, &co, args->outdir,
			       "directory; give one with -o DIR");
}

static bool selected(const struct score_args *args,
		     const struct assessment *as)
{
	return (!args->country || !strcmp(args->country, as->country)) &&
	       (!args->round || !strcmp(args->round, as->round));
}

/* Score every selected assessment, write the outputs, say what was done. */
static int write_reports(const struct score_args *args,
			 const struct inputs *in)
{
	struct score_result **results =
		xcalloc(in->tally.count ? in->tally.count : 1, sizeof(*results));
	struct publish_options popt = args->publish;
	struct publish_result out;
	enum publish_status st;
	size_t n = 0;
	int status = EXIT_OK;

	for (size_t i = 0; i < in->tally.count; i++)
		if (selected(args, &in->tally.items[i]))
			results[n++] = score_assessment(&in->set,
							&in->tally.items[i],
							&args->options);
	if (n == 0) {
		free(results);
		fprintf(stderr, "%s: error: no assessment matches%s%s%s%s; "
			"nothing was written\n", PROG,
			args->country ? " --country " : "",
			args->country ? args->country : "",
			args->round ? " --round " : "",
			args->round ? args->round : "");
		return EXIT_INVALID;
	}
	popt.outdir = args->outdir;
	st = publish_reports(results, n, &popt, &out);
	status = cli_publish_outcome(st, &out, &popt, args->quiet);
	if (!args->quiet && out.nreports)
		printf("%zu report%s and %zu chart%s written under %s\n",
		       out.nreports, out.nreports == 1 ? "" : "s", out.ncharts,
		       out.ncharts == 1 ? "" : "s", args->outdir);
	publish_result_release(&out);
	for (size_t i = 0; i < n; i++)
		score_result_free(results[i]);
	free(results);
	return status;
}

/* Load the citation patterns (the user's or the built-in ones). */
static enum diag_status load_citations(void *ctx, struct diag_list *diags)
{
	struct score_args *args = ctx;
	enum diag_status st = DIAG_OK;

	if (!args->citation_file)
		args->citations = citation_rules_default();
	else
		st = citation_rules_load(args->citation_file, &args->citations,
					 diags);
	args->options.citations = args->citations;
	return st;
}

/* Score and write (see cli_run_job). */
static int score_work(void *ctx, const struct inputs *in)
{
	return write_reports(ctx, in);
}

static int run(int argc, char **argv)
{
	struct score_args args;
	int status;

	memset(&args, 0, sizeof(args));
	score_options_init(&args.options);
	cli_publish_defaults(&args.publish);
	status = parse_args(argc, argv, &args);
	if (status >= 0)
		goto out;

	status = cli_run_job(&(const struct cli_job){
		.indicators = &args.indicators,
		.answers = &args.answers,
		.wide = args.wide,
		.load_more = load_citations,
		.work = score_work,
		.ctx = &args,
	});
	citation_rules_free(args.citations);
out:
	path_list_release(&args.indicators);
	path_list_release(&args.answers);
	return status;
}

const struct command cmd_score = {
	.name = "score",
	.summary = "score assessments and write JSON gap reports",
	.help = help,
	.run = run,
};

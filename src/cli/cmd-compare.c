/*
 * cmd-compare.c - "gapscore compare": load, score one assessment per
 * country (one round, or each country's latest) and write the countries
 * side by side: the matrix of article gaps, the ranks and the group
 * means, as OUTDIR/compare.json, OUTDIR/compare.csv and
 * OUTDIR/compare-groups.csv.
 */
#include "config.h"
#include "cli/cli.h"
#include "score/compare.h"
#include "publish/publish.h"
#include "base/fsutil.h"
#include "base/strbuf.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char help[] =
	"Usage: gapscore compare -i INDICATORS.csv [-i ...] -a ANSWERS.csv [-a ...]\n"
	"                        -o OUTDIR [OPTION]...\n"
	"\n"
	"Compare many countries at once, for donors: score one assessment per\n"
	"country (every country's assessment in --round, or by default each\n"
	"country's latest round) and set them side by side. For every article\n"
	"of the indicator sets (in set order) it gives each country's gap in\n"
	"one dimension: 1 - score, empty (null) where the country did not\n"
	"answer the instrument or the article has no score. Countries are\n"
	"ranked by their overall gap (1 = the smallest gap; equal gaps share a\n"
	"rank, the next rank is skipped: 1, 2, 2, 4; a country without an\n"
	"overall gap is unranked), and per instrument. With --groups, countries\n"
	"are also gathered into groups (a region, a portfolio) and each group\n"
	"gets the mean of its countries' gaps, per article and overall, over\n"
	"the countries that have one; without it, one group \"all\".\n"
	"\n"
	"Writes OUTDIR/compare.json, OUTDIR/compare.csv (one row per country:\n"
	"country, round, rank, overall_gap, then one column per article headed\n"
	"\"INSTRUMENT art. ARTICLE\") and OUTDIR/compare-groups.csv (one row\n"
	"per group: group, overall_gap, then the same article columns). Gaps\n"
	"are rounded to 4 decimals; ranks and means use the rounded gaps.\n"
	"Input is checked in full first: if any file is invalid, nothing is\n"
	"written.\n"
	"\n"
	"Options:\n"
	"  -i, --indicators FILE   an indicator set (repeat for several)\n"
	"  -a, --answers FILE      an answers file (repeat for several)\n"
	"      --wide              the answers files are wide: one row per\n"
	"                          expert, one column per indicator id (else\n"
	"                          told from the header)\n"
	"  -o, --output DIR        where to write the three files\n"
	"      --round ROUND       compare the countries' assessments in this\n"
	"                          round\n"
	"      --latest            compare each country's latest round (rounds\n"
	"                          sort as text); the default without --round\n"
	"      --country ISO3      only this country\n"
	"      --groups FILE       a CSV file with the columns country and group:\n"
	"                          each country in at most one group; compared\n"
	"                          countries it does not list go to \"ungrouped\"\n"
	"      --dimension D       the gap compared: legislative (default),\n"
	"                          implementation, or combined (the mean of an\n"
	"                          article's dimension scores)\n"
	"      --consensus RULE    median (default), mean, min, max or\n"
	"                          weighted (by confidence)\n"
	"      --coverage-threshold X\n"
	"                          below this coverage (0 to 1, default 0.5) an\n"
	"                          article's status is insufficient-data (its gap\n"
	"                          is still compared)\n"
	"      --charts FORMAT     the heatmap of gaps (countries x articles,\n"
	"                          heatmap.png): png (default), svg or none\n"
	"      --gnuplot PATH      the gnuplot to run (default: $GNUPLOT, else\n"
	"                          gnuplot on PATH)\n"
	"      --gnuplot-timeout SECONDS\n"
	"                          stop gnuplot after this long (default 300)\n"
	"      --keep-scripts      leave the heatmap's charts.gp and data file\n"
	"                          beside it\n"
	"      --lang LANG         accepted as for score; the heatmap's labels\n"
	"                          are codes, so nothing is translated\n"
	"  -q, --quiet             do not list the files written\n"
	"  -h, --help              show this help\n"
	"\n"
	"In the CSV files, text that a spreadsheet would read as a formula (a\n"
	"cell starting with =, +, -, @, a tab or a carriage return) is written\n"
	"with a leading apostrophe.\n"
	"\n"
	"Exit status: 0 success (also without gnuplot: no heatmap, a warning),\n"
	"1 invalid input data or no assessment selected (nothing written),\n"
	"2 usage error, 3 system error (cannot read or write, gnuplot failed).\n"
	"\n"
	"Example:\n"
	"  gapscore compare -i indicators/untoc.csv -i indicators/tip.csv \\\n"
	"      -i indicators/som.csv -i indicators/fp.csv \\\n"
	"      -a examples/answers/XEA-2023.csv -a examples/answers/XEA-2026.csv \\\n"
	"      -a examples/answers/XEB-2023.csv -a examples/answers/XEB-2026.csv \\\n"
	"      -a examples/answers/XEC-2023.csv -a examples/answers/XEC-2026.csv \\\n"
	"      -o reports/compare\n";

enum {
	OPT_LATEST = 256,
	OPT_GROUPS,
	OPT_DIMENSION,
};

struct compare_args {
	struct path_list indicators;
	struct path_list answers;
	bool wide;		/* --wide */
	const char *outdir;
	const char *groups;	/* --groups FILE, or NULL */
	bool latest;
	bool quiet;
	struct publish_options charts;
	struct compare_options options;
};

/* Parse the options into args; returns -1 to go on, else an exit status. */
static int parse_args(int argc, char **argv, struct compare_args *args)
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
		{ "groups", required_argument, NULL, OPT_GROUPS },
		{ "dimension", required_argument, NULL, OPT_DIMENSION },
		{ "quiet", no_argument, NULL, 'q' },
		CLI_CHART_OPTIONS,
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
			args->latest = true;
			break;
		case OPT_GROUPS:
			if (!optarg[0])
				return usage_error("compare", "--groups needs "
						   "a file name");
			args->groups = optarg;
			break;
		case OPT_DIMENSION:
			if (!compare_parse_dimension(optarg,
						     &args->options.dimension))
				return usage_error("compare", "--dimension '%s' "
						   "is not valid; expected "
						   "legislative, implementation "
						   "or combined", optarg);
			break;
		case 'h':
			print_command_help(&cmd_compare);
			return finish_stdout(EXIT_OK);
		default:
			st = cli_chart_option("compare", c, &args->charts);
			if (st == -2)
				st = cli_common_option("compare", c, argv, &co);
			if (st >= 0)
				return st;
			break;
		}
	}
	st = cli_check_files("compare", argc, argv, &co, args->outdir,
			     "directory; give one with -o DIR");
	if (st >= 0)
		return st;
	if (args->latest && args->options.round)
		return usage_error("compare", "--round and --latest exclude "
				   "each other; give one of them");
	return -1;
}

/* One output file: where it goes and what it holds. */
struct output {
	const char *name;
	char *path;
	char *text;
};

/* Write the three files (all made before any is written), list them and
 * say how much the comparison holds. */
static int write_compare(const struct compare_args *args,
			 const struct compare *cmp)
{
	struct output out[] = {
		{ "compare.json", NULL, compare_json(cmp) },
		{ "compare.csv", NULL, compare_csv(cmp) },
		{ "compare-groups.csv", NULL, compare_groups_csv(cmp) },
	};
	size_t nout = sizeof(out) / sizeof(out[0]);
	char *err = NULL;
	int status = EXIT_OK;

	for (size_t k = 0; k < nout; k++)
		out[k].path = xasprintf("%s/%s", args->outdir, out[k].name);
	for (size_t k = 0; k < nout && status == EXIT_OK; k++)
		if (!out[k].text)
			status = system_error("cannot build '%s': out of memory",
					      out[k].path);
	for (size_t k = 0; k < nout && status == EXIT_OK; k++)
		if (!fs_write_atomic(out[k].path, out[k].text,
				     strlen(out[k].text), &err))
			status = system_error("%s", err);
	if (status == EXIT_OK && !args->quiet) {
		for (size_t k = 0; k < nout; k++)
			printf("%s\n", out[k].path);
		printf("%zu countr%s, %zu article%s\n", cmp->ncountries,
		       cmp->ncountries == 1 ? "y" : "ies", cmp->ncolumns,
		       cmp->ncolumns == 1 ? "" : "s");
	}
	free(err);
	for (size_t k = 0; k < nout; k++) {
		free(out[k].path);
		free(out[k].text);
	}
	return status;
}

/* Draw the countries x articles heatmap beside the tables. */
static int draw_heatmap(const struct compare_args *args,
			const struct compare *cmp)
{
	struct publish_options popt = args->charts;
	struct compare_matrix m;
	struct publish_result out;
	enum publish_status st;
	int status = EXIT_OK;
	char *title = xasprintf("Gap by article (%s), country by country",
				compare_dimension_name(args->options.dimension));

	popt.outdir = args->outdir;
	compare_matrix_init(&m, cmp, COMPARE_ROWS_COUNTRIES);
	st = publish_heatmap("heatmap", title, m.row_labels, m.nrows,
			     m.col_labels, m.ncols, m.values, m.has_value,
			     &popt, &out);
	status = cli_publish_outcome(st, &out, &popt, args->quiet);
	publish_result_release(&out);
	compare_matrix_release(&m);
	free(title);
	return status;
}

/* Compare the loaded inputs and write the result. */
static int make_compare(const struct compare_args *args,
			const struct inputs *in,
			const struct compare_groups *groups)
{
	const struct compare_options *opt = &args->options;
	const struct assessment **sel;
	struct compare *cmp;
	int status;

	/* Checked before scoring so that a selection matching nothing is
	 * an error that writes nothing, as in "gapscore plan". */
	if (compare_select(&in->tally, opt, &sel) == 0) {
		fprintf(stderr, "%s: error: no assessment matches%s%s%s%s; "
			"nothing was written\n", PROG,
			opt->country ? " --country " : "",
			opt->country ? opt->country : "",
			opt->round ? " --round " : "",
			opt->round ? opt->round : "");
		return EXIT_INVALID;
	}
	free(sel);
	cmp = compare_build(&in->set, &in->tally, opt,
			    args->groups ? groups : NULL);
	status = write_compare(args, cmp);
	if (status == EXIT_OK && args->charts.charts != CHART_NONE)
		status = draw_heatmap(args, cmp);
	compare_free(cmp);
	return status;
}

/* What the run hands cli_run_job: the options and the groups read. */
struct compare_run {
	const struct compare_args *args;
	struct compare_groups groups;
};

/* Read the groups file, if any, beside the inputs. */
static enum diag_status compare_load_groups(void *ctx,
					    struct diag_list *diags)
{
	struct compare_run *run_ctx = ctx;

	if (!run_ctx->args->groups)
		return DIAG_OK;
	return compare_groups_load(&run_ctx->groups, run_ctx->args->groups,
				   diags);
}

/* Compare the loaded inputs (see cli_run_job). */
static int compare_work(void *ctx, const struct inputs *in)
{
	struct compare_run *run_ctx = ctx;
	return make_compare(run_ctx->args, in, &run_ctx->groups);
}

/* The command: parse, load, check, compare, write; returns the exit
 * status. */
static int run(int argc, char **argv)
{
	struct compare_args args;
	struct compare_run run_ctx;
	int status;

	memset(&args, 0, sizeof(args));
	compare_options_init(&args.options);
	cli_publish_defaults(&args.charts);
	status = parse_args(argc, argv, &args);
	if (status >= 0)
		goto out;

	compare_groups_init(&run_ctx.groups);
	run_ctx.args = &args;
	status = cli_run_job(&(const struct cli_job){
		.indicators = &args.indicators,
		.answers = &args.answers,
		.wide = args.wide,
		.load_more = compare_load_groups,
		.work = compare_work,
		.ctx = &run_ctx,
	});
	compare_groups_release(&run_ctx.groups);
out:
	path_list_release(&args.indicators);
	path_list_release(&args.answers);
	return status;
}

const struct command cmd_compare = {
	.name = "compare",
	.summary = "compare many countries' gaps, ranks and group means",
	.help = help,
	.run = run,
};

/* SPDX-License-Identifier: Apache-2.0 */
/*
 * cmd-trend.c - "gapscore trend": each country's scores over its
 * assessment rounds, written to OUTDIR/COUNTRY/trend.json and
 * trend.html with line charts beside them.
 */
#include "config.h"
#include "cli/cli.h"
#include "base/xalloc.h"
#include "publish/documents.h"
#include "score/trend.h"
#include "load/targets.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The command's own values. */
struct trend_own {
	double tolerance;	/* --tolerance */
	const char *plan_file;	/* --plan */
	struct plan_targets targets;	/* read from it */
};

static const struct cli_option opt_tolerance = {
	.name = "tolerance", .arg = "T",
	.help = N_("a change within T (default {default}) is stable"),
	.kind = CLI_NUMBER, .min = 0, .max = 1, .default_value = "0.05",
	CLI_OWN(struct trend_own, tolerance),
};

static const struct cli_option opt_plan = {
	.name = "plan", .arg = "PLAN.json",
	.help = N_("the plan.json of 'gapscore plan': each of its targets is "
		"measured in the country's latest round (met or not, and the "
		"share of the distance to the target closed)"),
	.kind = CLI_STRING, .complete = CLI_COMPLETE_FILE,
	CLI_OWN(struct trend_own, plan_file),
};

/* Read the plan's targets, if one is given, beside the inputs. */
static enum diag_status load_plan(struct cli_args *a, struct diag_list *diags)
{
	struct trend_own *own = a->own;
	enum diag_status st;

	plan_targets_init(&own->targets);
	if (!own->plan_file)
		return DIAG_OK;
	st = plan_targets_load(&own->targets, own->plan_file, diags);
	sources_append(&a->inputs, &own->targets.sources);
	return st;
}

/* Free the targets read. */
static void trend_release(struct cli_args *a)
{
	struct trend_own *own = a->own;

	plan_targets_release(&own->targets);
}

/* Build, write and report the trends of the selected countries. */
static int trend_work(struct cli_args *a, const struct inputs *in)
{
	const struct trend_own *own = a->own;
	size_t ncountries, n = 0;
	const char **countries = trend_countries(&in->tally, &ncountries);
	struct trend **trends = xcalloc(ncountries + 1, sizeof(*trends));
	struct document *docs = xcalloc(ncountries + 1, sizeof(*docs));
	struct publish_options popt = cli_publish_options(a);
	int status;

	for (size_t i = 0; i < ncountries; i++)
		if (!a->country || !strcmp(a->country, countries[i]))
			trends[n++] = trend_build(&in->set, &in->tally,
						  countries[i], &a->score,
						  own->tolerance,
						  own->plan_file ? &own->targets
								 : NULL);
	free(countries);
	if (n == 0) {
		free(trends);
		free(docs);
		return cli_no_match(a->country, NULL);
	}
	for (size_t i = 0; i < n; i++)
		docs[i] = (struct document){ .type = &doc_trend,
					     .subject = trends[i],
					     .dir = xstrdup(trends[i]->country) };
	status = cli_publish(a, docs, n, &popt, "trend", NULL);
	for (size_t i = 0; i < n; i++)
		trend_free(trends[i]);
	free(trends);
	free(docs);
	return status;
}

static const struct cli_use options[] = {
	{ .group = CLI_GROUP_INPUTS },
	{ .option = &cli_opt_output_dir, .help = N_("where to write the trends") },
	{ .option = &cli_opt_country },
	{ .option = &opt_tolerance },
	{ .option = &opt_plan },
	{ .group = CLI_GROUP_SCORING },
	{ .group = CLI_GROUP_CHARTS },
	{ .option = &cli_opt_quiet },
	{ .option = &cli_opt_pretty },
	CLI_END,
};

const struct cli_command cmd_trend = {
	.name = "trend",
	.summary = N_("follow each country's scores over assessment rounds"),
	.description =
	N_("For each country, the series of its scores over its assessment rounds\n"
	"(rounds sort as text, in time order): per dimension overall, per\n"
	"instrument and per article; the change since the baseline (the first\n"
	"round) and since the last round; the share of the baseline gap closed;\n"
	"improved, regressed or stable within --tolerance; and the indicators\n"
	"whose consensus moved between the last two rounds. Changes compare like\n"
	"with like: they are measured on scores recomputed in every round from\n"
	"the indicators answered in every round; the scores as reported are\n"
	"kept beside them, and the indicators answered in some rounds only are\n"
	"listed as not comparable. Writes OUTDIR/COUNTRY/trend.json, line\n"
	"charts (trend-overall, trend-INSTRUMENT), trend.html, a\n"
	"self-contained page of the same series with the charts inlined,\n"
	"and trend.csv: the same series as one long table, a row per series\n"
	"and round.\n"),
	.options = options,
	.exit_status =
	N_("0 success (also without gnuplot: no charts, a warning),\n"
	"1 invalid input data (nothing written), 2 usage error, 3 system error\n"
	"(cannot read or write, gnuplot failed).\n"),
	.example =
	"gapscore trend -i indicators/untoc.csv -i indicators/tip.csv \\\n"
	"    -i indicators/som.csv -i indicators/fp.csv \\\n"
	"    -a examples/answers/XEB-2023.csv -a examples/answers/XEB-2026.csv \\\n"
	"    -o reports/trend\n",
	.own_size = sizeof(struct trend_own),
	.load_more = load_plan,
	.work = trend_work,
	.release = trend_release,
};

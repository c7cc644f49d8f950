/*
 * cmd-trend.c - "gapscore trend": each country's scores over its
 * assessment rounds, written to OUTDIR/COUNTRY/trend.json with line
 * charts beside it.
 */
#include "config.h"
#include "cli/cli.h"
#include "base/xalloc.h"
#include "publish/documents.h"
#include "score/trend.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The command's own values. */
struct trend_own {
	double tolerance;	/* --tolerance */
};

static const struct cli_option opt_tolerance = {
	.name = "tolerance", .arg = "T",
	.help = "a change within T (default {default}) is stable",
	.kind = CLI_NUMBER, .min = 0, .max = 1, .default_value = "0.05",
	CLI_OWN(struct trend_own, tolerance),
};

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
						  own->tolerance);
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
	{ .option = &cli_opt_output_dir, .help = "where to write the trends" },
	{ .option = &cli_opt_country },
	{ .option = &opt_tolerance },
	{ .group = CLI_GROUP_SCORING },
	{ .group = CLI_GROUP_CHARTS },
	{ .option = &cli_opt_quiet },
	CLI_END,
};

const struct cli_command cmd_trend = {
	.name = "trend",
	.summary = "follow each country's scores over assessment rounds",
	.description =
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
	"charts (trend-overall, trend-INSTRUMENT) beside it.\n",
	.options = options,
	.exit_status =
	"0 success (also without gnuplot: no charts, a warning),\n"
	"1 invalid input data (nothing written), 2 usage error, 3 system error\n"
	"(cannot read or write, gnuplot failed).\n",
	.example =
	"gapscore trend -i indicators/untoc.csv -i indicators/tip.csv \\\n"
	"    -i indicators/som.csv -i indicators/fp.csv \\\n"
	"    -a examples/answers/XEB-2023.csv -a examples/answers/XEB-2026.csv \\\n"
	"    -o reports/trend\n",
	.own_size = sizeof(struct trend_own),
	.work = trend_work,
};

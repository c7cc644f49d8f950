/*
 * cmd-plan.c - "gapscore plan": load, score every selected assessment
 * and write one technical assistance plan over all of them, grouped by
 * technical assistance category and instrument, as OUTDIR/plan.json and
 * OUTDIR/plan.csv.
 */
#include "config.h"
#include "cli/cli.h"
#include "base/fsutil.h"
#include "base/strbuf.h"
#include "publish/documents.h"
#include "score/plan.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The command's own values: --latest and --min-priority. */
struct plan_own {
	bool latest;
	double min_priority;
};

static const struct cli_option opt_latest = {
	.name = "latest",
	.help = "per country, only its latest round (rounds sort as text)",
	.kind = CLI_FLAG, CLI_OWN(struct plan_own, latest),
};

static const struct cli_option opt_min_priority = {
	.name = "min-priority", .arg = "P",
	.help = "leave out needs whose priority (as printed, 4 decimals) is "
		"below P (a number >= 0, default {default}: every need)",
	.kind = CLI_NUMBER, .min = 0, .max = INFINITY, .default_value = "0",
	CLI_OWN(struct plan_own, min_priority),
};

/* Write the plan's two files (both made before either is written), list
 * them and say how much the plan holds. */
static int write_plan(const struct cli_args *a, const struct plan *p)
{
	struct document doc = { .type = &doc_plan, .subject = p };
	struct publish_options popt = { .outdir = a->output,
					.charts = CHART_NONE };
	int status = cli_publish(a, &doc, 1, &popt, NULL, NULL);

	if (status == EXIT_OK && !a->quiet)
		printf("%zu need%s from %zu assessment%s\n", p->nneeds,
		       p->nneeds == 1 ? "" : "s", p->nassessments,
		       p->nassessments == 1 ? "" : "s");
	return status;
}

/* Build the plan of the loaded inputs and write it. */
static int plan_work(struct cli_args *a, const struct inputs *in)
{
	const struct plan_own *own = a->own;
	struct plan_options opt;
	const struct assessment **sel;
	struct plan *p;
	int status;

	plan_options_init(&opt);
	opt.score = a->score;
	opt.country = a->country;
	opt.round = a->round;
	opt.latest_only = own->latest;
	opt.min_priority = own->min_priority;
	/* Checked before scoring so that a selection matching nothing is
	 * an error that writes nothing, as in "gapscore score". */
	if (plan_select(&in->tally, &opt, &sel) == 0)
		return cli_no_match(a->country, a->round);
	free(sel);
	p = plan_build(&in->set, &in->tally, &opt);
	status = write_plan(a, p);
	plan_free(p);
	return status;
}

static const struct cli_use options[] = {
	{ .group = CLI_GROUP_INPUTS },
	{ .option = &cli_opt_output_dir,
	  .help = "where to write plan.json and plan.csv" },
	{ .group = CLI_GROUP_SELECTION },
	{ .option = &opt_latest },
	{ .group = CLI_GROUP_SCORING },
	{ .option = &opt_min_priority },
	{ .option = &cli_opt_quiet },
	CLI_END,
};

const struct cli_command cmd_plan = {
	.name = "plan",
	.summary = "write a technical assistance plan over many assessments",
	.description =
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
	"if any file is invalid, nothing is written.\n",
	.options = options,
	.notes =
	"In plan.csv, text from the input files that a spreadsheet would read\n"
	"as a formula (a cell starting with =, +, -, @, a tab or a carriage\n"
	"return) is written with a leading apostrophe.\n",
	.exit_status =
	"0 success, 1 invalid input data or no assessment selected\n"
	"(nothing written), 2 usage error, 3 system error (cannot read or\n"
	"write).\n",
	.example =
	"gapscore plan -i indicators/untoc.csv -i indicators/tip.csv \\\n"
	"    -i indicators/som.csv -i indicators/fp.csv \\\n"
	"    -a examples/answers/XEA-2023.csv -a examples/answers/XEA-2026.csv \\\n"
	"    -a examples/answers/XEB-2026.csv --latest --min-priority 0.5 \\\n"
	"    -o reports/plan\n",
	.own_size = sizeof(struct plan_own),
	.work = plan_work,
};

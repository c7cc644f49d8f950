/* SPDX-License-Identifier: Apache-2.0 */
/*
 * cmd-plan.c - "gapscore plan": load, score every selected assessment
 * and write one technical assistance plan over all of them, each need
 * once with its target, summed by category, cluster, beneficiary,
 * activity and country, as OUTDIR/plan.json, plan.csv and plan.html.
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

/* The command's own values: --latest, --min-priority and --target. */
struct plan_own {
	bool latest;
	double min_priority;
	struct plan_target_rule target;
};

/* Read --target into its rule. */
static bool parse_target(void *field, const char *value, char **why)
{
	(void)why;
	return plan_parse_target(value, field);
}

static const struct cli_option opt_latest = {
	.name = "latest",
	.help = N_("per country, only its latest round (rounds sort as text)"),
	.kind = CLI_FLAG, CLI_OWN(struct plan_own, latest),
};

static const struct cli_option opt_min_priority = {
	.name = "min-priority", .arg = "P",
	.help = N_("leave out needs whose priority (as printed, 4 decimals) is "
		"below P (a number >= 0, default {default}: every need)"),
	.kind = CLI_NUMBER, .min = 0, .max = INFINITY, .default_value = "0",
	CLI_OWN(struct plan_own, min_priority),
};

static const struct cli_option opt_target = {
	.name = "target", .arg = "T",
	.help = N_("the target of every gap: next (default: the next rating "
		"band above today's required score, 1 at the top band), a "
		"band (C, LC or PC; high, substantial or moderate: the same "
		"band in either dimension) or a score in (0, 1]; a target "
		"not above today's value gives way to the next band"),
	.kind = CLI_PARSE, .parse = parse_target, .default_value = "next",
	.expected = "next, C, LC, PC, high, substantial, moderate or a "
		    "number above 0 and at most 1",
	CLI_OWN(struct plan_own, target),
};

/* Write the plan's three files (all made before any is written), list
 * them and say how much the plan holds. */
static int write_plan(const struct cli_args *a, const struct plan *p)
{
	static const struct cli_table_types types = {
		&doc_plan, &doc_plan_xlsx, &doc_plan_book,
	};
	struct document doc = cli_table_document(a, &types, p);
	struct publish_options popt = { .outdir = a->output,
					.charts = CHART_NONE,
					.inputs = &a->inputs,
					.pretty = a->publish.pretty,
					.lang = a->lang };
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
	opt.target = own->target;
	/* Checked before scoring so that a selection matching nothing is
	 * an error that writes nothing, as in "gapscore score". */
	if (plan_select(&in->tally, &opt, &sel) == 0)
		return cli_no_match(a->country, a->round);
	free(sel);
	cli_check_lang(&in->set, a->lang);
	p = plan_build(&in->set, &in->tally, &opt);
	status = write_plan(a, p);
	plan_free(p);
	return status;
}

static const struct cli_use options[] = {
	{ .group = CLI_GROUP_INPUTS },
	{ .option = &cli_opt_output_dir,
	  .help = N_("where to write plan.json, plan.csv and plan.html (and "
		  "plan.xlsx); a name ending in .xlsx: write only the workbook, "
		  "there") },
	{ .option = &cli_opt_table_format,
	  .help = N_("{values}: with xlsx, plan.xlsx too: plan.csv's table on "
		  "a sheet, numbers as numbers") },
	{ .group = CLI_GROUP_SELECTION },
	{ .option = &opt_latest },
	{ .group = CLI_GROUP_SCORING },
	{ .option = &opt_min_priority },
	{ .option = &opt_target },
	{ .option = &cli_opt_lang,
	  .help = N_("plan.html's words, questions, recommendations and "
		  "article titles in LANG (e.g. fr, es); the JSON, CSV and "
		  "workbook keep their codes") },
	{ .option = &cli_opt_quiet },
	{ .option = &cli_opt_pretty },
	CLI_END,
};

const struct cli_command cmd_plan = {
	.name = "plan",
	.summary = N_("write a technical assistance plan over many assessments"),
	.description =
	N_("Score every assessment (a country in a round) and gather their\n"
	"technical assistance needs into one plan, the basis for shaping\n"
	"projects. A need is one entry of a report's ta_needs: a gap in an\n"
	"article dimension's law or practice, or mandatory provisions nobody\n"
	"answered (kind information). Each need is listed once, highest\n"
	"priority first, with the indicators behind it and what they\n"
	"recommend, an effort band (small, medium, large) and a performance\n"
	"indicator: today's required score and a target (by default the next\n"
	"rating band; for an information need, coverage 1).\n"
	"\n"
	"Needs are summed by technical assistance category (each need's\n"
	"priority split over the categories of the indicators behind it, in\n"
	"proportion to what each leaves unmet), by cluster, beneficiary and\n"
	"activity type (split equally where a need has several) and by\n"
	"country. Shares are rounded so that every summary adds up to the\n"
	"plan total, the sum of the needs' printed priorities. See\n"
	"docs/plan.md for every field.\n"
	"\n"
	"Writes OUTDIR/plan.json, OUTDIR/plan.csv (one row per need, for\n"
	"spreadsheets) and OUTDIR/plan.html (a page for donors). Input is\n"
	"checked in full first: if any file is invalid, nothing is written.\n"),
	.options = options,
	.notes =
	N_("In plan.csv, text from the input files that a spreadsheet would read\n"
	"as a formula (a cell starting with =, +, -, @, a tab or a carriage\n"
	"return) is written with a leading apostrophe. plan.html escapes all\n"
	"input text and holds no script; it fetches nothing.\n"),
	.exit_status =
	N_("0 success, 1 invalid input data or no assessment selected\n"
	"(nothing written), 2 usage error, 3 system error (cannot read or\n"
	"write).\n"),
	.example =
	"gapscore plan -i indicators/untoc.csv -i indicators/tip.csv \\\n"
	"    -i indicators/som.csv -i indicators/fp.csv \\\n"
	"    -a examples/answers/XEA-2023.csv -a examples/answers/XEA-2026.csv \\\n"
	"    -a examples/answers/XEB-2026.csv --latest --min-priority 0.5 \\\n"
	"    --target LC -o reports/plan\n",
	.own_size = sizeof(struct plan_own),
	.work = plan_work,
};

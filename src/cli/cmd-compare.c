/* SPDX-License-Identifier: Apache-2.0 */
/*
 * cmd-compare.c - "gapscore compare": load, score one assessment per
 * country (one round, or each country's latest) and write the countries
 * side by side: the matrix of article gaps, the ranks and the group
 * means, as OUTDIR/compare.json, OUTDIR/compare.csv,
 * OUTDIR/compare-groups.csv and OUTDIR/compare.html.
 */
#include "config.h"
#include "cli/cli.h"
#include "score/compare.h"
#include "publish/documents.h"
#include "base/fsutil.h"
#include "base/strbuf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The command's own values. */
struct compare_own {
	bool latest;				/* --latest */
	const char *groups_file;		/* --groups, or NULL */
	enum compare_dimension dimension;	/* --dimension */
	struct compare_groups groups;		/* read from groups_file */
};

static const struct cli_option opt_latest = {
	.name = "latest",
	.help = N_("compare each country's latest round (rounds sort as text); "
		"the default without --round"),
	.kind = CLI_FLAG, CLI_OWN(struct compare_own, latest),
};

static const struct cli_option opt_groups = {
	.name = "groups", .arg = "FILE",
	.help = N_("a CSV file with the columns country and group: each "
		"country in at most one group; compared countries it does "
		"not list go to \"ungrouped\""),
	.kind = CLI_STRING, .complete = CLI_COMPLETE_FILE,
	.valid = cli_nonempty, .expected = "a file name",
	CLI_OWN(struct compare_own, groups_file),
};

static const struct cli_option opt_dimension = {
	.name = "dimension", .arg = "D",
	.help = N_("the gap compared: {values}; combined is the mean of an "
		"article's dimension scores"),
	.kind = CLI_ENUM, .values = compare_dimension_names, .default_value = "legislative",
	CLI_OWN(struct compare_own, dimension),
};

/* Set up the groups read later. */
static void compare_init(struct cli_args *a)
{
	struct compare_own *own = a->own;

	compare_groups_init(&own->groups);
}

/* --round and --latest exclude each other. */
static int compare_check(const struct cli_args *a)
{
	const struct compare_own *own = a->own;

	if (own->latest && a->round)
		return msg_usage("compare", "--round and --latest exclude "
				 "each other; expected one of them");
	return CLI_GO_ON;
}

/* Write the tables and the heatmap, list them and say how much the
 * comparison holds. */
static int write_compare(const struct cli_args *a, const struct compare *cmp)
{
	static const struct cli_table_types types = {
		&doc_compare, &doc_compare_xlsx, &doc_compare_book,
	};
	struct document doc = cli_table_document(a, &types, cmp);
	struct publish_options popt = cli_publish_options(a);
	size_t written;
	int status = cli_publish(a, &doc, 1, &popt, NULL, &written);

	if (written && !a->quiet)
		printf("%zu countr%s, %zu article%s\n", cmp->ncountries,
		       cmp->ncountries == 1 ? "y" : "ies", cmp->ncolumns,
		       cmp->ncolumns == 1 ? "" : "s");
	return status;
}

/* Read the groups file, if any, beside the inputs. */
static enum diag_status load_groups(struct cli_args *a,
				    struct diag_list *diags)
{
	struct compare_own *own = a->own;
	struct csvin_options opts = { .delimiter = a->delimiter };
	enum diag_status st;

	if (!own->groups_file)
		return DIAG_OK;
	st = compare_groups_load(&own->groups, own->groups_file, &opts,
				 diags);
	sources_append(&a->inputs, &own->groups.sources);
	return st;
}

/* Compare the loaded inputs and write the result. */
static int compare_work(struct cli_args *a, const struct inputs *in)
{
	const struct compare_own *own = a->own;
	struct compare_options opt;
	const struct assessment **sel;
	struct compare *cmp;
	int status;

	compare_options_init(&opt);
	opt.score = a->score;
	opt.country = a->country;
	opt.round = a->round;
	opt.dimension = own->dimension;
	/* Checked before scoring so that a selection matching nothing is
	 * an error that writes nothing, as in "gapscore plan". */
	if (compare_select(&in->tally, &opt, &sel) == 0)
		return cli_no_match(a->country, a->round);
	free(sel);
	cmp = compare_build(&in->set, &in->tally, &opt,
			    own->groups_file ? &own->groups : NULL);
	status = write_compare(a, cmp);
	compare_free(cmp);
	return status;
}

/* Free the groups read. */
static void compare_release(struct cli_args *a)
{
	struct compare_own *own = a->own;

	compare_groups_release(&own->groups);
}

static const struct cli_use options[] = {
	{ .group = CLI_GROUP_INPUTS },
	{ .option = &cli_opt_output_dir,
	  .help = N_("where to write compare.json, compare.csv, "
		  "compare-groups.csv and the heatmap (and compare.xlsx); a "
		  "name ending in .xlsx: write only the workbook, there") },
	{ .option = &cli_opt_table_format,
	  .help = N_("{values}: with xlsx, compare.xlsx too: compare.csv's and "
		  "compare-groups.csv's tables on two sheets") },
	{ .option = &cli_opt_round,
	  .help = N_("compare the countries' assessments in this round") },
	{ .option = &opt_latest },
	{ .option = &cli_opt_country },
	{ .option = &opt_groups },
	{ .option = &opt_dimension },
	{ .option = &cli_opt_consensus },
	{ .option = &cli_opt_coverage,
	  .help = N_("below this coverage (0 to 1, default {default}) an "
		  "article's status is insufficient-data (its gap is still "
		  "compared)") },
	{ .option = &cli_opt_charts,
	  .help = N_("the heatmap of gaps (countries x articles, heatmap.png): "
		  "{values}") },
	{ .option = &cli_opt_gnuplot },
	{ .option = &cli_opt_gnuplot_timeout },
	{ .option = &cli_opt_jobs },
	{ .option = &cli_opt_keep_scripts },
	{ .option = &cli_opt_lang,
	  .help = N_("compare.html's words and article titles in LANG (e.g. "
		  "fr, es); the heatmap's labels are codes, and the JSON and "
		  "CSV keep their codes") },
	{ .option = &cli_opt_quiet },
	{ .option = &cli_opt_pretty },
	CLI_END,
};

const struct cli_command cmd_compare = {
	.name = "compare",
	.summary = N_("compare many countries' gaps, ranks and group means"),
	.description =
	N_("Compare many countries at once, for donors: score one assessment per\n"
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
	"per group: group, overall_gap, then the same article columns), and\n"
	"OUTDIR/compare.html, a self-contained page of the ranking, the group\n"
	"means and the matrix as a colour-coded table, with the heatmap. Gaps\n"
	"are rounded to 4 decimals; ranks and means use the rounded gaps.\n"
	"Input is checked in full first: if any file is invalid, nothing is\n"
	"written.\n"),
	.options = options,
	.notes =
	N_("In the CSV files, text that a spreadsheet would read as a formula (a\n"
	"cell starting with =, +, -, @, a tab or a carriage return) is written\n"
	"with a leading apostrophe.\n"),
	.exit_status =
	N_("0 success (also without gnuplot: no heatmap, a warning),\n"
	"1 invalid input data or no assessment selected (nothing written),\n"
	"2 usage error, 3 system error (cannot read or write, gnuplot failed).\n"),
	.example =
	"gapscore compare -i indicators/untoc.csv -i indicators/tip.csv \\\n"
	"    -i indicators/som.csv -i indicators/fp.csv \\\n"
	"    -a examples/answers/XEA-2023.csv -a examples/answers/XEA-2026.csv \\\n"
	"    -a examples/answers/XEB-2023.csv -a examples/answers/XEB-2026.csv \\\n"
	"    -a examples/answers/XEC-2023.csv -a examples/answers/XEC-2026.csv \\\n"
	"    -o reports/compare\n",
	.own_size = sizeof(struct compare_own),
	.init = compare_init,
	.check = compare_check,
	.load_more = load_groups,
	.work = compare_work,
	.release = compare_release,
};

/* SPDX-License-Identifier: Apache-2.0 */
/*
 * cmd-score.c - "gapscore score": load, score every assessment (or the
 * ones chosen with --country and --round) and write one JSON gap report
 * each at OUTDIR/COUNTRY/ROUND/report.json.
 */
#include "config.h"
#include "cli/cli.h"
#include "score/agreement.h"
#include "score/evidence.h"
#include "publish/documents.h"
#include "score/assess.h"
#include "score/consensus.h"
#include "publish/writers.h"
#include "base/sink.h"
#include "base/strbuf.h"
#include "base/text.h"
#include "base/xalloc.h"

#include <stdio.h>
#include <stdlib.h>

/* The command's own values. */
struct score_own {
	const char *citation_file;		/* --citation-patterns */
	enum report_detail detail;		/* --detail */
	struct citation_rules *citations;	/* loaded, owned */
};

/* --legislative-bands, --implementation-bands: "A,B,C". */
static bool parse_bands(void *field, const char *value, char **why)
{
	(void)why;
	return score_parse_bands(value, field);
}

/* --obligation-factors: "M,C,O". */
static bool parse_factors(void *field, const char *value, char **why)
{
	(void)why;
	return score_parse_factors(value, field);
}

/* The largest seed a double holds exactly: 2^53 - 1. */
#define SEED_MAX 9007199254740991.0

/* --seed: a whole number from 0 to SEED_MAX. */
static bool parse_seed(void *field, const char *value, char **why)
{
	double v;

	(void)why;
	if (!parse_number(value, &v) || v < 0 || v > SEED_MAX ||
	    v != (double)(unsigned long long)v)
		return false;
	*(unsigned long long *)field = (unsigned long long)v;
	return true;
}

/* A --*-bands option: three lower bounds into field; help_text (marked
 * with N_) is its help. */
#define BANDS_OPTION(long_name, metavar, help_text, field)               \
	{                                                                 \
		.name = long_name, .arg = metavar,                        \
		.help = help_text,                                        \
		.kind = CLI_PARSE, .parse = parse_bands,                  \
		.default_value = "0.85,0.65,0.35",                        \
		.expected = "three decreasing numbers from 0 to 1, e.g. " \
			    "0.85,0.65,0.35",                             \
		CLI_FIELD(field),                                         \
	}

static const struct cli_option opt_legislative_bands =
	BANDS_OPTION("legislative-bands", "C,LC,PC",
		     N_("lowest scores rated C, LC and PC (below: NC); "
			"default {default}"), score.legislative);
static const struct cli_option opt_implementation_bands =
	BANDS_OPTION("implementation-bands", "HIGH,SUBSTANTIAL,MODERATE",
		     N_("lowest scores rated high, substantial and moderate "
			"(below: low); default {default}"),
		     score.implementation);

static const struct cli_option opt_bootstrap = {
	.name = "bootstrap", .arg = "N",
	/* xgettext:no-c-format */
	.help = N_("resample the experts N times and give a 90% interval for "
		"every article score (default {default}: none)"),
	.kind = CLI_WHOLE, .min = 0, .max = 100000, .default_value = "0",
	CLI_FIELD(score.bootstrap),
};

static const struct cli_option opt_seed = {
	.name = "seed", .arg = "S",
	.help = N_("the bootstrap's seed (default {default}): the same seed "
		"gives the same intervals"),
	.kind = CLI_PARSE, .parse = parse_seed, .default_value = "1",
	.expected = "a whole number from 0 to 9007199254740991",
	CLI_FIELD(score.seed),
};

static const struct cli_option opt_citation_patterns = {
	.name = "citation-patterns", .arg = "FILE",
	.help = N_("PCRE2 patterns (one per line) that recognise a cited legal "
		"provision in evidence, instead of the built-in English, "
		"French and Spanish ones; a positive legislative answer "
		"citing none is flagged unsupported"),
	.kind = CLI_STRING, .complete = CLI_COMPLETE_FILE,
	CLI_OWN(struct score_own, citation_file),
};

static const struct cli_option opt_agreement_metric = {
	.name = "agreement-metric", .arg = "M",
	.help = N_("Krippendorff's alpha metric: {values}"),
	.kind = CLI_ENUM, .values = agreement_metric_names,
	.default_value = "interval",
	CLI_FIELD(score.agreement_metric),
};

static const struct cli_option opt_obligation_factors = {
	.name = "obligation-factors", .arg = "M,C,O",
	.help = N_("weights of mandatory, consider and optional obligations in "
		"priorities (default {default})"),
	.kind = CLI_PARSE, .parse = parse_factors,
	.default_value = "1,0.5,0.25",
	.expected = "three numbers >= 0 for mandatory, consider and "
		    "optional, e.g. 1,0.5,0.25",
	CLI_FIELD(score.obligation_factor),
};

static const struct cli_option opt_detail = {
	.name = "detail", .arg = "LEVEL",
	.help = N_("how much each report.json holds: {values} (indicators: "
		"no answers of single experts; articles: no indicators "
		"either; see docs/report.md)"),
	.kind = CLI_ENUM, .values = report_detail_names,
	.default_value = "experts",
	CLI_OWN(struct score_own, detail),
};

/* Load the citation patterns (the user's or the built-in ones). */
static enum diag_status load_citations(struct cli_args *a,
				       struct diag_list *diags)
{
	struct score_own *own = a->own;
	enum diag_status st = DIAG_OK;

	if (!own->citation_file)
		own->citations = citation_rules_default();
	else
		st = citation_rules_load(own->citation_file, &own->citations,
					 diags);
	a->score.citations = own->citations;
	citation_rules_sources(own->citations, &a->inputs);
	return st;
}

/* Warn about the citation patterns that gave up on some evidence while
 * the assessments were scored. */
static void report_citation_limits(const struct score_own *own)
{
	struct diag_list diags;

	diag_list_init(&diags);
	citation_rules_report(own->citations, &diags);
	msg_diags(&diags);
	diag_list_release(&diags);
}

/* -v: what scoring one assessment decided. */
static void say_scored(const struct score_result *r)
{
	size_t nscored = 0;

	for (size_t i = 0; i < r->set->count; i++)
		nscored += r->indicators[i].has_score;
	msg_verbose("scored %s %s by the %s: %zu of %zu indicators have a "
		    "score, %zu instrument%s answered, %zu need%s", r->country,
		    r->round, consensus_names[r->options.consensus], nscored,
		    r->set->count, r->ninstruments,
		    r->ninstruments == 1 ? "" : "s", r->nneeds,
		    r->nneeds == 1 ? "" : "s");
}

/* A score run in progress: the selected assessments, scored and
 * written a group at a time (publish_stream), and what scores.csv keeps
 * of each. */
struct score_run {
	struct cli_args *a;
	const struct inputs *in;
	size_t *selected;		/* tally index of each assessment */
	size_t n;
	char **rows;			/* scores.csv rows of each */
};

/* Score assessment i (a worker's task) and keep its scores.csv rows. */
static void make_report(void *ctx, size_t i, struct document *doc)
{
	struct score_run *run = ctx;
	const struct assessment *as = &run->in->tally.items[run->selected[i]];
	struct score_result *r = assess(&run->in->set, as, &run->a->score);
	struct strbuf sb;
	struct sink s;

	strbuf_init(&sb);
	sink_init_strbuf(&s, &sb);
	scores_csv_rows(&s, r);
	run->rows[i] = strbuf_detach(&sb);
	*doc = (struct document){
		.type = &doc_report, .subject = r,
		.dir = xasprintf("%s/%s", r->country, r->round),
	};
}

/* Assessment i is scored: say so (-v) and count it, in order. */
static void made_report(void *ctx, size_t i, const struct document *doc)
{
	struct score_run *run = ctx;
	struct progress scored = msg_progress_listener(NULL);

	say_scored(doc->subject);
	progress_report(&scored, PROGRESS_ASSESSMENTS_SCORED,
			run->selected[i] + 1, run->in->tally.count);
}

/* Assessment i is written: free its result. */
static void release_report(void *ctx, size_t i, struct document *doc)
{
	(void)ctx;
	(void)i;
	score_result_free((struct score_result *)doc->subject);
	free(doc->dir);
	doc->dir = NULL;
}

/* Once every assessment is scored: the citation patterns' warnings. */
static void scoring_done(const struct cli_args *a)
{
	report_citation_limits(a->own);
}

/* Score every selected assessment and write its outputs as it is
 * scored, then OUTDIR/scores.csv; say what was done. */
static int score_work(struct cli_args *a, const struct inputs *in)
{
	size_t cap = in->tally.count ? in->tally.count : 1;
	struct score_run run = {
		a, in, xcalloc(cap, sizeof(size_t)), 0,
		xcalloc(cap, sizeof(char *)),
	};
	struct publish_options popt = cli_publish_options(a);
	const struct score_own *own = a->own;
	struct doc_stream src = {
		&doc_report, 0, make_report, made_report, release_report, &run,
	};
	struct scores_rows table;
	struct document tail;
	int status;

	cli_check_lang(&in->set, a->lang);
	for (size_t i = 0; i < in->tally.count; i++)
		if (cli_selected(a, in->tally.items[i].country,
				 in->tally.items[i].round))
			run.selected[run.n++] = i;
	popt.detail = own->detail;
	if (run.n == 0) {
		free(run.selected);
		free(run.rows);
		return cli_no_match(a->country, a->round);
	}
	src.count = run.n;
	/* Last, and not listed: OUTDIR/scores.csv, every assessment's. */
	table = (struct scores_rows){ run.rows, run.n };
	tail = (struct document){ .type = &doc_scores_rows, .subject = &table };
	status = cli_publish_stream(a, &src, &tail, 1, &popt, "report",
				    scoring_done);
	for (size_t i = 0; i < run.n; i++)
		free(run.rows[i]);
	free(run.rows);
	free(run.selected);
	return status;
}

/* Free the loaded citation patterns. */
static void score_release(struct cli_args *a)
{
	struct score_own *own = a->own;

	citation_rules_free(own->citations);
}

static const struct cli_use options[] = {
	{ .group = CLI_GROUP_INPUTS },
	{ .option = &cli_opt_output_dir,
	  .help = N_("where to write the reports") },
	{ .option = &cli_opt_consensus },
	{ .group = CLI_GROUP_SELECTION },
	{ .option = &cli_opt_coverage },
	{ .option = &opt_legislative_bands },
	{ .option = &opt_implementation_bands },
	{ .group = CLI_GROUP_CHARTS },
	{ .option = &cli_opt_disagreement },
	{ .option = &opt_bootstrap },
	{ .option = &opt_seed },
	{ .option = &opt_citation_patterns },
	{ .option = &opt_agreement_metric },
	{ .option = &opt_obligation_factors },
	{ .option = &cli_opt_quiet,
	  .help = N_("do not list the reports written") },
	{ .option = &opt_detail },
	{ .option = &cli_opt_pretty },
	CLI_END,
};

const struct cli_command cmd_score = {
	.name = "score",
	.summary = N_("score assessments and write JSON gap reports"),
	.description =
	N_("Merge the experts' answers into one national view per indicator, score\n"
	"the legislative and implementation gaps per Convention article, and\n"
	"write one JSON gap report per assessment (a country in a round) at\n"
	"OUTDIR/COUNTRY/ROUND/report.json. Input is checked in full first: if\n"
	"any file is invalid, nothing is written.\n"),
	.options = options,
	.load_selected = true,
	.notes =
	N_("Beside each report.json: report.html (a self-contained page with the\n"
	"charts inlined) and the charts: per instrument the gap by article\n"
	"(gap-INSTRUMENT) and a spider chart of article scores (radar-\n"
	"INSTRUMENT), and the indicators where experts disagree most\n"
	"(disagreement). The assessments are scored and written by --jobs\n"
	"workers, a group at a time, each group's charts drawn by up to --jobs\n"
	"gnuplot processes; the outputs are the same for any --jobs.\n"
	"OUTDIR/scores.csv holds every score of the run as one long table: a\n"
	"row per assessment, level (overall, instrument, article) and\n"
	"dimension, with score, gap, coverage, rating and status.\n"),
	.exit_status =
	N_("0 success (also when gnuplot is missing: the reports are\n"
	"written without charts, with a warning), 1 invalid input data (nothing\n"
	"written), 2 usage error, 3 system error (cannot read or write, or\n"
	"gnuplot failed or timed out: the reports are then written without\n"
	"charts).\n"),
	.example =
	"gapscore score -i indicators/untoc.csv -i indicators/tip.csv \\\n"
	"    -i indicators/som.csv -i indicators/fp.csv \\\n"
	"    -a examples/answers/XEA-2026.csv -o reports/example\n",
	.own_size = sizeof(struct score_own),
	.load_more = load_citations,
	.work = score_work,
	.release = score_release,
};

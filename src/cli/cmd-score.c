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
#include "base/text.h"
#include "base/xalloc.h"

#include <stdio.h>
#include <stdlib.h>

/* The command's own values. */
struct score_own {
	const char *citation_file;		/* --citation-patterns */
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

/* --agreement-metric: one of agreement_metric_names. */
static bool parse_metric(void *field, const char *value, char **why)
{
	(void)why;
	return agreement_parse_metric(value, field);
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

/* A --*-bands option: three lower bounds into field. */
#define BANDS_OPTION(long_name, metavar, what, field)                    \
	{                                                                 \
		.name = long_name, .arg = metavar,                        \
		.help = "lowest scores rated " what "; default {default}", \
		.kind = CLI_PARSE, .parse = parse_bands,                  \
		.default_value = "0.85,0.65,0.35",                        \
		.expected = "three decreasing numbers from 0 to 1, e.g. " \
			    "0.85,0.65,0.35",                             \
		CLI_FIELD(field),                                         \
	}

static const struct cli_option opt_legislative_bands =
	BANDS_OPTION("legislative-bands", "C,LC,PC",
		     "C, LC and PC (below: NC)", score.legislative);
static const struct cli_option opt_implementation_bands =
	BANDS_OPTION("implementation-bands", "HIGH,SUBSTANTIAL,MODERATE",
		     "high, substantial and moderate (below: low)",
		     score.implementation);

static const struct cli_option opt_bootstrap = {
	.name = "bootstrap", .arg = "N",
	.help = "resample the experts N times and give a 90% interval for "
		"every article score (default {default}: none)",
	.kind = CLI_WHOLE, .min = 0, .max = 100000, .default_value = "0",
	CLI_FIELD(score.bootstrap),
};

static const struct cli_option opt_seed = {
	.name = "seed", .arg = "S",
	.help = "the bootstrap's seed (default {default}): the same seed "
		"gives the same intervals",
	.kind = CLI_PARSE, .parse = parse_seed, .default_value = "1",
	.expected = "a whole number from 0 to 9007199254740991",
	CLI_FIELD(score.seed),
};

static const struct cli_option opt_citation_patterns = {
	.name = "citation-patterns", .arg = "FILE",
	.help = "PCRE2 patterns (one per line) that recognise a cited legal "
		"provision in evidence, instead of the built-in English, "
		"French and Spanish ones; a positive legislative answer "
		"citing none is flagged unsupported",
	.kind = CLI_STRING, .complete = CLI_COMPLETE_FILE,
	CLI_OWN(struct score_own, citation_file),
};

static const struct cli_option opt_agreement_metric = {
	.name = "agreement-metric", .arg = "M",
	.help = "Krippendorff's alpha metric: {values}",
	.kind = CLI_PARSE, .parse = parse_metric,
	.values = agreement_metric_names, .default_value = "interval",
	CLI_FIELD(score.agreement_metric),
};

static const struct cli_option opt_obligation_factors = {
	.name = "obligation-factors", .arg = "M,C,O",
	.help = "weights of mandatory, consider and optional obligations in "
		"priorities (default {default})",
	.kind = CLI_PARSE, .parse = parse_factors,
	.default_value = "1,0.5,0.25",
	.expected = "three numbers >= 0 for mandatory, consider and "
		    "optional, e.g. 1,0.5,0.25",
	CLI_FIELD(score.obligation_factor),
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
	return st;
}

/* Score every selected assessment, write the outputs, say what was done. */
static int score_work(struct cli_args *a, const struct inputs *in)
{
	size_t cap = in->tally.count ? in->tally.count : 1;
	struct score_result **results = xcalloc(cap, sizeof(*results));
	struct document *docs = xcalloc(cap, sizeof(*docs));
	struct publish_options popt = cli_publish_options(a);
	size_t n = 0;
	int status;

	for (size_t i = 0; i < in->tally.count; i++) {
		const struct assessment *as = &in->tally.items[i];
		if (cli_selected(a, as->country, as->round))
			results[n++] = assess(&in->set, as, &a->score);
	}
	if (n == 0) {
		free(results);
		free(docs);
		return cli_no_match(a->country, a->round);
	}
	for (size_t i = 0; i < n; i++)
		docs[i] = (struct document){
			.type = &doc_report, .subject = results[i],
			.dir = xasprintf("%s/%s", results[i]->country,
					 results[i]->round),
		};
	status = cli_publish(a, docs, n, &popt, "report", NULL);
	for (size_t i = 0; i < n; i++)
		score_result_free(results[i]);
	free(results);
	free(docs);
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
	  .help = "where to write the reports" },
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
	  .help = "do not list the reports written" },
	CLI_END,
};

const struct cli_command cmd_score = {
	.name = "score",
	.summary = "score assessments and write JSON gap reports",
	.description =
	"Merge the experts' answers into one national view per indicator, score\n"
	"the legislative and implementation gaps per Convention article, and\n"
	"write one JSON gap report per assessment (a country in a round) at\n"
	"OUTDIR/COUNTRY/ROUND/report.json. Input is checked in full first: if\n"
	"any file is invalid, nothing is written.\n",
	.options = options,
	.notes =
	"Beside each report.json: report.html (a self-contained page with the\n"
	"charts inlined) and the charts: per instrument the gap by article\n"
	"(gap-INSTRUMENT) and a spider chart of article scores (radar-\n"
	"INSTRUMENT), and the indicators where experts disagree most\n"
	"(disagreement). One gnuplot process draws every chart of a run.\n",
	.exit_status =
	"0 success (also when gnuplot is missing: the reports are\n"
	"written without charts, with a warning), 1 invalid input data (nothing\n"
	"written), 2 usage error, 3 system error (cannot read or write, or\n"
	"gnuplot failed or timed out: the reports are then written without\n"
	"charts).\n",
	.example =
	"gapscore score -i indicators/untoc.csv -i indicators/tip.csv \\\n"
	"    -i indicators/som.csv -i indicators/fp.csv \\\n"
	"    -a examples/answers/XEA-2026.csv -o reports/example\n",
	.own_size = sizeof(struct score_own),
	.load_more = load_citations,
	.work = score_work,
	.release = score_release,
};

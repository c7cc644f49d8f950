/*
 * cmd-merge.c - "gapscore merge": consolidate each panel's answers into
 * one national answer per indicator, written as an answers file.
 */
#include "config.h"
#include "cli/cli.h"
#include "load/answers.h"
#include "base/fsutil.h"
#include "base/strbuf.h"
#include "base/text.h"
#include "base/xalloc.h"
#include "score/assess.h"
#include "publish/documents.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char help[] =
	"Usage: gapscore merge -i INDICATORS.csv [-i ...] -a ANSWERS.csv [-a ...]\n"
	"                      -o MERGED.csv [OPTION]...\n"
	"\n"
	"Consolidate a panel's answers into one national answer per indicator\n"
	"and assessment, written in the answers format with expert 'consensus',\n"
	"so the result can be reviewed, signed and scored like any answers file.\n"
	"Each experts' consensus follows --consensus; the national answer is\n"
	"written in the indicator's own terms: for yes/no, partial and choice\n"
	"types the answer whose score is nearest the consensus (the lower one\n"
	"on a tie), for scales and percentages the value that scores the\n"
	"consensus, for numbers the consensus of the experts' numbers, for text\n"
	"every expert's text. n/a when nobody gave a scored answer and someone\n"
	"said n/a; unknown otherwise. Experts who answered only their own\n"
	"sections count only where they answered.\n"
	"\n"
	"Besides the answers columns, each row keeps who said what: n_experts\n"
	"(experts with a row), spread (highest minus lowest score), dissent\n"
	"(yes when the experts disagree, as in the report's disagreements),\n"
	"expert_answers (expert=answer; ...), and evidence, good_practice and\n"
	"comment merged as 'expert: text | expert: text'.\n"
	"\n"
	"Options:\n"
	"  -i, --indicators FILE   an indicator set (repeat for several)\n"
	"  -a, --answers FILE      an answers file (repeat for several)\n"
	"      --wide              the answers files are wide: one row per\n"
	"                          expert, one column per indicator id (else\n"
	"                          told from the header)\n"
	"  -o, --output FILE       where to write the merged answers ('-':\n"
	"                          standard output)\n"
	"      --consensus RULE    median (default), mean, min, max or weighted\n"
	"      --disagreement-threshold X\n"
	"                          dissent when scores differ by at least X\n"
	"                          (default 0.5) or categorical answers differ\n"
	"      --country ISO3      only this country\n"
	"      --round ROUND       only this round\n"
	"  -h, --help              show this help\n"
	"\n"
	"Exit status: 0 success, 1 invalid input data (nothing written), 2 usage\n"
	"error, 3 system error (cannot read or write).\n"
	"\n"
	"Example:\n"
	"  gapscore merge -i indicators/untoc.csv -i indicators/tip.csv \\\n"
	"      -i indicators/som.csv -i indicators/fp.csv \\\n"
	"      -a examples/answers/XEA-2026.csv -o XEA-2026-national.csv\n";

enum {
	OPT_DISAGREEMENT = 256,
};

struct merge_args {
	struct path_list indicators;
	struct path_list answers;
	bool wide;		/* --wide */
	const char *output;
	const char *country;
	const char *round;
	struct score_options options;
};

static int parse_args(int argc, char **argv, struct merge_args *args)
{
	static const struct option longopts[] = {
		{ "indicators", required_argument, NULL, 'i' },
		{ "answers", required_argument, NULL, 'a' },
		{ "wide", no_argument, NULL, CLI_OPT_WIDE },
		{ "output", required_argument, NULL, 'o' },
		{ "consensus", required_argument, NULL, CLI_OPT_CONSENSUS },
		{ "disagreement-threshold", required_argument, NULL,
		  OPT_DISAGREEMENT },
		{ "country", required_argument, NULL, CLI_OPT_COUNTRY },
		{ "round", required_argument, NULL, CLI_OPT_ROUND },
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
	while ((c = getopt_long(argc, argv, ":i:a:o:h", longopts, NULL)) != -1) {
		switch (c) {
		case 'o':
			args->output = optarg;
			break;
		case OPT_DISAGREEMENT:
			if (!parse_number(optarg, &v) || v < 0 || v > 1)
				return usage_error("merge", "--disagreement-"
						   "threshold '%s' is not valid; "
						   "expected a number from 0 to 1",
						   optarg);
			args->options.disagreement_threshold = v;
			break;
		case 'h':
			print_command_help(&cmd_merge);
			return finish_stdout(EXIT_OK);
		default:
			st = cli_common_option("merge", c, argv, &co);
			if (st >= 0)
				return st;
			break;
		}
	}
	return cli_check_files("merge", argc, argv, &co, args->output,
			       "file; give one with -o FILE (- for standard output)");
}

/* Merge the loaded inputs and write the result (see cli_run_job). */
static int merge_work(void *ctx, const struct inputs *in)
{
	const struct merge_args *args = ctx;
	struct score_result **results =
		xcalloc(in->tally.count + 1, sizeof(*results));
	struct merge_doc m = { results, 0 };
	struct document doc = { .type = &doc_merge, .subject = &m,
				.path = args->output };
	struct publish_options popt = { .charts = CHART_NONE };
	struct publish_result out;
	int status;

	for (size_t i = 0; i < in->tally.count; i++) {
		const struct assessment *as = &in->tally.items[i];
		if ((args->country && strcmp(args->country, as->country)) ||
		    (args->round && strcmp(args->round, as->round)))
			continue;
		results[m.nresults++] = assess(&in->set, as, &args->options);
	}
	if (m.nresults == 0) {
		free(results);
		fprintf(stderr, "%s: error: no assessment to merge; nothing was "
			"written\n", PROG);
		return EXIT_INVALID;
	}
	status = cli_publish_outcome(publish_documents(&doc, 1, &popt, &out),
				     &out, &popt, true);
	publish_result_release(&out);
	for (size_t i = 0; i < m.nresults; i++)
		score_result_free(results[i]);
	free(results);
	return status;
}

static int run(int argc, char **argv)
{
	struct merge_args args;
	int status;

	memset(&args, 0, sizeof(args));
	score_options_init(&args.options);
	status = parse_args(argc, argv, &args);
	if (status >= 0)
		goto out;
	status = cli_run_job(&(const struct cli_job){
		.indicators = &args.indicators,
		.answers = &args.answers,
		.wide = args.wide,
		.work = merge_work,
		.ctx = &args,
	});
out:
	path_list_release(&args.indicators);
	path_list_release(&args.answers);
	return status;
}

const struct command cmd_merge = {
	.name = "merge",
	.summary = "consolidate a panel's answers into national answers",
	.help = help,
	.run = run,
};

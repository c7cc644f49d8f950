/* SPDX-License-Identifier: Apache-2.0 */
/*
 * cmd-merge.c - "gapscore merge": consolidate each panel's answers into
 * one national answer per indicator, written as an answers file.
 */
#include "config.h"
#include "cli/cli.h"
#include "base/xalloc.h"
#include "publish/documents.h"
#include "score/assess.h"

#include <stdlib.h>

/* Merge the loaded inputs and write the sheet (or standard output). */
static int merge_work(struct cli_args *a, const struct inputs *in)
{
	struct score_result **results =
		xcalloc(in->tally.count + 1, sizeof(*results));
	struct merge_doc m = { results, 0 };
	struct document doc = { .type = &doc_merge, .subject = &m,
				.path = a->output };
	struct publish_options popt = { .charts = CHART_NONE };
	struct cli_args quiet = *a;
	int status;

	for (size_t i = 0; i < in->tally.count; i++) {
		const struct assessment *as = &in->tally.items[i];
		if (cli_selected(a, as->country, as->round))
			results[m.nresults++] = assess(&in->set, as, &a->score);
	}
	if (m.nresults == 0) {
		free(results);
		return cli_no_match(a->country, a->round);
	}
	quiet.quiet = true;
	status = cli_publish(&quiet, &doc, 1, &popt, NULL, NULL);
	for (size_t i = 0; i < m.nresults; i++)
		score_result_free(results[i]);
	free(results);
	return status;
}

static const struct cli_use options[] = {
	{ .group = CLI_GROUP_INPUTS },
	{ .option = &cli_opt_output_file,
	  .help = N_("where to write the merged answers ('-': standard output)") },
	{ .option = &cli_opt_consensus },
	{ .option = &cli_opt_disagreement,
	  .help = N_("dissent when scores differ by at least X (default "
		  "{default}) or categorical answers differ") },
	{ .group = CLI_GROUP_SELECTION },
	{ .option = &cli_opt_lang,
	  .help = N_("the language the answers are written in where a row has "
		  "no lang cell: its answer words (oui, non, ...) are "
		  "accepted, docs/answer-words.md") },
	CLI_END,
};

const struct cli_command cmd_merge = {
	.name = "merge",
	.summary = N_("consolidate a panel's answers into national answers"),
	.description =
	N_("Consolidate a panel's answers into one national answer per indicator\n"
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
	"comment merged as 'expert: text | expert: text'.\n"),
	.options = options,
	.load_selected = true,
	.exit_status =
	N_("0 success, 1 invalid input data (nothing written), 2 usage\n"
	"error, 3 system error (cannot read or write).\n"),
	.example =
	"gapscore merge -i indicators/untoc.csv -i indicators/tip.csv \\\n"
	"    -i indicators/som.csv -i indicators/fp.csv \\\n"
	"    -a examples/answers/XEA-2026.csv -o XEA-2026-national.csv\n",
	.work = merge_work,
};

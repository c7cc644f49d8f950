/*
 * cmd-template.c - "gapscore template": write one expert's blank answer
 * sheet for chosen instruments and a dimension, in the answers format
 * with help columns, ready to fill in a spreadsheet and validate.
 */
#include "config.h"
#include "cli/cli.h"
#include "publish/catalog-out.h"
#include "load/catalog.h"

#include <stdlib.h>

/* The command's own values. */
struct template_own {
	const char *expert;	/* --expert */
};

static const struct cli_option opt_expert = {
	.name = "expert", .arg = "ID", .noun = "expert",
	.help = "the expert's id: 1 to 64 letters, digits, '.', '_' or '-'",
	.kind = CLI_STRING, .required = true, .valid = catalog_valid_expert,
	.expected = "1 to 64 letters, digits, '.', '_' or '-'",
	CLI_OWN(struct template_own, expert),
};

/* Write the sheet for the loaded set; the exit status. */
static int template_work(struct cli_args *a, const struct inputs *in)
{
	const struct template_own *own = a->own;
	struct catalog_filter f;
	char *csv, *err = NULL;
	int status;

	cli_filter_init(&f, a);
	status = cli_check_filter("template", &in->set, &f);
	if (status != CLI_GO_ON)
		return status;
	csv = catalog_template_csv(&in->set, &f, a->country, a->round,
				   own->expert, NULL, &err);
	if (!csv) {
		status = msg_invalid("%s; nothing was written", err);
		free(err);
		return status;
	}
	status = cli_write_output(a, csv);
	free(csv);
	return status;
}

static const struct cli_use options[] = {
	{ .option = &cli_opt_indicators },
	{ .option = &cli_opt_country, .flags = CLI_REQUIRED,
	  .help = "the country assessed, e.g. KEN" },
	{ .option = &cli_opt_round, .flags = CLI_REQUIRED,
	  .help = "the assessment round, e.g. 2026" },
	{ .option = &opt_expert },
	{ .option = &cli_opt_instrument },
	{ .option = &cli_opt_dimension },
	{ .option = &cli_opt_lang },
	{ .option = &cli_opt_output_file,
	  .help = "where to write the sheet ('-': standard output)" },
	CLI_END,
};

const struct cli_command cmd_template = {
	.name = "template",
	.summary = "write a blank answer sheet for one expert",
	.description =
	"Write a blank answer sheet for one expert: one row per indicator of the\n"
	"chosen instruments and dimension, in the order of the sets, with the\n"
	"answer empty. The sheet is an answers file (country, round, expert,\n"
	"indicator, answer, confidence, evidence, good_practice, comment) followed\n"
	"by help columns for the expert: question, allowed_answers, answer_type,\n"
	"instrument, article, article_title, dimension, paragraph, depends_on.\n"
	"Answers loaders ignore the help columns, so the sheet validates and\n"
	"scores as it is, blank or filled in.\n"
	"\n"
	"The sheet is plain UTF-8 without a byte order mark (gapscore reads it\n"
	"back with or without one, so a spreadsheet may add it). Text cells that\n"
	"a spreadsheet would take for a formula (=, +, -, @) start with an\n"
	"apostrophe.\n",
	.options = options,
	.exit_status =
	"0 success, 1 invalid input data (nothing written), 2 usage\n"
	"error, 3 system error (cannot read or write).\n",
	.example =
	"gapscore template -i indicators/untoc.csv -i indicators/tip.csv \\\n"
	"    --country XEA --round 2026 --expert alpha --instrument TIP \\\n"
	"    --dimension legislative -o alpha.csv\n",
	.own_size = sizeof(struct template_own),
	.work = template_work,
};

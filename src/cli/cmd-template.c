/*
 * cmd-template.c - "gapscore template": write one expert's blank answer
 * sheet for chosen instruments and a dimension, in the answers format
 * with help columns, ready to fill in a spreadsheet and validate.
 */
#include "config.h"
#include "cli/cli.h"
#include "load/answers.h"
#include "publish/catalog-out.h"
#include "base/fsutil.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char help[] =
	"Usage: gapscore template -i INDICATORS.csv [-i ...] --country ISO3\n"
	"                         --round ROUND --expert ID -o SHEET.csv [OPTION]...\n"
	"\n"
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
	"apostrophe.\n"
	"\n"
	"Options:\n"
	"  -i, --indicators FILE   an indicator set (repeat for several); '-'\n"
	"                          reads standard input\n"
	"      --country ISO3      the country assessed, e.g. KEN\n"
	"      --round ROUND       the assessment round, e.g. 2026\n"
	"      --expert ID         the expert's id: 1 to 64 letters, digits, '.',\n"
	"                          '_' or '-'\n"
	"      --instrument CODE   only this instrument's indicators (repeat for\n"
	"                          several; default: all)\n"
	"      --dimension NAME    only this dimension, e.g. legislative\n"
	"                          (default: all)\n"
	"      --lang LANG         questions and article titles in this language\n"
	"                          (two lowercase letters, e.g. fr) where the sets\n"
	"                          translate them; the sets' own text elsewhere\n"
	"  -o, --output FILE       where to write the sheet ('-': standard output)\n"
	"  -h, --help              show this help\n"
	"\n"
	"Exit status: 0 success, 1 invalid input data (nothing written), 2 usage\n"
	"error, 3 system error (cannot read or write).\n"
	"\n"
	"Example:\n"
	"  gapscore template -i indicators/untoc.csv -i indicators/tip.csv \\\n"
	"      --country XEA --round 2026 --expert alpha --instrument TIP \\\n"
	"      --dimension legislative -o alpha.csv\n";

enum {
	OPT_EXPERT = 256,
	OPT_INSTRUMENT,
	OPT_DIMENSION,
	OPT_LANG,
};

struct template_args {
	struct path_list indicators;
	struct path_list unused;	/* -a is not an option here */
	struct path_list instruments;
	const char *country;
	const char *round;
	const char *expert;
	const char *dimension;
	const char *lang;
	const char *output;
};

static void args_release(struct template_args *args)
{
	path_list_release(&args->indicators);
	path_list_release(&args->unused);
	path_list_release(&args->instruments);
}

/* Parse argv; -1 when the run goes on, else the exit status. */
static int parse_args(int argc, char **argv, struct template_args *args)
{
	static const struct option longopts[] = {
		{ "indicators", required_argument, NULL, 'i' },
		{ "country", required_argument, NULL, CLI_OPT_COUNTRY },
		{ "round", required_argument, NULL, CLI_OPT_ROUND },
		{ "expert", required_argument, NULL, OPT_EXPERT },
		{ "instrument", required_argument, NULL, OPT_INSTRUMENT },
		{ "dimension", required_argument, NULL, OPT_DIMENSION },
		{ "lang", required_argument, NULL, OPT_LANG },
		{ "output", required_argument, NULL, 'o' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const struct cli_common co = {
		.indicators = &args->indicators,
		.answers = &args->unused,
		.country = &args->country,
		.round = &args->round,
	};
	int c, st;

	opterr = 0;
	while ((c = getopt_long(argc, argv, ":i:o:h", longopts, NULL)) != -1) {
		switch (c) {
		case 'o':
			args->output = optarg;
			break;
		case OPT_EXPERT:
			if (!catalog_valid_expert(optarg))
				return usage_error("template", "--expert '%s' "
					"is not valid; expected 1 to 64 "
					"letters, digits, '.', '_' or '-'",
					optarg);
			args->expert = optarg;
			break;
		case OPT_INSTRUMENT:
			path_list_add(&args->instruments, optarg);
			break;
		case OPT_DIMENSION:
			args->dimension = optarg;
			break;
		case OPT_LANG:
			if (!catalog_valid_lang(optarg))
				return usage_error("template", "--lang '%s' "
					"is not valid; expected a two-letter "
					"lowercase ISO 639-1 code such as fr",
					optarg);
			args->lang = optarg;
			break;
		case 'h':
			print_command_help(&cmd_template);
			return finish_stdout(EXIT_OK);
		default:
			st = cli_common_option("template", c, argv, &co);
			if (st >= 0)
				return st;
			break;
		}
	}
	if (optind < argc)
		return usage_error("template", "unexpected argument '%s'; files "
				   "are given with -i and -o", argv[optind]);
	if (args->indicators.count == 0)
		return usage_error("template", "no indicator set; give at least "
				   "one with -i FILE");
	if (!args->country)
		return usage_error("template", "no country; give one with "
				   "--country ISO3");
	if (!args->round)
		return usage_error("template", "no round; give one with "
				   "--round ROUND");
	if (!args->expert)
		return usage_error("template", "no expert; give one with "
				   "--expert ID");
	if (!args->output || !args->output[0])
		return usage_error("template", "no output file; give one with "
				   "-o FILE (- for standard output)");
	return -1;
}

/* Write the sheet for the loaded set; the exit status. */
static int write_sheet(const struct template_args *args,
		       const struct indset *set)
{
	struct catalog_filter f;
	char *csv, *err = NULL;
	int status = EXIT_OK;

	catalog_filter_init(&f);
	f.instruments = (const char *const *)args->instruments.items;
	f.ninstruments = args->instruments.count;
	f.dimension = args->dimension;
	f.lang = args->lang;
	err = catalog_check_filter(set, &f);
	if (err) {
		status = usage_error("template", "%s", err);
		free(err);
		return status;
	}
	if (args->lang && !catalog_has_lang(set, args->lang))
		fprintf(stderr, "%s: warning: the indicator sets have no '%s' "
			"translation; the sheet is in their own language\n",
			PROG, args->lang);
	csv = catalog_template_csv(set, &f, args->country, args->round,
				   args->expert, NULL, &err);
	if (!csv) {
		fprintf(stderr, "%s: error: %s; nothing was written\n", PROG,
			err);
		free(err);
		return EXIT_INVALID;
	}
	if (!strcmp(args->output, "-"))
		fputs(csv, stdout);
	else if (!fs_write_atomic(args->output, csv, strlen(csv), &err))
		status = system_error("%s", err);
	free(csv);
	free(err);
	return status;
}

static int run(int argc, char **argv)
{
	struct template_args args;
	struct diag_list diags;
	struct inputs in;
	enum diag_status st;
	int status;

	memset(&args, 0, sizeof(args));
	status = parse_args(argc, argv, &args);
	if (status >= 0) {
		args_release(&args);
		return status;
	}
	diag_list_init(&diags);
	inputs_init(&in);
	st = inputs_load(&in, args.indicators.items, args.indicators.count,
			 NULL, 0, &diags);
	status = report_diagnostics(&diags, st);
	if (status == EXIT_OK)
		status = write_sheet(&args, &in.set);
	inputs_release(&in);
	diag_list_release(&diags);
	args_release(&args);
	return finish_stdout(status);
}

const struct command cmd_template = {
	.name = "template",
	.summary = "write a blank answer sheet for one expert",
	.help = help,
	.run = run,
};

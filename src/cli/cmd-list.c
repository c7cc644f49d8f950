/*
 * cmd-list.c - "gapscore list": browse and search indicator sets the way
 * practitioners search legislation, by instrument and article, crime type,
 * assistance category or the words of the question.
 */
#include "config.h"
#include "cli/cli.h"
#include "publish/catalog-out.h"
#include "load/pattern.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char help[] =
	"Usage: gapscore list -i INDICATORS.csv [-i ...] [OPTION]...\n"
	"\n"
	"List the indicators of the sets that every filter given selects (the\n"
	"filters combine with AND), in the order of the sets. Each indicator is\n"
	"shown as\n"
	"  ID  INSTRUMENT art. ARTICLE (DIMENSION, OBLIGATION)\n"
	"    the question\n"
	"  answers: what an expert may answer\n"
	"and a last line counts them (\"0 indicators\" when none matches).\n"
	"\n"
	"Options:\n"
	"  -i, --indicators FILE   an indicator set (repeat for several); '-'\n"
	"                          reads standard input\n"
	"      --instrument CODE   this instrument, e.g. UNTOC (repeat: any of them)\n"
	"      --article A         this article, e.g. 5\n"
	"      --dimension NAME    this dimension, e.g. legislative\n"
	"      --obligation O      mandatory, consider or optional\n"
	"      --crime-type T      one of the indicator's crime types, e.g.\n"
	"                          money-laundering (case ignored)\n"
	"      --ta-category C     one of the indicator's technical assistance\n"
	"                          categories, e.g. capacity-building (case ignored)\n"
	"      --match PATTERN     a PCRE2 pattern found in the question, ignoring\n"
	"                          case (Unicode: 'É' finds 'é'), e.g. 'witness'\n"
	"      --lang LANG         show and search questions and article titles in\n"
	"                          this language (two lowercase letters, e.g. fr)\n"
	"                          where the sets translate them\n"
	"      --format FORMAT     text (default) or csv: id, instrument, article,\n"
	"                          article_title, dimension, obligation,\n"
	"                          answer_type, question, guide_ref, ta_category,\n"
	"                          crime_type\n"
	"  -h, --help              show this help\n"
	"\n"
	"An instrument or dimension that no loaded set defines is a usage error.\n"
	"\n"
	"Exit status: 0 success (also when nothing matches), 1 invalid input\n"
	"data, 2 usage error (including a pattern that does not compile),\n"
	"3 system error (cannot read a file or write the listing).\n"
	"\n"
	"Example:\n"
	"  gapscore list -i indicators/untoc.csv --article 24 --match witness\n";

enum {
	OPT_INSTRUMENT = 256,
	OPT_ARTICLE,
	OPT_DIMENSION,
	OPT_OBLIGATION,
	OPT_CRIME_TYPE,
	OPT_TA_CATEGORY,
	OPT_MATCH,
	OPT_LANG,
	OPT_FORMAT,
};

struct list_args {
	struct path_list indicators;
	struct path_list instruments;
	struct catalog_filter filter;
	struct pattern *match;
	bool csv;
};

static void args_release(struct list_args *args)
{
	path_list_release(&args->indicators);
	path_list_release(&args->instruments);
	pattern_free(args->match);
}

/* Parse one option that takes a value; -1 when parsing goes on, else
 * the exit status. */
static int parse_option(int c, char **argv, struct list_args *args)
{
	struct catalog_filter *f = &args->filter;
	enum obligation o;
	char *err = NULL;
	int st;

	switch (c) {
	case 'i':
		path_list_add(&args->indicators, optarg);
		return -1;
	case OPT_INSTRUMENT:
		path_list_add(&args->instruments, optarg);
		return -1;
	case OPT_ARTICLE:
		f->article = optarg;
		return -1;
	case OPT_DIMENSION:
		f->dimension = optarg;
		return -1;
	case OPT_OBLIGATION:
		if (!catalog_parse_obligation(optarg, &o))
			return usage_error("list", "--obligation '%s' is not "
					   "valid; expected mandatory, consider "
					   "or optional", optarg);
		f->obligation = (int)o;
		return -1;
	case OPT_CRIME_TYPE:
		f->crime_type = optarg;
		return -1;
	case OPT_TA_CATEGORY:
		f->ta_category = optarg;
		return -1;
	case OPT_MATCH:
		pattern_free(args->match);
		args->match = pattern_new_search(optarg, &err);
		if (!args->match) {
			st = usage_error("list", "--match '%s' is not a valid "
					 "pattern: %s", optarg, err);
			free(err);
			return st;
		}
		f->match = args->match;
		return -1;
	case OPT_LANG:
		if (!catalog_valid_lang(optarg))
			return usage_error("list", "--lang '%s' is not valid; "
					   "expected a two-letter lowercase "
					   "ISO 639-1 code such as fr", optarg);
		f->lang = optarg;
		return -1;
	case OPT_FORMAT:
		if (!strcmp(optarg, "text"))
			args->csv = false;
		else if (!strcmp(optarg, "csv"))
			args->csv = true;
		else
			return usage_error("list", "--format '%s' is not "
					   "valid; expected text or csv",
					   optarg);
		return -1;
	case ':':
		return usage_error("list", "option '%s' needs a value",
				   argv[optind - 1]);
	default:
		return usage_error("list", "unknown option '%s'",
				   argv[optind - 1]);
	}
}

/* Parse argv; -1 when the run goes on, else the exit status. */
static int parse_args(int argc, char **argv, struct list_args *args)
{
	static const struct option longopts[] = {
		{ "indicators", required_argument, NULL, 'i' },
		{ "instrument", required_argument, NULL, OPT_INSTRUMENT },
		{ "article", required_argument, NULL, OPT_ARTICLE },
		{ "dimension", required_argument, NULL, OPT_DIMENSION },
		{ "obligation", required_argument, NULL, OPT_OBLIGATION },
		{ "crime-type", required_argument, NULL, OPT_CRIME_TYPE },
		{ "ta-category", required_argument, NULL, OPT_TA_CATEGORY },
		{ "match", required_argument, NULL, OPT_MATCH },
		{ "lang", required_argument, NULL, OPT_LANG },
		{ "format", required_argument, NULL, OPT_FORMAT },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	int c, st;

	opterr = 0;
	while ((c = getopt_long(argc, argv, ":i:h", longopts, NULL)) != -1) {
		if (c == 'h') {
			print_command_help(&cmd_list);
			return finish_stdout(EXIT_OK);
		}
		st = parse_option(c, argv, args);
		if (st >= 0)
			return st;
	}
	if (optind < argc)
		return usage_error("list", "unexpected argument '%s'; files are "
				   "given with -i", argv[optind]);
	if (args->indicators.count == 0)
		return usage_error("list", "no indicator set; give at least one "
				   "with -i FILE");
	args->filter.instruments = (const char *const *)args->instruments.items;
	args->filter.ninstruments = args->instruments.count;
	return -1;
}

/* Print the listing of the loaded set; the exit status. */
static int print_listing(const struct list_args *args,
			 const struct indset *set)
{
	const struct catalog_filter *f = &args->filter;
	char *text, *err;
	int status;

	err = catalog_check_filter(set, f);
	if (err) {
		status = usage_error("list", "%s", err);
		free(err);
		return status;
	}
	if (f->lang && !catalog_has_lang(set, f->lang))
		fprintf(stderr, "%s: warning: the indicator sets have no '%s' "
			"translation; their own language is shown\n", PROG,
			f->lang);
	text = args->csv ? catalog_list_csv(set, f, NULL, &err)
			 : catalog_list_text(set, f, NULL, &err);
	if (!text) {
		status = usage_error("list", "--match: %s", err);
		free(err);
		return status;
	}
	fputs(text, stdout);
	free(text);
	return EXIT_OK;
}

static int run(int argc, char **argv)
{
	struct list_args args;
	struct diag_list diags;
	struct inputs in;
	enum diag_status st;
	int status;

	memset(&args, 0, sizeof(args));
	catalog_filter_init(&args.filter);
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
		status = print_listing(&args, &in.set);
	inputs_release(&in);
	diag_list_release(&diags);
	args_release(&args);
	return finish_stdout(status);
}

const struct command cmd_list = {
	.name = "list",
	.summary = "browse and search indicators by article, crime type or words",
	.help = help,
	.run = run,
};

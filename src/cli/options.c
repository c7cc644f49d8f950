/* SPDX-License-Identifier: Apache-2.0 */
/*
 * options.c - the options several commands share, each declared once:
 * its names, metavar, help, group, how its value is checked and where in
 * struct cli_args it goes. A command lists them (or their group) in its
 * table; a command may word an option's help for itself there.
 */
#include "config.h"
#include "cli/options.h"
#include "load/answers.h"
#include "load/catalog.h"
#include "score/consensus.h"
#include "publish/chart.h"
#include "base/xalloc.h"

#include <stdlib.h>
#include <string.h>

/* Append path to the list. */
void path_list_add(struct path_list *l, char *path)
{
	GROW(l->items, l->cap, l->count + 1);
	l->items[l->count++] = path;
}

/* Free the list (not the borrowed paths) and empty it. */
void path_list_release(struct path_list *l)
{
	free(l->items);
	l->items = NULL;
	l->count = l->cap = 0;
}

/* Does s hold something? */
bool cli_nonempty(const char *s)
{
	return s[0] != '\0';
}

/* The names --delimiter takes, for help and completion (',' and ';'
 * are taken too). */
static const char *const delimiter_names[] = {
	"auto", "comma", "semicolon", "tab", NULL,
};

/* --delimiter: auto, or ',' (comma), ';' (semicolon) or tab. */
static bool parse_delimiter(void *field, const char *value, char **why)
{
	static const struct {
		const char *name;
		enum csvin_delimiter delimiter;
	} names[] = {
		{ "auto", CSVIN_DELIM_AUTO },
		{ ",", CSVIN_DELIM_COMMA }, { "comma", CSVIN_DELIM_COMMA },
		{ ";", CSVIN_DELIM_SEMICOLON },
		{ "semicolon", CSVIN_DELIM_SEMICOLON },
		{ "tab", CSVIN_DELIM_TAB }, { "\t", CSVIN_DELIM_TAB },
	};

	(void)why;
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (!strcmp(value, names[i].name)) {
			*(enum csvin_delimiter *)field = names[i].delimiter;
			return true;
		}
	return false;
}

/* --charts: one of chart_format_names. */
static bool parse_charts(void *field, const char *value, char **why)
{
	(void)why;
	return chart_parse_format(value, field);
}

/* ---------------------------------------------------------- inputs */
const struct cli_option cli_opt_indicators = {
	.name = "indicators", .short_name = 'i', .arg = "FILE",
	.synopsis_arg = "INDICATORS.csv", .noun = "indicator set",
	.help = N_("an indicator set: a CSV file, or the name of an installed "
		"set such as untoc (repeat for several; ids must be unique "
		"across them; '-': standard input)"),
	.group = CLI_GROUP_INPUTS, .kind = CLI_LIST,
	.complete = CLI_COMPLETE_INDSET, .required = true,
	CLI_FIELD(indicators),
};

const struct cli_option cli_opt_answers = {
	.name = "answers", .short_name = 'a', .arg = "FILE",
	.synopsis_arg = "ANSWERS.csv", .noun = "answers file",
	.help = N_("an answers file (repeat for several)"),
	.group = CLI_GROUP_INPUTS, .kind = CLI_LIST,
	.complete = CLI_COMPLETE_FILE, .required = true,
	CLI_FIELD(answers),
};

const struct cli_option cli_opt_wide = {
	.name = "wide",
	.help = N_("the answers files are wide: one row per expert, one column "
		"per indicator id (else told from the header)"),
	.group = CLI_GROUP_INPUTS, .kind = CLI_FLAG, CLI_FIELD(wide),
};

const struct cli_option cli_opt_countries = {
	.name = "countries", .arg = "FILE",
	.help = N_("country names for reports, pages and charts: a CSV with "
		"code, name and optionally region (for user-assigned codes "
		"such as XEA, or to rename a country); ISO 3166-1 codes are "
		"named without it"),
	.group = CLI_GROUP_INPUTS, .kind = CLI_STRING,
	.complete = CLI_COMPLETE_FILE, CLI_FIELD(countries),
};

const struct cli_option cli_opt_delimiter = {
	.name = "delimiter", .arg = "DELIM",
	.help = N_("what separates the fields of every CSV file read: "
		"{values}, or ',' and ';' themselves (auto: each file's "
		"own, told from its header row); in a ';' file a number may "
		"have a decimal comma (2,5)"),
	.group = CLI_GROUP_INPUTS, .kind = CLI_PARSE,
	.parse = parse_delimiter, .values = delimiter_names,
	.default_value = "auto",
	.expected = "',', ';', tab, comma, semicolon or auto",
	CLI_FIELD(delimiter),
};

/* ------------------------------------------------------- selection */
const struct cli_option cli_opt_country = {
	.name = "country", .arg = "ISO3", .noun = "country",
	.help = N_("only this country"),
	.group = CLI_GROUP_SELECTION, .kind = CLI_STRING,
	.valid = answers_valid_country,
	.expected = "an ISO 3166-1 alpha-3 code such as KEN",
	CLI_FIELD(country),
};

const struct cli_option cli_opt_round = {
	.name = "round", .arg = "ROUND", .noun = "round",
	.help = N_("only this round"),
	.group = CLI_GROUP_SELECTION, .kind = CLI_STRING,
	.valid = answers_valid_round,
	.expected = "1 to 32 letters, digits, '.', '_' or '-' (not '.' or "
		    "'..')",
	CLI_FIELD(round),
};

/* --------------------------------------------------------- scoring */
const struct cli_option cli_opt_consensus = {
	.name = "consensus", .arg = "RULE",
	.help = N_("{values} (weighted: by each answer's confidence, 1-3 or "
		"low/medium/high; not given = medium)"),
	.group = CLI_GROUP_SCORING, .kind = CLI_ENUM,
	.values = consensus_names,
	.default_value = "median", CLI_FIELD(score.consensus),
};

const struct cli_option cli_opt_coverage = {
	.name = "coverage-threshold", .arg = "X",
	.help = N_("below this coverage (0 to 1, default {default}) an "
		"article's status is insufficient-data and it gets no rating"),
	.group = CLI_GROUP_SCORING, .kind = CLI_NUMBER, .min = 0, .max = 1,
	.default_value = "0.5", CLI_FIELD(score.coverage_threshold),
};

/* Shared by score and merge, in no group. */
const struct cli_option cli_opt_disagreement = {
	.name = "disagreement-threshold", .arg = "X",
	.help = N_("flag an indicator whose experts' scores differ by at least "
		"X (default {default}), or who chose different answers of a "
		"yes/no or choice type"),
	.kind = CLI_NUMBER, .min = 0, .max = 1, .default_value = "0.5",
	CLI_FIELD(score.disagreement_threshold),
};

/* ---------------------------------------------------------- charts */
const struct cli_option cli_opt_charts = {
	.name = "charts", .arg = "FORMAT",
	.help = N_("{values}: the charts drawn beside each report (none: no "
		"gnuplot at all)"),
	.group = CLI_GROUP_CHARTS, .kind = CLI_PARSE, .parse = parse_charts,
	.values = chart_format_names, .default_value = "png",
	CLI_FIELD(publish.charts),
};

const struct cli_option cli_opt_gnuplot = {
	.name = "gnuplot", .arg = "PATH",
	.help = N_("the gnuplot to run (default: $GNUPLOT, else gnuplot on PATH)"),
	.group = CLI_GROUP_CHARTS, .kind = CLI_STRING,
	.complete = CLI_COMPLETE_PROGRAM, CLI_FIELD(publish.gnuplot),
};

const struct cli_option cli_opt_gnuplot_timeout = {
	.name = "gnuplot-timeout", .arg = "SECONDS",
	.help = N_("stop gnuplot after this long, in seconds to the "
		"millisecond (default {default})"),
	.group = CLI_GROUP_CHARTS, .kind = CLI_NUMBER, .min = 0.001,
	.max = 86400, .default_value = "300",
	.expected = "seconds from 0.001 to 86400",
	CLI_FIELD(publish.gnuplot_timeout),
};

const struct cli_option cli_opt_jobs = {
	.name = "jobs", .arg = "N",
	.help = N_("N workers scoring and writing the assessments (score) "
		   "and at most N gnuplot processes at once (default: one "
		   "per processor); the outputs do not depend on it"),
	.group = CLI_GROUP_CHARTS, .kind = CLI_WHOLE, .min = 1,
	.max = CHART_MAX_JOBS, CLI_FIELD(jobs),
};

const struct cli_option cli_opt_keep_scripts = {
	.name = "keep-scripts",
	.help = N_("leave charts.gp and its data files beside the charts, to "
		"restyle and redraw them yourself"),
	.group = CLI_GROUP_CHARTS, .kind = CLI_FLAG,
	CLI_FIELD(publish.keep_scripts),
};

const struct cli_option cli_opt_lang = {
	.name = "lang", .arg = "LANG",
	.help = N_("questions and article titles in LANG (e.g. fr, es) where "
		"the indicator sets translate them; their own text elsewhere"),
	.group = CLI_GROUP_CHARTS, .kind = CLI_STRING,
	.valid = catalog_valid_lang,
	.expected = "a two-letter lowercase ISO 639-1 code such as fr",
	CLI_FIELD(lang),
};

/* ------------------------------------- indicator filters (template, list) */
const struct cli_option cli_opt_instrument = {
	.name = "instrument", .arg = "CODE",
	.help = N_("only this instrument's indicators, e.g. UNTOC (repeat: any "
		"of them)"),
	.kind = CLI_LIST, CLI_FIELD(instruments),
};

const struct cli_option cli_opt_dimension = {
	.name = "dimension", .arg = "NAME",
	.help = N_("only this dimension, e.g. legislative"),
	.kind = CLI_STRING, CLI_FIELD(dimension),
};

/* ---------------------------------------------------------- output */
const struct cli_option cli_opt_output_dir = {
	.name = "output", .short_name = 'o', .arg = "DIR",
	.synopsis_arg = "OUTDIR", .noun = "output directory",
	.help = N_("where to write the outputs"),
	.group = CLI_GROUP_OUTPUT, .kind = CLI_STRING,
	.complete = CLI_COMPLETE_DIR, .required = true, CLI_FIELD(output),
};

/* In no group: the output group's -o is a directory. */
const struct cli_option cli_opt_output_file = {
	.name = "output", .short_name = 'o', .arg = "FILE",
	.noun = "output file",
	.help = N_("where to write it ('-': standard output)"),
	.kind = CLI_STRING,
	.complete = CLI_COMPLETE_FILE, .required = true, CLI_FIELD(output),
};

const struct cli_option cli_opt_quiet = {
	.name = "quiet", .short_name = 'q',
	.help = N_("do not list the files written"),
	.group = CLI_GROUP_OUTPUT, .kind = CLI_FLAG, CLI_FIELD(quiet),
};

const struct cli_option cli_opt_pretty = {
	.name = "pretty",
	.help = N_("indent the JSON written (default: compact, one line)"),
	.group = CLI_GROUP_OUTPUT, .kind = CLI_FLAG, CLI_FIELD(publish.pretty),
};

/* --format of plan and compare: the tables' formats. */
static const char *const table_format_names[] = { "csv", "xlsx", NULL };

/* --format: csv, or xlsx (the CSV tables and a workbook of them). */
static bool parse_table_format(void *field, const char *value, char **why)
{
	(void)why;
	if (strcmp(value, "csv") && strcmp(value, "xlsx"))
		return false;
	*(bool *)field = !strcmp(value, "xlsx");
	return true;
}

const struct cli_option cli_opt_table_format = {
	.name = "format", .arg = "FORMAT",
	.help = N_("{values}: the tables beside the JSON and HTML, as CSV "
		"only, or as CSV and one XLSX workbook of them"),
	.group = CLI_GROUP_OUTPUT, .kind = CLI_PARSE,
	.parse = parse_table_format, .values = table_format_names,
	.default_value = "csv", CLI_FIELD(xlsx),
};

/* Every command takes it (cli_entries adds it to every table). */
const struct cli_option cli_opt_verbose = {
	.name = "verbose", .short_name = 'v',
	.help = N_("say what was read and decided: the indicator sets, the "
		"answers of each file, the assessments found and scored, "
		"the outputs written"),
	.kind = CLI_FLAG, CLI_FIELD(verbose),
};

/* Every command takes it; the parser answers it (it stores nothing). */
const struct cli_option cli_opt_help = {
	.name = "help", .short_name = 'h', .help = N_("show this help"),
	.kind = CLI_FLAG,
};

const struct cli_option *const cli_shared_options[] = {
	&cli_opt_indicators, &cli_opt_answers, &cli_opt_wide,
	&cli_opt_countries, &cli_opt_delimiter,
	&cli_opt_country, &cli_opt_round,
	&cli_opt_consensus, &cli_opt_coverage, &cli_opt_disagreement,
	&cli_opt_charts, &cli_opt_gnuplot, &cli_opt_gnuplot_timeout,
	&cli_opt_jobs, &cli_opt_keep_scripts, &cli_opt_lang,
	&cli_opt_instrument, &cli_opt_dimension,
	&cli_opt_output_dir, &cli_opt_output_file, &cli_opt_quiet,
	&cli_opt_table_format, &cli_opt_pretty,
	NULL,
};

/* SPDX-License-Identifier: Apache-2.0 */
/*
 * cmd-list.c - "gapscore list": browse and search indicator sets the way
 * practitioners search legislation, by instrument and article, crime type,
 * assistance category or the words of the question.
 */
#include "config.h"
#include "cli/cli.h"
#include "publish/catalog-out.h"
#include "load/pattern.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* --format's values. */
enum list_format {
	LIST_TEXT,
	LIST_CSV,
};
static const char *const format_names[] = { "text", "csv", NULL };

/* The obligations --obligation takes, as the sets write them. */
static const char *const obligation_names[] = {
	"mandatory", "consider", "optional", NULL,
};

/* The command's own values. */
struct list_own {
	const char *article;		/* --article */
	int obligation;			/* --obligation; -1: any */
	const char *crime_type;		/* --crime-type */
	const char *ta_category;	/* --ta-category */
	struct pattern *match;		/* --match, compiled; owned */
	enum list_format format;	/* --format */
};

/* --obligation: mandatory, consider or optional, stored as the filter
 * keeps it (an int). */
static bool parse_obligation(void *field, const char *value, char **why)
{
	enum obligation o;

	(void)why;
	if (!catalog_parse_obligation(value, &o))
		return false;
	*(int *)field = (int)o;
	return true;
}

/* --match: a PCRE2 pattern, compiled now so that a bad one is a usage
 * error before anything is read. */
static bool parse_match(void *field, const char *value, char **why)
{
	struct pattern **match = field;

	pattern_free(*match);
	*match = pattern_new_search(value, why);
	return *match != NULL;
}

static const struct cli_option opt_article = {
	.name = "article", .arg = "A", .help = N_("this article, e.g. 5"),
	.kind = CLI_STRING, CLI_OWN(struct list_own, article),
};

static const struct cli_option opt_obligation = {
	.name = "obligation", .arg = "O", .help = "{values}",
	.kind = CLI_PARSE, .parse = parse_obligation,
	.values = obligation_names, CLI_OWN(struct list_own, obligation),
};

static const struct cli_option opt_crime_type = {
	.name = "crime-type", .arg = "T",
	.help = N_("one of the indicator's crime types, e.g. money-laundering "
		"(case ignored)"),
	.kind = CLI_STRING, CLI_OWN(struct list_own, crime_type),
};

static const struct cli_option opt_ta_category = {
	.name = "ta-category", .arg = "C",
	.help = N_("one of the indicator's technical assistance categories "
		"(case ignored), e.g. capacity-building"),
	.kind = CLI_STRING, CLI_OWN(struct list_own, ta_category),
};

static const struct cli_option opt_match = {
	.name = "match", .arg = "PATTERN",
	.help = N_("a PCRE2 pattern found in the question, ignoring case "
		"(Unicode: 'É' finds 'é'), e.g. 'witness'"),
	.kind = CLI_PARSE, .parse = parse_match,
	.expected = "a PCRE2 pattern", CLI_OWN(struct list_own, match),
};

static const struct cli_option opt_format = {
	.name = "format", .arg = "FORMAT",
	.help = N_("{values}: id, instrument, article, article_title, "
		"dimension, obligation, answer_type, question, guide_ref, "
		"ta_category, crime_type"),
	.kind = CLI_ENUM, .values = format_names, .default_value = "text",
	CLI_OWN(struct list_own, format),
};

/* The filter the options describe. */
static struct catalog_filter list_filter(const struct cli_args *a)
{
	const struct list_own *own = a->own;
	struct catalog_filter f;

	cli_filter_init(&f, a);
	f.article = own->article;
	f.obligation = own->obligation;
	f.crime_type = own->crime_type;
	f.ta_category = own->ta_category;
	f.match = own->match;
	return f;
}

/* No obligation chosen yet. */
static void list_init(struct cli_args *a)
{
	struct list_own *own = a->own;

	own->obligation = -1;
}

/* The language of the messages (LANGUAGE / LC_MESSAGES) as the header
 * of the catalog gettext chose names it ("Language: fr"), or NULL when
 * they are English. */
static const char *messages_lang(void)
{
	static const char header[] = "";	/* the msgid of the header */
	static char code[3];
	const char *head = dgettext(TEXT_DOMAIN, header);
	const char *p = strstr(head, "Language: ");

	if (!p || p[10] < 'a' || p[10] > 'z' || p[11] < 'a' || p[11] > 'z')
		return NULL;
	code[0] = p[10];
	code[1] = p[11];
	return code;
}

/* Print the listing of the loaded set (for people, its labels in the
 * messages' language); the exit status. */
static int list_work(struct cli_args *a, const struct inputs *in)
{
	const struct list_own *own = a->own;
	struct catalog_filter f = list_filter(a);
	char *text, *err = NULL;
	int status = cli_check_filter("list", &in->set, &f);

	if (status != CLI_GO_ON)
		return status;
	if (own->format == LIST_CSV)
		text = catalog_list_csv(&in->set, &f, NULL, &err);
	else
		text = catalog_list_text_lang(&in->set, &f, messages_lang(),
					      NULL, &err);
	if (!text) {
		status = msg_usage("list", "--match: %s", err);
		free(err);
		return status;
	}
	fputs(text, stdout);
	free(text);
	return EXIT_OK;
}

/* Free the compiled pattern. */
static void list_release(struct cli_args *a)
{
	struct list_own *own = a->own;

	pattern_free(own->match);
}

static const struct cli_use options[] = {
	{ .option = &cli_opt_indicators },
	{ .option = &cli_opt_delimiter },
	{ .option = &cli_opt_instrument },
	{ .option = &opt_article },
	{ .option = &cli_opt_dimension },
	{ .option = &opt_obligation },
	{ .option = &opt_crime_type },
	{ .option = &opt_ta_category },
	{ .option = &opt_match },
	{ .option = &cli_opt_lang,
	  .help = N_("show and search questions and article titles in LANG "
		  "(e.g. fr) where the sets translate them") },
	{ .option = &opt_format },
	CLI_END,
};

const struct cli_command cmd_list = {
	.name = "list",
	.summary =
	N_("browse and search indicators by article, crime type or words"),
	.description =
	N_("List the indicators of the sets that every filter given selects (the\n"
	"filters combine with AND), in the order of the sets. Each indicator is\n"
	"shown as\n"
	"  ID  INSTRUMENT art. ARTICLE (DIMENSION, OBLIGATION)\n"
	"    the question\n"
	"  answers: what an expert may answer\n"
	"and a last line counts them (\"0 indicators\" when none matches).\n"),
	.options = options,
	.notes =
	N_("An instrument or dimension that no loaded set defines is a usage error.\n"),
	.exit_status =
	N_("0 success (also when nothing matches), 1 invalid input\n"
	"data, 2 usage error (including a pattern that does not compile),\n"
	"3 system error (cannot read a file or write the listing).\n"),
	.example =
	"gapscore list -i indicators/untoc.csv --article 24 --match witness\n",
	.own_size = sizeof(struct list_own),
	.init = list_init,
	.work = list_work,
	.release = list_release,
};

/* SPDX-License-Identifier: Apache-2.0 */
/*
 * cmd-template.c - "gapscore template": write one expert's blank answer
 * sheet for chosen instruments and a dimension, in the answers format
 * with help columns, ready to fill in a spreadsheet and validate.
 */
#include "config.h"
#include "cli/cli.h"
#include "publish/catalog-out.h"
#include "publish/xlsx-template.h"
#include "load/catalog.h"
#include "base/sink.h"
#include "base/strbuf.h"
#include "base/text.h"
#include "base/fsutil.h"
#include "base/xalloc.h"
#include "load/answers.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* --format's values; auto: xlsx for an output named *.xlsx, else csv. */
enum template_format {
	TEMPLATE_AUTO,
	TEMPLATE_CSV,
	TEMPLATE_XLSX,
};
static const char *const format_names[] = { "csv", "xlsx", NULL };

/* The command's own values. */
struct template_own {
	const char *expert;		/* --expert */
	enum template_format format;	/* --format */
	struct path_list articles;	/* --article */
	struct path_list clusters;	/* --cluster */
	struct path_list categories;	/* --category */
	struct path_list beneficiaries;	/* --beneficiary */
	const char *prefill;		/* --prefill */
};

/* --format: csv or xlsx. */
static bool parse_format(void *field, const char *value, char **why)
{
	(void)why;
	for (size_t i = 0; format_names[i]; i++)
		if (!strcmp(value, format_names[i])) {
			*(enum template_format *)field =
				(enum template_format)(i + 1);
			return true;
		}
	return false;
}

static const struct cli_option opt_format = {
	.name = "format", .arg = "FORMAT",
	.help = N_("{values}: a CSV answers sheet, or an XLSX workbook with "
		"one protected sheet per instrument and a dropdown of the "
		"allowed answers (default: xlsx when FILE ends in .xlsx, "
		"else csv)"),
	.kind = CLI_PARSE, .parse = parse_format, .values = format_names,
	CLI_OWN(struct template_own, format),
};

static const struct cli_option opt_expert = {
	.name = "expert", .arg = "ID", .noun = "expert",
	.help = N_("the expert's id: 1 to 64 letters, digits, '.', '_' or '-'"),
	.kind = CLI_STRING, .required = true, .valid = catalog_valid_expert,
	.expected = "1 to 64 letters, digits, '.', '_' or '-'",
	CLI_OWN(struct template_own, expert),
};

static const struct cli_option opt_article = {
	.name = "article", .arg = "LIST",
	.help = N_("only these articles: labels and ranges separated by commas, "
		"e.g. 5,6,34 or 5-8 (repeat: any of them)"),
	.kind = CLI_LIST, CLI_OWN(struct template_own, articles),
};

static const struct cli_option opt_cluster = {
	.name = "cluster", .arg = "NAME",
	.help = N_("only this Review Mechanism cluster, e.g. "
		"criminalization-jurisdiction (repeat: any of them)"),
	.kind = CLI_LIST, CLI_OWN(struct template_own, clusters),
};

static const struct cli_option opt_category = {
	.name = "category", .arg = "NAME",
	.help = N_("only this technical assistance category (ta_category), "
		"e.g. legislative-drafting (repeat: any of them)"),
	.kind = CLI_LIST, CLI_OWN(struct template_own, categories),
};

static const struct cli_option opt_beneficiary = {
	.name = "beneficiary", .arg = "NAME",
	.help = N_("only questions for this beneficiary, e.g. fiu "
		"(repeat: any of them)"),
	.kind = CLI_LIST, CLI_OWN(struct template_own, beneficiaries),
};

static const struct cli_option opt_prefill = {
	.name = "prefill", .arg = "ANSWERS",
	.help = N_("fill in the expert's latest answers in this answers file "
		"(or, without any, those of a merged sheet's 'consensus'), "
		"marked review=prefilled"),
	.kind = CLI_STRING, .complete = CLI_COMPLETE_FILE,
	CLI_OWN(struct template_own, prefill),
};

/* Is the output a workbook: --format xlsx, or a name ending in .xlsx? */
static bool wants_xlsx(const struct cli_args *a)
{
	const struct template_own *own = a->own;

	if (own->format != TEMPLATE_AUTO)
		return own->format == TEMPLATE_XLSX;
	return cli_names_xlsx(a->output);
}

/* Write the workbook for the selection f; the exit status. */
static int write_xlsx(struct cli_args *a, const struct inputs *in,
		      const struct catalog_filter *f,
		      const struct template_fill *fill)
{
	const struct template_own *own = a->own;
	struct strbuf book;
	struct sink s;
	char *err = NULL;
	int status = EXIT_OK;

	strbuf_init(&book);
	sink_init_strbuf(&s, &book);
	if (!catalog_template_xlsx_fill(&s, &in->set, f, a->country, a->round,
					own->expert, fill, NULL, &err)) {
		status = msg_invalid("%s; nothing was written", err);
	} else if (!strcmp(a->output, "-")) {
		if (fwrite(book.buf, 1, book.len, stdout) != book.len)
			status = msg_system("cannot write to standard output");
	} else if (!fs_write_atomic(a->output, book.buf, book.len, &err)) {
		status = msg_system("%s", err);
	}
	free(err);
	strbuf_release(&book);
	return status;
}

/* The filter of the shared options and of the questionnaire's lists. */
static void template_filter(struct catalog_filter *f, const struct cli_args *a)
{
	const struct template_own *own = a->own;

	cli_filter_init(f, a);
	f->articles = (const char *const *)own->articles.items;
	f->narticles = own->articles.count;
	f->clusters = (const char *const *)own->clusters.items;
	f->nclusters = own->clusters.count;
	f->categories = (const char *const *)own->categories.items;
	f->ncategories = own->categories.count;
	f->beneficiaries = (const char *const *)own->beneficiaries.items;
	f->nbeneficiaries = own->beneficiaries.count;
}

/* The assessment of t whose rows by expert (in country) fill the sheet:
 * the latest round with one, NULL when none; *e: the expert's index. */
static const struct assessment *latest_of(const struct tally *t,
					  const char *country,
					  const char *expert, size_t *e)
{
	const struct assessment *best = NULL;

	for (size_t i = 0; i < t->count; i++) {
		const struct assessment *as = &t->items[i];

		if (strcmp(as->country, country))
			continue;
		for (size_t k = 0; k < as->nexperts; k++)
			if (!strcmp(as->experts[k], expert) &&
			    (!best || strcmp(as->round, best->round) > 0)) {
				best = as;
				*e = k;
			}
	}
	return best;
}

/* Fill answers (one per indicator) from the rows of expert e in as that
 * hold an answer; the number filled. */
static size_t fill_from(const struct assessment *as, size_t e,
			struct template_answer *answers)
{
	size_t n = 0;

	for (size_t r = 0; r < as->nrows; r++) {
		const struct expert_answer *row = &as->rows[r];
		struct template_answer *ta = &answers[row->indicator];

		if (row->expert != e || !row->answer[0])
			continue;
		ta->answer = row->answer;
		ta->confidence = row->confidence;
		ta->evidence = row->evidence;
		ta->good_practice = row->good_practice;
		ta->comment = row->comment;
		n++;
	}
	return n;
}

/* Read --prefill into t and take the expert's latest answers (else the
 * consensus of a merged sheet) into answers; the exit status. */
static int load_prefill(struct cli_args *a, const struct inputs *in,
			struct tally *t, struct template_answer *answers)
{
	const struct template_own *own = a->own;
	const struct assessment *as;
	struct diag_list dl;
	enum diag_status st;
	size_t e = 0, n = 0;

	diag_list_init(&dl);
	t->lang = a->lang;
	st = answers_load(t, own->prefill, ANSWERS_AUTO, &in->read, &dl);
	if (st != DIAG_SYSTEM && !tally_sort(t, &dl))
		st = DIAG_INVALID;
	msg_diags(&dl);
	diag_list_release(&dl);
	if (st == DIAG_SYSTEM)
		return EXIT_SYSTEM;
	if (st != DIAG_OK)
		return msg_invalid("--prefill %s is not valid; nothing was "
				   "written", own->prefill);
	as = latest_of(t, a->country, own->expert, &e);
	if (!as)
		as = latest_of(t, a->country, "consensus", &e);
	if (as)
		n = fill_from(as, e, answers);
	if (!n)
		msg_warning("%s holds no answer of expert '%s' (nor a "
			    "consensus) in %s; the sheet is not prefilled",
			    own->prefill, own->expert, a->country);
	else
		msg_verbose("prefilled %zu answer%s of %s %s from %s", n,
			    n == 1 ? "" : "s", as->experts[e], as->round,
			    own->prefill);
	return EXIT_OK;
}

/* Write the sheet f selects, filled from fill; the exit status. */
static int write_sheet(struct cli_args *a, const struct inputs *in,
		       const struct catalog_filter *f,
		       const struct template_fill *fill)
{
	const struct template_own *own = a->own;
	char *csv, *err = NULL;
	int status;

	if (wants_xlsx(a))
		return write_xlsx(a, in, f, fill);
	csv = catalog_template_csv_fill(&in->set, f, a->country, a->round,
					own->expert, fill, NULL, &err);
	if (!csv) {
		status = msg_invalid("%s; nothing was written", err);
		free(err);
		return status;
	}
	status = cli_write_output(a, csv);
	free(csv);
	return status;
}

/* Write the sheet for the loaded set; the exit status. */
static int template_work(struct cli_args *a, const struct inputs *in)
{
	const struct template_own *own = a->own;
	struct catalog_filter f;
	struct template_fill fill = { NULL };
	struct tally prior;
	int status;

	template_filter(&f, a);
	status = cli_check_filter("template", &in->set, &f);
	if (status != CLI_GO_ON)
		return status;
	tally_init(&prior, &in->set);
	if (own->prefill) {
		struct template_answer *answers =
			xcalloc(in->set.count + 1, sizeof(*answers));

		fill.answers = answers;
		status = load_prefill(a, in, &prior, answers);
	}
	if (status == EXIT_OK || status == CLI_GO_ON)
		status = write_sheet(a, in, &f, &fill);
	free((void *)fill.answers);
	tally_release(&prior);
	return status;
}

static const struct cli_use options[] = {
	{ .option = &cli_opt_indicators },
	{ .option = &cli_opt_delimiter },
	{ .option = &cli_opt_country, .flags = CLI_REQUIRED,
	  .help = N_("the country assessed, e.g. KEN") },
	{ .option = &cli_opt_round, .flags = CLI_REQUIRED,
	  .help = N_("the assessment round, e.g. 2026") },
	{ .option = &opt_expert },
	{ .option = &cli_opt_instrument },
	{ .option = &opt_article },
	{ .option = &opt_cluster },
	{ .option = &opt_category },
	{ .option = &opt_beneficiary },
	{ .option = &cli_opt_dimension,
	  .help = N_("only this dimension: legislative or implementation") },
	{ .option = &opt_prefill },
	{ .option = &cli_opt_lang },
	{ .option = &opt_format },
	{ .option = &cli_opt_output_file,
	  .help = N_("where to write the sheet ('-': standard output)") },
	CLI_END,
};

const struct cli_command cmd_template = {
	.name = "template",
	.summary = N_("write a blank answer sheet for one expert"),
	.description =
	N_("Write a blank answer sheet for one expert: one row per indicator of the\n"
	"chosen instruments, articles, clusters, categories, beneficiaries and\n"
	"dimension (AND between these options, OR within a repeated one), in\n"
	"the order of the sets, with the answer empty. The sheet is an answers\n"
	"file (country, round, expert, indicator, answer, confidence, evidence,\n"
	"good_practice, comment) followed by help columns for the expert:\n"
	"question, allowed_answers, answer_type, instrument, article,\n"
	"article_title, dimension, paragraph, depends_on, obligation,\n"
	"guide_ref; then lang (the --lang the answers may be written in) and\n"
	"review. Answers loaders ignore the help columns, so the sheet validates\n"
	"and scores as it is, blank or filled in.\n"
	"\n"
	"With --prefill the expert's latest answers in that file (else those of\n"
	"a merged sheet's expert 'consensus') are filled in, with 'prefilled' in\n"
	"the review column (in a workbook, italic on orange): still valid, for\n"
	"the expert to review.\n"
	"\n"
	"The sheet is plain UTF-8 without a byte order mark (gapscore reads it\n"
	"back with or without one, so a spreadsheet may add it). Text cells that\n"
	"a spreadsheet would take for a formula (=, +, -, @) start with an\n"
	"apostrophe.\n"
	"\n"
	"With --format xlsx (or an output named *.xlsx) the sheet is an XLSX\n"
	"workbook to fill offline: one sheet per instrument, the header row\n"
	"frozen, the help columns locked by\n"
	"sheet protection without a password, the answer, confidence,\n"
	"evidence, good_practice and comment cells open, a dropdown of the\n"
	"allowed answers on each answer cell (a rule for numbers), and the\n"
	"sheets right to left for a right-to-left --lang such as ar. The\n"
	"filled workbook is read back as an answers file (docs/xlsx.md).\n"),
	.options = options,
	.exit_status =
	N_("0 success, 1 invalid input data (nothing written), 2 usage\n"
	"error, 3 system error (cannot read or write).\n"),
	.example =
	"gapscore template -i indicators/untoc.csv -i indicators/tip.csv \\\n"
	"    --country XEA --round 2026 --expert alpha --instrument TIP \\\n"
	"    --dimension legislative -o alpha.csv\n",
	.own_size = sizeof(struct template_own),
	.work = template_work,
};

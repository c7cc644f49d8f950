/* SPDX-License-Identifier: Apache-2.0 */
/*
 * cli.c - the run every command shares: its values and defaults, the
 * parse, loading the inputs and reporting their problems once, the
 * command's work, and the final flush; and what several commands say
 * about selections and published files.
 */
#include "config.h"
#include "cli/cli.h"
#include "publish/tr.h"
#include "cli/find-set.h"
#include "load/catalog.h"
#include "base/fsutil.h"
#include "base/interrupt.h"
#include "base/text.h"
#include "base/xalloc.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Does cmd need option o? */
static bool requires(const struct cli_command *cmd,
		     const struct cli_option *o)
{
	struct cli_entry *e;
	size_t n = cli_entries(cmd, &e);
	bool found = false;

	for (size_t k = 0; k < n; k++)
		if (e[k].option == o)
			found = e[k].required;
	free(e);
	return found;
}

/* "12 answers", "3 columns" or "12 answers and 3 columns" in buf. */
static const char *unknown_count(const struct tally_unknown *u, char *buf,
				 size_t size)
{
	if (!u->columns)
		snprintf(buf, size, "%zu answer%s", u->answers,
			 u->answers == 1 ? "" : "s");
	else if (!u->answers)
		snprintf(buf, size, "%zu column%s", u->columns,
			 u->columns == 1 ? "" : "s");
	else
		snprintf(buf, size, "%zu answers and %zu columns", u->answers,
			 u->columns);
	return buf;
}

/* For each instrument that answers named but no loaded set holds, the
 * set of that name that -i NAME would find, if there is one: a note
 * saying to load it ("12 answers name TIP indicators: load
 * indicators/tip.csv (-i tip)"). */
static void hint_sets(const struct tally *t)
{
	for (size_t i = 0; i < t->nunknown; i++) {
		char *name = xstrdup(t->unknown[i].instrument), *looked, *path;
		char count[96];

		for (char *p = name; *p; p++)
			if (*p >= 'A' && *p <= 'Z')
				*p += 'a' - 'A';
		path = cli_find_set(name, &looked);
		if (path)
			msg_note("%s name %s indicators: load %s (-i %s)",
				 unknown_count(&t->unknown[i], count,
					       sizeof(count)),
				 t->unknown[i].instrument, path, name);
		free(path);
		free(looked);
		free(name);
	}
}

/* Print the diagnostics and turn the load status into an exit status. */
static int report_diagnostics(const struct diag_list *diags,
			      const struct tally *t, enum diag_status status)
{
	msg_diags(diags);
	hint_sets(t);
	if (status == DIAG_SYSTEM)
		return EXIT_SYSTEM;
	if (status == DIAG_INVALID || diags->errors > 0) {
		msg_note("%zu error%s; nothing was written", diags->errors,
			 diags->errors == 1 ? "" : "s");
		return EXIT_INVALID;
	}
	return EXIT_OK;
}

/* Gather the files the inputs were read from (sets by the name they were
 * given as, then answers, then countries) into a->inputs; the command's
 * own files follow, from its load_more. */
static void gather_inputs(struct cli_args *a, const struct inputs *in)
{
	const struct sources *sets = &in->set.sources;

	for (size_t k = 0; k < sets->count; k++)
		sources_add(&a->inputs, sets->items[k].role,
			    cli_set_given_name(a, sets->items[k].path),
			    sets->items[k].sha256);
	sources_append(&a->inputs, &in->tally.sources);
	sources_append(&a->inputs, &in->countries.sources);
}

/* -v: the indicators read, per instrument. */
static void say_indicators(const struct cli_args *a, const struct indset *set)
{
	for (size_t k = 0; k < set->ninstruments; k++) {
		size_t n = 0;
		for (size_t i = 0; i < set->count; i++)
			n += set->items[i].instrument == k;
		msg_verbose("instrument %s: %zu indicator%s in %zu article%s",
			    set->instruments[k].code, n, n == 1 ? "" : "s",
			    set->instruments[k].narticles,
			    set->instruments[k].narticles == 1 ? "" : "s");
	}
	msg_verbose("read %zu indicator%s in %zu instrument%s from %zu "
		    "file%s", set->count, set->count == 1 ? "" : "s",
		    set->ninstruments, set->ninstruments == 1 ? "" : "s",
		    a->indicators.count, a->indicators.count == 1 ? "" : "s");
}

/* -v: the answers of each file, and the assessments they make. */
static void say_answers(const struct tally *t)
{
	for (size_t f = 0; f < t->nfiles; f++) {
		size_t n = 0;
		for (size_t i = 0; i < t->count; i++)
			for (size_t r = 0; r < t->items[i].nrows; r++)
				n += t->items[i].rows[r].file == t->files[f];
		msg_verbose("%s: %zu answer%s", t->files[f], n,
			    n == 1 ? "" : "s");
	}
	for (size_t i = 0; i < t->count; i++) {
		const struct assessment *as = &t->items[i];
		msg_verbose("assessment %s %s: %zu expert%s, %zu answer%s",
			    as->country, as->round, as->nexperts,
			    as->nexperts == 1 ? "" : "s", as->nrows,
			    as->nrows == 1 ? "" : "s");
	}
}

/* Load the inputs, report their problems, do the work, flush. */
static int run_job(const struct cli_command *cmd, struct cli_args *a)
{
	struct diag_list diags;
	struct inputs in;
	enum diag_status st;
	int status;

	diag_list_init(&diags);
	inputs_init(&in);
	if (a->wide)
		in.layout = ANSWERS_WIDE;
	in.read.delimiter = a->delimiter;
	if (cmd->load_selected) {
		in.tally.only_country = a->country;
		in.tally.only_round = a->round;
	}
	in.tally.counts_only = cmd->load_counts_only;
	in.tally.lang = a->lang;
	msg_set_verbosity(a->quiet, a->verbose);
	in.tally.progress = msg_progress_listener(NULL);
	st = inputs_load(&in, a->indicators.items, a->indicators.count,
			 a->answers.items, a->answers.count, &diags);
	if (a->countries)
		st = diag_status_worst(st, countries_load(&in.countries,
							  a->countries,
							  &in.read, &diags));
	inputs_name_countries(&in);
	gather_inputs(a, &in);
	if (cmd->load_more)
		st = diag_status_worst(st, cmd->load_more(a, &diags));
	msg_progress_clear();
	status = report_diagnostics(&diags, &in.tally, st);
	if (status == EXIT_OK && msg_verbose_on()) {
		say_indicators(a, &in.set);
		say_answers(&in.tally);
	}
	if (status == EXIT_OK && in.tally.count == 0 &&
	    in.tally.skipped == 0 && requires(cmd, &cli_opt_answers))
		status = msg_invalid("the answer files hold no answers; "
				     "nothing was written");
	if (status == EXIT_OK)
		status = cmd->work(a, &in);
	inputs_release(&in);
	diag_list_release(&diags);
	return msg_finish_stdout(status);
}

/* Init, parse, find the sets given by name, run the job, release: the
 * exit status. */
int cli_run(const struct cli_command *cmd, int argc, char **argv)
{
	struct cli_args a;
	int status;

	cli_args_init(&a, cmd);
	status = cli_parse(cmd, &a, argc, argv);
	if (status == CLI_GO_ON)
		status = cli_find_sets(cmd, &a);
	if (status == CLI_GO_ON)
		status = run_job(cmd, &a);
	cli_args_release(&a, cmd);
	return status;
}

/* Is the assessment within --country and --round? */
bool cli_selected(const struct cli_args *a, const char *country,
		  const char *round)
{
	return (!a->country || !strcmp(a->country, country)) &&
	       (!a->round || !strcmp(a->round, round));
}

/* Say that the selection matches nothing. */
int cli_no_match(const char *country, const char *round)
{
	return msg_invalid("no assessment matches%s%s%s%s; nothing was "
			   "written", country ? " --country " : "",
			   country ? country : "", round ? " --round " : "",
			   round ? round : "");
}

/* The number of processors online, at least 1. */
static size_t processors(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);

	return n > 0 ? (size_t)n : 1;
}

/* The chart options with -o, --lang and --jobs filled in. */
struct publish_options cli_publish_options(const struct cli_args *a)
{
	struct publish_options p = a->publish;

	p.outdir = a->output;
	p.lang = a->lang;
	p.jobs = a->jobs ? a->jobs : processors();
	p.inputs = &a->inputs;
	return p;
}

/* Where a publish run writes, for -v: -o, or standard output. */
static const char *popt_dir(const struct cli_args *a)
{
	return a->output ? a->output : "-";
}

/* The plural of a noun cli_publish is given ("report": "reports"). */
static const char *plural(const char *noun)
{
	static const char *const nouns[][2] = {
		{ "report", "reports" }, { "trend", "trends" },
	};

	for (size_t i = 0; i < sizeof(nouns) / sizeof(nouns[0]); i++)
		if (!strcmp(noun, nouns[i][0]))
			return nouns[i][1];
	return NULL;
}

/* List, warn, fail and count as a publish run calls for. */
static int publish_outcome(const struct cli_args *a, enum publish_status st,
			   const struct publish_result *out, const char *noun)
{
	bool named = noun && plural(noun);
	/* Named documents are counted as listed (score's scores.csv is
	 * written, not listed, and is no report). */
	size_t count = named ? out->nlisted : out->ndocuments;
	int status = EXIT_OK;

	msg_progress_clear();
	if (interrupted())
		return EXIT_SYSTEM;	/* main says it once */
	msg_verbose("wrote %zu %s and %zu chart%s under %s", count,
		    !named ? "outputs" : count == 1 ? noun : plural(noun),
		    out->ncharts, out->ncharts == 1 ? "" : "s", popt_dir(a));
	if (!a->quiet)
		for (size_t i = 0; i < out->nlisted; i++)
			printf("%s\n", out->listed[i]);
	switch (st) {
	case PUBLISH_OK:
		break;
	case PUBLISH_NO_GNUPLOT:
		msg_warning("charts were skipped: gnuplot was not found "
			    "('%s'); install it (Debian: apt-get install "
			    "gnuplot-nox) or name it with --gnuplot PATH",
			    a->publish.gnuplot);
		break;
	case PUBLISH_CHARTS_FAILED:
		status = msg_system("charts were not drawn: %s", out->error);
		break;
	case PUBLISH_FAILED:
		status = msg_system("%s", out->error);
		break;
	}
	if (noun && !a->quiet && out->nlisted)
		printf("%zu %s%s and %zu chart%s written under %s\n",
		       out->nlisted, noun, out->nlisted == 1 ? "" : "s",
		       out->ncharts, out->ncharts == 1 ? "" : "s", a->output);
	return status;
}

/* Publish the n documents (freeing their directories), then say what
 * was done (see cli.h). */
int cli_publish(const struct cli_args *a, struct document *docs, size_t n,
		const struct publish_options *popt, const char *noun,
		size_t *written)
{
	struct publish_options p = *popt;
	struct publish_result out;
	int status;

	p.progress = msg_progress_listener(noun ? plural(noun) : NULL);
	status = publish_outcome(a, publish_documents(docs, n, &p, &out), &out,
				 noun);

	if (written)
		*written = out.ndocuments;
	publish_result_release(&out);
	for (size_t i = 0; i < n; i++) {
		free(docs[i].dir);
		docs[i].dir = NULL;
	}
	return status;
}

/* Publish a stream of documents and the tail's, then say what was done
 * (see cli.h). */
int cli_publish_stream(const struct cli_args *a,
		       const struct doc_stream *src, struct document *tail,
		       size_t ntail, const struct publish_options *popt,
		       const char *noun, void (*done)(const struct cli_args *))
{
	struct publish_options p = *popt;
	struct publish_result out;
	enum publish_status st;
	int status;

	p.progress = msg_progress_listener(noun ? plural(noun) : NULL);
	st = publish_stream(src, tail, ntail, &p, &out);
	if (done)
		done(a);
	status = publish_outcome(a, st, &out, noun);
	publish_result_release(&out);
	for (size_t i = 0; i < ntail; i++) {
		free(tail[i].dir);
		tail[i].dir = NULL;
	}
	return status;
}

/* Write one output file, or standard output for '-'. */
int cli_write_output(const struct cli_args *a, const char *text)
{
	char *err = NULL;
	int status = EXIT_OK;

	if (!strcmp(a->output, "-"))
		fputs(text, stdout);
	else if (!fs_write_atomic(a->output, text, strlen(text), &err))
		status = msg_system("%s", err);
	free(err);
	return status;
}

/* A name ending in ".xlsx", any case, with something before it. */
bool cli_names_xlsx(const char *path)
{
	size_t n = strlen(path);

	return n > 5 && ascii_caseeq(path + n - 5, ".xlsx");
}

/* The document of tables that -o and --format choose (see cli.h). */
struct document cli_table_document(const struct cli_args *a,
				   const struct cli_table_types *types,
				   const void *subject)
{
	bool book = cli_names_xlsx(a->output);

	return (struct document){
		.type = book ? types->book
			     : a->xlsx ? types->xlsx : types->files,
		.subject = subject, .path = book ? a->output : NULL,
	};
}

/* The catalog filter of the shared filter options. */
void cli_filter_init(struct catalog_filter *f, const struct cli_args *a)
{
	catalog_filter_init(f);
	f->instruments = (const char *const *)a->instruments.items;
	f->ninstruments = a->instruments.count;
	f->dimension = a->dimension;
	f->lang = a->lang;
}

/* Refuse what the sets do not define; warn of a missing language. */
int cli_check_filter(const char *cmd, const struct indset *set,
		     const struct catalog_filter *f)
{
	char *err = catalog_check_filter(set, f);
	int status;

	if (err) {
		status = msg_usage(cmd, "%s", err);
		free(err);
		return status;
	}
	cli_check_lang(set, f->lang);
	return CLI_GO_ON;
}

/* Say once what --lang lang cannot translate: the sets' text, the
 * reports' words, or both. */
void cli_check_lang(const struct indset *set, const char *lang)
{
	bool in_sets, in_catalog;

	if (!lang || !strcmp(lang, "en"))
		return;
	in_sets = catalog_has_lang(set, lang);
	in_catalog = tr_has_catalog(lang);
	if (!in_sets && !in_catalog)
		msg_warning("the indicator sets have no '%s' translation, "
			    "nor have gapscore's catalogs; the text stays "
			    "English", lang);
	else if (!in_sets)
		msg_warning("the indicator sets have no '%s' translation; "
			    "their own text is used", lang);
	else if (!in_catalog)
		msg_warning("gapscore's catalogs have no '%s' translation; "
			    "the reports' own words stay English", lang);
}

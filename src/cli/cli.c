/*
 * cli.c - the run every command shares: its values and defaults, the
 * parse, loading the inputs and reporting their problems once, the
 * command's work, and the final flush; and what several commands say
 * about selections and published files.
 */
#include "config.h"
#include "cli/cli.h"
#include "load/catalog.h"
#include "base/fsutil.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

/* Print the diagnostics and turn the load status into an exit status. */
static int report_diagnostics(const struct diag_list *diags,
			      enum diag_status status)
{
	msg_diags(diags);
	if (status == DIAG_SYSTEM)
		return EXIT_SYSTEM;
	if (status == DIAG_INVALID || diags->errors > 0) {
		msg_note("%zu error%s; nothing was written", diags->errors,
			 diags->errors == 1 ? "" : "s");
		return EXIT_INVALID;
	}
	return EXIT_OK;
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
	st = inputs_load(&in, a->indicators.items, a->indicators.count,
			 a->answers.items, a->answers.count, &diags);
	if (cmd->load_more)
		st = diag_status_worst(st, cmd->load_more(a, &diags));
	status = report_diagnostics(&diags, st);
	if (status == EXIT_OK && in.tally.count == 0 &&
	    requires(cmd, &cli_opt_answers))
		status = msg_invalid("the answer files hold no answers; "
				     "nothing was written");
	if (status == EXIT_OK)
		status = cmd->work(a, &in);
	inputs_release(&in);
	diag_list_release(&diags);
	return msg_finish_stdout(status);
}

/* Init, parse, run the job, release: the exit status. */
int cli_run(const struct cli_command *cmd, int argc, char **argv)
{
	struct cli_args a;
	int status;

	cli_args_init(&a, cmd);
	status = cli_parse(cmd, &a, argc, argv);
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

/* The chart options with -o and --lang filled in. */
struct publish_options cli_publish_options(const struct cli_args *a)
{
	struct publish_options p = a->publish;

	p.outdir = a->output;
	p.lang = a->lang;
	return p;
}

/* List, warn, fail and count as a publish run calls for. */
static int publish_outcome(const struct cli_args *a, enum publish_status st,
			   const struct publish_result *out, const char *noun)
{
	int status = EXIT_OK;

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
	struct publish_result out;
	int status = publish_outcome(a, publish_documents(docs, n, popt, &out),
				     &out, noun);

	if (written)
		*written = out.ndocuments;
	publish_result_release(&out);
	for (size_t i = 0; i < n; i++) {
		free(docs[i].dir);
		docs[i].dir = NULL;
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
	if (f->lang && !catalog_has_lang(set, f->lang))
		msg_warning("the indicator sets have no '%s' translation; "
			    "their own text is used", f->lang);
	return CLI_GO_ON;
}

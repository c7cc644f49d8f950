/*
 * cli.c - what the subcommands share: printing diagnostics once in the
 * project's one format, usage and system errors, and the final flush.
 */
#include "config.h"
#include "cli/cli.h"
#include "load/answers.h"
#include "base/xalloc.h"
#include "base/text.h"
#include "score/score.h"

#include <getopt.h>

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void path_list_add(struct path_list *l, char *path)
{
	GROW(l->items, l->cap, l->count + 1);
	l->items[l->count++] = path;
}

void path_list_release(struct path_list *l)
{
	free(l->items);
	l->items = NULL;
	l->count = l->cap = 0;
}

int usage_error(const char *cmd, const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "%s %s: ", PROG, cmd);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\nTry '%s help %s' for more information.\n", PROG,
		cmd);
	return EXIT_USAGE;
}

int system_error(const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "%s: error: ", PROG);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	return EXIT_SYSTEM;
}

int report_diagnostics(const struct diag_list *diags,
		       enum diag_status status)
{
	diag_print(diags, PROG, stderr);
	if (status == DIAG_SYSTEM)
		return EXIT_SYSTEM;
	if (status == DIAG_INVALID || diags->errors > 0) {
		fprintf(stderr, "%s: %zu error%s; nothing was written\n", PROG,
			diags->errors, diags->errors == 1 ? "" : "s");
		return EXIT_INVALID;
	}
	return EXIT_OK;
}

int finish_stdout(int status)
{
	if (fflush(stdout) != 0 || ferror(stdout)) {
		fprintf(stderr, "%s: error: cannot write to standard output: %s\n",
			PROG, strerror(errno));
		return status == EXIT_OK ? EXIT_SYSTEM : status;
	}
	return status;
}

void print_command_help(const struct command *cmd)
{
	fputs(cmd->help, stdout);
}

int cli_common_option(const char *cmd, int c, char **argv,
		      const struct cli_common *co)
{
	double v;

	switch (c) {
	case 'i':
		path_list_add(co->indicators, optarg);
		return -1;
	case 'a':
		path_list_add(co->answers, optarg);
		return -1;
	case CLI_OPT_CONSENSUS:
		if (!consensus_parse(optarg, &co->score->consensus))
			return usage_error(cmd, "--consensus '%s' is not valid; "
					   "expected median, mean, min, max or "
					   "weighted", optarg);
		return -1;
	case CLI_OPT_COUNTRY:
		if (!answers_valid_country(optarg))
			return usage_error(cmd, "--country '%s' is not valid; "
					   "expected an ISO 3166-1 alpha-3 code "
					   "such as KEN", optarg);
		*co->country = optarg;
		return -1;
	case CLI_OPT_ROUND:
		if (!answers_valid_round(optarg))
			return usage_error(cmd, "--round '%s' is not valid; "
					   "expected 1 to 32 letters, digits, "
					   "'.', '_' or '-'", optarg);
		*co->round = optarg;
		return -1;
	case CLI_OPT_COVERAGE:
		if (!parse_number(optarg, &v) || v < 0 || v > 1)
			return usage_error(cmd, "--coverage-threshold '%s' is "
					   "not valid; expected a number from 0 "
					   "to 1", optarg);
		co->score->coverage_threshold = v;
		return -1;
	case CLI_OPT_WIDE:
		if (!co->wide)
			break;
		*co->wide = true;
		return -1;
	case ':':
		return usage_error(cmd, "option '%s' needs a value",
				   argv[optind - 1]);
	default:
		break;
	}
	return usage_error(cmd, "unknown option '%s'", argv[optind - 1]);
}

int cli_check_files(const char *cmd, int argc, char **argv,
		    const struct cli_common *co, const char *output,
		    const char *output_hint)
{
	if (optind < argc)
		return usage_error(cmd, "unexpected argument '%s'; files are "
				   "given with -i, -a and -o", argv[optind]);
	if (co->indicators->count == 0)
		return usage_error(cmd, "no indicator set; give at least one "
				   "with -i FILE");
	if (co->answers->count == 0)
		return usage_error(cmd, "no answers; give at least one file "
				   "with -a FILE");
	if (output_hint && (!output || !output[0]))
		return usage_error(cmd, "no output %s", output_hint);
	return -1;
}

bool cli_valid_lang(const char *s)
{
	return strlen(s) == 2 && s[0] >= 'a' && s[0] <= 'z' && s[1] >= 'a' &&
	       s[1] <= 'z';
}

/* Fold the status of extra files into the inputs' status. */
static enum diag_status worse_status(enum diag_status a,
				     enum diag_status b)
{
	if (a == DIAG_SYSTEM || b == DIAG_SYSTEM)
		return DIAG_SYSTEM;
	return a == DIAG_OK ? b : a;
}

int cli_run_job(const struct cli_job *job)
{
	struct diag_list diags;
	struct inputs in;
	enum diag_status st;
	int status;

	diag_list_init(&diags);
	inputs_init(&in);
	if (job->wide)
		in.layout = ANSWERS_WIDE;
	st = inputs_load(&in, job->indicators->items, job->indicators->count,
			 job->answers->items, job->answers->count, &diags);
	if (job->load_more)
		st = worse_status(st, job->load_more(job->ctx, &diags));
	status = report_diagnostics(&diags, st);
	if (status == EXIT_OK && in.tally.count == 0) {
		fprintf(stderr, "%s: error: the answer files hold no answers; "
			"nothing was written\n", PROG);
		status = EXIT_INVALID;
	}
	if (status == EXIT_OK)
		status = job->work(job->ctx, &in);
	inputs_release(&in);
	diag_list_release(&diags);
	return finish_stdout(status);
}

void cli_publish_defaults(struct publish_options *p)
{
	p->charts = CHART_PNG;
	p->gnuplot = getenv("GNUPLOT");
	if (!p->gnuplot || !p->gnuplot[0])
		p->gnuplot = "gnuplot";
	p->gnuplot_timeout = 300;
}

int cli_chart_option(const char *cmd, int c, struct publish_options *p)
{
	double v;

	switch (c) {
	case CLI_OPT_CHARTS:
		if (!chart_parse_format(optarg, &p->charts))
			return usage_error(cmd, "--charts '%s' is not valid; "
					   "expected png, svg or none", optarg);
		return -1;
	case CLI_OPT_GNUPLOT:
		p->gnuplot = optarg;
		return -1;
	case CLI_OPT_GNUPLOT_TIMEOUT:
		if (!parse_number(optarg, &v) || v < 1 || v > 86400 ||
		    v != (unsigned)v)
			return usage_error(cmd, "--gnuplot-timeout '%s' is not "
					   "valid; expected whole seconds from "
					   "1 to 86400", optarg);
		p->gnuplot_timeout = (unsigned)v;
		return -1;
	case CLI_OPT_KEEP_SCRIPTS:
		p->keep_scripts = true;
		return -1;
	case CLI_OPT_LANG:
		if (!cli_valid_lang(optarg))
			return usage_error(cmd, "--lang '%s' is not valid; "
					   "expected a two-letter ISO 639-1 code "
					   "such as fr", optarg);
		p->lang = optarg;
		return -1;
	default:
		return -2;
	}
}

int cli_publish_outcome(enum publish_status st,
			const struct publish_result *out,
			const struct publish_options *p, bool quiet)
{
	if (!quiet)
		for (size_t i = 0; i < out->nreports; i++)
			printf("%s\n", out->reports[i]);
	switch (st) {
	case PUBLISH_OK:
		break;
	case PUBLISH_NO_GNUPLOT:
		fprintf(stderr, "%s: warning: charts were skipped: gnuplot was "
			"not found ('%s'); install it (Debian: apt-get install "
			"gnuplot-nox) or name it with --gnuplot PATH\n", PROG,
			p->gnuplot);
		break;
	case PUBLISH_CHARTS_FAILED:
		return system_error("charts were not drawn: %s", out->error);
	case PUBLISH_FAILED:
		return system_error("%s", out->error);
	}
	return EXIT_OK;
}

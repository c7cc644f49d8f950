/*
 * cli.h - the command line layer: the table of subcommands, exit
 * statuses, and helpers shared by the cmd-*.c files. Nothing in the core
 * includes this.
 */
#ifndef CLI_H
#define CLI_H

#include <stdbool.h>
#include <stddef.h>

#include "base/diag.h"
#include "load/inputs.h"
#include "publish/publish.h"

#define PROG "gapscore"

/* Exit statuses (SPEC "Command line"). */
enum exit_status {
	EXIT_OK = 0,
	EXIT_INVALID = 1,	/* invalid input data */
	EXIT_USAGE = 2,		/* usage error */
	EXIT_SYSTEM = 3,	/* cannot read or write, gnuplot failed */
};

struct command {
	const char *name;
	const char *summary;	/* one line for the command list */
	const char *help;	/* the full help text */
	int (*run)(int argc, char **argv);
};

extern const struct command cmd_validate;
extern const struct command cmd_score;
extern const struct command cmd_merge;
extern const struct command cmd_plan;
extern const struct command cmd_trend;
extern const struct command cmd_compare;
extern const struct command cmd_template;
extern const struct command cmd_list;

/* A growable list of paths given with a repeated option. */
struct path_list {
	char **items;
	size_t count;
	size_t cap;
};
void path_list_add(struct path_list *l, char *path);
void path_list_release(struct path_list *l);

/* getopt_long values of the options every reading command shares. */
enum {
	CLI_OPT_CONSENSUS = 1000,
	CLI_OPT_COUNTRY,
	CLI_OPT_ROUND,
	CLI_OPT_COVERAGE,
	CLI_OPT_WIDE,
	CLI_OPT_CHARTS,
	CLI_OPT_GNUPLOT,
	CLI_OPT_GNUPLOT_TIMEOUT,
	CLI_OPT_KEEP_SCRIPTS,
	CLI_OPT_LANG,
};

/* getopt_long entries of the chart options, for a command's table. */
#define CLI_CHART_OPTIONS                                                  \
	{ "charts", required_argument, NULL, CLI_OPT_CHARTS },             \
	{ "gnuplot", required_argument, NULL, CLI_OPT_GNUPLOT },           \
	{ "gnuplot-timeout", required_argument, NULL,                      \
	  CLI_OPT_GNUPLOT_TIMEOUT },                                       \
	{ "keep-scripts", no_argument, NULL, CLI_OPT_KEEP_SCRIPTS },       \
	{ "lang", required_argument, NULL, CLI_OPT_LANG }

/* Chart defaults: PNG, $GNUPLOT or gnuplot on PATH, 300 seconds. */
void cli_publish_defaults(struct publish_options *p);
/*
 * Handle c when it is a chart option (--charts, --gnuplot,
 * --gnuplot-timeout, --keep-scripts, --lang) into p. Returns -2 when c
 * is not one, -1 when handled, else the exit status (a usage error).
 */
int cli_chart_option(const char *cmd, int c, struct publish_options *p);
/* List what a publish run wrote (unless quiet), say what its status
 * means (one warning without gnuplot, an error when charts or files
 * failed) and return the exit status. */
int cli_publish_outcome(enum publish_status st,
			const struct publish_result *out,
			const struct publish_options *p, bool quiet);

struct score_options;

/* Where a command keeps the shared options' values. */
struct cli_common {
	struct path_list *indicators;	/* -i */
	struct path_list *answers;	/* -a */
	const char **country;		/* --country */
	const char **round;		/* --round */
	struct score_options *score;	/* --consensus, --coverage-threshold */
	bool *wide;			/* --wide */
};

/*
 * Handle getopt_long's c when it is a shared option (-i, -a, --country,
 * --round, --consensus, --coverage-threshold), a missing value or an
 * unknown option. Returns -1 when handled and parsing goes on, else the
 * exit status (a usage error).
 */
int cli_common_option(const char *cmd, int c, char **argv,
		      const struct cli_common *co);
/* After parsing: no stray argument, at least one -i and one -a, and
 * an output (output_hint, e.g. "directory; give one with -o DIR", says
 * what is missing; NULL when the command needs none). Returns -1 when
 * all is well, else the exit status. */
int cli_check_files(const char *cmd, int argc, char **argv,
		    const struct cli_common *co, const char *output,
		    const char *output_hint);

/* Is s a two-letter lowercase ISO 639-1 code (for --lang)? */
bool cli_valid_lang(const char *s);

/* The work of a command that reads indicator sets and answers. */
struct cli_job {
	const struct path_list *indicators;	/* -i */
	const struct path_list *answers;	/* -a */
	bool wide;				/* --wide */
	/* Optional: read more files (citation patterns, groups), adding
	 * to diags; runs even when the inputs fail, so one run reports
	 * every problem. Returns the status of what it read. */
	enum diag_status (*load_more)(void *ctx, struct diag_list *diags);
	/* The work, on valid inputs holding at least one answer; returns
	 * the exit status. */
	int (*work)(void *ctx, const struct inputs *in);
	void *ctx;
};

/* Load, report problems, do the work, flush: the exit status. */
int cli_run_job(const struct cli_job *job);

/* Print a usage error for command cmd and return EXIT_USAGE. */
int usage_error(const char *cmd, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* Print the diagnostics and turn a load status into an exit status. */
int report_diagnostics(const struct diag_list *diags,
		       enum diag_status status);
/* Print a system error ("gapscore: ...") and return EXIT_SYSTEM. */
int system_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Flush stdout; a failed flush (full disk, closed pipe) is EXIT_SYSTEM. */
int finish_stdout(int status);
/* Print help for cmd to stdout. */
void print_command_help(const struct command *cmd);

#endif

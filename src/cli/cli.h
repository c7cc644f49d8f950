/*
 * cli.h - the command line layer: a command as one table entry (as
 * tmux's cmd_entry), the run every command shares (parse, load, report,
 * work, flush) and the helpers the cmd-*.c files use. Nothing in the core
 * includes this.
 *
 * A command is data plus a work function: its name and summary, its
 * help paragraphs, its option table, and what it does with inputs that
 * loaded cleanly. cli_run does the rest the same way for every command.
 */
#ifndef CLI_H
#define CLI_H

#include <stdbool.h>
#include <stddef.h>

#include "base/diag.h"
#include "load/inputs.h"
#include "publish/publish.h"
#include "cli/msg.h"
#include "cli/options.h"

/* What parsing returns when the run goes on. */
#define CLI_GO_ON (-1)

struct cli_command {
	const char *name;
	const char *summary;		/* one line for the command list */
	const char *description;	/* paragraphs after the synopsis,
					 * wrapped as printed */
	const struct cli_use *options;	/* ends with CLI_END; -h is added */
	const char *notes;		/* paragraphs after the options, or
					 * NULL */
	const char *exit_status;	/* after "Exit status: ", wrapped */
	const char *example;		/* lines, indented when printed */
	size_t own_size;		/* the command's own values (a->own) */
	/* Defaults of the own values not set by their options' table
	 * defaults; may be NULL. */
	void (*init)(struct cli_args *a);
	/* After parsing, what the table cannot say (options that exclude
	 * each other); CLI_GO_ON or the exit status. May be NULL. */
	int (*check)(const struct cli_args *a);
	/* Read more files beside the inputs (citation patterns, groups),
	 * adding to diags; runs even when the inputs fail, so one run
	 * reports every problem. May be NULL. */
	enum diag_status (*load_more)(struct cli_args *a,
					struct diag_list *diags);
	/* The work, on inputs that loaded without error (holding answers
	 * when the command needs -a); returns the exit status. */
	int (*work)(struct cli_args *a, const struct inputs *in);
	/* Free what the own values hold besides their lists; may be
	 * NULL. */
	void (*release)(struct cli_args *a);
};

/* The commands, in the order the help lists them; ends with NULL
 * (commands.c). */
extern const struct cli_command *const cli_commands[];
/* The command called name, or NULL. */
const struct cli_command *cli_find_command(const char *name);

/* Run cmd on its arguments (argv[0] is the command's name): the exit
 * status. */
int cli_run(const struct cli_command *cmd, int argc, char **argv);

/* ------------------------------------------------ the option table */

/* One option of a command, its group expanded and its use resolved. */
struct cli_entry {
	const struct cli_option *option;
	const char *help;	/* the command's wording, else the option's */
	bool required;		/* the command needs it */
	bool in_synopsis;	/* shown in the usage synopsis */
};

/* cmd's options, groups expanded, -h last (caller frees *out). */
size_t cli_entries(const struct cli_command *cmd, struct cli_entry **out);
/* Where option o of the run stores its value. */
void *cli_field(const struct cli_option *o, struct cli_args *a);

/* The values and defaults of a run of cmd (parse.c). */
void cli_args_init(struct cli_args *a, const struct cli_command *cmd);
void cli_args_release(struct cli_args *a, const struct cli_command *cmd);
/* Read argv into a; CLI_GO_ON, or the exit status (help printed, or a
 * usage error). */
int cli_parse(const struct cli_command *cmd, struct cli_args *a, int argc,
	      char **argv);

/* ----------------------------------------------------------- help */

/* Print cmd's help to standard output (help.c). */
void cli_print_help(const struct cli_command *cmd);
/* Print the overview: the commands and the global options. */
void cli_print_overview(void);
/* "a, b or c" from a NULL-terminated list (caller frees); mark, when
 * not NULL, is the value followed by " (default)". */
char *cli_values_text(const char *const *values, const char *mark);

/* -------------------------------------------------- for the commands */

/* Is the assessment of country in round chosen by --country and
 * --round? */
bool cli_selected(const struct cli_args *a, const char *country,
		  const char *round);
/* The error that nothing matches --country and --round: EXIT_INVALID. */
int cli_no_match(const char *country, const char *round);
/* Publishing options of the run, writing into a->output. */
struct publish_options cli_publish_options(const struct cli_args *a);
/*
 * Say what a publish run did: list what it wrote (unless -q), warn once
 * without gnuplot, fail when charts or files failed, and, when noun is
 * not NULL, count what was written ("2 reports and 18 charts written
 * under DIR"). Returns the exit status.
 */
int cli_publish_outcome(const struct cli_args *a, enum publish_status st,
			const struct publish_result *out, const char *noun);
/* Write text to -o FILE ('-': standard output), replacing the file
 * whole; the exit status. */
int cli_write_output(const struct cli_args *a, const char *text);

struct catalog_filter;
struct indset;
/* The indicator filter of --instrument, --dimension and --lang. */
void cli_filter_init(struct catalog_filter *f, const struct cli_args *a);
/* Check f against the loaded set: an instrument or dimension the set
 * does not define is a usage error of cmd; a language it does not
 * translate, a warning. CLI_GO_ON or the exit status. */
int cli_check_filter(const char *cmd, const struct indset *set,
		     const struct catalog_filter *f);

/* Flush stdout; a failed flush (full disk, closed pipe) is EXIT_SYSTEM. */
int cli_finish_stdout(int status);

#endif

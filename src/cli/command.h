/* SPDX-License-Identifier: Apache-2.0 */
/*
 * command.h - a command as one table entry (as tmux's cmd_entry): its
 * name, help paragraphs, option table and the work it does, and the
 * table resolved into entries (groups expanded) that the parser and the
 * help generator both read (command.c).
 */
#ifndef COMMAND_H
#define COMMAND_H

#include <stdbool.h>
#include <stddef.h>

#include "base/diag.h"
#include "load/inputs.h"
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
	/* The work reads only the assessments of --country and --round:
	 * answer rows of others are skipped while loading, unchecked. */
	bool load_selected;
	/* The work only counts the answers: their text is not kept. */
	bool load_counts_only;
};

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

#endif

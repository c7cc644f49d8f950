/* SPDX-License-Identifier: Apache-2.0 */
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
#include "publish/documents.h"
#include "cli/msg.h"
#include "cli/options.h"
#include "cli/command.h"
#include "cli/parse.h"
#include "cli/help.h"

/* The commands, in the order the help lists them; ends with NULL
 * (commands.c). */
extern const struct cli_command *const cli_commands[];
/* The command called name, or NULL. */
const struct cli_command *cli_find_command(const char *name);
/* Print the overview: the commands and the global options. */
void cli_print_overview(void);

/* Run cmd on its arguments (argv[0] is the command's name): the exit
 * status. */
int cli_run(const struct cli_command *cmd, int argc, char **argv);

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
 * Publish the n documents with popt, then say what was done: list what
 * was written (unless -q), warn once without gnuplot, fail when charts or
 * files failed, and, when noun is not NULL, count it ("2 reports and 18
 * charts written under DIR"). Frees the documents' directories; sets
 * *written (when not NULL) to the documents written. The exit status.
 */
int cli_publish(const struct cli_args *a, struct document *docs, size_t n,
		const struct publish_options *popt, const char *noun,
		size_t *written);
/* The same for the documents of a stream, then the tail's ntail
 * (publish_stream); the tail's directories are freed. done (when not
 * NULL) is called once the documents are written, before anything is
 * said of them. */
int cli_publish_stream(const struct cli_args *a,
		       const struct doc_stream *src, struct document *tail,
		       size_t ntail, const struct publish_options *popt,
		       const char *noun, void (*done)(const struct cli_args *));
/* Write text to -o FILE ('-': standard output), replacing the file
 * whole; the exit status. */
int cli_write_output(const struct cli_args *a, const char *text);
/* Does path name a workbook: does it end in .xlsx (in any case)? */
bool cli_names_xlsx(const char *path);

/* The three forms of a document of tables (plan, compare). */
struct cli_table_types {
	const struct doc_type *files;	/* its files in OUTDIR */
	const struct doc_type *xlsx;	/* those and a workbook of them
					 * (--format xlsx) */
	const struct doc_type *book;	/* the workbook alone, at -o */
};
/* The document of subject in the form -o and --format choose: the
 * workbook alone when -o names one (cli_names_xlsx), else the files in
 * OUTDIR, with a workbook of them for --format xlsx. */
struct document cli_table_document(const struct cli_args *a,
				   const struct cli_table_types *types,
				   const void *subject);

struct catalog_filter;
struct indset;
/* The indicator filter of --instrument, --dimension and --lang. */
void cli_filter_init(struct catalog_filter *f, const struct cli_args *a);
/* Check f against the loaded set: an instrument or dimension the set
 * does not define is a usage error of cmd; a language it does not
 * translate, a warning. CLI_GO_ON or the exit status. */
/* Warn, once, when --lang lang (NULL: none) has no translation in the
 * sets or in gapscore's catalogs (reports' words). */
void cli_check_lang(const struct indset *set, const char *lang);
int cli_check_filter(const char *cmd, const struct indset *set,
		     const struct catalog_filter *f);

#endif

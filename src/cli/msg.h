/* SPDX-License-Identifier: Apache-2.0 */
/*
 * msg.h - every message gapscore prints on standard error, in one format
 * (as curl's tool_msgs and mandoc's mandoc_msg):
 *
 *     gapscore: FILE:LINE:COLUMN: LEVEL: message     (about an input file)
 *     gapscore: LEVEL: message                       (about the run)
 *
 * LEVEL is error, warning or note. A usage error is two lines: the error,
 * naming the command, then a note saying where the help is. Text quoted
 * from files or arguments is escaped (control characters as \n, \x1b)
 * and reaches no format string: callers pass it as a %s argument.
 *
 * The module remembers the worst outcome it printed; the exit status is
 * the worst of that and what the command returned (msg_exit_status).
 * Nothing else in gapscore writes to standard error.
 */
#ifndef MSG_H
#define MSG_H

#include <stdbool.h>
#include <stddef.h>

#include "base/diag.h"
#include "base/progress.h"

#define PROG "gapscore"

/* Exit statuses, from best to worst (SPEC "Command line"). */
enum exit_status {
	EXIT_OK = 0,		/* success; warnings allowed */
	EXIT_INVALID = 1,	/* invalid input data */
	EXIT_USAGE = 2,		/* usage error */
	EXIT_SYSTEM = 3,	/* cannot read or write, gnuplot failed */
};

/* "gapscore: note: ...": information; changes no status. */
void msg_note(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* "gapscore: warning: ...": the run goes on and succeeds. */
void msg_warning(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* "gapscore: error: ..." about the input data; returns EXIT_INVALID. */
int msg_invalid(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* "gapscore: error: ..." about the system (a file, gnuplot, the output);
 * returns EXIT_SYSTEM. */
int msg_system(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/*
 * A usage error of command cmd (NULL: of gapscore itself), two lines:
 *     gapscore: error: CMD: what is wrong; expected what
 *     gapscore: note: try 'gapscore help CMD' for more information
 * Returns EXIT_USAGE.
 */
int msg_usage(const char *cmd, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* Print every diagnostic of dl in order (FILE:LINE:COLUMN: LEVEL:
 * message); an error among them makes the status at least EXIT_INVALID. */
void msg_diags(const struct diag_list *dl);
/* The exit status: the worse of status and the worst printed. */
int msg_exit_status(int status);
/* The xalloc failure handler: one line, allocating nothing, then
 * exit(EXIT_SYSTEM), so that the atexit cleanup removes what the run
 * staged (base/cleanup.h). */
void msg_out_of_memory(size_t size);

/* Flush stdout; a failed flush (full disk, closed pipe) is EXIT_SYSTEM. */
int msg_finish_stdout(int status);

/* Say that signal sig stopped the run (outputs left as they were) and
 * return the status shells expect: 128 + sig (130 for SIGINT, 143 for
 * SIGTERM, 129 for SIGHUP). */
int msg_interrupted(int sig);

/*
 * Progress and -v. Progress is one line on standard error, rewritten in
 * place with \r at most ten times a second ("gapscore: 1224 answers
 * read"), shown only when standard error is a terminal and -q was not
 * given, and cleared before any other line is printed and at the end.
 * -v adds notes that say what was read and decided.
 */
/* Set from the command line: show progress (on a terminal, without
 * -q)? print -v notes? */
void msg_set_verbosity(bool quiet, bool verbose);
/* Was -v given? */
bool msg_verbose_on(void);
/* A -v note ("gapscore: note: ..."), printed only with -v. */
void msg_verbose(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* A struct progress callback; ctx is the plural noun of the documents
 * written (a const char *, e.g. "reports"), or NULL for "outputs". */
void msg_progress(void *ctx, enum progress_what what, size_t done,
		  size_t total);
/* The listener to put in the core's options: msg_progress with noun. */
struct progress msg_progress_listener(const char *noun);
/* Erase the progress line, if one is shown (before printing anything
 * else, and at the end). Allocates nothing. */
void msg_progress_clear(void);

#endif

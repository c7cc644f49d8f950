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

#include <stddef.h>

#include "base/diag.h"

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
/* The xalloc failure handler: one line, allocating nothing. */
void msg_out_of_memory(size_t size);

/* Flush stdout; a failed flush (full disk, closed pipe) is EXIT_SYSTEM. */
int msg_finish_stdout(int status);

#endif

/*
 * diag.h - diagnostics as values. The core never prints: it appends
 * (file, line, column, severity, message) records to a diag_list, and the
 * command line prints them once, as
 *     gapscore: FILE:LINE:COLUMN: error: MESSAGE
 * The exit status follows from the worst severity seen.
 */
#ifndef DIAG_H
#define DIAG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdarg.h>
#include <stdio.h>

enum diag_severity {
	DIAG_WARNING,
	DIAG_ERROR,
};

/* One diagnostic. file may be NULL (a message about the run as a whole);
 * line 0 means "the whole file"; column may be NULL. */
struct diag {
	enum diag_severity severity;
	char *file;
	long line;
	char *column;
	char *message;
};

/*
 * The outcome of reading a file, or all the inputs of a run: what every
 * loader returns. Later values are worse; diag_status_worst folds two.
 */
enum diag_status {
	DIAG_OK,		/* read in full; warnings allowed */
	DIAG_INVALID,		/* errors in the data, reported in the list */
	DIAG_SYSTEM,		/* a file could not be opened or read */
};

/* The worse of a and b: a run that could not read a file is a system
 * failure whatever else went wrong. */
enum diag_status diag_status_worst(enum diag_status a, enum diag_status b);

/* Errors in one file beyond this many are counted but not recorded, and
 * readers stop reading the file with a note saying so. */
#define DIAG_FILE_ERROR_CAP 50

struct diag_list {
	struct diag *items;
	size_t count;
	size_t cap;
	size_t errors;		/* errors seen, recorded or not */
	size_t warnings;
};

void diag_list_init(struct diag_list *dl);
void diag_list_release(struct diag_list *dl);

/* Append a diagnostic; copies every string. */
void diag_add(struct diag_list *dl, enum diag_severity severity,
	      const char *file, long line, const char *column,
	      const char *fmt, ...) __attribute__((format(printf, 6, 7)));
void diag_vadd(struct diag_list *dl, enum diag_severity severity,
	       const char *file, long line, const char *column,
	       const char *fmt, va_list ap);
#define diag_error(dl, file, line, column, ...) \
	diag_add((dl), DIAG_ERROR, (file), (line), (column), __VA_ARGS__)
#define diag_warning(dl, file, line, column, ...) \
	diag_add((dl), DIAG_WARNING, (file), (line), (column), __VA_ARGS__)

/* Has file reached DIAG_FILE_ERROR_CAP errors? If so, add a note that
 * reading stopped at line, and return true: the reader should stop. */
bool diag_cap_reached(struct diag_list *dl, const char *file, long line);

/* Format one diagnostic as the command line prints it (caller frees);
 * printing is the message module's (src/cli/msg.c). */
char *diag_format(const struct diag *d, const char *prog);
/* s with control characters escaped and cut as diag_format does, for a
 * message of the command line's own (caller frees). */
char *diag_escape(const char *s);

#endif

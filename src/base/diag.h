/* SPDX-License-Identifier: Apache-2.0 */
/*
 * diag.h - diagnostics as values. The core never prints: it appends
 * (file, line, column, severity, message) records to a diag_list, and the
 * command line prints them once, as
 *     gapscore: FILE:LINE:COLUMN: error: MESSAGE
 * or, for a cell of a sheet of a workbook (LINE is then the sheet's row),
 *     gapscore: FILE:SHEET:ROW:COLUMN: error: MESSAGE
 * The exit status follows from the worst severity seen.
 */
#ifndef DIAG_H
#define DIAG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdarg.h>
#include <stdio.h>

#include "base/limits.h"

enum diag_severity {
	DIAG_WARNING,
	DIAG_ERROR,
};

/* One diagnostic. file may be NULL (a message about the run as a whole);
 * line 0 means "the whole file"; sheet and column may be NULL. */
struct diag {
	enum diag_severity severity;
	char *file;
	char *sheet;		/* the sheet of a workbook, or NULL */
	long line;
	char *column;
	char *message;
	size_t hidden;		/* > 0: the line that counts the warnings
				 * not recorded for file */
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
#define DIAG_FILE_ERROR_CAP LIMIT_FILE_ERRORS
/* Warnings about one file beyond this many are counted but not
 * recorded; one record, where the first of them would have been, says
 * how many ("N more warnings about this file are not shown"). */
#define DIAG_FILE_WARNING_CAP LIMIT_FILE_WARNINGS

struct diag_list {
	struct diag *items;
	size_t count;
	size_t cap;
	size_t errors;		/* errors seen, recorded or not */
	size_t warnings;
	/* The sheet being read (see diag_enter_sheet), or NULL. */
	char *sheet_file;
	char *sheet;
};

void diag_list_init(struct diag_list *dl);
void diag_list_release(struct diag_list *dl);

/* Append a diagnostic (within the caps above); copies every string. */
void diag_add(struct diag_list *dl, enum diag_severity severity,
	      const char *file, long line, const char *column,
	      const char *fmt, ...) __attribute__((format(printf, 6, 7)));
void diag_vadd(struct diag_list *dl, enum diag_severity severity,
	       const char *file, long line, const char *column,
	       const char *fmt, va_list ap);
/* The same at a row of a sheet of a workbook (sheet NULL: of file). */
void diag_add_sheet(struct diag_list *dl, enum diag_severity severity,
		    const char *file, const char *sheet, long line,
		    const char *column, const char *fmt, ...)
	__attribute__((format(printf, 7, 8)));

/*
 * While a workbook's sheet is read, every diagnostic about file with a
 * line (a row of the sheet) is about that sheet, so that the loaders'
 * messages name it without knowing workbooks; sheet NULL ends that.
 * Strings are copied.
 */
void diag_enter_sheet(struct diag_list *dl, const char *file,
		      const char *sheet);

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
 * message of the command line's own (caller frees). Escaped are C0 and
 * C1 controls and DEL (\n, \x1b, \u0085) and the invisible characters
 * that can hide or reorder text on a terminal: zero-width characters,
 * bidirectional controls (U+202E RIGHT-TO-LEFT OVERRIDE, ...) and
 * U+FEFF (\u202e, \ufeff). */
char *diag_escape(const char *s);

#endif

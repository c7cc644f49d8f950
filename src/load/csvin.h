/*
 * csvin.h - strict CSV input. The only module that knows libcsv.
 *
 * A file is read in one streaming pass and handed to the caller a row at a
 * time, with the line on which each field starts, so every later message
 * can name FILE:LINE:COLUMN even when a quoted field spans lines. The
 * reader accepts a UTF-8 byte order mark and CRLF line ends, skips blank
 * lines, and refuses malformed quoting, an unterminated quote, NUL bytes,
 * invalid UTF-8 and over-long fields, each with a diagnostic.
 */
#ifndef CSVIN_H
#define CSVIN_H

#include <stdbool.h>
#include <stddef.h>

#include "base/diag.h"

/* Longest field accepted, in bytes. */
#define CSVIN_MAX_FIELD (1024 * 1024)

struct csvin_row {
	size_t index;		/* 0 for the header row, then 1, 2, ... */
	size_t nfields;
	char **fields;		/* NUL-terminated; owned by the reader */
	long *lines;		/* the line each field starts on */
	long line;		/* the line the row starts on */
};

/* Called for each well-formed, non-blank row; return false to stop early.
 * The row and its fields are only valid during the call. */
typedef bool (*csvin_row_fn)(void *ctx, const struct csvin_row *row);

enum csvin_status {
	CSVIN_OK,		/* read to the end (or stopped by the caller) */
	CSVIN_INVALID,		/* malformed input; diagnostics added */
	CSVIN_SYSTEM,		/* could not open or read the file */
};

/*
 * Read path ("-" for standard input) row by row. header_names, when the
 * header has been seen, names columns in messages: the reader asks for it
 * through column_name(ctx, index) (may return NULL for "use the number").
 */
enum csvin_status csvin_read(const char *path, csvin_row_fn on_row,
			     const char *(*column_name)(void *ctx, size_t index),
			     void *ctx, struct diag_list *diags);

/* Report a row whose number of fields differs from the header's (ncols
 * columns named names), at the first missing or extra column. */
void csvin_field_count_error(struct diag_list *diags, const char *path,
			     const struct csvin_row *row, char *const *names,
			     size_t ncols);

/* Column label for messages: the header name or the 1-based number. */
void csvin_column_label(char *buf, size_t size, const char *name,
			size_t index);

#endif

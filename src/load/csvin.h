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

/*
 * Read path ("-" for standard input) row by row. Once the header has been
 * delivered, the reader names columns in its messages by asking
 * column_name(ctx, index) (which may return NULL for "use the number").
 * Returns DIAG_OK when the file was read to the end (or the caller
 * stopped), DIAG_INVALID when the CSV itself is malformed, DIAG_SYSTEM
 * when the file cannot be opened or read; the caller's own findings
 * about the rows are its to count.
 */
enum diag_status csvin_read(const char *path, csvin_row_fn on_row,
			    const char *(*column_name)(void *ctx, size_t index),
			    void *ctx, struct diag_list *diags);

/* Column label for messages: the header name or the 1-based number. */
void csvin_column_label(char *buf, size_t size, const char *name,
			size_t index);

#endif

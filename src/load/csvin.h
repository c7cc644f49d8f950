/* SPDX-License-Identifier: Apache-2.0 */
/*
 * csvin.h - strict CSV input. The only module that knows libcsv.
 *
 * A file is read in one streaming pass and handed to the caller a row at a
 * time, with the line on which each field starts, so every later message
 * can name FILE:LINE:COLUMN even when a quoted field spans lines. The
 * reader accepts a UTF-8 byte order mark at the start, LF, CRLF and lone
 * CR line ends (mixed too: each counts one line), skips blank lines, and
 * refuses malformed quoting, an unterminated quote, NUL bytes, invalid
 * UTF-8, a byte order mark past the start, and fields, rows or files past
 * their limits (base/limits.h), each with a diagnostic. Fields are
 * separated by ',', ';' or a tab: the one the header uses, or the one
 * the caller gives. A file that is not CSV text (a workbook, UTF-16, a
 * PDF, a web page: load/sniff.h) or text in Windows-1252 is refused with
 * one message saying how to save it as CSV UTF-8, not one per line.
 */
#ifndef CSVIN_H
#define CSVIN_H

#include <stdbool.h>
#include <stddef.h>

#include "base/diag.h"
#include "base/digest.h"
#include "base/limits.h"

/* Longest field accepted, in bytes. */
#define CSVIN_MAX_FIELD LIMIT_FIELD_BYTES

/* What one read accepts: a field, a row or a file beyond them is an
 * error that stops reading the file. */
struct csvin_limits {
	size_t field_bytes;	/* bytes in a field */
	size_t columns;		/* fields in a row */
	size_t rows;		/* rows after the header */
};

/* LIMIT_FIELD_BYTES, LIMIT_COLUMNS and LIMIT_ROWS. */
extern const struct csvin_limits csvin_default_limits;

/* The delimiter of a file: told from its header row, or given. */
enum csvin_delimiter {
	CSVIN_DELIM_AUTO = 0,	/* the header's: the most frequent of ',',
				 * ';' and tab outside quotes (',' on a tie) */
	CSVIN_DELIM_COMMA,
	CSVIN_DELIM_SEMICOLON,
	CSVIN_DELIM_TAB,
};

/* How a run reads its CSV files (all zero: the defaults). */
struct csvin_options {
	enum csvin_delimiter delimiter;
};

struct csvin_row;

/*
 * Skipping data rows early, by their first fields (a run that reads one
 * country's rows out of a donor's file): once a data row has prefix
 * fields, all valid, keep(ctx, row) is asked about it (row->nfields is
 * then prefix). A row it does not keep is not validated or copied any
 * further, only counted and parsed (bad quoting is still an error), and
 * is delivered with skipped set. prefix 0: no filter. The header's
 * callback may set it through row->filter.
 */
struct csvin_filter {
	size_t prefix;
	bool (*keep)(void *ctx, const struct csvin_row *row);
	void *ctx;
};

struct csvin_row {
	size_t index;		/* 0 for the header row, then 1, 2, ... */
	size_t nfields;
	char **fields;		/* NUL-terminated; owned by the reader;
				 * NULL in a skipped row */
	long *lines;		/* the line each field starts on */
	long line;		/* the line the row starts on */
	char delimiter;		/* the file's: ',', ';' or '\t' */
	bool delimiter_given;	/* by the options, not told from the file */
	bool skipped;		/* the filter did not keep it */
	struct csvin_filter *filter;	/* the reader's, for the header's
					 * callback to set */
};

/* Called for each well-formed, non-blank row; return false to stop early.
 * The row and its fields are only valid during the call. */
typedef bool (*csvin_row_fn)(void *ctx, const struct csvin_row *row);

/*
 * Read path ("-" for standard input) row by row, within limits (NULL:
 * csvin_default_limits), as opts say (NULL: the defaults). Once the
 * header has been
 * delivered, the reader names columns in its messages by asking
 * column_name(ctx, index) (which may return NULL for "use the number").
 * Returns DIAG_OK when the file was read to the end (or the caller
 * stopped), DIAG_INVALID when the CSV itself is malformed, DIAG_SYSTEM
 * when the file cannot be opened or read; the caller's own findings
 * about the rows are its to count.
 */
enum diag_status csvin_read(const char *path, csvin_row_fn on_row,
			    const char *(*column_name)(void *ctx, size_t index),
			    void *ctx, const struct csvin_limits *limits,
			    const struct csvin_options *opts,
			    struct diag_list *diags);
/* The same, and sha256 gets the SHA-256 of the bytes read (a byte order
 * mark included), in hex. */
enum diag_status csvin_read_digest(const char *path, csvin_row_fn on_row,
				   const char *(*column_name)(void *ctx,
							      size_t index),
				   void *ctx,
				   const struct csvin_limits *limits,
				   const struct csvin_options *opts,
				   struct diag_list *diags,
				   char sha256[DIGEST_HEX_SIZE]);

/* Column label for messages: the header name or the 1-based number. */
void csvin_column_label(char *buf, size_t size, const char *name,
			size_t index);

#endif

/* SPDX-License-Identifier: Apache-2.0 */
/*
 * xlsxin.h - reading the sheets of an XLSX workbook as tables. The only
 * module that knows minizip (the ZIP archive) and expat (its XML parts).
 *
 * Each visible sheet of the workbook is read, in the workbook's order, as
 * one table whose first non-blank row is its header; its rows reach the
 * caller through the same struct csvin_row as CSV rows, with the sheet's
 * row numbers as lines, so that every later message can name
 * FILE:SHEET:ROW:COLUMN (see base/diag.h: while a sheet is read, the
 * diagnostics about the file name it).
 *
 * A cell reads as the text a spreadsheet shows for it without formatting:
 * a string as written (shared or inline, rich text joined), a number as
 * its shortest exact decimal text (2.5, 3, 0.1), a boolean as TRUE or
 * FALSE, an error as its code (#N/A), a formula as its last computed
 * value; a missing cell is empty. Trailing empty cells are dropped and a
 * row shorter than its header is padded, as a CSV row of the same sheet
 * would be. Hidden sheets are not read. Blank rows are skipped.
 *
 * Hostile input is held to the limits of base/limits.h: cells, columns
 * and rows as in CSV, the inflated size of each part and of the whole
 * (against archives that inflate to gigabytes), the number of sheets,
 * the nesting of elements; a document type declaration (and so any
 * entity) is refused. A damaged archive, a missing part, an encrypted
 * workbook and malformed XML each give one message naming the file.
 */
#ifndef XLSXIN_H
#define XLSXIN_H

#include <stdbool.h>
#include <stddef.h>

#include "base/diag.h"
#include "load/csvin.h"

/* What the reader calls while it reads a workbook. */
struct xlsxin_callbacks {
	/* A visible sheet begins, named name; its rows follow, the first
	 * being its header (index 0). false stops reading the workbook. */
	bool (*sheet)(void *ctx, const char *name);
	/* One non-blank row of the sheet; false skips the rest of the
	 * sheet. The row is only valid during the call. */
	csvin_row_fn row;
	/* The header name of column index of the sheet being read, once its
	 * header was delivered, for messages; NULL: use the number. */
	const char *(*column_name)(void *ctx, size_t index);
};

/* Is path a workbook to read with xlsxin_read: a name ending in .xlsx
 * (in any case), or a file starting with a ZIP signature ("PK\3\4")?
 * Standard input ("-") never is. */
bool xlsxin_is_workbook(const char *path);

/*
 * Read the workbook at path sheet by sheet through cb, within limits
 * (NULL: csvin_default_limits; rows count over all the sheets). Returns
 * DIAG_OK when it was read to the end (or the caller stopped),
 * DIAG_INVALID when the workbook itself is damaged or malformed or a
 * cell breaks a limit, DIAG_SYSTEM when the file cannot be opened or
 * read; the caller's own findings about the rows are its to count.
 */
enum diag_status xlsxin_read(const char *path,
			     const struct xlsxin_callbacks *cb, void *ctx,
			     const struct csvin_limits *limits,
			     struct diag_list *diags);

/* A cell reference ("B12", "$B$12" too): its 0-based column (A to XFD)
 * and its row (1 to 1048576). false when it is not one. */
bool xlsxin_parse_ref(const char *ref, size_t *column, long *row);
/* Column index as letters (0: "A", 27: "AB"); buf holds 4 bytes. */
void xlsxin_column_letters(size_t column, char *buf);
/* The number a cell's value v holds (XML text, "2.50" or "1E-3") as its
 * shortest decimal text that reads back as the same double ("2.5",
 * "0.001", "3", "1e+21"), into buf of size bytes (32 are enough). false
 * when v is not a finite number. */
bool xlsxin_number_text(const char *v, char *buf, size_t size);
/* Decode the _xHHHH_ escapes of OOXML text in place ("_x000D_" is a
 * carriage return; "_x005F_" an underscore); an escape that would give
 * NUL or a code point that is not a character is left as written. */
void xlsxin_unescape(char *s);

#endif

/* SPDX-License-Identifier: Apache-2.0 */
/*
 * csvtable.h - a CSV file read as a table with a header: the part every
 * loader (indicator sets, answers, groups) shares. csvtable_read trims
 * the header names, finds the loader's known columns (the first of equal
 * names wins) and repeated names by hashing, so that a header of any
 * width costs linear time, checks that each row has as many fields as
 * the header, stops at the file's error cap, and turns an empty file
 * into an error. It knows the file's delimiter, and so how its numbers
 * are written: a ';' file may write them with a decimal comma. A loader
 * may match a column by a key other than its name (a survey export's
 * "group/ID" by ID); messages still name the column as the file does.
 * What the columns mean, and what a row holds, stays with the loader,
 * which gets the header and then each data row through its callbacks.
 * A loader that takes workbooks (spec->workbooks) reads an XLSX file
 * (load/xlsxin.h) the same way: each visible sheet is a table with a
 * header of its own, so the header callback runs once per sheet, and
 * t->sheet names the sheet while its rows are read.
 *
 * Ownership: the table owns the trimmed names and the known columns'
 * places until csvtable_read returns; a cell owns its text until
 * csvtable_cell_release.
 */
#ifndef CSVTABLE_H
#define CSVTABLE_H

#include <stdbool.h>
#include <stddef.h>

#include "base/diag.h"
#include "base/text.h"
#include "load/csvin.h"

/* What a loader tells csvtable_read about its format. */
struct csvtable_spec {
	const char *const *columns;	/* the names of the known columns */
	size_t ncolumns;
	/* What an empty file should have held, for the message "the file
	 * is empty; expected ...", marked with N_ (looked up when used) */
	const char *empty;
	/* The header row, once names and where are set: check the columns
	 * (see the helpers below); false stops reading the file. */
	bool (*header)(void *ctx, const struct csvin_row *row);
	/* One data row with exactly as many fields as the header; false
	 * stops reading the file (the loader has said why). */
	bool (*row)(void *ctx, const struct csvin_row *row);
	/* Are XLSX workbooks read too (xlsxin_is_workbook)? */
	bool workbooks;
	/* May be NULL. The key column name (trimmed) is matched by, as a
	 * fresh string, or NULL to match it by its name. A key that is the
	 * very name of another column of the file is not used. */
	char *(*key)(void *ctx, const char *name);
};

struct csvtable {
	const char *path;
	const char *sheet;	/* the workbook's sheet being read, or NULL */
	bool had_header;	/* some header was read */
	struct diag_list *diags;
	const struct csvtable_spec *spec;
	char **names;		/* the header, trimmed */
	char **keys;		/* what each column is matched by: its
				 * name, or the spec's key */
	size_t ncols;
	char delimiter;		/* the file's: ',', ';' or '\t' */
	enum decimal_mark mark;	/* DECIMAL_COMMA in a ';' file */
	long *where;		/* per known column: its field, or -1 */
	size_t *known;		/* per column: its known column, or
				 * spec->ncolumns */
	size_t *first;		/* per column: the first column of its name */
	/* Unknown columns: how many were warned about, how many more were
	 * only counted, the first of those, and what happens to them. */
	size_t unknown_shown;
	size_t unknown_hidden;
	size_t unknown_first_hidden;
	bool unknown_kept_out;
	/* The SHA-256 of the bytes read, in hex, set by csvtable_read. */
	char sha256[DIGEST_HEX_SIZE];
	/* Data rows of a CSV file that the loader's filter skipped (see
	 * csvtable_select). */
	size_t skipped;
	struct csvin_filter *filter;	/* the reader's, while the header
					 * is read */
};

/*
 * Read path ("-" for standard input) into the loader ctx through spec's
 * callbacks, t holding the header while they run, as opts say (NULL: the
 * defaults). Returns DIAG_SYSTEM when the file cannot be read,
 * DIAG_INVALID when it is empty or any error was added while reading
 * it, else DIAG_OK. A header of one column that holds another delimiter
 * than the one given is one error that says so.
 */
enum diag_status csvtable_read(struct csvtable *t, const char *path,
			       const struct csvtable_spec *spec,
			       const struct csvin_options *opts, void *ctx,
			       struct diag_list *diags);

/*
 * From the header callback: skip the data rows of a CSV file early,
 * unchecked (workbooks are read as before). Once a row has its fields up
 * to the last of fields[0..n), keep(ctx, row) says whether it matters; a
 * row it does not keep is only checked for its width and counted in
 * t->skipped. Nothing is set when a field is -1 (the header lacks it).
 */
void csvtable_select(struct csvtable *t, const long *fields, size_t n,
		     bool (*keep)(void *ctx, const struct csvin_row *row),
		     void *ctx);

/* The label of column i in messages: its name, or its 1-based number
 * when the name is empty. */
void csvtable_label(const struct csvtable *t, size_t i, char *buf,
		    size_t size);

/* The known column that column i names, or spec->ncolumns for none. */
size_t csvtable_known(const struct csvtable *t, size_t i);
/* If column i repeats an earlier name, report it (naming the first) and
 * return true. */
bool csvtable_check_repeat(const struct csvtable *t,
			   const struct csvin_row *row, size_t i);
/* Is column i a repeat of an earlier name? */
bool csvtable_is_repeat(const struct csvtable *t, size_t i);
/* Warn that column i is unknown: "unknown column 'NAME' is ignored"
 * (or "is kept out of scoring", when kept_out). Past
 * LIMIT_UNKNOWN_COLUMNS_SHOWN such warnings in a file, the rest are
 * counted in one line after the header: "N more unknown columns ... are
 * ignored". */
void csvtable_warn_unknown(struct csvtable *t, const struct csvin_row *row,
			   size_t i, bool kept_out);
/* Report every known column before nrequired that the header lacks:
 * "missing required column 'NAME'; NEEDS" (needs in the messages'
 * language: the caller's _("...")). False when one is missing. */
bool csvtable_require(const struct csvtable *t, const struct csvin_row *row,
		      size_t nrequired, const char *needs);

/* One trimmed cell of a row and where it is, for messages. */
struct csvtable_cell {
	char *text;		/* "" when the file has no such column */
	long line;		/* the cell's line, or the row's */
	const char *column;	/* the header name, or the known name */
};

/* Read field (-1: the file has none) of row as known column k. */
void csvtable_cell(struct csvtable_cell *c, const struct csvtable *t,
		   const struct csvin_row *row, long field, size_t k);
void csvtable_cell_release(struct csvtable_cell *c);
/* The same without a copy: the text is the field itself, trimmed in
 * place (a field the file lacks reads as buf, emptied), valid while the
 * row is; nothing to release. A loader may change the text in place. */
void csvtable_cell_borrow(struct csvtable_cell *c, const struct csvtable *t,
			  const struct csvin_row *row, long field, size_t k,
			  char *buf);
/* Report an error or a warning at cell c. */
void csvtable_cell_error(const struct csvtable *t,
			 const struct csvtable_cell *c, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
void csvtable_cell_warning(const struct csvtable *t,
			   const struct csvtable_cell *c, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

#endif

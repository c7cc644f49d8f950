/*
 * csvtable.h - a CSV file read as a table with a header: the part every
 * loader (indicator sets, answers, groups) shares. csvtable_read trims
 * the header names, finds the loader's known columns (the first of equal
 * names wins), checks that each row has as many fields as the header,
 * stops at the file's error cap, and turns an empty file into an error.
 * What the columns mean, and what a row holds, stays with the loader,
 * which gets the header and then each data row through its callbacks.
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
#include "load/csvin.h"

/* What a loader tells csvtable_read about its format. */
struct csvtable_spec {
	const char *const *columns;	/* the names of the known columns */
	size_t ncolumns;
	/* What an empty file should have held, for the message "the file
	 * is empty; expected ..." */
	const char *empty;
	/* The header row, once names and where are set: check the columns
	 * (see the helpers below); false stops reading the file. */
	bool (*header)(void *ctx, const struct csvin_row *row);
	/* One data row with exactly as many fields as the header. */
	void (*row)(void *ctx, const struct csvin_row *row);
};

struct csvtable {
	const char *path;
	struct diag_list *diags;
	const struct csvtable_spec *spec;
	char **names;		/* the header, trimmed */
	size_t ncols;
	long *where;		/* per known column: its field, or -1 */
};

/*
 * Read path ("-" for standard input) into the loader ctx through spec's
 * callbacks, t holding the header while they run. Returns DIAG_SYSTEM when
 * the file cannot be read, DIAG_INVALID when it is empty or any error was
 * added while reading it, else DIAG_OK.
 */
enum diag_status csvtable_read(struct csvtable *t, const char *path,
			       const struct csvtable_spec *spec, void *ctx,
			       struct diag_list *diags);

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
/* Warn that column i is unknown: "unknown column 'NAME' WHAT". */
void csvtable_warn_unknown(const struct csvtable *t,
			   const struct csvin_row *row, size_t i,
			   const char *what);
/* Report every known column before nrequired that the header lacks:
 * "missing required column 'NAME'; NEEDS". False when one is missing. */
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
/* Report an error or a warning at cell c. */
void csvtable_cell_error(const struct csvtable *t,
			 const struct csvtable_cell *c, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
void csvtable_cell_warning(const struct csvtable *t,
			   const struct csvtable_cell *c, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

#endif

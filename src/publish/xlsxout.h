/* SPDX-License-Identifier: Apache-2.0 */
/*
 * xlsxout.h - writing XLSX workbooks. The only module that knows
 * libxlsxwriter: writers build a workbook through these few calls and
 * get its bytes in a sink, as every other format's writer does.
 *
 * Text is always written as text (never read as a formula, whatever it
 * starts with), numbers as numbers. The workbook's creation date is fixed
 * (1980-01-01), as are the archive's timestamps, so the same calls give
 * the same bytes. A text longer than a cell holds (32,767 characters) is
 * cut, ending with "...". Rows and columns are 0-based.
 *
 * Ownership: a workbook owns everything given to it (strings are
 * copied); xlsxout_close frees it whatever happens.
 */
#ifndef XLSXOUT_H
#define XLSXOUT_H

#include <stdbool.h>
#include <stddef.h>

struct sink;
struct xlsxout;

/* How a cell looks, and whether it may be edited once the sheet is
 * protected. */
enum xlsxout_style {
	XLSXOUT_TEXT,		/* plain, locked */
	XLSXOUT_HEADER,		/* bold on grey, wrapped, locked */
	XLSXOUT_WRAP,		/* wrapped, aligned to the top, locked */
	XLSXOUT_INPUT,		/* unlocked, on pale yellow: to fill in */
	XLSXOUT_PREFILLED,	/* unlocked, italic on orange: filled in
				 * from an earlier round, to review */
	XLSXOUT_NSTYLES,
};

/* Longest text a cell holds, in characters. */
#define XLSXOUT_MAX_TEXT 32767

/* A new empty workbook; NULL with *err (caller frees) when its
 * temporary directory cannot be made. */
struct xlsxout *xlsxout_new(char **err);

/* Add a sheet named after name, made valid (no []:*?/\, at most 31
 * characters, not empty) and unique (a suffix ~2, ~3, ...); its index. */
size_t xlsxout_add_sheet(struct xlsxout *x, const char *name);
/* The name the sheet got. */
const char *xlsxout_sheet_name(const struct xlsxout *x, size_t sheet);

/* A cell: text (NULL is an empty cell of that style), or a number. */
void xlsxout_text(struct xlsxout *x, size_t sheet, size_t row, size_t col,
		  const char *text, enum xlsxout_style style);
void xlsxout_number(struct xlsxout *x, size_t sheet, size_t row,
		    size_t col, double value, enum xlsxout_style style);
/* Column col's width in characters, and the style of its cells that are
 * not written. */
void xlsxout_column(struct xlsxout *x, size_t sheet, size_t col,
		    double width, enum xlsxout_style style);
/* Keep the first rows in view while scrolling. */
void xlsxout_freeze_rows(struct xlsxout *x, size_t sheet, size_t rows);
/* A note on the cell (text copied), shown when the pointer rests on
 * it. */
void xlsxout_comment(struct xlsxout *x, size_t sheet, size_t row,
		     size_t col, const char *text);

/* Lay the sheet out right to left (Arabic, Hebrew, ...). */
void xlsxout_right_to_left(struct xlsxout *x, size_t sheet);
/* Protect the sheet without a password: only XLSXOUT_INPUT cells can be
 * edited; columns and rows can still be resized. */
void xlsxout_protect(struct xlsxout *x, size_t sheet);
/* Hide the sheet. */
void xlsxout_hide(struct xlsxout *x, size_t sheet);

/*
 * Data validation of rows first..last of column col: a dropdown of the
 * items (n of them), kept in the cells' rule when they fit there (255
 * characters, no comma or quote), else on a hidden sheet "lists" that
 * the workbook gains. message (at most 255 characters are kept) is what
 * a refused entry shows.
 */
void xlsxout_list_rule(struct xlsxout *x, size_t sheet, size_t first,
		       size_t last, size_t col, const char *const *items,
		       size_t n, const char *message);
/* The same with a formula that must hold, written for the cell at
 * (first, col) as Excel does ("AND(ISNUMBER(E2),E2>=0)"). */
void xlsxout_formula_rule(struct xlsxout *x, size_t sheet, size_t first,
			  size_t last, size_t col, const char *formula,
			  const char *message);

/* The cell reference of (row, col), e.g. "E2", into buf (16 bytes). */
void xlsxout_cell_ref(size_t row, size_t col, char *buf);

/*
 * Write the workbook, append its bytes to out and free x. false with
 * *err (caller frees) when it could not be written (the first error of
 * any call above, or of writing).
 */
bool xlsxout_close(struct xlsxout *x, struct sink *out, char **err);

/* The valid, unique sheet name for name among the n names taken
 * (compared without case), as xlsxout_add_sheet makes it. Caller frees. */
char *xlsxout_valid_sheet_name(const char *name, char *const *taken,
			       size_t n);

#endif

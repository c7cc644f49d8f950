/* SPDX-License-Identifier: Apache-2.0 */
/*
 * table.h - a table written cell by cell, as CSV to a sink or onto a
 * sheet of a workbook (publish/xlsxout.h), so that a document's CSV and
 * XLSX files come from one description of its columns (plan.csv and
 * plan.xlsx, compare.csv and compare.xlsx).
 *
 * In CSV, text cells are neutralised against spreadsheet formulas (a
 * leading apostrophe, publish/csvout.h) and numbers are rounded to 4
 * decimals; on a sheet, text is written as text (never a formula) and a
 * number as the number its CSV text reads as. The header row is bold and
 * frozen on a sheet.
 *
 * Ownership: a table borrows its sink or workbook.
 */
#ifndef TABLE_H
#define TABLE_H

#include <stdbool.h>
#include <stddef.h>

#include "base/strbuf.h"

struct sink;
struct xlsxout;

struct table_out {
	struct sink *sink;		/* CSV: where rows go */
	struct strbuf row_text;		/* CSV: the row being made */
	struct xlsxout *book;		/* XLSX: the workbook */
	size_t sheet;			/* XLSX: its sheet */
	size_t row, col;		/* the cell to write next */
	bool in_header;			/* the header row is being made */
	const char *lang;		/* XLSX: the readers' language */
	const struct table_label *labels; /* XLSX: header words, or NULL */
};

/* A column name and the English heading people read for it (marked
 * N_, looked up in the sheet's language). */
struct table_label {
	const char *name, *label;
};

/* A table writing CSV to out / onto a sheet of book. Release with
 * table_release. */
void table_init_csv(struct table_out *t, struct sink *out);
void table_init_sheet(struct table_out *t, struct xlsxout *book,
		      size_t sheet);
/* Write the header cells of the sheet as the headings of labels (ended
 * by a NULL name) in lang, when tr_own_words(lang); names labels does
 * not hold stay as they are. */
void table_sheet_labels(struct table_out *t, const char *lang,
			const struct table_label *labels);
void table_release(struct table_out *t);

/* Start the header row with the comma-separated names; table_text may
 * add more names before table_end_row. */
void table_header(struct table_out *t, const char *names);
/* The next cell: text (NULL: empty), a number rounded to 4 decimals, a
 * whole number, or nothing. */
void table_text(struct table_out *t, const char *text);
void table_number(struct table_out *t, double value);
void table_count(struct table_out *t, size_t n);
void table_empty(struct table_out *t);
/* End the row (in CSV, it goes to the sink). */
void table_end_row(struct table_out *t);

#endif

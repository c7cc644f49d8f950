/* SPDX-License-Identifier: Apache-2.0 */
/*
 * csvout.h - writing CSV: RFC 4180 quoting (a field holding a comma,
 * quote, CR or LF is quoted, quotes doubled), LF line ends, and for files
 * meant for spreadsheets, neutralising cells that a spreadsheet would
 * read as a formula.
 */
#ifndef CSVOUT_H
#define CSVOUT_H

#include <stdbool.h>

#include "base/strbuf.h"

/*
 * Append one cell (NULL is empty), quoted when it holds a comma, quote,
 * CR or LF. With neutralise, a text starting with =, +, -, @, a tab or a
 * carriage return gets a leading apostrophe so that no spreadsheet
 * evaluates it; a plain negative number ("-0.5", "-1e3") stays a number.
 */
void csvout_text(struct strbuf *sb, const char *text, bool neutralise);
/* The same, preceded by a comma unless first. */
void csvout_field(struct strbuf *sb, const char *text, bool first,
		  bool neutralise);
/* Append a number cell: rounded to 4 decimals, trailing zeros dropped. */
void csvout_number_text(struct strbuf *sb, double value);
/* The same, preceded by a comma unless first. */
void csvout_number(struct strbuf *sb, double value, bool first);
/* End the row. */
void csvout_end_row(struct strbuf *sb);

#endif

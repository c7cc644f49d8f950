/* SPDX-License-Identifier: Apache-2.0 */
/*
 * text.h - small text helpers shared by the whole core: trimming (ASCII
 * and Unicode white space), UTF-8 validation, ASCII case folding,
 * character-class checks, strict locale-independent number parsing and
 * rounding to 4 decimals. Pure functions; nothing here knows about
 * indicators or answers.
 */
#ifndef TEXT_H
#define TEXT_H

#include <stdbool.h>
#include <stddef.h>

/* Pointer and length of s without leading and trailing white space:
 * ASCII white space (space, tab, LF, VT, FF, CR and the separators
 * U+001C-U+001F) and the Unicode spaces spreadsheets leave behind
 * (U+00A0, U+2000-U+200A, U+202F, U+205F, U+3000, U+0085, U+1680,
 * U+2028, U+2029): exactly what Python's str.strip removes. */
const char *trim_span(const char *s, size_t *len);
/* A fresh copy of s without that leading and trailing white space. */
char *trim_dup(const char *s);
/* Is s (len bytes) well-formed UTF-8? On failure *bad_offset is set. */
bool utf8_valid(const char *s, size_t len, size_t *bad_offset);
/* Are a and b equal but for ASCII case? */
bool ascii_caseeq(const char *a, const char *b);
/* Does s match the character class pattern [first][rest]{0,max_total-1}? */
bool str_matches_class(const char *s, const char *first, const char *rest,
		       size_t max_total);
/*
 * Parse the whole of s (no surrounding space) as a finite decimal number:
 * [+-]? (digits [. digits?] | . digits) ([eE] [+-]? digits)?
 * Independent of the locale; hex, inf and nan are refused.
 */
bool parse_number(const char *s, double *out);
/*
 * The decimal separator a file's numbers may use. A file separated by
 * ';' (what French, Spanish or German spreadsheets save) may write 2,5;
 * any other keeps to 2.5, so that 1,000 is never misread there.
 */
enum decimal_mark {
	DECIMAL_POINT,		/* 2.5 only */
	DECIMAL_COMMA,		/* 2,5 or 2.5 (one comma, no point) */
};
/* parse_number, also reading one decimal comma under DECIMAL_COMMA:
 * 2,5 and -0,5e3 are numbers there; 1.000,5 and 1,000,000 are not. */
bool parse_number_mark(const char *s, enum decimal_mark mark, double *out);
/* Under DECIMAL_COMMA, rewrite s in place with a decimal point when it
 * is a number written with a decimal comma (2,5 -> 2.5), so that what
 * is kept of it reads alike whatever the file; true when rewritten. */
bool number_comma_to_point(char *s, enum decimal_mark mark);
/*
 * Why s, which parse_number refuses, is not a number, in a few words
 * for a message: a spreadsheet error value (#N/A, #VALUE!, #DIV/0!,
 * ...), a number too large for a double (1e999), inf or nan, a
 * hexadecimal number (0x10), a comma (1,5 or 1,000), a date (2026-01-05,
 * 05/01/2026) or a percent sign (50%). NULL when none of these.
 */
const char *number_hint(const char *s);
/* number_hint for a file whose numbers may use mark: under
 * DECIMAL_COMMA, digits grouped by several separators (1.000,5) are
 * what is wrong, not the comma. */
const char *number_hint_mark(const char *s, enum decimal_mark mark);
/* " (WHY)" in buf when number_hint(s) knows why, else "": for messages
 * such as "weight 'W' is not valid%s; expected ...". */
const char *number_hint_note(const char *s, char *buf, size_t size);
/* number_hint_note with number_hint_mark. */
const char *number_hint_note_mark(const char *s, enum decimal_mark mark,
				  char *buf, size_t size);
/* " (N characters; at most MAX)" in buf when s matches the class of
 * str_matches_class but is too long, else "". */
const char *length_note(const char *s, const char *first, const char *rest,
			size_t max, char *buf, size_t size);
/* Is s a spreadsheet error value such as #N/A, #VALUE! or #DIV/0!? */
bool is_spreadsheet_error(const char *s);
/* x rounded to 4 decimals (exact decimal rounding of the binary value). */
double round4(double x);

#endif

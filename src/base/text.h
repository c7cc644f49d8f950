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
/* x rounded to 4 decimals (exact decimal rounding of the binary value). */
double round4(double x);

#endif

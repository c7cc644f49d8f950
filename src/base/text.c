/* SPDX-License-Identifier: Apache-2.0 */
/*
 * text.c - trimming, UTF-8 validation, case folding, strict number
 * parsing and rounding (see text.h).
 */
#include "config.h"
#include "base/text.h"
#include "base/xalloc.h"
#include "base/i18n.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/*
 * Length of the white space character at s (0 if none): ASCII white space
 * (with the separators U+001C-U+001F) and the Unicode spaces that
 * spreadsheets leave behind, such as U+00A0 NO-BREAK SPACE,
 * U+2000-U+200A, U+202F, U+205F, U+3000, and the separators U+0085,
 * U+1680, U+2028, U+2029 (what Unicode calls white space).
 */
static size_t space_at(const char *str)
{
	const unsigned char *s = (const unsigned char *)str;

	if (*s == ' ' || (*s >= '\t' && *s <= '\r') ||
	    (*s >= 0x1c && *s <= 0x1f))
		return 1;
	if (s[0] == 0xC2 && (s[1] == 0x85 || s[1] == 0xA0))
		return 2;
	if (s[0] == 0xE1 && s[1] == 0x9A && s[2] == 0x80)
		return 3;
	if (s[0] == 0xE2 && s[1] == 0x80 &&
	    ((s[2] >= 0x80 && s[2] <= 0x8A) || s[2] == 0xA8 || s[2] == 0xA9 ||
	     s[2] == 0xAF))
		return 3;
	if (s[0] == 0xE2 && s[1] == 0x81 && s[2] == 0x9F)
		return 3;
	if (s[0] == 0xE3 && s[1] == 0x80 && s[2] == 0x80)
		return 3;
	return 0;
}

/* Length of the white space character that ends s[0..n), 0 if none. */
static size_t space_before(const char *s, size_t n)
{
	for (size_t k = 1; k <= 3 && k <= n; k++)
		if (space_at(s + n - k) == k)
			return k;
	return 0;
}

/* Skip white space at the start, then drop it from the end. */
const char *trim_span(const char *s, size_t *len)
{
	size_t n, k;

	while ((k = space_at(s)) > 0)
		s += k;
	n = strlen(s);
	while (n > 0 && (k = space_before(s, n)) > 0)
		n -= k;
	*len = n;
	return s;
}

/* A trimmed copy (caller frees). */
char *trim_dup(const char *s)
{
	size_t n;
	const char *p = trim_span(s, &n);
	return xstrndup(p, n);
}

/* Strict UTF-8: no overlongs, no surrogates, nothing above U+10FFFF. */
bool utf8_valid(const char *str, size_t len, size_t *bad_offset)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0;

	while (i < len) {
		unsigned char c = s[i];
		size_t n;
		unsigned long cp;

		if (c < 0x80) {
			i++;
			continue;
		} else if (c >= 0xC2 && c <= 0xDF) {
			n = 1;
			cp = c & 0x1F;
		} else if (c >= 0xE0 && c <= 0xEF) {
			n = 2;
			cp = c & 0x0F;
		} else if (c >= 0xF0 && c <= 0xF4) {
			n = 3;
			cp = c & 0x07;
		} else {
			goto bad;
		}
		for (size_t k = 1; k <= n; k++) {
			if (i + k >= len || (s[i + k] & 0xC0) != 0x80)
				goto bad;
			cp = (cp << 6) | (s[i + k] & 0x3F);
		}
		if ((n == 2 && cp < 0x800) || (n == 3 && cp < 0x10000) ||
		    cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
			goto bad;
		i += n + 1;
	}
	return true;
bad:
	if (bad_offset)
		*bad_offset = i;
	return false;
}

/* Compare two NUL-terminated strings ignoring ASCII case, as strcmp. */
static int ascii_casecmp(const char *a, const char *b)
{
	for (;; a++, b++) {
		int ca = (unsigned char)*a, cb = (unsigned char)*b;
		if (ca >= 'A' && ca <= 'Z')
			ca += 'a' - 'A';
		if (cb >= 'A' && cb <= 'Z')
			cb += 'a' - 'A';
		if (ca != cb || ca == 0)
			return ca - cb;
	}
}

/* Equal but for ASCII case. */
bool ascii_caseeq(const char *a, const char *b)
{
	return ascii_casecmp(a, b) == 0;
}

/* s is 1 to max_total bytes: one from first, the others from rest. */
bool str_matches_class(const char *s, const char *first, const char *rest,
		       size_t max_total)
{
	size_t n = strlen(s);

	if (n == 0 || n > max_total)
		return false;
	if (!strchr(first, s[0]) || s[0] == '\0')
		return false;
	for (size_t i = 1; i < n; i++)
		if (!strchr(rest, s[i]))
			return false;
	return true;
}

/* An ASCII digit, whatever the locale. */
static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* Count the digits at *p, moving past them. */
static size_t digit_run(const char **p)
{
	size_t n = 0;

	while (is_digit(**p)) {
		(*p)++;
		n++;
	}
	return n;
}

/* Does s follow the number grammar of parse_number, digits ending where
 * the string does? */
static bool number_grammar(const char *s)
{
	const char *p = s;
	size_t int_digits, frac_digits = 0;

	if (*p == '+' || *p == '-')
		p++;
	int_digits = digit_run(&p);
	if (*p == '.') {
		p++;
		frac_digits = digit_run(&p);
	}
	if (int_digits + frac_digits == 0)
		return false;
	if (*p == 'e' || *p == 'E') {
		p++;
		if (*p == '+' || *p == '-')
			p++;
		if (!digit_run(&p))
			return false;
	}
	return *p == '\0';
}

/* A number by the grammar that strtod makes infinite (1e999). */
static bool strtod_overflows(const char *s)
{
	return number_grammar(s) && !isfinite(strtod(s, NULL));
}

/* Check the grammar by hand, then let strtod convert. */
bool parse_number(const char *s, double *out)
{
	char *end;
	double v;

	if (!number_grammar(s))
		return false;
	/* The grammar is what strtod reads in the "C" locale; the core
	 * never calls setlocale, so no other decimal point applies. */
	errno = 0;
	v = strtod(s, &end);
	if (*end != '\0' || !isfinite(v))
		return false;
	*out = v + 0.0;
	return true;
}

/* The one comma of s when s has exactly one comma and no point, else
 * NULL. */
static const char *decimal_comma(const char *s)
{
	const char *comma = strchr(s, ',');

	if (!comma || strchr(comma + 1, ',') || strchr(s, '.'))
		return NULL;
	return comma;
}

/* A decimal comma is a point written otherwise: read a copy with the
 * point, by the same grammar. */
bool parse_number_mark(const char *s, enum decimal_mark mark, double *out)
{
	const char *comma = mark == DECIMAL_COMMA ? decimal_comma(s) : NULL;
	char *copy;
	bool ok;

	if (!comma)
		return parse_number(s, out);
	copy = xstrdup(s);
	copy[comma - s] = '.';
	ok = parse_number(copy, out);
	free(copy);
	return ok;
}

/* Rewrite the decimal comma of a number as a point, in place. */
bool number_comma_to_point(char *s, enum decimal_mark mark)
{
	const char *comma = mark == DECIMAL_COMMA ? decimal_comma(s) : NULL;
	double v;

	if (!comma || !parse_number_mark(s, mark, &v))
		return false;
	s[comma - s] = '.';
	return true;
}

/* The error values spreadsheets leave in a cell whose formula failed. */
bool is_spreadsheet_error(const char *s)
{
	static const char *const values[] = {
		"#N/A", "#VALUE!", "#DIV/0!", "#REF!", "#NAME?", "#NUM!",
		"#NULL!", "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!",
		"#CONNECT!", "#BUSY!", "#UNKNOWN!", "#GETTING_DATA",
	};

	for (size_t i = 0; i < sizeof(values) / sizeof(values[0]); i++)
		if (ascii_caseeq(s, values[i]))
			return true;
	return false;
}

/* Is s digits, SEP, digits, SEP, digits with the lengths of a date:
 * year first (2026-01-05) or last (05/01/2026)? */
static bool looks_like_date(const char *s)
{
	const char *p = s;
	size_t a, b, c;
	char sep;

	a = digit_run(&p);
	sep = *p;
	if (!a || (sep != '-' && sep != '/' && sep != '.'))
		return false;
	p++;
	b = digit_run(&p);
	if (!b || b > 2 || *p != sep)
		return false;
	p++;
	c = digit_run(&p);
	if (*p)
		return false;
	return (a == 4 && c >= 1 && c <= 2) ||
	       (a <= 2 && (c == 2 || c == 4));
}

/* Is s digits with commas between them (1,5 or 1,000,000)? */
static bool has_number_comma(const char *s)
{
	const char *p = s + (*s == '+' || *s == '-');
	bool comma = false;

	if (!digit_run(&p))
		return false;
	while (*p == ',' || *p == '.') {
		comma = comma || *p == ',';
		p++;
		if (!digit_run(&p))
			return false;
	}
	return comma && !*p;
}

/* See text.h: the most likely reason first. */
const char *number_hint(const char *s)
{
	const char *p = s + (*s == '+' || *s == '-');
	size_t n = strlen(s);
	double v;

	if (is_spreadsheet_error(s))
		return _("a spreadsheet error value, left by a formula that "
		         "failed");
	if (ascii_caseeq(p, "inf") || ascii_caseeq(p, "infinity") ||
	    ascii_caseeq(p, "nan"))
		return _("not a finite number");
	if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X'))
		return _("hexadecimal: numbers are read as decimals only");
	if (looks_like_date(s))
		return _("a date, not a number: did a spreadsheet turn the value "
		         "into a date?");
	if (has_number_comma(s))
		return _("a comma: numbers take a decimal point and no thousands "
		         "separator, e.g. 1.5 or 1000");
	if (n > 1 && s[n - 1] == '%') {
		char *bare = xstrndup(s, n - 1);
		bool number = parse_number(bare, &v);
		free(bare);
		if (number)
			return _("a percent sign: write the number alone");
	}
	if (strtod_overflows(s))
		return _("too large: beyond the largest number, about 1.8e308");
	return NULL;
}

/* Under DECIMAL_COMMA a single comma reads, so a comma that is still
 * wrong sits among other separators. */
const char *number_hint_mark(const char *s, enum decimal_mark mark)
{
	if (mark == DECIMAL_COMMA && has_number_comma(s))
		return _("digits grouped by separators: numbers take one decimal "
		         "comma or point and no thousands separator, e.g. 1,5 "
		         "or 1000");
	return number_hint(s);
}

/* number_hint in parentheses, or "". */
const char *number_hint_note(const char *s, char *buf, size_t size)
{
	return number_hint_note_mark(s, DECIMAL_POINT, buf, size);
}

/* number_hint_mark in parentheses, or "". */
const char *number_hint_note_mark(const char *s, enum decimal_mark mark,
				  char *buf, size_t size)
{
	const char *hint = number_hint_mark(s, mark);

	if (!hint)
		return "";
	snprintf(buf, size, " (%s)", hint);
	return buf;
}

/* Say the length when it is all that is wrong with s. */
const char *length_note(const char *s, const char *first, const char *rest,
			size_t max, char *buf, size_t size)
{
	size_t n = strlen(s);

	if (n <= max || !str_matches_class(s, first, rest, n))
		return "";
	snprintf(buf, size, _(" (%zu characters; at most %zu)"), n, max);
	return buf;
}

/* Print with 4 decimals (glibc rounds the exact binary value) and read
 * back, so the result is the double nearest the decimal shown. */
double round4(double x)
{
	char buf[64];

	if (!isfinite(x))
		return x;
	snprintf(buf, sizeof(buf), "%.4f", x);
	return strtod(buf, NULL) + 0.0;
}

/*
 * text.c - trimming, UTF-8 validation, case folding, strict number
 * parsing and rounding (see text.h).
 */
#include "config.h"
#include "base/text.h"
#include "base/xalloc.h"

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

/* Check the grammar by hand, then let strtod convert. */
bool parse_number(const char *s, double *out)
{
	const char *p = s;
	size_t int_digits = 0, frac_digits = 0;
	char *end;
	double v;

	if (*p == '+' || *p == '-')
		p++;
	while (is_digit(*p)) {
		p++;
		int_digits++;
	}
	if (*p == '.') {
		p++;
		while (is_digit(*p)) {
			p++;
			frac_digits++;
		}
	}
	if (int_digits + frac_digits == 0)
		return false;
	if (*p == 'e' || *p == 'E') {
		p++;
		if (*p == '+' || *p == '-')
			p++;
		if (!is_digit(*p))
			return false;
		while (is_digit(*p))
			p++;
	}
	if (*p != '\0')
		return false;
	/* The grammar above is what strtod reads in the "C" locale; the
	 * core never calls setlocale, so no other decimal point applies. */
	errno = 0;
	v = strtod(s, &end);
	if (*end != '\0' || !isfinite(v))
		return false;
	*out = v + 0.0;
	return true;
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

/* SPDX-License-Identifier: Apache-2.0 */
/*
 * fuzz-chart-quote.c - libFuzzer target: the gnuplot label escaper,
 * chart_quote (publish/chart.c). The first byte is the character limit
 * (1 to 256), the rest a label (cut at a NUL). Oracle, for a label in
 * UTF-8 (what the CSV reader lets through): the result is one double
 * quoted string holding only letters, spaces and three-digit octal
 * escapes of bytes, so gnuplot can read nothing in it but a string; and
 * decoded, it is the label without its control characters: whole when
 * it has at most limit characters, else a prefix of it (up to limit
 * characters, trailing spaces dropped) followed by an ellipsis.
 */
#include "config.h"
#include "fuzz.h"
#include "publish/chart.h"
#include "base/strbuf.h"
#include "base/text.h"
#include "base/xalloc.h"

#include <stdlib.h>
#include <string.h>

#define ELLIPSIS "\xe2\x80\xa6"

/* Is c a letter or a space (what may stand unescaped)? */
static bool plain(char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == ' ';
}

/* Decode the quoted string q (checking its grammar) into a fresh
 * string. */
static char *decode(const char *q, size_t len)
{
	struct strbuf out;

	FUZZ_CHECK(len >= 2 && q[0] == '"' && q[len - 1] == '"',
		   "not one quoted string: %s", q);
	strbuf_init(&out);
	for (size_t i = 1; i < len - 1; i++) {
		if (plain(q[i])) {
			strbuf_addch(&out, q[i]);
			continue;
		}
		FUZZ_CHECK(q[i] == '\\' && i + 3 < len &&
			   q[i + 1] >= '0' && q[i + 1] <= '3' &&
			   q[i + 2] >= '0' && q[i + 2] <= '7' &&
			   q[i + 3] >= '0' && q[i + 3] <= '7',
			   "byte %zu of %s is neither a letter, a space nor "
			   "an octal escape", i, q);
		strbuf_addch(&out, (char)((q[i + 1] - '0') * 64 +
					  (q[i + 2] - '0') * 8 +
					  (q[i + 3] - '0')));
		i += 3;
	}
	return strbuf_detach(&out);
}

/* text without control characters (caller frees). */
static char *cleaned(const char *text)
{
	struct strbuf out;

	strbuf_init(&out);
	for (const unsigned char *p = (const unsigned char *)text; *p; p++)
		if (*p >= 0x20 && *p != 0x7f)
			strbuf_addch(&out, (char)*p);
	return strbuf_detach(&out);
}

/* UTF-8 characters in s. */
static size_t chars(const char *s, size_t len)
{
	size_t n = 0;

	for (size_t i = 0; i < len; i++)
		n += ((unsigned char)s[i] & 0xC0) != 0x80;
	return n;
}

/* The decoded label against the cleaned one. */
static void check_decoded(const char *got, const char *clean, size_t max)
{
	size_t glen = strlen(got), clen = strlen(clean);
	size_t elen = strlen(ELLIPSIS), keep;
	size_t bad;

	FUZZ_CHECK(utf8_valid(got, glen, &bad), "cut inside a character");
	if (chars(clean, clen) <= max) {
		FUZZ_CHECK(!strcmp(got, clean), "'%s' became '%s'", clean,
			   got);
		return;
	}
	FUZZ_CHECK(glen >= elen && !strcmp(got + glen - elen, ELLIPSIS),
		   "'%s' was cut without an ellipsis: '%s'", clean, got);
	keep = glen - elen;
	FUZZ_CHECK(keep <= clen && !memcmp(got, clean, keep),
		   "'%s' is no prefix of '%s'", got, clean);
	FUZZ_CHECK(chars(got, keep) <= max, "'%s' keeps more than %zu "
		   "characters", got, max);
	FUZZ_CHECK(keep == 0 || got[keep - 1] != ' ', "'%s' ends in a "
		   "space", got);
}

/* Quote the label and check the result. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	size_t max = size ? (size_t)data[0] + 1 : 40;
	char *text = size ? xstrndup((const char *)data + 1, size - 1)
			  : xstrdup("");
	struct strbuf sb;
	size_t bad;

	strbuf_init(&sb);
	chart_quote(&sb, text, max);
	if (utf8_valid(text, strlen(text), &bad)) {
		char *got = decode(sb.buf, sb.len);
		char *clean = cleaned(text);
		check_decoded(got, clean, max);
		free(clean);
		free(got);
	}
	strbuf_release(&sb);
	free(text);
	return 0;
}

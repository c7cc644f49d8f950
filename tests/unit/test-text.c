/* SPDX-License-Identifier: Apache-2.0 */
/*
 * test-text.c - the text helpers everything else trusts: strict number
 * parsing, UTF-8 validation, rounding to 4 decimals, trimming.
 */
#include "config.h"
#include "tests.h"

#include <stdlib.h>
#include <string.h>

#include "base/strpool.h"

START_TEST(numbers_strict)
{
	double v;

	ck_assert(parse_number("12", &v) && v == 12);
	ck_assert(parse_number("-0.5", &v) && v == -0.5);
	ck_assert(parse_number("+.25", &v) && v == 0.25);
	ck_assert(parse_number("1e3", &v) && v == 1000);
	ck_assert(parse_number("2.", &v) && v == 2);
	ck_assert(!parse_number("", &v));
	ck_assert(!parse_number(" 1", &v));
	ck_assert(!parse_number("1 ", &v));
	ck_assert(!parse_number("1,5", &v));
	ck_assert(!parse_number("0x10", &v));
	ck_assert(!parse_number("inf", &v));
	ck_assert(!parse_number("nan", &v));
	ck_assert(!parse_number("1e999", &v));
	ck_assert(!parse_number("1e", &v));
	ck_assert(!parse_number(".", &v));
	ck_assert(!parse_number("--1", &v));
}
END_TEST

START_TEST(utf8_validation)
{
	size_t bad;

	ck_assert(utf8_valid("plain", 5, &bad));
	ck_assert(utf8_valid("d\xc3\xa9j\xc3\xa0", 6, &bad));
	ck_assert(utf8_valid("\xe4\xb8\xad", 3, &bad));
	ck_assert(utf8_valid("\xf0\x9f\x98\x80", 4, &bad));
	ck_assert(!utf8_valid("a\xff", 2, &bad));
	ck_assert_uint_eq(bad, 1);
	ck_assert(!utf8_valid("\xc3", 1, &bad));		/* truncated */
	ck_assert(!utf8_valid("\xc0\xaf", 2, &bad));		/* overlong */
	ck_assert(!utf8_valid("\xed\xa0\x80", 3, &bad));	/* surrogate */
	ck_assert(!utf8_valid("\xf4\x90\x80\x80", 4, &bad));	/* > U+10FFFF */
}
END_TEST

START_TEST(rounding_to_four_decimals)
{
	ck_assert(round4(0.123449) == 0.1234);
	ck_assert(round4(0.12345678) == 0.1235);
	ck_assert(round4(2.0 / 3.0) == 0.6667);
	ck_assert(round4(1) == 1);
	ck_assert(round4(0) == 0);
	ck_assert(!signbit(round4(-0.00001)));
}
END_TEST

START_TEST(trimming)
{
	char *s = trim_dup("  \t yes \r\n");
	ck_assert_str_eq(s, "yes");
	free(s);
	s = trim_dup("   ");
	ck_assert_str_eq(s, "");
	free(s);
	/* NO-BREAK SPACE, IDEOGRAPHIC SPACE, NARROW NO-BREAK SPACE */
	s = trim_dup("\xc2\xa0yes\xe3\x80\x80\xe2\x80\xaf");
	ck_assert_str_eq(s, "yes");
	free(s);
	/* Inner spaces stay; a lone continuation byte is not a space. */
	s = trim_dup(" caf\xc3\xa9 au lait\xc2\xa0");
	ck_assert_str_eq(s, "caf\xc3\xa9 au lait");
	free(s);
}
END_TEST

/* The tally's string pool (it replaced glibc's obstack, whose macros do
 * arithmetic on a null pointer: fuzz-answers and fuzz-report, UBSan):
 * copies are NUL-ended, stay where they are when later strings open
 * new blocks, and a string longer than a block gets its own. */
START_TEST(fuzz_pool_strings_stay_put)
{
	struct strpool p;
	char *first, *big, *later;
	char *long_text = malloc(100000);

	memset(long_text, 'x', 99999);
	long_text[99999] = '\0';
	strpool_init(&p);
	first = strpool_copy(&p, "yes and more", 3);
	ck_assert_str_eq(first, "yes");
	for (int k = 0; k < 30000; k++)
		later = strpool_copy(&p, "partial", 7);
	big = strpool_copy(&p, long_text, 99999);
	later = strpool_copy(&p, "", 0);
	ck_assert_str_eq(first, "yes");
	ck_assert_uint_eq(strlen(big), 99999);
	ck_assert_str_eq(later, "");
	strpool_release(&p);
	ck_assert_ptr_null(p.head);
	strpool_release(&p);	/* twice is harmless */
	free(long_text);
}
END_TEST

Suite *suite_text(void)
{
	Suite *s = suite_create("text");
	ADD_TEST(s, numbers_strict);
	ADD_TEST(s, utf8_validation);
	ADD_TEST(s, rounding_to_four_decimals);
	ADD_TEST(s, trimming);
	ADD_TEST(s, fuzz_pool_strings_stay_put);
	return s;
}

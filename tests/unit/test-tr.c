/* SPDX-License-Identifier: Apache-2.0 */
/*
 * test-tr.c - the reports' words in a --lang language (publish/tr.h):
 * English and no language give the word itself, a catalog's language
 * its translation (from the build tree's locale/, GAPSCORE_LOCALEDIR),
 * a language without a catalog the English word; the lookup leaves
 * LANGUAGE as it was; rating codes stay codes; Arabic is right to left.
 */
#include "config.h"
#include "tests.h"
#include "publish/tr.h"
#include "base/i18n.h"

#include <stdlib.h>
#include <string.h>

/* Point libintl at the build tree's catalogs; false when the tests run
 * without them (then the catalog checks are skipped). */
static bool bind_build_catalogs(void)
{
	const char *dir = getenv("GAPSCORE_LOCALEDIR");

	if (!dir || !*dir)
		return false;
	bindtextdomain(TEXT_DOMAIN, dir);
	bind_textdomain_codeset(TEXT_DOMAIN, "UTF-8");
	return true;
}

/* English, or no language: the very word, not a copy. */
START_TEST(test_tr_english)
{
	const char *word = "Summary";

	ck_assert_ptr_eq(tr_word(NULL, word), word);
	ck_assert_ptr_eq(tr_word("en", word), word);
	ck_assert_ptr_eq(tr_word("", word), word);
	ck_assert_str_eq(tr_rating(NULL, "moderate"), "moderate");
	ck_assert(tr_has_catalog(NULL));
}
END_TEST

/* The five catalogs translate; one that does not exist leaves English;
 * LANGUAGE is what it was before. */
START_TEST(test_tr_catalogs)
{
	if (!bind_build_catalogs())
		return;
	setenv("LANGUAGE", "es", 1);
	ck_assert_str_eq(tr_word("fr", "Summary"), "Synthèse");
	ck_assert_str_eq(tr_word("ru", "Summary"), "Сводка");
	ck_assert_str_eq(tr_word("zh", "Summary"), "摘要");
	ck_assert_str_eq(tr_word("ar", "Summary"), "الملخص");
	ck_assert_str_eq(tr_word("es", "Summary"), "Resumen");
	/* The French lookup after the Chinese one is French again. */
	ck_assert_str_eq(tr_word("fr", "Gap"), "Écart");
	ck_assert_str_eq(tr_word("de", "Summary"), "Summary");
	ck_assert_str_eq(getenv("LANGUAGE"), "es");
	unsetenv("LANGUAGE");
	ck_assert_str_eq(tr_word("fr", "no gap"), "pas d'écart");
	ck_assert_ptr_null(getenv("LANGUAGE"));
	ck_assert(tr_has_catalog("fr"));
	ck_assert(tr_has_catalog("zh"));
	ck_assert(!tr_has_catalog("de"));
}
END_TEST

/* Implementation ratings are words, translated; C, LC, PC, NC stay. */
START_TEST(test_tr_ratings)
{
	if (!bind_build_catalogs())
		return;
	ck_assert_str_eq(tr_rating("fr", "moderate"), "modéré");
	ck_assert_str_eq(tr_rating("es", "high"), "alto");
	ck_assert_str_eq(tr_rating("fr", "PC"), "PC");
	ck_assert_str_eq(tr_rating("zh", "NC"), "NC");
	ck_assert_ptr_null(tr_rating("fr", NULL));
}
END_TEST

/* Arabic right to left; the other UN languages left to right. */
START_TEST(test_tr_direction)
{
	ck_assert(tr_rtl("ar"));
	ck_assert_str_eq(tr_dir("ar"), "rtl");
	ck_assert(!tr_rtl("fr"));
	ck_assert(!tr_rtl("zh"));
	ck_assert(!tr_rtl(NULL));
	ck_assert_str_eq(tr_dir("ru"), "ltr");
	ck_assert_str_eq(tr_dir(NULL), "ltr");
}
END_TEST

/* The suite. */
Suite *suite_tr(void)
{
	Suite *s = suite_create("tr");
	TCase *tc = tcase_create("tr");

	tcase_add_test(tc, test_tr_english);
	tcase_add_test(tc, test_tr_catalogs);
	tcase_add_test(tc, test_tr_ratings);
	tcase_add_test(tc, test_tr_direction);
	suite_add_tcase(s, tc);
	return s;
}

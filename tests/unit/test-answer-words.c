/* SPDX-License-Identifier: Apache-2.0 */
/*
 * test-answer-words.c - answer words in the expert's language: the
 * table's words and their canonical answers, case folding and NFC, what a
 * question's kind takes, and the loader with a lang column or --lang
 * (tally.lang), hand-made rows scored like the English ones.
 */
#include "config.h"
#include "tests.h"
#include "load/answer-words.h"

#include <stdlib.h>
#include <string.h>

#define IND \
	"id,instrument,article,dimension,question,answer_type,scoring\n" \
	"A,UNTOC,5,legislative,q,yesno,\n" \
	"B,UNTOC,5,legislative,q,yesnopartial,\n" \
	"C,UNTOC,6,legislative,q,choice:none|some,none=0;some=1\n"

/* The canonical of word in lang for a yesnopartial question, "" for
 * none. */
static const char *yp(const char *lang, const char *word)
{
	const char *c = answer_words_canonical(lang, ANSWER_YESNOPARTIAL, word);

	return c ? c : "";
}

/* A condition's answers in a reader's words, English as written. */
START_TEST(values_of_a_condition_in_the_language)
{
	struct strbuf sb;

	strbuf_init(&sb);
	answer_words_values(&sb, "fr", "yes|partial", " ou ");
	ck_assert_str_eq(sb.buf, "oui ou partiel");
	strbuf_reset(&sb);
	answer_words_values(&sb, "ru", "no", " или ");
	ck_assert_str_eq(sb.buf, "нет");
	strbuf_reset(&sb);
	answer_words_values(&sb, NULL, "yes|3", "|");
	ck_assert_str_eq(sb.buf, "yes|3");
	strbuf_release(&sb);
}
END_TEST

START_TEST(every_language_has_its_words)
{
	ck_assert_str_eq(yp("fr", "oui"), "yes");
	ck_assert_str_eq(yp("fr", "non"), "no");
	ck_assert_str_eq(yp("fr", "partiel"), "partial");
	ck_assert_str_eq(yp("fr", "partiellement"), "partial");
	ck_assert_str_eq(yp("fr", "s.o."), "n/a");
	ck_assert_str_eq(yp("fr", "sans objet"), "n/a");
	ck_assert_str_eq(yp("fr", "ne sait pas"), "unknown");
	ck_assert_str_eq(yp("es", "sí"), "yes");
	ck_assert_str_eq(yp("es", "si"), "yes");
	ck_assert_str_eq(yp("es", "no"), "no");
	ck_assert_str_eq(yp("es", "parcial"), "partial");
	ck_assert_str_eq(yp("es", "no aplica"), "n/a");
	ck_assert_str_eq(yp("es", "n.a."), "n/a");
	ck_assert_str_eq(yp("es", "no sabe"), "unknown");
	ck_assert_str_eq(yp("ru", "да"), "yes");
	ck_assert_str_eq(yp("ru", "нет"), "no");
	ck_assert_str_eq(yp("ru", "частично"), "partial");
	ck_assert_str_eq(yp("ru", "н/п"), "n/a");
	ck_assert_str_eq(yp("ru", "не знаю"), "unknown");
	ck_assert_str_eq(yp("ar", "نعم"), "yes");
	ck_assert_str_eq(yp("ar", "لا"), "no");
	ck_assert_str_eq(yp("ar", "جزئيا"), "partial");
	ck_assert_str_eq(yp("ar", "لا ينطبق"), "n/a");
	ck_assert_str_eq(yp("ar", "لا أعرف"), "unknown");
	ck_assert_str_eq(yp("zh", "是"), "yes");
	ck_assert_str_eq(yp("zh", "否"), "no");
	ck_assert_str_eq(yp("zh", "部分"), "partial");
	ck_assert_str_eq(yp("zh", "不适用"), "n/a");
	ck_assert_str_eq(yp("zh", "不知道"), "unknown");
	/* A word of another language is not lang's. */
	ck_assert_str_eq(yp("fr", "да"), "");
	ck_assert_str_eq(yp("es", "oui"), "");
	ck_assert(answer_words_has_lang("zh"));
	ck_assert(answer_words_has_lang("en"));
	ck_assert(!answer_words_has_lang("de"));
}
END_TEST

START_TEST(case_and_normalization_do_not_matter)
{
	/* Upper case, in Latin and Cyrillic script; spaces around. */
	ck_assert_str_eq(yp("fr", "  OUI "), "yes");
	ck_assert_str_eq(yp("fr", "Sans Objet"), "n/a");
	ck_assert_str_eq(yp("ru", "ДА"), "yes");
	ck_assert_str_eq(yp("ru", "НеТ"), "no");
	/* sí with a combining acute accent (NFD) is the precomposed one. */
	ck_assert_str_eq(yp("es", "s\xcc\x81" "i"), "");
	ck_assert_str_eq(yp("es", "si\xcc\x81"), "yes");
	ck_assert_str_eq(yp("es", "S\xc3\x8d"), "yes");
	/* English is every language's, in any case. */
	ck_assert_str_eq(yp("fr", "Yes"), "yes");
	ck_assert_str_eq(yp("zh", "N/A"), "n/a");
	ck_assert_str_eq(yp(NULL, "UNKNOWN"), "unknown");
	ck_assert_str_eq(yp(NULL, "oui"), "");
	/* Not UTF-8: no word. */
	ck_assert_str_eq(yp("fr", "\xff"), "");
}
END_TEST

START_TEST(the_kind_decides_what_is_taken)
{
	const char *c;

	/* partial only for yesnopartial; yes and no not for a choice
	 * (whose options are the set's own words); n/a and unknown for
	 * every kind. */
	ck_assert_ptr_null(answer_words_canonical("fr", ANSWER_YESNO,
						  "partiel"));
	ck_assert_ptr_null(answer_words_canonical("fr", ANSWER_CHOICE, "oui"));
	c = answer_words_canonical("fr", ANSWER_CHOICE, "inconnu");
	ck_assert_str_eq(c, "unknown");
	c = answer_words_canonical("zh", ANSWER_NUMBER, "不适用");
	ck_assert_str_eq(c, "n/a");
	c = answer_words_canonical("zh", ANSWER_YESNO, "否");
	ck_assert_str_eq(c, "no");
}
END_TEST

START_TEST(describe_lists_the_words_a_kind_takes)
{
	struct strbuf sb;

	strbuf_init(&sb);
	answer_words_describe("zh", ANSWER_YESNO, &sb);
	ck_assert_str_eq(sb.buf, "是, 否, 不适用, 未知, 不知道");
	strbuf_reset(&sb);
	answer_words_describe("es", ANSWER_CHOICE, &sb);
	ck_assert_str_eq(sb.buf, "no aplica, n.a., desconocido, no sabe");
	strbuf_release(&sb);
}
END_TEST

START_TEST(a_lang_column_scores_like_english)
{
	/* e1 in French, e2 in Russian, e3 in English with no lang: each
	 * answer is stored as its canonical word and scored as it. */
	struct fixture f;
	const struct assessment *as;

	fixture_load(&f, IND,
		     "country,round,expert,indicator,answer,lang\n"
		     "XEA,2026,e1,A,Oui,fr\n"
		     "XEA,2026,e1,B,partiellement,fr\n"
		     "XEA,2026,e1,C,sans objet,fr\n"
		     "XEA,2026,e2,A,нет,ru\n"
		     "XEA,2026,e2,B,частично,ru\n"
		     "XEA,2026,e2,C,some,ru\n"
		     "XEA,2026,e3,A,Yes,\n"
		     "XEA,2026,e3,B,no,\n"
		     "XEA,2026,e3,C,unknown,\n");
	if (f.status != DIAG_OK)
		fixture_print_diags(&f);
	ck_assert_int_eq(f.status, DIAG_OK);
	as = &f.in.tally.items[0];
	ck_assert_uint_eq(as->nrows, 9);
	/* Sorted by indicator, then expert. */
	ck_assert_str_eq(as->rows[0].answer, "yes");
	ck_assert_double_eq(as->rows[0].score, 1);
	ck_assert_str_eq(as->rows[1].answer, "no");
	ck_assert_double_eq(as->rows[1].score, 0);
	ck_assert_str_eq(as->rows[2].answer, "Yes");	/* as written */
	ck_assert_str_eq(as->rows[3].answer, "partial");
	ck_assert_double_eq(as->rows[3].score, 0.5);
	ck_assert_str_eq(as->rows[4].answer, "partial");
	ck_assert_str_eq(as->rows[6].answer, "n/a");
	ck_assert_int_eq(as->rows[6].cls, ANSWER_NA);
	ck_assert_str_eq(as->rows[7].answer, "some");
	ck_assert_int_eq(as->rows[8].cls, ANSWER_MISSING);
	fixture_release(&f);
}
END_TEST

START_TEST(unknown_words_and_langs_are_errors)
{
	struct fixture f;

	fixture_load(&f, IND,
		     "country,round,expert,indicator,answer,lang\n"
		     "XEA,2026,e1,A,partiel,fr\n"
		     "XEA,2026,e1,B,oui,es\n"
		     "XEA,2026,e1,C,oui,xx\n");
	ck_assert_int_eq(f.status, DIAG_INVALID);
	/* partiel is French, but A is yes/no. */
	ck_assert(fixture_has_error(&f, 2, "answer 'partiel' is not valid; "
				    "expected yes or no"));
	ck_assert(fixture_has_error(&f, 2, "in 'fr' (the answers' lang) "
				    "also oui, non, s.o., sans objet, "
				    "inconnu, ne sait pas"));
	ck_assert(fixture_has_error(&f, 3, "in 'es' (the answers' lang) "
				    "also sí, si, no, parcial"));
	ck_assert(fixture_has_error(&f, 4, "lang 'xx' has no answer words"));
	fixture_release(&f);
}
END_TEST

START_TEST(tally_lang_is_the_default)
{
	/* --lang (tally.lang) for the rows with no lang cell; a row's own
	 * cell wins. */
	char *ind = fixture_file(IND);
	char *ans = fixture_file("country,round,expert,indicator,answer,lang\n"
				 "XEA,2026,e1,A,oui,\n"
				 "XEA,2026,e1,B,да,ru\n");
	struct diag_list dl;
	struct inputs in;
	enum diag_status st;

	diag_list_init(&dl);
	inputs_init(&in);
	in.tally.lang = "fr";
	st = inputs_load(&in, &ind, 1, &ans, 1, &dl);
	ck_assert_int_eq(st, DIAG_OK);
	ck_assert_str_eq(in.tally.items[0].rows[0].answer, "yes");
	ck_assert_str_eq(in.tally.items[0].rows[1].answer, "yes");
	inputs_release(&in);
	diag_list_release(&dl);
	fixture_remove(ind);
	fixture_remove(ans);
}
END_TEST

Suite *suite_answer_words(void)
{
	Suite *s = suite_create("answer-words");
	ADD_TEST(s, every_language_has_its_words);
	ADD_TEST(s, values_of_a_condition_in_the_language);
	ADD_TEST(s, case_and_normalization_do_not_matter);
	ADD_TEST(s, the_kind_decides_what_is_taken);
	ADD_TEST(s, describe_lists_the_words_a_kind_takes);
	ADD_TEST(s, a_lang_column_scores_like_english);
	ADD_TEST(s, unknown_words_and_langs_are_errors);
	ADD_TEST(s, tally_lang_is_the_default);
	return s;
}

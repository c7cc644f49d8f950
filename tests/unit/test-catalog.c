/* SPDX-License-Identifier: Apache-2.0 */
/*
 * test-catalog.c - selecting indicators for list and template: every
 * filter alone and together, --match ignoring case in any script,
 * translations with their fallback, the allowed answers of every answer
 * type, and the exact template and listings of a small set, with formulas
 * neutralised.
 */
#include "config.h"
#include "tests.h"
#include "load/catalog.h"
#include "publish/catalog-out.h"
#include "load/pattern.h"
#include "base/strbuf.h"

#include <stdlib.h>
#include <string.h>

/*
 * Seven indicators in two instruments: A2 asks about the "État" (for the
 * Unicode search), C1's question starts with "=" (a formula), A1 and B1
 * are translated into French, and so is the title of UNTOC art. 5.
 */
static const char set_csv[] =
	"id,instrument,article,article_title,dimension,obligation,question,"
	"answer_type,scoring,crime_type,ta_category,paragraph,depends_on,"
	"valid_regex,question@fr,article_title@fr\n"
	"A1,UNTOC,5,Participation,legislative,mandatory,"
	"Is agreeing to commit a serious crime an offence?,yesno,,"
	"organized-crime,legislative-drafting,1(a)(i),,,"
	"Est-ce une infraction ?,Participation à un groupe\n"
	"A2,UNTOC,5,Participation,implementation,consider,"
	"How well is the État informed (1-5)?,scale:1-5,,"
	"organized-crime;Money-Laundering,capacity-building;data-collection,"
	",A1=yes,,,\n"
	"B1,UNTOC,24,Witness protection,legislative,optional,"
	"Does the law protect witnesses?,yesnopartial,,"
	"obstruction-of-justice,victim-protection,1,,,"
	"Protège-t-elle les témoins ?,\n"
	"B2,UNTOC,24,Witness protection,implementation,mandatory,"
	"Share of WITNESSES protected?,percent,,obstruction-of-justice,,,,,,\n"
	"C1,TIP,5,Criminalization,legislative,mandatory,"
	"\"=HYPERLINK(\"\"x\"\") cases?\",number,>=1:1;*:0,"
	"trafficking-in-persons,,,,,,\n"
	"C2,TIP,5,Criminalization,legislative,mandatory,Status of the law?,"
	"choice:none|draft|enacted,none=0;draft=0.5;enacted=1,"
	"trafficking-in-persons;money-laundering,legislative-drafting,,,,,\n"
	"C3,TIP,6,Assistance,implementation,mandatory,Cite the case file.,"
	"text,,,,,,[A-Z]{2}-[0-9]+,,\n";

/* Load set_csv; fail the test if it does not load. */
static void load(struct fixture *f)
{
	fixture_load(f, set_csv, NULL);
	if (f->status != DIAG_OK) {
		fixture_print_diags(f);
		ck_abort_msg("fixture did not load");
	}
}

/* The ids f selects, space-separated (caller frees); checks that they
 * come in set order. */
static char *selected(const struct indset *set, const struct catalog_filter *f)
{
	struct strbuf sb;
	size_t *idx, n;
	char *err = NULL;

	ck_assert(catalog_select(set, f, &idx, &n, &err));
	ck_assert_ptr_null(err);
	strbuf_init(&sb);
	for (size_t k = 0; k < n; k++) {
		ck_assert_uint_lt(idx[k], set->count);
		if (k > 0)
			ck_assert_uint_gt(idx[k], idx[k - 1]);
		if (sb.len)
			strbuf_addch(&sb, ' ');
		strbuf_adds(&sb, set->items[idx[k]].id);
	}
	free(idx);
	return strbuf_detach(&sb);
}

/* Assert that f selects exactly the ids in want. */
#define ck_assert_selects(set, f, want)                  \
	do {                                             \
		char *got_ = selected((set), (f));       \
		ck_assert_str_eq(got_, (want));          \
		free(got_);                              \
	} while (0)

/* Assert that pattern source, searched (in lang), selects want. */
static void check_match(const struct indset *set, const char *source,
			const char *lang, const char *want)
{
	struct catalog_filter f;
	char *err = NULL;
	struct pattern *p = pattern_new_search(source, &err);

	ck_assert_msg(p != NULL, "'%s' does not compile: %s", source, err);
	catalog_filter_init(&f);
	f.match = p;
	f.lang = lang;
	ck_assert_selects(set, &f, want);
	pattern_free(p);
}

START_TEST(no_filter_selects_all_in_set_order)
{
	struct fixture fx;
	struct catalog_filter f;

	load(&fx);
	catalog_filter_init(&f);
	ck_assert_selects(&fx.in.set, &f, "A1 A2 B1 B2 C1 C2 C3");
	fixture_release(&fx);
}
END_TEST

START_TEST(each_filter_alone)
{
	static const char *const tip[] = { "TIP" };
	static const char *const both[] = { "TIP", "UNTOC" };
	struct fixture fx;
	struct catalog_filter f;
	const struct indset *set;

	load(&fx);
	set = &fx.in.set;

	catalog_filter_init(&f);
	f.instruments = tip;
	f.ninstruments = 1;
	ck_assert_selects(set, &f, "C1 C2 C3");
	f.instruments = both;
	f.ninstruments = 2;
	ck_assert_selects(set, &f, "A1 A2 B1 B2 C1 C2 C3");

	catalog_filter_init(&f);
	f.article = "5";
	ck_assert_selects(set, &f, "A1 A2 C1 C2");
	f.article = "24";
	ck_assert_selects(set, &f, "B1 B2");
	f.article = "2";	/* exact: not a prefix of 24 */
	ck_assert_selects(set, &f, "");

	catalog_filter_init(&f);
	f.dimension = "implementation";
	ck_assert_selects(set, &f, "A2 B2 C3");

	catalog_filter_init(&f);
	f.obligation = OBLIGATION_CONSIDER;
	ck_assert_selects(set, &f, "A2");
	f.obligation = OBLIGATION_OPTIONAL;
	ck_assert_selects(set, &f, "B1");
	f.obligation = OBLIGATION_MANDATORY;
	ck_assert_selects(set, &f, "A1 B2 C1 C2 C3");

	/* One of the ;-separated values, whatever their case. */
	catalog_filter_init(&f);
	f.crime_type = "money-laundering";
	ck_assert_selects(set, &f, "A2 C2");
	f.crime_type = "ORGANIZED-CRIME";
	ck_assert_selects(set, &f, "A1 A2");
	f.crime_type = "organized";	/* whole values only */
	ck_assert_selects(set, &f, "");

	catalog_filter_init(&f);
	f.ta_category = "data-collection";
	ck_assert_selects(set, &f, "A2");
	f.ta_category = "Legislative-Drafting";
	ck_assert_selects(set, &f, "A1 C2");
	fixture_release(&fx);
}
END_TEST

START_TEST(filters_combine_with_and)
{
	static const char *const untoc[] = { "UNTOC" };
	struct fixture fx;
	struct catalog_filter f;
	struct pattern *p;
	char *err = NULL;

	load(&fx);
	catalog_filter_init(&f);
	f.instruments = untoc;
	f.ninstruments = 1;
	f.article = "5";
	ck_assert_selects(&fx.in.set, &f, "A1 A2");
	f.dimension = "legislative";
	ck_assert_selects(&fx.in.set, &f, "A1");
	f.obligation = OBLIGATION_CONSIDER;
	ck_assert_selects(&fx.in.set, &f, "");

	catalog_filter_init(&f);
	f.crime_type = "money-laundering";
	f.ta_category = "legislative-drafting";
	ck_assert_selects(&fx.in.set, &f, "C2");

	p = pattern_new_search("witness", &err);
	ck_assert_ptr_nonnull(p);
	catalog_filter_init(&f);
	f.match = p;
	f.dimension = "implementation";
	ck_assert_selects(&fx.in.set, &f, "B2");
	pattern_free(p);
	fixture_release(&fx);
}
END_TEST

START_TEST(match_ignores_case_in_any_script)
{
	struct fixture fx;

	load(&fx);
	check_match(&fx.in.set, "witness", NULL, "B1 B2");
	check_match(&fx.in.set, "WITNESSES", NULL, "B1 B2");
	/* Unicode case folding: "état" finds "État", "ÉTAT" too. */
	check_match(&fx.in.set, "état", NULL, "A2");
	check_match(&fx.in.set, "ÉTAT", NULL, "A2");
	/* \w knows accented letters; . is one character, not one byte. */
	check_match(&fx.in.set, "\\b\\wtat\\b", NULL, "A2");
	check_match(&fx.in.set, "the .tat", NULL, "A2");
	check_match(&fx.in.set, "^(is|does)\\b", NULL, "A1 B1");
	check_match(&fx.in.set, "no such words", NULL, "");
	fixture_release(&fx);
}
END_TEST

START_TEST(match_searches_the_translation_or_the_default)
{
	struct fixture fx;

	load(&fx);
	/* A1 and B1 are searched in French, the others in English. */
	check_match(&fx.in.set, "infraction|TÉMOINS", "fr", "A1 B1");
	check_match(&fx.in.set, "offence", "fr", "");
	check_match(&fx.in.set, "offence", NULL, "A1");
	check_match(&fx.in.set, "witness", "fr", "B2");
	check_match(&fx.in.set, "witness", "de", "B1 B2");
	fixture_release(&fx);
}
END_TEST

START_TEST(pattern_that_gives_up_is_reported)
{
	struct strbuf sb;
	struct fixture fx;
	struct catalog_filter f;
	struct pattern *p;
	size_t *idx = NULL, n = 99;
	char *err = NULL;

	strbuf_init(&sb);
	strbuf_adds(&sb, "id,instrument,article,dimension,question,"
		    "answer_type\nQ1,UNTOC,5,legislative,");
	for (int i = 0; i < 40; i++)
		strbuf_addch(&sb, 'a');
	strbuf_adds(&sb, "b,yesno\n");
	fixture_load(&fx, sb.buf, NULL);
	ck_assert_int_eq(fx.status, DIAG_OK);
	p = pattern_new_search("^(a|aa)+$", &err);
	ck_assert_ptr_nonnull(p);
	catalog_filter_init(&f);
	f.match = p;
	ck_assert(!catalog_select(&fx.in.set, &f, &idx, &n, &err));
	ck_assert_ptr_null(idx);
	ck_assert_uint_eq(n, 0);
	ck_assert_ptr_nonnull(strstr(err, "indicator 'Q1'"));
	free(err);
	ck_assert_ptr_null(catalog_list_text(&fx.in.set, &f, NULL, &err));
	ck_assert_ptr_nonnull(err);
	free(err);
	pattern_free(p);
	strbuf_release(&sb);
	fixture_release(&fx);
}
END_TEST

START_TEST(translations_fall_back_to_the_default)
{
	struct fixture fx;
	const struct indset *set;

	load(&fx);
	set = &fx.in.set;
	ck_assert_str_eq(catalog_question(set, 0, "fr"),
			 "Est-ce une infraction ?");
	ck_assert_str_eq(catalog_question(set, 0, NULL),
			 "Is agreeing to commit a serious crime an offence?");
	ck_assert_str_eq(catalog_question(set, 0, "de"),
			 "Is agreeing to commit a serious crime an offence?");
	/* A2 has an empty question@fr cell: the default question. */
	ck_assert_str_eq(catalog_question(set, 1, "fr"),
			 "How well is the État informed (1-5)?");
	ck_assert_str_eq(catalog_question(set, 2, "fr"),
			 "Protège-t-elle les témoins ?");
	/* The article title is the article's: A2 shares A1's. */
	ck_assert_str_eq(catalog_article_title(set, 1, "fr"),
			 "Participation à un groupe");
	ck_assert_str_eq(catalog_article_title(set, 1, NULL), "Participation");
	ck_assert_str_eq(catalog_article_title(set, 2, "fr"),
			 "Witness protection");
	ck_assert(catalog_has_lang(set, "fr"));
	ck_assert(!catalog_has_lang(set, "de"));
	fixture_release(&fx);
}
END_TEST

START_TEST(allowed_answers_of_every_type)
{
	static const struct {
		const char *type, *scoring, *regex, *want;
	} cases[] = {
		{ "yesno", "", "", "yes or no; or n/a, unknown" },
		{ "yesnopartial", "", "",
		  "yes, partial or no; or n/a, unknown" },
		{ "scale:1-5", "", "",
		  "a number from 1 to 5; or n/a, unknown" },
		{ "scale:-2.5-2.5", "reverse", "",
		  "a number from -2.5 to 2.5; or n/a, unknown" },
		{ "percent", "", "",
		  "a number from 0 to 100; or n/a, unknown" },
		{ "number", ">=10:1;*:0", "", "a number; or n/a, unknown" },
		{ "choice:none|draft|enacted", "none=0;draft=0.5;enacted=1", "",
		  "one of none, draft, enacted; or n/a, unknown" },
		{ "text", "", "", "free text; or n/a, unknown" },
		{ "text", "", "[A-Z]{2}-[0-9]+",
		  "free text matching [A-Z]{2}-[0-9]+; or n/a, unknown" },
	};

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct fixture fx;
		char *csv, *got;

		csv = xasprintf("id,instrument,article,dimension,question,"
				"answer_type,scoring,valid_regex\n"
				"Q,UNTOC,5,legislative,q,%s,%s,%s\n",
				cases[i].type, cases[i].scoring,
				cases[i].regex);
		fixture_load(&fx, csv, NULL);
		ck_assert_msg(fx.status == DIAG_OK, "%s did not load",
			      cases[i].type);
		got = catalog_allowed_answers(&fx.in.set.items[0], NULL);
		ck_assert_str_eq(got, cases[i].want);
		free(got);
		free(csv);
		fixture_release(&fx);
	}
}
END_TEST

START_TEST(template_header_and_rows)
{
	static const char *const untoc[] = { "UNTOC" };
	static const char want[] =
		"country,round,expert,indicator,answer,confidence,evidence,"
		"good_practice,comment,question,allowed_answers,answer_type,"
		"instrument,article,article_title,dimension,paragraph,"
		"depends_on,obligation,guide_ref,lang,review\n"
		"XEA,2026,alpha,A1,,,,,,Est-ce une infraction ?,"
		"\"yes or no; or n/a, unknown\",yesno,UNTOC,5,"
		"Participation à un groupe,legislative,1(a)(i),,mandatory,,"
		"fr,\n"
		"XEA,2026,alpha,A2,,,,,,How well is the État informed (1-5)?,"
		"\"a number from 1 to 5; or n/a, unknown\",scale:1-5,UNTOC,5,"
		"Participation à un groupe,implementation,,A1=yes,consider,,"
		"fr,\n"
		"XEA,2026,alpha,B1,,,,,,Protège-t-elle les témoins ?,"
		"\"yes, partial or no; or n/a, unknown\",yesnopartial,UNTOC,24,"
		"Witness protection,legislative,1,,optional,,fr,\n"
		"XEA,2026,alpha,B2,,,,,,Share of WITNESSES protected?,"
		"\"a number from 0 to 100; or n/a, unknown\",percent,UNTOC,24,"
		"Witness protection,implementation,,,mandatory,,fr,\n";
	struct fixture fx;
	struct catalog_filter f;
	size_t rows = 0;
	char *csv, *err = NULL;

	load(&fx);
	catalog_filter_init(&f);
	f.instruments = untoc;
	f.ninstruments = 1;
	f.lang = "fr";
	csv = catalog_template_csv(&fx.in.set, &f, "XEA", "2026", "alpha",
				   &rows, &err);
	ck_assert_ptr_nonnull(csv);
	ck_assert_str_eq(csv, want);
	ck_assert_uint_eq(rows, 4);
	free(csv);

	/* The header names every column, answers columns first. */
	ck_assert_uint_eq(catalog_template_ncolumns, 22);
	ck_assert_str_eq(catalog_template_columns[0], "country");
	ck_assert_str_eq(
		catalog_template_columns[CATALOG_TEMPLATE_ANSWER_COLUMNS - 1],
		"comment");
	ck_assert_str_eq(
		catalog_template_columns[CATALOG_TEMPLATE_ANSWER_COLUMNS],
		"question");
	fixture_release(&fx);
}
END_TEST

START_TEST(template_neutralises_formulas)
{
	static const char *const tip[] = { "TIP" };
	static const char want[] =
		"XEA,r-1.a,e_x.1,C1,,,,,,\"'=HYPERLINK(\"\"x\"\") cases?\","
		"\"a number; or n/a, unknown\",number,TIP,5,Criminalization,"
		"legislative,,,";
	struct fixture fx;
	struct catalog_filter f;
	char *csv, *row, *err = NULL;

	load(&fx);
	catalog_filter_init(&f);
	f.instruments = tip;
	f.ninstruments = 1;
	f.dimension = "legislative";
	csv = catalog_template_csv(&fx.in.set, &f, "XEA", "r-1.a", "e_x.1",
				   NULL, &err);
	ck_assert_ptr_nonnull(csv);
	row = strchr(csv, '\n') + 1;
	ck_assert(!strncmp(row, want, strlen(want)));
	/* C2 follows; C3 is implementation. */
	ck_assert_ptr_nonnull(strstr(csv, "\nXEA,r-1.a,e_x.1,C2,"));
	ck_assert_ptr_null(strstr(csv, ",C3,"));
	free(csv);
	fixture_release(&fx);
}
END_TEST

START_TEST(template_of_nothing_is_an_error)
{
	static const char *const tip[] = { "TIP" };
	struct fixture fx;
	struct catalog_filter f;
	char *err = NULL;

	load(&fx);
	catalog_filter_init(&f);
	f.instruments = tip;
	f.obligation = OBLIGATION_OPTIONAL;
	f.ninstruments = 1;
	ck_assert_ptr_null(catalog_template_csv(&fx.in.set, &f, "XEA", "1",
						"a", NULL, &err));
	ck_assert_ptr_nonnull(strstr(err, "no indicator"));
	free(err);
	fixture_release(&fx);
}
END_TEST

START_TEST(list_text_blocks_and_count)
{
	static const char want[] =
		"B1  UNTOC art. 24 (legislative, optional)\n"
		"    Does the law protect witnesses?\n"
		"  answers: yes, partial or no; or n/a, unknown\n"
		"\n"
		"B2  UNTOC art. 24 (implementation, mandatory)\n"
		"    Share of WITNESSES protected?\n"
		"  answers: a number from 0 to 100; or n/a, unknown\n"
		"\n"
		"2 indicators\n";
	struct fixture fx;
	struct catalog_filter f;
	size_t n = 99;
	char *text, *err = NULL;

	load(&fx);
	catalog_filter_init(&f);
	f.article = "24";
	text = catalog_list_text(&fx.in.set, &f, &n, &err);
	ck_assert_str_eq(text, want);
	ck_assert_uint_eq(n, 2);
	free(text);

	f.article = "99";
	text = catalog_list_text(&fx.in.set, &f, &n, &err);
	ck_assert_str_eq(text, "0 indicators\n");
	ck_assert_uint_eq(n, 0);
	free(text);

	f.article = "6";
	text = catalog_list_text(&fx.in.set, &f, &n, &err);
	ck_assert_ptr_nonnull(strstr(text, "\n1 indicator\n"));
	free(text);
	fixture_release(&fx);
}
END_TEST

START_TEST(list_text_escapes_control_characters)
{
	struct fixture fx;
	struct catalog_filter f;
	char *text, *err = NULL;

	fixture_load(&fx, "id,instrument,article,dimension,question,"
		     "answer_type\nQ,UNTOC,5,legislative,"
		     "\"two\nlines \x1b[31mred\xc2\x9b\",yesno\n", NULL);
	ck_assert_int_eq(fx.status, DIAG_OK);
	catalog_filter_init(&f);
	text = catalog_list_text(&fx.in.set, &f, NULL, &err);
	ck_assert_ptr_nonnull(strstr(text, "    two\n    lines \\x1b[31mred"
				     "\\u009b\n"));
	free(text);
	fixture_release(&fx);
}
END_TEST

START_TEST(list_csv_rows_neutralised)
{
	static const char want[] =
		"id,instrument,article,article_title,dimension,obligation,"
		"answer_type,question,guide_ref,ta_category,crime_type\n"
		"A2,UNTOC,5,Participation,implementation,consider,scale:1-5,"
		"How well is the État informed (1-5)?,,"
		"capacity-building;data-collection,"
		"organized-crime;Money-Laundering\n"
		"C2,TIP,5,Criminalization,legislative,mandatory,"
		"choice:none|draft|enacted,Status of the law?,,"
		"legislative-drafting,trafficking-in-persons;money-laundering\n";
	struct fixture fx;
	struct catalog_filter f;
	char *csv, *err = NULL;

	load(&fx);
	catalog_filter_init(&f);
	f.crime_type = "MONEY-LAUNDERING";
	csv = catalog_list_csv(&fx.in.set, &f, NULL, &err);
	ck_assert_str_eq(csv, want);
	free(csv);

	catalog_filter_init(&f);
	f.instruments = (const char *const[]){ "TIP" };
	f.ninstruments = 1;
	f.article = "5";
	f.dimension = "legislative";
	f.obligation = OBLIGATION_MANDATORY;
	f.crime_type = "trafficking-in-persons";
	csv = catalog_list_csv(&fx.in.set, &f, NULL, &err);
	ck_assert_ptr_nonnull(strstr(csv, "\nC1,TIP,5,Criminalization,"
				     "legislative,mandatory,number,"
				     "\"'=HYPERLINK(\"\"x\"\") cases?\",,,"
				     "trafficking-in-persons\n"));
	free(csv);

	catalog_filter_init(&f);
	f.article = "99";
	csv = catalog_list_csv(&fx.in.set, &f, NULL, &err);
	ck_assert_str_eq(csv, "id,instrument,article,article_title,dimension,"
			 "obligation,answer_type,question,guide_ref,"
			 "ta_category,crime_type\n");
	free(csv);
	fixture_release(&fx);
}
END_TEST

START_TEST(unknown_instruments_and_dimensions)
{
	static const char *const some[] = { "TIP", "FOO", "BAR" };
	struct fixture fx;
	struct catalog_filter f;
	char *err;

	load(&fx);
	catalog_filter_init(&f);
	ck_assert_ptr_null(catalog_check_filter(&fx.in.set, &f));
	f.instruments = some;
	f.ninstruments = 1;
	f.dimension = "implementation";
	ck_assert_ptr_null(catalog_check_filter(&fx.in.set, &f));
	f.ninstruments = 2;
	err = catalog_check_filter(&fx.in.set, &f);
	ck_assert_str_eq(err, "'FOO' is not an instrument of the loaded "
			 "indicator sets; expected UNTOC or TIP");
	free(err);
	f.ninstruments = 3;
	err = catalog_check_filter(&fx.in.set, &f);
	ck_assert_str_eq(err, "'FOO', 'BAR' are not instruments of the loaded "
			 "indicator sets; expected UNTOC or TIP");
	free(err);
	f.ninstruments = 1;
	f.dimension = "Legislative";
	err = catalog_check_filter(&fx.in.set, &f);
	ck_assert_str_eq(err, "'Legislative' is not a dimension of the loaded "
			 "indicator sets; expected legislative or "
			 "implementation");
	free(err);
	fixture_release(&fx);
}
END_TEST

START_TEST(option_values)
{
	enum obligation o;

	ck_assert(catalog_valid_lang("fr"));
	ck_assert(!catalog_valid_lang("FR"));
	ck_assert(!catalog_valid_lang("fra"));
	ck_assert(!catalog_valid_lang("f"));
	ck_assert(!catalog_valid_lang(""));
	ck_assert(catalog_valid_expert("a"));
	ck_assert(catalog_valid_expert("Dr.J_Doe-2"));
	ck_assert(!catalog_valid_expert(""));
	ck_assert(!catalog_valid_expert("j doe"));
	ck_assert(!catalog_valid_expert("a/b"));
	ck_assert(catalog_valid_expert("x234567890123456789012345678901234567890"
				       "123456789012345678901234"));
	ck_assert(!catalog_valid_expert("x23456789012345678901234567890123456789"
					"01234567890123456789012345"));
	ck_assert(catalog_parse_obligation("consider", &o));
	ck_assert_int_eq(o, OBLIGATION_CONSIDER);
	ck_assert(catalog_parse_obligation("mandatory", &o));
	ck_assert_int_eq(o, OBLIGATION_MANDATORY);
	ck_assert(catalog_parse_obligation("optional", &o));
	ck_assert_int_eq(o, OBLIGATION_OPTIONAL);
	ck_assert(!catalog_parse_obligation("shall", &o));
	ck_assert(!catalog_parse_obligation("Mandatory", &o));
}
END_TEST

Suite *suite_catalog(void)
{
	Suite *s = suite_create("catalog");
	ADD_TEST(s, no_filter_selects_all_in_set_order);
	ADD_TEST(s, each_filter_alone);
	ADD_TEST(s, filters_combine_with_and);
	ADD_TEST(s, match_ignores_case_in_any_script);
	ADD_TEST(s, match_searches_the_translation_or_the_default);
	ADD_TEST(s, pattern_that_gives_up_is_reported);
	ADD_TEST(s, translations_fall_back_to_the_default);
	ADD_TEST(s, allowed_answers_of_every_type);
	ADD_TEST(s, template_header_and_rows);
	ADD_TEST(s, template_neutralises_formulas);
	ADD_TEST(s, template_of_nothing_is_an_error);
	ADD_TEST(s, list_text_blocks_and_count);
	ADD_TEST(s, list_text_escapes_control_characters);
	ADD_TEST(s, list_csv_rows_neutralised);
	ADD_TEST(s, unknown_instruments_and_dimensions);
	ADD_TEST(s, option_values);
	return s;
}

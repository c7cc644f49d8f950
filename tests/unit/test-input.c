/* SPDX-License-Identifier: Apache-2.0 */
/*
 * test-input.c - the files missions have (issue 13, item 1): what the
 * sniffer tells from the first bytes (kinds, the header's delimiter,
 * Windows-1252), decimal commas, the survey-export column rules
 * (metadata, group prefixes, select_multiple columns), a select_multiple
 * answer to a choice indicator, and the count of unknown ids.
 */
#include "config.h"
#include "tests.h"
#include "load/sniff.h"
#include "load/survey.h"
#include "load/answer-type.h"
#include "base/limits.h"

#include <stdlib.h>
#include <string.h>

/* sniff_file_kind over a byte literal. */
#define KIND(bytes) \
	sniff_file_kind((const unsigned char *)(bytes), sizeof(bytes) - 1)

/* sniff_delimiter over a string. */
#define DELIM(text) \
	sniff_delimiter((const unsigned char *)(text), strlen(text))

START_TEST(sniff_kinds)
{
	ck_assert_int_eq(KIND("country,round\n"), FILE_KIND_TEXT);
	ck_assert_int_eq(KIND("\xEF\xBB\xBF" "country;round\n"),
			 FILE_KIND_TEXT);
	ck_assert_int_eq(KIND("\xFF\xFE" "c\0o\0u\0"), FILE_KIND_UTF16LE);
	ck_assert_int_eq(KIND("c\0o\0u\0n\0"), FILE_KIND_UTF16LE);
	ck_assert_int_eq(KIND("\xFE\xFF\0c\0o"), FILE_KIND_UTF16BE);
	ck_assert_int_eq(KIND("\0c\0o\0u\0n"), FILE_KIND_UTF16BE);
	ck_assert_int_eq(KIND("\xFF\xFE\0\0c\0\0\0"), FILE_KIND_UTF32LE);
	ck_assert_int_eq(KIND("c\0\0\0o\0\0\0u\0\0\0"), FILE_KIND_UTF32LE);
	ck_assert_int_eq(KIND("\0\0\xFE\xFF\0\0\0c"), FILE_KIND_UTF32BE);
	ck_assert_int_eq(KIND("\0\0\0c\0\0\0o"), FILE_KIND_UTF32BE);
	ck_assert_int_eq(KIND("PK\3\4\24\0\6\0"), FILE_KIND_ZIP);
	ck_assert_int_eq(KIND("PK\3\4\24\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0"
			      "\0\0\0\0\0\0\0\0\0\0"
			      "mimetypeapplication/vnd.oasis.opendocument."
			      "spreadsheet"), FILE_KIND_ODS);
	ck_assert_int_eq(KIND("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0"),
			 FILE_KIND_XLS);
	ck_assert_int_eq(KIND("%PDF-1.7\n"), FILE_KIND_PDF);
	ck_assert_int_eq(KIND("  <!DOCTYPE html><table>"), FILE_KIND_HTML);
	ck_assert_int_eq(KIND("<?xml version=\"1.0\"?>"), FILE_KIND_XML);
	ck_assert_ptr_null(sniff_kind_message(FILE_KIND_TEXT));
	ck_assert(!strncmp(sniff_kind_message(FILE_KIND_UTF16LE),
			   "file is UTF-16 (little-endian)", 30));
	ck_assert(!strncmp(sniff_kind_message(FILE_KIND_ZIP),
			   "this is an XLSX workbook", 24));
	ck_assert(strstr(sniff_kind_message(FILE_KIND_XLS), "97-2003"));
}
END_TEST

START_TEST(sniff_delimiters)
{
	ck_assert_int_eq(DELIM("country,round,expert\n"), ',');
	ck_assert_int_eq(DELIM("country;round;expert\r\nX,Y,Z,W,V\n"), ';');
	ck_assert_int_eq(DELIM("country\tround\texpert"), '\t');
	ck_assert_int_eq(DELIM("\xEF\xBB\xBF" "a;b"), ';');
	/* quoted delimiters do not count; a tie is a comma */
	ck_assert_int_eq(DELIM("\"a;b;c\",d,e\n"), ',');
	ck_assert_int_eq(DELIM("\"x,\"\"y\"\",z\";b;c\n"), ';');
	ck_assert_int_eq(DELIM("a,b;c\n"), ',');
	ck_assert_int_eq(DELIM("single\n"), ',');
	/* a quoted line end is not the end of the header */
	ck_assert_int_eq(DELIM("\"a\nb\";c;d\n"), ';');
}
END_TEST

START_TEST(sniff_windows_1252)
{
	char ch[8];

	ck_assert(sniff_cp1252((const unsigned char *)"Code p\xe9nal", 10));
	ck_assert(sniff_cp1252((const unsigned char *)"\x93q\x94 \x96", 6));
	ck_assert(sniff_cp1252((const unsigned char *)"\x80" "5", 2));
	/* no high byte; an undefined byte; a multiplication sign */
	ck_assert(!sniff_cp1252((const unsigned char *)"plain", 5));
	ck_assert(!sniff_cp1252((const unsigned char *)"a\x81", 2));
	ck_assert(!sniff_cp1252((const unsigned char *)"2\xd7" "3", 3));
	/* shaped as UTF-8: a surrogate encoded, not Windows-1252 */
	ck_assert(!sniff_cp1252((const unsigned char *)"\xed\xa0\x80", 3));
	ck_assert_str_eq(sniff_cp1252_char(0xe9, ch, sizeof(ch)), "\xc3\xa9");
	ck_assert_str_eq(sniff_cp1252_char(0x92, ch, sizeof(ch)),
			 "\xe2\x80\x99");
	ck_assert_str_eq(sniff_cp1252_char(0x80, ch, sizeof(ch)),
			 "\xe2\x82\xac");
	ck_assert_str_eq(sniff_cp1252_char(0x81, ch, sizeof(ch)), "");
}
END_TEST

START_TEST(decimal_comma)
{
	double v = 0;
	char s[] = "2,5", t[] = "1,000,5", u[] = "3";

	ck_assert(parse_number_mark("2,5", DECIMAL_COMMA, &v) && v == 2.5);
	ck_assert(parse_number_mark("-0,5e3", DECIMAL_COMMA, &v) &&
		  v == -500);
	ck_assert(parse_number_mark("2.5", DECIMAL_COMMA, &v) && v == 2.5);
	ck_assert(!parse_number_mark("2,5", DECIMAL_POINT, &v));
	ck_assert(!parse_number_mark("1.000,5", DECIMAL_COMMA, &v));
	ck_assert(!parse_number_mark("1,000,000", DECIMAL_COMMA, &v));
	ck_assert(!parse_number_mark(",", DECIMAL_COMMA, &v));
	ck_assert(number_comma_to_point(s, DECIMAL_COMMA));
	ck_assert_str_eq(s, "2.5");
	ck_assert(!number_comma_to_point(t, DECIMAL_COMMA));
	ck_assert_str_eq(t, "1,000,5");
	ck_assert(!number_comma_to_point(u, DECIMAL_COMMA));
	ck_assert(strstr(number_hint_mark("1.000,5", DECIMAL_COMMA),
			 "one decimal comma or point"));
}
END_TEST

START_TEST(survey_metadata)
{
	static const char *const metadata[] = {
		"start", "end", "today", "deviceid", "_uuid", "_id",
		"_submission_time", "_index", "_validation_status",
		"__version__", "meta/instanceID", "meta-instanceID",
		"instanceID", "SubmissionDate", "KEY", "ReviewState",
	};
	static const char *const questions[] = {
		"UNTOC.5.L01", "country", "starts", "Start", "key",
		"metadata/x", "grp/_x",
	};

	for (size_t i = 0; i < sizeof(metadata) / sizeof(*metadata); i++)
		ck_assert_msg(survey_metadata_column(metadata[i]), "%s",
			      metadata[i]);
	for (size_t i = 0; i < sizeof(questions) / sizeof(*questions); i++)
		ck_assert_msg(!survey_metadata_column(questions[i]), "%s",
			      questions[i]);
}
END_TEST

/* The ids of a tiny set, for survey_strip_groups. */
static bool known_id(void *ctx, const char *part)
{
	(void)ctx;
	return !strcmp(part, "UNTOC.5.L01") || !strcmp(part, "A-B") ||
	       !strcmp(part, "country");
}

/* Fuzzing finding fuzz-answers-survey-empty-name: an empty column name
 * (a header ",SOM.8.L02,...") was read one byte past its end. The name
 * is a heap copy of one byte, so that valgrind and ASan see a read past
 * it. */
START_TEST(fuzz_survey_empty_name)
{
	char *name = xstrdup("");
	char *one = xstrdup("/");

	ck_assert_ptr_null(survey_strip_groups(name, known_id, NULL));
	ck_assert_ptr_null(survey_strip_groups(one, known_id, NULL));
	free(name);
	free(one);
}
END_TEST

START_TEST(survey_groups)
{
	const char *choice = NULL;
	size_t len = 0;

	ck_assert_str_eq(survey_strip_groups("untoc_art5/UNTOC.5.L01",
					     known_id, NULL), "UNTOC.5.L01");
	ck_assert_str_eq(survey_strip_groups("a/b/UNTOC.5.L01", known_id,
					     NULL), "UNTOC.5.L01");
	ck_assert_str_eq(survey_strip_groups("group-a-UNTOC.5.L01",
					     known_id, NULL), "UNTOC.5.L01");
	/* the longest known part: an id holding '-' keeps it */
	ck_assert_str_eq(survey_strip_groups("grp-A-B", known_id, NULL),
			 "A-B");
	ck_assert_str_eq(survey_strip_groups("intro-country", known_id,
					     NULL), "country");
	ck_assert_ptr_null(survey_strip_groups("grp/UNTOC.5.L02", known_id,
					       NULL));
	ck_assert_ptr_null(survey_strip_groups("UNTOC.5.L01/", known_id,
					       NULL));
	/* a name of many groups costs a few lookups, near its end */
	{
		char name[4096];

		memset(name, '-', sizeof(name));
		memcpy(name + sizeof(name) - 12, "UNTOC.5.L01", 12);
		ck_assert_str_eq(survey_strip_groups(name, known_id, NULL),
				 "UNTOC.5.L01");
	}
	ck_assert(survey_choice_column("g/UNTOC.5.L01/draft", &len, &choice));
	ck_assert_uint_eq(len, 13);
	ck_assert_str_eq(choice, "draft");
	ck_assert(!survey_choice_column("UNTOC.5.L01", &len, &choice));
	ck_assert(!survey_choice_column("g/", &len, &choice));
}
END_TEST

START_TEST(select_multiple_choice)
{
	struct answer_type at, yn;
	enum answer_type_field field;
	enum answer_class cls;
	double score = -1;
	char *err = NULL;

	ck_assert(answer_type_parse(&at, "choice:none|draft|enacted",
				    "none=0;draft=0.25;enacted=1", &err,
				    &field));
	/* the highest score of the options named */
	ck_assert(answer_type_score(&at, "none draft", &cls, &score, &err));
	ck_assert_int_eq(cls, ANSWER_SCORED);
	ck_assert(score == 0.25);
	ck_assert(answer_type_score(&at, " enacted  DRAFT ", &cls, &score,
				    &err));
	ck_assert(score == 1);
	ck_assert(!answer_type_score(&at, "draft bogus", &cls, &score,
				     &err));
	ck_assert(strstr(err, "answer 'draft bogus' is not valid"));
	free(err);
	answer_type_release(&at);
	ck_assert(answer_type_parse(&yn, "yesno", "", &err, &field));
	ck_assert(!answer_type_score(&yn, "yes no", &cls, &score, &err));
	ck_assert(strstr(err, "names 2 answers, as a select_multiple"));
	free(err);
	answer_type_release(&yn);
}
END_TEST

#define SURVEY_IND \
	"id,instrument,article,dimension,question,answer_type,scoring\n" \
	"U.1,UNTOC,5,legislative,q,yesno,\n" \
	"U.2,UNTOC,5,implementation,q,scale:1-5,\n" \
	"U.3,UNTOC,6,legislative,q,choice:none|draft|enacted," \
	"none=0;draft=0.25;enacted=1\n"

/* The score of the only answer to id in the only assessment. */
static double only_score(const struct fixture *f, const char *id)
{
	const struct assessment *as = &f->in.tally.items[0];
	struct answer_list list;
	size_t i;

	ck_assert(indset_find(&f->in.set, id, &i));
	list = tally_answers(as, i);
	ck_assert_uint_eq(list.count, 1);
	return list.items[0].score;
}

START_TEST(survey_export_loads)
{
	struct fixture f;

	fixture_load(&f, SURVEY_IND,
		     "start;_uuid;grp/country;grp/round;grp/expert;"
		     "art5/U.1;art5/U.2;art6/U.3;art6/U.3/none;"
		     "art6/U.3/draft;meta/instanceID;__version__\n"
		     "2026-03-02;7f3c;XEA;2026;e1;yes;2,5;draft enacted;0;"
		     "1;uuid:7f3c;vK9\n");
	if (f.status != DIAG_OK)
		fixture_print_diags(&f);
	ck_assert_int_eq(f.status, DIAG_OK);
	ck_assert_uint_eq(f.diags.count, 0);
	ck_assert_uint_eq(f.in.tally.count, 1);
	ck_assert(only_score(&f, "U.1") == 1);
	ck_assert(only_score(&f, "U.2") == 0.375);	/* (2.5 - 1) / 4 */
	ck_assert(only_score(&f, "U.3") == 1);
	fixture_release(&f);
}
END_TEST

START_TEST(unknown_ids_counted)
{
	struct fixture f;
	struct strbuf sb;

	strbuf_init(&sb);
	strbuf_adds(&sb, "country,round,expert,indicator,answer\n");
	for (int i = 1; i <= 7; i++)
		strbuf_addf(&sb, "XEA,2026,e1,TIP.3.L%02d,yes\n", i);
	fixture_load(&f, SURVEY_IND, sb.buf);
	ck_assert_int_eq(f.status, DIAG_INVALID);
	/* five one by one, and one line that counts all seven */
	ck_assert_uint_eq(f.diags.errors, 6);
	ck_assert(fixture_has_error(&f, 6, "unknown indicator 'TIP.3.L05'"));
	ck_assert(!fixture_has_error(&f, 7, "unknown indicator"));
	ck_assert(fixture_has_error(&f, 2, "7 answers name TIP indicators, "
				    "which no loaded set holds"));
	ck_assert_uint_eq(f.in.tally.nunknown, 1);
	ck_assert_str_eq(f.in.tally.unknown[0].instrument, "TIP");
	ck_assert_uint_eq(f.in.tally.unknown[0].answers, 7);
	ck_assert_uint_eq(f.in.tally.unknown[0].columns, 0);
	fixture_release(&f);
	strbuf_release(&sb);
}
END_TEST

START_TEST(unknown_instruments_bounded)
{
	struct fixture f;
	struct strbuf sb;

	/* 20 instruments AA to AT, one column each: 16 told apart, the last
	 * 4 counted with the ids of no instrument (4, fewer than 5: no
	 * counting line) */
	strbuf_init(&sb);
	strbuf_adds(&sb, "country,round,expert");
	for (int i = 0; i < 20; i++)
		strbuf_addf(&sb, ",A%c.1.L1", 'A' + i);
	strbuf_adds(&sb, "\nXEA,2026,e1,yes,yes,yes,yes,yes,yes,yes,yes,yes,"
		    "yes,yes,yes,yes,yes,yes,yes,yes,yes,yes,yes\n");
	fixture_load(&f, SURVEY_IND, sb.buf);
	ck_assert_int_eq(f.status, DIAG_INVALID);
	ck_assert_uint_eq(f.diags.errors, 20);
	ck_assert_uint_eq(f.in.tally.nunknown, LIMIT_UNKNOWN_INSTRUMENTS);
	ck_assert_str_eq(f.in.tally.unknown[15].instrument, "AP");
	fixture_release(&f);
	strbuf_release(&sb);
}
END_TEST

Suite *suite_input(void)
{
	Suite *s = suite_create("input");
	ADD_TEST(s, sniff_kinds);
	ADD_TEST(s, sniff_delimiters);
	ADD_TEST(s, sniff_windows_1252);
	ADD_TEST(s, decimal_comma);
	ADD_TEST(s, survey_metadata);
	ADD_TEST(s, survey_groups);
	ADD_TEST(s, select_multiple_choice);
	ADD_TEST(s, survey_export_loads);
	ADD_TEST(s, fuzz_survey_empty_name);
	ADD_TEST(s, unknown_ids_counted);
	ADD_TEST(s, unknown_instruments_bounded);
	return s;
}

/* SPDX-License-Identifier: Apache-2.0 */
/*
 * test-load.c - loading: what is accepted (BOM, CRLF, blank lines, quoted
 * fields across lines, translations), what is refused and where it is
 * reported, and that the order answers are read in does not change the
 * tally.
 */
#include "config.h"
#include "tests.h"
#include "load/answers.h"
#include "load/indset.h"
#include "base/strbuf.h"

#include <stdlib.h>
#include <string.h>

#define HEADER "id,instrument,article,dimension,question,answer_type\n"

START_TEST(bom_crlf_blank_lines_and_multiline_fields)
{
	/* Line 3 holds a quoted question spanning lines 3-4, line 5 is
	 * blank, so the bad answer type of C is on line 6. */
	struct fixture f;

	fixture_load(&f,
		     "\xEF\xBB\xBFid,instrument,article,dimension,question,answer_type\r\n"
		     "A,UNTOC,5,legislative,q,yesno\r\n"
		     "B,UNTOC,5,legislative,\"two\r\nlines\",yesno\r\n"
		     "\r\n"
		     "C,UNTOC,5,legislative,q,maybe\r\n", NULL);
	ck_assert_int_eq(f.status, DIAG_INVALID);
	ck_assert_uint_eq(f.diags.errors, 1);
	ck_assert_uint_eq(f.diags.items[0].line, 6);
	ck_assert_str_eq(f.diags.items[0].column, "answer_type");
	ck_assert_str_eq(f.in.set.items[1].question, "two\r\nlines");
	fixture_release(&f);
}
END_TEST

START_TEST(all_errors_of_a_file_are_collected)
{
	struct fixture f;

	fixture_load(&f,
		     HEADER
		     "bad id,UNTOC,5,legislative,q,yesno\n"
		     "B,UNTOC,5,Legislative,q,yesno\n"
		     "C,UNTOC,5,legislative,,yesno\n"
		     "D,UNTOC,5,legislative,q,scale:5-1\n", NULL);
	ck_assert_uint_eq(f.diags.errors, 4);
	ck_assert(fixture_has_error(&f, 2, "id 'bad id' is not valid"));
	ck_assert(fixture_has_error(&f, 3, "dimension 'Legislative'"));
	ck_assert(fixture_has_error(&f, 4, "question is empty"));
	ck_assert(fixture_has_error(&f, 5, "not a valid scale"));
	fixture_release(&f);
}
END_TEST

START_TEST(error_cap_per_file)
{
	struct strbuf sb;
	struct fixture f;

	strbuf_init(&sb);
	strbuf_adds(&sb, HEADER);
	for (int i = 0; i < 200; i++)
		strbuf_addf(&sb, "X%d,UNTOC,5,legislative,q,bogus\n", i);
	fixture_load(&f, sb.buf, NULL);
	/* 50 errors (lines 2 to 51) and one note that counts none:
	 * reading stopped at the cap. */
	ck_assert_uint_eq(f.diags.count, DIAG_FILE_ERROR_CAP + 1);
	ck_assert_uint_eq(f.diags.errors, DIAG_FILE_ERROR_CAP);
	ck_assert_uint_eq(f.diags.items[DIAG_FILE_ERROR_CAP - 1].line, 51);
	ck_assert_uint_eq(f.diags.items[DIAG_FILE_ERROR_CAP].line, 51);
	ck_assert_str_eq(f.diags.items[DIAG_FILE_ERROR_CAP].file, f.ind_path);
	ck_assert(fixture_has_error(&f, 51, "too many errors"));
	strbuf_release(&sb);
	fixture_release(&f);
}
END_TEST

START_TEST(required_columns_and_duplicates)
{
	struct fixture f;

	fixture_load(&f, "id,instrument,article,dimension,question,question\n"
			 "A,UNTOC,5,legislative,q,q\n", NULL);
	ck_assert(fixture_has_error(&f, 1, "missing required column 'answer_type'"));
	ck_assert(fixture_has_error(&f, 1, "column 'question' appears twice"));
	fixture_release(&f);

	fixture_load(&f, HEADER "A,UNTOC,5,legislative,q,yesno\n"
			 "A,UNTOC,6,legislative,q,yesno\n", NULL);
	ck_assert(fixture_has_error(&f, 3, "duplicate indicator id 'A'"));
	ck_assert(fixture_has_error(&f, 3, ":2"));
	fixture_release(&f);
}
END_TEST

START_TEST(article_weight_must_agree)
{
	struct fixture f;

	fixture_load(&f,
		     "id,instrument,article,dimension,question,answer_type,article_weight\n"
		     "A,UNTOC,5,legislative,q,yesno,2\n"
		     "B,UNTOC,5,implementation,q,yesno,2\n"
		     "C,UNTOC,5,implementation,q,yesno,\n"
		     "D,TIP,5,legislative,q,yesno,\n", NULL);
	ck_assert_uint_eq(f.diags.errors, 1);
	ck_assert(fixture_has_error(&f, 4, "article_weight 1 differs from 2"));
	fixture_release(&f);
}
END_TEST

START_TEST(depends_on_checks)
{
	struct fixture f;

	fixture_load(&f,
		     "id,instrument,article,dimension,question,answer_type,depends_on\n"
		     "A,UNTOC,5,legislative,q,yesno,\n"
		     "B,UNTOC,5,legislative,q,yesno,Z=yes\n"
		     "C,UNTOC,5,legislative,q,yesno,A=maybe\n"
		     "D,UNTOC,5,legislative,q,text,\n"
		     "E,UNTOC,5,legislative,q,yesno,D=x\n", NULL);
	ck_assert(fixture_has_error(&f, 3, "'Z', which is not an indicator"));
	ck_assert(fixture_has_error(&f, 4, "'maybe' is not a scored answer of 'A'"));
	ck_assert(fixture_has_error(&f, 6, "a text indicator"));
	fixture_release(&f);

	fixture_load(&f,
		     "id,instrument,article,dimension,question,answer_type,depends_on\n"
		     "F,UNTOC,5,legislative,q,yesno,novalue\n", NULL);
	ck_assert(fixture_has_error(&f, 2, "expected ID=VALUE"));
	fixture_release(&f);

	fixture_load(&f,
		     "id,instrument,article,dimension,question,answer_type,depends_on\n"
		     "A,UNTOC,5,legislative,q,yesno,C=yes\n"
		     "B,UNTOC,5,legislative,q,yesno,A=yes\n"
		     "C,UNTOC,5,legislative,q,yesno,B=no\n", NULL);
	ck_assert(fixture_has_error(&f, 0, "forms a cycle"));
	fixture_release(&f);
}
END_TEST

START_TEST(translations_and_unknown_columns)
{
	struct fixture f;
	const struct article *art;

	fixture_load(&f,
		     "id,instrument,article,article_title,dimension,question,"
		     "answer_type,question@fr,article_title@es,notes\n"
		     "A,UNTOC,5,Participation,legislative,Is it?,yesno,"
		     "Est-ce le cas ?,Participación,x\n", NULL);
	ck_assert_int_eq(f.status, DIAG_OK);
	ck_assert_uint_eq(f.diags.warnings, 1);
	ck_assert(fixture_has_error(&f, 1, "unknown column 'notes'"));
	ck_assert_uint_eq(f.in.set.items[0].ntranslations, 1);
	ck_assert_str_eq(f.in.set.items[0].translations[0].lang, "fr");
	ck_assert_str_eq(f.in.set.items[0].translations[0].question,
			 "Est-ce le cas ?");
	art = &f.in.set.instruments[0].articles[0];
	ck_assert_str_eq(art->title, "Participation");
	ck_assert_str_eq(art->titles[0].article_title, "Participación");
	fixture_release(&f);

	fixture_load(&f, "id,instrument,article,dimension,question,answer_type,"
			 "question@FR\nA,UNTOC,5,legislative,q,yesno,x\n", NULL);
	ck_assert(fixture_has_error(&f, 1, "ISO 639-1"));
	fixture_release(&f);
}
END_TEST

START_TEST(answer_rows_checked)
{
	struct fixture f;

	fixture_load(&f,
		     "id,instrument,article,dimension,question,answer_type,valid_regex\n"
		     "A,UNTOC,5,legislative,q,yesno,\n"
		     "N,UNTOC,5,legislative,q,number,\n", NULL);
	/* number without scoring is refused at load */
	ck_assert(fixture_has_error(&f, 3, "needs scoring thresholds"));
	fixture_release(&f);

	fixture_load(&f,
		     "id,instrument,article,dimension,question,answer_type,valid_regex\n"
		     "A,UNTOC,5,legislative,q,yesno,\n"
		     "T,UNTOC,5,legislative,q,text,Law [0-9]+/[0-9]{4}\n",
		     "country,round,expert,indicator,answer,confidence\n"
		     "XEA,2026,e1,A,yes,3\n"
		     "xea,2026,e1,A,yes,\n"
		     "XEA,..,e1,A,yes,\n"
		     "XEA,2026,e 1,A,yes,\n"
		     "XEA,2026,e1,Z,yes,\n"
		     "XEA,2026,e1,A,maybe,\n"
		     "XEA,2026,e1,A,no,\n"
		     "XEA,2026,e2,A,yes,very\n"
		     "XEA,2026,e1,T,Law 12/2020,\n"
		     "XEA,2026,e2,T,Act 12,\n");
	ck_assert_int_eq(f.status, DIAG_INVALID);
	ck_assert(fixture_has_error(&f, 3, "country 'xea'"));
	ck_assert(fixture_has_error(&f, 4, "round '..'"));
	ck_assert(fixture_has_error(&f, 5, "expert 'e 1'"));
	ck_assert(fixture_has_error(&f, 6, "unknown indicator 'Z'"));
	ck_assert(fixture_has_error(&f, 7, "answer 'maybe' is not valid; expected yes or no"));
	ck_assert(fixture_has_error(&f, 8, "already answered 'A' for XEA 2026 at"));
	ck_assert(fixture_has_error(&f, 9, "confidence 'very'"));
	ck_assert(fixture_has_error(&f, 11, "does not match valid_regex"));
	ck_assert_uint_eq(f.diags.errors, 8);
	fixture_release(&f);
}
END_TEST

START_TEST(pathological_pattern_is_bounded)
{
	struct fixture f;
	struct strbuf sb;

	strbuf_init(&sb);
	strbuf_adds(&sb, "country,round,expert,indicator,answer\nXEA,1,e,T,");
	for (int i = 0; i < 40; i++)
		strbuf_addch(&sb, 'a');
	strbuf_adds(&sb, "!\n");
	fixture_load(&f,
		     "id,instrument,article,dimension,question,answer_type,valid_regex\n"
		     "T,UNTOC,5,legislative,q,text,(a+)+$\n", sb.buf);
	ck_assert(fixture_has_error(&f, 2, "gave up"));
	strbuf_release(&sb);
	fixture_release(&f);
}
END_TEST

/* Add the answers of text to tally t. */
static void tally_text(struct tally *t, const char *text,
		       struct diag_list *diags)
{
	char *path = fixture_file(text);

	ck_assert_int_eq(answers_load(t, path, ANSWERS_AUTO, NULL, diags),
			 DIAG_OK);
	fixture_remove(path);
}

START_TEST(reading_order_does_not_matter)
{
	static const char head[] = "country,round,expert,indicator,answer\n";
	static const char first[] = "XEB,1,b,A,yes\nXEA,1,a,A,no\nXEA,1,b,B,2\n";
	static const char second[] = "XEA,1,c,A,yes\nXEB,1,a,B,4\nXEA,1,a,B,1\n";
	struct fixture f;
	struct tally whole, parts;
	struct diag_list diags;
	struct strbuf sb;
	struct score_options opt;

	fixture_load(&f,
		     "id,instrument,article,dimension,question,answer_type\n"
		     "A,UNTOC,5,legislative,q,yesno\n"
		     "B,UNTOC,5,legislative,q,scale:0-4\n", NULL);
	diag_list_init(&diags);
	/* One file, against its two halves as two files read the other
	 * way round. */
	tally_init(&whole, &f.in.set);
	strbuf_init(&sb);
	strbuf_addf(&sb, "%s%s%s", head, first, second);
	tally_text(&whole, sb.buf, &diags);
	strbuf_release(&sb);
	tally_init(&parts, &f.in.set);
	strbuf_init(&sb);
	strbuf_addf(&sb, "%s%s", head, second);
	tally_text(&parts, sb.buf, &diags);
	strbuf_release(&sb);
	strbuf_init(&sb);
	strbuf_addf(&sb, "%s%s", head, first);
	tally_text(&parts, sb.buf, &diags);
	strbuf_release(&sb);
	ck_assert(tally_sort(&whole, &diags));
	ck_assert(tally_sort(&parts, &diags));
	ck_assert_uint_eq(diags.errors, 0);
	/* XEA with experts a, b, c; XEB with a, b; in that order. */
	ck_assert_uint_eq(whole.count, 2);
	ck_assert_uint_eq(parts.count, 2);
	ck_assert_str_eq(parts.items[0].country, "XEA");
	ck_assert_str_eq(parts.items[1].country, "XEB");
	ck_assert_uint_eq(parts.items[0].nexperts, 3);
	ck_assert_str_eq(parts.items[0].experts[2], "c");
	score_options_init(&opt);
	for (size_t i = 0; i < whole.count; i++) {
		struct score_result *a, *b;
		ck_assert_str_eq(whole.items[i].country, parts.items[i].country);
		ck_assert_uint_eq(whole.items[i].nexperts, parts.items[i].nexperts);
		for (size_t e = 0; e < whole.items[i].nexperts; e++)
			ck_assert_str_eq(whole.items[i].experts[e],
					 parts.items[i].experts[e]);
		a = score_assessment(&f.in.set, &whole.items[i], &opt);
		b = score_assessment(&f.in.set, &parts.items[i], &opt);
		ck_assert(a->instruments[0].dims[0].score ==
			  b->instruments[0].dims[0].score);
		ck_assert(a->has_alpha == b->has_alpha);
		if (a->has_alpha)
			ck_assert(a->alpha == b->alpha);
		score_result_free(a);
		score_result_free(b);
	}
	tally_release(&whole);
	tally_release(&parts);
	diag_list_release(&diags);
	fixture_release(&f);
}
END_TEST

START_TEST(duplicate_answers_across_files)
{
	struct fixture f;
	struct tally t;
	struct diag_list diags;

	fixture_load(&f, HEADER "A,UNTOC,5,legislative,q,yesno\n", NULL);
	diag_list_init(&diags);
	tally_init(&t, &f.in.set);
	tally_text(&t, "country,round,expert,indicator,answer\n"
		   "XEA,1,a,A,yes\n", &diags);
	tally_text(&t, "country,round,expert,indicator,answer\n"
		   "XEA,1,a,A,no\n", &diags);
	ck_assert(!tally_sort(&t, &diags));
	ck_assert_uint_eq(diags.errors, 1);
	ck_assert_ptr_nonnull(strstr(diags.items[0].message,
				     "already answered 'A' for XEA 1"));
	/* The answer read first is kept. */
	ck_assert_uint_eq(t.items[0].nrows, 1);
	ck_assert_str_eq(t.items[0].rows[0].answer, "yes");
	tally_release(&t);
	diag_list_release(&diags);
	fixture_release(&f);
}
END_TEST

/* A tally told only_country and only_round keeps the rows of that
 * assessment, counts the others as skipped and checks nothing in them
 * (a bad answer, an unknown id, a bad country), in both layouts; rows of
 * assessments that alternate land in the right one. */
START_TEST(selected_assessment_only)
{
	struct fixture f;
	struct tally t;
	struct diag_list diags;

	fixture_load(&f, HEADER "A,UNTOC,5,legislative,q,yesno\n"
		     "B,UNTOC,5,legislative,q,scale:0-4\n", NULL);
	diag_list_init(&diags);
	tally_init(&t, &f.in.set);
	t.only_country = "XEA";
	t.only_round = "2";
	ck_assert(tally_selects(&t, "XEA", "2"));
	ck_assert(!tally_selects(&t, "XEA", "1"));
	ck_assert(!tally_selects(&t, "XEB", "2"));
	tally_text(&t, "country,round,expert,indicator,answer,evidence\n"
		   "XEA,2,a,A,yes,Act 1\n"
		   "XEA,1,a,A,maybe,\n"
		   "XEB,2,a,Z,yes,\n"
		   " XEA ,2,b,A,no,\n"
		   "xx,2,a,A,yes,\n"
		   "XEA,2,a,B,3,\n", &diags);
	tally_text(&t, "country,round,expert,A,B\n"
		   "XEA,1,c,maybe,9\n"
		   "XEA,2,c,yes,4\n", &diags);
	ck_assert_uint_eq(diags.errors, 0);
	ck_assert_uint_eq(t.skipped, 4);
	ck_assert(tally_sort(&t, &diags));
	ck_assert_uint_eq(t.count, 1);
	ck_assert_str_eq(t.items[0].round, "2");
	ck_assert_uint_eq(t.items[0].nexperts, 3);
	/* A: a yes, b no, c yes; B: a 3, c 4 (0.75 and 1). */
	ck_assert_uint_eq(t.items[0].nrows, 5);
	ck_assert_str_eq(t.items[0].rows[0].evidence, "Act 1");
	ck_assert_str_eq(t.items[0].rows[1].answer, "no");
	ck_assert_ptr_null(t.items[0].rows[1].evidence);
	ck_assert(t.items[0].rows[4].score == 1.0);
	ck_assert(t.items[0].rows[3].score == 0.75);
	tally_release(&t);
	diag_list_release(&diags);
	fixture_release(&f);
}
END_TEST

Suite *suite_load(void)
{
	Suite *s = suite_create("load");
	ADD_TEST(s, bom_crlf_blank_lines_and_multiline_fields);
	ADD_TEST(s, all_errors_of_a_file_are_collected);
	ADD_TEST(s, error_cap_per_file);
	ADD_TEST(s, required_columns_and_duplicates);
	ADD_TEST(s, article_weight_must_agree);
	ADD_TEST(s, depends_on_checks);
	ADD_TEST(s, translations_and_unknown_columns);
	ADD_TEST(s, answer_rows_checked);
	ADD_TEST(s, pathological_pattern_is_bounded);
	ADD_TEST(s, reading_order_does_not_matter);
	ADD_TEST(s, duplicate_answers_across_files);
	ADD_TEST(s, selected_assessment_only);
	return s;
}

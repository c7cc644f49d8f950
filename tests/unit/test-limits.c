/* SPDX-License-Identifier: Apache-2.0 */
/*
 * test-limits.c - issue 12, a hostile tester's findings, one regression
 * test per finding (named after it), and the limits of base/limits.h:
 * each limit accepted at its value and refused just past it, with the
 * message that names it.
 */
#include "config.h"
#include "tests.h"
#include "base/limits.h"
#include "load/answers.h"
#include "load/csvin.h"
#include "score/evidence.h"

#include <stdlib.h>
#include <string.h>

#define HEADER "id,instrument,article,dimension,question,answer_type"

/* A test that reads a file at a limit of 100 000 rows: more time than
 * Check's default 4 seconds under the sanitizers. */
#define ADD_LONG_TEST(suite, fn)                 \
	do {                                     \
		TCase *tc_ = tcase_create(#fn);  \
		tcase_set_timeout(tc_, 120);     \
		tcase_add_test(tc_, fn);         \
		suite_add_tcase((suite), tc_);   \
	} while (0)
#define ANSWERS_HEADER "country,round,expert,indicator,answer\n"

/* The message of the only error of f, which must be on line. */
static const char *only_error(const struct fixture *f, long line)
{
	if (f->diags.errors != 1) {
		fixture_print_diags(f);
		ck_abort_msg("expected 1 error, got %zu", f->diags.errors);
	}
	for (size_t i = 0; i < f->diags.count; i++)
		if (f->diags.items[i].severity == DIAG_ERROR) {
			ck_assert_int_eq(f->diags.items[i].line, line);
			return f->diags.items[i].message;
		}
	ck_abort_msg("no error recorded");
	return NULL;
}

/* Load one indicator row under HEADER plus extra columns; the status. */
static enum diag_status load_row(struct fixture *f, const char *extra_head,
				 const char *row)
{
	char *text = xasprintf(HEADER "%s\n%s\n", extra_head, row);

	fixture_load(f, text, NULL);
	free(text);
	return f->status;
}

/* Weights past 1e6 (the tester's 1e308) are refused where they are. */
START_TEST(issue12_1_overflowing_weights_refused)
{
	struct fixture f;

	/* The tester's case: two weights of 1e308 summed to infinity. */
	fixture_load(&f, HEADER ",weight\n"
		     "A,UNTOC,5,legislative,q,yesno,1e308\n"
		     "B,UNTOC,5,legislative,q,yesno,1e308\n", NULL);
	ck_assert_int_eq(f.status, DIAG_INVALID);
	ck_assert_uint_eq(f.diags.errors, 2);
	ck_assert_str_eq(f.diags.items[0].column, "weight");
	ck_assert_int_eq(f.diags.items[0].line, 2);
	ck_assert_str_eq(f.diags.items[0].message, "weight '1e308' is not "
			 "valid (beyond the limits); expected a number from "
			 "1e-6 to 1e6 (empty means 1)");
	fixture_release(&f);
	/* At the limits, and just past them. */
	ck_assert_int_eq(load_row(&f, ",weight", "A,UNTOC,5,legislative,q,"
				  "yesno,1e6"), DIAG_OK);
	fixture_release(&f);
	ck_assert_int_eq(load_row(&f, ",weight", "A,UNTOC,5,legislative,q,"
				  "yesno,0.000001"), DIAG_OK);
	fixture_release(&f);
	ck_assert_int_eq(load_row(&f, ",weight", "A,UNTOC,5,legislative,q,"
				  "yesno,1000001"), DIAG_INVALID);
	ck_assert(fixture_has_error(&f, 2, "beyond the limits"));
	fixture_release(&f);
	ck_assert_int_eq(load_row(&f, ",weight", "A,UNTOC,5,legislative,q,"
				  "yesno,1e-7"), DIAG_INVALID);
	fixture_release(&f);
	ck_assert_int_eq(load_row(&f, ",article_weight", "A,UNTOC,5,"
				  "legislative,q,yesno,1e7"), DIAG_INVALID);
	ck_assert_str_eq(only_error(&f, 2), "article_weight '1e7' is not valid "
			 "(beyond the limits); expected a number from 1e-6 to "
			 "1e6 (empty means 1)");
	fixture_release(&f);
}
END_TEST

/* Weights at the limits still give exact means. */
START_TEST(issue12_1_weights_at_the_limit_score_exactly)
{
	/* Where 1e308 scored 0 and coverage null, the largest weights
	 * allowed give the exact mean: one yes and one no is 0.5. */
	struct fixture f;
	struct score_result *r;

	fixture_load(&f, HEADER ",weight,article_weight\n"
		     "A,UNTOC,5,legislative,q,yesno,1e6,1e6\n"
		     "B,UNTOC,5,legislative,q,yesno,1e6,1e6\n"
		     "C,UNTOC,6,legislative,q,yesno,1e-6,1e-6\n",
		     ANSWERS_HEADER "XEA,1,e,A,yes\nXEA,1,e,B,no\n"
		     "XEA,1,e,C,yes\n");
	r = fixture_score(&f, NULL, NULL, NULL);
	ck_assert(r->instruments[0].articles[0].dims[DIM_LEGISLATIVE]
		  .value.has_score);
	ck_assert_close(r->instruments[0].articles[0].dims[DIM_LEGISLATIVE]
			.value.score, 0.5);
	ck_assert_close(r->instruments[0].articles[0].dims[DIM_LEGISLATIVE]
			.value.coverage, 1);
	/* Article 6 weighs 1e-12 of article 5: its 1 moves nothing that
	 * 4 decimals show. */
	ck_assert_close(round4(r->instruments[0].dims[DIM_LEGISLATIVE].score),
			0.5);
	score_result_free(r);
	fixture_release(&f);
}
END_TEST

/* answer_type_parse of type and scoring: true, or false with the error
 * message compared to want (when not NULL). */
static bool type_parses(const char *type, const char *scoring,
			const char *want)
{
	struct answer_type at;
	enum answer_type_field field;
	char *err = NULL;
	bool ok = answer_type_parse(&at, type, scoring, &err, &field);

	if (ok)
		answer_type_release(&at);
	else if (want)
		ck_assert_str_eq(err, want);
	free(err);
	return ok;
}

/* Scale bounds within 1e12 and far enough apart for 4 decimals. */
START_TEST(issue12_1_scale_bounds_limited)
{
	/* The tester's scale:-1e308-1e308 made B - A infinite. */
	ck_assert(!type_parses("scale:-1e308-1e308", "",
			       "'scale:-1e308-1e308' is beyond the limits of a "
			       "scale; expected scale:A-B with A and B from "
			       "-1e12 to 1e12 and B - A at least 1e-9 times the "
			       "larger of 1, |A| and |B|"));
	ck_assert(type_parses("scale:-1e12-1e12", "", NULL));
	ck_assert(!type_parses("scale:0-1e13", "", NULL));
	/* B - A too small to keep 4 decimals. */
	ck_assert(!type_parses("scale:0-1e-10", "", NULL));
	ck_assert(type_parses("scale:0-1e-9", "", NULL));
	ck_assert(!type_parses("scale:1e12-1000000000000.0001", "", NULL));
	ck_assert(type_parses("scale:999999998000-1e12", "", NULL));
	ck_assert(!type_parses("scale:5-1", "", "'scale:5-1' is not a valid "
			       "scale; expected scale:A-B with numbers A < B"));
}
END_TEST

/* Number thresholds within 1e15; what a bad bound or score is. */
START_TEST(issue12_1_thresholds_limited)
{
	ck_assert(type_parses("number", ">=1e15:1;<=-1e15:0.5;*:0", NULL));
	ck_assert(!type_parses("number", ">=1e16:1;*:0",
			       "threshold bound '1e16' is beyond the limit; "
			       "expected a number from -1e15 to 1e15"));
	ck_assert(!type_parses("number", ">=1,5:1;*:0",
			       "threshold bound '1,5' is not a number (a comma: "
			       "numbers take a decimal point and no thousands "
			       "separator, e.g. 1.5 or 1000)"));
	ck_assert(!type_parses("number", ">=1:#N/A;*:0",
			       "score '#N/A' is not a number from 0 to 1 (a "
			       "spreadsheet error value, left by a formula that "
			       "failed)"));
}
END_TEST

/* A lone CR ends a line, CRLF ends one, for every message. */
START_TEST(issue12_2_cr_only_and_mixed_line_ends)
{
	struct fixture f;

	/* Excel's "CSV (Macintosh)": CR alone ends every line. */
	fixture_load(&f, HEADER "\rA,UNTOC,5,legislative,q,yesno\r"
		     "B,UNTOC,5,legislative,q,maybe\r", NULL);
	ck_assert(strstr(only_error(&f, 3), "unknown answer type 'maybe'"));
	fixture_release(&f);
	/* LF, CRLF (one line end), CR, and a quoted CR inside a field. */
	fixture_load(&f, HEADER "\nA,UNTOC,5,legislative,q,yesno\r\n"
		     "B,UNTOC,5,legislative,\"two\rlines\",yesno\r"
		     "C,UNTOC,5,legislative,\"and\r\ntwo\nmore\",yesno\n"
		     "\r\r\n"
		     "D,UNTOC,5,legislative,q,maybe", NULL);
	ck_assert(strstr(only_error(&f, 10), "unknown answer type 'maybe'"));
	ck_assert_str_eq(f.in.set.items[1].question, "two\rlines");
	ck_assert_int_eq(f.in.set.items[2].line, 5);
	fixture_release(&f);
}
END_TEST

/* Line ends split between two blocks of the reader count once. */
START_TEST(issue12_2_line_ends_across_blocks)
{
	/* The reader takes 64 KiB at a time: a CRLF split between two
	 * blocks still counts once, and lines after it are right. */
	struct strbuf sb;
	struct fixture f;

	strbuf_init(&sb);
	strbuf_adds(&sb, HEADER ",notes\r\nA,UNTOC,5,legislative,q,yesno,\"");
	while (sb.len < 64 * 1024 - 1)
		strbuf_addch(&sb, 'x');
	strbuf_adds(&sb, "\r\ny\r\nz\"\r\nB,UNTOC,5,legislative,q,maybe,\r\n");
	fixture_load(&f, sb.buf, NULL);
	ck_assert(strstr(only_error(&f, 5), "unknown answer type 'maybe'"));
	ck_assert_int_eq(f.in.set.items[0].line, 2);
	strbuf_release(&sb);
	fixture_release(&f);
}
END_TEST

/* A header at the column limit: repeats, known and unknown columns. */
START_TEST(issue12_3_wide_headers_hashed)
{
	/* 100 000 columns: every unknown one was compared with every
	 * earlier one. Now one hash: the repeat at the end names the first
	 * column of its name, the required column after 99 990 unknown ones
	 * is found, and the unknown columns are warned about 10 times plus
	 * one line. */
	struct strbuf sb;
	struct fixture f;
	size_t ncols = LIMIT_COLUMNS;

	strbuf_init(&sb);
	strbuf_adds(&sb, "id,instrument,article,dimension,question");
	for (size_t i = 5; i < ncols - 2; i++)
		strbuf_addf(&sb, ",x%zu", i);
	strbuf_adds(&sb, ",x7,answer_type\nA,UNTOC,5,legislative,q");
	for (size_t i = 5; i < ncols - 1; i++)
		strbuf_addch(&sb, ',');
	strbuf_adds(&sb, "yesno\n");
	fixture_load(&f, sb.buf, NULL);
	ck_assert_str_eq(only_error(&f, 1), "column 'x7' appears twice (also "
			 "column 8); expected each column once");
	ck_assert_uint_eq(f.diags.warnings, LIMIT_UNKNOWN_COLUMNS_SHOWN + 1);
	ck_assert_uint_eq(f.diags.count, LIMIT_UNKNOWN_COLUMNS_SHOWN + 2);
	ck_assert_str_eq(f.diags.items[LIMIT_UNKNOWN_COLUMNS_SHOWN + 1].column,
			 "x15");
	ck_assert_str_eq(f.diags.items[LIMIT_UNKNOWN_COLUMNS_SHOWN + 1].message,
			 "99983 more unknown columns, from 'x15' on, are kept "
			 "out of scoring (only the first 10 are named)");
	strbuf_release(&sb);
	fixture_release(&f);
}
END_TEST

/* A wide answers header of 20 000 field columns. */
START_TEST(issue12_3_wide_answers_header_hashed)
{
	/* A wide answers file: every column name looked up once. */
	struct strbuf sb;
	struct fixture f;

	strbuf_init(&sb);
	strbuf_adds(&sb, "country,round,expert,A");
	for (int i = 0; i < 20000; i++)
		strbuf_addf(&sb, ",comment:A%d", i);
	strbuf_adds(&sb, ",A\nXEA,1,e,yes");
	for (int i = 0; i < 20001; i++)
		strbuf_addch(&sb, ',');
	strbuf_addch(&sb, '\n');
	fixture_load(&f, HEADER "\nA,UNTOC,5,legislative,q,yesno\n", sb.buf);
	/* 20000 unknown indicators, recorded up to the cap, and the
	 * repeated A. */
	ck_assert_uint_eq(f.diags.errors, 20001);
	ck_assert(fixture_has_error(&f, 1, "column 'A' appears twice (also "
				    "column 4)"));
	strbuf_release(&sb);
	fixture_release(&f);
}
END_TEST

/* Warnings past the cap of a file are counted in one line. */
START_TEST(issue12_3_warnings_capped_per_file)
{
	struct diag_list dl;
	char *line;

	diag_list_init(&dl);
	for (int i = 0; i < DIAG_FILE_WARNING_CAP + 7; i++)
		diag_warning(&dl, "a.csv", i + 1, "x", "warning %d", i);
	diag_warning(&dl, "b.csv", 1, "x", "another file");
	diag_error(&dl, "a.csv", 99, "x", "an error");
	ck_assert_uint_eq(dl.warnings, DIAG_FILE_WARNING_CAP + 8);
	ck_assert_uint_eq(dl.errors, 1);
	/* 50 warnings, the line that counts the 7 others, b's warning,
	 * the error. */
	ck_assert_uint_eq(dl.count, DIAG_FILE_WARNING_CAP + 3);
	line = diag_format(&dl.items[DIAG_FILE_WARNING_CAP], "gapscore");
	ck_assert_str_eq(line, "gapscore: a.csv: warning: 7 more warnings about "
			 "this file are not shown (only the first 50 are)");
	free(line);
	ck_assert_str_eq(dl.items[DIAG_FILE_WARNING_CAP + 1].file, "b.csv");
	diag_list_release(&dl);
}
END_TEST

/* A field at the limit is read; one past it stops the file. */
START_TEST(issue12_4_long_fields_read_in_blocks)
{
	/* A field at the limit is read; one past it is refused where it
	 * starts, and the file is not read further (the bad answer after
	 * it is not reported). */
	char *text = xmalloc(LIMIT_FIELD_BYTES + 200);
	struct fixture f;
	int n;

	n = sprintf(text, ANSWERS_HEADER "XEA,1,e,A,yes\nXEA,1,f,T,\"");
	memset(text + n, 'a', LIMIT_FIELD_BYTES);
	strcpy(text + n + LIMIT_FIELD_BYTES, "\"\n");
	fixture_load(&f, HEADER "\nA,UNTOC,5,legislative,q,yesno\n"
		     "T,UNTOC,5,legislative,q,text\n", text);
	ck_assert_int_eq(f.status, DIAG_OK);
	ck_assert_uint_eq(strlen(f.in.tally.items[0].rows[1].answer),
			  LIMIT_FIELD_BYTES);
	fixture_release(&f);
	strcpy(text + n + LIMIT_FIELD_BYTES, "b\nc\"\nXEA,1,g,A,maybe\n");
	fixture_load(&f, HEADER "\nA,UNTOC,5,legislative,q,yesno\n"
		     "T,UNTOC,5,legislative,q,text\n", text);
	ck_assert_str_eq(only_error(&f, 3), "field is longer than the limit of "
			 "1048576 bytes; expected a shorter field (stopped "
			 "reading this file)");
	ck_assert_str_eq(f.diags.items[0].column, "answer");
	fixture_release(&f);
	free(text);
}
END_TEST

/* E1 and e1: one warning per assessment, two experts still. */
START_TEST(issue12_5_expert_ids_differing_in_case)
{
	struct fixture f;
	size_t warnings = 0;

	fixture_load(&f, HEADER "\nA,UNTOC,5,legislative,q,yesno\n"
		     "B,UNTOC,5,legislative,q,yesno\n",
		     ANSWERS_HEADER "XEA,1,E1,A,yes\nXEA,1,e2,A,no\n"
		     "XEA,1,e1,A,no\nXEA,1,E2,B,no\nXEA,1,e1,B,yes\n"
		     "XEB,1,E1,A,yes\nXEB,1,e1,A,yes\n");
	ck_assert_int_eq(f.status, DIAG_OK);
	for (size_t i = 0; i < f.diags.count; i++)
		warnings += f.diags.items[i].severity == DIAG_WARNING;
	/* Once per assessment, at the second spelling. */
	ck_assert_uint_eq(warnings, 2);
	ck_assert_int_eq(f.diags.items[0].line, 4);
	ck_assert_str_eq(f.diags.items[0].column, "expert");
	ck_assert_str_eq(f.diags.items[0].message, "expert 'e1' differs only "
			 "in case from expert 'E1' of XEA 1; they are counted "
			 "as two experts (expected one spelling of each expert "
			 "id)");
	ck_assert_int_eq(f.diags.items[1].line, 8);
	/* Kept apart, as before. */
	ck_assert_uint_eq(f.in.tally.items[0].nexperts, 4);
	fixture_release(&f);
}
END_TEST

/* A citation pattern that gives up is counted and reported. */
START_TEST(issue12_6_citation_pattern_limit_reported)
{
	char *path = fixture_file("# patterns\n\n(a+)+$\rart\\.? *\\d+\n");
	struct citation_rules *rules = NULL;
	struct diag_list dl;
	char subject[64], *line;

	diag_list_init(&dl);
	ck_assert_int_eq(citation_rules_load(path, &rules, &dl), DIAG_OK);
	ck_assert_uint_eq(citation_rules_count(rules), 2);
	memset(subject, 'a', 40);
	strcpy(subject + 40, "!");
	/* The first pattern gives up, the second finds nothing. */
	ck_assert(!citation_found(rules, subject));
	ck_assert(!citation_found(rules, subject));
	ck_assert(citation_found(rules, "art. 5"));
	citation_rules_report(rules, &dl);
	ck_assert_uint_eq(dl.count, 1);
	ck_assert_int_eq(dl.items[0].severity, DIAG_WARNING);
	/* The pattern is on line 3 (the CR ends it). */
	ck_assert_int_eq(dl.items[0].line, 3);
	line = diag_format(&dl.items[0], NULL);
	ck_assert_pstr_eq(strstr(line, "warning: citation pattern gave up on 2 "
				 "evidence texts at PCRE2's limits (100000 "
				 "steps, depth 1000, heap 8192 KiB)"),
			  line + strlen(path) + 6);
	free(line);
	citation_rules_free(rules);
	diag_list_release(&dl);
	fixture_remove(path);
	/* The built-in patterns on ordinary text: nothing to report. */
	rules = citation_rules_default();
	diag_list_init(&dl);
	ck_assert(citation_found(rules, "Penal Code, art. 211"));
	ck_assert(!citation_found(rules, "no reference given"));
	citation_rules_report(rules, &dl);
	ck_assert_uint_eq(dl.count, 0);
	citation_rules_free(rules);
	diag_list_release(&dl);
}
END_TEST

/* csvin callback: count the rows. */
static bool count_row(void *ctx, const struct csvin_row *row)
{
	(void)row;
	++*(size_t *)ctx;
	return true;
}

/* Read text with limits; the first message, and the rows in *rows. */
static char *read_limited(const char *text, const struct csvin_limits *lim,
			  size_t *rows)
{
	char *path = fixture_file(text);
	struct diag_list dl;
	char *msg = NULL;

	*rows = 0;
	diag_list_init(&dl);
	csvin_read(path, count_row, NULL, rows, lim, NULL, &dl);
	if (dl.count)
		msg = xasprintf("%ld:%s: %s", dl.items[0].line,
				dl.items[0].column, dl.items[0].message);
	ck_assert_uint_le(dl.errors, 1);
	diag_list_release(&dl);
	fixture_remove(path);
	return msg;
}

/* What the filter test saw: each row delivered as "LINE:NFIELDS" (with
 * "s" when skipped, else its fields), and the prefixes asked about. */
struct seen {
	struct strbuf rows;
	struct strbuf asked;
};

/* csvin filter: keep rows whose first field is "A". */
static bool keep_a(void *ctx, const struct csvin_row *row)
{
	struct seen *sn = ctx;

	strbuf_addf(&sn->asked, "%s/%zu ", row->fields[0], row->nfields);
	return !strcmp(row->fields[0], "A");
}

/* csvin callback: set the filter at the header, record each row. */
static bool record_row(void *ctx, const struct csvin_row *row)
{
	struct seen *sn = ctx;

	if (row->index == 0)
		*row->filter = (struct csvin_filter){ 1, keep_a, sn };
	strbuf_addf(&sn->rows, "%ld:%zu%s", row->line, row->nfields,
		    row->skipped ? "s" : "");
	for (size_t i = 0; !row->skipped && i < row->nfields; i++)
		strbuf_addf(&sn->rows, "%c%s", i ? ',' : '=', row->fields[i]);
	strbuf_addch(&sn->rows, ' ');
	return true;
}

/* A row filter: rows it does not keep are delivered skipped, without
 * fields, with their width and lines right through quoted line ends;
 * their invalid UTF-8 is not looked at; blank rows stay silent. */
START_TEST(csvin_filter_skips)
{
	char *path = fixture_file("k,v,w\nA,1,x\nB,\"2\n\n\",\xe9\n"
				  ",,\nA,\"3\r\n\",y\nB,4\nA,5,z\n");
	struct seen sn;
	struct diag_list dl;

	strbuf_init(&sn.rows);
	strbuf_init(&sn.asked);
	diag_list_init(&dl);
	ck_assert_int_eq(csvin_read(path, record_row, NULL, &sn, NULL, NULL,
				    &dl), DIAG_OK);
	ck_assert_uint_eq(dl.count, 0);
	ck_assert_str_eq(sn.rows.buf, "1:3=k,v,w 2:3=A,1,x 3:3s "
			 "7:3=A,3\r\n,y 9:2s 10:3=A,5,z ");
	ck_assert_str_eq(sn.asked.buf, "A/1 B/1 /1 A/1 B/1 A/1 ");
	diag_list_release(&dl);
	strbuf_release(&sn.rows);
	strbuf_release(&sn.asked);
	fixture_remove(path);
}
END_TEST

/* The reader's limits on fields, columns and rows, made small. */
START_TEST(issue12_7_csv_limits)
{
	const struct csvin_limits lim = { .field_bytes = 4, .columns = 3,
					  .rows = 2 };
	size_t rows;
	char *msg;

	ck_assert_ptr_null(read_limited("a,b,c\nabcd,,\n1,2,3\n", &lim, &rows));
	ck_assert_uint_eq(rows, 3);
	msg = read_limited("a,b,c\n1,\"ab\ncde\",3\n4,5,6\n", &lim, &rows);
	ck_assert_str_eq(msg, "2:2: field is longer than the limit of 4 bytes; "
			 "expected a shorter field (stopped reading this file)");
	ck_assert_uint_eq(rows, 1);
	free(msg);
	msg = read_limited("a,b,c,d\n", &lim, &rows);
	ck_assert_str_eq(msg, "1:4: row has more than 3 fields, the limit; "
			 "expected at most 3 columns (stopped reading this "
			 "file)");
	free(msg);
	msg = read_limited("a\n1\n\n2\n3\n4\n", &lim, &rows);
	ck_assert_str_eq(msg, "5:1: the file has more than 2 rows after the "
			 "header, the limit; expected at most 2 (stopped "
			 "reading this file)");
	ck_assert_uint_eq(rows, 3);
	free(msg);
	ck_assert_uint_eq(csvin_default_limits.field_bytes, LIMIT_FIELD_BYTES);
	ck_assert_uint_eq(csvin_default_limits.columns, LIMIT_COLUMNS);
	ck_assert_uint_eq(csvin_default_limits.rows, LIMIT_ROWS);
}
END_TEST

/* One indicator past the limit stops the file. */
START_TEST(issue12_7_indicator_limit)
{
	struct strbuf sb;
	struct fixture f;

	strbuf_init(&sb);
	strbuf_adds(&sb, HEADER "\n");
	for (int i = 0; i <= LIMIT_INDICATORS + 1; i++)
		strbuf_addf(&sb, "I%d,U,5,legislative,q,yesno\n", i);
	fixture_load(&f, sb.buf, NULL);
	ck_assert_str_eq(only_error(&f, LIMIT_INDICATORS + 2), "more than "
			 "100000 indicators in the loaded sets, the limit; "
			 "expected at most 100000 (stopped reading this file)");
	ck_assert_uint_eq(f.in.set.count, LIMIT_INDICATORS);
	strbuf_release(&sb);
	fixture_release(&f);
}
END_TEST

/* One expert past the limit is reported once per assessment. */
START_TEST(issue12_7_expert_limit)
{
	struct strbuf sb;
	struct fixture f;

	strbuf_init(&sb);
	strbuf_adds(&sb, ANSWERS_HEADER);
	for (int i = 0; i < LIMIT_EXPERTS + 5; i++)
		strbuf_addf(&sb, "XEA,1,e%d,A,yes\n", i);
	strbuf_adds(&sb, "XEA,1,e0,B,yes\nXEB,1,e1,A,yes\n");
	fixture_load(&f, HEADER "\nA,UNTOC,5,legislative,q,yesno\n"
		     "B,UNTOC,5,legislative,q,yesno\n", sb.buf);
	/* Once, at the first expert past the limit; the known ones and
	 * other assessments are still read. */
	ck_assert_str_eq(only_error(&f, LIMIT_EXPERTS + 2), "expert 'e1000' is "
			 "past the limit of 1000 experts in XEA 1; expected at "
			 "most 1000 (the answers of this and later new experts "
			 "are not read)");
	ck_assert_uint_eq(f.in.tally.items[0].nexperts, LIMIT_EXPERTS);
	ck_assert_uint_eq(f.in.tally.items[0].nrows, LIMIT_EXPERTS + 1);
	strbuf_release(&sb);
	fixture_release(&f);
}
END_TEST

/* Ids and set cells at their limits and one byte past them. */
START_TEST(issue12_7_code_and_text_lengths)
{
	struct fixture f;
	char id[LIMIT_ID_LEN + 2], *row, *text;

	memset(id, 'i', sizeof(id) - 1);
	id[sizeof(id) - 1] = '\0';
	row = xasprintf("%s,UNTOC,5,legislative,q,yesno", id + 1);
	ck_assert_int_eq(load_row(&f, "", row), DIAG_OK);
	fixture_release(&f);
	free(row);
	row = xasprintf("%s,UNTOC,5,legislative,q,yesno", id);
	ck_assert_int_eq(load_row(&f, "", row), DIAG_INVALID);
	ck_assert(strstr(only_error(&f, 2), "is not valid (65 characters; at "
			 "most 64); expected a letter or digit then up to 63"));
	fixture_release(&f);
	free(row);
	/* A question at the cell limit, and one byte over. */
	text = xmalloc(LIMIT_SET_CELL_BYTES + 2);
	memset(text, 'q', LIMIT_SET_CELL_BYTES + 1);
	text[LIMIT_SET_CELL_BYTES] = '\0';
	row = xasprintf("A,UNTOC,5,legislative,%s,yesno", text);
	ck_assert_int_eq(load_row(&f, "", row), DIAG_OK);
	fixture_release(&f);
	free(row);
	text[LIMIT_SET_CELL_BYTES] = 'q';
	text[LIMIT_SET_CELL_BYTES + 1] = '\0';
	row = xasprintf("A,UNTOC,5,legislative,%s,yesno", text);
	ck_assert_int_eq(load_row(&f, "", row), DIAG_INVALID);
	ck_assert_str_eq(only_error(&f, 2), "question is longer than the limit "
			 "of 4096 bytes (4097 bytes); expected a shorter text");
	fixture_release(&f);
	free(row);
	free(text);
}
END_TEST

/* Rounds and experts at their limits and one past them. */
START_TEST(issue12_7_round_and_expert_lengths)
{
	struct fixture f;
	char r[LIMIT_ROUND_LEN + 2], e[LIMIT_EXPERT_LEN + 2], *answers;

	memset(r, '2', sizeof(r) - 1);
	r[sizeof(r) - 1] = '\0';
	memset(e, 'e', sizeof(e) - 1);
	e[sizeof(e) - 1] = '\0';
	answers = xasprintf(ANSWERS_HEADER "XEA,%s,%s,A,yes\nXEA,%s,x,A,yes\n"
			    "XEA,1,%s,A,yes\n", r + 1, e + 1, r, e);
	fixture_load(&f, HEADER "\nA,UNTOC,5,legislative,q,yesno\n", answers);
	ck_assert_uint_eq(f.diags.errors, 2);
	ck_assert(fixture_has_error(&f, 3, "(33 characters; at most 32); "
				    "expected 1 to 32 letters"));
	ck_assert(fixture_has_error(&f, 4, "(65 characters; at most 64); "
				    "expected 1 to 64 letters"));
	fixture_release(&f);
	free(answers);
}
END_TEST

/* Text that could hide or reorder a message is escaped. */
START_TEST(issue12_8_hostile_text_escaped)
{
	struct diag d = { .severity = DIAG_ERROR, .file = "f.csv", .line = 2,
			  .column = "answer" };
	char *line;

	/* A right-to-left override, a byte order mark, a zero-width space,
	 * a C1 control and an escape sequence. */
	d.message = "answer 'a\xE2\x80\xAE" "b\xEF\xBB\xBF" "c\xE2\x80\x8B"
		    "d\xC2\x9B" "e\x1b[2Jf' is not valid";
	line = diag_format(&d, "gapscore");
	ck_assert_str_eq(line, "gapscore: f.csv:2:answer: error: answer "
			 "'a\\u202eb\\ufeffc\\u200bd\\u009be\\x1b[2Jf' is not "
			 "valid");
	free(line);
	/* Accented letters and other scripts are kept. */
	d.message = "caf\xC3\xA9 \xD8\xB9";
	line = diag_format(&d, NULL);
	ck_assert_str_eq(line, "f.csv:2:answer: error: caf\xC3\xA9 \xD8\xB9");
	free(line);
}
END_TEST

/* What number_hint says about values that are not numbers. */
START_TEST(issue12_8_number_hints)
{
	static const struct {
		const char *text, *hint;
	} cases[] = {
		{ "#N/A", "a spreadsheet error value" },
		{ "#div/0!", "a spreadsheet error value" },
		{ "#VALUE!", "a spreadsheet error value" },
		{ "inf", "not a finite number" },
		{ "-Infinity", "not a finite number" },
		{ "NaN", "not a finite number" },
		{ "1e999", "too large" },
		{ "-1e400", "too large" },
		{ "0x10", "hexadecimal" },
		{ "1,5", "a comma" },
		{ "1,000,000", "a comma" },
		{ "2026-01-05", "a date" },
		{ "05/01/2026", "a date" },
		{ "5.1.26", "a date" },
		{ "50%", "a percent sign" },
	};
	static const char *const none[] = { "abc", "1.2.3.4", "", "-", "1e5e",
					    "%", "5/1", "12345-01-01" };

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		const char *hint = number_hint(cases[i].text);
		ck_assert_msg(hint && !strncmp(hint, cases[i].hint,
					       strlen(cases[i].hint)),
			      "%s: %s", cases[i].text, hint ? hint : "NULL");
	}
	for (size_t i = 0; i < sizeof(none) / sizeof(none[0]); i++)
		ck_assert_msg(!number_hint(none[i]), "%s", none[i]);
}
END_TEST

/* A byte order mark past the start of the file is an error. */
START_TEST(issue12_8_byte_order_mark_inside)
{
	struct fixture f;

	/* Two files joined: the second one's BOM is inside the first. */
	fixture_load(&f, "\xEF\xBB\xBF" HEADER "\nA,UNTOC,5,legislative,q,yesno\n"
		     "\xEF\xBB\xBF" HEADER "\nB,UNTOC,5,legislative,q,yesno\n",
		     NULL);
	ck_assert_str_eq(only_error(&f, 3), "byte order mark (U+FEFF) at byte 1 "
			 "of the field; expected one only at the start of the "
			 "file (were two files joined?)");
	fixture_release(&f);
}
END_TEST

/* The suite of issue 12 and the limits. */
Suite *suite_limits(void)
{
	Suite *s = suite_create("limits");
	ADD_TEST(s, issue12_1_overflowing_weights_refused);
	ADD_TEST(s, issue12_1_weights_at_the_limit_score_exactly);
	ADD_TEST(s, issue12_1_scale_bounds_limited);
	ADD_TEST(s, issue12_1_thresholds_limited);
	ADD_TEST(s, issue12_2_cr_only_and_mixed_line_ends);
	ADD_TEST(s, issue12_2_line_ends_across_blocks);
	ADD_LONG_TEST(s, issue12_3_wide_headers_hashed);
	ADD_TEST(s, issue12_3_wide_answers_header_hashed);
	ADD_TEST(s, issue12_3_warnings_capped_per_file);
	ADD_TEST(s, issue12_4_long_fields_read_in_blocks);
	ADD_TEST(s, issue12_5_expert_ids_differing_in_case);
	ADD_TEST(s, issue12_6_citation_pattern_limit_reported);
	ADD_TEST(s, issue12_7_csv_limits);
	ADD_TEST(s, csvin_filter_skips);
	ADD_LONG_TEST(s, issue12_7_indicator_limit);
	ADD_TEST(s, issue12_7_expert_limit);
	ADD_TEST(s, issue12_7_code_and_text_lengths);
	ADD_TEST(s, issue12_7_round_and_expert_lengths);
	ADD_TEST(s, issue12_8_hostile_text_escaped);
	ADD_TEST(s, issue12_8_number_hints);
	ADD_TEST(s, issue12_8_byte_order_mark_inside);
	return s;
}

/* SPDX-License-Identifier: Apache-2.0 */
/*
 * test-xlsx.c - the XLSX reader and writer helpers: cell references and
 * column letters, numbers as their shortest text, OOXML escapes, sheet
 * names made valid; workbooks made here with minizip's zip.h and read
 * back cell by cell (shared, rich and inline strings, numbers, booleans,
 * errors, gaps, blank rows, hidden sheets), their refusals (cells out of
 * order, a missing shared string, nesting, the row limit) and answers
 * read from a workbook naming FILE:SHEET:ROW:COLUMN.
 */
#include "config.h"
#include "tests.h"
#include "load/xlsxin.h"
#include "publish/xlsxout.h"
#include "publish/table.h"

#include <stdlib.h>
#include <string.h>
#include <zip.h>

/* ------------------------------------------------------ cell helpers */

START_TEST(refs_parse)
{
	size_t col;
	long row;

	ck_assert(xlsxin_parse_ref("A1", &col, &row));
	ck_assert_uint_eq(col, 0);
	ck_assert_int_eq(row, 1);
	ck_assert(xlsxin_parse_ref("AB12", &col, &row));
	ck_assert_uint_eq(col, 27);	/* 1 * 26 + 2, less 1 */
	ck_assert_int_eq(row, 12);
	ck_assert(xlsxin_parse_ref("$Z$3", &col, &row));
	ck_assert_uint_eq(col, 25);
	ck_assert(xlsxin_parse_ref("XFD1048576", &col, &row));
	ck_assert_uint_eq(col, 16383);	/* 24*676 + 6*26 + 4 - 1 */
	ck_assert_int_eq(row, 1048576);
	ck_assert(!xlsxin_parse_ref("XFE1", &col, &row));
	ck_assert(!xlsxin_parse_ref("A1048577", &col, &row));
	ck_assert(!xlsxin_parse_ref("A0", &col, &row));
	ck_assert(!xlsxin_parse_ref("a1", &col, &row));
	ck_assert(!xlsxin_parse_ref("12", &col, &row));
	ck_assert(!xlsxin_parse_ref("A", &col, &row));
	ck_assert(!xlsxin_parse_ref("AAAA1", &col, &row));
	ck_assert(!xlsxin_parse_ref("A1B", &col, &row));
}
END_TEST

START_TEST(refs_letters)
{
	char buf[4];

	xlsxin_column_letters(0, buf);
	ck_assert_str_eq(buf, "A");
	xlsxin_column_letters(25, buf);
	ck_assert_str_eq(buf, "Z");
	xlsxin_column_letters(26, buf);
	ck_assert_str_eq(buf, "AA");
	xlsxin_column_letters(27, buf);
	ck_assert_str_eq(buf, "AB");
	xlsxin_column_letters(701, buf);
	ck_assert_str_eq(buf, "ZZ");
	xlsxin_column_letters(702, buf);
	ck_assert_str_eq(buf, "AAA");
	xlsxin_column_letters(16383, buf);
	ck_assert_str_eq(buf, "XFD");
}
END_TEST

START_TEST(numbers_shortest)
{
	static const char *const cases[][2] = {
		{ "2.50", "2.5" }, { "3", "3" }, { "3.0", "3" },
		{ "0.1", "0.1" }, { "1E-3", "0.001" }, { "-0.5", "-0.5" },
		{ "2026", "2026" }, { "0", "0" }, { "-0", "0" },
		{ "0.30000000000000004", "0.30000000000000004" },
		{ "1e21", "1e+21" }, { "123456789012345678901", "123456789012345680000" },
		{ "1e-7", "1e-7" }, { "0.000001", "0.000001" },
	};
	char buf[48];

	for (size_t i = 0; i < sizeof(cases) / sizeof(*cases); i++) {
		ck_assert_msg(xlsxin_number_text(cases[i][0], buf,
						 sizeof(buf)), "%s",
			      cases[i][0]);
		ck_assert_str_eq(buf, cases[i][1]);
	}
	ck_assert(!xlsxin_number_text("abc", buf, sizeof(buf)));
	ck_assert(!xlsxin_number_text("inf", buf, sizeof(buf)));
	ck_assert(!xlsxin_number_text("nan", buf, sizeof(buf)));
}
END_TEST

START_TEST(escapes)
{
	char s[] = "a_x000D_b_x005F_x000D__x00e9__x0000__xZZZZ_";

	xlsxin_unescape(s);
	/* CR, then the escaped underscore leaves "_x000D_" as text after
	 * it is decoded once; é; NUL and a bad escape stay as written. */
	ck_assert_str_eq(s, "a\rb_x000D_\xc3\xa9_x0000__xZZZZ_");
}
END_TEST

START_TEST(sheet_names)
{
	char *taken[] = { "UNTOC", "lists" };
	char *s;

	s = xlsxout_valid_sheet_name("a/b:c", taken, 2);
	ck_assert_str_eq(s, "a_b_c");
	free(s);
	s = xlsxout_valid_sheet_name("untoc", taken, 2);
	ck_assert_str_eq(s, "untoc~2");
	free(s);
	s = xlsxout_valid_sheet_name("'quoted'", taken, 2);
	ck_assert_str_eq(s, "quoted");
	free(s);
	s = xlsxout_valid_sheet_name("", taken, 2);
	ck_assert_str_eq(s, "Sheet");
	free(s);
	s = xlsxout_valid_sheet_name("abcdefghijklmnopqrstuvwxyz0123456789",
				     taken, 2);
	ck_assert_str_eq(s, "abcdefghijklmnopqrstuvwxyz01234");
	free(s);
}
END_TEST

START_TEST(table_csv)
{
	struct strbuf sb;
	struct sink out;
	struct table_out t;

	strbuf_init(&sb);
	sink_init_strbuf(&out, &sb);
	table_init_csv(&t, &out);
	table_header(&t, "a,b");
	table_text(&t, "c");
	table_end_row(&t);
	table_text(&t, "=1+1");
	table_number(&t, 2.0 / 3);
	table_empty(&t);
	table_count(&t, 7);
	table_end_row(&t);
	table_release(&t);
	ck_assert_str_eq(sb.buf, "a,b,c\n'=1+1,0.6667,,7\n");
	strbuf_release(&sb);
}
END_TEST

/* ----------------------------------------------------- the reader */

#define NS "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
#define RNS "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/" \
	"2006/relationships\""
#define RELS_HEAD "<Relationships xmlns=\"http://schemas.openxmlformats." \
	"org/package/2006/relationships\">"
#define REL_TYPE "http://schemas.openxmlformats.org/officeDocument/2006/" \
	"relationships/"

/* A workbook at a fresh path of these (name, text) parts, NULL-ended.
 * Caller frees with fixture_remove. */
static char *make_book(const char *const *parts)
{
	char *path = fixture_file("");
	zipFile z = zipOpen(path, APPEND_STATUS_CREATE);

	ck_assert_ptr_nonnull(z);
	for (size_t i = 0; parts[i]; i += 2) {
		ck_assert_int_eq(zipOpenNewFileInZip(z, parts[i], NULL, NULL,
						     0, NULL, 0, NULL,
						     Z_DEFLATED, 6), ZIP_OK);
		ck_assert_int_eq(zipWriteInFileInZip(z, parts[i + 1],
				 (unsigned)strlen(parts[i + 1])), ZIP_OK);
		ck_assert_int_eq(zipCloseFileInZip(z), ZIP_OK);
	}
	ck_assert_int_eq(zipClose(z, NULL), ZIP_OK);
	return path;
}

/* What the callbacks saw: "[sheet]" and each row's fields joined with
 * '|', one line each, with the row's line number. */
struct seen {
	struct strbuf text;
	size_t stop_after;	/* rows; 0: never stop */
	size_t rows;
};

/* A sheet begins. */
static bool seen_sheet(void *ctx, const char *name)
{
	struct seen *s = ctx;

	strbuf_addf(&s->text, "[%s]\n", name);
	return true;
}

/* A row. */
static bool seen_row(void *ctx, const struct csvin_row *row)
{
	struct seen *s = ctx;

	strbuf_addf(&s->text, "%ld:", row->line);
	for (size_t i = 0; i < row->nfields; i++)
		strbuf_addf(&s->text, "%s%s", i ? "|" : "", row->fields[i]);
	strbuf_addch(&s->text, '\n');
	return !s->stop_after || ++s->rows < s->stop_after;
}

static const struct xlsxin_callbacks seen_callbacks = {
	.sheet = seen_sheet, .row = seen_row,
};

/* The workbook's index parts for two sheets, the second hidden, and
 * shared strings. */
#define INDEX(sheet2_state)                                               \
	"xl/workbook.xml",                                                \
	"<?xml version=\"1.0\"?><workbook " NS " " RNS "><sheets>"        \
	"<sheet name=\"One\" sheetId=\"1\" r:id=\"rId1\"/>"               \
	"<sheet name=\"Two\" sheetId=\"2\" " sheet2_state " r:id=\"rId2\"/>" \
	"</sheets></workbook>",                                           \
	"xl/_rels/workbook.xml.rels",                                     \
	"<?xml version=\"1.0\"?>" RELS_HEAD                               \
	"<Relationship Id=\"rId1\" Type=\"" REL_TYPE "worksheet\" "       \
	"Target=\"worksheets/sheet1.xml\"/>"                              \
	"<Relationship Id=\"rId2\" Type=\"" REL_TYPE "worksheet\" "       \
	"Target=\"/xl/worksheets/sheet2.xml\"/>"                          \
	"<Relationship Id=\"rId3\" Type=\"" REL_TYPE "sharedStrings\" "   \
	"Target=\"sharedStrings.xml\"/></Relationships>",                 \
	"xl/sharedStrings.xml",                                           \
	"<sst " NS "><si><t>alpha</t></si>"                               \
	"<si><r><t>be</t></r><r><t xml:space=\"preserve\">ta </t></r>"    \
	"<rPh><t>PHONETIC</t></rPh></si><si><t>a_x000D_b</t></si></sst>"

/* Read path into seen; the status. */
static enum diag_status read_seen(const char *path, struct seen *s,
				  const struct csvin_limits *limits,
				  struct diag_list *dl)
{
	strbuf_init(&s->text);
	diag_list_init(dl);
	return xlsxin_read(path, &seen_callbacks, s, limits, dl);
}

START_TEST(reader_cells)
{
	const char *const parts[] = {
		INDEX("state=\"hidden\""),
		"xl/worksheets/sheet1.xml",
		"<worksheet " NS "><dimension ref=\"A1:D5\"/><sheetData>"
		"<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c>"
		"<c r=\"B1\" t=\"s\"><v>1</v></c><c r=\"C1\" t=\"inlineStr\">"
		"<is><t>c</t></is></c><c r=\"D1\" t=\"str\"><f>1+1</f>"
		"<v>2</v></c></row>"
		"<row r=\"2\"><c r=\"A2\"><v>2.50</v></c><c r=\"C2\" t=\"b\">"
		"<v>1</v></c></row>"
		"<row r=\"3\"><c r=\"A3\" s=\"1\"/><c r=\"B3\"/></row>"
		"<row r=\"5\"><c t=\"e\"><v>#N/A</v></c><c t=\"b\"><v>0</v>"
		"</c><c r=\"D5\" t=\"s\"><v>2</v></c></row>"
		"</sheetData></worksheet>",
		"xl/worksheets/sheet2.xml", "<worksheet " NS "><sheetData>"
		"<row r=\"1\"><c r=\"A1\"><v>1</v></c></row></sheetData>"
		"</worksheet>",
		NULL,
	};
	char *path = make_book(parts);
	struct seen s = { 0 };
	struct diag_list dl;

	ck_assert_int_eq(read_seen(path, &s, NULL, &dl), DIAG_OK);
	ck_assert_uint_eq(dl.count, 0);
	/* Row 2 padded to the header's 4 fields; row 3 blank, skipped;
	 * row 5's cells without references follow each other; the hidden
	 * sheet is not read. */
	ck_assert_str_eq(s.text.buf, "[One]\n"
			 "1:alpha|beta |c|2\n"
			 "2:2.5||TRUE|\n"
			 "5:#N/A|FALSE||a\rb\n");
	strbuf_release(&s.text);
	diag_list_release(&dl);
	fixture_remove(path);
}
END_TEST

START_TEST(reader_both_sheets_and_stop)
{
	const char *const parts[] = {
		INDEX(""),
		"xl/worksheets/sheet1.xml", "<worksheet " NS "><sheetData>"
		"<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"
		"<row r=\"2\"><c r=\"A2\"><v>2</v></c></row>"
		"<row r=\"3\"><c r=\"A3\"><v>3</v></c></row></sheetData>"
		"</worksheet>",
		"xl/worksheets/sheet2.xml", "<worksheet " NS "><sheetData>"
		"<row r=\"4\"><c r=\"B4\" t=\"s\"><v>0</v></c></row>"
		"</sheetData></worksheet>",
		NULL,
	};
	char *path = make_book(parts);
	struct seen s = { .stop_after = 2 };
	struct diag_list dl;

	/* Stopping skips the rest of a sheet, not the next sheet. */
	ck_assert_int_eq(read_seen(path, &s, NULL, &dl), DIAG_OK);
	ck_assert_str_eq(s.text.buf, "[One]\n1:1\n2:2\n[Two]\n4:|alpha\n");
	strbuf_release(&s.text);
	diag_list_release(&dl);
	fixture_remove(path);
}
END_TEST

/* The one message of reading a workbook whose first sheet is body. */
static char *sheet_message(const char *body,
			   const struct csvin_limits *limits)
{
	const char *const parts[] = {
		INDEX("state=\"hidden\""), "xl/worksheets/sheet1.xml", body,
		NULL,
	};
	char *path = make_book(parts), *msg;
	struct seen s = { 0 };
	struct diag_list dl;

	ck_assert_int_eq(read_seen(path, &s, limits, &dl), DIAG_INVALID);
	ck_assert_uint_ge(dl.count, 1);
	msg = diag_format(&dl.items[0], NULL);
	strbuf_release(&s.text);
	diag_list_release(&dl);
	fixture_remove(path);
	return msg;
}

/* Does msg hold part? */
#define ck_has(msg, part) \
	ck_assert_msg(strstr((msg), (part)) != NULL, "%s", (msg))

START_TEST(reader_refusals)
{
	struct csvin_limits small = { 100, 3, 1 };
	struct strbuf deep;
	char *m;

	m = sheet_message("<worksheet><sheetData><row r=\"1\"><c r=\"B1\">"
			  "<v>1</v></c><c r=\"A1\"><v>1</v></c></row>"
			  "</sheetData></worksheet>", NULL);
	ck_has(m, "cell A1 of row 1 comes after a cell to its right");
	free(m);
	m = sheet_message("<worksheet><sheetData><row r=\"2\"/><row r=\"1\"/>"
			  "</sheetData></worksheet>", NULL);
	ck_has(m, "row 1 comes after row 2");
	free(m);
	m = sheet_message("<worksheet><sheetData><row r=\"1\"><c r=\"A1\" "
			  "t=\"s\"><v>7</v></c></row></sheetData>"
			  "</worksheet>", NULL);
	ck_has(m, ":One:1:1: error: the cell refers to shared string '7'");
	free(m);
	m = sheet_message("<worksheet><sheetData><row r=\"1\"><c r=\"A1\">"
			  "<v>x</v></c></row></sheetData></worksheet>", NULL);
	ck_has(m, ":One:1:1: error: the cell holds 'x' as a number");
	free(m);
	m = sheet_message("<worksheet><sheetData><row r=\"1\"><c r=\"D1\">"
			  "<v>1</v></c></row></sheetData></worksheet>",
			  &small);
	ck_has(m, ":One:1:4: error: row has more than 3 fields");
	free(m);
	m = sheet_message("<worksheet><sheetData>"
			  "<row r=\"1\"><c><v>1</v></c></row>"
			  "<row r=\"2\"><c><v>1</v></c></row>"
			  "<row r=\"3\"><c><v>1</v></c></row>"
			  "</sheetData></worksheet>", &small);
	ck_has(m, ":One:3:1: error: the file has more than 1 rows");
	free(m);
	strbuf_init(&deep);
	strbuf_adds(&deep, "<worksheet>");
	for (int i = 0; i < LIMIT_XLSX_DEPTH; i++)
		strbuf_adds(&deep, "<x>");
	m = sheet_message(deep.buf, NULL);
	ck_has(m, "elements are nested more than 64 deep");
	free(m);
	strbuf_release(&deep);
}
END_TEST

START_TEST(answers_from_workbook)
{
	const char *const parts[] = {
		INDEX(""),
		"xl/worksheets/sheet1.xml", "<worksheet " NS "><sheetData>"
		"<row r=\"1\"><c t=\"inlineStr\"><is><t>country</t></is></c>"
		"<c t=\"inlineStr\"><is><t>round</t></is></c>"
		"<c t=\"inlineStr\"><is><t>expert</t></is></c>"
		"<c t=\"inlineStr\"><is><t>indicator</t></is></c>"
		"<c t=\"inlineStr\"><is><t>answer</t></is></c></row>"
		"<row r=\"3\"><c t=\"inlineStr\"><is><t>XEA</t></is></c>"
		"<c><v>2026</v></c><c t=\"s\"><v>0</v></c>"
		"<c t=\"inlineStr\"><is><t>A</t></is></c><c t=\"inlineStr\">"
		"<is><t>no</t></is></c></row></sheetData></worksheet>",
		"xl/worksheets/sheet2.xml", "<worksheet " NS "><sheetData>"
		"<row r=\"1\"><c t=\"inlineStr\"><is><t>country</t></is></c>"
		"<c t=\"inlineStr\"><is><t>round</t></is></c>"
		"<c t=\"inlineStr\"><is><t>expert</t></is></c>"
		"<c t=\"inlineStr\"><is><t>indicator</t></is></c>"
		"<c t=\"inlineStr\"><is><t>answer</t></is></c></row>"
		"<row r=\"9\"><c t=\"inlineStr\"><is><t>XEA</t></is></c>"
		"<c><v>2026</v></c><c t=\"s\"><v>0</v></c>"
		"<c t=\"inlineStr\"><is><t>A</t></is></c><c t=\"b\"><v>1</v>"
		"</c></row>"
		"<row r=\"10\"><c t=\"inlineStr\"><is><t>XEA</t></is></c>"
		"<c><v>2026</v></c><c t=\"s\"><v>0</v></c>"
		"<c t=\"inlineStr\"><is><t>A</t></is></c><c t=\"inlineStr\">"
		"<is><t>yes</t></is></c></row></sheetData></worksheet>",
		NULL,
	};
	char *book = make_book(parts);
	char *ind = fixture_file("id,instrument,article,dimension,question,"
				 "answer_type\nA,UNTOC,5,legislative,q,"
				 "yesno\n");
	char *inds[] = { ind }, *ans[] = { book };
	struct inputs in;
	struct diag_list dl;
	char *m, *want;

	diag_list_init(&dl);
	inputs_init(&in);
	ck_assert_int_eq(inputs_load(&in, inds, 1, ans, 1, &dl),
			 DIAG_INVALID);
	ck_assert_uint_eq(dl.count, 2);
	m = diag_format(&dl.items[0], NULL);
	want = xasprintf("%s:Two:9:answer: error: answer 'TRUE' is not "
			 "valid", book);
	ck_assert_msg(!strncmp(m, want, strlen(want)), "%s", m);
	free(m);
	free(want);
	/* The duplicate names both places, sheet and row. */
	m = diag_format(&dl.items[1], NULL);
	want = xasprintf("%s:Two:10:indicator: error: expert 'alpha' already "
			 "answered 'A' for XEA 2026 at %s:One:3;", book, book);
	ck_assert_msg(!strncmp(m, want, strlen(want)), "%s", m);
	free(m);
	free(want);
	inputs_release(&in);
	diag_list_release(&dl);
	fixture_remove(book);
	fixture_remove(ind);
}
END_TEST

Suite *suite_xlsx(void)
{
	Suite *s = suite_create("xlsx");
	TCase *tc = tcase_create("xlsx");

	tcase_add_test(tc, refs_parse);
	tcase_add_test(tc, refs_letters);
	tcase_add_test(tc, numbers_shortest);
	tcase_add_test(tc, escapes);
	tcase_add_test(tc, sheet_names);
	tcase_add_test(tc, table_csv);
	tcase_add_test(tc, reader_cells);
	tcase_add_test(tc, reader_both_sheets_and_stop);
	tcase_add_test(tc, reader_refusals);
	tcase_add_test(tc, answers_from_workbook);
	suite_add_tcase(s, tc);
	return s;
}

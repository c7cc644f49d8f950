/* SPDX-License-Identifier: Apache-2.0 */
/*
 * table.c - one table, two formats (see table.h): a CSV row is built in a
 * strbuf and handed to the sink when it ends; a sheet's cells are
 * written as they come.
 */
#include "config.h"
#include "publish/table.h"
#include "publish/csvout.h"
#include "publish/xlsxout.h"
#include "publish/tr.h"
#include "base/sink.h"

#include <stdlib.h>
#include <string.h>

/* A table of CSV rows. */
void table_init_csv(struct table_out *t, struct sink *out)
{
	memset(t, 0, sizeof(*t));
	t->sink = out;
	strbuf_init(&t->row_text);
}

/* A table on a sheet. */
void table_init_sheet(struct table_out *t, struct xlsxout *book,
		      size_t sheet)
{
	memset(t, 0, sizeof(*t));
	t->book = book;
	t->sheet = sheet;
	strbuf_init(&t->row_text);
}

/* Headings in lang for the sheet's header. */
void table_sheet_labels(struct table_out *t, const char *lang,
			const struct table_label *labels)
{
	t->lang = lang;
	t->labels = tr_own_words(lang) ? labels : NULL;
}

/* What a header cell named name shows. */
static const char *heading(const struct table_out *t, const char *name)
{
	for (const struct table_label *l = t->labels; l && l->name; l++)
		if (!strcmp(l->name, name))
			return tr_word(t->lang, l->label);
	return name;
}

/* Free the row buffer. */
void table_release(struct table_out *t)
{
	strbuf_release(&t->row_text);
}

/* The names, split at commas, as header cells. */
void table_header(struct table_out *t, const char *names)
{
	const char *p = names;

	t->in_header = true;
	while (*p) {
		const char *comma = strchr(p, ',');
		size_t len = comma ? (size_t)(comma - p) : strlen(p);
		char *name = strndup(p, len);

		if (t->book) {
			xlsxout_text(t->book, t->sheet, t->row, t->col,
				     heading(t, name), XLSXOUT_HEADER);
		} else {
			csvout_field(&t->row_text, name, t->col == 0, false);
		}
		t->col++;
		free(name);
		p += len + (comma != NULL);
	}
}

/* A text cell. */
void table_text(struct table_out *t, const char *text)
{
	if (t->book)
		xlsxout_text(t->book, t->sheet, t->row, t->col, text,
			     t->in_header ? XLSXOUT_HEADER : XLSXOUT_TEXT);
	else
		csvout_field(&t->row_text, text, t->col == 0, true);
	t->col++;
}

/* A number cell: the CSV text, or the number that text reads as. */
void table_number(struct table_out *t, double value)
{
	struct strbuf text;

	strbuf_init(&text);
	csvout_number_text(&text, value);
	if (t->book) {
		xlsxout_number(t->book, t->sheet, t->row, t->col,
			       strtod(text.buf, NULL), XLSXOUT_TEXT);
	} else {
		if (t->col)
			strbuf_addch(&t->row_text, ',');
		strbuf_add(&t->row_text, text.buf, text.len);
	}
	strbuf_release(&text);
	t->col++;
}

/* A whole number cell. */
void table_count(struct table_out *t, size_t n)
{
	if (t->book) {
		xlsxout_number(t->book, t->sheet, t->row, t->col, (double)n,
			       XLSXOUT_TEXT);
	} else {
		if (t->col)
			strbuf_addch(&t->row_text, ',');
		strbuf_addf(&t->row_text, "%zu", n);
	}
	t->col++;
}

/* An empty cell. */
void table_empty(struct table_out *t)
{
	if (!t->book && t->col)
		strbuf_addch(&t->row_text, ',');
	t->col++;
}

/* The row is done: to the sink in CSV; the header frozen on a sheet. */
void table_end_row(struct table_out *t)
{
	if (t->book) {
		if (t->in_header)
			xlsxout_freeze_rows(t->book, t->sheet, 1);
	} else {
		csvout_end_row(&t->row_text);
		sink_add(t->sink, t->row_text.buf, t->row_text.len);
		strbuf_reset(&t->row_text);
	}
	t->in_header = false;
	t->row++;
	t->col = 0;
}

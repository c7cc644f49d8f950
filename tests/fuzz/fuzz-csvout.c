/* SPDX-License-Identifier: Apache-2.0 */
/*
 * fuzz-csvout.c - libFuzzer target: the CSV cell writer, csvout_text
 * (publish/csvout.c). The first byte chooses neutralising (its low
 * bit); the rest is cut at NUL bytes into the cells of one row, written
 * with a last cell "end" so that no row is blank. Oracle: libcsv in
 * strict mode, spaces kept (RFC 4180), reads back exactly one row of the
 * cells written; a neutralised cell never starts as a formula would
 * (=, +, -, @, tab, CR) unless it is a plain number, and the reader's
 * undoing (drop an apostrophe before one of those) gives the text back
 * (as the reader would take the text itself: one that already starts
 * with such an apostrophe cannot be carried, see README.md);
 * and gapscore's own reader (load/csvin), then trimming and undoing as
 * the loaders do, gives back each cell that has no space around it (as
 * every text a writer gets from the loaders).
 */
#include "config.h"
#include "fuzz.h"
#include "publish/csvout.h"
#include "load/sniff.h"
#include "load/csvin.h"
#include "base/strbuf.h"
#include "base/text.h"
#include "base/xalloc.h"

#include <csv.h>
#include <stdlib.h>
#include <string.h>

#define MAX_CELLS 16

/* What a reader gets back. */
struct cells {
	char *items[MAX_CELLS + 2];
	size_t count;
	size_t rows;
};

/* libcsv field callback: keep a copy. */
static void on_field(void *s, size_t len, void *data)
{
	struct cells *c = data;

	if (c->count < MAX_CELLS + 2)
		c->items[c->count++] = xstrndup(s ? s : "", len);
}

/* libcsv row callback: count rows. */
static void on_row(int ch, void *data)
{
	(void)ch;
	((struct cells *)data)->rows++;
}

/* No byte is a space: fields are kept as written. */
static int no_space(unsigned char c)
{
	(void)c;
	return 0;
}

/* Free the cells read. */
static void cells_free(struct cells *c)
{
	for (size_t i = 0; i < c->count; i++)
		free(c->items[i]);
	c->count = 0;
}

/* Read text with libcsv, strict, spaces kept. */
static void read_exact(const char *text, size_t len, struct cells *c)
{
	struct csv_parser p;

	memset(c, 0, sizeof(*c));
	FUZZ_CHECK(csv_init(&p, CSV_STRICT | CSV_STRICT_FINI) == 0,
		   "csv_init");
	csv_set_space_func(&p, no_space);
	FUZZ_CHECK(csv_parse(&p, text, len, on_field, on_row, c) == len,
		   "libcsv refuses what csvout wrote: %s: %s",
		   csv_strerror(csv_error(&p)), text);
	FUZZ_CHECK(csv_fini(&p, on_field, on_row, c) == 0,
		   "libcsv cannot finish: %s", text);
	csv_free(&p);
}

/* csvin row callback: keep the fields of the one row. */
static bool on_csvin_row(void *ctx, const struct csvin_row *row)
{
	struct cells *c = ctx;

	for (size_t i = 0; i < row->nfields && c->count < MAX_CELLS + 2; i++)
		c->items[c->count++] = xstrdup(row->fields[i]);
	c->rows++;
	return true;
}

/* Is s what a spreadsheet could read as a formula? */
static bool formula_like(const char *s)
{
	double v;

	return s[0] && strchr("=+-@\t\r", s[0]) && !parse_number(s, &v);
}

/* The reader's undoing of neutralising (load/answers.c), on a copy. */
static char *unneutralise(const char *s)
{
	if (s[0] == '\'' && s[1] && strchr("=+-@\t\r", s[1]))
		s++;
	return xstrdup(s);
}

/* What a loader makes of a cell: trimmed, then (when neutralise)
 * undone (caller frees). */
static char *meaning(const char *cell, bool neutralise)
{
	char *t = trim_dup(cell);
	char *m = neutralise ? unneutralise(t) : xstrdup(t);

	free(t);
	return m;
}

/* What gapscore's reader gets means what the cells meant, for cells
 * as the loaders leave texts (no space around them): the texts the
 * writers are given. */
static void check_csvin(const char *text, char **cells, size_t n,
			bool neutralise)
{
	struct fuzz_file f;
	struct cells got = { .count = 0 };
	/* What csvout writes is comma-separated, whatever the cells hold. */
	const struct csvin_options comma = { .delimiter = CSVIN_DELIM_COMMA };
	struct diag_list diags;

	diag_list_init(&diags);
	fuzz_file_open(&f, text, strlen(text));
	FUZZ_CHECK(csvin_read(f.path, on_csvin_row, NULL, &got, NULL, &comma,
			      &diags) == DIAG_OK, "load/csvin refuses what csvout wrote: %s",
		   diags.count ? diags.items[0].message : text);
	FUZZ_CHECK(got.rows == 1 && got.count == n + 1, "csvin read %zu "
		   "rows, %zu cells of %zu", got.rows, got.count, n + 1);
	for (size_t i = 0; i < n; i++) {
		char *t = trim_dup(cells[i]);
		char *a, *b;
		bool trimmed = !strcmp(t, cells[i]);
		free(t);
		if (!trimmed)
			continue;
		a = meaning(got.items[i], neutralise);
		b = meaning(cells[i], neutralise);
		FUZZ_CHECK(!strcmp(a, b), "csvin read '%s' for '%s'", a, b);
		free(a);
		free(b);
	}
	cells_free(&got);
	diag_list_release(&diags);
	fuzz_file_close(&f);
}

/* Write the cells as a row and read them back. */
/* Does any cell hold a byte order mark (U+FEFF)? */
static bool has_bom(char **cells, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (strstr(cells[i], "\xEF\xBB\xBF"))
			return true;
	return false;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *cells[MAX_CELLS];
	bool neutralise = size && (data[0] & 1);
	size_t n = size ? fuzz_split(data + 1, size - 1, cells, MAX_CELLS) : 0;
	struct strbuf sb;
	struct cells got;
	bool utf8 = true;

	strbuf_init(&sb);
	for (size_t i = 0; i < n; i++) {
		size_t bad;
		csvout_field(&sb, cells[i], i == 0, neutralise);
		utf8 = utf8 && utf8_valid(cells[i], strlen(cells[i]), &bad);
	}
	csvout_field(&sb, "end", n == 0, neutralise);
	csvout_end_row(&sb);
	read_exact(sb.buf, sb.len, &got);
	FUZZ_CHECK(got.rows == 1 && got.count == n + 1, "%zu rows, %zu cells "
		   "of %zu: %s", got.rows, got.count, n + 1, sb.buf);
	for (size_t i = 0; i < n; i++) {
		char *back = neutralise ? unneutralise(got.items[i])
					: xstrdup(got.items[i]);
		char *meant = neutralise ? unneutralise(cells[i])
					 : xstrdup(cells[i]);
		FUZZ_CHECK(!neutralise || !formula_like(got.items[i]),
			   "cell '%s' reads as a formula", got.items[i]);
		FUZZ_CHECK(!strcmp(back, meant), "cell '%s' came back as "
			   "'%s'", cells[i], back);
		free(meant);
		free(back);
	}
	cells_free(&got);
	/* A byte order mark opening the file is no cell text to a reader,
	 * and load/csvin refuses one anywhere else (two files joined), as
	 * it refuses a file whose first bytes are another format's (a
	 * first cell "%PDF-"). */
	if (utf8 && !has_bom(cells, n) &&
	    !sniff_kind_message(sniff_file_kind((const unsigned char *)sb.buf,
						sb.len)))
		check_csvin(sb.buf, cells, n, neutralise);
	strbuf_release(&sb);
	fuzz_parts_free(cells, n);
	return 0;
}

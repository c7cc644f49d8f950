/* SPDX-License-Identifier: Apache-2.0 */
/*
 * xlsxout.c - workbooks through libxlsxwriter (see xlsxout.h).
 * libxlsxwriter writes to a named file when the workbook is closed, so
 * each workbook gets a private temporary directory (under $TMPDIR, else
 * /tmp) for that file and for libxlsxwriter's own scratch files; the
 * file's bytes are then copied into the caller's sink and the directory
 * removed. The first error of any call is kept and reported at close.
 */
#include "config.h"
#include "publish/xlsxout.h"
#include "base/sink.h"
#include "base/strbuf.h"
#include "base/text.h"
#include "base/xalloc.h"
#include "base/i18n.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <xlsxwriter.h>

/* 1980-01-01T00:00:00Z: the creation date of every workbook. */
#define XLSXOUT_CREATED 315532800

struct xlsxout {
	char *dir;			/* the temporary directory */
	char *file;			/* DIR/book.xlsx */
	lxw_workbook *wb;
	lxw_format *styles[XLSXOUT_NSTYLES];
	lxw_worksheet **sheets;
	char **names;
	size_t nsheets, cap;
	size_t lists;			/* the "lists" sheet + 1, or 0 */
	size_t nlists;			/* columns used on it */
	char *error;			/* the first error, or NULL */
};

/* Keep the first error. */
static void fail(struct xlsxout *x, const char *what, lxw_error e)
{
	if (!x->error)
		x->error = xasprintf(_("cannot make the workbook: %s: %s"), what,
				     lxw_strerror(e));
}

/* The four styles of xlsxout_style. */
static void make_styles(struct xlsxout *x)
{
	lxw_format *f;

	x->styles[XLSXOUT_TEXT] = workbook_add_format(x->wb);
	format_set_align(x->styles[XLSXOUT_TEXT], LXW_ALIGN_VERTICAL_TOP);
	f = x->styles[XLSXOUT_HEADER] = workbook_add_format(x->wb);
	format_set_bold(f);
	format_set_text_wrap(f);
	format_set_bg_color(f, 0xD9D9D9);
	format_set_bottom(f, LXW_BORDER_THIN);
	format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
	f = x->styles[XLSXOUT_WRAP] = workbook_add_format(x->wb);
	format_set_text_wrap(f);
	format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
	f = x->styles[XLSXOUT_INPUT] = workbook_add_format(x->wb);
	format_set_unlocked(f);
	format_set_text_wrap(f);
	format_set_bg_color(f, 0xFFF2CC);
	format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
	f = x->styles[XLSXOUT_PREFILLED] = workbook_add_format(x->wb);
	format_set_unlocked(f);
	format_set_text_wrap(f);
	format_set_italic(f);
	format_set_bg_color(f, 0xF8CBAD);
	format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
}

/* A workbook writing into a fresh temporary directory. */
struct xlsxout *xlsxout_new(char **err)
{
	const char *tmp = getenv("TMPDIR");
	struct xlsxout *x = xcalloc(1, sizeof(*x));
	lxw_workbook_options options = { 0 };
	lxw_doc_properties props = { 0 };

	x->dir = xasprintf("%s/gapscore-xlsx.XXXXXX",
			   tmp && tmp[0] ? tmp : "/tmp");
	if (!mkdtemp(x->dir)) {
		*err = xasprintf(_("cannot make a temporary directory '%s' for "
				   "the workbook: %s"), x->dir, strerror(errno));
		free(x->dir);
		free(x);
		return NULL;
	}
	x->file = xasprintf("%s/book.xlsx", x->dir);
	options.tmpdir = x->dir;
	x->wb = workbook_new_opt(x->file, &options);
	if (!x->wb) {
		*err = xasprintf(_("cannot start the workbook in '%s'"), x->dir);
		rmdir(x->dir);
		free(x->file);
		free(x->dir);
		free(x);
		return NULL;
	}
	props.created = XLSXOUT_CREATED;
	workbook_set_properties(x->wb, &props);
	make_styles(x);
	return x;
}

/* Is c a character sheet names may not hold? */
static bool bad_name_char(char c)
{
	return strchr("[]:*?/\\", c) || (unsigned char)c < 0x20;
}

/* Cut s to at most max characters (of UTF-8). */
static void cut_chars(char *s, size_t max)
{
	size_t chars = 0;

	for (char *p = s; *p; p++)
		if (((unsigned char)*p & 0xC0) != 0x80 && chars++ == max) {
			*p = '\0';
			return;
		}
}

/* Is name among the n taken, ignoring ASCII case? */
static bool name_taken(const char *name, char *const *taken, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (ascii_caseeq(name, taken[i]))
			return true;
	return false;
}

/* Valid characters, no apostrophe at either end, 31 characters at
 * most, then a suffix until unique. */
char *xlsxout_valid_sheet_name(const char *name, char *const *taken,
			       size_t n)
{
	char *base = xstrdup(name), *p, *s;

	for (p = base; *p; p++)
		if (bad_name_char(*p))
			*p = '_';
	for (p = base; *p == '\''; p++)
		;
	memmove(base, p, strlen(p) + 1);
	for (size_t len = strlen(base); len && base[len - 1] == '\'';)
		base[--len] = '\0';
	if (!base[0] || ascii_caseeq(base, "History")) {
		/* Excel keeps "History" for itself. */
		char *named = xstrdup(base[0] ? "History_" : "Sheet");
		free(base);
		base = named;
	}
	cut_chars(base, 31);
	s = xstrdup(base);
	for (unsigned k = 2; name_taken(s, taken, n); k++) {
		char suffix[16];

		free(s);
		snprintf(suffix, sizeof(suffix), "~%u", k);
		cut_chars(base, 31 - strlen(suffix));
		s = xasprintf("%s%s", base, suffix);
	}
	free(base);
	return s;
}

/* A sheet with a valid, unique name. */
size_t xlsxout_add_sheet(struct xlsxout *x, const char *name)
{
	char *valid = xlsxout_valid_sheet_name(name, x->names, x->nsheets);

	if (x->nsheets + 1 > x->cap) {
		size_t cap = x->cap;
		GROW(x->sheets, cap, x->nsheets + 1);
		x->names = xrealloc(x->names, cap * sizeof(*x->names));
		x->cap = cap;
	}
	x->names[x->nsheets] = valid;
	x->sheets[x->nsheets] = workbook_add_worksheet(x->wb, valid);
	if (!x->sheets[x->nsheets])
		fail(x, _("adding a sheet"), LXW_ERROR_SHEETNAME_ALREADY_USED);
	return x->nsheets++;
}

/* The sheet's name as made valid. */
const char *xlsxout_sheet_name(const struct xlsxout *x, size_t sheet)
{
	return x->names[sheet];
}

/* The sheet, or NULL when it could not be made (the error is kept). */
static lxw_worksheet *ws(const struct xlsxout *x, size_t sheet)
{
	return sheet < x->nsheets ? x->sheets[sheet] : NULL;
}

/* Can (row, col) be on a sheet? Kept as an error if not. */
static bool fits(struct xlsxout *x, size_t row, size_t col)
{
	if (row < LXW_ROW_MAX && col < LXW_COL_MAX)
		return true;
	if (!x->error)
		x->error = xasprintf(_("cannot make the workbook: the table has "
				       "more than %d rows or %d columns, which "
				       "is more than a sheet holds"), LXW_ROW_MAX,
				     LXW_COL_MAX);
	return false;
}

/* text cut to what a cell holds, or NULL when it fits. Caller frees. */
static char *cut_text(const char *text)
{
	size_t chars = 0;
	char *cut;

	for (const char *p = text; *p; p++)
		if (((unsigned char)*p & 0xC0) != 0x80)
			chars++;
	if (chars <= XLSXOUT_MAX_TEXT)
		return NULL;
	cut = xmalloc(strlen(text) + 4);
	strcpy(cut, text);
	cut_chars(cut, XLSXOUT_MAX_TEXT - 3);
	strcat(cut, "...");
	return cut;
}

/* A text cell, written as a string whatever it holds. */
void xlsxout_text(struct xlsxout *x, size_t sheet, size_t row, size_t col,
		  const char *text, enum xlsxout_style style)
{
	lxw_worksheet *w = ws(x, sheet);
	char *cut;
	lxw_error e;

	if (!w || !fits(x, row, col))
		return;
	if (!text || !text[0]) {
		e = worksheet_write_blank(w, (lxw_row_t)row, (lxw_col_t)col,
					  x->styles[style]);
	} else {
		cut = cut_text(text);
		e = worksheet_write_string(w, (lxw_row_t)row, (lxw_col_t)col,
					   cut ? cut : text, x->styles[style]);
		free(cut);
	}
	if (e != LXW_NO_ERROR)
		fail(x, _("writing a text cell"), e);
}

/* A number cell. */
void xlsxout_number(struct xlsxout *x, size_t sheet, size_t row,
		    size_t col, double value, enum xlsxout_style style)
{
	lxw_worksheet *w = ws(x, sheet);
	lxw_error e;

	if (!w || !fits(x, row, col))
		return;
	e = worksheet_write_number(w, (lxw_row_t)row, (lxw_col_t)col,
				   value + 0.0, x->styles[style]);
	if (e != LXW_NO_ERROR)
		fail(x, _("writing a number cell"), e);
}

/* A column's width and default style. */
void xlsxout_column(struct xlsxout *x, size_t sheet, size_t col,
		    double width, enum xlsxout_style style)
{
	lxw_worksheet *w = ws(x, sheet);
	lxw_error e;

	if (!w || !fits(x, 0, col))
		return;
	e = worksheet_set_column(w, (lxw_col_t)col, (lxw_col_t)col, width,
				 x->styles[style]);
	if (e != LXW_NO_ERROR)
		fail(x, _("setting a column"), e);
}

/* Freeze the first rows. */
void xlsxout_freeze_rows(struct xlsxout *x, size_t sheet, size_t rows)
{
	if (ws(x, sheet) && fits(x, rows, 0))
		worksheet_freeze_panes(ws(x, sheet), (lxw_row_t)rows, 0);
}

/* A note on a cell, shown when the pointer rests on it. */
void xlsxout_comment(struct xlsxout *x, size_t sheet, size_t row,
		     size_t col, const char *text)
{
	lxw_worksheet *w = ws(x, sheet);
	char *t;
	lxw_error e;

	if (!w || !text || !fits(x, row, col))
		return;
	t = cut_text(text);
	e = worksheet_write_comment(w, (lxw_row_t)row, (lxw_col_t)col,
				    t ? t : text);
	free(t);
	if (e != LXW_NO_ERROR)
		fail(x, _("writing a comment"), e);
}

/* Right to left. */
void xlsxout_right_to_left(struct xlsxout *x, size_t sheet)
{
	if (ws(x, sheet))
		worksheet_right_to_left(ws(x, sheet));
}

/* Protection without a password; resizing stays allowed. */
void xlsxout_protect(struct xlsxout *x, size_t sheet)
{
	lxw_protection allow = { 0 };

	allow.format_columns = 1;
	allow.format_rows = 1;
	if (ws(x, sheet))
		worksheet_protect(ws(x, sheet), NULL, &allow);
}

/* Hidden. */
void xlsxout_hide(struct xlsxout *x, size_t sheet)
{
	if (ws(x, sheet))
		worksheet_hide(ws(x, sheet));
}

/* Letters and row number, as "E2". */
void xlsxout_cell_ref(size_t row, size_t col, char *buf)
{
	lxw_rowcol_to_cell(buf, (lxw_row_t)row, (lxw_col_t)col);
}

/* A copy of s cut to 255 characters, what validation messages hold. */
static char *message_text(const char *s)
{
	char *m = xstrdup(s ? s : "");

	cut_chars(m, 255);
	return m;
}

/* Apply rule v, with message, to rows first..last of col. */
static void add_rule(struct xlsxout *x, size_t sheet, size_t first,
		     size_t last, size_t col, lxw_data_validation *v,
		     const char *message)
{
	lxw_worksheet *w = ws(x, sheet);
	char *text = message_text(message);
	lxw_error e;

	if (!w || !fits(x, last, col)) {
		free(text);
		return;
	}
	v->error_title = "Not an allowed answer";
	v->error_message = text[0] ? text : NULL;
	e = worksheet_data_validation_range(w, (lxw_row_t)first,
					    (lxw_col_t)col, (lxw_row_t)last,
					    (lxw_col_t)col, v);
	if (e != LXW_NO_ERROR)
		fail(x, _("adding a data validation"), e);
	free(text);
}

/* Do the items fit in a rule's own list: no comma or quote, 255
 * characters with the commas between them? */
static bool fits_inline(const char *const *items, size_t n)
{
	size_t chars = n ? n - 1 : 0;

	for (size_t i = 0; i < n; i++) {
		if (strpbrk(items[i], ",\""))
			return false;
		for (const char *p = items[i]; *p; p++)
			if (((unsigned char)*p & 0xC0) != 0x80)
				chars++;
	}
	return chars <= 255;
}

/* The items in a new column of the hidden "lists" sheet: the formula of
 * their range (caller frees). */
static char *list_range(struct xlsxout *x, const char *const *items,
			size_t n)
{
	struct strbuf sb;
	char first[16], last[16];
	size_t col;

	if (!x->lists) {
		x->lists = xlsxout_add_sheet(x, "lists") + 1;
		xlsxout_hide(x, x->lists - 1);
	}
	col = x->nlists++;
	for (size_t i = 0; i < n; i++)
		xlsxout_text(x, x->lists - 1, i, col, items[i], XLSXOUT_TEXT);
	lxw_rowcol_to_cell_abs(first, 0, (lxw_col_t)col, 1, 1);
	lxw_rowcol_to_cell_abs(last, (lxw_row_t)(n ? n - 1 : 0),
			       (lxw_col_t)col, 1, 1);
	strbuf_init(&sb);
	strbuf_addch(&sb, '\'');
	for (const char *p = x->names[x->lists - 1]; *p; p++) {
		if (*p == '\'')
			strbuf_addch(&sb, '\'');
		strbuf_addch(&sb, *p);
	}
	strbuf_addf(&sb, "'!%s:%s", first, last);
	return strbuf_detach(&sb);
}

/* A dropdown of the items. */
void xlsxout_list_rule(struct xlsxout *x, size_t sheet, size_t first,
		       size_t last, size_t col, const char *const *items,
		       size_t n, const char *message)
{
	lxw_data_validation v = { 0 };
	const char **list;
	char *range = NULL;

	if (fits_inline(items, n)) {
		list = xcalloc(n + 1, sizeof(*list));
		memcpy(list, items, n * sizeof(*list));
		v.validate = LXW_VALIDATION_TYPE_LIST;
		v.value_list = (char **)list;
		add_rule(x, sheet, first, last, col, &v, message);
		free(list);
		return;
	}
	range = list_range(x, items, n);
	v.validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
	v.value_formula = range;
	add_rule(x, sheet, first, last, col, &v, message);
	free(range);
}

/* A rule that a formula must hold. */
void xlsxout_formula_rule(struct xlsxout *x, size_t sheet, size_t first,
			  size_t last, size_t col, const char *formula,
			  const char *message)
{
	lxw_data_validation v = { 0 };
	char *copy = xstrdup(formula);

	v.validate = LXW_VALIDATION_TYPE_CUSTOM_FORMULA;
	v.value_formula = copy;
	add_rule(x, sheet, first, last, col, &v, message);
	free(copy);
}

/* Append the file's bytes to out; false with *err. */
static bool copy_file(const char *path, struct sink *out, char **err)
{
	FILE *fp = fopen(path, "rb");
	char buf[64 * 1024];
	size_t got;
	bool ok;

	if (!fp) {
		*err = xasprintf(_("cannot read the workbook '%s': %s"), path,
				 strerror(errno));
		return false;
	}
	while ((got = fread(buf, 1, sizeof(buf), fp)) > 0)
		sink_add(out, buf, got);
	ok = !ferror(fp);
	if (!ok)
		*err = xasprintf(_("cannot read the workbook '%s': %s"), path,
				 strerror(errno));
	fclose(fp);
	return ok;
}

/* Write, copy, remove the temporary directory, free. */
bool xlsxout_close(struct xlsxout *x, struct sink *out, char **err)
{
	lxw_error e = workbook_close(x->wb);
	bool ok = false;

	if (x->error) {
		*err = x->error;
		x->error = NULL;
	} else if (e != LXW_NO_ERROR) {
		*err = xasprintf(_("cannot write the workbook in '%s': %s"),
				 x->dir, lxw_strerror(e));
	} else {
		ok = copy_file(x->file, out, err);
	}
	unlink(x->file);
	rmdir(x->dir);
	for (size_t i = 0; i < x->nsheets; i++)
		free(x->names[i]);
	free(x->names);
	free(x->sheets);
	free(x->file);
	free(x->dir);
	free(x);
	return ok;
}

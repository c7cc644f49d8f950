/* SPDX-License-Identifier: Apache-2.0 */
/*
 * csvtable.c - the header and row discipline shared by the CSV loaders
 * (see csvtable.h). Messages about columns name the header cell, so they
 * read FILE:LINE:COLUMN like every other input error.
 */
#include "config.h"
#include "load/csvtable.h"
#include "load/xlsxin.h"
#include "base/xalloc.h"
#include "base/text.h"
#include "base/strmap.h"
#include "base/i18n.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

/* What the CSV reader runs a table read with. */
struct reading {
	struct csvtable *t;
	void *ctx;
	bool capped;		/* the file's error cap was reached */
};

/* The header name of column index, for the CSV reader's messages. */
static const char *column_name(void *ctx, size_t index)
{
	const struct reading *r = ctx;

	return index < r->t->ncols ? r->t->names[index] : NULL;
}

/* Trim the header names and give each column its key: the spec's, or
 * its name (also when the spec's key is another column's name). */
static void read_keys(struct csvtable *t, const struct csvin_row *row,
		      void *ctx)
{
	struct strmap exact;
	size_t j;

	t->names = xcalloc(row->nfields, sizeof(*t->names));
	t->keys = xcalloc(row->nfields, sizeof(*t->keys));
	strmap_init(&exact);
	for (size_t i = 0; i < row->nfields; i++) {
		t->names[i] = trim_dup(row->fields[i]);
		strmap_put(&exact, t->names[i], i);
	}
	for (size_t i = 0; i < row->nfields; i++) {
		char *key = t->spec->key ? t->spec->key(ctx, t->names[i])
					 : NULL;

		if (key && strcmp(key, t->names[i]) &&
		    strmap_get(&exact, key, &j)) {
			free(key);
			key = NULL;
		}
		t->keys[i] = key ? key : xstrdup(t->names[i]);
	}
	strmap_release(&exact);
}

/* Find the known columns and the first column of each key through one
 * hash of the keys. */
static void read_names(struct csvtable *t, const struct csvin_row *row,
		       void *ctx)
{
	const struct csvtable_spec *spec = t->spec;
	struct strmap seen;
	size_t j;

	t->ncols = row->nfields;
	read_keys(t, row, ctx);
	t->known = xcalloc(row->nfields, sizeof(*t->known));
	t->first = xcalloc(row->nfields, sizeof(*t->first));
	t->where = xcalloc(spec->ncolumns, sizeof(*t->where));
	strmap_init(&seen);
	for (size_t i = 0; i < row->nfields; i++) {
		t->known[i] = spec->ncolumns;
		if (strmap_get(&seen, t->keys[i], &j)) {
			t->first[i] = j;
		} else {
			t->first[i] = i;
			strmap_put(&seen, t->keys[i], i);
		}
	}
	for (size_t k = 0; k < spec->ncolumns; k++) {
		t->where[k] = -1;
		if (strmap_get(&seen, spec->columns[k], &j)) {
			t->where[k] = (long)j;
			t->known[j] = k;
		}
	}
	/* Repeats of a known name are that known column too. */
	for (size_t i = 0; i < row->nfields; i++)
		t->known[i] = t->known[t->first[i]];
	strmap_release(&seen);
}

/* A row with other than the header's number of fields, reported at the
 * first missing or extra column. */
static void field_count_error(const struct csvtable *t,
			      const struct csvin_row *row)
{
	size_t col = row->nfields < t->ncols ? row->nfields : t->ncols;
	char label[128];

	csvin_column_label(label, sizeof(label),
			   col < t->ncols ? t->names[col] : NULL, col);
	diag_error(t->diags, t->path, row->lines[row->nfields - 1], label,
		   row->nfields == 1
		   ? N_("row has %zu field; expected %zu, as in the header")
		   : N_("row has %zu fields; expected %zu, as in the header"),
		   row->nfields, t->ncols);
}

/* After the header: one warning for the unknown columns not warned
 * about one by one. */
static void warn_hidden_unknown(const struct csvtable *t,
				const struct csvin_row *row)
{
	size_t i = t->unknown_first_hidden;
	char label[128];

	if (!t->unknown_hidden)
		return;
	csvtable_label(t, i, label, sizeof(label));
	if (t->unknown_kept_out)
		diag_warning(t->diags, t->path, row->lines[i], label,
			     t->unknown_hidden == 1
			     ? N_("%zu more unknown column, from '%s' on, is kept "
			          "out of scoring (only the first %d are named)")
			     : N_("%zu more unknown columns, from '%s' on, are "
			          "kept out of scoring (only the first %d are "
			          "named)"),
			     t->unknown_hidden, t->names[i],
			     LIMIT_UNKNOWN_COLUMNS_SHOWN);
	else
		diag_warning(t->diags, t->path, row->lines[i], label,
			     t->unknown_hidden == 1
			     ? N_("%zu more unknown column, from '%s' on, is "
			          "ignored (only the first %d are named)")
			     : N_("%zu more unknown columns, from '%s' on, are "
			          "ignored (only the first %d are named)"),
			     t->unknown_hidden, t->names[i],
			     LIMIT_UNKNOWN_COLUMNS_SHOWN);
}

/* How a delimiter reads in a message. */
static const char *delimiter_name(char d)
{
	return d == ',' ? "','" : d == ';' ? "';'" : _("a tab");
}

/* A header of one column read with a given delimiter, that holds
 * another: the file uses that one. Report it and return true. */
static bool wrong_delimiter(const struct csvtable *t,
			    const struct csvin_row *row)
{
	static const char delimiters[] = ",;\t";
	char label[128];

	if (!row->delimiter_given || t->ncols != 1)
		return false;
	for (const char *d = delimiters; *d; d++) {
		if (*d == row->delimiter || !strchr(t->names[0], *d))
			continue;
		csvtable_label(t, 0, label, sizeof(label));
		diag_error(t->diags, t->path, row->line, label, "the header is "
			   "one column that holds %s: the file seems to be "
			   "separated by %s, but it was read with %s; expected "
			   "it read with %s, or with the delimiter told from "
			   "its header", delimiter_name(*d), delimiter_name(*d),
			   delimiter_name(row->delimiter), delimiter_name(*d));
		return true;
	}
	return false;
}

/* CSV reader callback: the header, then each data row; stop at the cap. */
static bool on_row(void *ctx, const struct csvin_row *row)
{
	struct reading *r = ctx;
	struct csvtable *t = r->t;

	if (row->index == 0) {
		bool go_on;

		t->had_header = true;
		read_names(t, row, r->ctx);
		t->delimiter = row->delimiter;
		t->mark = row->delimiter == ';' ? DECIMAL_COMMA
						: DECIMAL_POINT;
		if (wrong_delimiter(t, row))
			return false;
		t->filter = row->filter;
		go_on = t->spec->header(r->ctx, row);
		t->filter = NULL;
		warn_hidden_unknown(t, row);
		return go_on;
	}
	if (row->nfields != t->ncols)
		field_count_error(t, row);
	else if (row->skipped)
		t->skipped++;
	else if (!t->spec->row(r->ctx, row))
		return false;
	r->capped = diag_cap_reached(t->diags, t->path, row->line);
	return !r->capped;
}

/* Free what the header left. */
static void release(struct csvtable *t)
{
	for (size_t i = 0; i < t->ncols; i++) {
		free(t->names[i]);
		free(t->keys[i]);
	}
	free(t->names);
	free(t->keys);
	t->keys = NULL;
	free(t->where);
	free(t->known);
	free(t->first);
	t->names = NULL;
	t->where = NULL;
	t->known = NULL;
	t->first = NULL;
	t->ncols = 0;
}

/* Workbook reader callback: a sheet begins, with a header of its own;
 * none past the file's error cap. */
static bool on_sheet(void *ctx, const char *name)
{
	struct reading *r = ctx;
	struct csvtable *t = r->t;

	release(t);
	t->unknown_shown = t->unknown_hidden = t->unknown_first_hidden = 0;
	t->sheet = name;
	return !r->capped;
}

/* Read the workbook at path, each sheet a table. */
static enum diag_status read_workbook(struct reading *r, const char *path,
				      struct diag_list *diags)
{
	static const struct xlsxin_callbacks callbacks = {
		.sheet = on_sheet,
		.row = on_row,
		.column_name = column_name,
	};
	enum diag_status st = xlsxin_read(path, &callbacks, r, NULL, diags);

	r->t->sheet = NULL;
	return st;
}

/* Read through csvin with this module's row callback; see csvtable.h. */
enum diag_status csvtable_read(struct csvtable *t, const char *path,
			       const struct csvtable_spec *spec,
			       const struct csvin_options *opts, void *ctx,
			       struct diag_list *diags)
{
	struct reading r = { .t = t, .ctx = ctx };
	size_t errors_before = diags->errors;
	bool workbook = spec->workbooks && xlsxin_is_workbook(path);
	enum diag_status st;

	memset(t, 0, sizeof(*t));
	t->path = path;
	t->diags = diags;
	t->spec = spec;
	if (workbook) {
		st = read_workbook(&r, path, diags);
		digest_file(path, t->sha256);
	} else {
		st = csvin_read_digest(path, on_row, column_name, &r, NULL,
				       opts, diags, t->sha256);
	}
	if (st == DIAG_OK && !t->had_header) {
		if (workbook)
			diag_error(diags, path, 0, NULL, "the workbook has no "
				   "rows in its visible sheets; expected %s on "
				   "a sheet", _(spec->empty));
		else
			diag_error(diags, path, 1, "1", "the file is empty; "
				   "expected %s", _(spec->empty));
		st = DIAG_INVALID;
	} else if (st == DIAG_OK && diags->errors > errors_before) {
		st = DIAG_INVALID;
	}
	release(t);
	return st;
}

/* Set the reader's filter to the prefix that holds fields (see
 * csvtable.h). */
void csvtable_select(struct csvtable *t, const long *fields, size_t n,
		     bool (*keep)(void *ctx, const struct csvin_row *row),
		     void *ctx)
{
	size_t prefix = 0;

	if (!t->filter)
		return;
	for (size_t i = 0; i < n; i++) {
		if (fields[i] < 0)
			return;
		if ((size_t)fields[i] + 1 > prefix)
			prefix = (size_t)fields[i] + 1;
	}
	*t->filter = (struct csvin_filter){ prefix, keep, ctx };
}

/* The column's name, or its number when the name is empty. */
void csvtable_label(const struct csvtable *t, size_t i, char *buf,
		    size_t size)
{
	csvin_column_label(buf, size, i < t->ncols ? t->names[i] : NULL, i);
}

/* The known column of column i's name, found when the header was read. */
size_t csvtable_known(const struct csvtable *t, size_t i)
{
	return t->known[i];
}

/* The first column with the same name as column i, or i itself. */
static size_t first_of(const struct csvtable *t, size_t i)
{
	return t->first[i];
}

/* Does an earlier column have the same name? */
bool csvtable_is_repeat(const struct csvtable *t, size_t i)
{
	return first_of(t, i) != i;
}

/* One error per repeated column, naming where the name first appears. */
bool csvtable_check_repeat(const struct csvtable *t,
			   const struct csvin_row *row, size_t i)
{
	size_t j = first_of(t, i);
	char label[128];

	if (j == i)
		return false;
	csvtable_label(t, i, label, sizeof(label));
	if (!strcmp(t->names[i], t->names[j]))
		diag_error(t->diags, t->path, row->lines[i], label,
			   "column '%s' appears twice (also column %zu); "
			   "expected each column once", t->names[i], j + 1);
	else
		diag_error(t->diags, t->path, row->lines[i], label,
			   "column '%s' is a second '%s' column (also column "
			   "%zu, '%s'); expected each column once",
			   t->names[i], t->keys[i], j + 1, t->names[j]);
	return true;
}

/* A warning: the column is read but not used; past the first few, the
 * column is only counted, for one line after the header. */
void csvtable_warn_unknown(struct csvtable *t, const struct csvin_row *row,
			   size_t i, bool kept_out)
{
	char label[128];

	t->unknown_kept_out = kept_out;
	if (t->unknown_shown >= LIMIT_UNKNOWN_COLUMNS_SHOWN) {
		if (!t->unknown_hidden++)
			t->unknown_first_hidden = i;
		return;
	}
	t->unknown_shown++;
	csvtable_label(t, i, label, sizeof(label));
	if (!t->names[i][0] && kept_out)
		diag_warning(t->diags, t->path, row->lines[i], label,
			     "column %zu has no name and is kept out of "
			     "scoring", i + 1);
	else if (!t->names[i][0])
		diag_warning(t->diags, t->path, row->lines[i], label,
			     "column %zu has no name and is ignored", i + 1);
	else if (kept_out)
		diag_warning(t->diags, t->path, row->lines[i], label,
			     "unknown column '%s' is kept out of scoring",
			     t->names[i]);
	else
		diag_warning(t->diags, t->path, row->lines[i], label,
			     "unknown column '%s' is ignored", t->names[i]);
}

/* One error per missing required column, all on the header line. */
bool csvtable_require(const struct csvtable *t, const struct csvin_row *row,
		      size_t nrequired, const char *needs)
{
	bool ok = true;

	for (size_t k = 0; k < nrequired; k++)
		if (t->where[k] < 0) {
			const char *name = t->spec->columns[k];

			diag_error(t->diags, t->path, row->line, name,
				   "missing required column '%s'; %s", name,
				   needs);
			ok = false;
		}
	return ok;
}

/* An absent column reads as an empty cell named after the known column. */
void csvtable_cell(struct csvtable_cell *c, const struct csvtable *t,
		   const struct csvin_row *row, long field, size_t k)
{
	if (field < 0) {
		c->text = xstrdup("");
		c->line = row->line;
		c->column = t->spec->columns[k];
	} else {
		c->text = trim_dup(row->fields[field]);
		c->line = row->lines[field];
		c->column = t->names[field];
	}
}

/* Field (-1: none) of row as known column k, trimmed in place. */
void csvtable_cell_borrow(struct csvtable_cell *c, const struct csvtable *t,
			  const struct csvin_row *row, long field, size_t k,
			  char *buf)
{
	size_t len;

	if (field < 0) {
		buf[0] = '\0';
		c->text = buf;
		c->line = row->line;
		c->column = t->spec->columns[k];
		return;
	}
	c->text = (char *)trim_span(row->fields[field], &len);
	c->text[len] = '\0';
	c->line = row->lines[field];
	c->column = t->names[field];
}

/* Free the cell's text. */
void csvtable_cell_release(struct csvtable_cell *c)
{
	free(c->text);
	c->text = NULL;
}

/* An error at the cell's line and column. */
void csvtable_cell_error(const struct csvtable *t,
			 const struct csvtable_cell *c, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	diag_vadd(t->diags, DIAG_ERROR, t->path, c->line, c->column, fmt, ap);
	va_end(ap);
}

/* A warning at the cell's line and column. */
void csvtable_cell_warning(const struct csvtable *t,
			   const struct csvtable_cell *c, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	diag_vadd(t->diags, DIAG_WARNING, t->path, c->line, c->column, fmt,
		  ap);
	va_end(ap);
}

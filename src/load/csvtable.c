/*
 * csvtable.c - the header and row discipline shared by the CSV loaders
 * (see csvtable.h). Messages about columns name the header cell, so they
 * read FILE:LINE:COLUMN like every other input error.
 */
#include "config.h"
#include "load/csvtable.h"
#include "base/xalloc.h"
#include "base/text.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

/* What the CSV reader runs a table read with. */
struct reading {
	struct csvtable *t;
	void *ctx;
};

/* The header name of column index, for the CSV reader's messages. */
static const char *column_name(void *ctx, size_t index)
{
	const struct reading *r = ctx;

	return index < r->t->ncols ? r->t->names[index] : NULL;
}

/* Trim the header names and find the known columns. */
static void read_names(struct csvtable *t, const struct csvin_row *row)
{
	const struct csvtable_spec *spec = t->spec;

	t->ncols = row->nfields;
	t->names = xcalloc(row->nfields, sizeof(*t->names));
	t->where = xcalloc(spec->ncolumns, sizeof(*t->where));
	for (size_t k = 0; k < spec->ncolumns; k++)
		t->where[k] = -1;
	for (size_t i = 0; i < row->nfields; i++) {
		t->names[i] = trim_dup(row->fields[i]);
		for (size_t k = 0; k < spec->ncolumns; k++)
			if (t->where[k] < 0 &&
			    !strcmp(t->names[i], spec->columns[k]))
				t->where[k] = (long)i;
	}
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
		   "row has %zu field%s; expected %zu, as in the header",
		   row->nfields, row->nfields == 1 ? "" : "s", t->ncols);
}

/* CSV reader callback: the header, then each data row; stop at the cap. */
static bool on_row(void *ctx, const struct csvin_row *row)
{
	struct reading *r = ctx;
	struct csvtable *t = r->t;

	if (row->index == 0) {
		read_names(t, row);
		return t->spec->header(r->ctx, row);
	}
	if (row->nfields != t->ncols)
		field_count_error(t, row);
	else
		t->spec->row(r->ctx, row);
	return !diag_cap_reached(t->diags, t->path, row->line);
}

/* Free what the header left. */
static void release(struct csvtable *t)
{
	for (size_t i = 0; i < t->ncols; i++)
		free(t->names[i]);
	free(t->names);
	free(t->where);
	t->names = NULL;
	t->where = NULL;
	t->ncols = 0;
}

/* Read through csvin with this module's row callback; see csvtable.h. */
enum diag_status csvtable_read(struct csvtable *t, const char *path,
			       const struct csvtable_spec *spec, void *ctx,
			       struct diag_list *diags)
{
	struct reading r = { .t = t, .ctx = ctx };
	size_t errors_before = diags->errors;
	enum diag_status st;

	memset(t, 0, sizeof(*t));
	t->path = path;
	t->diags = diags;
	t->spec = spec;
	st = csvin_read(path, on_row, column_name, &r, diags);
	if (st == DIAG_OK && t->ncols == 0) {
		diag_error(diags, path, 1, "1", "the file is empty; expected "
			   "%s", spec->empty);
		st = DIAG_INVALID;
	} else if (st == DIAG_OK && diags->errors > errors_before) {
		st = DIAG_INVALID;
	}
	release(t);
	return st;
}

/* The column's name, or its number when the name is empty. */
void csvtable_label(const struct csvtable *t, size_t i, char *buf,
		    size_t size)
{
	csvin_column_label(buf, size, i < t->ncols ? t->names[i] : NULL, i);
}

/* The first known column with column i's name. */
size_t csvtable_known(const struct csvtable *t, size_t i)
{
	size_t k;

	for (k = 0; k < t->spec->ncolumns; k++)
		if (!strcmp(t->names[i], t->spec->columns[k]))
			break;
	return k;
}

/* The first column before i with the same name, or i itself. */
static size_t first_of(const struct csvtable *t, size_t i)
{
	for (size_t j = 0; j < i; j++)
		if (!strcmp(t->names[i], t->names[j]))
			return j;
	return i;
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
	diag_error(t->diags, t->path, row->lines[i], label,
		   "column '%s' appears twice (also column %zu); expected "
		   "each column once", t->names[i], j + 1);
	return true;
}

/* A warning: the column is read but not used. */
void csvtable_warn_unknown(const struct csvtable *t,
			   const struct csvin_row *row, size_t i,
			   const char *what)
{
	char label[128];

	csvtable_label(t, i, label, sizeof(label));
	diag_warning(t->diags, t->path, row->lines[i], label,
		     "unknown column '%s' %s", t->names[i], what);
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

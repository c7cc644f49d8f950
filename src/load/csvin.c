/*
 * csvin.c - a line-tracking front end over libcsv in strict mode.
 *
 * libcsv reports fields and row ends but not positions, so the file is fed
 * to it one physical line at a time: when a field callback fires, the
 * current line is where the field ends, and its start is that line minus
 * the newlines inside the field. Rows with validation problems are
 * reported and not delivered; a structural error (bad quoting) ends the
 * file, since libcsv cannot resynchronise after it.
 */
#include "config.h"
#include "load/csvin.h"
#include "base/xalloc.h"
#include "base/text.h"

#include <csv.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct reader {
	const char *path;
	csvin_row_fn on_row;
	const char *(*column_name)(void *ctx, size_t index);
	void *ctx;
	struct diag_list *diags;

	long line;		/* physical line being fed */
	size_t row_index;	/* rows delivered or rejected so far */
	bool row_bad;		/* a field of this row failed validation */
	bool stopped;		/* the caller asked to stop */
	bool invalid;		/* any error seen */
	long open_quote_line;	/* where a still-open quoted field began */

	/* the row being assembled */
	size_t nfields;
	size_t cap;
	char **fields;
	long *lines;
};

/* The header name, or the 1-based column number when there is none. */
void csvin_column_label(char *buf, size_t size, const char *name,
			size_t index)
{
	if (name && *name)
		snprintf(buf, size, "%s", name);
	else
		snprintf(buf, size, "%zu", index + 1);
}

/* The label of column index of the current file, for messages. */
static void column_label(struct reader *r, size_t index, char *buf,
			 size_t size)
{
	const char *name = NULL;

	if (r->row_index > 0 && r->column_name)
		name = r->column_name(r->ctx, index);
	csvin_column_label(buf, size, name, index);
}

/* Report a bad field and mark its row (and the file) invalid. */
static void row_error(struct reader *r, long line, size_t col,
		      const char *msg)
{
	char label[128];

	column_label(r, col, label, sizeof(label));
	diag_error(r->diags, r->path, line, label, "%s", msg);
	r->invalid = true;
	r->row_bad = true;
}

/* libcsv field callback: validate and keep a copy with its start line. */
static void on_field(void *data, size_t len, void *vr)
{
	struct reader *r = vr;
	const char *s = data ? data : "";
	long start = r->line;
	size_t bad;

	for (size_t i = 0; i < len; i++)
		if (s[i] == '\n')
			start--;
	if (r->nfields + 1 > r->cap) {
		size_t cap = r->cap;
		GROW(r->fields, cap, r->nfields + 1);
		r->lines = xrealloc(r->lines, cap * sizeof(*r->lines));
		r->cap = cap;
	}
	r->lines[r->nfields] = start;
	r->open_quote_line = 0;
	if (memchr(s, '\0', len)) {
		row_error(r, start, r->nfields,
			  "NUL byte in field; expected text");
		len = 0;
	} else if (len > CSVIN_MAX_FIELD) {
		char msg[96];
		snprintf(msg, sizeof(msg),
			 "field is longer than %d bytes", CSVIN_MAX_FIELD);
		row_error(r, start, r->nfields, msg);
		len = 0;
	} else if (!utf8_valid(s, len, &bad)) {
		char msg[96];
		snprintf(msg, sizeof(msg),
			 "invalid UTF-8 at byte %zu of the field; expected UTF-8 text",
			 bad + 1);
		row_error(r, start, r->nfields, msg);
		len = 0;
	}
	r->fields[r->nfields++] = xstrndup(s, len);
}

/* Free the fields of the row just handled. */
static void clear_row(struct reader *r)
{
	for (size_t i = 0; i < r->nfields; i++)
		free(r->fields[i]);
	r->nfields = 0;
	r->row_bad = false;
}

/* libcsv row callback: deliver the row unless blank, bad or stopped. */
static void on_row_end(int c, void *vr)
{
	struct reader *r = vr;
	bool blank = true;
	(void)c;

	for (size_t i = 0; i < r->nfields; i++)
		if (r->fields[i][0])
			blank = false;
	if (r->nfields == 0 || (blank && !r->row_bad)) {
		clear_row(r);
		return;
	}
	if (!r->stopped && !r->row_bad) {
		struct csvin_row row = {
			.index = r->row_index,
			.nfields = r->nfields,
			.fields = r->fields,
			.lines = r->lines,
			.line = r->lines[0],
		};
		if (!r->on_row(r->ctx, &row))
			r->stopped = true;
	} else if (r->row_bad && r->row_index == 0) {
		/* Without a header nothing else can be read. */
		r->stopped = true;
	}
	r->row_index++;
	clear_row(r);
}

/* Feed one chunk; report a structural error and return false on failure. */
static bool feed(struct reader *r, struct csv_parser *p, const char *buf,
		 size_t len)
{
	if (csv_parse(p, buf, len, on_field, on_row_end, r) == len) {
		if (p->quoted && !r->open_quote_line)
			r->open_quote_line = r->line;
		return true;
	}
	if (csv_error(p) == CSV_EPARSE) {
		row_error(r, r->line, r->nfields,
			  "malformed quoting: a quote inside an unquoted field, "
			  "or a closing quote not followed by a comma or the "
			  "end of the line; expected RFC 4180 quoting "
			  "(\"a \"\"quoted\"\" field\")");
	} else {
		diag_error(r->diags, r->path, r->line, NULL, "%s",
			   csv_strerror(csv_error(p)));
		r->invalid = true;
	}
	return false;
}

/* Feed the file to the parser a physical line at a time (without a
 * leading byte order mark) until it ends, fails or the caller stops.
 * Returns false on a structural error. */
static bool feed_lines(struct reader *r, struct csv_parser *parser, FILE *fp)
{
	char *line = NULL;
	size_t line_cap = 0;
	ssize_t got;
	bool ok = true;
	bool first = true;
	int err;

	while (ok && !r->stopped && (got = getline(&line, &line_cap, fp)) > 0) {
		const char *p = line;
		size_t n = (size_t)got;

		if (first && n >= 3 && !memcmp(p, "\xEF\xBB\xBF", 3)) {
			p += 3;
			n -= 3;
		}
		first = false;
		ok = feed(r, parser, p, n);
		r->line++;
	}
	err = errno;	/* for the caller's message, should getline fail */
	free(line);
	errno = err;
	return ok;
}

/* At the end of the file: deliver the last row, or report the quote
 * still open. */
static void finish(struct reader *r, struct csv_parser *parser)
{
	char label[128];

	r->line--;	/* EOF: positions refer to the last line */
	if (csv_fini(parser, on_field, on_row_end, r) == 0)
		return;
	column_label(r, r->nfields, label, sizeof(label));
	diag_error(r->diags, r->path,
		   r->open_quote_line ? r->open_quote_line : r->line, label,
		   "unterminated quoted field: the quote opened here is never "
		   "closed; expected a closing quote before the end of the "
		   "file");
	r->invalid = true;
}

/* Open path for reading, "-" being standard input; NULL when it cannot
 * be opened (reported). */
static FILE *open_input(const char *path, struct diag_list *diags)
{
	FILE *fp;

	if (!strcmp(path, "-"))
		return stdin;
	fp = fopen(path, "rb");
	if (!fp)
		diag_error(diags, path, 0, NULL, "cannot open: %s",
			   strerror(errno));
	return fp;
}

/* Open, feed every line to libcsv, finish; the status says which failed. */
enum diag_status csvin_read(const char *path, csvin_row_fn on_row,
			    const char *(*column_name)(void *ctx, size_t index),
			    void *ctx, struct diag_list *diags)
{
	struct reader r = {
		.path = path,
		.on_row = on_row,
		.column_name = column_name,
		.ctx = ctx,
		.diags = diags,
		.line = 1,
	};
	struct csv_parser parser;
	FILE *fp = open_input(path, diags);
	enum diag_status status = DIAG_OK;
	bool ok;

	if (!fp)
		return DIAG_SYSTEM;
	if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI) != 0) {
		if (fp != stdin)
			fclose(fp);
		diag_error(diags, path, 0, NULL, "cannot start the CSV parser");
		return DIAG_SYSTEM;
	}
	ok = feed_lines(&r, &parser, fp);
	if (ferror(fp)) {
		diag_error(diags, path, 0, NULL, "cannot read: %s",
			   strerror(errno));
		status = DIAG_SYSTEM;
	} else if (ok && !r.stopped) {
		finish(&r, &parser);
	}
	clear_row(&r);
	free(r.fields);
	free(r.lines);
	csv_free(&parser);
	if (fp != stdin)
		fclose(fp);
	if (status == DIAG_OK && r.invalid)
		status = DIAG_INVALID;
	return status;
}

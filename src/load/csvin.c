/* SPDX-License-Identifier: Apache-2.0 */
/*
 * csvin.c - a line-tracking front end over libcsv in strict mode.
 *
 * The file is read in large blocks, and each block is fed to libcsv one
 * physical line at a time: when a field callback fires, the current line
 * is where the field ends, and its start is that line minus the line
 * ends inside the field. A line ends at LF, at CR, or at CRLF (which
 * counts once), as libcsv itself ends rows. libcsv grows its field buffer
 * by a block size that starts at 128 bytes; it is raised before every
 * call so that the buffer doubles and a long field costs linear time.
 * Rows with validation problems are reported and not delivered; a
 * structural error (bad quoting) ends the file, since libcsv cannot
 * resynchronise after it, and so does a field, row or file past its
 * limit, so that memory stays bounded whatever the input. The first
 * block is sniffed before libcsv sees it: a file of another kind is
 * refused there, and the header's delimiter is found there; text that
 * is Windows-1252 rather than UTF-8 is refused at its first such field.
 */
#include "config.h"
#include "load/csvin.h"
#include "base/xalloc.h"
#include "base/text.h"
#include "base/i18n.h"
#include "load/sniff.h"

#include <csv.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Bytes read from the file at a time, and the least growth of libcsv's
 * field buffer. */
#define CSVIN_BLOCK (64 * 1024)

const struct csvin_limits csvin_default_limits = {
	.field_bytes = LIMIT_FIELD_BYTES,
	.columns = LIMIT_COLUMNS,
	.rows = LIMIT_ROWS,
};

struct reader {
	const char *path;
	csvin_row_fn on_row;
	const char *(*column_name)(void *ctx, size_t index);
	void *ctx;
	struct diag_list *diags;
	struct csvin_limits limits;

	long line;		/* physical line being fed */
	bool line_crossed;	/* a line ended since the last field did:
				 * the next field may span lines */
	bool after_cr;		/* the last byte seen was a CR */
	bool pending;		/* bytes of an unfinished line were fed */
	size_t row_index;	/* rows delivered or rejected so far */
	bool row_bad;		/* a field of this row failed validation */
	bool stopped;		/* the caller asked to stop, or a limit */
	bool invalid;		/* any error seen */
	long open_quote_line;	/* where a still-open quoted field began */
	char delimiter;		/* ',', ';' or '\t' */
	bool delimiter_given;	/* by the options */
	bool utf8_seen;		/* a field held valid non-ASCII UTF-8 */
	struct csvin_filter filter;	/* see csvin.h */
	bool row_skipped;	/* the filter did not keep this row */
	bool row_nonblank;	/* a field of this skipped row is not empty */

	/* the row being assembled: its fields' text one after another in
	 * text (each NUL-terminated, at offsets), pointed to by fields
	 * once the row is complete, so that a row costs no allocation */
	size_t nfields;
	size_t cap;
	char **fields;
	size_t *offsets;
	long *lines;
	char *text;
	size_t text_len;
	size_t text_cap;
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

/* The line ends in s: every CR, and every LF that does not follow a CR. */
static long count_line_ends(const char *s, size_t len)
{
	long n = 0;

	for (size_t i = 0; i < len; i++)
		if (s[i] == '\r' ||
		    (s[i] == '\n' && (i == 0 || s[i - 1] != '\r')))
			n++;
	return n;
}

/* A field past the field limit, reported where it starts; the file is
 * not read further, so that no more of it is held in memory. */
static void field_too_long(struct reader *r, long start, size_t col)
{
	char msg[1024];

	snprintf(msg, sizeof(msg), _("field is longer than the limit of %zu "
		   "bytes; expected a shorter field (stopped reading this file)"),
		 r->limits.field_bytes);
	row_error(r, start, col, msg);
	r->stopped = true;
}

/* Does s hold a byte from 0x80 up? */
static bool has_high_byte(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if ((unsigned char)s[i] >= 0x80)
			return true;
	return false;
}

/* Invalid UTF-8 at byte bad of s, in msg: in a file with no UTF-8 so
 * far and bytes that Windows-1252 text is made of, one message for the
 * file (the reader stops); else one for the field. */
static void bad_utf8(struct reader *r, const char *s, size_t len, size_t bad,
		     char *msg, size_t size)
{
	unsigned char byte = (unsigned char)s[bad];
	char ch[8];

	if (r->utf8_seen || !sniff_cp1252((const unsigned char *)s, len)) {
		snprintf(msg, size, _("invalid UTF-8 at byte %zu of the field "
			   "(0x%02x); expected UTF-8 text"), bad + 1, byte);
		return;
	}
	snprintf(msg, size, _("invalid UTF-8 at byte %zu of the field (0x%02x, "
		   "'%s' in Windows-1252): the file looks like Windows-1252 / "
		   "Latin-1, not UTF-8; save it as \"CSV UTF-8 (Comma "
		   "delimited)\" (Excel: File > Save As), or as Text CSV with the "
		   "character set \"Unicode (UTF-8)\" (LibreOffice Calc) (stopped "
		   "reading this file)"), bad + 1, byte,
		 sniff_cp1252_char(byte, ch, sizeof(ch)));
	r->stopped = true;
}

/* What is wrong with the text of a field, in msg: the first of a NUL
 * byte, invalid UTF-8 and a byte order mark; false when nothing. */
static bool field_problem(struct reader *r, const char *s, size_t len,
			  char *msg, size_t size)
{
	const char *nul = memchr(s, '\0', len);
	/* A byte order mark starts with 0xEF: look for it only then. */
	const char *bom = len >= 3 && memchr(s, 0xEF, len)
			  ? memmem(s, len, "\xEF\xBB\xBF", 3) : NULL;
	size_t bad = len;

	utf8_valid(s, len, &bad);
	if (nul && (size_t)(nul - s) < bad) {
		snprintf(msg, size, _("NUL byte at byte %zu of the field; "
			   "expected UTF-8 text, without NUL bytes"),
			 (size_t)(nul - s) + 1);
	} else if (bad < len) {
		bad_utf8(r, s, len, bad, msg, size);
	} else if (bom) {
		snprintf(msg, size, _("byte order mark (U+FEFF) at byte %zu of "
			   "the field; expected one only at the start of the "
			   "file (were two files joined?)"),
			 (size_t)(bom - s) + 1);
	} else {
		r->utf8_seen = r->utf8_seen || has_high_byte(s, len);
		return false;
	}
	return true;
}

/* Append the text of the next field of the row to the row's buffer. */
static void keep_field(struct reader *r, const char *s, size_t len)
{
	if (r->text_len + len + 1 > r->text_cap)
		GROW(r->text, r->text_cap, r->text_len + len + 1);
	memcpy(r->text + r->text_len, s, len);
	r->text[r->text_len + len] = '\0';
	r->offsets[r->nfields++] = r->text_len;
	r->text_len += len + 1;
}

/* Point the row's fields at their text, now that it no longer moves. */
static void point_fields(struct reader *r)
{
	for (size_t i = 0; i < r->nfields; i++)
		r->fields[i] = r->text + r->offsets[i];
}

/* The row being assembled, as the callbacks see it (its fields pointed
 * to, the filter of the header's callback to set). */
static struct csvin_row row_view(struct reader *r)
{
	return (struct csvin_row){
		.index = r->row_index,
		.nfields = r->nfields,
		.fields = r->fields,
		.lines = r->lines,
		.line = r->lines[0],
		.delimiter = r->delimiter,
		.delimiter_given = r->delimiter_given,
		.filter = r->row_index == 0 ? &r->filter : NULL,
	};
}

/* Once a data row has the filter's prefix of valid fields: ask whether
 * to keep it, and mark it skipped if not. */
static void filter_row(struct reader *r)
{
	struct csvin_row row = row_view(r);

	point_fields(r);
	if (r->filter.keep(r->filter.ctx, &row))
		return;
	r->row_skipped = true;
	for (size_t i = 0; i < r->nfields; i++)
		r->row_nonblank = r->row_nonblank || r->fields[i][0];
}

/* libcsv field callback: validate and keep a copy with its start line;
 * in a skipped row, only its line. */
static void on_field(void *data, size_t len, void *vr)
{
	struct reader *r = vr;
	const char *s = data ? data : "";
	/* A field within one line (most) starts on the line being fed. */
	long start = r->line_crossed ? r->line - count_line_ends(s, len)
				     : r->line;
	char msg[1024];

	r->line_crossed = false;
	if (r->stopped)
		return;
	if (r->nfields >= r->limits.columns) {
		snprintf(msg, sizeof(msg), _("row has more than %zu fields, the "
			   "limit; expected at most %zu columns (stopped reading "
			   "this file)"), r->limits.columns, r->limits.columns);
		row_error(r, start, r->nfields, msg);
		r->stopped = true;
		return;
	}
	if (r->nfields + 1 > r->cap) {
		size_t cap = r->cap;
		GROW(r->fields, cap, r->nfields + 1);
		r->lines = xrealloc(r->lines, cap * sizeof(*r->lines));
		r->offsets = xrealloc(r->offsets, cap * sizeof(*r->offsets));
		r->cap = cap;
	}
	r->lines[r->nfields] = start;
	r->open_quote_line = 0;
	if (r->row_skipped) {
		if (len > r->limits.field_bytes)
			field_too_long(r, start, r->nfields);
		r->row_nonblank = r->row_nonblank || len;
		r->nfields++;
		return;
	}
	if (len > r->limits.field_bytes) {
		field_too_long(r, start, r->nfields);
		len = 0;
	} else if (r->row_index == 0 && r->row_bad) {
		len = 0;	/* one error says the header is unusable */
	} else if (field_problem(r, s, len, msg, sizeof(msg))) {
		row_error(r, start, r->nfields, msg);
		len = 0;
	}
	keep_field(r, s, len);
	if (r->nfields == r->filter.prefix && r->row_index > 0 &&
	    !r->row_bad)
		filter_row(r);
}

/* Forget the fields of the row just handled (their buffer stays). */
static void clear_row(struct reader *r)
{
	r->nfields = 0;
	r->text_len = 0;
	r->row_bad = false;
	r->row_skipped = false;
	r->row_nonblank = false;
}

/* Is the row past the limit on rows? Then report it and stop. */
static bool too_many_rows(struct reader *r)
{
	char msg[1024];

	if (r->row_index <= r->limits.rows)
		return false;
	snprintf(msg, sizeof(msg), _("the file has more than %zu rows after the "
		   "header, the limit; expected at most %zu (stopped reading "
		   "this file)"), r->limits.rows, r->limits.rows);
	row_error(r, r->lines[0], 0, msg);
	r->stopped = true;
	return true;
}

/* A skipped row: delivered without its fields unless blank or past the
 * limit on rows. */
static void end_skipped_row(struct reader *r)
{
	if (r->row_nonblank && !r->stopped && !too_many_rows(r)) {
		struct csvin_row row = row_view(r);

		row.fields = NULL;
		row.skipped = true;
		if (!r->on_row(r->ctx, &row))
			r->stopped = true;
	}
	r->row_index += r->row_nonblank;
	clear_row(r);
}

/* libcsv row callback: deliver the row unless blank, bad or stopped. */
static void on_row_end(int c, void *vr)
{
	struct reader *r = vr;
	bool blank = true;
	(void)c;

	if (r->row_skipped) {
		end_skipped_row(r);
		return;
	}
	point_fields(r);
	for (size_t i = 0; i < r->nfields; i++)
		if (r->fields[i][0])
			blank = false;
	if (r->nfields == 0 || (blank && !r->row_bad)) {
		clear_row(r);
		return;
	}
	if (!r->stopped && !r->row_bad && !too_many_rows(r)) {
		struct csvin_row row = row_view(r);

		if (!r->on_row(r->ctx, &row))
			r->stopped = true;
	} else if (r->row_bad && r->row_index == 0) {
		/* Without a header nothing else can be read. */
		r->stopped = true;
	}
	r->row_index++;
	clear_row(r);
}

/* The field libcsv is still collecting, when it is past the limit:
 * report it where it starts and stop. Called with r->line on the line
 * that the next byte is on. */
static void check_open_field(struct reader *r, const struct csv_parser *p)
{
	if (r->stopped || p->entry_pos <= r->limits.field_bytes)
		return;
	field_too_long(r, r->line - count_line_ends((const char *)p->entry_buf,
						    p->entry_pos),
		       r->nfields);
}

/* Feed one piece of a line; report a structural error and return false
 * on failure. */
static bool feed(struct reader *r, struct csv_parser *p, const char *buf,
		 size_t len)
{
	size_t have = csv_get_buffer_size(p);

	/* Grow by at least the buffer's size: doubling, not +128 bytes. */
	csv_set_blk_size(p, have > CSVIN_BLOCK ? have : CSVIN_BLOCK);
	if (csv_parse(p, buf, len, on_field, on_row_end, r) == len) {
		if (p->quoted && !r->open_quote_line)
			r->open_quote_line = r->line;
		return true;
	}
	if (csv_error(p) == CSV_EPARSE) {
		char msg[1024];

		snprintf(msg, sizeof(msg), _("malformed quoting: a quote inside "
			   "an unquoted field, or a closing quote not followed by "
			   "%s or the end of the line; expected RFC 4180 quoting "
			   "(\"a \"\"quoted\"\" field\")"),
			 r->delimiter == ',' ? _("a comma")
			 : r->delimiter == ';' ? _("a semicolon (the file's "
						   "delimiter)")
			 : _("a tab (the file's delimiter)"));
		row_error(r, r->line, r->nfields, msg);
	} else {
		diag_error(r->diags, r->path, r->line, NULL, "%s",
			   csv_strerror(csv_error(p)));
		r->invalid = true;
	}
	return false;
}

/* The first byte at or after from that ends a line, or n: a CR, or an
 * LF (the caller starts past the LF of a CRLF). *cr caches where the
 * next CR is, so that a block without one is searched for it once. */
static size_t line_end(const char *buf, size_t n, size_t from, size_t *cr)
{
	const char *lf;

	if (*cr < from) {
		const char *p = memchr(buf + from, '\r', n - from);
		*cr = p ? (size_t)(p - buf) : n;
	}
	lf = memchr(buf + from, '\n', *cr - from);
	return lf ? (size_t)(lf - buf) : *cr;
}

/* Feed one block a physical line at a time, counting lines: a line ends
 * after a CR, or after an LF that does not complete a CRLF (the LF of a
 * CRLF goes with the next line's bytes, as one more byte of no line).
 * Returns false on a structural error. */
static bool feed_block(struct reader *r, struct csv_parser *p,
		       const char *buf, size_t n)
{
	size_t i = 0, cr;
	bool ok = true;
	const char *first_cr = memchr(buf, '\r', n);

	cr = first_cr ? (size_t)(first_cr - buf) : n;
	while (i < n && ok && !r->stopped) {
		bool prev_cr = i ? buf[i - 1] == '\r' : r->after_cr;
		size_t lead = prev_cr && buf[i] == '\n';
		size_t e = line_end(buf, n, i + lead, &cr);

		r->pending = r->pending || e > i + lead;
		if (e == n) {
			ok = feed(r, p, buf + i, n - i);
			if (ok)
				check_open_field(r, p);
			break;
		}
		ok = feed(r, p, buf + i, e + 1 - i);
		r->line++;
		r->line_crossed = true;
		r->pending = false;
		i = e + 1;
		if (ok)
			check_open_field(r, p);
	}
	if (n)
		r->after_cr = buf[n - 1] == '\r';
	return ok;
}

/* The options' delimiter, or 0 for the header's. */
static char given_delimiter(const struct csvin_options *opts)
{
	switch (opts ? opts->delimiter : CSVIN_DELIM_AUTO) {
	case CSVIN_DELIM_AUTO:
		break;
	case CSVIN_DELIM_COMMA:
		return ',';
	case CSVIN_DELIM_SEMICOLON:
		return ';';
	case CSVIN_DELIM_TAB:
		return '\t';
	}
	return 0;
}

/* The first block: refuse a file that is not CSV text (one message,
 * nothing read), and settle the delimiter. False when refused. */
static bool first_block(struct reader *r, struct csv_parser *parser,
			const char *block, size_t n)
{
	const unsigned char *head = (const unsigned char *)block;
	const char *refusal = sniff_kind_message(sniff_file_kind(head, n));

	if (refusal) {
		diag_error(r->diags, r->path, 1, "1", "%s", refusal);
		r->invalid = true;
		r->stopped = true;
		return false;
	}
	if (!r->delimiter_given)
		r->delimiter = sniff_delimiter(head, n);
	csv_set_delim(parser, (unsigned char)r->delimiter);
	return true;
}

/* Feed the file to the parser block by block (without a leading byte
 * order mark) until it ends, fails or the caller stops, each block into
 * the digest as read. Returns false on a structural error. */
static bool feed_file(struct reader *r, struct csv_parser *parser, FILE *fp,
		      struct digest *digest)
{
	char *block = xmalloc(CSVIN_BLOCK);
	bool ok = true, first = true;
	size_t got;
	int err;

	while (ok && !r->stopped &&
	       (got = fread(block, 1, CSVIN_BLOCK, fp)) > 0) {
		const char *p = block;

		digest_add(digest, block, got);
		if (first && !first_block(r, parser, block, got))
			break;
		if (first && got >= 3 && !memcmp(p, "\xEF\xBB\xBF", 3)) {
			p += 3;
			got -= 3;
		}
		first = false;
		ok = feed_block(r, parser, p, got);
	}
	/* A last line without a line end still counts as a line. */
	if (r->pending)
		r->line++;
	err = errno;	/* for the caller's message, should fread fail */
	free(block);
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

/* Read without keeping the digest. */
enum diag_status csvin_read(const char *path, csvin_row_fn on_row,
			    const char *(*column_name)(void *ctx, size_t index),
			    void *ctx, const struct csvin_limits *limits,
			    const struct csvin_options *opts,
			    struct diag_list *diags)
{
	char sha256[DIGEST_HEX_SIZE];

	return csvin_read_digest(path, on_row, column_name, ctx, limits,
				 opts, diags, sha256);
}

/* Open, feed every block to libcsv and the digest, finish; the status
 * says which failed. */
enum diag_status csvin_read_digest(const char *path, csvin_row_fn on_row,
				   const char *(*column_name)(void *ctx,
							      size_t index),
				   void *ctx,
				   const struct csvin_limits *limits,
				   const struct csvin_options *opts,
				   struct diag_list *diags,
				   char sha256[DIGEST_HEX_SIZE])
{
	struct reader r = {
		.path = path,
		.on_row = on_row,
		.column_name = column_name,
		.ctx = ctx,
		.diags = diags,
		.limits = limits ? *limits : csvin_default_limits,
		.line = 1,
		.delimiter = given_delimiter(opts),
	};
	struct csv_parser parser;
	FILE *fp = open_input(path, diags);
	enum diag_status status = DIAG_OK;
	struct digest *digest;
	bool ok;

	if (!fp)
		return DIAG_SYSTEM;
	r.delimiter_given = r.delimiter != 0;
	if (!r.delimiter)
		r.delimiter = ',';
	if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI) != 0) {
		if (fp != stdin)
			fclose(fp);
		diag_error(diags, path, 0, NULL, "cannot start the CSV parser");
		return DIAG_SYSTEM;
	}
	/* libcsv's buffer through xalloc, as every allocation. */
	csv_set_realloc_func(&parser, xrealloc);
	csv_set_free_func(&parser, free);
	digest = digest_new();
	ok = feed_file(&r, &parser, fp, digest);
	if (ferror(fp)) {
		diag_error(diags, path, 0, NULL, "cannot read: %s",
			   strerror(errno));
		status = DIAG_SYSTEM;
	} else if (ok && !r.stopped) {
		finish(&r, &parser);
	}
	digest_finish(digest, sha256);
	clear_row(&r);
	free(r.fields);
	free(r.offsets);
	free(r.text);
	free(r.lines);
	csv_free(&parser);
	if (fp != stdin)
		fclose(fp);
	if (status == DIAG_OK && r.invalid)
		status = DIAG_INVALID;
	return status;
}

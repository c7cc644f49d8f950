/* SPDX-License-Identifier: Apache-2.0 */
/*
 * diag.c - the diagnostics list and its one printed form. Every message a
 * user sees about input goes through here, so the format is the same for
 * every file and every command.
 */
#include "config.h"
#include "base/diag.h"
#include "base/xalloc.h"
#include "base/strbuf.h"
#include "base/i18n.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

/* The statuses are ordered from best to worst. */
enum diag_status diag_status_worst(enum diag_status a, enum diag_status b)
{
	return a > b ? a : b;
}

/* An empty list. */
void diag_list_init(struct diag_list *dl)
{
	memset(dl, 0, sizeof(*dl));
}

/* Free the strings of one record. */
static void diag_release(struct diag *d)
{
	free(d->file);
	free(d->sheet);
	free(d->column);
	free(d->message);
}

/* Free every record; the list is left empty and usable. */
void diag_list_release(struct diag_list *dl)
{
	for (size_t i = 0; i < dl->count; i++)
		diag_release(&dl->items[i]);
	free(dl->items);
	free(dl->sheet_file);
	free(dl->sheet);
	diag_list_init(dl);
}

/* Remember the sheet being read (NULL: none). */
void diag_enter_sheet(struct diag_list *dl, const char *file,
		      const char *sheet)
{
	free(dl->sheet_file);
	free(dl->sheet);
	dl->sheet_file = sheet && file ? xstrdup(file) : NULL;
	dl->sheet = sheet && file ? xstrdup(sheet) : NULL;
}

/* The sheet a diagnostic about file at line is about: the one being read
 * when the diagnostic names a row of that file. */
static const char *current_sheet(const struct diag_list *dl,
				 const char *file, long line)
{
	if (!dl->sheet || !file || line <= 0 || strcmp(file, dl->sheet_file))
		return NULL;
	return dl->sheet;
}

/* Is d about file (NULL: about no file)? */
static bool diag_about(const struct diag *d, const char *file)
{
	if (!file || !d->file)
		return !file && !d->file;
	return !strcmp(file, d->file);
}

/* The number of records of severity recorded so far for file. */
static size_t diag_count_in(const struct diag_list *dl, const char *file,
			    enum diag_severity severity)
{
	size_t n = 0;

	for (size_t i = 0; i < dl->count; i++)
		if (dl->items[i].severity == severity &&
		    diag_about(&dl->items[i], file))
			n++;
	return n;
}

/* Has file cap records of severity? total, the count of that severity
 * over the list, is below cap in most runs, which saves the scan. */
static bool diag_at_cap(const struct diag_list *dl, const char *file,
			enum diag_severity severity, size_t total, size_t cap)
{
	return file && total >= cap && diag_count_in(dl, file, severity) >= cap;
}

/* Append one record without any cap. */
static struct diag *push(struct diag_list *dl, enum diag_severity severity,
			 const char *file, long line, const char *column)
{
	const char *sheet = current_sheet(dl, file, line);
	struct diag *d;

	GROW(dl->items, dl->cap, dl->count + 1);
	d = &dl->items[dl->count++];
	d->severity = severity;
	d->file = file ? xstrdup(file) : NULL;
	d->sheet = sheet ? xstrdup(sheet) : NULL;
	d->line = line;
	d->column = column ? xstrdup(column) : NULL;
	d->message = NULL;
	d->hidden = 0;
	return d;
}

/* Past the cap, one note tells the reader to stop; see diag.h. */
bool diag_cap_reached(struct diag_list *dl, const char *file, long line)
{
	struct diag *d;

	if (!diag_at_cap(dl, file, DIAG_ERROR, dl->errors, DIAG_FILE_ERROR_CAP))
		return false;
	/* The note is an error record that counts no error of its own. */
	d = push(dl, DIAG_ERROR, file, line, NULL);
	d->message = xasprintf(_("too many errors; stopped reading this "
				 "file after %d"), DIAG_FILE_ERROR_CAP);
	return true;
}

/* A warning about file past the cap: count it in the one record that
 * says how many were not recorded, made on the first. */
static void hide_warning(struct diag_list *dl, const char *file)
{
	struct diag *d = NULL;

	for (size_t i = dl->count; i-- > 0 && !d;)
		if (dl->items[i].hidden && diag_about(&dl->items[i], file))
			d = &dl->items[i];
	if (!d)
		d = push(dl, DIAG_WARNING, file, 0, NULL);
	d->hidden++;
	free(d->message);
	d->message = xasprintf(d->hidden == 1
			       ? _("%zu more warning about this file is not "
			           "shown (only the first %d are)")
			       : _("%zu more warnings about this file are not "
			           "shown (only the first %d are)"),
			       d->hidden, DIAG_FILE_WARNING_CAP);
}

/* Count every diagnostic; record one only while its file is under the
 * cap of its severity. The format is looked up in the catalog of the
 * messages' language (xgettext takes it from every caller, po/Makevars). */
void diag_vadd(struct diag_list *dl, enum diag_severity severity,
	       const char *file, long line, const char *column,
	       const char *fmt, va_list ap)
{
	struct diag *d;
	va_list copy;
	int n;

	if (severity == DIAG_WARNING) {
		if (diag_at_cap(dl, file, DIAG_WARNING, dl->warnings++,
				DIAG_FILE_WARNING_CAP)) {
			hide_warning(dl, file);
			return;
		}
	} else {
		if (diag_at_cap(dl, file, DIAG_ERROR, dl->errors++,
				DIAG_FILE_ERROR_CAP))
			return;
	}
	d = push(dl, severity, file, line, column);
	fmt = _(fmt);
	va_copy(copy, ap);
	n = vsnprintf(NULL, 0, fmt, copy);
	va_end(copy);
	d->message = xmalloc(n > 0 ? (size_t)n + 1 : 1);
	d->message[0] = '\0';
	if (n > 0)
		vsnprintf(d->message, (size_t)n + 1, fmt, ap);
}

/* diag_vadd at a row of a given sheet, whatever sheet is being read. */
void diag_add_sheet(struct diag_list *dl, enum diag_severity severity,
		    const char *file, const char *sheet, long line,
		    const char *column, const char *fmt, ...)
{
	char *saved_file = dl->sheet_file, *saved_sheet = dl->sheet;
	va_list ap;

	dl->sheet_file = sheet ? (char *)file : NULL;
	dl->sheet = (char *)sheet;
	va_start(ap, fmt);
	diag_vadd(dl, severity, file, line, column, fmt, ap);
	va_end(ap);
	dl->sheet_file = saved_file;
	dl->sheet = saved_sheet;
}

/* diag_vadd with the arguments inline. */
void diag_add(struct diag_list *dl, enum diag_severity severity,
	      const char *file, long line, const char *column,
	      const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	diag_vadd(dl, severity, file, line, column, fmt, ap);
	va_end(ap);
}

/* Longest message printed; longer ones are cut with "...". */
#define DIAG_MAX_PRINTED 1000

/* The code point of the character at s when it is one to escape
 * although valid UTF-8 (see diag.h), with its length in *len; else 0. */
static unsigned invisible_at(const unsigned char *s, size_t *len)
{
	unsigned cp;

	*len = 0;
	if (s[0] == 0xC2 && s[1] >= 0x80 && s[1] <= 0x9F) {
		*len = 2;
		return s[1];			/* C1 controls */
	}
	if (s[0] == 0xD8 && s[1] == 0x9C) {
		*len = 2;
		return 0x061C;			/* ARABIC LETTER MARK */
	}
	if ((s[0] != 0xE2 && s[0] != 0xEF) || (s[1] & 0xC0) != 0x80 ||
	    (s[2] & 0xC0) != 0x80)
		return 0;
	cp = ((s[0] & 0x0Fu) << 12) | ((s[1] & 0x3Fu) << 6) | (s[2] & 0x3Fu);
	if ((cp >= 0x200B && cp <= 0x200F) || (cp >= 0x2028 && cp <= 0x202E) ||
	    (cp >= 0x2060 && cp <= 0x2064) || (cp >= 0x2066 && cp <= 0x2069) ||
	    cp == 0xFEFF) {
		*len = 3;
		return cp;
	}
	return 0;
}

/* Append s with control characters and invisible ones escaped, so that
 * text quoted from a file (a newline in a field, an escape sequence, a
 * right-to-left override) cannot break the one-line format, reach the
 * terminal raw or reorder what the line shows. */
static void add_escaped(struct strbuf *sb, const char *s, size_t max)
{
	size_t n = 0, len;
	unsigned cp;

	for (; *s; s++, n++) {
		unsigned char c = (unsigned char)*s;
		if (n >= max && (c & 0xC0) != 0x80) {
			strbuf_adds(sb, "...");
			return;
		}
		if (c == '\n')
			strbuf_adds(sb, "\\n");
		else if (c == '\r')
			strbuf_adds(sb, "\\r");
		else if (c == '\t')
			strbuf_adds(sb, "\\t");
		else if (c < 0x20 || c == 0x7f)
			strbuf_addf(sb, "\\x%02x", c);
		else if ((cp = invisible_at((const unsigned char *)s, &len))) {
			strbuf_addf(sb, "\\u%04x", cp);
			s += len - 1;
			n += len - 1;
		} else
			strbuf_addch(sb, (char)c);
	}
}

/* What a message longer than DIAG_MAX_PRINTED keeps of its end, where it
 * says what was expected. */
#define DIAG_TAIL_PRINTED 300

/* Append message s escaped; a long one is cut in the middle, so that
 * both what is wrong and what was expected stay in view. */
static void add_message(struct strbuf *sb, const char *s)
{
	size_t n = strlen(s), head, tail;
	char *start;

	if (n <= DIAG_MAX_PRINTED) {
		add_escaped(sb, s, n);
		return;
	}
	head = DIAG_MAX_PRINTED - DIAG_TAIL_PRINTED;
	while (head > 0 && ((unsigned char)s[head] & 0xC0) == 0x80)
		head--;
	tail = n - DIAG_TAIL_PRINTED;
	while (tail < n && ((unsigned char)s[tail] & 0xC0) == 0x80)
		tail++;
	start = xstrndup(s, head);
	add_escaped(sb, start, head);
	free(start);
	strbuf_adds(sb, "...");
	add_escaped(sb, s + tail, n - tail);
}

/* PROG: FILE:LINE:COLUMN: SEVERITY: MESSAGE (FILE:SHEET:ROW:COLUMN in a
 * workbook), escaped and cut to length. */
char *diag_format(const struct diag *d, const char *prog)
{
	struct strbuf sb;

	strbuf_init(&sb);
	if (prog)
		strbuf_addf(&sb, "%s: ", prog);
	if (d->file) {
		add_escaped(&sb, d->file, DIAG_MAX_PRINTED);
		if (d->sheet) {
			strbuf_addch(&sb, ':');
			add_escaped(&sb, d->sheet, 100);
		}
		if (d->line > 0)
			strbuf_addf(&sb, ":%ld", d->line);
		if (d->column) {
			strbuf_addch(&sb, ':');
			add_escaped(&sb, d->column, 100);
		}
		strbuf_adds(&sb, ": ");
	}
	strbuf_adds(&sb, d->severity == DIAG_ERROR ? "error: " : "warning: ");
	add_message(&sb, d->message);
	return strbuf_detach(&sb);
}

/* Escape and cut s as diag_format does with messages. */
char *diag_escape(const char *s)
{
	struct strbuf sb;

	strbuf_init(&sb);
	add_escaped(&sb, s, DIAG_MAX_PRINTED);
	return strbuf_detach(&sb);
}

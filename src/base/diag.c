/*
 * diag.c - the diagnostics list and its one printed form. Every message a
 * user sees about input goes through here, so the format is the same for
 * every file and every command.
 */
#include "config.h"
#include "base/diag.h"
#include "base/xalloc.h"
#include "base/strbuf.h"

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
	free(d->column);
	free(d->message);
}

/* Free every record; the list is left empty and usable. */
void diag_list_release(struct diag_list *dl)
{
	for (size_t i = 0; i < dl->count; i++)
		diag_release(&dl->items[i]);
	free(dl->items);
	diag_list_init(dl);
}

/* The number of errors recorded so far for file (NULL: for no file). */
static size_t diag_errors_in(const struct diag_list *dl, const char *file)
{
	size_t n = 0;

	for (size_t i = 0; i < dl->count; i++) {
		const struct diag *d = &dl->items[i];
		if (d->severity != DIAG_ERROR)
			continue;
		if ((!file && !d->file) ||
		    (file && d->file && !strcmp(file, d->file)))
			n++;
	}
	return n;
}

/* Append one record without any cap. */
static struct diag *push(struct diag_list *dl, enum diag_severity severity,
			 const char *file, long line, const char *column)
{
	struct diag *d;

	GROW(dl->items, dl->cap, dl->count + 1);
	d = &dl->items[dl->count++];
	d->severity = severity;
	d->file = file ? xstrdup(file) : NULL;
	d->line = line;
	d->column = column ? xstrdup(column) : NULL;
	d->message = NULL;
	return d;
}

/* Past the cap, one note tells the reader to stop; see diag.h. */
bool diag_cap_reached(struct diag_list *dl, const char *file, long line)
{
	struct diag *d;

	if (!file || diag_errors_in(dl, file) < DIAG_FILE_ERROR_CAP)
		return false;
	/* The note is an error record that counts no error of its own. */
	d = push(dl, DIAG_ERROR, file, line, NULL);
	d->message = xasprintf("too many errors; stopped reading this file "
			       "after %d", DIAG_FILE_ERROR_CAP);
	return true;
}

/* Count every diagnostic; record an error only while its file is under the
 * cap. */
void diag_vadd(struct diag_list *dl, enum diag_severity severity,
	       const char *file, long line, const char *column,
	       const char *fmt, va_list ap)
{
	struct diag *d;
	va_list copy;
	int n;

	if (severity == DIAG_WARNING) {
		dl->warnings++;
	} else {
		dl->errors++;
		if (file && diag_errors_in(dl, file) >= DIAG_FILE_ERROR_CAP)
			return;
	}
	d = push(dl, severity, file, line, column);
	va_copy(copy, ap);
	n = vsnprintf(NULL, 0, fmt, copy);
	va_end(copy);
	d->message = xmalloc(n > 0 ? (size_t)n + 1 : 1);
	d->message[0] = '\0';
	if (n > 0)
		vsnprintf(d->message, (size_t)n + 1, fmt, ap);
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

/* Append s with control characters escaped, so that text quoted from
 * a file (a newline in a field, an escape sequence) cannot break the
 * one-line format or reach the terminal raw. */
static void add_escaped(struct strbuf *sb, const char *s, size_t max)
{
	size_t n = 0;

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
		else
			strbuf_addch(sb, (char)c);
	}
}

/* PROG: FILE:LINE:COLUMN: SEVERITY: MESSAGE, escaped and cut to length. */
char *diag_format(const struct diag *d, const char *prog)
{
	struct strbuf sb;

	strbuf_init(&sb);
	if (prog)
		strbuf_addf(&sb, "%s: ", prog);
	if (d->file) {
		add_escaped(&sb, d->file, DIAG_MAX_PRINTED);
		if (d->line > 0)
			strbuf_addf(&sb, ":%ld", d->line);
		if (d->column) {
			strbuf_addch(&sb, ':');
			add_escaped(&sb, d->column, 100);
		}
		strbuf_adds(&sb, ": ");
	}
	strbuf_adds(&sb, d->severity == DIAG_ERROR ? "error: " : "warning: ");
	add_escaped(&sb, d->message, DIAG_MAX_PRINTED);
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

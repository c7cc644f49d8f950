/* SPDX-License-Identifier: Apache-2.0 */
/*
 * sink.c - appending to a stream or a strbuf (see sink.h). A stream
 * has one writer, the thread that opened it (the workers of a run each
 * write files of their own; standard output is the calling thread's),
 * so the stream is written without stdio's per-call lock
 * (fwrite_unlocked, putc_unlocked: GNU).
 */
#include "config.h"
#include "base/sink.h"
#include "base/strbuf.h"
#include "base/xalloc.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A sink writing to the stream fp. */
void sink_init_file(struct sink *s, FILE *fp)
{
	s->fp = fp;
	s->sb = NULL;
	s->error = 0;
}

/* A sink appending to sb. */
void sink_init_strbuf(struct sink *s, struct strbuf *sb)
{
	s->fp = NULL;
	s->sb = sb;
	s->error = 0;
}

/* Append len bytes; after a failure, nothing more is written. */
void sink_add(struct sink *s, const char *data, size_t len)
{
	if (s->error || len == 0)
		return;
	if (s->sb) {
		strbuf_add(s->sb, data, len);
	} else if (fwrite_unlocked(data, 1, len, s->fp) != len) {
		s->error = errno ? errno : EIO;
	}
}

/* Append a NUL-terminated string. */
void sink_adds(struct sink *s, const char *text)
{
	sink_add(s, text, strlen(text));
}

/* Append one byte. */
void sink_addch(struct sink *s, char c)
{
	if (s->error)
		return;
	if (s->sb)
		strbuf_addch(s->sb, c);
	else if (putc_unlocked(c, s->fp) == EOF)
		s->error = errno ? errno : EIO;
}

/* Append formatted text (data goes in as %s arguments, never as fmt). */
void sink_addf(struct sink *s, const char *fmt, ...)
{
	char small[256];
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(small, sizeof(small), fmt, ap);
	va_end(ap);
	if (n < 0) {
		s->error = EINVAL;
		return;
	}
	if ((size_t)n < sizeof(small)) {
		sink_add(s, small, (size_t)n);
	} else {
		char *text = xmalloc((size_t)n + 1);
		va_start(ap, fmt);
		vsnprintf(text, (size_t)n + 1, fmt, ap);
		va_end(ap);
		sink_add(s, text, (size_t)n);
		free(text);
	}
}

/* Has a write failed? */
bool sink_failed(const struct sink *s)
{
	return s->error != 0;
}

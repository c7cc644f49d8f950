/* SPDX-License-Identifier: Apache-2.0 */
/*
 * strbuf.c - the growable string and formatted allocation (see strbuf.h).
 */
#include "config.h"
#include "base/strbuf.h"
#include "base/xalloc.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* An empty string; buf is never NULL while the strbuf is in use. */
void strbuf_init(struct strbuf *sb)
{
	sb->buf = xmalloc(1);
	sb->buf[0] = '\0';
	sb->len = 0;
	sb->cap = 1;
}

/* Free the buffer. */
void strbuf_release(struct strbuf *sb)
{
	free(sb->buf);
	sb->buf = NULL;
	sb->len = sb->cap = 0;
}

/* Empty sb, keeping its buffer for the next use. */
void strbuf_reset(struct strbuf *sb)
{
	sb->len = 0;
	sb->buf[0] = '\0';
}

/* Append len bytes, growing the buffer by doubling. */
void strbuf_add(struct strbuf *sb, const char *data, size_t len)
{
	if (sb->len + len + 1 > sb->cap) {
		size_t cap = sb->cap ? sb->cap : 16;
		while (cap < sb->len + len + 1)
			cap *= 2;
		sb->buf = xrealloc(sb->buf, cap);
		sb->cap = cap;
	}
	memcpy(sb->buf + sb->len, data, len);
	sb->len += len;
	sb->buf[sb->len] = '\0';
}

/* Append a NUL-terminated string. */
void strbuf_adds(struct strbuf *sb, const char *s)
{
	strbuf_add(sb, s, strlen(s));
}

/* Append one byte. */
void strbuf_addch(struct strbuf *sb, char c)
{
	strbuf_add(sb, &c, 1);
}

/* Append formatted text from a va_list. */
void strbuf_vaddf(struct strbuf *sb, const char *fmt, va_list ap)
{
	va_list copy;
	int n;

	va_copy(copy, ap);
	n = vsnprintf(NULL, 0, fmt, copy);
	va_end(copy);
	if (n <= 0)
		return;
	if (sb->len + (size_t)n + 1 > sb->cap) {
		size_t cap = sb->cap ? sb->cap : 16;
		while (cap < sb->len + (size_t)n + 1)
			cap *= 2;
		sb->buf = xrealloc(sb->buf, cap);
		sb->cap = cap;
	}
	vsnprintf(sb->buf + sb->len, (size_t)n + 1, fmt, ap);
	sb->len += (size_t)n;
}

/* strbuf_vaddf with the arguments inline. */
void strbuf_addf(struct strbuf *sb, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	strbuf_vaddf(sb, fmt, ap);
	va_end(ap);
}

/* Formatted text in a fresh string (caller frees). */
char *xasprintf(const char *fmt, ...)
{
	struct strbuf sb;
	va_list ap;

	strbuf_init(&sb);
	va_start(ap, fmt);
	strbuf_vaddf(&sb, fmt, ap);
	va_end(ap);
	return strbuf_detach(&sb);
}

/* Hand the buffer over; the strbuf is left released. */
char *strbuf_detach(struct strbuf *sb)
{
	char *p = sb->buf;
	sb->buf = NULL;
	sb->len = sb->cap = 0;
	return p;
}

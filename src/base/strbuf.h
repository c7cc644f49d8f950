/* SPDX-License-Identifier: Apache-2.0 */
/*
 * strbuf.h - a growable, always NUL-terminated byte string, and
 * formatted allocation. The buffer is owned by the strbuf until
 * strbuf_detach hands it to the caller.
 */
#ifndef STRBUF_H
#define STRBUF_H

#include <stdarg.h>
#include <stddef.h>

struct strbuf {
	char *buf;
	size_t len;
	size_t cap;
};
void strbuf_init(struct strbuf *sb);
void strbuf_release(struct strbuf *sb);
/* Empty sb, keeping its buffer. */
void strbuf_reset(struct strbuf *sb);
void strbuf_add(struct strbuf *sb, const char *data, size_t len);
void strbuf_adds(struct strbuf *sb, const char *s);
void strbuf_addch(struct strbuf *sb, char c);
void strbuf_addf(struct strbuf *sb, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void strbuf_vaddf(struct strbuf *sb, const char *fmt, va_list ap)
	__attribute__((format(printf, 2, 0)));
/* A freshly allocated formatted string (caller frees). */
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Hand the buffer to the caller (who frees it) and reset sb. */
char *strbuf_detach(struct strbuf *sb);

#endif

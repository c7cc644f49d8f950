/* SPDX-License-Identifier: Apache-2.0 */
/*
 * sink.h - where a writer's bytes go: a stdio stream (a file being
 * written) or a strbuf (memory, for tests and small documents). Writers
 * of every output format append to a sink and never care which. The
 * first failed write is remembered and later writes are dropped, so a
 * writer checks once, at the end, with sink_failed.
 *
 * Ownership: a sink borrows its stream or strbuf.
 */
#ifndef SINK_H
#define SINK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

struct strbuf;

struct sink {
	FILE *fp;		/* NULL when writing to sb */
	struct strbuf *sb;	/* NULL when writing to fp */
	int error;		/* errno of the first failed write, or 0 */
};

/* A sink writing to fp / appending to sb. */
void sink_init_file(struct sink *s, FILE *fp);
void sink_init_strbuf(struct sink *s, struct strbuf *sb);

void sink_add(struct sink *s, const char *data, size_t len);
void sink_adds(struct sink *s, const char *text);
void sink_addch(struct sink *s, char c);
void sink_addf(struct sink *s, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* Has a write failed? */
bool sink_failed(const struct sink *s);

#endif

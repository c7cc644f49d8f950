/* SPDX-License-Identifier: Apache-2.0 */
/*
 * fuzz.c - the helpers the libFuzzer targets share (see fuzz.h).
 */
#include "config.h"
#include "fuzz.h"
#include "base/text.h"
#include "base/xalloc.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

/* Write the input to a fresh memfd named after it. */
void fuzz_file_open(struct fuzz_file *f, const void *data, size_t len)
{
	const char *p = data;

	f->fd = memfd_create("gapscore-fuzz", MFD_CLOEXEC);
	if (f->fd < 0)
		fuzz_fail("memfd_create failed");
	while (len > 0) {
		ssize_t n = write(f->fd, p, len);
		if (n <= 0)
			fuzz_fail("cannot write the memfd");
		p += n;
		len -= (size_t)n;
	}
	snprintf(f->path, sizeof(f->path), "/proc/self/fd/%d", f->fd);
}

/* Close the memfd; the kernel frees it. */
void fuzz_file_close(struct fuzz_file *f)
{
	close(f->fd);
	f->fd = -1;
}

/* Cut the input at NUL bytes into at most max fresh strings. */
size_t fuzz_split(const uint8_t *data, size_t size, char **parts,
		  size_t max)
{
	size_t n = 0, start = 0;

	while (n < max) {
		const uint8_t *nul = n + 1 < max
				     ? memchr(data + start, 0, size - start)
				     : NULL;
		size_t end = nul ? (size_t)(nul - data) : size;

		parts[n++] = xstrndup((const char *)data + start, end - start);
		if (!nul)
			break;
		start = end + 1;
	}
	return n;
}

/* Free the parts fuzz_split made. */
void fuzz_parts_free(char **parts, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(parts[i]);
}

/* Print the failure and abort. */
void fuzz_fail(const char *fmt, ...)
{
	va_list ap;

	fputs("fuzz oracle failed: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	abort();
}

/* Lines in the input: line ends + 1, a line end being LF, CR LF or a
 * lone CR, as load/csvin counts them. */
static long count_lines(const uint8_t *data, size_t size)
{
	long n = 1;

	for (size_t i = 0; i < size; i++)
		n += data[i] == '\n' ||
		     (data[i] == '\r' && (i + 1 == size || data[i + 1] != '\n'));
	return n;
}

/* See fuzz.h. */
void fuzz_check_diags(const struct diag_list *diags, enum diag_status st,
		      const char *path, const uint8_t *data, size_t size)
{
	long lines = count_lines(data, size);
	size_t errors = 0;

	for (size_t i = 0; i < diags->count; i++) {
		const struct diag *d = &diags->items[i];
		size_t bad;

		errors += d->severity == DIAG_ERROR;
		FUZZ_CHECK(d->message && d->message[0], "diagnostic %zu has "
			   "no message", i);
		FUZZ_CHECK(utf8_valid(d->message, strlen(d->message), &bad),
			   "diagnostic '%s' is not UTF-8", d->message);
		FUZZ_CHECK(!d->file || !strcmp(d->file, path),
			   "diagnostic names file '%s'", d->file);
		FUZZ_CHECK(d->line >= 0 && d->line <= lines + 1,
			   "diagnostic at line %ld of %ld: %s", d->line, lines,
			   d->message);
	}
	/* The note that a file has too many errors is listed, not counted. */
	FUZZ_CHECK(errors <= diags->errors + 1, "%zu errors listed, %zu "
		   "counted", errors, diags->errors);
	FUZZ_CHECK((st == DIAG_OK) == (diags->errors == 0),
		   "status %d with %zu errors", (int)st, diags->errors);
}

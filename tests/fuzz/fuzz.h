/* SPDX-License-Identifier: Apache-2.0 */
/*
 * fuzz.h - what the libFuzzer targets share: the fuzz input as a file a
 * loader can open (a memfd, private to the process and gone when
 * closed), the input cut into NUL-separated parts, and the checks that
 * make an oracle's failure a crash libFuzzer reports and saves.
 */
#ifndef FUZZ_H
#define FUZZ_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/diag.h"

/* libFuzzer's entry points. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);

/* The fuzz input as a file: path is /proc/self/fd/N of a memfd. */
struct fuzz_file {
	int fd;
	char path[64];
};

/* Write len bytes to a fresh memfd; aborts when none can be made. */
void fuzz_file_open(struct fuzz_file *f, const void *data, size_t len);
/* Close the memfd (which removes it). */
void fuzz_file_close(struct fuzz_file *f);

/* The input cut at NUL bytes into at most max parts, each a fresh
 * NUL-terminated copy (a NUL inside the last part ends it). Returns the
 * number of parts; free with fuzz_parts_free. */
size_t fuzz_split(const uint8_t *data, size_t size, char **parts,
		  size_t max);
void fuzz_parts_free(char **parts, size_t n);

/* Report an oracle's failure and abort, so that libFuzzer keeps the
 * input as a crash. */
void fuzz_fail(const char *fmt, ...)
	__attribute__((format(printf, 1, 2), noreturn));
#define FUZZ_CHECK(cond, ...)                   \
	do {                                    \
		if (!(cond))                    \
			fuzz_fail(__VA_ARGS__); \
	} while (0)

/* The checks every loader's result must pass: the status agrees with
 * the errors listed, every diagnostic has a message and names path (or
 * no file) at a line within the input's lines + 1. */
void fuzz_check_diags(const struct diag_list *diags, enum diag_status st,
		      const char *path, const uint8_t *data, size_t size);

#endif

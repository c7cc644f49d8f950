/* SPDX-License-Identifier: Apache-2.0 */
/*
 * fsutil.h - file system helpers for writing reports: create directory
 * trees and replace files atomically (write a temporary file beside the
 * target, then rename), so a failed run never leaves a half-written file.
 */
#ifndef FSUTIL_H
#define FSUTIL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

/* mkdir -p path. On failure returns false with *err (caller frees). */
bool fs_mkdirs(const char *path, char **err);
/*
 * A file written in place of another: bytes go to a temporary file
 * beside the target (fp), which fs_atomic_commit renames over it and
 * fs_atomic_abort removes. Readers see the old file or the new one,
 * never half of it. The temporary file is registered with
 * base/cleanup.h meanwhile, so an exit from inside the run removes it.
 */
struct fs_atomic {
	char *path;		/* the target */
	char *tmp;		/* the temporary file beside it */
	FILE *fp;		/* open for writing */
};
/* Open the temporary file (creating path's directory). On failure
 * returns false with *err (caller frees). */
bool fs_atomic_open(struct fs_atomic *f, const char *path, char **err);
/* Close and rename over the target; false with *err on failure (the
 * temporary file is then removed). Releases f either way. */
bool fs_atomic_commit(struct fs_atomic *f, char **err);
/* Remove the temporary file and release f; the target is untouched. */
void fs_atomic_abort(struct fs_atomic *f);

/* Write len bytes to path atomically, creating its directory. */
bool fs_write_atomic(const char *path, const char *data, size_t len,
		     char **err);

/* Move from to to (rename, or copy and remove across file systems),
 * creating to's directory. */
bool fs_move(const char *from, const char *to, char **err);
/* The whole file as a NUL-terminated string (caller frees), its length in
 * *len when len is not NULL; NULL when it cannot be read. */
char *fs_read_file(const char *path, size_t *len);

#endif

/*
 * fsutil.h - file system helpers for writing reports: create directory
 * trees and replace files atomically (write a temporary file beside the
 * target, then rename), so a failed run never leaves a half-written file.
 */
#ifndef FSUTIL_H
#define FSUTIL_H

#include <stdbool.h>
#include <stddef.h>

/* mkdir -p path. On failure returns false with *err (caller frees). */
bool fs_mkdirs(const char *path, char **err);
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

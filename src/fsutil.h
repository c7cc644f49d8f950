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

#endif

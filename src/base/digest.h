/* SPDX-License-Identifier: Apache-2.0 */
/*
 * digest.h - SHA-256 of bytes as they are read, for the provenance of
 * every output (base/sources.h). The only user of Nettle's sha2.h is
 * digest.c: a running digest is opaque here.
 *
 * Use: digest_new, digest_add as the bytes come, digest_finish (which
 * frees the digest) for the 64 lowercase hex digits.
 */
#ifndef DIGEST_H
#define DIGEST_H

#include <stdbool.h>
#include <stddef.h>

/* 64 hex digits and the NUL. */
#define DIGEST_HEX_SIZE 65

struct digest;

/* A new running SHA-256 (never NULL). */
struct digest *digest_new(void);
/* Add len bytes at data. */
void digest_add(struct digest *d, const void *data, size_t len);
/* Write the digest as 64 lowercase hex digits into hex and free d. */
void digest_finish(struct digest *d, char hex[DIGEST_HEX_SIZE]);
/* The SHA-256 of len bytes at data, as hex. */
void digest_of(const void *data, size_t len, char hex[DIGEST_HEX_SIZE]);
/* The SHA-256 of the file at path (a workbook, read by another library),
 * as hex; false, hex empty, when the file cannot be read. */
bool digest_file(const char *path, char hex[DIGEST_HEX_SIZE]);

#endif

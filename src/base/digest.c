/* SPDX-License-Identifier: Apache-2.0 */
/*
 * digest.c - SHA-256 through Nettle (see digest.h): the one file that
 * includes <nettle/sha2.h>. Nettle is small, needs no global set-up, and
 * is in every Debian system (GnuTLS, and so apt, depends on it).
 */
#include "config.h"
#include "base/digest.h"
#include "base/xalloc.h"

#include <nettle/sha2.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

struct digest {
	struct sha256_ctx ctx;
};

/* A running digest over no bytes yet. */
struct digest *digest_new(void)
{
	struct digest *d = xmalloc(sizeof(*d));

	sha256_init(&d->ctx);
	return d;
}

/* Add bytes to the digest. */
void digest_add(struct digest *d, const void *data, size_t len)
{
	sha256_update(&d->ctx, len, data);
}

/* The digest in hex; d is freed. */
void digest_finish(struct digest *d, char hex[DIGEST_HEX_SIZE])
{
	static const char digits[] = "0123456789abcdef";
	uint8_t raw[SHA256_DIGEST_SIZE];

	sha256_digest(&d->ctx, sizeof(raw), raw);
	for (size_t k = 0; k < sizeof(raw); k++) {
		hex[2 * k] = digits[raw[k] >> 4];
		hex[2 * k + 1] = digits[raw[k] & 15];
	}
	hex[2 * sizeof(raw)] = '\0';
	free(d);
}

/* The digest of one buffer. */
void digest_of(const void *data, size_t len, char hex[DIGEST_HEX_SIZE])
{
	struct digest *d = digest_new();

	digest_add(d, data, len);
	digest_finish(d, hex);
}

/* The digest of the file at path, read in blocks; false (hex left empty)
 * when it cannot be opened or read. */
bool digest_file(const char *path, char hex[DIGEST_HEX_SIZE])
{
	FILE *fp = fopen(path, "rb");
	struct digest *d;
	char block[8192];
	size_t got;
	bool ok;

	hex[0] = '\0';
	if (!fp)
		return false;
	d = digest_new();
	while ((got = fread(block, 1, sizeof(block), fp)) > 0)
		digest_add(d, block, got);
	ok = !ferror(fp);
	fclose(fp);
	digest_finish(d, hex);
	if (!ok)
		hex[0] = '\0';
	return ok;
}

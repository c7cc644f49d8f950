/* SPDX-License-Identifier: Apache-2.0 */
/*
 * sources.h - the files a run read, each with what it was read as and
 * the SHA-256 of its bytes as read: the "inputs" of every JSON output.
 * Each loader records the files it read in the struct it fills (an
 * indicator set, a tally, a groups table...); the command line gathers
 * them, in the order of its options, into one list for the writers.
 *
 * Ownership: a list owns its entries' strings.
 */
#ifndef SOURCES_H
#define SOURCES_H

#include <stddef.h>

#include "base/digest.h"

struct source {
	char *path;		/* as read ("-": standard input) */
	const char *role;	/* static: the option's long name, e.g.
				 * "indicators", "answers" */
	char sha256[DIGEST_HEX_SIZE];
};

struct sources {
	struct source *items;
	size_t count;
	size_t cap;
};

void sources_init(struct sources *l);
void sources_release(struct sources *l);
/* Append a file (path copied; role static). */
void sources_add(struct sources *l, const char *role, const char *path,
		 const char sha256[DIGEST_HEX_SIZE]);
/* Append copies of every entry of from. */
void sources_append(struct sources *l, const struct sources *from);

#endif

/* SPDX-License-Identifier: Apache-2.0 */
/*
 * strmap.h - a string-keyed hash map to size_t values (indexes into the
 * caller's arrays). Keys are copied; the map owns its copies.
 */
#ifndef STRMAP_H
#define STRMAP_H

#include <stdbool.h>
#include <stddef.h>

struct strmap_slot {
	char *key;
	size_t value;
};

struct strmap {
	struct strmap_slot *slots;
	size_t cap;		/* a power of two, or 0 */
	size_t count;
};

void strmap_init(struct strmap *m);
void strmap_release(struct strmap *m);
/* Look key up; on success store its value in *value and return true. */
bool strmap_get(const struct strmap *m, const char *key, size_t *value);
/* Insert or replace key's value. */
void strmap_put(struct strmap *m, const char *key, size_t value);

#endif

/* SPDX-License-Identifier: Apache-2.0 */
/*
 * strmap.c - open addressing with linear probing and FNV-1a hashing; the
 * table doubles at 50% load. Used for indicator ids, assessments,
 * experts and group members, where lookups happen once per row.
 */
#include "config.h"
#include "base/strmap.h"
#include "base/xalloc.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* FNV-1a, 64 bits. */
static uint64_t hash_str(const char *s)
{
	uint64_t h = 1469598103934665603ULL;
	for (; *s; s++) {
		h ^= (unsigned char)*s;
		h *= 1099511628211ULL;
	}
	return h;
}

/* An empty map; the table is allocated on the first put. */
void strmap_init(struct strmap *m)
{
	m->slots = NULL;
	m->cap = 0;
	m->count = 0;
}

/* Free the keys and the table; the map is left empty and usable. */
void strmap_release(struct strmap *m)
{
	for (size_t i = 0; i < m->cap; i++)
		free(m->slots[i].key);
	free(m->slots);
	strmap_init(m);
}

/* The slot holding key, or the empty slot where it would go. */
static struct strmap_slot *find_slot(struct strmap_slot *slots, size_t cap,
				     const char *key)
{
	size_t i = (size_t)hash_str(key) & (cap - 1);

	while (slots[i].key && strcmp(slots[i].key, key))
		i = (i + 1) & (cap - 1);
	return &slots[i];
}

/* Look key up. */
bool strmap_get(const struct strmap *m, const char *key, size_t *value)
{
	struct strmap_slot *slot;

	if (!m->cap)
		return false;
	slot = find_slot(m->slots, m->cap, key);
	if (!slot->key)
		return false;
	*value = slot->value;
	return true;
}

/* Double the table and re-insert every key. */
static void rehash(struct strmap *m)
{
	size_t cap = m->cap ? m->cap * 2 : 16;
	struct strmap_slot *slots = xcalloc(cap, sizeof(*slots));

	for (size_t i = 0; i < m->cap; i++) {
		if (m->slots[i].key)
			*find_slot(slots, cap, m->slots[i].key) = m->slots[i];
	}
	free(m->slots);
	m->slots = slots;
	m->cap = cap;
}

/* Insert or replace, growing the table before it is half full. */
void strmap_put(struct strmap *m, const char *key, size_t value)
{
	struct strmap_slot *slot;

	if ((m->count + 1) * 2 > m->cap)
		rehash(m);
	slot = find_slot(m->slots, m->cap, key);
	if (!slot->key) {
		slot->key = xstrdup(key);
		m->count++;
	}
	slot->value = value;
}

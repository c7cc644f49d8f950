/* SPDX-License-Identifier: Apache-2.0 */
/*
 * sources.c - the list of files a run read (see sources.h).
 */
#include "config.h"
#include "base/sources.h"
#include "base/xalloc.h"

#include <stdlib.h>
#include <string.h>

/* An empty list. */
void sources_init(struct sources *l)
{
	memset(l, 0, sizeof(*l));
}

/* Free the entries' paths and the list. */
void sources_release(struct sources *l)
{
	for (size_t k = 0; k < l->count; k++)
		free(l->items[k].path);
	free(l->items);
	sources_init(l);
}

/* Append one file. */
void sources_add(struct sources *l, const char *role, const char *path,
		 const char sha256[DIGEST_HEX_SIZE])
{
	struct source *s;

	GROW(l->items, l->cap, l->count + 1);
	s = &l->items[l->count++];
	s->path = xstrdup(path);
	s->role = role;
	memcpy(s->sha256, sha256, DIGEST_HEX_SIZE);
}

/* Append copies of another list's entries. */
void sources_append(struct sources *l, const struct sources *from)
{
	for (size_t k = 0; k < from->count; k++)
		sources_add(l, from->items[k].role, from->items[k].path,
			    from->items[k].sha256);
}

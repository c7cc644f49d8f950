/* SPDX-License-Identifier: Apache-2.0 */
/*
 * groups.h - which country belongs to which group (a region, a donor
 * portfolio), read from a country,group CSV file for "gapscore compare".
 * Each country is in at most one group; the first listing wins.
 *
 * Ownership: a compare_groups owns copies of every string added to it;
 * compare_groups_release frees them.
 */
#ifndef GROUPS_H
#define GROUPS_H

#include <stdbool.h>
#include <stddef.h>

#include "base/diag.h"
#include "base/sources.h"
#include "base/strmap.h"
#include "load/csvin.h"

struct compare_member {
	char *country;
	char *group;
	long line;		/* where the file lists it (0: not from a file) */
};

struct compare_groups {
	struct compare_member *items;	/* in the order added */
	size_t count;
	size_t cap;
	struct strmap index;		/* country -> item */
	struct sources sources;		/* the file read, with its SHA-256 */
};

void compare_groups_init(struct compare_groups *g);
void compare_groups_release(struct compare_groups *g);
/* Put country in group (both copied). A country already listed is left
 * as it is: returns false with its item's index in *previous. */
bool compare_groups_add(struct compare_groups *g, const char *country,
			const char *group, long line, size_t *previous);
/* The group of country, or NULL when it is in none. */
const char *compare_groups_find(const struct compare_groups *g,
				const char *country);

/*
 * Read a groups file (header country,group, columns in any order; "-"
 * is standard input) into g, in one pass with csvin_read, as opts say
 * (NULL: the defaults). Every problem
 * goes to diags as FILE:LINE:COLUMN: a country that is not an ISO 3166-1
 * alpha-3 code, a country listed twice, an empty group, a missing
 * column, a short or long row; unknown columns are a warning. Returns
 * DIAG_SYSTEM when the file cannot be read, DIAG_INVALID on any error
 * (g then holds the rows that were valid).
 */
enum diag_status compare_groups_load(struct compare_groups *g,
				     const char *path,
				     const struct csvin_options *opts,
				     struct diag_list *diags);

#endif

/* SPDX-License-Identifier: Apache-2.0 */
/*
 * countries.h - the names of countries, so that reports, pages and charts
 * name a country and not only its code: the ISO 3166-1 alpha-3 codes
 * with the names the United Nations uses (compiled in from
 * data/countries.csv), and a user's own file (code, name, region) for
 * user-assigned codes such as XEA, or to rename a country. A user's
 * entry wins over the built-in one.
 *
 * Ownership: the table owns the user's strings; built-in ones are
 * static.
 */
#ifndef COUNTRIES_H
#define COUNTRIES_H

#include <stddef.h>

#include "base/diag.h"
#include "base/sources.h"
#include "base/strmap.h"
#include "load/csvin.h"

struct country_entry {
	const char *code;
	const char *name;
	const char *region;
};

/* The built-in table, in code order (iso3166.c). */
extern const struct country_entry iso3166_countries[];
extern const size_t iso3166_ncountries;

struct countries {
	struct country_entry *user;	/* from --countries, owned */
	size_t nuser;
	size_t cap;
	struct strmap index;		/* code -> user entry */
	struct sources sources;		/* the file read, with its SHA-256 */
};

void countries_init(struct countries *c);
void countries_release(struct countries *c);

/*
 * Read a countries file (header code,name and optionally region; "-" is
 * standard input) into c, as opts say (NULL: the defaults). Every
 * problem goes to diags as
 * FILE:LINE:COLUMN: a code that is not [A-Z]{3}, a code listed twice, an
 * empty name. Returns the worst status.
 */
enum diag_status countries_load(struct countries *c, const char *path,
				const struct csvin_options *opts,
				struct diag_list *diags);

/* The name of code: the user's, else the built-in one, else code. */
const char *countries_name(const struct countries *c, const char *code);
/* Its region, or NULL when neither table gives one. */
const char *countries_region(const struct countries *c, const char *code);

#endif

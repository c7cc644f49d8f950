/* SPDX-License-Identifier: Apache-2.0 */
/*
 * countries.c - country names: the built-in ISO 3166-1 table and a
 * user's code,name,region file (see countries.h).
 */
#include "config.h"
#include "load/countries.h"
#include "load/answers.h"
#include "load/csvtable.h"
#include "base/xalloc.h"
#include "base/i18n.h"

#include <stdlib.h>
#include <string.h>

/* An empty user table. */
void countries_init(struct countries *c)
{
	memset(c, 0, sizeof(*c));
	strmap_init(&c->index);
}

/* Free the user's entries. */
void countries_release(struct countries *c)
{
	for (size_t i = 0; i < c->nuser; i++) {
		free((char *)c->user[i].code);
		free((char *)c->user[i].name);
		free((char *)c->user[i].region);
	}
	free(c->user);
	strmap_release(&c->index);
	sources_release(&c->sources);
	countries_init(c);
}

/* The built-in entry of code (binary search), or NULL. */
static const struct country_entry *builtin(const char *code)
{
	size_t lo = 0, hi = iso3166_ncountries;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strcmp(iso3166_countries[mid].code, code);
		if (c == 0)
			return &iso3166_countries[mid];
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

/* The entry of code, the user's first, or NULL. */
static const struct country_entry *entry_of(const struct countries *c,
					    const char *code)
{
	size_t i;

	if (c && strmap_get(&c->index, code, &i))
		return &c->user[i];
	return builtin(code);
}

/* The name of code, or code itself. */
const char *countries_name(const struct countries *c, const char *code)
{
	const struct country_entry *e = entry_of(c, code);

	return e ? e->name : code;
}

/* The region of code, or NULL. */
const char *countries_region(const struct countries *c, const char *code)
{
	const struct country_entry *e = entry_of(c, code);

	return e && e->region && e->region[0] ? e->region : NULL;
}

enum ccol {
	C_CODE,
	C_NAME,
	C_REGION,
	NCCOLS,
};

static const char *const ccol_names[NCCOLS] = { "code", "name", "region" };

struct cloader {
	struct countries *c;
	struct csvtable table;
};

/* code and name are required; repeats are errors, other columns a
 * warning. */
static bool cread_header(void *ctx, const struct csvin_row *row)
{
	struct csvtable *t = &((struct cloader *)ctx)->table;
	bool ok = true;

	for (size_t i = 0; i < t->ncols; i++) {
		if (csvtable_check_repeat(t, row, i))
			ok = false;
		if (csvtable_known(t, i) == NCCOLS)
			csvtable_warn_unknown(t, row, i, false);
	}
	return csvtable_require(t, row, C_REGION, _("a countries file needs "
				  "code and name (and may give region)")) && ok;
}

/* Add one country; the codes are checked first. */
static void add_country(struct countries *c, const char *code,
			const char *name, const char *region)
{
	GROW(c->user, c->cap, c->nuser + 1);
	c->user[c->nuser].code = xstrdup(code);
	c->user[c->nuser].name = xstrdup(name);
	c->user[c->nuser].region = xstrdup(region);
	strmap_put(&c->index, code, c->nuser++);
}

/* One country: a valid code, listed once, with a name; a bad row is
 * reported and reading goes on. */
static bool cread_row(void *ctx, const struct csvin_row *row)
{
	struct cloader *ld = ctx;
	const struct csvtable *t = &ld->table;
	struct csvtable_cell cell[NCCOLS];
	size_t previous;
	bool ok = true;

	for (size_t k = 0; k < NCCOLS; k++)
		csvtable_cell(&cell[k], t, row, t->where[k], k);
	if (!answers_valid_country(cell[C_CODE].text)) {
		csvtable_cell_error(t, &cell[C_CODE], "code '%s' is not valid; "
				    "expected an ISO 3166-1 alpha-3 code in "
				    "capitals, e.g. KEN or XEA",
				    cell[C_CODE].text);
		ok = false;
	} else if (strmap_get(&ld->c->index, cell[C_CODE].text, &previous)) {
		csvtable_cell_error(t, &cell[C_CODE], "code '%s' is listed "
				    "twice; expected each country once",
				    cell[C_CODE].text);
		ok = false;
	}
	if (!cell[C_NAME].text[0]) {
		csvtable_cell_error(t, &cell[C_NAME], "name is empty; expected "
				    "the country's name");
		ok = false;
	}
	if (ok)
		add_country(ld->c, cell[C_CODE].text, cell[C_NAME].text,
			    cell[C_REGION].text);
	for (size_t k = 0; k < NCCOLS; k++)
		csvtable_cell_release(&cell[k]);
	return true;
}

static const struct csvtable_spec countries_spec = {
	.columns = ccol_names,
	.ncolumns = NCCOLS,
	.empty = N_("a header row (code, name, region)"),
	.header = cread_header,
	.row = cread_row,
};

/* Read a countries file (see countries.h). */
enum diag_status countries_load(struct countries *c, const char *path,
				const struct csvin_options *opts,
				struct diag_list *diags)
{
	struct cloader ld = { .c = c };
	enum diag_status st;

	st = csvtable_read(&ld.table, path, &countries_spec, opts, &ld, diags);
	sources_add(&c->sources, "countries", path, ld.table.sha256);
	return st;
}

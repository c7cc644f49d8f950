/* SPDX-License-Identifier: Apache-2.0 */
/*
 * groups.c - the country -> group list and its loader. The groups file
 * is read strictly, through csvin like every other input, so its errors
 * name FILE:LINE:COLUMN as theirs do.
 */
#include "config.h"
#include "load/groups.h"
#include "load/answers.h"
#include "load/csvtable.h"
#include "base/xalloc.h"
#include "base/i18n.h"

#include <stdlib.h>
#include <string.h>

/* An empty country -> group list. */
void compare_groups_init(struct compare_groups *g)
{
	memset(g, 0, sizeof(*g));
	strmap_init(&g->index);
}

/* Free every copied string and the index. */
void compare_groups_release(struct compare_groups *g)
{
	for (size_t i = 0; i < g->count; i++) {
		free(g->items[i].country);
		free(g->items[i].group);
	}
	free(g->items);
	strmap_release(&g->index);
	sources_release(&g->sources);
	memset(g, 0, sizeof(*g));
	strmap_init(&g->index);
}

/* The first listing of a country wins; a repeat is the caller's error. */
bool compare_groups_add(struct compare_groups *g, const char *country,
			const char *group, long line, size_t *previous)
{
	struct compare_member *m;

	if (strmap_get(&g->index, country, previous))
		return false;
	GROW(g->items, g->cap, g->count + 1);
	m = &g->items[g->count];
	m->country = xstrdup(country);
	m->group = xstrdup(group);
	m->line = line;
	strmap_put(&g->index, country, g->count);
	g->count++;
	return true;
}

/* The group the list puts country in, or NULL. */
const char *compare_groups_find(const struct compare_groups *g,
				const char *country)
{
	size_t i;

	return strmap_get(&g->index, country, &i) ? g->items[i].group : NULL;
}

enum gcol {
	G_COUNTRY,
	G_GROUP,
	NGCOLS,
};

static const char *const gcol_names[NGCOLS] = { "country", "group" };

struct gloader {
	struct compare_groups *g;
	struct csvtable table;
};

/* Both columns are required; repeats are errors, other columns a
 * warning. Returns false when the rows cannot be read. */
static bool gread_header(void *ctx, const struct csvin_row *row)
{
	struct csvtable *t = &((struct gloader *)ctx)->table;
	bool ok = true;

	for (size_t i = 0; i < t->ncols; i++) {
		if (csvtable_check_repeat(t, row, i))
			ok = false;
		else if (csvtable_known(t, i) == NGCOLS)
			csvtable_warn_unknown(t, row, i, false);
	}
	return csvtable_require(t, row, NGCOLS, _("a groups file needs "
				  "country and group")) && ok;
}

/* One membership: a valid country, listed once, in a named group;
 * reading goes on. */
static bool gread_row(void *ctx, const struct csvin_row *row)
{
	struct gloader *ld = ctx;
	const struct csvtable *t = &ld->table;
	struct csvtable_cell country, group;
	bool ok = true;
	size_t previous;

	csvtable_cell(&country, t, row, t->where[G_COUNTRY], G_COUNTRY);
	csvtable_cell(&group, t, row, t->where[G_GROUP], G_GROUP);
	if (!answers_valid_country(country.text)) {
		csvtable_cell_error(t, &country, "country '%s' is not valid; "
				    "expected an ISO 3166-1 alpha-3 code in "
				    "capitals, e.g. KEN", country.text);
		ok = false;
	}
	if (!group.text[0]) {
		csvtable_cell_error(t, &group, "group is empty; expected the "
				    "name of the country's group");
		ok = false;
	}
	if (ok && !compare_groups_add(ld->g, country.text, group.text,
				      row->line, &previous))
		csvtable_cell_error(t, &country, "country '%s' is listed again "
				    "(first on line %ld, in group '%s'); "
				    "expected each country in at most one "
				    "group", country.text,
				    ld->g->items[previous].line,
				    ld->g->items[previous].group);
	csvtable_cell_release(&country);
	csvtable_cell_release(&group);
	return true;
}

static const struct csvtable_spec groups_spec = {
	.columns = gcol_names,
	.ncolumns = NGCOLS,
	.empty = N_("a header row (country, group)"),
	.header = gread_header,
	.row = gread_row,
};

/* Read the whole file; its errors make it invalid (see groups.h). */
enum diag_status compare_groups_load(struct compare_groups *g,
				     const char *path,
				     const struct csvin_options *opts,
				     struct diag_list *diags)
{
	struct gloader ld = { .g = g };
	enum diag_status st;

	st = csvtable_read(&ld.table, path, &groups_spec, opts, &ld, diags);
	sources_add(&g->sources, "groups", path, ld.table.sha256);
	return st;
}

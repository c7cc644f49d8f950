/*
 * groups.c - the country -> group list and its loader. The groups file
 * is read strictly, through csvin like every other input, so its errors
 * name FILE:LINE:COLUMN as theirs do.
 */
#include "config.h"
#include "load/groups.h"
#include "load/answers.h"
#include "load/csvin.h"
#include "base/xalloc.h"
#include "base/text.h"

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
	struct diag_list *diags;
	const char *path;
	char **names;		/* the header, trimmed */
	size_t ncols;
	long where[NGCOLS];	/* the field of each column, or -1 */
};

/* Header names for csvin's messages about a row. */
static const char *gcolumn_name(void *ctx, size_t index)
{
	struct gloader *ld = ctx;

	return index < ld->ncols ? ld->names[index] : NULL;
}

/* Find the two columns; duplicates and missing ones are errors, others
 * a warning. Returns false when the rows cannot be read. */
static bool gread_header(struct gloader *ld, const struct csvin_row *row)
{
	bool ok = true;

	for (size_t k = 0; k < NGCOLS; k++)
		ld->where[k] = -1;
	ld->ncols = row->nfields;
	ld->names = xcalloc(row->nfields, sizeof(*ld->names));
	for (size_t i = 0; i < row->nfields; i++) {
		size_t k;

		ld->names[i] = trim_dup(row->fields[i]);
		for (size_t j = 0; j < i; j++)
			if (!strcmp(ld->names[i], ld->names[j])) {
				diag_error(ld->diags, ld->path, row->lines[i],
					   ld->names[i],
					   "column '%s' appears twice (also "
					   "column %zu); expected each column "
					   "once", ld->names[i], j + 1);
				ok = false;
			}
		for (k = 0; k < NGCOLS; k++)
			if (!strcmp(ld->names[i], gcol_names[k]))
				break;
		if (k < NGCOLS) {
			if (ld->where[k] < 0)
				ld->where[k] = (long)i;
		} else {
			char label[128];

			csvin_column_label(label, sizeof(label), ld->names[i],
					   i);
			diag_warning(ld->diags, ld->path, row->lines[i], label,
				     "unknown column '%s' is ignored",
				     ld->names[i]);
		}
	}
	for (size_t k = 0; k < NGCOLS; k++)
		if (ld->where[k] < 0) {
			diag_error(ld->diags, ld->path, row->line, gcol_names[k],
				   "missing required column '%s'; a groups "
				   "file needs country and group",
				   gcol_names[k]);
			ok = false;
		}
	return ok;
}

/* One membership: a valid country, listed once, in a named group. */
static void gread_row(struct gloader *ld, const struct csvin_row *row)
{
	long cfield = ld->where[G_COUNTRY], gfield = ld->where[G_GROUP];
	char *country = trim_dup(row->fields[cfield]);
	char *group = trim_dup(row->fields[gfield]);
	bool ok = true;
	size_t previous;

	if (!answers_valid_country(country)) {
		diag_error(ld->diags, ld->path, row->lines[cfield], "country",
			   "country '%s' is not valid; expected an ISO "
			   "3166-1 alpha-3 code in capitals, e.g. KEN",
			   country);
		ok = false;
	}
	if (!group[0]) {
		diag_error(ld->diags, ld->path, row->lines[gfield], "group",
			   "group is empty; expected the name of the "
			   "country's group");
		ok = false;
	}
	if (ok && !compare_groups_add(ld->g, country, group, row->line,
				      &previous))
		diag_error(ld->diags, ld->path, row->lines[cfield], "country",
			   "country '%s' is listed again (first on line %ld, "
			   "in group '%s'); expected each country in at most "
			   "one group", country, ld->g->items[previous].line,
			   ld->g->items[previous].group);
	free(country);
	free(group);
}

/* Header first, then each row; stop at the error cap. */
static bool gon_row(void *ctx, const struct csvin_row *row)
{
	struct gloader *ld = ctx;

	if (row->index == 0)
		return gread_header(ld, row);
	if (row->nfields != ld->ncols)
		csvin_field_count_error(ld->diags, ld->path, row, ld->names,
					ld->ncols);
	else
		gread_row(ld, row);
	return !diag_cap_reached(ld->diags, ld->path, row->line);
}

/* Read the whole file; its errors make it invalid (see compare.h). */
enum diag_status compare_groups_load(struct compare_groups *g,
				     const char *path,
				     struct diag_list *diags)
{
	struct gloader ld = { .g = g, .diags = diags, .path = path };
	size_t errors_before = diags->errors;
	enum diag_status st;

	st = csvin_read(path, gon_row, gcolumn_name, &ld, diags);
	if (st == DIAG_OK && ld.ncols == 0) {
		diag_error(diags, path, 1, "1", "the file is empty; expected "
			   "a header row (country, group)");
		st = DIAG_INVALID;
	} else if (st == DIAG_OK && diags->errors > errors_before) {
		st = DIAG_INVALID;
	}
	for (size_t i = 0; i < ld.ncols; i++)
		free(ld.names[i]);
	free(ld.names);
	return st;
}

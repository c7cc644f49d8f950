/*
 * tally.c - the answer store behind a streaming pass: assessments found
 * by hash, experts interned per assessment, rows appended. Sorting at the
 * end puts everything in a canonical order, so that results do not depend
 * on the order of files and rows, and finds duplicate answers.
 */
#include "config.h"
#include "load/tally.h"
#include "base/xalloc.h"
#include "base/strbuf.h"

#include <stdlib.h>
#include <string.h>

/* An empty tally over set. */
void tally_init(struct tally *t, const struct indset *set)
{
	memset(t, 0, sizeof(*t));
	t->set = set;
	strmap_init(&t->index);
}

/* Free the strings of one answer. */
static void answer_release(struct expert_answer *a)
{
	free(a->answer);
	free(a->evidence);
	free(a->good_practice);
	free(a->comment);
}

/* Free one assessment's rows, experts and index. */
static void assessment_release(struct assessment *as)
{
	for (size_t j = 0; j < as->nrows; j++)
		answer_release(&as->rows[j]);
	free(as->rows);
	for (size_t i = 0; i < as->nexperts; i++)
		free(as->experts[i]);
	free(as->experts);
	strmap_release(&as->expert_index);
	free(as->country);
	free(as->round);
}

/* Free every assessment; the tally is left zeroed. */
void tally_release(struct tally *t)
{
	for (size_t i = 0; i < t->count; i++)
		assessment_release(&t->items[i]);
	free(t->items);
	strmap_release(&t->index);
	for (size_t i = 0; i < t->nfiles; i++)
		free(t->files[i]);
	free(t->files);
	memset(t, 0, sizeof(*t));
}

/* The index key of an assessment: COUNTRY/ROUND (caller frees). */
static char *assessment_key(const char *country, const char *round)
{
	return xasprintf("%s/%s", country, round);
}

/* The assessment of country and round, created on first sight. */
static struct assessment *find_or_add(struct tally *t, const char *country,
				      const char *round)
{
	char *key = assessment_key(country, round);
	struct assessment *as;
	size_t i;

	if (strmap_get(&t->index, key, &i)) {
		free(key);
		return &t->items[i];
	}
	GROW(t->items, t->cap, t->count + 1);
	as = &t->items[t->count];
	memset(as, 0, sizeof(*as));
	as->country = xstrdup(country);
	as->round = xstrdup(round);
	strmap_init(&as->expert_index);
	strmap_put(&t->index, key, t->count++);
	free(key);
	return as;
}

/* The expert's index in the assessment, interned on first sight. */
static size_t find_or_add_expert(struct assessment *as, const char *name)
{
	size_t i;

	if (strmap_get(&as->expert_index, name, &i))
		return i;
	GROW(as->experts, as->experts_cap, as->nexperts + 1);
	as->experts[as->nexperts] = xstrdup(name);
	strmap_put(&as->expert_index, name, as->nexperts);
	return as->nexperts++;
}

/* The tally's copy of path, and its place in reading order. */
static const char *intern_file(struct tally *t, const char *path,
			       size_t *order)
{
	for (size_t i = t->nfiles; i-- > 0;)
		if (!strcmp(t->files[i], path)) {
			*order = i;
			return t->files[i];
		}
	GROW(t->files, t->files_cap, t->nfiles + 1);
	t->files[t->nfiles] = xstrdup(path);
	*order = t->nfiles;
	return t->files[t->nfiles++];
}

/* A copy of s, or NULL for an empty or absent one. */
static char *dup_or_null(const char *s)
{
	return s && s[0] ? xstrdup(s) : NULL;
}

/* Append the row to its assessment; duplicates wait for tally_sort. */
void tally_add(struct tally *t, const struct answer_row *row)
{
	struct assessment *as = find_or_add(t, row->country, row->round);
	struct expert_answer *a;

	GROW(as->rows, as->rows_cap, as->nrows + 1);
	a = &as->rows[as->nrows++];
	a->indicator = row->indicator;
	a->expert = find_or_add_expert(as, row->expert);
	a->cls = row->cls;
	a->score = row->score;
	a->confidence = row->confidence;
	a->answer = xstrdup(row->answer ? row->answer : "");
	a->evidence = dup_or_null(row->evidence);
	a->good_practice = dup_or_null(row->good_practice);
	a->comment = dup_or_null(row->comment);
	a->file = intern_file(t, row->file, &a->file_order);
	a->line = row->line;
}

/* Assessments by country, then round. */
static int cmp_assessment(const void *pa, const void *pb)
{
	const struct assessment *a = pa, *b = pb;
	int c = strcmp(a->country, b->country);
	return c ? c : strcmp(a->round, b->round);
}

/* Expert indexes by the names they stand for. */
static int cmp_expert_name(const void *pa, const void *pb, void *names)
{
	size_t a = *(const size_t *)pa, b = *(const size_t *)pb;
	char **n = names;
	return strcmp(n[a], n[b]);
}

/* Rows by indicator, expert, then reading order (file, line). */
static int cmp_row(const void *pa, const void *pb)
{
	const struct expert_answer *a = pa, *b = pb;

	if (a->indicator != b->indicator)
		return a->indicator < b->indicator ? -1 : 1;
	if (a->expert != b->expert)
		return a->expert < b->expert ? -1 : 1;
	if (a->file_order != b->file_order)
		return a->file_order < b->file_order ? -1 : 1;
	return a->line < b->line ? -1 : a->line > b->line;
}

/* Put rows in tally order: by indicator, expert, then reading order. */
void tally_order_rows(struct expert_answer *rows, size_t n)
{
	if (n > 1)
		qsort(rows, n, sizeof(*rows), cmp_row);
}

/* Renumber experts in name order. */
static void sort_experts(struct assessment *as)
{
	size_t *by_name = xcalloc(as->nexperts, sizeof(*by_name));
	size_t *rank = xcalloc(as->nexperts, sizeof(*rank));
	char **names = xcalloc(as->nexperts, sizeof(*names));

	for (size_t i = 0; i < as->nexperts; i++)
		by_name[i] = i;
	if (as->nexperts > 1)
		qsort_r(by_name, as->nexperts, sizeof(*by_name),
			cmp_expert_name, as->experts);
	for (size_t r = 0; r < as->nexperts; r++) {
		rank[by_name[r]] = r;
		names[r] = as->experts[by_name[r]];
	}
	for (size_t j = 0; j < as->nrows; j++)
		as->rows[j].expert = rank[as->rows[j].expert];
	free(as->experts);
	as->experts = names;
	as->experts_cap = as->nexperts;
	strmap_release(&as->expert_index);
	for (size_t i = 0; i < as->nexperts; i++)
		strmap_put(&as->expert_index, as->experts[i], i);
	free(by_name);
	free(rank);
}

/* Sort the rows and drop (reporting) second answers by the same expert. */
static bool sort_rows(const struct tally *t, struct assessment *as,
		      struct diag_list *diags)
{
	size_t kept = 0;
	bool ok = true;

	tally_order_rows(as->rows, as->nrows);
	for (size_t j = 0; j < as->nrows; j++) {
		struct expert_answer *a = &as->rows[j];
		const struct expert_answer *prev = kept ? &as->rows[kept - 1] : NULL;

		if (prev && prev->indicator == a->indicator &&
		    prev->expert == a->expert) {
			diag_error(diags, a->file, a->line, "indicator",
				   "expert '%s' already answered '%s' for %s "
				   "%s at %s:%ld; expected one answer per "
				   "expert, indicator and assessment",
				   as->experts[a->expert],
				   t->set->items[a->indicator].id, as->country,
				   as->round, prev->file, prev->line);
			answer_release(a);
			ok = false;
			continue;
		}
		as->rows[kept++] = *a;
	}
	as->nrows = kept;
	return ok;
}

/* Sort the assessments and rebuild their index, then each one's experts and
 * rows. */
bool tally_sort(struct tally *t, struct diag_list *diags)
{
	bool ok = true;

	if (t->count > 1)
		qsort(t->items, t->count, sizeof(*t->items), cmp_assessment);
	strmap_release(&t->index);
	for (size_t i = 0; i < t->count; i++) {
		char *key = assessment_key(t->items[i].country,
					  t->items[i].round);
		strmap_put(&t->index, key, i);
		free(key);
		sort_experts(&t->items[i]);
		ok = sort_rows(t, &t->items[i], diags) && ok;
	}
	return ok;
}

/* Binary search for the first row of indicator; its rows follow. */
struct answer_list tally_answers(const struct assessment *as,
				 size_t indicator)
{
	struct answer_list list = { NULL, 0 };
	size_t lo = 0, hi = as->nrows;

	/* First row with this indicator or a later one. */
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (as->rows[mid].indicator < indicator)
			lo = mid + 1;
		else
			hi = mid;
	}
	list.items = as->rows + lo;
	while (lo + list.count < as->nrows &&
	       as->rows[lo + list.count].indicator == indicator)
		list.count++;
	return list;
}

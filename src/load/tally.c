/* SPDX-License-Identifier: Apache-2.0 */
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


/* What a counts_only tally holds for a text it was given. */
const char tally_text_not_kept[] = "(not kept)";

/* An empty tally over set. */
void tally_init(struct tally *t, const struct indset *set)
{
	memset(t, 0, sizeof(*t));
	t->set = set;
	strmap_init(&t->index);
	strpool_init(&t->pool);
}

/* Free one assessment's rows, experts and index (the rows' text is the
 * pool's). */
static void assessment_release(struct assessment *as)
{
	free(as->rows);
	for (size_t i = 0; i < as->nexperts; i++)
		free(as->experts[i]);
	free(as->experts);
	strmap_release(&as->expert_index);
	strmap_release(&as->expert_folded);
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
	for (size_t i = 0; i < t->nfiles; i++) {
		free(t->files[i]);
		free(t->sheets[i]);
	}
	free(t->files);
	free(t->sheets);
	for (size_t i = 0; i < t->nunknown; i++)
		free(t->unknown[i].instrument);
	free(t->unknown);
	sources_release(&t->sources);
	strpool_release(&t->pool);
	memset(t, 0, sizeof(*t));
}

/* Add to the instrument's count, or list it. */
void tally_note_unknown(struct tally *t, const char *instrument, size_t n,
			bool columns)
{
	struct tally_unknown *u = NULL;

	for (size_t i = 0; i < t->nunknown && !u; i++)
		if (!strcmp(t->unknown[i].instrument, instrument))
			u = &t->unknown[i];
	if (!u) {
		GROW(t->unknown, t->unknown_cap, t->nunknown + 1);
		u = &t->unknown[t->nunknown++];
		u->instrument = xstrdup(instrument);
		u->answers = u->columns = 0;
	}
	if (columns)
		u->columns += n;
	else
		u->answers += n;
}

/* The index key of an assessment: COUNTRY/ROUND (caller frees). */
static char *assessment_key(const char *country, const char *round)
{
	return xasprintf("%s/%s", country, round);
}

/* Forget the file of the last row. */
void tally_new_source(struct tally *t)
{
	t->last_file = 0;
}

/* Is the assessment of country and round within only_country and
 * only_round? */
bool tally_selects(const struct tally *t, const char *country,
		   const char *round)
{
	return (!t->only_country || !strcmp(t->only_country, country)) &&
	       (!t->only_round || !strcmp(t->only_round, round));
}

/* The assessment of country and round, created on first sight; the one
 * of the last row is tried first, since rows come grouped. */
static struct assessment *find_or_add(struct tally *t, const char *country,
				      const char *round)
{
	struct assessment *as = t->last ? &t->items[t->last - 1] : NULL;
	char *key;
	size_t i;

	if (as && !strcmp(as->country, country) && !strcmp(as->round, round))
		return as;
	key = assessment_key(country, round);
	if (strmap_get(&t->index, key, &i)) {
		free(key);
		t->last = i + 1;
		return &t->items[i];
	}
	GROW(t->items, t->cap, t->count + 1);
	as = &t->items[t->count];
	memset(as, 0, sizeof(*as));
	as->country = xstrdup(country);
	as->round = xstrdup(round);
	strmap_init(&as->expert_index);
	strmap_init(&as->expert_folded);
	strmap_put(&t->index, key, t->count++);
	t->last = t->count;
	free(key);
	return as;
}

/* s in ASCII lower case (caller frees). */
static char *fold_case(const char *s)
{
	char *f = xstrdup(s);

	for (char *p = f; *p; p++)
		if (*p >= 'A' && *p <= 'Z')
			*p = (char)(*p - 'A' + 'a');
	return f;
}

/* Warn, once per assessment, when name differs from a known expert's
 * only in case; remember its folded form. */
static void check_case(struct assessment *as, const struct answer_row *row,
		       struct diag_list *diags)
{
	char *folded = fold_case(row->expert);
	size_t i;

	if (!strmap_get(&as->expert_folded, folded, &i)) {
		strmap_put(&as->expert_folded, folded, as->nexperts);
	} else if (!as->case_warned) {
		diag_add_sheet(diags, DIAG_WARNING, row->file, row->sheet,
			       row->line, "expert",
			     "expert '%s' differs only in case from expert "
			     "'%s' of %s %s; they are counted as two experts "
			     "(expected one spelling of each expert id)",
			     row->expert, as->experts[i], as->country,
			     as->round);
		as->case_warned = true;
	}
	free(folded);
}

/* The expert's index in the assessment, interned on first sight; false
 * past LIMIT_EXPERTS (reported once). */
static bool find_or_add_expert(struct assessment *as,
			       const struct answer_row *row,
			       struct diag_list *diags, size_t *index)
{
	if (strmap_get(&as->expert_index, row->expert, index))
		return true;
	if (as->nexperts >= LIMIT_EXPERTS) {
		if (!as->full)
			diag_add_sheet(diags, DIAG_ERROR, row->file,
				       row->sheet, row->line, "expert",
				   "expert '%s' is past the limit of %d "
				   "experts in %s %s; expected at most %d (the "
				   "answers of this and later new experts are "
				   "not read)",
				   row->expert, LIMIT_EXPERTS, as->country,
				   as->round, LIMIT_EXPERTS);
		as->full = true;
		return false;
	}
	check_case(as, row, diags);
	GROW(as->experts, as->experts_cap, as->nexperts + 1);
	as->experts[as->nexperts] = xstrdup(row->expert);
	strmap_put(&as->expert_index, row->expert, as->nexperts);
	*index = as->nexperts++;
	return true;
}

/* Is file i of the tally path's sheet (NULL: path itself)? */
static bool same_source(const struct tally *t, size_t i, const char *path,
			const char *sheet)
{
	if (strcmp(t->files[i], path))
		return false;
	if (!sheet || !t->sheets[i])
		return !sheet && !t->sheets[i];
	return !strcmp(t->sheets[i], sheet);
}

/* The tally's copy of path and sheet (*sheet_copy; NULL without one),
 * and their place in reading order. */
static const char *intern_file(struct tally *t, const char *path,
			       const char *sheet, const char **sheet_copy,
			       uint32_t *order)
{
	for (size_t i = t->nfiles; i-- > 0;)
		if (same_source(t, i, path, sheet)) {
			*order = (uint32_t)i;
			*sheet_copy = t->sheets[i];
			return t->files[i];
		}
	if (t->nfiles + 1 > t->files_cap) {
		size_t cap = t->files_cap;
		GROW(t->files, cap, t->nfiles + 1);
		t->sheets = xrealloc(t->sheets, cap * sizeof(*t->sheets));
		t->files_cap = cap;
	}
	t->files[t->nfiles] = xstrdup(path);
	t->sheets[t->nfiles] = sheet ? xstrdup(sheet) : NULL;
	*order = (uint32_t)t->nfiles;
	*sheet_copy = t->sheets[t->nfiles];
	return t->files[t->nfiles++];
}

/* The pool's copy of s ("" for NULL). */
static char *pool_copy(struct tally *t, const char *s)
{
	s = s ? s : "";
	return strpool_copy(&t->pool, s, strlen(s));
}

/* The pool's copy of s, or NULL for an empty or absent one. */
static char *pool_copy_or_null(struct tally *t, const char *s)
{
	return s && s[0] ? pool_copy(t, s) : NULL;
}

/* Append the row to its assessment; duplicates wait for tally_sort. */
bool tally_add(struct tally *t, const struct answer_row *row,
	       struct diag_list *diags)
{
	struct assessment *as = find_or_add(t, row->country, row->round);
	struct expert_answer *a;
	size_t expert;

	if (!find_or_add_expert(as, row, diags, &expert))
		return false;
	if (as->nrows == as->rows_cap) {
		/* Doubling, without GROW's zero fill: every field is set. */
		as->rows_cap = as->rows_cap ? 2 * as->rows_cap : 64;
		as->rows = xrealloc(as->rows,
				    as->rows_cap * sizeof(*as->rows));
	}
	a = &as->rows[as->nrows++];
	a->indicator = (uint32_t)row->indicator;
	a->expert = (uint32_t)expert;
	a->cls = row->cls;
	a->score = row->score;
	a->confidence = row->confidence;
	t->nanswers++;
	progress_report(&t->progress, PROGRESS_ANSWERS_READ, t->nanswers, 0);
	if (t->counts_only) {
		/* Whether evidence and comment were given is kept (validate
		 * counts an n/a's reason), not their text. */
		a->answer = (char *)"";
		a->good_practice = NULL;
		a->evidence = row->evidence && row->evidence[0] ?
				      (char *)tally_text_not_kept : NULL;
		a->comment = row->comment && row->comment[0] ?
				     (char *)tally_text_not_kept : NULL;
	} else {
		a->answer = pool_copy(t, row->answer);
		a->evidence = pool_copy_or_null(t, row->evidence);
		a->good_practice = pool_copy_or_null(t, row->good_practice);
		a->comment = pool_copy_or_null(t, row->comment);
	}
	if (!t->last_file || row->file != t->last_path ||
	    row->sheet != t->last_sheet) {
		uint32_t order;
		intern_file(t, row->file, row->sheet, &a->sheet, &order);
		t->last_file = (size_t)order + 1;
		t->last_path = row->file;
		t->last_sheet = row->sheet;
	}
	a->file_order = (uint32_t)(t->last_file - 1);
	a->file = t->files[a->file_order];
	a->sheet = t->sheets[a->file_order];
	a->line = row->line;
	return true;
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

/* -1, 0 or 1 as a is below, equal to or above b. */
static int cmp_number(long long a, long long b)
{
	return (a > b) - (a < b);
}

/* Rows by indicator, expert, then reading order (file, line). */
static int cmp_row(const void *pa, const void *pb)
{
	const struct expert_answer *a = pa, *b = pb;
	int c = cmp_number(a->indicator, b->indicator);

	if (!c)
		c = cmp_number(a->expert, b->expert);
	if (!c)
		c = cmp_number(a->file_order, b->file_order);
	return c ? c : cmp_number(a->line, b->line);
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
			diag_add_sheet(diags, DIAG_ERROR, a->file, a->sheet,
				       a->line, "indicator",
				   "expert '%s' already answered '%s' for %s "
				   "%s at %s%s%s:%ld; expected one answer per "
				   "expert, indicator and assessment",
				   as->experts[a->expert],
				   t->set->items[a->indicator].id, as->country,
				   as->round, prev->file, prev->sheet ? ":" : "",
				   prev->sheet ? prev->sheet : "", prev->line);
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
	t->last = 0;
	strmap_release(&t->index);
	for (size_t i = 0; i < t->count; i++) {
		char *key = assessment_key(t->items[i].country,
					  t->items[i].round);
		strmap_put(&t->index, key, i);
		free(key);
		sort_experts(&t->items[i]);
		/* Only loading compares names by case. */
		strmap_release(&t->items[i].expert_folded);
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

/*
 * tally.c - the answer store behind a streaming pass: assessments found
 * by hash, experts interned per assessment, answers appended per
 * indicator, duplicates refused. Sorting at the end makes the result
 * independent of row order, which is what lets chunks be merged.
 */
#include "config.h"
#include "tally.h"
#include "gapscore.h"

#include <stdlib.h>
#include <string.h>

void tally_init(struct tally *t, const struct indset *set)
{
	memset(t, 0, sizeof(*t));
	t->set = set;
	strmap_init(&t->index);
}

static void answer_release(struct expert_answer *a)
{
	free(a->answer);
	free(a->evidence);
	free(a->good_practice);
	free(a->comment);
}

static void assessment_release(struct assessment *as, size_t nindicators)
{
	for (size_t i = 0; i < nindicators; i++) {
		for (size_t j = 0; j < as->answers[i].count; j++)
			answer_release(&as->answers[i].items[j]);
		free(as->answers[i].items);
	}
	free(as->answers);
	for (size_t i = 0; i < as->nexperts; i++)
		free(as->experts[i]);
	free(as->experts);
	strmap_release(&as->expert_index);
	free(as->country);
	free(as->round);
}

void tally_release(struct tally *t)
{
	for (size_t i = 0; i < t->count; i++)
		assessment_release(&t->items[i], t->set->count);
	free(t->items);
	strmap_release(&t->index);
	for (size_t i = 0; i < t->nfiles; i++)
		free(t->files[i]);
	free(t->files);
	memset(t, 0, sizeof(*t));
}

static char *assessment_key(const char *country, const char *round)
{
	return xasprintf("%s/%s", country, round);
}

struct assessment *tally_find(const struct tally *t, const char *country,
			      const char *round)
{
	char *key = assessment_key(country, round);
	size_t i;
	bool found = strmap_get(&t->index, key, &i);

	free(key);
	return found ? &t->items[i] : NULL;
}

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
	as->answers = xcalloc(t->set->count, sizeof(*as->answers));
	strmap_put(&t->index, key, t->count++);
	free(key);
	return as;
}

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

static const char *intern_file(struct tally *t, const char *path)
{
	for (size_t i = t->nfiles; i-- > 0;)
		if (!strcmp(t->files[i], path))
			return t->files[i];
	GROW(t->files, t->files_cap, t->nfiles + 1);
	t->files[t->nfiles] = xstrdup(path);
	return t->files[t->nfiles++];
}

static char *dup_or_null(const char *s)
{
	return s && s[0] ? xstrdup(s) : NULL;
}

/* Refuse a second answer by the same expert; name both lines. */
static bool check_duplicate(const struct tally *t, const struct assessment *as,
			    const struct answer_list *list, size_t expert,
			    const char *file, long line, size_t indicator,
			    struct diag_list *diags)
{
	for (size_t i = 0; i < list->count; i++) {
		const struct expert_answer *a = &list->items[i];
		if (a->expert != expert)
			continue;
		diag_error(diags, file, line, "indicator",
			   "expert '%s' already answered '%s' for %s %s at "
			   "%s:%ld; expected one answer per expert, indicator "
			   "and assessment", as->experts[expert],
			   t->set->items[indicator].id, as->country,
			   as->round, a->file, a->line);
		return false;
	}
	return true;
}

bool tally_add(struct tally *t, const struct answer_row *row,
	       struct diag_list *diags)
{
	struct assessment *as = find_or_add(t, row->country, row->round);
	size_t expert = find_or_add_expert(as, row->expert);
	struct answer_list *list = &as->answers[row->indicator];
	struct expert_answer *a;

	if (!check_duplicate(t, as, list, expert, row->file, row->line,
			     row->indicator, diags))
		return false;
	GROW(list->items, list->cap, list->count + 1);
	a = &list->items[list->count++];
	a->expert = expert;
	a->cls = row->cls;
	a->score = row->score;
	a->confidence = row->confidence;
	a->answer = xstrdup(row->answer ? row->answer : "");
	a->evidence = dup_or_null(row->evidence);
	a->good_practice = dup_or_null(row->good_practice);
	a->comment = dup_or_null(row->comment);
	a->file = intern_file(t, row->file);
	a->line = row->line;
	return true;
}

bool tally_merge(struct tally *into, struct tally *from,
		 struct diag_list *diags)
{
	bool ok = true;

	for (size_t i = 0; i < from->count; i++) {
		struct assessment *src = &from->items[i];
		struct assessment *dst =
			find_or_add(into, src->country, src->round);

		for (size_t k = 0; k < into->set->count; k++) {
			struct answer_list *sl = &src->answers[k];
			struct answer_list *dl = &dst->answers[k];

			for (size_t j = 0; j < sl->count; j++) {
				struct expert_answer a = sl->items[j];
				a.expert = find_or_add_expert(
					dst, src->experts[a.expert]);
				a.file = intern_file(into, a.file);
				if (!check_duplicate(into, dst, dl, a.expert,
						     a.file, a.line, k, diags)) {
					answer_release(&a);
					ok = false;
					continue;
				}
				GROW(dl->items, dl->cap, dl->count + 1);
				dl->items[dl->count++] = a;
			}
			free(sl->items);
			sl->items = NULL;
			sl->count = sl->cap = 0;
		}
	}
	tally_release(from);
	return ok;
}

static int cmp_assessment(const void *pa, const void *pb)
{
	const struct assessment *a = pa, *b = pb;
	int c = strcmp(a->country, b->country);
	return c ? c : strcmp(a->round, b->round);
}

/* Experts' new ranks, used while sorting one assessment. */
static const size_t *sort_rank;

static int cmp_answer(const void *pa, const void *pb)
{
	const struct expert_answer *a = pa, *b = pb;
	size_t ra = sort_rank[a->expert], rb = sort_rank[b->expert];
	return ra < rb ? -1 : ra > rb;
}

static const char *const *sort_names;

static int cmp_expert_index(const void *pa, const void *pb)
{
	size_t a = *(const size_t *)pa, b = *(const size_t *)pb;
	return strcmp(sort_names[a], sort_names[b]);
}

/* Renumber experts in name order and sort every answer list by it. */
static void sort_assessment(struct assessment *as, size_t nindicators)
{
	size_t *by_name = xcalloc(as->nexperts, sizeof(*by_name));
	size_t *rank = xcalloc(as->nexperts, sizeof(*rank));
	char **names = xcalloc(as->nexperts, sizeof(*names));

	for (size_t i = 0; i < as->nexperts; i++)
		by_name[i] = i;
	sort_names = (const char *const *)as->experts;
	if (as->nexperts > 1)
		qsort(by_name, as->nexperts, sizeof(*by_name),
		      cmp_expert_index);
	for (size_t r = 0; r < as->nexperts; r++) {
		rank[by_name[r]] = r;
		names[r] = as->experts[by_name[r]];
	}
	sort_rank = rank;
	for (size_t k = 0; k < nindicators; k++) {
		struct answer_list *l = &as->answers[k];
		if (l->count > 1)
			qsort(l->items, l->count, sizeof(*l->items),
			      cmp_answer);
		for (size_t j = 0; j < l->count; j++)
			l->items[j].expert = rank[l->items[j].expert];
	}
	free(as->experts);
	as->experts = names;
	strmap_release(&as->expert_index);
	for (size_t i = 0; i < as->nexperts; i++)
		strmap_put(&as->expert_index, as->experts[i], i);
	free(by_name);
	free(rank);
}

void tally_sort(struct tally *t)
{
	if (t->count > 1)
		qsort(t->items, t->count, sizeof(*t->items),
		      cmp_assessment);
	strmap_release(&t->index);
	for (size_t i = 0; i < t->count; i++) {
		char *key = assessment_key(t->items[i].country,
					  t->items[i].round);
		strmap_put(&t->index, key, i);
		free(key);
		sort_assessment(&t->items[i], t->set->count);
	}
}

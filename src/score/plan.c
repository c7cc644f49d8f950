/*
 * plan.c - the technical assistance plan: choosing the assessments,
 * gathering their needs, and grouping them by category and instrument in
 * a fixed order (see plan.h). Pure computation: no I/O, no argv.
 *
 * Every sort key is a value, never an address or a reading order, so the
 * same inputs give the same plan whatever order the files came in.
 */
#include "config.h"
#include "score/plan.h"
#include "base/xalloc.h"
#include "base/text.h"

#include <stdlib.h>
#include <string.h>

/* Score defaults, every assessment, every need. */
void plan_options_init(struct plan_options *opt)
{
	memset(opt, 0, sizeof(*opt));
	score_options_init(&opt->score);
	opt->min_priority = 0;
}

/* Does opt's --country / --round let as through? */
static bool plan_matches(const struct plan_options *opt,
			 const struct assessment *as)
{
	return (!opt->country || !strcmp(opt->country, as->country)) &&
	       (!opt->round || !strcmp(opt->round, as->round));
}

/* The assessments opt selects, in tally order. */
size_t plan_select(const struct tally *t, const struct plan_options *opt,
		   const struct assessment ***out)
{
	const struct assessment **sel = NULL;
	bool *keep;
	size_t n = 0, kept = 0;

	*out = NULL;
	if (t->count == 0)
		return 0;
	sel = xcalloc(t->count, sizeof(*sel));
	for (size_t i = 0; i < t->count; i++)
		if (plan_matches(opt, &t->items[i]))
			sel[n++] = &t->items[i];
	/* --latest: rounds sort as text, and that order is chronological
	 * (SPEC "Answers CSV"); keep a round only if no later one of the
	 * same country was selected. Decide for all, then compact. */
	keep = xcalloc(n ? n : 1, sizeof(*keep));
	for (size_t i = 0; i < n; i++) {
		keep[i] = true;
		for (size_t j = 0; opt->latest_only && j < n && keep[i]; j++)
			if (!strcmp(sel[j]->country, sel[i]->country) &&
			    strcmp(sel[j]->round, sel[i]->round) > 0)
				keep[i] = false;
	}
	for (size_t i = 0; i < n; i++)
		if (keep[i])
			sel[kept++] = sel[i];
	free(keep);
	if (kept == 0) {
		free(sel);
		return 0;
	}
	*out = sel;
	return kept;
}

/* An empty plan; plan_add fills it, plan_finish groups it. */
struct plan *plan_new(const struct indset *set,
		      const struct plan_options *opt)
{
	struct plan *p = xcalloc(1, sizeof(*p));

	p->set = set;
	p->options = *opt;
	return p;
}

/* Add s (given first by indicator i) to refs unless already there. */
static void refs_add(struct plan_refs *refs, size_t *cap, const char *s,
		     size_t i)
{
	for (size_t k = 0; k < refs->count; k++)
		if (!strcmp(refs->items[k], s))
			return;
	if (refs->count == *cap) {
		*cap = *cap ? 2 * *cap : 4;
		refs->items = xrealloc(refs->items,
				       *cap * sizeof(*refs->items));
		refs->first = xrealloc(refs->first,
				       *cap * sizeof(*refs->first));
	}
	refs->items[refs->count] = s;
	refs->first[refs->count++] = i;
}

/* Free a list's arrays (not its strings: they are borrowed). */
static void refs_release(struct plan_refs *refs)
{
	free(refs->items);
	free(refs->first);
	memset(refs, 0, sizeof(*refs));
}

/* Fill in what a need shows beyond its numbers: categories, guide and
 * cross references, and unmet indicators, as the report's ta_needs do. */
static void need_details(struct plan_need *n, const struct score_result *r,
			 const struct dim_result *d)
{
	size_t ccap = 0, gcap = 0, xcap = 0, ucap = 0;

	for (size_t k = 0; k < d->nindicators; k++) {
		size_t i = d->indicators[k];
		const struct indicator *ind = &r->set->items[i];
		const struct indicator_result *res = &r->indicators[i];

		for (size_t j = 0; j < ind->ta_categories.count; j++)
			refs_add(&n->categories, &ccap,
				 ind->ta_categories.items[j], i);
		if (ind->guide_ref[0])
			refs_add(&n->guide_refs, &gcap, ind->guide_ref, i);
		for (size_t j = 0; j < ind->cross_refs.count; j++)
			refs_add(&n->cross_refs, &xcap,
				 ind->cross_refs.items[j], i);
		if (res->status != IND_ANSWERED || round4(res->score) >= 1)
			continue;
		GROW(n->unmet, ucap, n->nunmet + 1);
		n->unmet[n->nunmet].indicator = i;
		n->unmet[n->nunmet++].score = res->score;
	}
}

/* Copy what the plan shows of r's needs; r is not kept. */
void plan_add(struct plan *p, const struct score_result *r)
{
	size_t index = p->nassessments;

	GROW(p->assessments, p->assessments_cap, p->nassessments + 1);
	p->assessments[index].country = r->country;
	p->assessments[index].round = r->round;
	p->nassessments++;

	for (size_t k = 0; k < r->nneeds; k++) {
		const struct ta_need *need = &r->needs[k];
		const struct instrument_result *ir =
			&r->instruments[need->instrument];
		const struct article_result *ar = &ir->articles[need->article];
		const struct dim_result *d = &ar->dims[need->dimension];
		struct plan_need *n;

		if (round4(need->priority) < p->options.min_priority)
			continue;
		GROW(p->needs, p->needs_cap, p->nneeds + 1);
		n = &p->needs[p->nneeds++];
		memset(n, 0, sizeof(*n));
		n->assessment = index;
		n->instrument = ir->instrument;
		n->article = ar->article;
		n->dimension = need->dimension;
		n->score = d->value.score;
		n->has_coverage = d->value.has_coverage;
		n->coverage = d->value.coverage;
		n->priority = need->priority;
		n->rating = d->rating;
		n->status = d->status;
		need_details(n, r, d);
	}
}

/* One need under one category: everything its place depends on. */
struct plan_pair {
	const char *category;
	size_t instrument;
	double priority;	/* rounded */
	const char *country;
	const char *round;
	size_t article;
	size_t dimension;
	size_t need;
};

/* Category name, instrument (set order), then the need order of plan.h. */
static int cmp_pair(const void *pa, const void *pb)
{
	const struct plan_pair *a = pa, *b = pb;
	int c;

	if ((c = strcmp(a->category, b->category)) != 0)
		return c;
	if (a->instrument != b->instrument)
		return a->instrument < b->instrument ? -1 : 1;
	if (a->priority != b->priority)
		return a->priority > b->priority ? -1 : 1;
	if ((c = strcmp(a->country, b->country)) != 0)
		return c;
	if ((c = strcmp(a->round, b->round)) != 0)
		return c;
	if (a->article != b->article)
		return a->article < b->article ? -1 : 1;
	if (a->dimension != b->dimension)
		return a->dimension < b->dimension ? -1 : 1;
	/* The same article dimension of one assessment is one need. */
	return (a->need > b->need) - (a->need < b->need);
}

/* Strings in byte order (for qsort). */
static int cmp_str(const void *pa, const void *pb)
{
	return strcmp(*(const char *const *)pa, *(const char *const *)pb);
}

/* Sort strings and drop repeats; returns the new count. */
static size_t sort_unique(const char **items, size_t n)
{
	size_t kept = 0;

	if (n == 0)
		return 0;
	qsort(items, n, sizeof(*items), cmp_str);
	for (size_t i = 0; i < n; i++)
		if (kept == 0 || strcmp(items[kept - 1], items[i]))
			items[kept++] = items[i];
	return kept;
}

struct ref_entry {
	const char *text;
	size_t first;
};

/* References by text, then first place (to keep the first of each). */
static int cmp_ref_text(const void *pa, const void *pb)
{
	const struct ref_entry *a = pa, *b = pb;
	int c = strcmp(a->text, b->text);

	if (c)
		return c;
	return (a->first > b->first) - (a->first < b->first);
}

/* References by the place of their first indicator in the set. */
static int cmp_ref_first(const void *pa, const void *pb)
{
	const struct ref_entry *a = pa, *b = pb;

	if (a->first != b->first)
		return a->first < b->first ? -1 : 1;
	return strcmp(a->text, b->text);
}

/* The guide references of a group: the union over its needs, each at
 * the place of the first indicator (in set order) that gives it. */
static void group_guide_refs(const struct plan *p, struct plan_instrument *g)
{
	struct ref_entry *all = NULL;
	size_t n = 0, cap = 0, kept = 0;

	for (size_t k = 0; k < g->nneeds; k++) {
		const struct plan_refs *refs =
			&p->needs[g->needs[k]].guide_refs;
		for (size_t j = 0; j < refs->count; j++) {
			GROW(all, cap, n + 1);
			all[n].text = refs->items[j];
			all[n++].first = refs->first[j];
		}
	}
	if (n == 0)
		return;
	qsort(all, n, sizeof(*all), cmp_ref_text);
	for (size_t i = 0; i < n; i++)
		if (kept == 0 || strcmp(all[kept - 1].text, all[i].text))
			all[kept++] = all[i];
	qsort(all, kept, sizeof(*all), cmp_ref_first);
	g->guide_refs.items = xcalloc(kept, sizeof(*g->guide_refs.items));
	g->guide_refs.first = xcalloc(kept, sizeof(*g->guide_refs.first));
	for (size_t i = 0; i < kept; i++) {
		g->guide_refs.items[i] = all[i].text;
		g->guide_refs.first[i] = all[i].first;
	}
	g->guide_refs.count = kept;
	free(all);
}

/* Totals, countries and guide references of one instrument group. */
static void finish_group(const struct plan *p, struct plan_instrument *g)
{
	g->total_priority = 0;
	g->countries = xcalloc(g->nneeds, sizeof(*g->countries));
	for (size_t k = 0; k < g->nneeds; k++) {
		const struct plan_need *n = &p->needs[g->needs[k]];
		g->total_priority += round4(n->priority);
		g->countries[k] = p->assessments[n->assessment].country;
	}
	g->ncountries = sort_unique(g->countries, g->nneeds);
	group_guide_refs(p, g);
}

/* Highest total first (as printed); ties in set order. */
static int cmp_instrument(const void *pa, const void *pb)
{
	const struct plan_instrument *a = pa, *b = pb;
	double ta = round4(a->total_priority), tb = round4(b->total_priority);

	if (ta != tb)
		return ta > tb ? -1 : 1;
	return (a->instrument > b->instrument) -
	       (a->instrument < b->instrument);
}

/* Highest total first (as printed); ties by name. */
static int cmp_category(const void *pa, const void *pb)
{
	const struct plan_category *a = pa, *b = pb;
	double ta = round4(a->total_priority), tb = round4(b->total_priority);

	if (ta != tb)
		return ta > tb ? -1 : 1;
	return strcmp(a->name, b->name);
}

/* Totals and countries of one category, and its instruments' order. */
static void finish_category(const struct plan *p, struct plan_category *c)
{
	const char **countries;
	size_t n = 0;

	c->total_priority = 0;
	for (size_t s = 0; s < c->ninstruments; s++) {
		finish_group(p, &c->instruments[s]);
		c->total_priority += c->instruments[s].total_priority;
		n += c->instruments[s].ncountries;
	}
	countries = xcalloc(n ? n : 1, sizeof(*countries));
	n = 0;
	for (size_t s = 0; s < c->ninstruments; s++)
		for (size_t k = 0; k < c->instruments[s].ncountries; k++)
			countries[n++] = c->instruments[s].countries[k];
	c->ncountries = sort_unique(countries, n);
	free(countries);
	qsort(c->instruments, c->ninstruments, sizeof(*c->instruments),
	      cmp_instrument);
}

/* Every (category, need) pair, in category, instrument and need order. */
static struct plan_pair *plan_pairs(const struct plan *p, size_t *count)
{
	struct plan_pair *pairs = NULL;
	size_t n = 0, cap = 0;

	for (size_t k = 0; k < p->nneeds; k++) {
		const struct plan_need *need = &p->needs[k];
		size_t ncat = need->categories.count;
		for (size_t j = 0; j < (ncat ? ncat : 1); j++) {
			struct plan_pair *pr;
			GROW(pairs, cap, n + 1);
			pr = &pairs[n++];
			pr->category = ncat ? need->categories.items[j]
					    : PLAN_UNSPECIFIED;
			pr->instrument = need->instrument;
			pr->priority = round4(need->priority);
			pr->country = p->assessments[need->assessment].country;
			pr->round = p->assessments[need->assessment].round;
			pr->article = need->article;
			pr->dimension = need->dimension;
			pr->need = k;
		}
	}
	if (n)
		qsort(pairs, n, sizeof(*pairs), cmp_pair);
	*count = n;
	return pairs;
}

/* Cut the sorted (category, need) pairs into categories and their
 * instrument groups, then put both in their final order. */
void plan_finish(struct plan *p)
{
	size_t npairs, ccap = 0;
	struct plan_pair *pairs = plan_pairs(p, &npairs);

	for (size_t i = 0; i < npairs;) {
		struct plan_category *c;
		size_t icap = 0, end = i;

		while (end < npairs &&
		       !strcmp(pairs[end].category, pairs[i].category))
			end++;
		GROW(p->categories, ccap, p->ncategories + 1);
		c = &p->categories[p->ncategories++];
		memset(c, 0, sizeof(*c));
		c->name = pairs[i].category;
		while (i < end) {
			struct plan_instrument *g;
			size_t stop = i;

			while (stop < end &&
			       pairs[stop].instrument == pairs[i].instrument)
				stop++;
			GROW(c->instruments, icap, c->ninstruments + 1);
			g = &c->instruments[c->ninstruments++];
			memset(g, 0, sizeof(*g));
			g->instrument = pairs[i].instrument;
			g->needs = xcalloc(stop - i, sizeof(*g->needs));
			for (; i < stop; i++)
				g->needs[g->nneeds++] = pairs[i].need;
		}
		finish_category(p, c);
	}
	free(pairs);
	if (p->ncategories)
		qsort(p->categories, p->ncategories, sizeof(*p->categories),
		      cmp_category);
}

/* Free the plan and everything it owns (not the set or the tally). */
void plan_free(struct plan *p)
{
	if (!p)
		return;
	for (size_t c = 0; c < p->ncategories; c++) {
		struct plan_category *cat = &p->categories[c];
		for (size_t s = 0; s < cat->ninstruments; s++) {
			free(cat->instruments[s].needs);
			free(cat->instruments[s].countries);
			refs_release(&cat->instruments[s].guide_refs);
		}
		free(cat->instruments);
	}
	free(p->categories);
	for (size_t k = 0; k < p->nneeds; k++) {
		refs_release(&p->needs[k].categories);
		refs_release(&p->needs[k].guide_refs);
		refs_release(&p->needs[k].cross_refs);
		free(p->needs[k].unmet);
	}
	free(p->needs);
	free(p->assessments);
	free(p);
}

/* The whole pipeline for the command: select, score, add, finish. */
struct plan *plan_build(const struct indset *set, const struct tally *t,
			const struct plan_options *opt)
{
	const struct assessment **sel;
	size_t n = plan_select(t, opt, &sel);
	struct plan *p = plan_new(set, opt);

	/* One assessment at a time: memory follows the plan, not the
	 * number of assessments times the size of a score result. */
	for (size_t i = 0; i < n; i++) {
		struct score_result *r = score_assessment(set, sel[i],
							  &opt->score);
		plan_add(p, r);
		score_result_free(r);
	}
	free(sel);
	plan_finish(p);
	return p;
}

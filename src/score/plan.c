/* SPDX-License-Identifier: Apache-2.0 */
/*
 * plan.c - the technical assistance plan: choosing the assessments,
 * taking each of their needs once with the indicators behind it, its
 * category shares, effort band and target, then putting the needs in a
 * fixed order and summing them up by category, cluster, beneficiary,
 * activity and country (see plan.h). Pure computation: no I/O, no argv.
 *
 * Every sort key is a value, never an address or a reading order, so the
 * same inputs give the same plan whatever order the files came in.
 */
#include "config.h"
#include "score/plan.h"
#include "base/strbuf.h"
#include "base/text.h"
#include "base/xalloc.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Score defaults, every assessment, every need, the next band. */
void plan_options_init(struct plan_options *opt)
{
	memset(opt, 0, sizeof(*opt));
	score_options_init(&opt->score);
	opt->min_priority = 0;
	opt->target.kind = PLAN_TARGET_NEXT;
}

/* The band names --target takes, by dimension kind and band. */
static const char *const target_bands[2][3] = {
	{ "C", "LC", "PC" },
	{ "high", "substantial", "moderate" },
};

/* "next", a band name or a score in (0, 1]. */
bool plan_parse_target(const char *text, struct plan_target_rule *rule)
{
	double x;

	memset(rule, 0, sizeof(*rule));
	if (!strcasecmp(text, "next")) {
		rule->kind = PLAN_TARGET_NEXT;
		return true;
	}
	for (int d = 0; d < 2; d++)
		for (int k = 0; k < 3; k++)
			if (!strcasecmp(text, target_bands[d][k])) {
				rule->kind = PLAN_TARGET_BAND;
				rule->band = k;
				return true;
			}
	if (!parse_number(text, &x) || !(x > 0 && x <= 1))
		return false;
	rule->kind = PLAN_TARGET_SCORE;
	rule->score = x;
	return true;
}

/* The name plan.json gives an effort band. */
const char *plan_effort_name(enum plan_effort e)
{
	static const char *const names[] = { "small", "medium", "large" };

	return names[e];
}

/* The name plan.json gives a measure. */
const char *plan_measure_name(enum plan_measure m)
{
	static const char *const names[] = { "required_score", "score",
					     "coverage" };

	return names[m];
}

/* The key of an axis's groups in plan.json. */
const char *plan_axis_key(enum plan_axis axis)
{
	static const char *const keys[] = { "ta_category", "cluster",
					    "beneficiary", "activity",
					    "country" };

	return keys[axis];
}

/* Units back to the number they stand for. */
double plan_units_value(long long units)
{
	return (double)units / PLAN_SCALE;
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

/* An empty plan; plan_add fills it, plan_finish orders and sums it. */
struct plan *plan_new(const struct indset *set,
		      const struct plan_options *opt)
{
	struct plan *p = xcalloc(1, sizeof(*p));

	p->set = set;
	p->options = *opt;
	return p;
}

/* Add s to refs unless it is empty or already there. */
static void refs_add(struct plan_refs *refs, const char *s)
{
	if (!s || !s[0])
		return;
	for (size_t k = 0; k < refs->count; k++)
		if (!strcmp(refs->items[k], s))
			return;
	GROW(refs->items, refs->cap, refs->count + 1);
	refs->items[refs->count++] = s;
}

/* Add every item of a ;-separated list to refs. */
static void refs_add_list(struct plan_refs *refs, const struct str_list *l)
{
	for (size_t j = 0; j < l->count; j++)
		refs_add(refs, l->items[j]);
}

/* Free a list's array (not its strings: they are borrowed). */
static void refs_release(struct plan_refs *refs)
{
	free(refs->items);
	memset(refs, 0, sizeof(*refs));
}

/*
 * Split total units over n parts in proportion to w (parts with w <= 0
 * get nothing; when none is positive, equal parts), by the largest
 * remainder: each part its quota rounded down, then one unit more to
 * the parts with the largest fractions (ties: the earlier part) until
 * the parts add up to total.
 */
static void split_units(long long total, const double *w, size_t n,
			long long *out)
{
	double sum = 0, *frac = xcalloc(n, sizeof(*frac));
	size_t *order = xcalloc(n, sizeof(*order)), k;
	long long given = 0;

	for (size_t i = 0; i < n; i++)
		sum += w[i] > 0 ? w[i] : 0;
	for (size_t i = 0; i < n; i++) {
		double wi = w[i] > 0 ? w[i] : 0;
		double q = sum > 0 ? (double)total * wi / sum
				   : (double)total / (double)n;
		out[i] = (long long)floor(q);
		frac[i] = q - (double)out[i];
		given += out[i];
		/* Insert i by fraction, largest first, stable. */
		for (k = i; k > 0 && frac[order[k - 1]] < frac[i]; k--)
			order[k] = order[k - 1];
		order[k] = i;
	}
	for (k = 0; given < total; k = (k + 1) % n, given++)
		out[order[k]]++;
	free(frac);
	free(order);
}

/* Largest share first, ties by name (for qsort). */
static int cmp_share(const void *pa, const void *pb)
{
	const struct plan_share *a = pa, *b = pb;

	if (a->units != b->units)
		return a->units > b->units ? -1 : 1;
	return strcmp(a->name, b->name);
}

/* The part of a need that unit u stands for: its unmet share
 * w (1 - c) f for a gap, its weight for an information need. */
static double unit_part(const struct score_result *r, size_t u,
			enum need_kind kind)
{
	const struct unit *unit = &r->set->units[u];

	if (kind == NEED_INFORMATION)
		return unit->weight;
	return unit->weight * (1 - r->units[u].score) *
	       score_obligation_factor(&r->options, unit->obligation);
}

/* A category's weight in a need, while splitting it. */
struct weighed {
	const char *name;
	double weight;
};

/* Add w to the weight of name in *items (of *n, capacity *cap). */
static void weight_add(struct weighed **items, size_t *n, size_t *cap,
		       const char *name, double w)
{
	for (size_t k = 0; k < *n; k++)
		if (!strcmp((*items)[k].name, name)) {
			(*items)[k].weight += w;
			return;
		}
	GROW(*items, *cap, *n + 1);
	(*items)[(*n)++] = (struct weighed){ name, w };
}

/* The members behind need n of unit u have their distinct categories
 * in *cats (PLAN_UNSPECIFIED when none gives one). */
static void unit_categories(const struct plan_need *n,
			    const struct indset *set, size_t u,
			    struct plan_refs *cats)
{
	for (size_t j = 0; j < n->nindicators; j++) {
		const struct indicator *m =
			&set->items[n->indicators[j].indicator];
		if (m->unit == u)
			refs_add_list(cats, &m->ta_categories);
	}
	if (cats->count == 0)
		refs_add(cats, PLAN_UNSPECIFIED);
}

/* Split the need's units over the weighed categories, into its list. */
static void need_split_categories(struct plan_need *n,
				  const struct weighed *items, size_t count)
{
	double *ws = xcalloc(count, sizeof(*ws));
	long long *units = xcalloc(count, sizeof(*units));

	for (size_t c = 0; c < count; c++)
		ws[c] = items[c].weight;
	split_units(n->units, ws, count, units);
	n->categories = xcalloc(count, sizeof(*n->categories));
	for (size_t c = 0; c < count; c++)
		n->categories[c] = (struct plan_share){ items[c].name,
							units[c] };
	n->ncategories = count;
	qsort(n->categories, count, sizeof(*n->categories), cmp_share);
	free(ws);
	free(units);
}

/*
 * A need's categories: each unit behind it brings its part (unit_part),
 * split equally over the distinct ta_category values of its members
 * behind the need (none: PLAN_UNSPECIFIED); the need's units are then
 * split over the categories in proportion (split_units).
 */
static void need_categories(struct plan_need *n, const struct score_result *r)
{
	const struct indset *set = r->set;
	struct weighed *items = NULL;
	size_t count = 0, cap = 0;

	for (size_t k = 0; k < n->nindicators; k++) {
		size_t u = set->items[n->indicators[k].indicator].unit;
		struct plan_refs cats = { 0 };
		bool seen = false;

		for (size_t j = 0; j < k && !seen; j++)
			seen = set->items[n->indicators[j].indicator].unit ==
			       u;
		if (seen)
			continue;
		unit_categories(n, set, u, &cats);
		for (size_t c = 0; c < cats.count; c++)
			weight_add(&items, &count, &cap, cats.items[c],
				   unit_part(r, u, n->kind) /
					   (double)cats.count);
		refs_release(&cats);
	}
	if (count == 0)
		weight_add(&items, &count, &cap, PLAN_UNSPECIFIED, 1);
	need_split_categories(n, items, count);
	free(items);
}

/* The indicators behind a need and the unions over them; the clusters
 * of every indicator of the article. */
static void need_indicators(struct plan_need *n, const struct score_result *r,
			    const struct article_result *ar)
{
	const struct indset *set = r->set;
	const struct dim_result *d = &ar->dims[n->dimension];
	size_t *ids, count = score_need_indicators(r, d, n->kind, &ids);

	n->indicators = xcalloc(count + 1, sizeof(*n->indicators));
	for (size_t k = 0; k < count; k++) {
		size_t i = ids[k];
		const struct indicator *ind = &set->items[i];
		const struct indicator_result *res = &r->indicators[i];

		n->indicators[k] = (struct plan_item){
			.indicator = i,
			.has_score = n->kind == NEED_GAP && res->has_score,
			.score = res->score,
		};
		refs_add(&n->guide_refs, ind->guide_ref);
		refs_add_list(&n->cross_refs, &ind->cross_refs);
		refs_add(&n->model_law, ind->model_law);
		refs_add(&n->recommendations,
			 indset_recommendation(set, i, NULL));
		refs_add(&n->activities, ind->activity);
		refs_add_list(&n->beneficiaries, &ind->beneficiaries);
	}
	n->nindicators = count;
	free(ids);
	for (size_t dim = 0; dim < set->ndimensions; dim++) {
		const struct dim_result *ad = &ar->dims[dim];
		for (size_t k = 0; k < ad->nindicators; k++)
			refs_add(&n->clusters,
				 set->items[ad->indicators[k]].cluster);
	}
}

/* How much work an activity type is, against drafting (1). */
static double activity_factor(const char *activity)
{
	static const struct {
		const char *name;
		double factor;
	} factors[] = {
		{ "training", 1.5 },
		{ "data-systems", 2 },
		{ "equipment", 2 },
		{ "institutional-development", 2 },
	};

	for (size_t k = 0; k < sizeof(factors) / sizeof(factors[0]); k++)
		if (!strcmp(factors[k].name, activity))
			return factors[k].factor;
	return 1;
}

/*
 * The effort band: points = the sum over the indicators behind the need
 * of weight x (1 - score) x the activity's factor for a gap, and of
 * weight x 0.5 for an information need (answering a question is half
 * the lightest activity); small below PLAN_EFFORT_SMALL_BELOW, medium
 * below PLAN_EFFORT_MEDIUM_BELOW, else large.
 */
static void need_effort(struct plan_need *n, const struct indset *set)
{
	double points = 0;

	for (size_t k = 0; k < n->nindicators; k++) {
		const struct plan_item *it = &n->indicators[k];
		const struct indicator *ind = &set->items[it->indicator];

		if (n->kind == NEED_INFORMATION || !it->has_score)
			points += 0.5 * ind->weight;
		else
			points += ind->weight * (1 - it->score) *
				  activity_factor(ind->activity);
	}
	n->effort_points = points;
	points = round4(points);
	if (points < PLAN_EFFORT_SMALL_BELOW)
		n->effort = PLAN_EFFORT_SMALL;
	else if (points < PLAN_EFFORT_MEDIUM_BELOW)
		n->effort = PLAN_EFFORT_MEDIUM;
	else
		n->effort = PLAN_EFFORT_LARGE;
}

/* The lower bound of the lowest band above base; 1 at the top band. */
static double next_band(const struct rating_bands *b, double base)
{
	for (int k = 2; k >= 0; k--)
		if (b->bound[k] > base)
			return b->bound[k];
	return 1;
}

/*
 * The performance indicator. An information need: coverage today, to
 * 1. A gap: the required score (the score when there is none or it is
 * 1 already) today, to the lower bound of the next rating band above it
 * (1 at the top band); --target names a band or a score to reach
 * instead, where that is above today's value.
 */
static void need_target(struct plan_need *n, const struct plan_options *opt)
{
	const struct score_options *so = &opt->score;
	const struct rating_bands *b = n->dimension == DIM_LEGISLATIVE
					       ? &so->legislative
					       : &so->implementation;
	double base, t;

	n->baseline.rating = n->rating;
	if (n->kind == NEED_INFORMATION) {
		n->measure = PLAN_MEASURE_COVERAGE;
		n->baseline.value = n->value.has_coverage
					    ? round4(n->value.coverage) : 0;
		n->target = (struct plan_goal){ 1, NULL };
		return;
	}
	n->measure = n->value.has_required && round4(n->value.required) < 1
			     ? PLAN_MEASURE_REQUIRED : PLAN_MEASURE_SCORE;
	base = round4(n->measure == PLAN_MEASURE_REQUIRED ? n->value.required
							  : n->value.score);
	t = next_band(b, base);
	if (opt->target.kind == PLAN_TARGET_BAND &&
	    b->bound[opt->target.band] > base)
		t = b->bound[opt->target.band];
	else if (opt->target.kind == PLAN_TARGET_SCORE &&
		 round4(opt->target.score) > base)
		t = opt->target.score;
	n->baseline.value = base;
	n->target.value = round4(t);
	n->target.rating = score_rating(so, n->dimension, n->target.value);
}

/* One need of r as the plan shows it; r is not kept. */
static void need_fill(struct plan *p, struct plan_need *n,
		      const struct score_result *r, const struct ta_need *need)
{
	const struct instrument_result *ir = &r->instruments[need->instrument];
	const struct article_result *ar = &ir->articles[need->article];
	const struct dim_result *d = &ar->dims[need->dimension];
	const struct instrument *ins = &p->set->instruments[ir->instrument];

	*n = (struct plan_need){
		.kind = need->kind,
		.assessment = p->nassessments - 1,
		.country = r->country,
		.round = r->round,
		.instrument = ir->instrument,
		.article = ar->article,
		.dimension = need->dimension,
		.value = d->value,
		.rating = d->rating,
		.status = d->status,
		.priority = need->priority,
		.units = llround(round4(need->priority) * PLAN_SCALE),
	};
	n->id = xasprintf("%s-%s-%s-%s-%s-%s", r->country, r->round,
			  ins->code, ins->articles[ar->article].label,
			  p->set->dimensions[need->dimension],
			  need_kind_name(need->kind));
	need_indicators(n, r, ar);
	need_categories(n, r);
	need_effort(n, p->set);
	need_target(n, &p->options);
}

/* Copy what the plan shows of r's needs; r is not kept. */
void plan_add(struct plan *p, const struct score_result *r)
{
	GROW(p->assessments, p->assessments_cap, p->nassessments + 1);
	p->assessments[p->nassessments].country = r->country;
	p->assessments[p->nassessments].country_name =
		r->country_name ? r->country_name : r->country;
	p->assessments[p->nassessments].round = r->round;
	p->nassessments++;

	for (size_t k = 0; k < r->nneeds; k++) {
		if (round4(r->needs[k].priority) < p->options.min_priority)
			continue;
		GROW(p->needs, p->needs_cap, p->nneeds + 1);
		need_fill(p, &p->needs[p->nneeds++], r, &r->needs[k]);
	}
}

/* The plan's order of needs (plan.h). */
static int cmp_need(const void *pa, const void *pb)
{
	const struct plan_need *a = pa, *b = pb;
	int c;

	if (a->units != b->units)
		return a->units > b->units ? -1 : 1;
	if ((c = strcmp(a->country, b->country)) != 0)
		return c;
	if ((c = strcmp(a->round, b->round)) != 0)
		return c;
	return need_place_cmp(&(struct need_place){ a->instrument, a->article,
						    a->dimension, a->kind },
			      &(struct need_place){ b->instrument, b->article,
						    b->dimension, b->kind });
}

/* Strings in byte order (for qsort). */
static int cmp_str(const void *pa, const void *pb)
{
	return strcmp(*(const char *const *)pa, *(const char *const *)pb);
}

/* How many distinct strings items holds (it is sorted in place). */
static size_t count_distinct(const char **items, size_t n)
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

/* The refs an equally split axis reads of a need. */
static const struct plan_refs *axis_refs(const struct plan_need *n,
					 enum plan_axis axis)
{
	return axis == PLAN_BY_CLUSTER	   ? &n->clusters
	       : axis == PLAN_BY_ACTIVITY ? &n->activities
					   : &n->beneficiaries;
}

/* Need k's shares in axis (plan.h). */
size_t plan_need_shares(const struct plan *p, size_t k, enum plan_axis axis,
			struct plan_share **out)
{
	const struct plan_need *n = &p->needs[k];
	const struct plan_refs *refs;
	size_t count;
	long long *units;
	double *ones;

	if (axis == PLAN_BY_CATEGORY) {
		*out = xcalloc(n->ncategories + 1, sizeof(**out));
		memcpy(*out, n->categories,
		       n->ncategories * sizeof(*n->categories));
		return n->ncategories;
	}
	if (axis == PLAN_BY_COUNTRY) {
		*out = xcalloc(1, sizeof(**out));
		(*out)[0] = (struct plan_share){ n->country, n->units };
		return 1;
	}
	refs = axis_refs(n, axis);
	count = refs->count ? refs->count : 1;
	ones = xcalloc(count, sizeof(*ones));
	units = xcalloc(count, sizeof(*units));
	for (size_t j = 0; j < count; j++)
		ones[j] = 1;
	split_units(n->units, ones, count, units);
	*out = xcalloc(count, sizeof(**out));
	for (size_t j = 0; j < count; j++)
		(*out)[j] = (struct plan_share){
			refs->count ? refs->items[j] : PLAN_UNSPECIFIED,
			units[j] };
	free(ones);
	free(units);
	return count;
}

/* One need's share in one group, while grouping. */
struct axis_entry {
	const char *name;
	long long units;
	size_t need;
};

/* By name, then need (plan order). */
static int cmp_entry(const void *pa, const void *pb)
{
	const struct axis_entry *a = pa, *b = pb;
	int c = strcmp(a->name, b->name);

	if (c)
		return c;
	return (a->need > b->need) - (a->need < b->need);
}

/* Highest total first, ties by name. */
static int cmp_group(const void *pa, const void *pb)
{
	const struct plan_group *a = pa, *b = pb;

	if (a->units != b->units)
		return a->units > b->units ? -1 : 1;
	return strcmp(a->name, b->name);
}

/* Every need's shares in axis, by name then need. */
static struct axis_entry *axis_entries(const struct plan *p,
				       enum plan_axis axis, size_t *count)
{
	struct axis_entry *all = NULL;
	size_t n = 0, cap = 0;

	for (size_t k = 0; k < p->nneeds; k++) {
		struct plan_share *shares;
		size_t ns = plan_need_shares(p, k, axis, &shares);
		for (size_t j = 0; j < ns; j++) {
			GROW(all, cap, n + 1);
			all[n++] = (struct axis_entry){ shares[j].name,
							shares[j].units, k };
		}
		free(shares);
	}
	if (n)
		qsort(all, n, sizeof(*all), cmp_entry);
	*count = n;
	return all;
}

/* The groups of one axis: the entries cut by name, then ordered. */
static void plan_summarise(struct plan *p, enum plan_axis axis)
{
	struct plan_summary *s = &p->summaries[axis];
	size_t n, cap = 0;
	struct axis_entry *all = axis_entries(p, axis, &n);

	for (size_t i = 0; i < n;) {
		struct plan_group *g;
		const char **countries;
		size_t end = i;

		while (end < n && !strcmp(all[end].name, all[i].name))
			end++;
		GROW(s->groups, cap, s->ngroups + 1);
		g = &s->groups[s->ngroups++];
		g->name = all[i].name;
		g->needs = xcalloc(end - i, sizeof(*g->needs));
		countries = xcalloc(end - i, sizeof(*countries));
		for (; i < end; i++) {
			g->units += all[i].units;
			countries[g->nneeds] = p->needs[all[i].need].country;
			g->needs[g->nneeds++] = all[i].need;
		}
		g->ncountries = count_distinct(countries, g->nneeds);
		free(countries);
	}
	free(all);
	if (s->ngroups)
		qsort(s->groups, s->ngroups, sizeof(*s->groups), cmp_group);
}

/* Order the needs, then the totals and every summary. */
void plan_finish(struct plan *p)
{
	const char **countries = xcalloc(p->nneeds + 1, sizeof(*countries));

	if (p->nneeds)
		qsort(p->needs, p->nneeds, sizeof(*p->needs), cmp_need);
	for (size_t k = 0; k < p->nneeds; k++) {
		const struct plan_need *n = &p->needs[k];
		p->total_units += n->units;
		p->kinds[n->kind].nneeds++;
		p->kinds[n->kind].units += n->units;
		countries[k] = n->country;
	}
	p->ncountries = count_distinct(countries, p->nneeds);
	free(countries);
	for (int axis = 0; axis < PLAN_NAXES; axis++)
		plan_summarise(p, (enum plan_axis)axis);
}

/* Free one need's arrays (its strings are borrowed, but for its id). */
static void need_release(struct plan_need *n)
{
	free(n->id);
	free(n->categories);
	free(n->indicators);
	refs_release(&n->guide_refs);
	refs_release(&n->cross_refs);
	refs_release(&n->model_law);
	refs_release(&n->recommendations);
	refs_release(&n->activities);
	refs_release(&n->beneficiaries);
	refs_release(&n->clusters);
}

/* Free the plan and everything it owns (not the set or the tally). */
void plan_free(struct plan *p)
{
	if (!p)
		return;
	for (int axis = 0; axis < PLAN_NAXES; axis++) {
		struct plan_summary *s = &p->summaries[axis];
		for (size_t g = 0; g < s->ngroups; g++)
			free(s->groups[g].needs);
		free(s->groups);
	}
	for (size_t k = 0; k < p->nneeds; k++)
		need_release(&p->needs[k]);
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

/* The name of a country of the plan (see plan.h). */
const char *plan_country_name(const struct plan *p, const char *code)
{
	for (size_t i = 0; i < p->nassessments; i++)
		if (!strcmp(p->assessments[i].country, code))
			return p->assessments[i].country_name;
	return code;
}

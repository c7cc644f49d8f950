/* SPDX-License-Identifier: Apache-2.0 */
/*
 * trend.c - building a country's trend. Each round is scored as in its
 * report; then each round is scored again from the rows of the
 * comparable indicators only (a synthetic assessment borrowing the rows),
 * so that changes compare like with like.
 */
#include "config.h"
#include "score/trend.h"
#include "load/targets.h"
#include "base/text.h"
#include "base/xalloc.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* The countries of a sorted tally, each once, in order. */
const char **trend_countries(const struct tally *t, size_t *n)
{
	const char **out = xcalloc(t->count + 1, sizeof(*out));

	*n = 0;
	for (size_t i = 0; i < t->count; i++)
		if (!*n || strcmp(out[*n - 1], t->items[i].country))
			out[(*n)++] = t->items[i].country;
	return out;
}

/* The assessment restricted to the rows of the comparable indicators. */
static struct assessment restricted(const struct assessment *as,
				    const bool *keep)
{
	struct assessment r = *as;
	size_t n = 0;

	r.rows = xcalloc(as->nrows + 1, sizeof(*r.rows));
	for (size_t j = 0; j < as->nrows; j++)
		if (keep[as->rows[j].indicator])
			r.rows[n++] = as->rows[j];
	r.nrows = n;
	return r;
}

/* The level of series s in result r (instrument or article, or overall). */
static struct trend_point point_of(const struct score_result *r,
				   const struct trend_series *s)
{
	struct trend_point p = { false, 0 };
	size_t ndim = r->set->ndimensions;
	const struct level_score *v = NULL;

	if (s->instrument == TREND_NONE) {
		v = s->dimension < ndim ? &r->overall[s->dimension]
					: &r->overall_combined;
	} else {
		for (size_t k = 0; k < r->ninstruments; k++) {
			const struct instrument_result *ir = &r->instruments[k];
			if (ir->instrument != s->instrument)
				continue;
			if (s->article == TREND_NONE)
				v = s->dimension < ndim ? &ir->dims[s->dimension]
							: &ir->combined;
			else if (s->dimension < ndim)
				v = ir->articles[s->article].dims[s->dimension].present
					? &ir->articles[s->article].dims[s->dimension].value
					: NULL;
			else
				v = &ir->articles[s->article].combined;
		}
	}
	if (v && v->has_score) {
		p.has = true;
		p.score = v->score;
	}
	return p;
}

/* Changes, gap closed and direction from the comparable points. */
static void summarise(struct trend_series *s, size_t nrounds, double tol)
{
	size_t first = TREND_NONE, last = TREND_NONE, prev = TREND_NONE;

	for (size_t k = 0; k < nrounds; k++)
		if (s->comparable[k].has) {
			if (first == TREND_NONE)
				first = k;
			prev = last;
			last = k;
		}
	if (first == TREND_NONE || first == last)
		return;
	s->has_change = true;
	s->change_since_baseline = s->comparable[last].score -
				   s->comparable[first].score;
	if (prev != TREND_NONE) {
		s->has_change_since_last = true;
		s->change_since_last = s->comparable[last].score -
				       s->comparable[prev].score;
	}
	if (1 - s->comparable[first].score > 0) {
		s->has_gap_closed = true;
		s->gap_closed = s->change_since_baseline /
				(1 - s->comparable[first].score);
	}
	s->direction = s->change_since_baseline > tol ? "improved"
		       : s->change_since_baseline < -tol ? "regressed"
							 : "stable";
}

/* Add an empty series for one level and dimension. */
static void add_series(struct trend *tr, size_t *cap, size_t ins,
		       size_t art, size_t dim)
{
	struct trend_series *s;

	GROW(tr->series, *cap, tr->nseries + 1);
	s = &tr->series[tr->nseries++];
	memset(s, 0, sizeof(*s));
	s->instrument = ins;
	s->article = art;
	s->dimension = dim;
	s->reported = xcalloc(tr->nrounds, sizeof(*s->reported));
	s->comparable = xcalloc(tr->nrounds, sizeof(*s->comparable));
}

/* Every series: overall, then per instrument, then its articles. */
static void plan_series(struct trend *tr)
{
	const struct indset *set = tr->set;
	size_t cap = 0, ndim = set->ndimensions;

	for (size_t d = 0; d <= ndim; d++)
		add_series(tr, &cap, TREND_NONE, TREND_NONE, d);
	for (size_t s = 0; s < set->ninstruments; s++) {
		for (size_t d = 0; d <= ndim; d++)
			add_series(tr, &cap, s, TREND_NONE, d);
		for (size_t a = 0; a < set->instruments[s].narticles; a++)
			for (size_t d = 0; d <= ndim; d++)
				add_series(tr, &cap, s, a, d);
	}
}

/* Drop series with no point at all (dimensions an article lacks). */
static void drop_empty(struct trend *tr)
{
	size_t kept = 0;

	for (size_t k = 0; k < tr->nseries; k++) {
		struct trend_series *s = &tr->series[k];
		bool any = false;
		for (size_t r = 0; r < tr->nrounds; r++)
			any = any || s->reported[r].has || s->comparable[r].has;
		if (any) {
			tr->series[kept++] = *s;
		} else {
			free(s->reported);
			free(s->comparable);
		}
	}
	tr->nseries = kept;
}

/* The rounds of country in t, in tally (round) order. */
static void collect_rounds(struct trend *tr, const struct tally *t)
{
	size_t cap = 0;

	for (size_t i = 0; i < t->count; i++)
		if (!strcmp(t->items[i].country, tr->country)) {
			GROW(tr->rounds, cap, tr->nrounds + 1);
			tr->rounds[tr->nrounds++] = &t->items[i];
		}
}

/* Comparable indicators (answered in every round) and, for those
 * answered in some rounds only, in which. */
static void find_comparable(struct trend *tr,
			    struct score_result *const *reported)
{
	const struct indset *set = tr->set;
	size_t pcap = 0;

	tr->comparable = xcalloc(set->count + 1, sizeof(*tr->comparable));
	for (size_t i = 0; i < set->count; i++) {
		size_t answered = 0;
		for (size_t r = 0; r < tr->nrounds; r++)
			answered += reported[r]->indicators[i].status ==
				    IND_ANSWERED;
		tr->comparable[i] = answered == tr->nrounds;
		tr->ncomparable += tr->comparable[i];
		if (!answered || answered == tr->nrounds)
			continue;
		GROW(tr->partial, pcap, tr->npartial + 1);
		tr->partial_rounds = xrealloc(tr->partial_rounds,
			pcap * sizeof(*tr->partial_rounds));
		tr->partial[tr->npartial] = i;
		tr->partial_rounds[tr->npartial] = xcalloc(tr->nrounds, 1);
		for (size_t r = 0; r < tr->nrounds; r++)
			tr->partial_rounds[tr->npartial][r] =
				reported[r]->indicators[i].status ==
				IND_ANSWERED;
		tr->npartial++;
	}
}

/* Indicators whose consensus moved by more than the tolerance between
 * the last two rounds. */
static void find_moved(struct trend *tr, const struct score_result *a,
		       const struct score_result *b)
{
	size_t mcap = 0;

	for (size_t i = 0; i < tr->set->count; i++) {
		const struct indicator_result *x = &a->indicators[i];
		const struct indicator_result *y = &b->indicators[i];
		if (!x->has_score || !y->has_score ||
		    fabs(y->score - x->score) <= tr->tolerance)
			continue;
		GROW(tr->moved, mcap, tr->nmoved + 1);
		tr->moved[tr->nmoved].indicator = i;
		tr->moved[tr->nmoved].from = x->score;
		tr->moved[tr->nmoved++].to = y->score;
	}
}

/* Every series' reported and comparable points, then its summary. */
static void fill_series(struct trend *tr,
			struct score_result *const *reported,
			struct score_result *const *comparable)
{
	plan_series(tr);
	for (size_t k = 0; k < tr->nseries; k++) {
		for (size_t r = 0; r < tr->nrounds; r++) {
			tr->series[k].reported[r] =
				point_of(reported[r], &tr->series[k]);
			tr->series[k].comparable[r] =
				point_of(comparable[r], &tr->series[k]);
		}
		summarise(&tr->series[k], tr->nrounds, tr->tolerance);
	}
	drop_empty(tr);
}

/* The article dimension of result r that target p names, or NULL. */
static const struct dim_result *target_dim(const struct score_result *r,
					   const struct plan_target *p)
{
	const struct indset *set = r->set;

	for (size_t s = 0; s < r->ninstruments; s++) {
		const struct instrument_result *ir = &r->instruments[s];
		const struct instrument *ins = &set->instruments[ir->instrument];
		if (strcmp(ins->code, p->instrument))
			continue;
		for (size_t a = 0; a < ir->narticles; a++) {
			if (strcmp(ins->articles[a].label, p->article))
				continue;
			for (size_t d = 0; d < set->ndimensions; d++)
				if (!strcmp(set->dimensions[d], p->dimension) &&
				    ir->articles[a].dims[d].present)
					return &ir->articles[a].dims[d];
		}
	}
	return NULL;
}

/* The value of the target's measure in d; false when it is null. */
static bool measured(const struct dim_result *d, const char *measure,
		     double *out)
{
	const struct level_score *v = &d->value;

	if (!strcmp(measure, "coverage") && v->has_coverage)
		*out = v->coverage;
	else if (!strcmp(measure, "required_score") && v->has_required)
		*out = v->required;
	else if (!strcmp(measure, "score") && v->has_score)
		*out = v->score;
	else
		return false;
	return true;
}

/* Measure one target in the latest round's result. */
static void measure_one(struct trend_target *tt, const struct score_result *r)
{
	const struct plan_target *p = tt->plan;
	const struct dim_result *d = target_dim(r, p);

	tt->latest_round = r->round;
	if (!strcmp(r->round, p->round))
		tt->note = "no round after the plan's baseline yet";
	if (!d || !measured(d, p->measure, &tt->latest)) {
		tt->note = "the latest round does not measure it";
		return;
	}
	tt->has_latest = true;
	tt->latest_rating = d->rating;
	if (!p->has_target)
		return;
	tt->has_met = true;
	tt->met = round4(tt->latest) >= round4(p->target);
	if (p->has_baseline && round4(p->target) != round4(p->baseline)) {
		tt->has_gap_closed = true;
		/* On the values as printed: the plan's are rounded. */
		tt->gap_closed = (round4(tt->latest) - p->baseline) /
				 (p->target - p->baseline);
	}
}

/* Measure the plan's targets for this country in its latest round. */
static void measure_targets(struct trend *tr, const struct plan_targets *t,
			    const struct score_result *latest)
{
	tr->targets = xcalloc(t->count + 1, sizeof(*tr->targets));
	for (size_t i = 0; i < t->count; i++) {
		if (strcmp(t->items[i].country, tr->country))
			continue;
		tr->targets[tr->ntargets].plan = &t->items[i];
		measure_one(&tr->targets[tr->ntargets++], latest);
	}
}

/* Score every round as reported, then again on the comparable
 * indicators only: two score_assessment calls a round, from above. */
struct trend *trend_build(const struct indset *set, const struct tally *t,
			  const char *country, const struct score_options *opt,
			  double tolerance, const struct plan_targets *targets)
{
	struct trend *tr = xcalloc(1, sizeof(*tr));
	struct score_result **reported, **comparable;
	struct assessment *restricted_rounds;

	tr->set = set;
	tr->country = country;
	tr->tolerance = tolerance;
	collect_rounds(tr, t);
	reported = xcalloc(tr->nrounds + 1, sizeof(*reported));
	comparable = xcalloc(tr->nrounds + 1, sizeof(*comparable));
	restricted_rounds = xcalloc(tr->nrounds + 1,
				    sizeof(*restricted_rounds));
	for (size_t r = 0; r < tr->nrounds; r++)
		reported[r] = score_assessment(set, tr->rounds[r], opt);
	find_comparable(tr, reported);
	for (size_t r = 0; r < tr->nrounds; r++) {
		restricted_rounds[r] = restricted(tr->rounds[r],
						  tr->comparable);
		comparable[r] = score_assessment(set, &restricted_rounds[r],
						 opt);
	}
	fill_series(tr, reported, comparable);
	if (tr->nrounds >= 2)
		find_moved(tr, reported[tr->nrounds - 2],
			   reported[tr->nrounds - 1]);
	if (targets)
		measure_targets(tr, targets, reported[tr->nrounds - 1]);
	for (size_t r = 0; r < tr->nrounds; r++) {
		score_result_free(reported[r]);
		score_result_free(comparable[r]);
		free(restricted_rounds[r].rows);
	}
	free(restricted_rounds);
	free(reported);
	free(comparable);
	return tr;
}

/* Free a trend and its series (not the set or the tally). */
void trend_free(struct trend *tr)
{
	if (!tr)
		return;
	for (size_t k = 0; k < tr->nseries; k++) {
		free(tr->series[k].reported);
		free(tr->series[k].comparable);
	}
	free(tr->series);
	for (size_t k = 0; k < tr->npartial; k++)
		free(tr->partial_rounds[k]);
	free(tr->partial_rounds);
	free(tr->partial);
	free(tr->comparable);
	free(tr->moved);
	free(tr->targets);
	free(tr->rounds);
	free(tr);
}

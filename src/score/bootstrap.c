/* SPDX-License-Identifier: Apache-2.0 */
/*
 * bootstrap.c - resampling experts. Each replicate draws as many experts
 * as the panel has, with replacement; a drawn expert brings all of their
 * answers. The replicate is an assessment of its own (its rows borrow the
 * answers' text) scored with the same options by score_assessment. The
 * random numbers come from splitmix64 seeded with the run's seed and the
 * assessment's country and round, so results do not depend on the order
 * assessments are scored in.
 */
#include "config.h"
#include "score/bootstrap.h"
#include "base/xalloc.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* The next number of a splitmix64 stream. */
static uint64_t splitmix64(uint64_t *state)
{
	uint64_t z = (*state += 0x9E3779B97F4A7C15ULL);
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
	z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
	return z ^ (z >> 31);
}

/* A uniform draw from 0 .. n - 1 (n > 0), without modulo bias. */
static size_t draw(uint64_t *state, size_t n)
{
	uint64_t limit = UINT64_MAX - UINT64_MAX % n, x;

	do
		x = splitmix64(state);
	while (x >= limit);
	return (size_t)(x % n);
}

/* FNV-1a of s, continued from h: seeds a replicate stream. */
static uint64_t hash_text(uint64_t h, const char *s)
{
	for (; *s; s++) {
		h ^= (unsigned char)*s;
		h *= 1099511628211ULL;
	}
	return h;
}

/* Doubles in increasing order (for qsort). */
static int cmp_double(const void *pa, const void *pb)
{
	double a = *(const double *)pa, b = *(const double *)pb;
	return a < b ? -1 : a > b;
}

/* The p-quantile of n sorted values, linear between ranks. */
double bootstrap_quantile(const double *sorted, size_t n, double p)
{
	double h = (double)(n - 1) * p;
	size_t lo = (size_t)h;

	if (lo + 1 >= n)
		return sorted[n - 1];
	return sorted[lo] + (h - (double)lo) * (sorted[lo + 1] - sorted[lo]);
}

/* The panel's rows grouped by expert, so a drawn expert's rows copy
 * quickly: by_expert[e] lists the row indexes of expert e. */
struct panel_rows {
	size_t nexperts;
	size_t **by_expert;
	size_t *count;
};

/* Group the rows of as by expert. */
static void panel_rows_init(struct panel_rows *p, const struct assessment *as)
{
	p->nexperts = as->nexperts;
	p->by_expert = xcalloc(as->nexperts, sizeof(*p->by_expert));
	p->count = xcalloc(as->nexperts, sizeof(*p->count));
	for (size_t j = 0; j < as->nrows; j++)
		p->count[as->rows[j].expert]++;
	for (size_t e = 0; e < as->nexperts; e++)
		p->by_expert[e] = xcalloc(p->count[e] ? p->count[e] : 1,
					  sizeof(size_t));
	memset(p->count, 0, as->nexperts * sizeof(*p->count));
	for (size_t j = 0; j < as->nrows; j++) {
		size_t e = as->rows[j].expert;
		p->by_expert[e][p->count[e]++] = j;
	}
}

/* Free the grouping. */
static void panel_rows_release(struct panel_rows *p)
{
	for (size_t e = 0; e < p->nexperts; e++)
		free(p->by_expert[e]);
	free(p->by_expert);
	free(p->count);
}

/* One sample list per article dimension of r: slot base[s] + a * ndim +
 * d holds the replicates' scores of instrument s, article a, dimension d. */
struct samples {
	size_t *base;
	size_t nslots;
	double **values;
	size_t *n;
};

/* Room for reps samples in every slot of r. */
static void samples_init(struct samples *sm, const struct score_result *r,
			 size_t reps)
{
	size_t ndim = r->set->ndimensions;

	sm->nslots = 0;
	sm->base = xcalloc(r->ninstruments + 1, sizeof(*sm->base));
	for (size_t s = 0; s < r->ninstruments; s++) {
		sm->base[s] = sm->nslots;
		sm->nslots += r->instruments[s].narticles * ndim;
	}
	sm->values = xcalloc(sm->nslots + 1, sizeof(*sm->values));
	sm->n = xcalloc(sm->nslots + 1, sizeof(*sm->n));
	for (size_t k = 0; k < sm->nslots; k++)
		sm->values[k] = xcalloc(reps ? reps : 1, sizeof(double));
}

/* Free the sample lists. */
static void samples_release(struct samples *sm)
{
	for (size_t k = 0; k < sm->nslots; k++)
		free(sm->values[k]);
	free(sm->values);
	free(sm->n);
	free(sm->base);
}

/* Draw a panel of as many experts as as has; slot k of the replicate
 * holds the k-th drawn expert with all of their rows. */
static void draw_panel(struct assessment *rep, size_t *rows_cap,
		       const struct assessment *as,
		       const struct panel_rows *p, uint64_t *state)
{
	size_t n = 0;

	for (size_t k = 0; k < p->nexperts; k++) {
		size_t e = draw(state, p->nexperts);
		GROW(rep->rows, *rows_cap, n + p->count[e]);
		for (size_t q = 0; q < p->count[e]; q++) {
			rep->rows[n] = as->rows[p->by_expert[e][q]];
			rep->rows[n++].expert = k;
		}
	}
	rep->nrows = n;
	tally_order_rows(rep->rows, n);
}

/* Keep the article scores of replicate x; it may lack an instrument
 * that none of the drawn experts answered. */
static void collect(struct samples *sm, const struct score_result *r,
		    const struct score_result *x)
{
	size_t ndim = r->set->ndimensions;

	for (size_t t = 0; t < x->ninstruments; t++) {
		const struct instrument_result *xi = &x->instruments[t];
		size_t s;
		for (s = 0; s < r->ninstruments; s++)
			if (r->instruments[s].instrument == xi->instrument)
				break;
		if (s == r->ninstruments)
			continue;
		for (size_t a = 0; a < xi->narticles; a++)
			for (size_t d = 0; d < ndim; d++) {
				const struct dim_result *dr =
					&xi->articles[a].dims[d];
				size_t slot = sm->base[s] + a * ndim + d;
				if (dr->present && dr->value.has_score)
					sm->values[slot][sm->n[slot]++] =
						dr->value.score;
			}
	}
}

/* The 5th and 95th percentiles of each slot into r's dimensions. */
static void set_intervals(struct score_result *r, struct samples *sm)
{
	size_t ndim = r->set->ndimensions;

	for (size_t s = 0, slot = 0; s < r->ninstruments; s++)
		for (size_t a = 0; a < r->instruments[s].narticles; a++)
			for (size_t d = 0; d < ndim; d++, slot++) {
				struct dim_result *dr =
					&r->instruments[s].articles[a].dims[d];
				size_t m = sm->n[slot];
				if (!dr->present || !dr->value.has_score || !m)
					continue;
				qsort(sm->values[slot], m, sizeof(double),
				      cmp_double);
				dr->has_interval = true;
				dr->interval_lo =
					bootstrap_quantile(sm->values[slot], m,
							   0.05);
				dr->interval_hi =
					bootstrap_quantile(sm->values[slot], m,
							   0.95);
			}
}

/* Resample the panel, score each replicate with score_assessment and
 * set the 90% interval of every article dimension of r. */
void bootstrap_intervals(struct score_result *r, const struct assessment *as)
{
	struct score_options opt = r->options;
	size_t reps = opt.bootstrap, rows_cap = 0;
	struct panel_rows panel;
	struct samples sm;
	struct assessment rep;
	uint64_t state;

	if (as->nexperts == 0)
		return;
	panel_rows_init(&panel, as);
	samples_init(&sm, r, reps);
	opt.bootstrap = 0;
	rep = *as;
	rep.rows = NULL;
	state = hash_text(hash_text(1469598103934665603ULL ^ opt.seed,
				    as->country), as->round);
	for (size_t b = 0; b < reps; b++) {
		struct score_result *x;

		draw_panel(&rep, &rows_cap, as, &panel, &state);
		x = score_assessment(r->set, &rep, &opt);
		collect(&sm, r, x);
		score_result_free(x);
	}
	set_intervals(r, &sm);
	free(rep.rows);
	samples_release(&sm);
	panel_rows_release(&panel);
}

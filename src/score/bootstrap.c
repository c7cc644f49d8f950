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

static uint64_t hash_text(uint64_t h, const char *s)
{
	for (; *s; s++) {
		h ^= (unsigned char)*s;
		h *= 1099511628211ULL;
	}
	return h;
}

static int cmp_row(const void *pa, const void *pb)
{
	const struct expert_answer *a = pa, *b = pb;

	if (a->indicator != b->indicator)
		return a->indicator < b->indicator ? -1 : 1;
	return a->expert < b->expert ? -1 : a->expert > b->expert;
}

static int cmp_double(const void *pa, const void *pb)
{
	double a = *(const double *)pa, b = *(const double *)pb;
	return a < b ? -1 : a > b;
}

double bootstrap_quantile(const double *sorted, size_t n, double p)
{
	double h = (double)(n - 1) * p;
	size_t lo = (size_t)h;

	if (lo + 1 >= n)
		return sorted[n - 1];
	return sorted[lo] + (h - (double)lo) * (sorted[lo + 1] - sorted[lo]);
}

void bootstrap_intervals(struct score_result *r, const struct assessment *as)
{
	size_t ndim = r->set->ndimensions, nexp = as->nexperts;
	size_t nslots = 0, reps = r->options.bootstrap, rows_cap = 0;
	size_t *base;
	struct score_options opt = r->options;
	size_t **by_expert, *count;
	double **samples;
	size_t *nsamples;
	struct assessment rep;
	uint64_t state;

	if (nexp == 0)
		return;
	/* Each row of each expert, so a drawn expert's rows copy quickly. */
	by_expert = xcalloc(nexp, sizeof(*by_expert));
	count = xcalloc(nexp, sizeof(*count));
	for (size_t j = 0; j < as->nrows; j++)
		count[as->rows[j].expert]++;
	for (size_t e = 0; e < nexp; e++)
		by_expert[e] = xcalloc(count[e] ? count[e] : 1, sizeof(size_t));
	memset(count, 0, nexp * sizeof(*count));
	for (size_t j = 0; j < as->nrows; j++) {
		size_t e = as->rows[j].expert;
		by_expert[e][count[e]++] = j;
	}
	/* One sample list per article dimension of the result. */
	base = xcalloc(r->ninstruments + 1, sizeof(*base));
	for (size_t s = 0; s < r->ninstruments; s++) {
		base[s] = nslots;
		nslots += r->instruments[s].narticles * ndim;
	}
	samples = xcalloc(nslots ? nslots : 1, sizeof(*samples));
	nsamples = xcalloc(nslots ? nslots : 1, sizeof(*nsamples));
	for (size_t k = 0; k < nslots; k++)
		samples[k] = xcalloc(reps, sizeof(double));

	opt.bootstrap = 0;
	rep = *as;
	rep.rows = NULL;
	state = hash_text(hash_text(1469598103934665603ULL ^ opt.seed,
				    as->country), as->round);
	for (size_t b = 0; b < reps; b++) {
		struct score_result *x;
		size_t n = 0;

		/* Draw the panel; slot k holds the k-th drawn expert. */
		for (size_t k = 0; k < nexp; k++) {
			size_t e = draw(&state, nexp);
			GROW(rep.rows, rows_cap, n + count[e]);
			for (size_t q = 0; q < count[e]; q++) {
				rep.rows[n] = as->rows[by_expert[e][q]];
				rep.rows[n++].expert = k;
			}
		}
		rep.nrows = n;
		if (n > 1)
			qsort(rep.rows, n, sizeof(*rep.rows), cmp_row);
		x = score_assessment(r->set, &rep, &opt);
		/* The replicate may lack an instrument nobody drawn answered. */
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
					size_t slot = base[s] + a * ndim + d;
					if (dr->present && dr->value.has_score)
						samples[slot][nsamples[slot]++] =
							dr->value.score;
				}
		}
		score_result_free(x);
	}
	for (size_t s = 0, slot = 0; s < r->ninstruments; s++)
		for (size_t a = 0; a < r->instruments[s].narticles; a++)
			for (size_t d = 0; d < ndim; d++, slot++) {
				struct dim_result *dr =
					&r->instruments[s].articles[a].dims[d];
				size_t m = nsamples[slot];
				if (!dr->present || !dr->value.has_score || !m)
					continue;
				qsort(samples[slot], m, sizeof(double),
				      cmp_double);
				dr->has_interval = true;
				dr->interval_lo =
					bootstrap_quantile(samples[slot], m, 0.05);
				dr->interval_hi =
					bootstrap_quantile(samples[slot], m, 0.95);
			}
	free(rep.rows);
	free(base);
	for (size_t k = 0; k < nslots; k++)
		free(samples[k]);
	free(samples);
	free(nsamples);
	for (size_t e = 0; e < nexp; e++)
		free(by_expert[e]);
	free(by_expert);
	free(count);
}

/*
 * score.c - from experts' answers to scores, for one assessment.
 *
 * Order of work: consensus per indicator (parents before follow-ups, so
 * depends_on can look at the parent's consensus), then per article and
 * dimension the weighted mean and coverage, then instruments (weighted by
 * article_weight), overall (mean over instruments) and combined (mean over
 * dimensions), then ratings, technical assistance needs and alpha.
 */
#include "config.h"
#include "score/score.h"
#include "base/xalloc.h"
#include "base/text.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Two consensus scores closer than this are the same score. */
#define SCORE_EPSILON 1e-9

/* The defaults of scoring (see score.h). */
void score_options_init(struct score_options *opt)
{
	opt->consensus = CONSENSUS_MEDIAN;
	opt->coverage_threshold = 0.5;
	opt->legislative = (struct rating_bands){ { 0.85, 0.65, 0.35 } };
	opt->implementation = (struct rating_bands){ { 0.85, 0.65, 0.35 } };
	opt->obligation_factor[OBLIGATION_MANDATORY] = 1;
	opt->obligation_factor[OBLIGATION_CONSIDER] = 0.5;
	opt->obligation_factor[OBLIGATION_OPTIONAL] = 0.25;
	opt->disagreement_threshold = 0.5;
	opt->citations = NULL;
	opt->bootstrap = 0;
	opt->seed = 1;
	opt->agreement_metric = AGREEMENT_INTERVAL;
}

/* Parse "A,B,C" into three numbers; false unless exactly three. */
static bool parse_triple(const char *text, double out[3])
{
	const char *p = text;

	for (int i = 0; i < 3; i++) {
		const char *end = strchr(p, ',');
		char *part;
		bool ok;

		if ((i < 2) != (end != NULL))
			return false;
		part = end ? xstrndup(p, (size_t)(end - p)) : xstrdup(p);
		ok = parse_number(part, &out[i]);
		free(part);
		if (!ok)
			return false;
		p = end ? end + 1 : p;
	}
	return true;
}

/* Parse "M,C,O" (each >= 0) into the obligation factors. */
bool score_parse_factors(const char *text, double factors[3])
{
	double f[3];

	if (!parse_triple(text, f) || f[0] < 0 || f[1] < 0 || f[2] < 0)
		return false;
	memcpy(factors, f, sizeof(f));
	return true;
}

/* Parse "A,B,C" (decreasing, within [0, 1]) into rating bands. */
bool score_parse_bands(const char *text, struct rating_bands *bands)
{
	struct rating_bands b;

	if (!parse_triple(text, b.bound))
		return false;
	for (int i = 0; i < 3; i++)
		if (b.bound[i] < 0 || b.bound[i] > 1 ||
		    (i > 0 && b.bound[i] >= b.bound[i - 1]))
			return false;
	*bands = b;
	return true;
}

const char *indicator_status_name(enum indicator_status s)
{
	switch (s) {
	case IND_ANSWERED: return "answered";
	case IND_NOT_APPLICABLE: return "not-applicable";
	case IND_MISSING: return "missing";
	case IND_NOT_ASKED: return "not-asked";
	case IND_TEXT: return "text";
	}
	return "missing";
}

const char *dim_status_name(enum dim_status s)
{
	switch (s) {
	case DIM_RATED: return "rated";
	case DIM_INSUFFICIENT: return "insufficient-data";
	case DIM_NOT_APPLICABLE: return "not-applicable";
	case DIM_NOT_SCORED: return "not-scored";
	}
	return "rated";
}

/* The rating of a rounded score in a dimension's bands. */
const char *score_rating(const struct score_options *opt, size_t dimension,
			 double score)
{
	static const char *const leg[] = { "C", "LC", "PC", "NC" };
	static const char *const imp[] = { "high", "substantial", "moderate",
					   "low" };
	const struct rating_bands *b = dimension == DIM_LEGISLATIVE
					       ? &opt->legislative
					       : &opt->implementation;
	const char *const *names = dimension == DIM_LEGISLATIVE ? leg : imp;
	int i;

	for (i = 0; i < 3; i++)
		if (score >= b->bound[i])
			break;
	return names[i];
}

/* The factor of an obligation in priorities. */
double score_obligation_factor(const struct score_options *opt,
			       enum obligation o)
{
	return opt->obligation_factor[o];
}

/* Consensus and status of every indicator, parents first. */
static void score_indicators(struct score_result *r)
{
	const struct indset *set = r->set;
	size_t cap = 0, wcap = 0;
	double *values = NULL, *weights = NULL;

	for (size_t k = 0; k < set->count; k++) {
		size_t i = set->order[k];
		const struct indicator *ind = &set->items[i];
		struct indicator_result *res = &r->indicators[i];
		struct answer_list list = res->answers;
		size_t n = 0;

		for (size_t j = 0; j < list.count; j++) {
			const struct expert_answer *a = &list.items[j];
			if (a->cls == ANSWER_SCORED) {
				GROW(values, cap, n + 1);
				GROW(weights, wcap, n + 1);
				weights[n] = consensus_confidence_weight(
					a->confidence);
				values[n++] = a->score;
				res->nscored++;
			} else if (a->cls == ANSWER_NA) {
				res->nna++;
			} else if (a->cls == ANSWER_MISSING) {
				res->nmissing++;
			}
		}
		if (ind->type.kind == ANSWER_TEXT) {
			res->status = IND_TEXT;
			continue;
		}
		if (ind->has_parent) {
			const struct indicator_result *p =
				&r->indicators[ind->parent];
			if (p->has_score &&
			    fabs(p->score - ind->parent_score) > SCORE_EPSILON) {
				res->status = IND_NOT_ASKED;
				continue;
			}
		}
		if (n > 0) {
			res->status = IND_ANSWERED;
			res->has_score = true;
			res->score = consensus_apply(r->options.consensus,
						     values, weights, n);
		} else if (res->nna > 0) {
			res->status = IND_NOT_APPLICABLE;
		} else {
			res->status = IND_MISSING;
		}
	}
	free(values);
	free(weights);
}

/*
 * Does the assessment have any answer row for this instrument? A row with
 * an empty or "unknown" answer counts: the instrument was put to the panel
 * and its blanks must show as missing coverage, not vanish.
 */
static bool instrument_answered(const struct score_result *r, size_t ins)
{
	for (size_t j = 0; j < r->nrows; j++)
		if (r->set->items[r->rows[j].indicator].instrument == ins)
			return true;
	return false;
}

/* Score, coverage, status and rating of one article dimension. */
static void finish_dimension(struct score_result *r, struct dim_result *d,
			     size_t dimension)
{
	const struct indset *set = r->set;
	double sum = 0;
	bool any_scored_type = false;

	for (size_t k = 0; k < d->nindicators; k++) {
		size_t i = d->indicators[k];
		const struct indicator_result *res = &r->indicators[i];
		double w = set->items[i].weight;

		if (res->status == IND_TEXT)
			continue;
		any_scored_type = true;
		if (res->status == IND_ANSWERED) {
			sum += w * res->score;
			d->answered_weight += w;
			d->applicable_weight += w;
		} else if (res->status == IND_MISSING) {
			d->applicable_weight += w;
		}
	}
	if (d->answered_weight > 0) {
		d->value.has_score = true;
		d->value.score = sum / d->answered_weight;
	}
	if (d->applicable_weight > 0) {
		d->value.has_coverage = true;
		d->value.coverage = d->answered_weight / d->applicable_weight;
	}
	if (!any_scored_type)
		d->status = DIM_NOT_SCORED;
	else if (!d->value.has_coverage)
		d->status = DIM_NOT_APPLICABLE;
	else if (!d->value.has_score ||
		 round4(d->value.coverage) < r->options.coverage_threshold)
		d->status = DIM_INSUFFICIENT;
	else
		d->status = DIM_RATED;
	if (d->status == DIM_RATED)
		d->rating = score_rating(&r->options, dimension,
					 round4(d->value.score));
}

/* Accumulates a (weighted) mean of scores and of coverages. */
struct mean_acc {
	double score_sum, score_weight;
	double cov_sum, cov_weight;
};

static void mean_add(struct mean_acc *m, const struct level_score *v,
		     double weight)
{
	if (v->has_score) {
		m->score_sum += weight * v->score;
		m->score_weight += weight;
	}
	if (v->has_coverage) {
		m->cov_sum += weight * v->coverage;
		m->cov_weight += weight;
	}
}

static struct level_score mean_result(const struct mean_acc *m)
{
	struct level_score v = { 0 };

	if (m->score_weight > 0) {
		v.has_score = true;
		v.score = m->score_sum / m->score_weight;
	}
	if (m->cov_weight > 0) {
		v.has_coverage = true;
		v.coverage = m->cov_sum / m->cov_weight;
	}
	return v;
}

/* The plain mean of the non-null values of n levels. */
static struct level_score combine(const struct level_score *levels,
				  size_t n)
{
	struct mean_acc m = { 0 };

	for (size_t i = 0; i < n; i++)
		mean_add(&m, &levels[i], 1);
	return mean_result(&m);
}

static void score_instrument(struct score_result *r,
			     struct instrument_result *ir)
{
	const struct indset *set = r->set;
	const struct instrument *ins = &set->instruments[ir->instrument];
	size_t ndim = set->ndimensions;
	struct level_score *article_dims = xcalloc(ndim, sizeof(*article_dims));

	ir->narticles = ins->narticles;
	ir->articles = xcalloc(ins->narticles, sizeof(*ir->articles));
	ir->dims = xcalloc(ndim, sizeof(*ir->dims));
	for (size_t a = 0; a < ins->narticles; a++) {
		struct article_result *ar = &ir->articles[a];
		ar->article = a;
		ar->dims = xcalloc(ndim, sizeof(*ar->dims));
	}
	/* Indicators to their article dimension, in set order. */
	for (size_t i = 0; i < set->count; i++) {
		const struct indicator *ind = &set->items[i];
		struct dim_result *d;
		size_t cap;

		if (ind->instrument != ir->instrument)
			continue;
		d = &ir->articles[ind->article].dims[ind->dimension];
		d->present = true;
		cap = d->nindicators;
		d->indicators = xrealloc(d->indicators,
					 (cap + 1) * sizeof(*d->indicators));
		d->indicators[d->nindicators++] = i;
	}
	for (size_t dim = 0; dim < ndim; dim++) {
		struct mean_acc m = { 0 };
		for (size_t a = 0; a < ins->narticles; a++) {
			struct dim_result *d = &ir->articles[a].dims[dim];
			if (!d->present)
				continue;
			finish_dimension(r, d, dim);
			mean_add(&m, &d->value, ins->articles[a].weight);
		}
		ir->dims[dim] = mean_result(&m);
	}
	for (size_t a = 0; a < ins->narticles; a++) {
		struct article_result *ar = &ir->articles[a];
		for (size_t dim = 0; dim < ndim; dim++)
			article_dims[dim] = ar->dims[dim].value;
		ar->combined = combine(article_dims, ndim);
	}
	ir->combined = combine(ir->dims, ndim);
	free(article_dims);
}

/*
 * Priority of an article dimension: article_weight times the weighted
 * unmet share of its answered indicators, each scaled by its obligation
 * factor: article_weight * sum(w (1 - c) f) / sum(w). With every
 * indicator mandatory this is article_weight * gap.
 */
static double need_priority(const struct score_result *r,
			    const struct dim_result *d, double article_weight)
{
	double unmet = 0;

	for (size_t k = 0; k < d->nindicators; k++) {
		size_t i = d->indicators[k];
		const struct indicator_result *res = &r->indicators[i];
		const struct indicator *ind = &r->set->items[i];
		if (res->status != IND_ANSWERED)
			continue;
		unmet += ind->weight * (1 - res->score) *
			 score_obligation_factor(&r->options, ind->obligation);
	}
	return article_weight * unmet / d->answered_weight;
}

static int cmp_need(const void *pa, const void *pb)
{
	const struct ta_need *a = pa, *b = pb;

	if (a->priority != b->priority)
		return a->priority > b->priority ? -1 : 1;
	if (a->instrument != b->instrument)
		return a->instrument < b->instrument ? -1 : 1;
	if (a->article != b->article)
		return a->article < b->article ? -1 : 1;
	return a->dimension < b->dimension ? -1 : a->dimension > b->dimension;
}

static void find_needs(struct score_result *r)
{
	size_t cap = 0;

	for (size_t s = 0; s < r->ninstruments; s++) {
		const struct instrument_result *ir = &r->instruments[s];
		const struct instrument *ins =
			&r->set->instruments[ir->instrument];
		for (size_t a = 0; a < ir->narticles; a++) {
			for (size_t dim = 0; dim < r->set->ndimensions; dim++) {
				const struct dim_result *d =
					&ir->articles[a].dims[dim];
				struct ta_need need;
				if (!d->present || !d->value.has_score ||
				    round4(1 - d->value.score) <= 0)
					continue;
				need.instrument = s;
				need.article = a;
				need.dimension = dim;
				need.priority = need_priority(
					r, d, ins->articles[a].weight);
				GROW(r->needs, cap, r->nneeds + 1);
				r->needs[r->nneeds++] = need;
			}
		}
	}
	if (r->nneeds)
		qsort(r->needs, r->nneeds, sizeof(*r->needs), cmp_need);
}

struct score_result *score_assessment(const struct indset *set,
				      const struct assessment *as,
				      const struct score_options *opt)
{
	struct score_result *r = xcalloc(1, sizeof(*r));
	size_t ndim = set->ndimensions;

	r->set = set;
	r->country = as->country;
	r->round = as->round;
	r->experts = as->experts;
	r->nexperts = as->nexperts;
	r->rows = as->rows;
	r->nrows = as->nrows;
	r->options = *opt;
	r->indicators = xcalloc(set->count, sizeof(*r->indicators));
	for (size_t i = 0; i < set->count; i++)
		r->indicators[i].answers = tally_answers(as, i);
	score_indicators(r);

	r->instruments = xcalloc(set->ninstruments, sizeof(*r->instruments));
	for (size_t s = 0; s < set->ninstruments; s++) {
		if (!instrument_answered(r, s))
			continue;
		r->instruments[r->ninstruments].instrument = s;
		score_instrument(r, &r->instruments[r->ninstruments++]);
	}
	r->overall = xcalloc(ndim, sizeof(*r->overall));
	for (size_t dim = 0; dim < ndim; dim++) {
		struct mean_acc m = { 0 };
		for (size_t s = 0; s < r->ninstruments; s++)
			mean_add(&m, &r->instruments[s].dims[dim], 1);
		r->overall[dim] = mean_result(&m);
	}
	r->overall_combined = combine(r->overall, ndim);
	find_needs(r);
	return r;
}

/* Free a result and what it owns (not the set or the assessment). */
void score_result_free(struct score_result *r)
{
	if (!r)
		return;
	for (size_t s = 0; s < r->ninstruments; s++) {
		struct instrument_result *ir = &r->instruments[s];
		for (size_t a = 0; a < ir->narticles; a++) {
			for (size_t d = 0; d < r->set->ndimensions; d++)
				free(ir->articles[a].dims[d].indicators);
			free(ir->articles[a].dims);
		}
		free(ir->articles);
		free(ir->dims);
	}
	free(r->instruments);
	free(r->indicators);
	free(r->overall);
	free(r->needs);
	free(r->disagreements);
	free(r->unsupported);
	free(r);
}

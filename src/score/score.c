/* SPDX-License-Identifier: Apache-2.0 */
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

/* Row indexes in increasing order. */
static int cmp_size(const void *pa, const void *pb)
{
	size_t a = *(const size_t *)pa, b = *(const size_t *)pb;
	return a < b ? -1 : a > b;
}

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

/* The report's name of an indicator status. */
const char *indicator_status_name(enum indicator_status s)
{
	switch (s) {
	case IND_ANSWERED: return "answered";
	case IND_NOT_APPLICABLE: return "not-applicable";
	case IND_MISSING: return "missing";
	case IND_NOT_ASKED: return "not-asked";
	case IND_TEXT: return "text";
	case IND_SCREENING: return "screening";
	}
	return "missing";
}

/* The report's name of a dimension status. */
const char *dim_status_name(enum dim_status s)
{
	switch (s) {
	case DIM_RATED: return "rated";
	case DIM_INSUFFICIENT: return "insufficient-data";
	case DIM_DISCRETIONARY: return "discretionary";
	}
	return "rated";
}

/* The report's name of a need's kind. */
const char *need_kind_name(enum need_kind k)
{
	return k == NEED_INFORMATION ? "information" : "gap";
}

/* Two needs' places in order: instrument, article, dimension, then a
 * gap before the information need (score.h). */
int need_place_cmp(const struct need_place *a, const struct need_place *b)
{
	if (a->instrument != b->instrument)
		return a->instrument < b->instrument ? -1 : 1;
	if (a->article != b->article)
		return a->article < b->article ? -1 : 1;
	if (a->dimension != b->dimension)
		return a->dimension < b->dimension ? -1 : 1;
	return (int)a->kind - (int)b->kind;
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

/* Does an n/a answer give its reason (a comment or evidence)? */
static bool na_justified(const struct expert_answer *a)
{
	return (a->comment && a->comment[0]) || (a->evidence && a->evidence[0]);
}

/* Does the follow-up ind apply, given its parent's result? A parent
 * without a consensus leaves it asked (SPEC "depends_on"). */
static bool follow_up_applies(const struct indicator *ind,
			      const struct indicator_result *parent)
{
	return indicator_follow_up_applies(ind, parent->has_score,
					   parent->score);
}

/* Count the answers of one indicator into res; the scored ones (with
 * their confidence weights) into values and weights. Returns how many
 * were scored. */
static size_t count_answers(struct score_result *r,
			    struct indicator_result *res, double **values,
			    double **weights, size_t *cap)
{
	size_t n = 0;

	for (size_t j = 0; j < res->answers.count; j++) {
		const struct expert_answer *a = &res->answers.items[j];
		if (a->cls == ANSWER_SCORED) {
			GROW(*values, *cap, n + 1);
			*weights = xrealloc(*weights, *cap * sizeof(**weights));
			(*weights)[n] = consensus_confidence_weight(a->confidence);
			(*values)[n++] = a->score;
		} else if (a->cls == ANSWER_NA && na_justified(a)) {
			res->nna++;
		} else if (a->cls == ANSWER_NA) {
			res->nunjustified++;
			GROW(r->unjustified, r->unjustified_cap,
			     r->nunjustified + 1);
			r->unjustified[r->nunjustified++] =
				(size_t)(a - r->rows);
		} else if (a->cls == ANSWER_MISSING) {
			res->nmissing++;
		}
	}
	res->nscored = n;
	return n;
}

/* The status of an indicator with n scored answers. */
static enum indicator_status status_of(const struct score_result *r,
				       const struct indicator *ind,
				       const struct indicator_result *res,
				       size_t n)
{
	if (ind->type.kind == ANSWER_TEXT)
		return IND_TEXT;
	if (ind->has_parent &&
	    !follow_up_applies(ind, &r->indicators[ind->parent]))
		return IND_NOT_ASKED;
	if (ind->role == INDICATOR_SCREENING)
		return IND_SCREENING;
	return n > 0 ? IND_ANSWERED
	       : res->nna > 0 ? IND_NOT_APPLICABLE : IND_MISSING;
}

/* Consensus and status of every indicator, parents first. */
static void score_indicators(struct score_result *r)
{
	const struct indset *set = r->set;
	size_t cap = 0;
	double *values = NULL, *weights = NULL;

	for (size_t k = 0; k < set->count; k++) {
		size_t i = set->order[k];
		struct indicator_result *res = &r->indicators[i];
		size_t n = count_answers(r, res, &values, &weights, &cap);

		res->status = status_of(r, &set->items[i], res, n);
		if (n > 0 && (res->status == IND_ANSWERED ||
			      res->status == IND_SCREENING)) {
			res->has_score = true;
			res->score = consensus_apply(r->options.consensus,
						     values, weights, n);
		}
	}
	free(values);
	free(weights);
	if (r->nunjustified > 1)
		qsort(r->unjustified, r->nunjustified,
		      sizeof(*r->unjustified), cmp_size);
}

/* Each unit from its members: the highest consensus of those answered;
 * else not applicable when one is (or is not asked); else missing. */
static void score_units(struct score_result *r)
{
	const struct indset *set = r->set;

	for (size_t u = 0; u < set->nunits; u++) {
		const struct unit *unit = &set->units[u];
		struct unit_result *ur = &r->units[u];
		bool answered = false, na = false;

		for (size_t m = 0; m < unit->nmembers; m++) {
			const struct indicator_result *res =
				&r->indicators[unit->members[m]];
			if (res->status == IND_ANSWERED) {
				if (!answered || res->score > ur->score)
					ur->score = res->score;
				answered = true;
			} else if (res->status == IND_NOT_APPLICABLE ||
				   res->status == IND_NOT_ASKED) {
				na = true;
			}
		}
		ur->status = answered ? UNIT_ANSWERED
			     : na ? UNIT_NOT_APPLICABLE : UNIT_MISSING;
	}
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

/* The status and rating of a dimension at any level (SPEC Scoring 10,
 * 13): discretionary without a mandatory unit; else insufficient-data
 * when coverage is null or below the threshold or no mandatory unit has
 * a score; else rated on the required score. Thresholds and bands apply
 * to values rounded to 4 decimals. */
static struct level_state state_of(const struct score_options *opt,
				   size_t dimension,
				   const struct level_score *v)
{
	struct level_state st = { DIM_RATED, NULL };

	if (!v->has_mandatory)
		st.status = DIM_DISCRETIONARY;
	else if (!v->has_coverage || !v->has_required ||
		 round4(v->coverage) < round4(opt->coverage_threshold))
		st.status = DIM_INSUFFICIENT;
	else
		st.rating = score_rating(opt, dimension, round4(v->required));
	return st;
}

/* Score, coverage, required score, status and rating of one article
 * dimension, over its units. */
static void finish_dimension(struct score_result *r, struct dim_result *d,
			     size_t dimension)
{
	double sum = 0, req_sum = 0, req_weight = 0;
	struct level_state st;

	for (size_t k = 0; k < d->nunits; k++) {
		const struct unit *u = &r->set->units[d->units[k]];
		const struct unit_result *ur = &r->units[d->units[k]];
		bool mandatory = u->obligation == OBLIGATION_MANDATORY;

		d->value.has_mandatory = d->value.has_mandatory || mandatory;
		if (ur->status == UNIT_ANSWERED) {
			sum += u->weight * ur->score;
			d->answered_weight += u->weight;
			d->applicable_weight += u->weight;
			if (mandatory) {
				req_sum += u->weight * ur->score;
				req_weight += u->weight;
			}
		} else if (ur->status == UNIT_MISSING) {
			d->applicable_weight += u->weight;
			if (mandatory)
				d->missing_mandatory_weight += u->weight;
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
	if (req_weight > 0) {
		d->value.has_required = true;
		d->value.required = req_sum / req_weight;
	}
	st = state_of(&r->options, dimension, &d->value);
	d->status = st.status;
	d->rating = st.rating;
}

/* Accumulates (weighted) means of scores, coverages and required
 * scores, and whether any level below has a mandatory unit. */
struct mean_acc {
	double score_sum, score_weight;
	double cov_sum, cov_weight;
	double req_sum, req_weight;
	bool has_mandatory;
};

/* Add a level with the given weight (its null values are skipped). */
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
	if (v->has_required) {
		m->req_sum += weight * v->required;
		m->req_weight += weight;
	}
	m->has_mandatory = m->has_mandatory || v->has_mandatory;
}

/* The means accumulated, null where nothing was added. */
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
	if (m->req_weight > 0) {
		v.has_required = true;
		v.required = m->req_sum / m->req_weight;
	}
	v.has_mandatory = m->has_mandatory;
	return v;
}

/* The plain mean of the non-null scores and coverages of n levels (a
 * combined level: it has no required score and no rating). */
static struct level_score combine(const struct level_score *levels,
				  size_t n)
{
	struct mean_acc m = { 0 };
	struct level_score v;

	for (size_t i = 0; i < n; i++)
		mean_add(&m, &levels[i], 1);
	v = mean_result(&m);
	v.has_required = false;
	v.has_mandatory = false;
	return v;
}

/* Append x to a growing index list. */
static void push_index(size_t **list, size_t *n, size_t x)
{
	*list = xrealloc(*list, (*n + 1) * sizeof(**list));
	(*list)[(*n)++] = x;
}

/* The indicators and units of each article dimension of ir, in set
 * order. */
static void place_indicators(struct score_result *r,
			     struct instrument_result *ir)
{
	const struct indset *set = r->set;

	for (size_t i = 0; i < set->count; i++) {
		const struct indicator *ind = &set->items[i];
		struct dim_result *d;

		if (ind->instrument != ir->instrument)
			continue;
		d = &ir->articles[ind->article].dims[ind->dimension];
		d->present = true;
		push_index(&d->indicators, &d->nindicators, i);
		if (ind->unit != INDSET_NO_UNIT &&
		    set->units[ind->unit].members[0] == i)
			push_index(&d->units, &d->nunits, ind->unit);
	}
}

/* An instrument's articles, then its levels (article_weight-weighted
 * means) and combined scores. */
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
	ir->states = xcalloc(ndim, sizeof(*ir->states));
	for (size_t a = 0; a < ins->narticles; a++) {
		ir->articles[a].article = a;
		ir->articles[a].dims = xcalloc(ndim, sizeof(*ir->articles[a].dims));
	}
	place_indicators(r, ir);
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
		ir->states[dim] = state_of(&r->options, dim, &ir->dims[dim]);
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
 * Priority of a gap: article_weight times the weighted unmet share of
 * the dimension's answered units, each scaled by its obligation factor:
 * article_weight * sum(w (1 - c) f) / sum(w). With every unit mandatory
 * this is article_weight * gap.
 */
static double gap_priority(const struct score_result *r,
			   const struct dim_result *d, double article_weight)
{
	double unmet = 0;

	for (size_t k = 0; k < d->nunits; k++) {
		const struct unit *u = &r->set->units[d->units[k]];
		const struct unit_result *ur = &r->units[d->units[k]];
		if (ur->status != UNIT_ANSWERED)
			continue;
		unmet += u->weight * (1 - ur->score) *
			 score_obligation_factor(&r->options, u->obligation);
	}
	return article_weight * unmet / d->answered_weight;
}

/* Is indicator i behind a need of this kind (see score.h)? */
static bool behind_need(const struct score_result *r, size_t i,
			enum need_kind kind)
{
	const struct indicator *ind = &r->set->items[i];
	const struct indicator_result *res = &r->indicators[i];
	const struct unit_result *ur;

	if (ind->unit == INDSET_NO_UNIT)
		return false;
	ur = &r->units[ind->unit];
	if (kind == NEED_INFORMATION)
		return ur->status == UNIT_MISSING &&
		       r->set->units[ind->unit].obligation ==
			       OBLIGATION_MANDATORY;
	return ur->status == UNIT_ANSWERED && round4(ur->score) < 1 &&
	       res->status == IND_ANSWERED && round4(res->score) < 1;
}

/* The indicators behind a need of dimension d (see score.h). */
size_t score_need_indicators(const struct score_result *r,
			     const struct dim_result *d, enum need_kind kind,
			     size_t **out)
{
	size_t n = 0;

	*out = xcalloc(d->nindicators + 1, sizeof(**out));
	for (size_t k = 0; k < d->nindicators; k++)
		if (behind_need(r, d->indicators[k], kind))
			(*out)[n++] = d->indicators[k];
	return n;
}

/* Needs first by priority, then instrument, article and dimension
 * order, a gap before the information need of the same dimension. */
static int cmp_need(const void *pa, const void *pb)
{
	const struct ta_need *a = pa, *b = pb;

	if (a->priority != b->priority)
		return a->priority > b->priority ? -1 : 1;
	return need_place_cmp(&(struct need_place){ a->instrument, a->article,
						    a->dimension, a->kind },
			      &(struct need_place){ b->instrument, b->article,
						    b->dimension, b->kind });
}

/* Add a need of kind for article a, dimension dim of instrument s. */
static void add_need(struct score_result *r, size_t *cap,
		     enum need_kind kind, size_t s, size_t a, size_t dim,
		     double priority)
{
	GROW(r->needs, *cap, r->nneeds + 1);
	r->needs[r->nneeds++] = (struct ta_need){
		.kind = kind, .instrument = s, .article = a,
		.dimension = dim, .priority = priority,
	};
}

/*
 * The technical assistance needs: a gap where a dimension has a score
 * whose gap (rounded) is above 0; an information need where mandatory
 * units nobody answered, with priority article_weight * their weight /
 * the applicable weight (SPEC Scoring 12).
 */
static void find_needs(struct score_result *r)
{
	size_t cap = 0;

	for (size_t s = 0; s < r->ninstruments; s++) {
		const struct instrument_result *ir = &r->instruments[s];
		const struct instrument *ins =
			&r->set->instruments[ir->instrument];
		for (size_t a = 0; a < ir->narticles; a++) {
			double aw = ins->articles[a].weight;
			for (size_t dim = 0; dim < r->set->ndimensions; dim++) {
				const struct dim_result *d =
					&ir->articles[a].dims[dim];
				if (!d->present)
					continue;
				if (d->value.has_score &&
				    round4(1 - d->value.score) > 0)
					add_need(r, &cap, NEED_GAP, s, a, dim,
						 gap_priority(r, d, aw));
				if (d->missing_mandatory_weight > 0)
					add_need(r, &cap, NEED_INFORMATION, s,
						 a, dim,
						 aw * d->missing_mandatory_weight /
							 d->applicable_weight);
			}
		}
	}
	if (r->nneeds)
		qsort(r->needs, r->nneeds, sizeof(*r->needs), cmp_need);
}

/* The overall levels: the plain mean over the answered instruments. */
static void score_overall(struct score_result *r)
{
	size_t ndim = r->set->ndimensions;

	r->overall = xcalloc(ndim, sizeof(*r->overall));
	r->overall_states = xcalloc(ndim, sizeof(*r->overall_states));
	for (size_t dim = 0; dim < ndim; dim++) {
		struct mean_acc m = { 0 };
		for (size_t s = 0; s < r->ninstruments; s++)
			mean_add(&m, &r->instruments[s].dims[dim], 1);
		r->overall[dim] = mean_result(&m);
		r->overall_states[dim] = state_of(&r->options, dim,
						  &r->overall[dim]);
	}
	r->overall_combined = combine(r->overall, ndim);
}

/* Score one assessment (see score.h). */
struct score_result *score_assessment(const struct indset *set,
				      const struct assessment *as,
				      const struct score_options *opt)
{
	struct score_result *r = xcalloc(1, sizeof(*r));

	r->set = set;
	r->country = as->country;
	r->country_name = as->country_name ? as->country_name : as->country;
	r->round = as->round;
	r->experts = as->experts;
	r->nexperts = as->nexperts;
	r->rows = as->rows;
	r->nrows = as->nrows;
	r->options = *opt;
	r->indicators = xcalloc(set->count + 1, sizeof(*r->indicators));
	for (size_t i = 0; i < set->count; i++)
		r->indicators[i].answers = tally_answers(as, i);
	score_indicators(r);
	r->units = xcalloc(set->nunits + 1, sizeof(*r->units));
	score_units(r);
	r->instruments = xcalloc(set->ninstruments + 1,
				 sizeof(*r->instruments));
	for (size_t s = 0; s < set->ninstruments; s++) {
		if (!instrument_answered(r, s))
			continue;
		r->instruments[r->ninstruments].instrument = s;
		score_instrument(r, &r->instruments[r->ninstruments++]);
	}
	score_overall(r);
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
			for (size_t d = 0; d < r->set->ndimensions; d++) {
				free(ir->articles[a].dims[d].indicators);
				free(ir->articles[a].dims[d].units);
			}
			free(ir->articles[a].dims);
		}
		free(ir->articles);
		free(ir->dims);
		free(ir->states);
	}
	free(r->instruments);
	free(r->indicators);
	free(r->overall);
	free(r->overall_states);
	free(r->units);
	free(r->unjustified);
	free(r->needs);
	free(r->disagreements);
	free(r->unsupported);
	free(r);
}

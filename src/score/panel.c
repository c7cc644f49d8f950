/* SPDX-License-Identifier: Apache-2.0 */
/*
 * panel.c - what a report says about the panel rather than the country:
 * agreement between experts (Krippendorff's alpha per assessment and per
 * instrument, Fleiss' kappa), the indicators on which they disagree, and
 * positive legislative answers whose evidence cites no legal provision.
 * Works on a scored result; changes none of its scores.
 */
#include "config.h"
#include "score/panel.h"
#include "score/agreement.h"
#include "score/evidence.h"
#include "base/text.h"
#include "base/xalloc.h"

#include <stdint.h>
#include <stdlib.h>

/* Two expert scores closer than this are the same score. */
#define PANEL_EPSILON 1e-9

/*
 * The scored answers of the assessment as units (one per indicator, in
 * set order), only those of instrument ins unless ins is SIZE_MAX.
 * Returns the number of units; *values and *start are the caller's.
 */
static size_t gather_units(const struct score_result *r, size_t ins,
			   double **values, size_t **start)
{
	size_t nunits = 0, n = 0, vcap = 0, unit_indicator = 0;

	*values = NULL;
	*start = xcalloc(r->set->count + 1, sizeof(**start));
	/* Rows are sorted by indicator: each run is one unit. */
	for (size_t j = 0; j < r->nrows; j++) {
		const struct expert_answer *a = &r->rows[j];
		if (a->cls != ANSWER_SCORED ||
		    (ins != SIZE_MAX &&
		     r->set->items[a->indicator].instrument != ins))
			continue;
		if (n > (*start)[nunits] && unit_indicator != a->indicator)
			(*start)[++nunits] = n;
		unit_indicator = a->indicator;
		GROW(*values, vcap, n + 1);
		(*values)[n++] = a->score;
	}
	if (n > (*start)[nunits])
		(*start)[++nunits] = n;
	return nunits;
}

/* Alpha (the chosen metric) over the units of ins (SIZE_MAX: all). */
static void alpha_of(const struct score_result *r, size_t ins,
		     struct agreement_stat *out)
{
	double *values;
	size_t *start;
	size_t nunits = gather_units(r, ins, &values, &start);

	if (r->nexperts < 2) {
		out->defined = false;
		out->why = "fewer than two experts";
	} else {
		out->defined = krippendorff_alpha(r->options.agreement_metric,
						  values, start, nunits,
						  &out->value, &out->why);
	}
	free(values);
	free(start);
}

/* Alpha for the assessment and each instrument; Fleiss' kappa. */
static void find_alpha(struct score_result *r)
{
	double *values;
	size_t *start;
	size_t nunits;

	alpha_of(r, SIZE_MAX, &r->alpha_stat);
	r->has_alpha = r->alpha_stat.defined;
	r->alpha = r->alpha_stat.value;
	for (size_t s = 0; s < r->ninstruments; s++)
		alpha_of(r, r->instruments[s].instrument,
			 &r->instruments[s].alpha);
	nunits = gather_units(r, SIZE_MAX, &values, &start);
	if (r->nexperts < 2) {
		r->kappa.defined = false;
		r->kappa.why = "fewer than two experts";
	} else {
		r->kappa.defined = fleiss_kappa(values, start, nunits,
						&r->kappa.value, &r->kappa.why);
	}
	free(values);
	free(start);
}

/* Is a different answer of this type a disagreement in itself? */
static bool is_categorical(enum answer_kind k)
{
	return k == ANSWER_YESNO || k == ANSWER_YESNOPARTIAL ||
	       k == ANSWER_CHOICE;
}

/* Disagreements by weighted spread, largest first; ties in set order. */
static int cmp_disagreement(const void *pa, const void *pb)
{
	const struct disagreement *a = pa, *b = pb;

	if (a->weighted != b->weighted)
		return a->weighted > b->weighted ? -1 : 1;
	return a->indicator < b->indicator ? -1 : a->indicator > b->indicator;
}

/* How many scored answers list holds, and their lowest and highest
 * scores (*lo and *hi untouched when none). */
size_t panel_spread(struct answer_list list, double *lo, double *hi)
{
	size_t scored = 0;

	for (size_t j = 0; j < list.count; j++) {
		const struct expert_answer *a = &list.items[j];
		if (a->cls != ANSWER_SCORED)
			continue;
		if (!scored || a->score < *lo)
			*lo = a->score;
		if (!scored || a->score > *hi)
			*hi = a->score;
		scored++;
	}
	return scored;
}

/* Did the experts who gave scored answers choose different answers? */
static bool answers_differ(struct answer_list list)
{
	const char *first = NULL;

	for (size_t j = 0; j < list.count; j++) {
		const struct expert_answer *a = &list.items[j];
		if (a->cls != ANSWER_SCORED)
			continue;
		if (first && !ascii_caseeq(first, a->answer))
			return true;
		first = a->answer;
	}
	return false;
}

/*
 * Indicators whose experts' scores differ by at least the threshold, or
 * (categorical types) who chose different answers; largest spread x
 * weight first.
 */
static void find_disagreements(struct score_result *r)
{
	size_t cap = 0;

	for (size_t i = 0; i < r->set->count; i++) {
		const struct indicator *ind = &r->set->items[i];
		struct answer_list list = r->indicators[i].answers;
		double lo = 0, hi = 0;
		bool categorical;

		if (r->indicators[i].status == IND_NOT_ASKED ||
		    panel_spread(list, &lo, &hi) < 2)
			continue;
		categorical = is_categorical(ind->type.kind) &&
			      answers_differ(list);
		if (hi - lo + PANEL_EPSILON >= r->options.disagreement_threshold ||
		    categorical) {
			struct disagreement d = {
				.indicator = i,
				.spread = hi - lo,
				.weighted = (hi - lo) * ind->weight,
				.categorical = categorical,
			};
			GROW(r->disagreements, cap, r->ndisagreements + 1);
			r->disagreements[r->ndisagreements++] = d;
		}
	}
	if (r->ndisagreements > 1)
		qsort(r->disagreements, r->ndisagreements,
		      sizeof(*r->disagreements), cmp_disagreement);
}

/* Flag positive legislative answers whose evidence cites no provision. */
static void check_evidence(struct score_result *r)
{
	if (!r->options.citations)
		return;
	r->unsupported = xcalloc(r->nrows ? r->nrows : 1,
				 sizeof(*r->unsupported));
	for (size_t j = 0; j < r->nrows; j++) {
		const struct expert_answer *a = &r->rows[j];
		const struct indicator *ind = &r->set->items[a->indicator];
		if (ind->dimension != DIM_LEGISLATIVE ||
		    a->cls != ANSWER_SCORED || a->score <= 0 ||
		    citation_found(r->options.citations, a->evidence))
			continue;
		r->unsupported[j] = true;
		r->nunsupported++;
	}
}

/* Agreement, disagreements and the evidence check of one result. */
void panel_review(struct score_result *r)
{
	find_alpha(r);
	find_disagreements(r);
	check_evidence(r);
}

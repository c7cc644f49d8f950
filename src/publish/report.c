/*
 * report.c - builds the report tree with cJSON and prints it. Key order
 * is fixed (legislative, implementation, other dimensions, combined) and
 * every list is in set order or a documented sort order, so output is
 * byte-identical run to run.
 */
#include "config.h"
#include "publish/report.h"
#include "score/compare.h"
#include "score/plan.h"
#include "score/trend.h"
#include "score/evidence.h"
#include "base/strbuf.h"
#include "base/text.h"

#include <cjson/cJSON.h>
#include <stdlib.h>
#include <string.h>

static cJSON *number_or_null(bool has, double v)
{
	return has ? cJSON_CreateNumber(round4(v) + 0.0) : cJSON_CreateNull();
}

static void add_score(cJSON *obj, const char *key, bool has, double v)
{
	cJSON_AddItemToObject(obj, key, number_or_null(has, v));
}

static void add_string_or_null(cJSON *obj, const char *key, const char *s)
{
	if (s)
		cJSON_AddStringToObject(obj, key, s);
	else
		cJSON_AddNullToObject(obj, key);
}

/* {score, gap, coverage}: gap = 1 - score at full precision, each then
 * rounded, as every number of the report is. */
static void add_level_fields(cJSON *obj, const struct level_score *v)
{
	add_score(obj, "score", v->has_score, v->score);
	add_score(obj, "gap", v->has_score, 1 - v->score);
	add_score(obj, "coverage", v->has_coverage, v->coverage);
}

static cJSON *level_object(const struct level_score *v)
{
	cJSON *obj = cJSON_CreateObject();
	add_level_fields(obj, v);
	return obj;
}

static cJSON *string_array(char *const *items, size_t n)
{
	cJSON *arr = cJSON_CreateArray();
	for (size_t i = 0; i < n; i++)
		cJSON_AddItemToArray(arr, cJSON_CreateString(items[i]));
	return arr;
}

static const char *answer_class_name(enum answer_class c)
{
	switch (c) {
	case ANSWER_SCORED: return "scored";
	case ANSWER_NA: return "n/a";
	case ANSWER_MISSING: return "missing";
	case ANSWER_TEXT_GIVEN: return "text";
	}
	return "missing";
}

/* Each expert's answer to one indicator, in expert order; brief keeps
 * only expert, answer, score and evidence (for disagreements). */
static cJSON *experts_array(const struct score_result *r, size_t i,
			    bool brief)
{
	const struct assessment *as = r->assessment;
	struct answer_list list = tally_answers(as, i);
	cJSON *arr = cJSON_CreateArray();

	for (size_t j = 0; j < list.count; j++) {
		const struct expert_answer *a = &list.items[j];
		cJSON *e = cJSON_CreateObject();

		cJSON_AddStringToObject(e, "expert", as->experts[a->expert]);
		cJSON_AddStringToObject(e, "answer", a->answer);
		if (brief) {
			add_score(e, "score", a->cls == ANSWER_SCORED, a->score);
			add_string_or_null(e, "evidence", a->evidence);
			cJSON_AddItemToArray(arr, e);
			continue;
		}
		cJSON_AddStringToObject(e, "kind", answer_class_name(a->cls));
		add_score(e, "score", a->cls == ANSWER_SCORED, a->score);
		if (a->confidence)
			cJSON_AddNumberToObject(e, "confidence", a->confidence);
		else
			cJSON_AddNullToObject(e, "confidence");
		add_string_or_null(e, "evidence", a->evidence);
		add_string_or_null(e, "comment", a->comment);
		add_string_or_null(e, "good_practice", a->good_practice);
		cJSON_AddBoolToObject(e, "unsupported",
				      r->unsupported &&
					      r->unsupported[a - as->rows]);
		cJSON_AddItemToArray(arr, e);
	}
	return arr;
}

static cJSON *indicator_object(const struct score_result *r, size_t i)
{
	const struct indicator *ind = &r->set->items[i];
	const struct indicator_result *res = &r->indicators[i];
	cJSON *obj = cJSON_CreateObject();

	cJSON_AddStringToObject(obj, "id", ind->id);
	add_score(obj, "score", res->has_score, res->score);
	cJSON_AddStringToObject(obj, "status", indicator_status_name(res->status));
	cJSON_AddStringToObject(obj, "paragraph", ind->paragraph);
	cJSON_AddStringToObject(obj, "question", ind->question);
	cJSON_AddStringToObject(obj, "answer_type", ind->answer_type_text);
	cJSON_AddStringToObject(obj, "obligation",
				obligation_name(ind->obligation));
	cJSON_AddNumberToObject(obj, "weight", ind->weight);
	if (ind->has_parent) {
		char *dep = xasprintf("%s=%s", ind->parent_id, ind->parent_value);
		cJSON_AddStringToObject(obj, "depends_on", dep);
		free(dep);
	} else {
		cJSON_AddNullToObject(obj, "depends_on");
	}
	cJSON_AddNumberToObject(obj, "answered", (double)res->nscored);
	cJSON_AddNumberToObject(obj, "not_applicable", (double)res->nna);
	cJSON_AddNumberToObject(obj, "missing", (double)res->nmissing);
	cJSON_AddItemToObject(obj, "experts", experts_array(r, i, false));
	return obj;
}

static cJSON *dimension_object(const struct score_result *r,
			       const struct dim_result *d)
{
	cJSON *obj, *inds;

	if (!d->present)
		return cJSON_CreateNull();
	obj = cJSON_CreateObject();
	add_level_fields(obj, &d->value);
	add_string_or_null(obj, "rating", d->rating);
	cJSON_AddStringToObject(obj, "status", dim_status_name(d->status));
	if (d->has_interval) {
		cJSON *iv = cJSON_AddArrayToObject(obj, "interval90");
		cJSON_AddItemToArray(iv, number_or_null(true, d->interval_lo));
		cJSON_AddItemToArray(iv, number_or_null(true, d->interval_hi));
	} else {
		cJSON_AddNullToObject(obj, "interval90");
	}
	cJSON_AddNumberToObject(obj, "answered_weight", d->answered_weight);
	cJSON_AddNumberToObject(obj, "applicable_weight", d->applicable_weight);
	inds = cJSON_AddArrayToObject(obj, "indicators");
	for (size_t k = 0; k < d->nindicators; k++)
		cJSON_AddItemToArray(inds, indicator_object(r, d->indicators[k]));
	return obj;
}

/* The good practices the experts gave on an article's indicators. */
static cJSON *good_practices(const struct score_result *r,
			     const struct instrument *ins,
			     const struct article_result *ar)
{
	const struct assessment *as = r->assessment;
	cJSON *arr = cJSON_CreateArray();

	(void)ins;
	for (size_t d = 0; d < r->set->ndimensions; d++) {
		const struct dim_result *dr = &ar->dims[d];
		for (size_t k = 0; k < dr->nindicators; k++) {
			size_t i = dr->indicators[k];
			struct answer_list list = tally_answers(as, i);
			for (size_t j = 0; j < list.count; j++) {
				const struct expert_answer *a = &list.items[j];
				cJSON *g;
				if (!a->good_practice)
					continue;
				g = cJSON_CreateObject();
				cJSON_AddStringToObject(g, "indicator",
							r->set->items[i].id);
				cJSON_AddStringToObject(g, "expert",
							as->experts[a->expert]);
				cJSON_AddStringToObject(g, "text",
							a->good_practice);
				cJSON_AddItemToArray(arr, g);
			}
		}
	}
	return arr;
}

static cJSON *article_object(const struct score_result *r,
			     const struct instrument *ins,
			     const struct article_result *ar)
{
	const struct article *art = &ins->articles[ar->article];
	cJSON *obj = cJSON_CreateObject();

	cJSON_AddStringToObject(obj, "article", art->label);
	cJSON_AddStringToObject(obj, "title", art->title);
	cJSON_AddNumberToObject(obj, "article_weight", art->weight);
	for (size_t d = 0; d < r->set->ndimensions; d++)
		cJSON_AddItemToObject(obj, r->set->dimensions[d],
				      dimension_object(r, &ar->dims[d]));
	cJSON_AddItemToObject(obj, "combined", level_object(&ar->combined));
	cJSON_AddItemToObject(obj, "good_practices",
			      good_practices(r, ins, ar));
	return obj;
}

/* Dimension levels (legislative, implementation, others) and combined. */
static void add_levels(cJSON *obj, const struct indset *set,
		       const struct level_score *dims,
		       const struct level_score *combined)
{
	for (size_t d = 0; d < set->ndimensions; d++)
		cJSON_AddItemToObject(obj, set->dimensions[d],
				      level_object(&dims[d]));
	cJSON_AddItemToObject(obj, "combined", level_object(combined));
}

static cJSON *instrument_object(const struct score_result *r,
				const struct instrument_result *ir)
{
	const struct instrument *ins = &r->set->instruments[ir->instrument];
	cJSON *obj = cJSON_CreateObject();
	cJSON *arts;

	cJSON_AddStringToObject(obj, "id", ins->code);
	add_levels(obj, r->set, ir->dims, &ir->combined);
	arts = cJSON_AddArrayToObject(obj, "articles");
	for (size_t a = 0; a < ir->narticles; a++)
		cJSON_AddItemToArray(arts,
				     article_object(r, ins, &ir->articles[a]));
	return obj;
}

/* Append s to arr unless already there. */
static void add_unique(cJSON *arr, const char *s)
{
	const cJSON *item;

	cJSON_ArrayForEach(item, arr)
		if (!strcmp(item->valuestring, s))
			return;
	cJSON_AddItemToArray(arr, cJSON_CreateString(s));
}

static cJSON *need_object(const struct score_result *r,
			  const struct ta_need *need)
{
	const struct instrument_result *ir = &r->instruments[need->instrument];
	const struct instrument *ins = &r->set->instruments[ir->instrument];
	const struct article_result *ar = &ir->articles[need->article];
	const struct dim_result *d = &ar->dims[need->dimension];
	cJSON *obj = cJSON_CreateObject();
	cJSON *cats, *guides, *refs, *unmet;

	cJSON_AddStringToObject(obj, "instrument", ins->code);
	cJSON_AddStringToObject(obj, "article",
				ins->articles[ar->article].label);
	cJSON_AddStringToObject(obj, "title", ins->articles[ar->article].title);
	cJSON_AddStringToObject(obj, "dimension",
				r->set->dimensions[need->dimension]);
	add_level_fields(obj, &d->value);
	add_string_or_null(obj, "rating", d->rating);
	cJSON_AddStringToObject(obj, "status", dim_status_name(d->status));
	add_score(obj, "priority", true, need->priority);
	cats = cJSON_AddArrayToObject(obj, "ta_categories");
	guides = cJSON_AddArrayToObject(obj, "guide_refs");
	refs = cJSON_AddArrayToObject(obj, "cross_refs");
	unmet = cJSON_AddArrayToObject(obj, "unmet_indicators");
	for (size_t k = 0; k < d->nindicators; k++) {
		size_t i = d->indicators[k];
		const struct indicator *ind = &r->set->items[i];
		const struct indicator_result *res = &r->indicators[i];
		cJSON *u;

		for (size_t j = 0; j < ind->ta_categories.count; j++)
			add_unique(cats, ind->ta_categories.items[j]);
		if (ind->guide_ref[0])
			add_unique(guides, ind->guide_ref);
		for (size_t j = 0; j < ind->cross_refs.count; j++)
			add_unique(refs, ind->cross_refs.items[j]);
		if (res->status != IND_ANSWERED || round4(res->score) >= 1)
			continue;
		u = cJSON_CreateObject();
		cJSON_AddStringToObject(u, "id", ind->id);
		add_score(u, "score", true, res->score);
		cJSON_AddStringToObject(u, "question", ind->question);
		cJSON_AddItemToArray(unmet, u);
	}
	return obj;
}

static cJSON *disagreement_object(const struct score_result *r,
				  const struct disagreement *dg)
{
	const struct indicator *ind = &r->set->items[dg->indicator];
	const struct instrument *ins = &r->set->instruments[ind->instrument];
	const struct indicator_result *res = &r->indicators[dg->indicator];
	cJSON *obj = cJSON_CreateObject();

	cJSON_AddStringToObject(obj, "indicator", ind->id);
	cJSON_AddStringToObject(obj, "instrument", ins->code);
	cJSON_AddStringToObject(obj, "article", ins->articles[ind->article].label);
	cJSON_AddStringToObject(obj, "dimension",
				r->set->dimensions[ind->dimension]);
	cJSON_AddStringToObject(obj, "question", ind->question);
	cJSON_AddNumberToObject(obj, "weight", ind->weight);
	add_score(obj, "spread", true, dg->spread);
	add_score(obj, "weighted_spread", true, dg->weighted);
	cJSON_AddBoolToObject(obj, "different_answers", dg->categorical);
	add_score(obj, "consensus", res->has_score, res->score);
	cJSON_AddItemToObject(obj, "experts",
			      experts_array(r, dg->indicator, true));
	return obj;
}

static cJSON *bands_object(const struct rating_bands *b,
			   const char *const names[3])
{
	cJSON *obj = cJSON_CreateObject();
	for (int i = 0; i < 3; i++)
		cJSON_AddNumberToObject(obj, names[i], b->bound[i]);
	return obj;
}

static cJSON *method_object(const struct score_options *opt)
{
	static const char *const leg[] = { "C", "LC", "PC" };
	static const char *const imp[] = { "high", "substantial", "moderate" };
	cJSON *obj = cJSON_CreateObject();
	cJSON *bands, *factors;

	cJSON_AddStringToObject(obj, "consensus",
				consensus_name(opt->consensus));
	cJSON_AddNumberToObject(obj, "coverage_threshold",
				opt->coverage_threshold);
	bands = cJSON_AddObjectToObject(obj, "rating_bands");
	cJSON_AddItemToObject(bands, "legislative",
			      bands_object(&opt->legislative, leg));
	cJSON_AddItemToObject(bands, "implementation",
			      bands_object(&opt->implementation, imp));
	factors = cJSON_AddObjectToObject(obj, "obligation_factors");
	for (int o = 0; o < 3; o++)
		cJSON_AddNumberToObject(factors,
					obligation_name((enum obligation)o),
					opt->obligation_factor[o]);
	cJSON_AddStringToObject(obj, "agreement_metric",
				agreement_metric_name(opt->agreement_metric));
	cJSON_AddNumberToObject(obj, "disagreement_threshold",
				opt->disagreement_threshold);
	if (opt->bootstrap) {
		cJSON *b = cJSON_AddObjectToObject(obj, "bootstrap");
		cJSON_AddNumberToObject(b, "replicates", opt->bootstrap);
		cJSON_AddNumberToObject(b, "seed", (double)opt->seed);
		cJSON_AddNumberToObject(b, "interval", 0.9);
	} else {
		cJSON_AddNullToObject(obj, "bootstrap");
	}
	cJSON_AddNumberToObject(obj, "citation_patterns",
				(double)citation_rules_count(opt->citations));
	cJSON_AddNumberToObject(obj, "decimals", 4);
	return obj;
}

char *report_json(const struct score_result *r, char *const *charts,
		  size_t ncharts)
{
	const struct assessment *as = r->assessment;
	cJSON *root = cJSON_CreateObject();
	cJSON *overall, *instruments, *needs, *agreement;
	char *text, *out;

	cJSON_AddStringToObject(root, "schema", REPORT_SCHEMA);
	cJSON_AddStringToObject(root, "country", as->country);
	cJSON_AddStringToObject(root, "round", as->round);
	cJSON_AddItemToObject(root, "method", method_object(&r->options));
	cJSON_AddItemToObject(root, "experts",
			      string_array(as->experts, as->nexperts));
	overall = cJSON_AddObjectToObject(root, "overall");
	add_levels(overall, r->set, r->overall, &r->overall_combined);
	instruments = cJSON_AddArrayToObject(root, "instruments");
	for (size_t s = 0; s < r->ninstruments; s++)
		cJSON_AddItemToArray(instruments,
				     instrument_object(r, &r->instruments[s]));
	needs = cJSON_AddArrayToObject(root, "ta_needs");
	for (size_t k = 0; k < r->nneeds; k++)
		cJSON_AddItemToArray(needs, need_object(r, &r->needs[k]));
	needs = cJSON_AddArrayToObject(root, "disagreements");
	for (size_t k = 0; k < r->ndisagreements; k++)
		cJSON_AddItemToArray(needs,
				     disagreement_object(r, &r->disagreements[k]));
	cJSON_AddNumberToObject(root, "unsupported_answers",
				(double)r->nunsupported);
	agreement = cJSON_AddObjectToObject(root, "agreement");
	add_score(agreement, "krippendorff_alpha", r->has_alpha, r->alpha);
	cJSON_AddStringToObject(agreement, "metric",
				agreement_metric_name(r->options.agreement_metric));
	add_string_or_null(agreement, "undefined_because",
			   r->alpha_stat.defined ? NULL : r->alpha_stat.why);
	cJSON_AddNumberToObject(agreement, "experts", (double)as->nexperts);
	add_score(agreement, "fleiss_kappa", r->kappa.defined, r->kappa.value);
	add_string_or_null(agreement, "fleiss_kappa_undefined_because",
			   r->kappa.defined ? NULL : r->kappa.why);
	{
		cJSON *per = cJSON_AddArrayToObject(agreement, "instruments");
		for (size_t s = 0; s < r->ninstruments; s++) {
			const struct instrument_result *ir = &r->instruments[s];
			cJSON *o = cJSON_CreateObject();
			cJSON_AddStringToObject(o, "instrument",
				r->set->instruments[ir->instrument].code);
			add_score(o, "krippendorff_alpha", ir->alpha.defined,
				  ir->alpha.value);
			add_string_or_null(o, "undefined_because",
					   ir->alpha.defined ? NULL
							     : ir->alpha.why);
			cJSON_AddItemToArray(per, o);
		}
	}
	cJSON_AddItemToObject(root, "charts", string_array(charts, ncharts));

	text = cJSON_Print(root);
	cJSON_Delete(root);
	if (!text)
		return NULL;
	out = xasprintf("%s\n", text);
	cJSON_free(text);
	return out;
}

/* ------------------------------------------------------------------
 * The technical assistance plan (schema gapscore/plan/1).
 */

static cJSON *plan_number(double x)
{
	return cJSON_CreateNumber(round4(x) + 0.0);
}

/* A list of strings as a JSON array. */
static cJSON *plan_refs_array(const struct plan_refs *refs)
{
	cJSON *arr = cJSON_CreateArray();

	for (size_t k = 0; k < refs->count; k++)
		cJSON_AddItemToArray(arr, cJSON_CreateString(refs->items[k]));
	return arr;
}

/* How the plan was made: enough to make it again. */
static cJSON *plan_method_object(const struct plan_options *opt)
{
	cJSON *obj = cJSON_CreateObject();

	cJSON_AddStringToObject(obj, "consensus",
				consensus_name(opt->score.consensus));
	cJSON_AddItemToObject(obj, "coverage_threshold",
			      plan_number(opt->score.coverage_threshold));
	cJSON_AddItemToObject(obj, "min_priority", plan_number(opt->min_priority));
	cJSON_AddBoolToObject(obj, "latest_only", opt->latest_only);
	return obj;
}

/* One need as listed under its instrument (which names the instrument). */
static cJSON *plan_need_object(const struct plan *p, const struct plan_need *n)
{
	const struct instrument *ins = &p->set->instruments[n->instrument];
	const struct article *art = &ins->articles[n->article];
	const struct plan_assessment *as = &p->assessments[n->assessment];
	cJSON *obj = cJSON_CreateObject();
	cJSON *unmet;

	cJSON_AddStringToObject(obj, "country", as->country);
	cJSON_AddStringToObject(obj, "round", as->round);
	cJSON_AddStringToObject(obj, "article", art->label);
	cJSON_AddStringToObject(obj, "title", art->title);
	cJSON_AddStringToObject(obj, "dimension",
				p->set->dimensions[n->dimension]);
	cJSON_AddItemToObject(obj, "gap", plan_number(1 - n->score));
	cJSON_AddItemToObject(obj, "priority", plan_number(n->priority));
	if (n->rating)
		cJSON_AddStringToObject(obj, "rating", n->rating);
	else
		cJSON_AddNullToObject(obj, "rating");
	cJSON_AddStringToObject(obj, "status", dim_status_name(n->status));
	cJSON_AddItemToObject(obj, "guide_refs", plan_refs_array(&n->guide_refs));
	cJSON_AddItemToObject(obj, "cross_refs", plan_refs_array(&n->cross_refs));
	unmet = cJSON_AddArrayToObject(obj, "unmet_indicators");
	for (size_t k = 0; k < n->nunmet; k++) {
		const struct indicator *ind =
			&p->set->items[n->unmet[k].indicator];
		cJSON *u = cJSON_CreateObject();

		cJSON_AddStringToObject(u, "id", ind->id);
		cJSON_AddStringToObject(u, "question", ind->question);
		cJSON_AddItemToArray(unmet, u);
	}
	return obj;
}

/* One instrument of a category, its totals and its needs. */
static cJSON *plan_instrument_object(const struct plan *p,
				const struct plan_instrument *g)
{
	cJSON *obj = cJSON_CreateObject();
	cJSON *countries, *needs;

	cJSON_AddStringToObject(obj, "instrument",
				p->set->instruments[g->instrument].code);
	cJSON_AddItemToObject(obj, "total_priority",
			      plan_number(g->total_priority));
	countries = cJSON_AddArrayToObject(obj, "countries");
	for (size_t k = 0; k < g->ncountries; k++)
		cJSON_AddItemToArray(countries,
				     cJSON_CreateString(g->countries[k]));
	cJSON_AddItemToObject(obj, "guide_refs", plan_refs_array(&g->guide_refs));
	needs = cJSON_AddArrayToObject(obj, "needs");
	for (size_t k = 0; k < g->nneeds; k++)
		cJSON_AddItemToArray(needs,
				     plan_need_object(p, &p->needs[g->needs[k]]));
	return obj;
}

/* One category, its totals and its instruments. */
static cJSON *plan_category_object(const struct plan *p,
			      const struct plan_category *c)
{
	cJSON *obj = cJSON_CreateObject();
	cJSON *instruments;

	cJSON_AddStringToObject(obj, "ta_category", c->name);
	cJSON_AddItemToObject(obj, "total_priority",
			      plan_number(c->total_priority));
	cJSON_AddNumberToObject(obj, "countries", (double)c->ncountries);
	instruments = cJSON_AddArrayToObject(obj, "instruments");
	for (size_t s = 0; s < c->ninstruments; s++)
		cJSON_AddItemToArray(instruments,
				     plan_instrument_object(p, &c->instruments[s]));
	return obj;
}

/* The whole plan; the caller frees the text. */
char *plan_json(const struct plan *p)
{
	cJSON *root = cJSON_CreateObject();
	cJSON *assessments, *categories;
	char *text, *out;

	cJSON_AddStringToObject(root, "schema", PLAN_SCHEMA);
	cJSON_AddItemToObject(root, "method", plan_method_object(&p->options));
	assessments = cJSON_AddArrayToObject(root, "assessments");
	for (size_t i = 0; i < p->nassessments; i++) {
		const struct plan_assessment *as = &p->assessments[i];
		cJSON *a = cJSON_CreateObject();

		cJSON_AddStringToObject(a, "country", as->country);
		cJSON_AddStringToObject(a, "round", as->round);
		cJSON_AddItemToArray(assessments, a);
	}
	categories = cJSON_AddArrayToObject(root, "categories");
	for (size_t c = 0; c < p->ncategories; c++)
		cJSON_AddItemToArray(categories,
				     plan_category_object(p, &p->categories[c]));

	text = cJSON_Print(root);
	cJSON_Delete(root);
	if (!text)
		return NULL;
	out = xasprintf("%s\n", text);
	cJSON_free(text);
	return out;
}

/* ------------------------------------------------------------------
 * A country's trend over rounds (schema gapscore/trend/1).
 */

static cJSON *trend_points(const struct trend_point *p, size_t n)
{
	cJSON *arr = cJSON_CreateArray();
	for (size_t k = 0; k < n; k++)
		cJSON_AddItemToArray(arr, number_or_null(p[k].has, p[k].score));
	return arr;
}

static cJSON *trend_series_object(const struct trend *tr,
				  const struct trend_series *s)
{
	cJSON *obj = cJSON_CreateObject();

	cJSON_AddItemToObject(obj, "reported",
			      trend_points(s->reported, tr->nrounds));
	cJSON_AddItemToObject(obj, "comparable",
			      trend_points(s->comparable, tr->nrounds));
	add_score(obj, "change_since_baseline", s->has_change,
		  s->change_since_baseline);
	add_score(obj, "change_since_last", s->has_change_since_last,
		  s->change_since_last);
	add_score(obj, "gap_closed", s->has_gap_closed, s->gap_closed);
	add_string_or_null(obj, "direction", s->direction);
	return obj;
}

static const char *trend_dim_name(const struct trend *tr, size_t d)
{
	return d < tr->set->ndimensions ? tr->set->dimensions[d] : "combined";
}

char *trend_json(const struct trend *tr, char *const *charts, size_t ncharts)
{
	const struct indset *set = tr->set;
	cJSON *root = cJSON_CreateObject();
	cJSON *rounds, *overall, *instruments, *moved, *partial;
	cJSON *ins = NULL, *arts = NULL, *art = NULL;
	size_t cur_ins = TREND_NONE, cur_art = TREND_NONE;
	char *text, *out;

	cJSON_AddStringToObject(root, "schema", TREND_SCHEMA);
	cJSON_AddStringToObject(root, "country", tr->country);
	rounds = cJSON_AddArrayToObject(root, "rounds");
	for (size_t r = 0; r < tr->nrounds; r++)
		cJSON_AddItemToArray(rounds,
				     cJSON_CreateString(tr->rounds[r]->round));
	cJSON_AddStringToObject(root, "baseline", tr->rounds[0]->round);
	cJSON_AddStringToObject(root, "latest",
				tr->rounds[tr->nrounds - 1]->round);
	cJSON_AddNumberToObject(root, "tolerance", tr->tolerance);
	cJSON_AddNumberToObject(root, "comparable_indicators",
				(double)tr->ncomparable);
	overall = cJSON_AddObjectToObject(root, "overall");
	instruments = cJSON_AddArrayToObject(root, "instruments");
	for (size_t k = 0; k < tr->nseries; k++) {
		const struct trend_series *s = &tr->series[k];
		const char *dim = trend_dim_name(tr, s->dimension);

		if (s->instrument == TREND_NONE) {
			cJSON_AddItemToObject(overall, dim,
					      trend_series_object(tr, s));
			continue;
		}
		if (s->instrument != cur_ins) {
			ins = cJSON_CreateObject();
			cJSON_AddStringToObject(ins, "id",
				set->instruments[s->instrument].code);
			cJSON_AddItemToArray(instruments, ins);
			arts = cJSON_AddArrayToObject(ins, "articles");
			cur_ins = s->instrument;
			cur_art = TREND_NONE;
		}
		if (s->article == TREND_NONE) {
			/* keep dimension keys before "articles" */
			cJSON_DetachItemFromObject(ins, "articles");
			cJSON_AddItemToObject(ins, dim,
					      trend_series_object(tr, s));
			cJSON_AddItemToObject(ins, "articles", arts);
			continue;
		}
		if (s->article != cur_art) {
			const struct article *a =
				&set->instruments[s->instrument].articles[s->article];
			art = cJSON_CreateObject();
			cJSON_AddStringToObject(art, "article", a->label);
			cJSON_AddStringToObject(art, "title", a->title);
			cJSON_AddItemToArray(arts, art);
			cur_art = s->article;
		}
		cJSON_AddItemToObject(art, dim, trend_series_object(tr, s));
	}
	moved = cJSON_AddArrayToObject(root, "indicators_moved");
	for (size_t k = 0; k < tr->nmoved; k++) {
		const struct indicator *ind = &set->items[tr->moved[k].indicator];
		cJSON *m = cJSON_CreateObject();
		cJSON_AddStringToObject(m, "id", ind->id);
		cJSON_AddStringToObject(m, "instrument",
					set->instruments[ind->instrument].code);
		cJSON_AddStringToObject(m, "article",
			set->instruments[ind->instrument].articles[ind->article].label);
		cJSON_AddStringToObject(m, "dimension",
					set->dimensions[ind->dimension]);
		add_score(m, "from", true, tr->moved[k].from);
		add_score(m, "to", true, tr->moved[k].to);
		add_score(m, "change", true, tr->moved[k].to - tr->moved[k].from);
		cJSON_AddItemToArray(moved, m);
	}
	partial = cJSON_AddArrayToObject(root, "not_comparable");
	for (size_t k = 0; k < tr->npartial; k++) {
		cJSON *p = cJSON_CreateObject();
		cJSON *in = cJSON_CreateArray();
		cJSON_AddStringToObject(p, "id", set->items[tr->partial[k]].id);
		for (size_t r = 0; r < tr->nrounds; r++)
			if (tr->partial_rounds[k][r])
				cJSON_AddItemToArray(in,
					cJSON_CreateString(tr->rounds[r]->round));
		cJSON_AddItemToObject(p, "answered_in", in);
		cJSON_AddItemToArray(partial, p);
	}
	cJSON_AddItemToObject(root, "charts", string_array(charts, ncharts));
	text = cJSON_Print(root);
	cJSON_Delete(root);
	if (!text)
		return NULL;
	out = xasprintf("%s\n", text);
	cJSON_free(text);
	return out;
}

/* ------------------------------------------------------------------
 * A comparison of countries (schema gapscore/compare/1).
 */

/* A gap rounded as printed, or null. */
static cJSON *cmp_gap_item(const struct compare_gap *g)
{
	return g->has_gap ? cJSON_CreateNumber(round4(g->gap) + 0.0)
			  : cJSON_CreateNull();
}

/* A rank, or null for 0 (unranked). */
static cJSON *cmp_rank_item(size_t rank)
{
	return rank ? cJSON_CreateNumber((double)rank) : cJSON_CreateNull();
}

/* A string, or null for NULL. */
static cJSON *cmp_string_item(const char *s)
{
	return s ? cJSON_CreateString(s) : cJSON_CreateNull();
}

/* How the comparison was made: enough to make it again. */
static cJSON *cmp_method_object(const struct compare_options *opt)
{
	cJSON *obj = cJSON_CreateObject();

	cJSON_AddStringToObject(obj, "dimension",
				compare_dimension_name(opt->dimension));
	cJSON_AddStringToObject(obj, "consensus",
				consensus_name(opt->score.consensus));
	cJSON_AddItemToObject(obj, "coverage_threshold",
			      cJSON_CreateNumber(
				      round4(opt->score.coverage_threshold) +
				      0.0));
	cJSON_AddStringToObject(obj, "round",
				opt->round ? opt->round : "latest");
	cJSON_AddBoolToObject(obj, "latest_only", opt->round == NULL);
	cJSON_AddItemToObject(obj, "country", cmp_string_item(opt->country));
	return obj;
}

/* The articles, one per matrix column. */
static cJSON *cmp_columns_array(const struct compare *c)
{
	cJSON *arr = cJSON_CreateArray();

	for (size_t k = 0; k < c->ncolumns; k++) {
		const struct instrument *ins =
			&c->set->instruments[c->columns[k].instrument];
		const struct article *art = &ins->articles[c->columns[k].article];
		cJSON *col = cJSON_CreateObject();

		cJSON_AddStringToObject(col, "instrument", ins->code);
		cJSON_AddStringToObject(col, "article", art->label);
		cJSON_AddStringToObject(col, "title", art->title);
		cJSON_AddItemToArray(arr, col);
	}
	return arr;
}

/* n gaps as an array. */
static cJSON *cmp_gaps_array(const struct compare_gap *gaps, size_t n)
{
	cJSON *arr = cJSON_CreateArray();

	for (size_t k = 0; k < n; k++)
		cJSON_AddItemToArray(arr, cmp_gap_item(&gaps[k]));
	return arr;
}

/* One country: its round, overall gap and ranks, and its matrix row. */
static cJSON *cmp_country_object(const struct compare *c,
			     const struct compare_country *row)
{
	cJSON *obj = cJSON_CreateObject();
	cJSON *ranks, *gaps;

	cJSON_AddStringToObject(obj, "country", row->country);
	cJSON_AddStringToObject(obj, "round", row->round);
	cJSON_AddStringToObject(obj, "group", c->groups[row->group].name);
	cJSON_AddItemToObject(obj, "overall_gap", cmp_gap_item(&row->overall));
	cJSON_AddItemToObject(obj, "rank", cmp_rank_item(row->rank));
	ranks = cJSON_AddObjectToObject(obj, "instrument_ranks");
	gaps = cJSON_AddObjectToObject(obj, "instrument_gaps");
	for (size_t s = 0; s < c->set->ninstruments; s++) {
		const char *code = c->set->instruments[s].code;

		cJSON_AddItemToObject(ranks, code,
				      cmp_rank_item(row->instrument_ranks[s]));
		cJSON_AddItemToObject(gaps, code,
				      cmp_gap_item(&row->instruments[s]));
	}
	cJSON_AddItemToObject(obj, "gaps", cmp_gaps_array(row->gaps, c->ncolumns));
	return obj;
}

/* One group: its countries, its means and how many values each has. */
static cJSON *cmp_group_object(const struct compare *c,
			   const struct compare_group *g)
{
	cJSON *obj = cJSON_CreateObject();
	cJSON *countries, *n;

	cJSON_AddStringToObject(obj, "group", g->name);
	countries = cJSON_AddArrayToObject(obj, "countries");
	for (size_t k = 0; k < g->nmembers; k++)
		cJSON_AddItemToArray(countries, cJSON_CreateString(
					 c->countries[g->members[k]].country));
	cJSON_AddItemToObject(obj, "overall_gap", cmp_gap_item(&g->overall));
	cJSON_AddNumberToObject(obj, "overall_n", (double)g->overall_n);
	cJSON_AddItemToObject(obj, "gaps", cmp_gaps_array(g->gaps, c->ncolumns));
	n = cJSON_AddArrayToObject(obj, "n");
	for (size_t k = 0; k < c->ncolumns; k++)
		cJSON_AddItemToArray(n, cJSON_CreateNumber((double)g->n[k]));
	return obj;
}

/* The whole comparison; the caller frees the text. */
char *compare_json(const struct compare *c)
{
	cJSON *root = cJSON_CreateObject();
	cJSON *countries, *groups;
	char *text, *out;

	cJSON_AddStringToObject(root, "schema", COMPARE_SCHEMA);
	cJSON_AddItemToObject(root, "method", cmp_method_object(&c->options));
	cJSON_AddItemToObject(root, "columns", cmp_columns_array(c));
	countries = cJSON_AddArrayToObject(root, "countries");
	for (size_t i = 0; i < c->ncountries; i++)
		cJSON_AddItemToArray(countries,
				     cmp_country_object(c, &c->countries[i]));
	groups = cJSON_AddArrayToObject(root, "groups");
	for (size_t k = 0; k < c->ngroups; k++)
		cJSON_AddItemToArray(groups, cmp_group_object(c, &c->groups[k]));

	text = cJSON_Print(root);
	cJSON_Delete(root);
	if (!text)
		return NULL;
	out = xasprintf("%s\n", text);
	cJSON_free(text);
	return out;
}

/* SPDX-License-Identifier: Apache-2.0 */
/*
 * plan-json.c - plan.json, the technical assistance plan over many
 * assessments (schema gapscore/plan/2, docs/plan.md): how it was made,
 * the assessments it covers, its totals, the summaries by category,
 * cluster, beneficiary, activity and country, then every need once,
 * highest priority first.
 */
#include "config.h"
#include "publish/writers.h"
#include "publish/json.h"
#include "score/plan.h"

#include <stdlib.h>

/* A string that is null where the set left it empty. */
static void put_text(struct json_writer *w, const char *key, const char *s)
{
	json_string(w, key, s && s[0] ? s : NULL);
}

/* A list of strings as a JSON array. */
static void put_refs(struct json_writer *w, const char *key,
		     const struct plan_refs *refs)
{
	json_strings(w, key, refs->items, refs->count);
}

/* A number of units as the priority it stands for. */
static void put_units(struct json_writer *w, const char *key,
		      long long units)
{
	json_number(w, key, plan_units_value(units));
}

/* What --target asked for: "next", a band or a score. */
static void put_target_rule(struct json_writer *w,
			    const struct plan_target_rule *t)
{
	static const char *const bands[] = { "C/high", "LC/substantial",
					     "PC/moderate" };

	if (t->kind == PLAN_TARGET_SCORE)
		json_score(w, "target", true, t->score);
	else
		json_string(w, "target", t->kind == PLAN_TARGET_BAND
						 ? bands[t->band] : "next");
}

/* How the plan was made: enough to make it again. */
static void put_method(struct json_writer *w, const struct plan_options *opt)
{
	json_begin_object(w, "method");
	json_string(w, "consensus", consensus_name(opt->score.consensus));
	json_score(w, "coverage_threshold", true,
		   opt->score.coverage_threshold);
	json_score(w, "min_priority", true, opt->min_priority);
	json_bool(w, "latest_only", opt->latest_only);
	put_target_rule(w, &opt->target);
	json_end_object(w);
}

/* The needs and the priority of one kind, or of all. */
static void put_tally(struct json_writer *w, const char *key, size_t nneeds,
		      long long units)
{
	json_begin_object(w, key);
	json_number(w, "needs", (double)nneeds);
	put_units(w, "priority", units);
	json_end_object(w);
}

/* totals and kinds. */
static void put_totals(struct json_writer *w, const struct plan *p)
{
	json_begin_object(w, "totals");
	json_number(w, "needs", (double)p->nneeds);
	put_units(w, "priority", p->total_units);
	json_number(w, "countries", (double)p->ncountries);
	json_end_object(w);
	json_begin_object(w, "kinds");
	put_tally(w, need_kind_name(NEED_GAP), p->kinds[NEED_GAP].nneeds,
		  p->kinds[NEED_GAP].units);
	put_tally(w, need_kind_name(NEED_INFORMATION),
		  p->kinds[NEED_INFORMATION].nneeds,
		  p->kinds[NEED_INFORMATION].units);
	json_end_object(w);
}

/* One summary: its groups with their totals and needs. */
static void put_summary(struct json_writer *w, const struct plan *p,
			const char *key, enum plan_axis axis)
{
	const struct plan_summary *s = &p->summaries[axis];

	json_begin_array(w, key);
	for (size_t g = 0; g < s->ngroups; g++) {
		const struct plan_group *grp = &s->groups[g];
		json_begin_object(w, NULL);
		json_string(w, plan_axis_key(axis), grp->name);
		if (axis == PLAN_BY_COUNTRY)
			json_string(w, "country_name",
				    plan_country_name(p, grp->name));
		put_units(w, "priority", grp->units);
		json_number(w, "needs", (double)grp->nneeds);
		if (axis != PLAN_BY_COUNTRY)
			json_number(w, "countries", (double)grp->ncountries);
		json_begin_array(w, "needs_ids");
		for (size_t k = 0; k < grp->nneeds; k++)
			json_string(w, NULL, p->needs[grp->needs[k]].id);
		json_end_array(w);
		json_end_object(w);
	}
	json_end_array(w);
}

/* One indicator behind a need. */
static void put_indicator(struct json_writer *w, const struct plan *p,
			  const struct plan_item *it)
{
	const struct indicator *ind = &p->set->items[it->indicator];

	json_begin_object(w, NULL);
	json_string(w, "id", ind->id);
	json_string(w, "question", ind->question);
	json_score(w, "score", it->has_score, it->score);
	put_text(w, "recommendation",
		 indset_recommendation(p->set, it->indicator, NULL));
	put_text(w, "activity", ind->activity);
	json_strings(w, "beneficiaries",
		     (const char *const *)ind->beneficiaries.items,
		     ind->beneficiaries.count);
	put_text(w, "cluster", ind->cluster);
	put_text(w, "model_law", ind->model_law);
	put_text(w, "guide_ref", ind->guide_ref);
	json_end_object(w);
}

/* The performance indicator: today and the target. */
static void put_goals(struct json_writer *w, const struct plan_need *n)
{
	const struct level_score *v = &n->value;
	bool coverage = n->measure == PLAN_MEASURE_COVERAGE;

	json_begin_object(w, "baseline");
	json_string(w, "measure", plan_measure_name(n->measure));
	json_score(w, "value", true, n->baseline.value);
	json_score(w, "score", v->has_score, v->score);
	json_score(w, "required_score", v->has_required, v->required);
	json_score(w, "coverage", v->has_coverage, v->coverage);
	json_string(w, "rating", n->rating);
	json_string(w, "status", dim_status_name(n->status));
	json_end_object(w);
	json_begin_object(w, "target");
	json_string(w, "measure", plan_measure_name(n->measure));
	json_score(w, "value", true, n->target.value);
	json_score(w, "score", !coverage, n->target.value);
	json_string(w, "rating", n->target.rating);
	json_score(w, "coverage", coverage, n->target.value);
	json_end_object(w);
}

/* The need's numbers, as its report gives them. */
static void put_need_values(struct json_writer *w, const struct plan_need *n)
{
	const struct level_score *v = &n->value;

	json_score(w, "score", v->has_score, v->score);
	json_score(w, "gap", v->has_score, 1 - v->score);
	json_score(w, "coverage", v->has_coverage, v->coverage);
	json_score(w, "required_score", v->has_required, v->required);
	json_string(w, "rating", n->rating);
	json_string(w, "status", dim_status_name(n->status));
	put_units(w, "priority", n->units);
}

/* One need, once. */
static void put_need(struct json_writer *w, const struct plan *p,
		     const struct plan_need *n)
{
	const struct instrument *ins = &p->set->instruments[n->instrument];
	const struct article *art = &ins->articles[n->article];

	json_begin_object(w, NULL);
	json_string(w, "id", n->id);
	json_string(w, "kind", need_kind_name(n->kind));
	json_string(w, "country", n->country);
	json_string(w, "round", n->round);
	json_string(w, "instrument", ins->code);
	json_string(w, "article", art->label);
	json_string(w, "title", art->title);
	json_string(w, "dimension", p->set->dimensions[n->dimension]);
	put_need_values(w, n);
	json_begin_array(w, "categories");
	for (size_t c = 0; c < n->ncategories; c++) {
		json_begin_object(w, NULL);
		json_string(w, "category", n->categories[c].name);
		put_units(w, "priority", n->categories[c].units);
		json_end_object(w);
	}
	json_end_array(w);
	json_begin_array(w, "indicators");
	for (size_t k = 0; k < n->nindicators; k++)
		put_indicator(w, p, &n->indicators[k]);
	json_end_array(w);
	put_refs(w, "guide_refs", &n->guide_refs);
	put_refs(w, "cross_refs", &n->cross_refs);
	put_refs(w, "model_law", &n->model_law);
	put_refs(w, "activity", &n->activities);
	put_refs(w, "beneficiaries", &n->beneficiaries);
	put_refs(w, "cluster", &n->clusters);
	json_string(w, "effort", plan_effort_name(n->effort));
	json_score(w, "effort_points", true, n->effort_points);
	put_goals(w, n);
	json_end_object(w);
}

/* plan.json of p. */
void plan_json(struct sink *out, const struct plan *p,
	       const struct sources *inputs, bool pretty)
{
	static const char *const keys[PLAN_NAXES] = {
		"categories", "clusters", "beneficiaries", "activities",
		"countries",
	};
	struct json_writer w;

	json_begin_document(&w, out, pretty, PLAN_SCHEMA, inputs);
	put_method(&w, &p->options);
	json_begin_array(&w, "assessments");
	for (size_t i = 0; i < p->nassessments; i++) {
		json_begin_object(&w, NULL);
		json_string(&w, "country", p->assessments[i].country);
		json_string(&w, "country_name",
			    p->assessments[i].country_name);
		json_string(&w, "round", p->assessments[i].round);
		json_end_object(&w);
	}
	json_end_array(&w);
	put_totals(&w, p);
	for (int axis = 0; axis < PLAN_NAXES; axis++)
		put_summary(&w, p, keys[axis], (enum plan_axis)axis);
	json_begin_array(&w, "needs");
	for (size_t k = 0; k < p->nneeds; k++)
		put_need(&w, p, &p->needs[k]);
	json_end_array(&w);
	json_end_document(&w);
}

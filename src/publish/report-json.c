/* SPDX-License-Identifier: Apache-2.0 */
/*
 * report-json.c - report.json, the gap report of one assessment (schema
 * gapscore/report/1), written from a score result as it streams out.
 * Key order is fixed (legislative, implementation, other dimensions,
 * combined) and every list is in set order or a documented sort order,
 * so the same result always gives the same bytes.
 */
#include "config.h"
#include "publish/writers.h"
#include "publish/json.h"
#include "score/evidence.h"
#include "score/observe.h"
#include "score/score.h"
#include "base/strbuf.h"
#include "base/text.h"
#include "base/xalloc.h"

#include <stdlib.h>
#include <string.h>

/* The names of --detail, in enum report_detail order. */
const char *const report_detail_names[] = {
	"experts", "indicators", "articles", NULL,
};

/* {score, gap, coverage}: gap = 1 - score at full precision, each then
 * rounded, as every number of the report is. */
static void put_level_fields(struct json_writer *w,
			     const struct level_score *v)
{
	json_score(w, "score", v->has_score, v->score);
	json_score(w, "gap", v->has_score, 1 - v->score);
	json_score(w, "coverage", v->has_coverage, v->coverage);
}

/* A dimension's required score, rating and status. */
static void put_state_fields(struct json_writer *w,
			     const struct level_score *v, const char *rating,
			     enum dim_status status)
{
	json_score(w, "required_score", v->has_required, v->required);
	json_string(w, "rating", rating);
	json_string(w, "status", dim_status_name(status));
}

/* A dimension of an instrument or of the whole assessment. */
static void put_dimension_level(struct json_writer *w, const char *key,
				const struct level_score *v,
				const struct level_state *st)
{
	json_begin_object(w, key);
	put_level_fields(w, v);
	put_state_fields(w, v, st->rating, st->status);
	json_end_object(w);
}

/* A level as an object of its own. */
static void put_level(struct json_writer *w, const char *key,
		      const struct level_score *v)
{
	json_begin_object(w, key);
	put_level_fields(w, v);
	json_end_object(w);
}

/* How an answer was read, for the report. */
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

/* Each expert's answer to indicator i, in expert order; brief keeps
 * only expert, answer, score and evidence (for disagreements). */
static void put_experts(struct json_writer *w, const struct score_result *r,
			size_t i, bool brief)
{
	struct answer_list list = r->indicators[i].answers;

	json_begin_array(w, "experts");
	for (size_t j = 0; j < list.count; j++) {
		const struct expert_answer *a = &list.items[j];

		json_begin_object(w, NULL);
		json_string(w, "expert", r->experts[a->expert]);
		json_string(w, "answer", a->answer);
		if (!brief)
			json_string(w, "kind", answer_class_name(a->cls));
		json_score(w, "score", a->cls == ANSWER_SCORED, a->score);
		if (brief) {
			json_string(w, "evidence", a->evidence);
			json_end_object(w);
			continue;
		}
		if (a->confidence)
			json_number(w, "confidence", a->confidence);
		else
			json_null(w, "confidence");
		json_string(w, "evidence", a->evidence);
		json_string(w, "comment", a->comment);
		json_string(w, "good_practice", a->good_practice);
		json_bool(w, "unsupported",
			  r->unsupported && r->unsupported[a - r->rows]);
		json_end_object(w);
	}
	json_end_array(w);
}

/* One indicator of an article dimension, with every expert's answer
 * unless detail leaves them out. */
static void put_indicator(struct json_writer *w, const struct score_result *r,
			  size_t i, enum report_detail detail)
{
	const struct indicator *ind = &r->set->items[i];
	const struct indicator_result *res = &r->indicators[i];

	json_begin_object(w, NULL);
	json_string(w, "id", ind->id);
	/* A screening question is never scored: its consensus only decides
	 * its follow-ups. */
	json_score(w, "score", res->has_score && res->status != IND_SCREENING,
		   res->score);
	json_string(w, "status", indicator_status_name(res->status));
	json_string(w, "paragraph", ind->paragraph);
	json_string(w, "question", ind->question);
	json_string(w, "answer_type", ind->answer_type_text);
	json_string(w, "obligation", obligation_name(ind->obligation));
	json_number(w, "weight", ind->weight);
	json_string(w, "alternative", ind->alternative);
	json_string(w, "recommendation",
		    ind->recommendation[0] ? ind->recommendation : NULL);
	if (ind->has_parent) {
		char *dep = xasprintf("%s%s=%s", ind->parent_id,
				      ind->parent_negated ? "!" : "",
				      ind->parent_value);
		json_string(w, "depends_on", dep);
		free(dep);
	} else {
		json_null(w, "depends_on");
	}
	json_number(w, "answered", (double)res->nscored);
	json_number(w, "not_applicable", (double)res->nna);
	json_number(w, "unjustified_na", (double)res->nunjustified);
	json_number(w, "missing", (double)res->nmissing);
	if (detail == REPORT_DETAIL_EXPERTS)
		put_experts(w, r, i, false);
	json_end_object(w);
}

/* The ids of n indicators as an array. */
static void put_ids(struct json_writer *w, const char *key,
		    const struct score_result *r, const size_t *idx, size_t n)
{
	json_begin_array(w, key);
	for (size_t k = 0; k < n; k++)
		json_string(w, NULL, r->set->items[idx[k]].id);
	json_end_array(w);
}

/* A string, or null when it is empty. */
static void put_text_or_null(struct json_writer *w, const char *key,
			     const char *s)
{
	json_string(w, key, s && s[0] ? s : NULL);
}

/* One observation: its sentences and what they rest on. */
static void put_observation(struct json_writer *w,
			    const struct score_result *r,
			    const struct observation *o)
{
	const struct unit *u = &r->set->units[o->unit];

	json_begin_object(w, NULL);
	json_string(w, "text", o->text);
	json_string(w, "state", obs_state_name(o->state));
	put_text_or_null(w, "paragraph", o->paragraph);
	json_string(w, "obligation", obligation_name(u->obligation));
	json_string(w, "alternative", u->label);
	put_ids(w, "indicators", r, u->members, u->nmembers);
	json_string(w, "lead", r->set->items[o->lead].id);
	json_score(w, "score", o->has_score, o->score);
	json_bool(w, "divided", o->divided);
	json_begin_array(w, "answers");
	for (size_t k = 0; k < o->nanswers; k++) {
		json_begin_object(w, NULL);
		json_string(w, "answer", o->answers[k].answer);
		json_number(w, "experts", (double)o->answers[k].count);
		json_end_object(w);
	}
	json_end_array(w);
	json_begin_array(w, "evidence");
	for (size_t k = 0; k < o->nevidence; k++) {
		const struct expert_answer *a = &r->rows[o->evidence[k]];
		json_begin_object(w, NULL);
		json_string(w, "indicator", r->set->items[a->indicator].id);
		json_string(w, "expert", r->experts[a->expert]);
		json_string(w, "text", a->evidence);
		json_end_object(w);
	}
	json_end_array(w);
	json_end_object(w);
}

/* One recommended action and what it rests on. */
static void put_action(struct json_writer *w, const struct score_result *r,
		       const struct rec_action *act)
{
	json_begin_object(w, NULL);
	json_string(w, "text", act->text);
	json_string(w, "kind", need_kind_name(act->kind));
	json_string(w, "obligation", obligation_name(act->obligation));
	json_score(w, "unmet_share", true, act->unmet);
	put_ids(w, "indicators", r, act->indicators, act->nindicators);
	put_text_or_null(w, "paragraph", act->paragraph);
	put_text_or_null(w, "guide_ref", act->guide_ref);
	put_text_or_null(w, "model_law", act->model_law);
	json_end_object(w);
}

/* The observations and recommended actions of dimension d of article a
 * of instrument result s (empty without a need). */
static void put_observed(struct json_writer *w, const struct score_result *r,
			 size_t s, size_t a, size_t d)
{
	struct dim_observations o;

	observe_dimension(&o, r, s, a, d, NULL);
	json_begin_array(w, "observations");
	for (size_t k = 0; k < o.count; k++)
		put_observation(w, r, &o.items[k]);
	json_end_array(w);
	json_begin_array(w, "recommended_actions");
	for (size_t k = 0; k < o.nactions; k++)
		put_action(w, r, &o.actions[k]);
	json_end_array(w);
	dim_observations_release(&o);
}

/* One article dimension, or null where the article has none; its
 * indicators unless detail is articles. */
static void put_dimension(struct json_writer *w, const char *key,
			  const struct score_result *r, size_t s, size_t a,
			  size_t dim, enum report_detail detail)
{
	const struct dim_result *d = &r->instruments[s].articles[a].dims[dim];

	if (!d->present) {
		json_null(w, key);
		return;
	}
	json_begin_object(w, key);
	put_level_fields(w, &d->value);
	put_state_fields(w, &d->value, d->rating, d->status);
	if (d->has_interval) {
		json_begin_array(w, "interval90");
		json_score(w, NULL, true, d->interval_lo);
		json_score(w, NULL, true, d->interval_hi);
		json_end_array(w);
	} else {
		json_null(w, "interval90");
	}
	json_number(w, "answered_weight", d->answered_weight);
	json_number(w, "applicable_weight", d->applicable_weight);
	if (detail != REPORT_DETAIL_ARTICLES) {
		json_begin_array(w, "indicators");
		for (size_t k = 0; k < d->nindicators; k++)
			put_indicator(w, r, d->indicators[k], detail);
		json_end_array(w);
	}
	put_observed(w, r, s, a, dim);
	json_end_object(w);
}

/* The good practices the experts gave on an article's indicators. */
static void put_good_practices(struct json_writer *w,
			       const struct score_result *r,
			       const struct article_result *ar)
{
	json_begin_array(w, "good_practices");
	for (size_t d = 0; d < r->set->ndimensions; d++) {
		const struct dim_result *dr = &ar->dims[d];
		for (size_t k = 0; k < dr->nindicators; k++) {
			size_t i = dr->indicators[k];
			struct answer_list list = r->indicators[i].answers;
			for (size_t j = 0; j < list.count; j++) {
				const struct expert_answer *a = &list.items[j];
				if (!a->good_practice)
					continue;
				json_begin_object(w, NULL);
				json_string(w, "indicator", r->set->items[i].id);
				json_string(w, "expert", r->experts[a->expert]);
				json_string(w, "text", a->good_practice);
				json_end_object(w);
			}
		}
	}
	json_end_array(w);
}

/* Article result a of instrument result s: its dimensions, combined
 * score and good practices. */
static void put_article(struct json_writer *w, const struct score_result *r,
			size_t s, size_t a, enum report_detail detail)
{
	const struct instrument_result *ir = &r->instruments[s];
	const struct article_result *ar = &ir->articles[a];
	const struct article *art =
		&r->set->instruments[ir->instrument].articles[ar->article];

	json_begin_object(w, NULL);
	json_string(w, "article", art->label);
	json_string(w, "title", art->title);
	json_number(w, "article_weight", art->weight);
	for (size_t d = 0; d < r->set->ndimensions; d++)
		put_dimension(w, r->set->dimensions[d], r, s, a, d, detail);
	put_level(w, "combined", &ar->combined);
	put_good_practices(w, r, ar);
	json_end_object(w);
}

/* Dimension levels (legislative, implementation, others) with their
 * ratings, and combined. */
static void put_levels(struct json_writer *w, const struct indset *set,
		       const struct level_score *dims,
		       const struct level_state *states,
		       const struct level_score *combined)
{
	for (size_t d = 0; d < set->ndimensions; d++)
		put_dimension_level(w, set->dimensions[d], &dims[d], &states[d]);
	put_level(w, "combined", combined);
}

/* Instrument result s, with its articles. */
static void put_instrument(struct json_writer *w, const struct score_result *r,
			   size_t s, enum report_detail detail)
{
	const struct instrument_result *ir = &r->instruments[s];
	const struct instrument *ins = &r->set->instruments[ir->instrument];

	json_begin_object(w, NULL);
	json_string(w, "id", ins->code);
	put_levels(w, r->set, ir->dims, ir->states, &ir->combined);
	json_begin_array(w, "articles");
	for (size_t a = 0; a < ir->narticles; a++)
		put_article(w, r, s, a, detail);
	json_end_array(w);
	json_end_object(w);
}

/* Is s among the first n strings of items? */
static bool listed(const char *const *items, size_t n, const char *s)
{
	for (size_t k = 0; k < n; k++)
		if (!strcmp(items[k], s))
			return true;
	return false;
}

/* Distinct strings of a need's indicators, in set order: its technical
 * assistance categories (which 0), guide references (1) or related
 * provisions (2). */
static void put_need_refs(struct json_writer *w, const char *key,
			  const struct score_result *r,
			  const struct dim_result *d, int which)
{
	const char **seen = NULL;
	size_t nseen = 0, cap = 0;

	json_begin_array(w, key);
	for (size_t k = 0; k < d->nindicators; k++) {
		const struct indicator *ind = &r->set->items[d->indicators[k]];
		const struct str_list *l = which == 0 ? &ind->ta_categories
					   : &ind->cross_refs;
		size_t n = which == 1 ? (ind->guide_ref[0] != '\0') : l->count;

		for (size_t j = 0; j < n; j++) {
			const char *s = which == 1 ? ind->guide_ref : l->items[j];
			if (listed(seen, nseen, s))
				continue;
			GROW(seen, cap, nseen + 1);
			seen[nseen++] = s;
			json_string(w, NULL, s);
		}
	}
	json_end_array(w);
	free(seen);
}

/* The indicators behind a need, with the action each calls for: for a
 * gap, the answered ones that score below 1; for an information need,
 * the mandatory ones nobody answered. */
static void put_need_indicators(struct json_writer *w,
				const struct score_result *r,
				const struct dim_result *d,
				enum need_kind kind)
{
	size_t *idx, n = score_need_indicators(r, d, kind, &idx);

	json_begin_array(w, kind == NEED_GAP ? "unmet_indicators"
					     : "missing_indicators");
	for (size_t k = 0; k < n; k++) {
		const struct indicator *ind = &r->set->items[idx[k]];
		const struct indicator_result *res = &r->indicators[idx[k]];
		json_begin_object(w, NULL);
		json_string(w, "id", ind->id);
		if (kind == NEED_GAP)
			json_score(w, "score", true, res->score);
		json_string(w, "question", ind->question);
		json_string(w, "recommendation",
		    ind->recommendation[0] ? ind->recommendation : NULL);
		json_end_object(w);
	}
	free(idx);
	json_end_array(w);
}

/* One technical assistance need: where, how big, and what is unmet. */
static void put_need(struct json_writer *w, const struct score_result *r,
		     const struct ta_need *need)
{
	const struct instrument_result *ir = &r->instruments[need->instrument];
	const struct instrument *ins = &r->set->instruments[ir->instrument];
	const struct article_result *ar = &ir->articles[need->article];
	const struct dim_result *d = &ar->dims[need->dimension];

	json_begin_object(w, NULL);
	json_string(w, "kind", need_kind_name(need->kind));
	json_string(w, "instrument", ins->code);
	json_string(w, "article", ins->articles[ar->article].label);
	json_string(w, "title", ins->articles[ar->article].title);
	json_string(w, "dimension", r->set->dimensions[need->dimension]);
	put_level_fields(w, &d->value);
	put_state_fields(w, &d->value, d->rating, d->status);
	json_score(w, "priority", true, need->priority);
	put_need_refs(w, "ta_categories", r, d, 0);
	put_need_refs(w, "guide_refs", r, d, 1);
	put_need_refs(w, "cross_refs", r, d, 2);
	put_need_indicators(w, r, d, need->kind);
	json_end_object(w);
}

/* The n/a answers given without a reason, which count as missing. */
static void put_unjustified(struct json_writer *w,
			    const struct score_result *r)
{
	json_begin_array(w, "unjustified_na");
	for (size_t k = 0; k < r->nunjustified; k++) {
		const struct expert_answer *a = &r->rows[r->unjustified[k]];
		json_begin_object(w, NULL);
		json_string(w, "indicator", r->set->items[a->indicator].id);
		json_string(w, "expert", r->experts[a->expert]);
		json_end_object(w);
	}
	json_end_array(w);
}

/* One indicator on which the experts disagree, with their answers at
 * full detail. */
static void put_disagreement(struct json_writer *w,
			     const struct score_result *r,
			     const struct disagreement *dg,
			     enum report_detail detail)
{
	const struct indicator *ind = &r->set->items[dg->indicator];
	const struct instrument *ins = &r->set->instruments[ind->instrument];
	const struct indicator_result *res = &r->indicators[dg->indicator];

	json_begin_object(w, NULL);
	json_string(w, "indicator", ind->id);
	json_string(w, "instrument", ins->code);
	json_string(w, "article", ins->articles[ind->article].label);
	json_string(w, "dimension", r->set->dimensions[ind->dimension]);
	json_string(w, "question", ind->question);
	json_number(w, "weight", ind->weight);
	json_score(w, "spread", true, dg->spread);
	json_score(w, "weighted_spread", true, dg->weighted);
	json_bool(w, "different_answers", dg->categorical);
	json_score(w, "consensus", res->has_score, res->score);
	if (detail == REPORT_DETAIL_EXPERTS)
		put_experts(w, r, dg->indicator, true);
	json_end_object(w);
}

/* Three named rating bands. */
static void put_bands(struct json_writer *w, const char *key,
		      const struct rating_bands *b, const char *const names[3])
{
	json_begin_object(w, key);
	for (int i = 0; i < 3; i++)
		json_number(w, names[i], b->bound[i]);
	json_end_object(w);
}

/* How the report was made: enough to make it again. */
static void put_method(struct json_writer *w, const struct score_options *opt)
{
	static const char *const leg[] = { "C", "LC", "PC" };
	static const char *const imp[] = { "high", "substantial", "moderate" };

	json_begin_object(w, "method");
	json_string(w, "consensus", consensus_name(opt->consensus));
	json_number(w, "coverage_threshold", opt->coverage_threshold);
	json_begin_object(w, "rating_bands");
	put_bands(w, "legislative", &opt->legislative, leg);
	put_bands(w, "implementation", &opt->implementation, imp);
	json_end_object(w);
	json_begin_object(w, "obligation_factors");
	for (int o = 0; o < 3; o++)
		json_number(w, obligation_name((enum obligation)o),
			    opt->obligation_factor[o]);
	json_end_object(w);
	json_string(w, "agreement_metric",
		    agreement_metric_name(opt->agreement_metric));
	json_number(w, "disagreement_threshold", opt->disagreement_threshold);
	if (opt->bootstrap) {
		json_begin_object(w, "bootstrap");
		json_number(w, "replicates", opt->bootstrap);
		json_number(w, "seed", (double)opt->seed);
		json_number(w, "interval", 0.9);
		json_end_object(w);
	} else {
		json_null(w, "bootstrap");
	}
	json_number(w, "citation_patterns",
		    (double)citation_rules_count(opt->citations));
	json_number(w, "decimals", 4);
	json_end_object(w);
}

/* Agreement between experts, overall and per instrument. */
static void put_agreement(struct json_writer *w, const struct score_result *r)
{
	json_begin_object(w, "agreement");
	json_score(w, "krippendorff_alpha", r->has_alpha, r->alpha);
	json_string(w, "metric", agreement_metric_name(r->options.agreement_metric));
	json_string(w, "undefined_because",
		    r->alpha_stat.defined ? NULL : r->alpha_stat.why);
	json_number(w, "experts", (double)r->nexperts);
	json_score(w, "fleiss_kappa", r->kappa.defined, r->kappa.value);
	json_string(w, "fleiss_kappa_undefined_because",
		    r->kappa.defined ? NULL : r->kappa.why);
	json_begin_array(w, "instruments");
	for (size_t s = 0; s < r->ninstruments; s++) {
		const struct instrument_result *ir = &r->instruments[s];
		json_begin_object(w, NULL);
		json_string(w, "instrument",
			    r->set->instruments[ir->instrument].code);
		json_score(w, "krippendorff_alpha", ir->alpha.defined,
			   ir->alpha.value);
		json_string(w, "undefined_because",
			    ir->alpha.defined ? NULL : ir->alpha.why);
		json_end_object(w);
	}
	json_end_array(w);
	json_end_object(w);
}

/* report.json of r, listing the chart files beside it, and why they
 * are missing when they could not be drawn; detail says how much of
 * each assessment goes in. */
void report_json_detail(struct sink *out, const struct score_result *r,
			char *const *charts, size_t ncharts,
			const char *charts_error,
			const struct sources *inputs, bool pretty,
			enum report_detail detail)
{
	struct json_writer w;

	json_begin_document(&w, out, pretty, REPORT_SCHEMA, inputs);
	json_string(&w, "country", r->country);
	json_string(&w, "country_name", r->country_name);
	json_string(&w, "round", r->round);
	put_method(&w, &r->options);
	json_strings(&w, "experts", (const char *const *)r->experts,
		     r->nexperts);
	json_begin_object(&w, "overall");
	put_levels(&w, r->set, r->overall, r->overall_states,
		   &r->overall_combined);
	json_end_object(&w);
	json_begin_array(&w, "instruments");
	for (size_t s = 0; s < r->ninstruments; s++)
		put_instrument(&w, r, s, detail);
	json_end_array(&w);
	json_begin_array(&w, "ta_needs");
	for (size_t k = 0; k < r->nneeds; k++)
		put_need(&w, r, &r->needs[k]);
	json_end_array(&w);
	put_unjustified(&w, r);
	json_begin_array(&w, "disagreements");
	for (size_t k = 0; k < r->ndisagreements; k++)
		put_disagreement(&w, r, &r->disagreements[k], detail);
	json_end_array(&w);
	json_number(&w, "unsupported_answers", (double)r->nunsupported);
	put_agreement(&w, r);
	json_strings(&w, "charts", (const char *const *)charts, ncharts);
	json_string(&w, "charts_error", charts_error);
	json_end_document(&w);
}

/* report.json of r in full detail. */
void report_json(struct sink *out, const struct score_result *r,
		 char *const *charts, size_t ncharts, const char *charts_error,
		 const struct sources *inputs, bool pretty)
{
	report_json_detail(out, r, charts, ncharts, charts_error, inputs,
			   pretty, REPORT_DETAIL_EXPERTS);
}

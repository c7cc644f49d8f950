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
#include "score/score.h"
#include "base/strbuf.h"
#include "base/text.h"
#include "base/xalloc.h"

#include <stdlib.h>
#include <string.h>

/* {score, gap, coverage}: gap = 1 - score at full precision, each then
 * rounded, as every number of the report is. */
static void put_level_fields(struct json_writer *w,
			     const struct level_score *v)
{
	json_score(w, "score", v->has_score, v->score);
	json_score(w, "gap", v->has_score, 1 - v->score);
	json_score(w, "coverage", v->has_coverage, v->coverage);
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

/* One indicator of an article dimension, with every expert's answer. */
static void put_indicator(struct json_writer *w, const struct score_result *r,
			  size_t i)
{
	const struct indicator *ind = &r->set->items[i];
	const struct indicator_result *res = &r->indicators[i];

	json_begin_object(w, NULL);
	json_string(w, "id", ind->id);
	json_score(w, "score", res->has_score, res->score);
	json_string(w, "status", indicator_status_name(res->status));
	json_string(w, "paragraph", ind->paragraph);
	json_string(w, "question", ind->question);
	json_string(w, "answer_type", ind->answer_type_text);
	json_string(w, "obligation", obligation_name(ind->obligation));
	json_number(w, "weight", ind->weight);
	if (ind->has_parent) {
		char *dep = xasprintf("%s=%s", ind->parent_id, ind->parent_value);
		json_string(w, "depends_on", dep);
		free(dep);
	} else {
		json_null(w, "depends_on");
	}
	json_number(w, "answered", (double)res->nscored);
	json_number(w, "not_applicable", (double)res->nna);
	json_number(w, "missing", (double)res->nmissing);
	put_experts(w, r, i, false);
	json_end_object(w);
}

/* One article dimension, or null where the article has none. */
static void put_dimension(struct json_writer *w, const char *key,
			  const struct score_result *r,
			  const struct dim_result *d)
{
	if (!d->present) {
		json_null(w, key);
		return;
	}
	json_begin_object(w, key);
	put_level_fields(w, &d->value);
	json_string(w, "rating", d->rating);
	json_string(w, "status", dim_status_name(d->status));
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
	json_begin_array(w, "indicators");
	for (size_t k = 0; k < d->nindicators; k++)
		put_indicator(w, r, d->indicators[k]);
	json_end_array(w);
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

/* One article: its dimensions, combined score and good practices. */
static void put_article(struct json_writer *w, const struct score_result *r,
			const struct instrument *ins,
			const struct article_result *ar)
{
	const struct article *art = &ins->articles[ar->article];

	json_begin_object(w, NULL);
	json_string(w, "article", art->label);
	json_string(w, "title", art->title);
	json_number(w, "article_weight", art->weight);
	for (size_t d = 0; d < r->set->ndimensions; d++)
		put_dimension(w, r->set->dimensions[d], r, &ar->dims[d]);
	put_level(w, "combined", &ar->combined);
	put_good_practices(w, r, ar);
	json_end_object(w);
}

/* Dimension levels (legislative, implementation, others) and combined. */
static void put_levels(struct json_writer *w, const struct indset *set,
		       const struct level_score *dims,
		       const struct level_score *combined)
{
	for (size_t d = 0; d < set->ndimensions; d++)
		put_level(w, set->dimensions[d], &dims[d]);
	put_level(w, "combined", combined);
}

/* One instrument the assessment answered, with its articles. */
static void put_instrument(struct json_writer *w, const struct score_result *r,
			   const struct instrument_result *ir)
{
	const struct instrument *ins = &r->set->instruments[ir->instrument];

	json_begin_object(w, NULL);
	json_string(w, "id", ins->code);
	put_levels(w, r->set, ir->dims, &ir->combined);
	json_begin_array(w, "articles");
	for (size_t a = 0; a < ir->narticles; a++)
		put_article(w, r, ins, &ir->articles[a]);
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

/* One technical assistance need: where, how big, and what is unmet. */
static void put_need(struct json_writer *w, const struct score_result *r,
		     const struct ta_need *need)
{
	const struct instrument_result *ir = &r->instruments[need->instrument];
	const struct instrument *ins = &r->set->instruments[ir->instrument];
	const struct article_result *ar = &ir->articles[need->article];
	const struct dim_result *d = &ar->dims[need->dimension];

	json_begin_object(w, NULL);
	json_string(w, "instrument", ins->code);
	json_string(w, "article", ins->articles[ar->article].label);
	json_string(w, "title", ins->articles[ar->article].title);
	json_string(w, "dimension", r->set->dimensions[need->dimension]);
	put_level_fields(w, &d->value);
	json_string(w, "rating", d->rating);
	json_string(w, "status", dim_status_name(d->status));
	json_score(w, "priority", true, need->priority);
	put_need_refs(w, "ta_categories", r, d, 0);
	put_need_refs(w, "guide_refs", r, d, 1);
	put_need_refs(w, "cross_refs", r, d, 2);
	json_begin_array(w, "unmet_indicators");
	for (size_t k = 0; k < d->nindicators; k++) {
		const struct indicator *ind = &r->set->items[d->indicators[k]];
		const struct indicator_result *res =
			&r->indicators[d->indicators[k]];
		if (res->status != IND_ANSWERED || round4(res->score) >= 1)
			continue;
		json_begin_object(w, NULL);
		json_string(w, "id", ind->id);
		json_score(w, "score", true, res->score);
		json_string(w, "question", ind->question);
		json_end_object(w);
	}
	json_end_array(w);
	json_end_object(w);
}

/* One indicator on which the experts disagree, with their answers. */
static void put_disagreement(struct json_writer *w,
			     const struct score_result *r,
			     const struct disagreement *dg)
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

/* report.json of r, listing the chart files beside it. */
void report_json(struct sink *out, const struct score_result *r,
		 char *const *charts, size_t ncharts, bool pretty)
{
	struct json_writer w;

	json_begin_document(&w, out, pretty, REPORT_SCHEMA);
	json_string(&w, "country", r->country);
	json_string(&w, "round", r->round);
	put_method(&w, &r->options);
	json_strings(&w, "experts", (const char *const *)r->experts,
		     r->nexperts);
	json_begin_object(&w, "overall");
	put_levels(&w, r->set, r->overall, &r->overall_combined);
	json_end_object(&w);
	json_begin_array(&w, "instruments");
	for (size_t s = 0; s < r->ninstruments; s++)
		put_instrument(&w, r, &r->instruments[s]);
	json_end_array(&w);
	json_begin_array(&w, "ta_needs");
	for (size_t k = 0; k < r->nneeds; k++)
		put_need(&w, r, &r->needs[k]);
	json_end_array(&w);
	json_begin_array(&w, "disagreements");
	for (size_t k = 0; k < r->ndisagreements; k++)
		put_disagreement(&w, r, &r->disagreements[k]);
	json_end_array(&w);
	json_number(&w, "unsupported_answers", (double)r->nunsupported);
	put_agreement(&w, r);
	json_strings(&w, "charts", (const char *const *)charts, ncharts);
	json_end_document(&w);
}

/*
 * plan-json.c - plan.json, the technical assistance plan over many
 * assessments (schema gapscore/plan/1): how it was made, the
 * assessments it covers, then its categories, each with its instruments
 * and their needs, highest priority first.
 */
#include "config.h"
#include "publish/writers.h"
#include "publish/json.h"
#include "score/plan.h"

/* A priority or a gap as printed: rounded to 4 decimals. */
static void put_rounded(struct json_writer *w, const char *key, double x)
{
	json_score(w, key, true, x);
}

/* A list of strings as a JSON array. */
static void put_refs(struct json_writer *w, const char *key,
		     const struct plan_refs *refs)
{
	json_strings(w, key, refs->items, refs->count);
}

/* How the plan was made: enough to make it again. */
static void put_method(struct json_writer *w, const struct plan_options *opt)
{
	json_begin_object(w, "method");
	json_string(w, "consensus", consensus_name(opt->score.consensus));
	put_rounded(w, "coverage_threshold", opt->score.coverage_threshold);
	put_rounded(w, "min_priority", opt->min_priority);
	json_bool(w, "latest_only", opt->latest_only);
	json_end_object(w);
}

/* One need as listed under its instrument (which names the instrument). */
static void put_need(struct json_writer *w, const struct plan *p,
		     const struct plan_need *n)
{
	const struct instrument *ins = &p->set->instruments[n->instrument];
	const struct article *art = &ins->articles[n->article];
	const struct plan_assessment *as = &p->assessments[n->assessment];

	json_begin_object(w, NULL);
	json_string(w, "country", as->country);
	json_string(w, "round", as->round);
	json_string(w, "article", art->label);
	json_string(w, "title", art->title);
	json_string(w, "dimension", p->set->dimensions[n->dimension]);
	put_rounded(w, "gap", 1 - n->score);
	put_rounded(w, "priority", n->priority);
	json_string(w, "rating", n->rating);
	json_string(w, "status", dim_status_name(n->status));
	put_refs(w, "guide_refs", &n->guide_refs);
	put_refs(w, "cross_refs", &n->cross_refs);
	json_begin_array(w, "unmet_indicators");
	for (size_t k = 0; k < n->nunmet; k++) {
		const struct indicator *ind =
			&p->set->items[n->unmet[k].indicator];
		json_begin_object(w, NULL);
		json_string(w, "id", ind->id);
		json_string(w, "question", ind->question);
		json_end_object(w);
	}
	json_end_array(w);
	json_end_object(w);
}

/* One instrument of a category, its totals and its needs. */
static void put_instrument(struct json_writer *w, const struct plan *p,
			   const struct plan_instrument *g)
{
	json_begin_object(w, NULL);
	json_string(w, "instrument", p->set->instruments[g->instrument].code);
	put_rounded(w, "total_priority", g->total_priority);
	json_strings(w, "countries", g->countries, g->ncountries);
	put_refs(w, "guide_refs", &g->guide_refs);
	json_begin_array(w, "needs");
	for (size_t k = 0; k < g->nneeds; k++)
		put_need(w, p, &p->needs[g->needs[k]]);
	json_end_array(w);
	json_end_object(w);
}

/* One category, its totals and its instruments. */
static void put_category(struct json_writer *w, const struct plan *p,
			 const struct plan_category *c)
{
	json_begin_object(w, NULL);
	json_string(w, "ta_category", c->name);
	put_rounded(w, "total_priority", c->total_priority);
	json_number(w, "countries", (double)c->ncountries);
	json_begin_array(w, "instruments");
	for (size_t s = 0; s < c->ninstruments; s++)
		put_instrument(w, p, &c->instruments[s]);
	json_end_array(w);
	json_end_object(w);
}

/* plan.json of p. */
void plan_json(struct sink *out, const struct plan *p, bool pretty)
{
	struct json_writer w;

	json_begin_document(&w, out, pretty, PLAN_SCHEMA);
	put_method(&w, &p->options);
	json_begin_array(&w, "assessments");
	for (size_t i = 0; i < p->nassessments; i++) {
		json_begin_object(&w, NULL);
		json_string(&w, "country", p->assessments[i].country);
		json_string(&w, "round", p->assessments[i].round);
		json_end_object(&w);
	}
	json_end_array(&w);
	json_begin_array(&w, "categories");
	for (size_t c = 0; c < p->ncategories; c++)
		put_category(&w, p, &p->categories[c]);
	json_end_array(&w);
	json_end_document(&w);
}

/*
 * plan-json.c - plan.json (schema "gapscore/plan/1"), built with cJSON.
 * Key order is fixed and every list is in plan order (see plan.h), so
 * the same plan always gives the same bytes. Numbers are rounded to 4
 * decimals like every number gapscore writes.
 */
#include "config.h"
#include "plan.h"
#include "gapscore.h"

#include <cjson/cJSON.h>
#include <stdlib.h>

/* x rounded to 4 decimals, never -0. */
static cJSON *number(double x)
{
	return cJSON_CreateNumber(round4(x) + 0.0);
}

/* A list of strings as a JSON array. */
static cJSON *refs_array(const struct plan_refs *refs)
{
	cJSON *arr = cJSON_CreateArray();

	for (size_t k = 0; k < refs->count; k++)
		cJSON_AddItemToArray(arr, cJSON_CreateString(refs->items[k]));
	return arr;
}

/* How the plan was made: enough to make it again. */
static cJSON *method_object(const struct plan_options *opt)
{
	cJSON *obj = cJSON_CreateObject();

	cJSON_AddStringToObject(obj, "consensus",
				consensus_name(opt->score.consensus));
	cJSON_AddItemToObject(obj, "coverage_threshold",
			      number(opt->score.coverage_threshold));
	cJSON_AddItemToObject(obj, "min_priority", number(opt->min_priority));
	cJSON_AddBoolToObject(obj, "latest_only", opt->latest_only);
	return obj;
}

/* One need as listed under its instrument (which names the instrument). */
static cJSON *need_object(const struct plan *p, const struct plan_need *n)
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
	cJSON_AddItemToObject(obj, "gap", number(1 - n->score));
	cJSON_AddItemToObject(obj, "priority", number(n->priority));
	if (n->rating)
		cJSON_AddStringToObject(obj, "rating", n->rating);
	else
		cJSON_AddNullToObject(obj, "rating");
	cJSON_AddStringToObject(obj, "status", dim_status_name(n->status));
	cJSON_AddItemToObject(obj, "guide_refs", refs_array(&n->guide_refs));
	cJSON_AddItemToObject(obj, "cross_refs", refs_array(&n->cross_refs));
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
static cJSON *instrument_object(const struct plan *p,
				const struct plan_instrument *g)
{
	cJSON *obj = cJSON_CreateObject();
	cJSON *countries, *needs;

	cJSON_AddStringToObject(obj, "instrument",
				p->set->instruments[g->instrument].code);
	cJSON_AddItemToObject(obj, "total_priority",
			      number(g->total_priority));
	countries = cJSON_AddArrayToObject(obj, "countries");
	for (size_t k = 0; k < g->ncountries; k++)
		cJSON_AddItemToArray(countries,
				     cJSON_CreateString(g->countries[k]));
	cJSON_AddItemToObject(obj, "guide_refs", refs_array(&g->guide_refs));
	needs = cJSON_AddArrayToObject(obj, "needs");
	for (size_t k = 0; k < g->nneeds; k++)
		cJSON_AddItemToArray(needs,
				     need_object(p, &p->needs[g->needs[k]]));
	return obj;
}

/* One category, its totals and its instruments. */
static cJSON *category_object(const struct plan *p,
			      const struct plan_category *c)
{
	cJSON *obj = cJSON_CreateObject();
	cJSON *instruments;

	cJSON_AddStringToObject(obj, "ta_category", c->name);
	cJSON_AddItemToObject(obj, "total_priority",
			      number(c->total_priority));
	cJSON_AddNumberToObject(obj, "countries", (double)c->ncountries);
	instruments = cJSON_AddArrayToObject(obj, "instruments");
	for (size_t s = 0; s < c->ninstruments; s++)
		cJSON_AddItemToArray(instruments,
				     instrument_object(p, &c->instruments[s]));
	return obj;
}

/* The whole plan; the caller frees the text. */
char *plan_json(const struct plan *p)
{
	cJSON *root = cJSON_CreateObject();
	cJSON *assessments, *categories;
	char *text, *out;

	cJSON_AddStringToObject(root, "schema", PLAN_SCHEMA);
	cJSON_AddItemToObject(root, "method", method_object(&p->options));
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
				     category_object(p, &p->categories[c]));

	text = cJSON_Print(root);
	cJSON_Delete(root);
	if (!text)
		return NULL;
	out = xasprintf("%s\n", text);
	cJSON_free(text);
	return out;
}

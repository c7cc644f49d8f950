/* SPDX-License-Identifier: Apache-2.0 */
/*
 * targets.c - reading a plan's targets back from plan.json (see
 * targets.h).
 */
#include "config.h"
#include "load/targets.h"
#include "base/fsutil.h"
#include "base/strbuf.h"
#include "base/xalloc.h"

#include <cjson/cJSON.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#define PLAN_SCHEMA_READ "gapscore/plan/2"

/* An empty list. */
void plan_targets_init(struct plan_targets *t)
{
	memset(t, 0, sizeof(*t));
}

/* Free every target's strings and the list. */
void plan_targets_release(struct plan_targets *t)
{
	for (size_t i = 0; i < t->count; i++) {
		struct plan_target *p = &t->items[i];
		free(p->id);
		free(p->kind);
		free(p->country);
		free(p->round);
		free(p->instrument);
		free(p->article);
		free(p->dimension);
		free(p->measure);
		free(p->target_rating);
	}
	free(t->items);
	sources_release(&t->sources);
	plan_targets_init(t);
}

/* The line and column of byte at in text, for a parse error. */
static void position(const char *text, const char *at, long *line,
		     long *column)
{
	*line = 1;
	*column = 1;
	for (const char *p = text; p < at && *p; p++) {
		if (*p == '\n') {
			(*line)++;
			*column = 1;
		} else {
			(*column)++;
		}
	}
}

/* A string member, copied, or NULL when absent or not a string. */
static char *string_of(const cJSON *obj, const char *key)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);

	return cJSON_IsString(v) ? xstrdup(v->valuestring) : NULL;
}

/* A number member into *out; false when absent or null. */
static bool number_of(const cJSON *obj, const char *key, double *out)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);

	if (!cJSON_IsNumber(v))
		return false;
	*out = v->valuedouble;
	return true;
}

/* One need of the plan into a target; false (nothing added) when a key
 * it needs is missing. */
static bool read_need(struct plan_targets *t, const cJSON *need)
{
	const cJSON *base = cJSON_GetObjectItemCaseSensitive(need, "baseline");
	const cJSON *goal = cJSON_GetObjectItemCaseSensitive(need, "target");
	struct plan_target p;

	memset(&p, 0, sizeof(p));
	p.id = string_of(need, "id");
	p.kind = string_of(need, "kind");
	p.country = string_of(need, "country");
	p.round = string_of(need, "round");
	p.instrument = string_of(need, "instrument");
	p.article = string_of(need, "article");
	p.dimension = string_of(need, "dimension");
	p.measure = base ? string_of(base, "measure") : NULL;
	p.has_baseline = base && number_of(base, "value", &p.baseline);
	p.has_target = goal && number_of(goal, "value", &p.target);
	p.target_rating = goal ? string_of(goal, "rating") : NULL;
	GROW(t->items, t->cap, t->count + 1);
	t->items[t->count++] = p;
	return p.id && p.kind && p.country && p.round && p.instrument &&
	       p.article && p.dimension && p.measure;
}

/* Every need of a parsed plan; problems to diags. */
static enum diag_status read_plan(struct plan_targets *t, const cJSON *root,
				  const char *path, struct diag_list *diags)
{
	const cJSON *schema = cJSON_GetObjectItemCaseSensitive(root, "schema");
	const cJSON *needs = cJSON_GetObjectItemCaseSensitive(root, "needs");
	const cJSON *need;
	size_t k = 0;
	enum diag_status st = DIAG_OK;

	if (!cJSON_IsString(schema) ||
	    strcmp(schema->valuestring, PLAN_SCHEMA_READ) ||
	    !cJSON_IsArray(needs)) {
		diag_error(diags, path, 0, NULL, "this is not a plan of schema "
			   "%s; expected the plan.json that 'gapscore plan' "
			   "writes", PLAN_SCHEMA_READ);
		return DIAG_INVALID;
	}
	cJSON_ArrayForEach(need, needs) {
		if (!read_need(t, need)) {
			diag_error(diags, path, 0, NULL, "need %zu of the plan "
				   "lacks id, kind, country, round, instrument, "
				   "article, dimension or baseline.measure; "
				   "expected a need as 'gapscore plan' writes "
				   "it", k + 1);
			st = DIAG_INVALID;
		}
		k++;
	}
	return st;
}

/* Read a plan.json's targets (see targets.h). */
enum diag_status plan_targets_load(struct plan_targets *t, const char *path,
				   struct diag_list *diags)
{
	size_t len;
	char *text = fs_read_file(path, &len);
	char sha256[DIGEST_HEX_SIZE];
	const char *end = NULL;
	cJSON *root;
	enum diag_status st;

	if (!text) {
		diag_error(diags, path, 0, NULL, "cannot read the plan: %s",
			   strerror(errno));
		return DIAG_SYSTEM;
	}
	digest_of(text, len, sha256);
	sources_add(&t->sources, "plan", path, sha256);
	root = cJSON_ParseWithOpts(text, &end, 1);
	if (!root) {
		long line, column;
		char col[32];
		position(text, end ? end : text, &line, &column);
		snprintf(col, sizeof(col), "%ld", column);
		diag_error(diags, path, line, col, "this is not JSON; expected "
			   "the plan.json that 'gapscore plan' writes");
		free(text);
		return DIAG_INVALID;
	}
	st = read_plan(t, root, path, diags);
	cJSON_Delete(root);
	free(text);
	return st;
}

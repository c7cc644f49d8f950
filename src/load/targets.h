/* SPDX-License-Identifier: Apache-2.0 */
/*
 * targets.h - the performance indicators of a technical assistance plan,
 * read back from the plan.json that "gapscore plan" wrote (schema
 * gapscore/plan/2), so that "gapscore trend --plan" can say, need by
 * need, whether the funded work reached its target. The only module of
 * the core that reads JSON (with cJSON).
 *
 * Ownership: the list owns its strings.
 */
#ifndef TARGETS_H
#define TARGETS_H

#include <stdbool.h>
#include <stddef.h>

#include "base/diag.h"
#include "base/sources.h"

/* One need's indicator of success. */
struct plan_target {
	char *id;		/* XEA-2026-UNTOC-5-legislative-gap */
	char *kind;		/* gap or information */
	char *country;
	char *round;		/* the baseline's round */
	char *instrument;
	char *article;
	char *dimension;
	char *measure;		/* required_score, score or coverage */
	bool has_baseline;
	double baseline;
	bool has_target;
	double target;
	char *target_rating;	/* NULL when the plan gives none */
};

struct plan_targets {
	struct plan_target *items;
	size_t count;
	size_t cap;
	struct sources sources;	/* the plan read, with its SHA-256 */
};

void plan_targets_init(struct plan_targets *t);
void plan_targets_release(struct plan_targets *t);

/*
 * Read the needs of a plan.json file into t. A file that
 * is not JSON is an error at FILE:LINE:COLUMN; one that is not a plan of
 * schema gapscore/plan/2, or a need without its keys, an error naming
 * the need. Returns the worst status.
 */
enum diag_status plan_targets_load(struct plan_targets *t, const char *path,
				   struct diag_list *diags);

#endif

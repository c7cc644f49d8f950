/* SPDX-License-Identifier: Apache-2.0 */
/*
 * fuzz-indset.c - libFuzzer target: the input is an indicator-set CSV
 * file, loaded and finished as a run does. Oracle: the diagnostics agree
 * with the status and point into the file; a set that loads is
 * consistent: ids unique and found again, every index within its table,
 * the evaluation order a permutation with each parent before its
 * follow-ups, every scored indicator in exactly the unit that lists it,
 * weights finite and positive.
 */
#include "config.h"
#include "fuzz.h"
#include "load/indset.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* One indicator's indexes and weight. */
static void check_indicator(const struct indset *set, size_t i)
{
	const struct indicator *ind = &set->items[i];
	size_t found;

	FUZZ_CHECK(ind->id && ind->id[0], "indicator %zu has no id", i);
	FUZZ_CHECK(indset_find(set, ind->id, &found) && found == i,
		   "id '%s' is not found at %zu", ind->id, i);
	FUZZ_CHECK(ind->instrument < set->ninstruments, "instrument of '%s'",
		   ind->id);
	FUZZ_CHECK(ind->article < set->instruments[ind->instrument].narticles,
		   "article of '%s'", ind->id);
	FUZZ_CHECK(ind->dimension < set->ndimensions, "dimension of '%s'",
		   ind->id);
	FUZZ_CHECK(isfinite(ind->weight) && ind->weight > 0,
		   "weight %g of '%s'", ind->weight, ind->id);
	FUZZ_CHECK(!ind->has_parent || ind->parent < set->count,
		   "parent of '%s'", ind->id);
}

/* The order visits every indicator once, parents first. */
static void check_order(const struct indset *set)
{
	size_t *place = malloc((set->count + 1) * sizeof(*place));

	for (size_t i = 0; i < set->count; i++)
		place[i] = (size_t)-1;
	for (size_t k = 0; k < set->count; k++) {
		size_t i = set->order[k];
		FUZZ_CHECK(i < set->count && place[i] == (size_t)-1,
			   "order[%zu] = %zu", k, i);
		place[i] = k;
	}
	for (size_t i = 0; i < set->count; i++)
		FUZZ_CHECK(!set->items[i].has_parent ||
			   place[set->items[i].parent] < place[i],
			   "'%s' comes before its parent",
			   set->items[i].id);
	free(place);
}

/* Each unit's members point back at it and share its article. */
static void check_units(const struct indset *set)
{
	for (size_t u = 0; u < set->nunits; u++) {
		const struct unit *un = &set->units[u];
		FUZZ_CHECK(un->nmembers > 0, "unit %zu is empty", u);
		for (size_t k = 0; k < un->nmembers; k++) {
			const struct indicator *ind;
			FUZZ_CHECK(un->members[k] < set->count, "member %zu",
				   k);
			ind = &set->items[un->members[k]];
			FUZZ_CHECK(ind->unit == u, "'%s' is in unit %zu, not "
				   "%zu", ind->id, ind->unit, u);
			FUZZ_CHECK(ind->instrument == un->instrument &&
				   ind->article == un->article &&
				   ind->dimension == un->dimension,
				   "'%s' is outside its unit's article",
				   ind->id);
		}
	}
	for (size_t i = 0; i < set->count; i++) {
		const struct indicator *ind = &set->items[i];
		bool scored = ind->role == INDICATOR_SCORED &&
			      ind->type.kind != ANSWER_TEXT;
		FUZZ_CHECK(scored == (ind->unit != INDSET_NO_UNIT),
			   "'%s' scored %d, unit %zu", ind->id, scored,
			   ind->unit);
		FUZZ_CHECK(!scored || ind->unit < set->nunits,
			   "unit of '%s'", ind->id);
	}
}

/* Load the input as the only indicator file of a run. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct fuzz_file f;
	struct indset set;
	struct diag_list diags;
	enum diag_status st;

	fuzz_file_open(&f, data, size);
	indset_init(&set);
	diag_list_init(&diags);
	st = indset_load(&set, f.path, NULL, &diags);
	if (st == DIAG_OK && !indset_finish(&set, &diags))
		st = DIAG_INVALID;
	fuzz_check_diags(&diags, st, f.path, data, size);
	if (st == DIAG_OK) {
		for (size_t i = 0; i < set.count; i++)
			check_indicator(&set, i);
		check_order(&set);
		check_units(&set);
	}
	indset_release(&set);
	diag_list_release(&diags);
	fuzz_file_close(&f);
	return 0;
}

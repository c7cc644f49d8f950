/* SPDX-License-Identifier: Apache-2.0 */
/*
 * indset-units.c - the units of a loaded indicator set (SPEC Scoring 8
 * and 11): every scored indicator on its own, or with the other
 * indicators of its article and dimension that share its alternative
 * label. Text and screening indicators are never units.
 */
#include "config.h"
#include "load/indset.h"
#include "base/xalloc.h"

/* Is obligation a stricter than b (mandatory > consider > optional)? */
bool obligation_stricter(enum obligation a, enum obligation b)
{
	return a < b;
}

/* Does indicator ind take part in units? */
static bool is_unit_member(const struct indicator *ind)
{
	return ind->type.kind != ANSWER_TEXT && ind->role == INDICATOR_SCORED;
}

/* A new unit holding indicator i alone. */
static size_t new_unit(struct indset *set, size_t *cap, size_t i)
{
	const struct indicator *ind = &set->items[i];
	struct unit *u;

	GROW(set->units, *cap, set->nunits + 1);
	u = &set->units[set->nunits];
	u->instrument = ind->instrument;
	u->article = ind->article;
	u->dimension = ind->dimension;
	u->label = ind->alternative;
	u->members = xcalloc(1, sizeof(*u->members));
	u->members[0] = i;
	u->nmembers = 1;
	u->weight = ind->weight;
	u->obligation = ind->obligation;
	return set->nunits++;
}

/* Add indicator i to unit u: the largest weight, the strictest
 * obligation. */
static void join_unit(struct unit *u, const struct indicator *ind, size_t i)
{
	u->members = xrealloc(u->members,
			      (u->nmembers + 1) * sizeof(*u->members));
	u->members[u->nmembers++] = i;
	if (ind->weight > u->weight)
		u->weight = ind->weight;
	if (obligation_stricter(ind->obligation, u->obligation))
		u->obligation = ind->obligation;
}

/* An alternative label used in another article or dimension. */
static void label_clash(const struct indset *set, const struct unit *u,
			const struct indicator *ind, struct diag_list *diags)
{
	const struct indicator *first = &set->items[u->members[0]];

	diag_error(diags, ind->file, ind->line, "alternative",
		   "alternative '%s' is used in %s article %s (%s) at %s:%ld "
		   "and here in %s article %s (%s); expected the members of "
		   "an alternative in one article and dimension",
		   ind->alternative, set->instruments[first->instrument].code,
		   set->instruments[first->instrument]
			   .articles[first->article].label,
		   set->dimensions[first->dimension], first->file, first->line,
		   set->instruments[ind->instrument].code,
		   set->instruments[ind->instrument].articles[ind->article].label,
		   set->dimensions[ind->dimension]);
}

/* Group the scored indicators into units (see indset.h). */
bool indset_make_units(struct indset *set, struct diag_list *diags)
{
	struct strmap labels;	/* alternative label -> unit */
	size_t cap = 0;
	bool ok = true;

	strmap_init(&labels);
	for (size_t i = 0; i < set->count; i++) {
		struct indicator *ind = &set->items[i];
		size_t u;

		ind->unit = INDSET_NO_UNIT;
		if (!is_unit_member(ind)) {
			if (ind->alternative)
				diag_warning(diags, ind->file, ind->line,
					     "alternative", "alternative '%s' is "
					     "ignored on a %s indicator, which is "
					     "never scored", ind->alternative,
					     ind->role == INDICATOR_SCREENING
						     ? "screening" : "text");
			continue;
		}
		if (!ind->alternative ||
		    !strmap_get(&labels, ind->alternative, &u)) {
			ind->unit = new_unit(set, &cap, i);
			if (ind->alternative)
				strmap_put(&labels, ind->alternative, ind->unit);
			continue;
		}
		if (set->units[u].instrument != ind->instrument ||
		    set->units[u].article != ind->article ||
		    set->units[u].dimension != ind->dimension) {
			label_clash(set, &set->units[u], ind, diags);
			ok = false;
			continue;
		}
		join_unit(&set->units[u], ind, i);
		ind->unit = u;
	}
	strmap_release(&labels);
	return ok;
}

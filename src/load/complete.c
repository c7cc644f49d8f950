/* SPDX-License-Identifier: Apache-2.0 */
/*
 * complete.c - counting each expert's answered, missing and n/a
 * questions per instrument (see complete.h).
 */
#include "config.h"
#include "load/complete.h"
#include "base/xalloc.h"

#include <stdlib.h>
#include <string.h>

/* Does row give a reason for its answer: evidence or a comment? */
static bool has_reason(const struct expert_answer *row)
{
	return (row->evidence && row->evidence[0]) ||
	       (row->comment && row->comment[0]);
}

/* Count row into c. */
static void count_row(struct completeness *c, const struct expert_answer *row)
{
	switch (row->cls) {
	case ANSWER_SCORED:
	case ANSWER_TEXT_GIVEN:
		c->answered++;
		break;
	case ANSWER_MISSING:
		c->missing++;
		break;
	case ANSWER_NA:
		if (has_reason(row))
			c->na_reason++;
		else
			c->na_bare++;
		break;
	}
}

/* Row of each (expert, indicator) of as, plus one (0: none), for the
 * follow-ups' parents; nind indicators. Caller frees. */
static size_t *index_rows(const struct assessment *as, size_t nind)
{
	size_t *at = xcalloc(as->nexperts * nind + 1, sizeof(*at));

	for (size_t r = 0; r < as->nrows; r++)
		at[as->rows[r].expert * nind + as->rows[r].indicator] = r + 1;
	return at;
}

/* Is indicator i not put to expert e: a follow-up whose parent the
 * expert answered so that it does not apply, or whose parent is itself
 * not put to them? A parent without a score (missing, n/a, no row)
 * leaves it asked, as in scoring. */
static bool not_asked(const struct indset *set, const struct assessment *as,
		      const size_t *at, size_t e, size_t i)
{
	/* depends_on has no cycle (indset_finish); the count bounds it. */
	for (size_t depth = 0; depth < set->count; depth++) {
		const struct indicator *ind = &set->items[i];
		size_t r;

		if (!ind->has_parent)
			return false;
		r = at[e * set->count + ind->parent];
		if (r && as->rows[r - 1].cls == ANSWER_SCORED)
			return !indicator_follow_up_applies(
				ind, true, as->rows[r - 1].score);
		i = ind->parent;
	}
	return false;
}

/* Append the counts of assessment a (nins instruments) to *out. */
static void count_assessment(const struct tally *t, size_t a,
			     struct completeness **out, size_t *n,
			     size_t *cap)
{
	const struct assessment *as = &t->items[a];
	size_t nins = t->set->ninstruments;
	struct completeness *grid = xcalloc(as->nexperts * nins + 1,
					    sizeof(*grid));
	bool *seen = xcalloc(as->nexperts * nins + 1, sizeof(*seen));
	size_t *at = index_rows(as, t->set->count);

	for (size_t r = 0; r < as->nrows; r++) {
		const struct expert_answer *row = &as->rows[r];
		size_t ins = t->set->items[row->indicator].instrument;
		size_t k = row->expert * nins + ins;

		seen[k] = true;
		if (row->cls == ANSWER_MISSING &&
		    not_asked(t->set, as, at, row->expert, row->indicator))
			grid[k].not_asked++;
		else
			count_row(&grid[k], row);
	}
	for (size_t k = 0; k < as->nexperts * nins; k++) {
		if (!seen[k])
			continue;
		GROW(*out, *cap, *n + 1);
		grid[k].assessment = a;
		grid[k].expert = k / nins;
		grid[k].instrument = k % nins;
		(*out)[(*n)++] = grid[k];
	}
	free(at);
	free(grid);
	free(seen);
}

/* Every assessment in order. */
struct completeness *completeness_count(const struct tally *t, size_t *n)
{
	struct completeness *out = NULL;
	size_t cap = 0;

	*n = 0;
	for (size_t a = 0; a < t->count; a++)
		count_assessment(t, a, &out, n, &cap);
	return out;
}

/* Questions, and not one answered or n/a. */
bool completeness_blank(const struct completeness *c)
{
	return c->missing > 0 && !c->answered && !c->na_reason && !c->na_bare;
}

/* One error per missing answer, where its row is. */
size_t completeness_require(const struct tally *t, struct diag_list *dl)
{
	size_t n = 0;

	for (size_t a = 0; a < t->count; a++) {
		const struct assessment *as = &t->items[a];

		size_t *at = index_rows(as, t->set->count);

		for (size_t r = 0; r < as->nrows; r++) {
			const struct expert_answer *row = &as->rows[r];

			if (row->cls != ANSWER_MISSING ||
			    not_asked(t->set, as, at, row->expert,
				      row->indicator))
				continue;
			diag_add_sheet(dl, DIAG_ERROR, row->file, row->sheet,
				       row->line, "answer", "answer of expert "
				       "'%s' to '%s' is missing; expected an "
				       "answer or n/a (--require-complete)",
				       as->experts[row->expert],
				       t->set->items[row->indicator].id);
			n++;
		}
		free(at);
	}
	return n;
}

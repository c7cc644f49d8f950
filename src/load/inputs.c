/* SPDX-License-Identifier: Apache-2.0 */
/*
 * inputs.c - the loading sequence shared by every command: all indicator
 * files (so one run reports the errors of all of them), depends_on
 * resolved across files, then the answers against the finished set.
 */
#include "config.h"
#include "load/inputs.h"
#include "load/answers.h"

#include <string.h>

/* An empty set and a tally over it. */
void inputs_init(struct inputs *in)
{
	memset(in, 0, sizeof(*in));
	indset_init(&in->set);
	tally_init(&in->tally, &in->set);
	countries_init(&in->countries);
}

/* Name every assessment's country (see inputs.h). */
void inputs_name_countries(struct inputs *in)
{
	for (size_t i = 0; i < in->tally.count; i++)
		in->tally.items[i].country_name =
			countries_name(&in->countries,
				       in->tally.items[i].country);
}

/* Free the tally, then the set it borrows. */
void inputs_release(struct inputs *in)
{
	tally_release(&in->tally);
	indset_release(&in->set);
	countries_release(&in->countries);
}

/* Every indicator file (so one run reports them all), then the answers. */
enum diag_status inputs_load(struct inputs *in, char *const *indicator_paths,
			     size_t nindicator_paths,
			     char *const *answer_paths, size_t nanswer_paths,
			     struct diag_list *diags)
{
	enum diag_status st = DIAG_OK;

	for (size_t i = 0; i < nindicator_paths; i++)
		st = diag_status_worst(st, indset_load(&in->set,
						       indicator_paths[i],
						       &in->read, diags));
	if (st == DIAG_OK && !indset_finish(&in->set, diags))
		st = DIAG_INVALID;
	if (st != DIAG_OK)
		return st;
	for (size_t i = 0; i < nanswer_paths; i++)
		st = diag_status_worst(st, answers_load(&in->tally,
							answer_paths[i],
							in->layout, &in->read,
							diags));
	/* Sorting finds duplicate answers: report them with the rest. */
	if (st != DIAG_SYSTEM && !tally_sort(&in->tally, diags))
		st = DIAG_INVALID;
	return st;
}

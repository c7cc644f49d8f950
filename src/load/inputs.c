/*
 * inputs.c - the loading sequence shared by every command: all indicator
 * files (so one run reports the errors of all of them), depends_on
 * resolved across files, then the answers against the finished set.
 */
#include "config.h"
#include "load/inputs.h"
#include "load/answers.h"

#include <string.h>

void inputs_init(struct inputs *in)
{
	memset(in, 0, sizeof(*in));
	indset_init(&in->set);
	tally_init(&in->tally, &in->set);
}

void inputs_release(struct inputs *in)
{
	tally_release(&in->tally);
	indset_release(&in->set);
}

/* Fold one file's status into the run's: system errors win. */
static enum inputs_status worse(enum inputs_status s, enum csvin_status f)
{
	if (f == CSVIN_SYSTEM)
		return INPUTS_SYSTEM;
	if (f == CSVIN_INVALID && s == INPUTS_OK)
		return INPUTS_INVALID;
	return s;
}

enum inputs_status inputs_load(struct inputs *in, char *const *indicator_paths,
			       size_t nindicator_paths,
			       char *const *answer_paths, size_t nanswer_paths,
			       struct diag_list *diags)
{
	enum inputs_status st = INPUTS_OK;

	for (size_t i = 0; i < nindicator_paths; i++)
		st = worse(st, indset_load(&in->set, indicator_paths[i], diags));
	if (st == INPUTS_OK && !indset_finish(&in->set, diags))
		st = INPUTS_INVALID;
	if (st != INPUTS_OK)
		return st;
	for (size_t i = 0; i < nanswer_paths; i++)
		st = worse(st, answers_load_layout(&in->tally, answer_paths[i],
						   in->layout, diags));
	/* Sorting finds duplicate answers: report them with the rest. */
	if (st != INPUTS_SYSTEM && !tally_sort(&in->tally, diags) &&
	    st == INPUTS_OK)
		st = INPUTS_INVALID;
	return st;
}

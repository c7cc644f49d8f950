/* SPDX-License-Identifier: Apache-2.0 */
/*
 * inputs.h - everything one run reads: the indicator sets, then the
 * answers, checked in full before anything is written.
 */
#ifndef INPUTS_H
#define INPUTS_H

#include <stddef.h>

#include "load/answers.h"
#include "load/countries.h"
#include "base/diag.h"
#include "load/indset.h"
#include "load/tally.h"

struct inputs {
	struct indset set;
	struct tally tally;
	struct countries countries;	/* the user's names, beside the
					 * built-in ones */
	enum answers_layout layout;	/* of the answers files; AUTO by default */
	struct csvin_options read;	/* how every file is read (the
					 * delimiter): the defaults unless
					 * set */
};

void inputs_init(struct inputs *in);
void inputs_release(struct inputs *in);

/*
 * Load every indicator file, then (when they are valid) every answers
 * file, collecting all diagnostics. The tally is sorted unless a file
 * could not be read. Returns the worst status of the files: DIAG_SYSTEM
 * when one could not be read, DIAG_INVALID on any error in the data.
 */
enum diag_status inputs_load(struct inputs *in, char *const *indicator_paths,
			     size_t nindicator_paths,
			     char *const *answer_paths, size_t nanswer_paths,
			     struct diag_list *diags);

/* Give every assessment its country's name (the user's, else the
 * built-in one, else the code), after the countries file is read. */
void inputs_name_countries(struct inputs *in);

#endif

/*
 * inputs.h - everything one run reads: the indicator sets, then the
 * answers, checked in full before anything is written.
 */
#ifndef INPUTS_H
#define INPUTS_H

#include <stddef.h>

#include "load/answers.h"
#include "base/diag.h"
#include "load/indset.h"
#include "load/tally.h"

enum inputs_status {
	INPUTS_OK,
	INPUTS_INVALID,		/* errors in the data */
	INPUTS_SYSTEM,		/* a file could not be read */
};

struct inputs {
	struct indset set;
	struct tally tally;
	enum answers_layout layout;	/* of the answers files; AUTO by default */
};

void inputs_init(struct inputs *in);
void inputs_release(struct inputs *in);

/*
 * Load every indicator file, then (when they are valid) every answers
 * file, collecting all diagnostics. The tally is sorted on success.
 */
enum inputs_status inputs_load(struct inputs *in, char *const *indicator_paths,
			       size_t nindicator_paths,
			       char *const *answer_paths, size_t nanswer_paths,
			       struct diag_list *diags);

#endif

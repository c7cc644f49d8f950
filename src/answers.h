/*
 * answers.h - reading answer CSV files (long format: one row per expert,
 * indicator and assessment) into a tally, checking every cell.
 */
#ifndef ANSWERS_H
#define ANSWERS_H

#include "csvin.h"
#include "diag.h"
#include "tally.h"

/*
 * Read one answers file into t in a single streaming pass. Every error
 * of the file (up to DIAG_FILE_ERROR_CAP) goes to diags. Returns
 * CSVIN_SYSTEM when the file cannot be read, CSVIN_INVALID on any error.
 */
enum csvin_status answers_load(struct tally *t, const char *path,
			       struct diag_list *diags);

/* Is s a valid round label (also safe as a directory name)? */
bool answers_valid_round(const char *s);
/* Is s a valid ISO 3166-1 alpha-3 country code ([A-Z]{3})? */
bool answers_valid_country(const char *s);

#endif

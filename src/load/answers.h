/* SPDX-License-Identifier: Apache-2.0 */
/*
 * answers.h - reading answer CSV files into a tally, checking every cell.
 *
 * Two layouts carry the same answers:
 *   long  one row per expert, indicator and assessment: columns country,
 *         round, expert, indicator, answer and optionally confidence,
 *         evidence, good_practice and comment.
 *   wide  one row per expert and assessment, as survey tools export it:
 *         columns country, round, expert, then one column per indicator
 *         id holding that expert's answer to it, and optionally
 *         confidence:ID, evidence:ID, good_practice:ID and comment:ID
 *         beside it. An empty cell is a missing answer, exactly as an
 *         empty answer in the long layout (the expert is counted as
 *         having been asked). Every other column is an error, so that a
 *         mistyped id cannot drop a column unnoticed.
 * Both are checked by the same rules and give the same tally. An answers
 * file may also be an XLSX workbook (load/xlsxin.h): each visible sheet
 * is read as one answers table with its own header, in either layout,
 * and messages name FILE:SHEET:ROW:COLUMN.
 */
#ifndef ANSWERS_H
#define ANSWERS_H

#include "base/diag.h"
#include "load/csvin.h"
#include "load/tally.h"

enum answers_layout {
	ANSWERS_AUTO = 0,	/* wide when the header has country, round
				 * and expert, no indicator and no answer
				 * column, and at least one column named
				 * after an indicator of the set; else long */
	ANSWERS_LONG,
	ANSWERS_WIDE,		/* forced: a long header is an error */
};

/*
 * Read one answers file in the given layout into t (whose indicator set
 * must be complete) in a single streaming pass. Every error of the file
 * (up to DIAG_FILE_ERROR_CAP) goes to diags as FILE:LINE:COLUMN, COLUMN
 * being the header name (in the wide layout: the indicator id). Returns
 * DIAG_SYSTEM when the file cannot be read, DIAG_INVALID on any error.
 * Duplicate answers are found later, by tally_sort, across files.
 */
enum diag_status answers_load(struct tally *t, const char *path,
			      enum answers_layout layout,
			      const struct csvin_options *opts,
			      struct diag_list *diags);

/* Is s a valid round label (also safe as a directory name)? */
bool answers_valid_round(const char *s);
/* Is s a valid ISO 3166-1 alpha-3 country code ([A-Z]{3})? */
bool answers_valid_country(const char *s);

#endif

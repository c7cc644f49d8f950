/* SPDX-License-Identifier: Apache-2.0 */
/*
 * panel.h - the panel's side of a report (see panel.c): agreement
 * between experts, disagreements and unsupported answers, added to a
 * result that score_assessment produced. Pure: no I/O.
 */
#ifndef PANEL_H
#define PANEL_H

#include "score/score.h"

/* Fill r's agreement statistics, disagreements and (when its options
 * carry citation rules) unsupported flags. */
void panel_review(struct score_result *r);

/* How many scored answers list holds, and their lowest and highest
 * scores (*lo and *hi untouched when none). */
size_t panel_spread(struct answer_list list, double *lo, double *hi);

#endif

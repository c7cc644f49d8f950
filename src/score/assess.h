/* SPDX-License-Identifier: Apache-2.0 */
/*
 * assess.h - the whole review of one assessment, as its report shows it:
 * the scores (score_assessment), the panel's agreement, disagreements and
 * evidence checks (panel_review) and, when the options ask for it, the
 * bootstrap intervals (bootstrap_intervals). Each of those is a separate
 * stage; this only runs them in order.
 */
#ifndef ASSESS_H
#define ASSESS_H

#include "score/score.h"

/* Score as and review its panel; the caller frees the result with
 * score_result_free. The result borrows set and as. */
struct score_result *assess(const struct indset *set,
			    const struct assessment *as,
			    const struct score_options *opt);

#endif

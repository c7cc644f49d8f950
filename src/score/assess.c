/* SPDX-License-Identifier: Apache-2.0 */
/*
 * assess.c - scoring, the panel's review and the bootstrap, in order
 * (see assess.h).
 */
#include "config.h"
#include "score/assess.h"
#include "score/bootstrap.h"
#include "score/panel.h"

/* Score as, then review the panel and resample it when asked. */
struct score_result *assess(const struct indset *set,
			    const struct assessment *as,
			    const struct score_options *opt)
{
	struct score_result *r = score_assessment(set, as, opt);

	panel_review(r);
	if (opt->bootstrap > 0)
		bootstrap_intervals(r, as);
	return r;
}

/* SPDX-License-Identifier: Apache-2.0 */
/*
 * progress.h - how the core tells the command line how far a long run
 * has got, without printing: a callback and its context, carried in the
 * options of the work (struct tally for loading, struct publish_options
 * for writing). The core calls it often (every answer read, every
 * document written); the callee decides what to show and how often.
 * An unset callback costs one test.
 */
#ifndef PROGRESS_H
#define PROGRESS_H

#include <stddef.h>

/* What has progressed. */
enum progress_what {
	PROGRESS_ANSWERS_READ,		/* done: answers read so far;
					 * total: 0 (not known) */
	PROGRESS_ASSESSMENTS_SCORED,	/* done of total assessments */
	PROGRESS_DOCUMENTS_WRITTEN,	/* done of total documents */
};

struct progress {
	/* NULL: nobody listens. */
	void (*report)(void *ctx, enum progress_what what, size_t done,
		       size_t total);
	void *ctx;
};

/* Tell p's listener, if any. */
static inline void progress_report(const struct progress *p,
				   enum progress_what what, size_t done,
				   size_t total)
{
	if (p->report)
		p->report(p->ctx, what, done, total);
}

#endif

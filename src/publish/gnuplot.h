/* SPDX-License-Identifier: Apache-2.0 */
/*
 * gnuplot.h - running gnuplot, the only program gapscore starts. The
 * program is given as a path or a name looked up on PATH; it runs
 * without a shell, with default settings (-d), standard input from
 * /dev/null and its output in DIR/gnuplot.log, in a process group of its
 * own that is killed whole after the time limit.
 */
#ifndef GNUPLOT_H
#define GNUPLOT_H

#include <stdbool.h>
#include <stddef.h>

enum gnuplot_status {
	GNUPLOT_OK,
	GNUPLOT_NOT_FOUND,	/* no such program (gnuplot not installed) */
	GNUPLOT_FAILED,		/* failed, crashed or ran past the limit */
};

/*
 * A pool: at most jobs gnuplot processes at once (capped at
 * INTERRUPT_MAX_GROUPS), each with its own directory and log and its own
 * time limit of timeout_seconds, counted from its start. A signal stops
 * them all.
 */
struct gnuplot_pool;

/* How one gnuplot of a pool ended. */
struct gnuplot_end {
	size_t tag;			/* as given to gnuplot_pool_start */
	enum gnuplot_status status;	/* GNUPLOT_OK or GNUPLOT_FAILED */
	bool timed_out;			/* stopped at its time limit */
	char *error;			/* why it failed (caller frees) */
};

/* GNUPLOT_NOT_FOUND (and *out NULL) when gnuplot is not there. */
enum gnuplot_status gnuplot_pool_new(const char *gnuplot, size_t jobs,
				     double timeout_seconds,
				     struct gnuplot_pool **out);
/* Stop whatever still runs, and free the pool. */
void gnuplot_pool_free(struct gnuplot_pool *p);
/* Is there room to start another? */
bool gnuplot_pool_has_room(const struct gnuplot_pool *p);
/* How many run. */
size_t gnuplot_pool_running(const struct gnuplot_pool *p);
/* Start gnuplot -d script in dir (its log: dir/gnuplot.log), known as
 * tag; false with *err (caller frees) when it cannot be started. */
bool gnuplot_pool_start(struct gnuplot_pool *p, const char *dir,
			const char *script, size_t tag, char **err);
/* Wait until one of those running ends or is stopped, and say how in
 * *end; false when none runs. */
bool gnuplot_pool_wait(struct gnuplot_pool *p, struct gnuplot_end *end);

/* The last lines of gnuplot's messages in dir (caller frees). */
char *gnuplot_log_tail(const char *dir);

#endif

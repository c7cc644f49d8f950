/* SPDX-License-Identifier: Apache-2.0 */
/*
 * chart-draw.c - drawing a batch of planned charts with a pool of gnuplot
 * processes (see chart_batch_run in chart.h). The sets are cut into runs
 * of consecutive sets; each run gets a directory of its own, pNNNNN, with
 * a script that visits each set's directory and loads its charts.gp once
 * (a page inlines the very files drawn), and its own gnuplot.log. A set
 * counts as drawn when every chart it planned is there and not empty.
 */
#include "config.h"
#include "publish/chart.h"
#include "publish/chart-int.h"
#include "publish/gnuplot.h"
#include "base/interrupt.h"
#include "base/strbuf.h"
#include "base/xalloc.h"
#include "base/i18n.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* Consecutive sets [from, to) drawn by one gnuplot process. */
struct run {
	size_t from, to;
};

/* The state of one chart_batch_run. */
struct drawing {
	struct chart_batch *b;
	struct gnuplot_pool *pool;
	const char *gnuplot;
	struct run *queue;	/* runs to start, first at head */
	size_t head, nqueue, capqueue;
	struct run *active;	/* by tag: the run each process draws */
	size_t nactive, capactive;
	size_t ndrawn;		/* sets drawn so far */
	size_t nempty;		/* failures before any set was drawn */
	char *first_error;	/* the first reason a set was given up */
	const char *first_label;	/* and that set's label */
};

/* Queue [from, to) to be drawn. */
static void enqueue(struct drawing *d, size_t from, size_t to)
{
	if (from >= to)
		return;
	GROW(d->queue, d->capqueue, d->nqueue + 1);
	d->queue[d->nqueue].from = from;
	d->queue[d->nqueue++].to = to;
}

/* Cut the batch's sets into runs: spread over jobs, at most
 * CHART_SETS_PER_PROCESS each. */
static void plan_runs(struct drawing *d, size_t jobs)
{
	size_t n = d->b->nsets;
	size_t size = (n + jobs - 1) / jobs;

	if (size > CHART_SETS_PER_PROCESS)
		size = CHART_SETS_PER_PROCESS;
	if (size < 1)
		size = 1;
	for (size_t from = 0; from < n; from += size)
		enqueue(d, from, from + size < n ? from + size : n);
}

/* The script of a run: visit each set's directory from the run's own,
 * and load its charts.gp in the batch's format. Only generated names
 * reach it. */
static char *run_script(const struct chart_batch *b, const struct run *r)
{
	struct strbuf gp;

	strbuf_init(&gp);
	strbuf_addf(&gp, "# gapscore: draws chart sets %zu to %zu of this "
		    "run\ncd \"\\056\\056\"\n", r->from, r->to - 1);
	for (size_t i = r->from; i < r->to; i++) {
		strbuf_addf(&gp, "cd \"a%05zu\"\ngs_format = \"%s\"\n"
			    "gs_suffix = \"\"\nload \"charts\\056gp\"\n", i,
			    chart_format_ext(b->format));
		strbuf_adds(&gp, "cd \"\\056\\056\"\n");
	}
	return strbuf_detach(&gp);
}

/* Is every chart of the set there and not empty? The first missing
 * one's path into *missing (caller frees) when not. */
static bool set_complete(const struct chart_set *set, char **missing)
{
	for (size_t k = 0; k < set->count; k++) {
		char *p = xasprintf("%s/%s", set->dir, set->files[k].name);
		struct stat st;

		if (stat(p, &st) != 0 || st.st_size == 0) {
			*missing = p;
			return false;
		}
		free(p);
	}
	return true;
}

/* Start the next queued run; false with *err when gnuplot cannot be
 * started. */
static bool start_next(struct drawing *d, char **err)
{
	struct run r = d->queue[d->head++];
	char *dir = xasprintf("%s/p%05zu", d->b->tmpdir, d->nactive);
	char *script = run_script(d->b, &r);
	bool ok = mkdir(dir, 0700) == 0;

	if (!ok)
		*err = xasprintf(_("cannot create '%s': %s"), dir,
				 strerror(errno));
	else
		ok = chart_write_data(dir, "run.gp", script, err) &&
		     gnuplot_pool_start(d->pool, dir, "run.gp", d->nactive,
					err);
	GROW(d->active, d->capactive, d->nactive + 1);
	d->active[d->nactive++] = r;
	free(script);
	free(dir);
	return ok;
}

/* Give set i up for reason (copied). */
static void give_up(struct drawing *d, size_t i, const char *reason)
{
	struct chart_set *set = d->b->sets[i];

	if (set->drawn || set->error)
		return;
	set->error = xstrdup(reason);
	if (!d->first_error) {
		d->first_error = xstrdup(reason);
		d->first_label = set->label;
	}
}

/* A process that ended well: its sets are drawn, or say what is
 * missing. */
static void run_done(struct drawing *d, const struct run *r)
{
	for (size_t i = r->from; i < r->to; i++) {
		struct chart_set *set = d->b->sets[i];
		char *missing = NULL;

		if (set_complete(set, &missing)) {
			set->drawn = true;
			d->ndrawn++;
		} else {
			char *dir = xasprintf("%s/p%05zu", d->b->tmpdir,
					      (size_t)(r - d->active));
			char *tail = gnuplot_log_tail(dir);
			char *why = xasprintf(_("'%s' did not draw '%s': %s"),
					      d->gnuplot, missing, tail);
			give_up(d, i, why);
			free(why);
			free(tail);
			free(dir);
		}
		free(missing);
	}
}

/* A process that failed: keep the sets it drew; the one it was drawing
 * is given up, or tried alone once when time ran out among others; the
 * rest go to a new process. */
static void run_failed(struct drawing *d, const struct run *r,
		       const struct gnuplot_end *end)
{
	size_t i = r->from;
	char *missing = NULL;

	while (i < r->to && set_complete(d->b->sets[i], &missing)) {
		d->b->sets[i++]->drawn = true;
		d->ndrawn++;
	}
	free(missing);
	if (i == r->to)
		return;
	if (i == r->from && d->ndrawn == 0)
		d->nempty++;
	if (end->timed_out && r->to - r->from > 1)
		enqueue(d, i, i + 1);
	else
		give_up(d, i, end->error);
	enqueue(d, i + 1, r->to);
}

/* Give up every set not drawn yet, for reason. */
static void give_up_rest(struct drawing *d, const char *reason)
{
	for (size_t i = 0; i < d->b->nsets; i++)
		give_up(d, i, reason);
}

/* Start runs while there is room, and wait for one to end; false when
 * nothing is left to do. */
static bool step(struct drawing *d)
{
	struct gnuplot_end end;
	char *err = NULL;

	while (d->head < d->nqueue && gnuplot_pool_has_room(d->pool))
		if (!start_next(d, &err)) {
			give_up_rest(d, err);
			free(err);
			return false;
		}
	if (!gnuplot_pool_wait(d->pool, &end))
		return false;
	if (end.status == GNUPLOT_OK)
		run_done(d, &d->active[end.tag]);
	else
		run_failed(d, &d->active[end.tag], &end);
	if (interrupted() || (d->nempty >= 2 && d->ndrawn == 0)) {
		give_up_rest(d, end.error);
		free(end.error);
		return false;
	}
	free(end.error);
	return true;
}

/* What the run comes to, and why sets were given up. */
static enum chart_status outcome(struct drawing *d, char **err)
{
	size_t n = d->b->nsets;

	if (d->ndrawn == n)
		return CHART_OK;
	if (d->ndrawn == 0) {
		*err = d->first_error;
		d->first_error = NULL;
		return CHART_FAILED;
	}
	*err = xasprintf(_("%zu of %zu chart sets were not drawn; the first, "
			   "%s: %s"), n - d->ndrawn, n, d->first_label,
			 d->first_error);
	return CHART_PARTLY;
}

/* Draw every planned chart (see chart.h). */
enum chart_status chart_batch_run(struct chart_batch *b, const char *gnuplot,
				  double timeout_seconds, size_t jobs,
				  char **err)
{
	struct drawing d = { .b = b, .gnuplot = gnuplot };
	enum chart_status st;

	if (b->nsets == 0)
		return CHART_OK;
	if (jobs < 1)
		jobs = 1;
	if (jobs > CHART_MAX_JOBS)
		jobs = CHART_MAX_JOBS;
	if (gnuplot_pool_new(gnuplot, jobs, timeout_seconds, &d.pool) !=
	    GNUPLOT_OK) {
		for (size_t i = 0; i < b->nsets; i++)
			b->sets[i]->error = xasprintf(_("'%s' was not found"),
						      gnuplot);
		return CHART_NO_GNUPLOT;
	}
	plan_runs(&d, jobs);
	while (step(&d))
		;
	gnuplot_pool_free(d.pool);
	st = outcome(&d, err);
	free(d.first_error);
	free(d.queue);
	free(d.active);
	return st;
}

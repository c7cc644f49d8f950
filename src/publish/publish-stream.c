/* SPDX-License-Identifier: Apache-2.0 */
/*
 * publish-stream.c - the publish pipeline for documents made on demand
 * (see publish_stream in publish.h). The documents go a group at a time:
 * made in parallel by the pool's workers (base/workpool.h), told in
 * order, their charts planned and drawn as one batch, written in
 * parallel into staged folders, recorded in order, then released; so a
 * run holds one group, never every document. What is listed, counted
 * and staged is the same, in the same order, whatever the number of
 * workers.
 */
#include "config.h"
#include "publish/publish.h"
#include "publish/publish-int.h"
#include "base/cleanup.h"
#include "base/fsstage.h"
#include "base/interrupt.h"
#include "base/workpool.h"
#include "base/xalloc.h"

#include <stdlib.h>
#include <string.h>

/* Documents per worker in a group: without charts a few, enough to
 * keep the workers busy; with charts more, so that each gnuplot process
 * draws many sets. */
#define GROUP_PER_JOB 4
#define GROUP_PER_JOB_CHARTS 12

/* How the charts of the groups went, to be told as one run. */
struct chart_tally {
	bool off;		/* no more charts: the batch could not be made */
	size_t ngroups;		/* groups whose charts were drawn */
	size_t nsets, ndrawn;	/* chart sets planned, drawn */
	bool no_gnuplot;	/* gnuplot was not found */
	bool failed;		/* some set was not drawn */
	char *first_error;	/* the first group's reason */
	char *first_label;	/* the first set not drawn, in order */
	char *first_set_error;	/* and why */
};

/* One group of a stream in progress. */
struct group {
	const struct doc_stream *src;
	const struct publish_options *opt;
	size_t from, count;		/* documents [from, from + count) */
	struct document *docs;
	struct chart_batch *batch;	/* NULL without charts */
	struct chart_set **sets;	/* per document, or NULL */
	char **staged, **shown;		/* per document: its folders */
	struct publish_result *outs;	/* per document: what it wrote */
	bool *ok;
};

/* A worker's task: make document i of the group. */
static void make_task(void *ctx, size_t i)
{
	struct group *g = ctx;

	g->src->make(g->src->ctx, g->from + i, &g->docs[i]);
}

/* A worker's task: write document i of the group into its folder. */
static void write_task(void *ctx, size_t i)
{
	struct group *g = ctx;

	if (interrupted()) {
		g->outs[i].error = xstrdup("interrupted");
		return;
	}
	g->ok[i] = publish_write_document(&g->docs[i], g->staged[i],
					  g->shown[i], g->batch, g->sets[i],
					  g->opt, &g->outs[i]);
}

/* Count the group's sets in the tally, in order: the first not drawn
 * is the one a message names. */
static void tally_sets(struct chart_tally *t, const struct group *g,
		       enum chart_status cs, char *err)
{
	t->ngroups++;
	if (cs == CHART_NO_GNUPLOT)
		t->no_gnuplot = true;
	if (cs == CHART_PARTLY || cs == CHART_FAILED)
		t->failed = true;
	if (err && !t->first_error)
		t->first_error = err;
	else
		free(err);
	for (size_t i = 0; i < g->count; i++) {
		const struct chart_set *s = g->sets[i];
		if (!s)
			continue;
		t->nsets++;
		t->ndrawn += s->drawn;
		if (!s->drawn && cs != CHART_NO_GNUPLOT && !t->first_label) {
			t->first_label = xstrdup(s->label ? s->label : "");
			t->first_set_error =
				xstrdup(s->error ? s->error : "not drawn");
		}
	}
}

/* Plan the group's charts into a new batch and draw them; false when a
 * document's charts cannot be planned. */
static bool draw_group(struct group *g, struct chart_tally *t,
		       struct publish_result *out)
{
	const struct publish_options *opt = g->opt;
	char *err = NULL;
	enum chart_status cs;

	if (t->off || opt->charts == CHART_NONE ||
	    !g->docs[0].type->plan_charts)
		return true;
	g->batch = chart_batch_new(opt->charts, opt->lang, &err);
	if (!g->batch) {
		/* As publish_documents: the charts fail, not the reports. */
		t->off = t->failed = true;
		free(t->first_error);
		t->first_error = err;
		return true;
	}
	for (size_t i = 0; i < g->count; i++) {
		g->sets[i] = g->docs[i].type->plan_charts(
			g->batch, g->docs[i].subject, opt, &out->error);
		if (!g->sets[i])
			return false;
	}
	cs = chart_batch_run(g->batch, opt->gnuplot, opt->gnuplot_timeout,
			     opt->jobs, &err);
	tally_sets(t, g, cs, err);
	return true;
}

/* What the charts of every group come to, as publish_documents says it
 * of one batch; the reason into out->error. */
static enum publish_status charts_outcome(struct chart_tally *t,
					  struct publish_result *out)
{
	enum publish_status st = PUBLISH_OK;

	if (t->failed) {
		st = PUBLISH_CHARTS_FAILED;
		if (t->ngroups <= 1 || t->ndrawn == 0 || !t->first_label)
			out->error = t->first_error;
		else
			out->error = xasprintf(
				"%zu of %zu chart sets were not drawn; the "
				"first, %s: %s", t->nsets - t->ndrawn,
				t->nsets, t->first_label, t->first_set_error);
		if (out->error != t->first_error)
			free(t->first_error);
	} else {
		if (t->no_gnuplot)
			st = PUBLISH_NO_GNUPLOT;
		free(t->first_error);
	}
	free(t->first_label);
	free(t->first_set_error);
	return st;
}

/* Stage a folder for each document of the group; false (and *err) when
 * one cannot be made. */
static bool stage_group(struct group *g, struct fs_stage *stage,
			struct publish_result *out)
{
	for (size_t i = 0; i < g->count; i++) {
		g->staged[i] = fs_stage_folder(stage, &out->error);
		if (!g->staged[i])
			return false;
		g->shown[i] = xasprintf("%s/%s", g->opt->outdir,
					g->docs[i].dir);
	}
	return true;
}

/* Take what document i wrote into out, in order; its folder is queued
 * to be swapped in. False at the first document not written. */
static bool record(struct group *g, size_t i, struct fs_stage *stage,
		   struct publish_result *out)
{
	struct publish_result *r = &g->outs[i];
	char *staged;

	if (!g->ok[i]) {
		free(out->error);
		out->error = r->error ? r->error : xstrdup("not written");
		r->error = NULL;
		return false;
	}
	staged = g->staged[i];
	g->staged[i] = NULL;	/* the stage's now, even on failure */
	if (!fs_stage_add(stage, staged, g->docs[i].dir, &out->error))
		return false;
	for (size_t k = 0; k < r->nlisted; k++)
		publish_list_path(out, r->listed[k]);
	r->nlisted = 0;
	out->ncharts += r->ncharts;
	out->ndocuments++;
	return true;
}

/* Free the group and its documents; folders not queued are removed. */
static void release_group(struct group *g)
{
	for (size_t i = 0; i < g->count; i++) {
		if (g->staged[i]) {
			fs_remove_tree(g->staged[i]);
			free(g->staged[i]);
		}
		free(g->shown[i]);
		publish_result_release(&g->outs[i]);
		g->src->release(g->src->ctx, g->from + i, &g->docs[i]);
	}
	chart_batch_free(g->batch);
	free(g->docs);
	free(g->sets);
	free(g->staged);
	free(g->shown);
	free(g->outs);
	free(g->ok);
}

/* Make, tell, draw, write and record one group; false when the run
 * fails (out->error says why). */
static bool run_group(struct group *g, struct fs_stage *stage,
		      struct chart_tally *t, size_t *done,
		      struct publish_result *out)
{
	const struct doc_stream *src = g->src;
	size_t total = publish_counted(src->type) ? src->count : 0;
	bool ok;

	workpool_run(g->count, g->opt->jobs, make_task, g);
	for (size_t i = 0; src->made && i < g->count; i++)
		src->made(src->ctx, g->from + i, &g->docs[i]);
	ok = draw_group(g, t, out) && stage_group(g, stage, out);
	if (ok)
		workpool_run(g->count, g->opt->jobs, write_task, g);
	for (size_t i = 0; ok && i < g->count; i++) {
		ok = record(g, i, stage, out);
		if (ok && total)
			progress_report(&g->opt->progress,
					PROGRESS_DOCUMENTS_WRITTEN, ++*done,
					total);
	}
	return ok;
}

/* A new group of count documents from from. */
static void group_init(struct group *g, const struct doc_stream *src,
		       const struct publish_options *opt, size_t from,
		       size_t count)
{
	*g = (struct group){ .src = src, .opt = opt, .from = from,
			     .count = count };
	g->docs = xcalloc(count, sizeof(*g->docs));
	g->sets = xcalloc(count, sizeof(*g->sets));
	g->staged = xcalloc(count, sizeof(*g->staged));
	g->shown = xcalloc(count, sizeof(*g->shown));
	g->outs = xcalloc(count, sizeof(*g->outs));
	g->ok = xcalloc(count, sizeof(*g->ok));
}

/* Every document of the stream, a group at a time; the outcome of the
 * charts, or PUBLISH_FAILED. */
static enum publish_status stream_groups(const struct doc_stream *src,
					 struct fs_stage *stage,
					 const struct publish_options *opt,
					 struct publish_result *out)
{
	bool charts = opt->charts != CHART_NONE && src->type->plan_charts;
	size_t jobs = opt->jobs ? opt->jobs : 1;
	size_t size = jobs * (charts ? GROUP_PER_JOB_CHARTS : GROUP_PER_JOB);
	struct chart_tally t = { 0 };
	size_t done = 0;
	bool ok = true;

	for (size_t from = 0; ok && from < src->count; from += size) {
		struct group g;
		size_t count = src->count - from < size ? src->count - from
							: size;
		if (interrupted()) {
			free(out->error);
			out->error = xstrdup("interrupted");
			ok = false;
			break;
		}
		group_init(&g, src, opt, from, count);
		ok = run_group(&g, stage, &t, &done, out);
		release_group(&g);
	}
	if (ok)
		return charts_outcome(&t, out);
	free(t.first_error);
	free(t.first_label);
	free(t.first_set_error);
	return PUBLISH_FAILED;
}

/* Make, draw and write the stream's documents, then the tail's (see
 * publish.h). */
enum publish_status publish_stream(const struct doc_stream *src,
				   const struct document *tail, size_t ntail,
				   const struct publish_options *opt,
				   struct publish_result *out)
{
	struct fs_stage stage = { .lock_fd = -1 };
	struct chart_set **sets = xcalloc(ntail + 1, sizeof(*sets));
	enum publish_status st;

	memset(out, 0, sizeof(*out));
	if (!fs_stage_open(&stage, opt->outdir, &out->error)) {
		free(sets);
		return PUBLISH_FAILED;
	}
	st = stream_groups(src, &stage, opt, out);
	if (st != PUBLISH_FAILED)
		st = publish_write_documents(tail, ntail, &stage, NULL, sets,
					     st, opt, out);
	/* Every folder at once, last, as publish_documents does. */
	if (st != PUBLISH_FAILED && !fs_stage_commit(&stage, &out->error))
		st = PUBLISH_FAILED;
	fs_stage_close(&stage);
	free(sets);
	return st;
}

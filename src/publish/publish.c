/* SPDX-License-Identifier: Apache-2.0 */
/*
 * publish.c - the publish pipeline (see publish.h): plan every
 * document's charts into one batch, draw them with one gnuplot run, then
 * write each document's files and move its charts beside them. Without
 * gnuplot, or when it fails, the documents are still written, with no
 * charts listed. Folders are staged and swapped in together at the end
 * (base/fsstage.h). It knows document types only through their table rows.
 */
#include "config.h"
#include "publish/publish.h"
#include "publish/publish-int.h"
#include "base/cleanup.h"
#include "base/fsstage.h"
#include "base/fsutil.h"
#include "base/interrupt.h"
#include "base/sink.h"
#include "base/strbuf.h"
#include "base/xalloc.h"
#include "base/i18n.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The stdio buffer of each file written, in bytes. */
#define WRITE_BUFFER (1 << 16)

/* Free what a run recorded. */
void publish_result_release(struct publish_result *out)
{
	for (size_t i = 0; i < out->nlisted; i++)
		free(out->listed[i]);
	free(out->listed);
	free(out->error);
	memset(out, 0, sizeof(*out));
}

/* Record path (taken) as written. */
void publish_list_path(struct publish_result *out, char *path)
{
	out->listed = xrealloc(out->listed,
			       (out->nlisted + 1) * sizeof(*out->listed));
	out->listed[out->nlisted++] = path;
}

/* Does some document ask for charts? */
static bool wants_charts(const struct document *docs, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (docs[i].type->plan_charts)
			return true;
	return false;
}

/* Plan every document's charts and draw them; sets[i] is NULL where a
 * document has none. */
static enum publish_status draw_charts(struct chart_batch *batch,
				       const struct document *docs, size_t n,
				       struct chart_set **sets,
				       const struct publish_options *opt,
				       struct publish_result *out)
{
	for (size_t i = 0; i < n; i++) {
		if (!docs[i].type->plan_charts)
			continue;
		sets[i] = docs[i].type->plan_charts(batch, docs[i].subject, opt,
						    &out->error);
		if (!sets[i])
			return PUBLISH_FAILED;
	}
	switch (chart_batch_run(batch, opt->gnuplot, opt->gnuplot_timeout,
				opt->jobs, &out->error)) {
	case CHART_OK:
		return PUBLISH_OK;
	case CHART_NO_GNUPLOT:
		return PUBLISH_NO_GNUPLOT;
	case CHART_PARTLY:
	case CHART_FAILED:
		break;
	}
	return PUBLISH_CHARTS_FAILED;
}

/* Write one output to standard output. */
static bool write_stdout(const struct doc_output *o, const void *subject,
			 const struct doc_context *ctx,
			 struct publish_result *out)
{
	struct sink s;

	sink_init_file(&s, stdout);
	if (!o->write(&s, subject, ctx))
		return false;
	if (sink_failed(&s)) {
		out->error = xasprintf(_("cannot write to standard output: %s"),
				       strerror(s.error));
		return false;
	}
	return true;
}

/* Write one output in place at path: a device or a FIFO given as the
 * document's path, which renaming over would replace. */
static bool write_in_place(const struct doc_output *o, const void *subject,
			   const struct doc_context *ctx, const char *path,
			   struct publish_result *out)
{
	FILE *fp = fopen(path, "wb");
	struct sink s;
	bool ok;

	if (!fp) {
		out->error = xasprintf(_("cannot write '%s': %s"), path,
				       strerror(errno));
		return false;
	}
	sink_init_file(&s, fp);
	ok = o->write(&s, subject, ctx);
	if (fclose(fp) != 0 && !s.error)
		s.error = errno;
	if (ok && sink_failed(&s)) {
		out->error = xasprintf(_("cannot write '%s': %s"), path,
				       strerror(s.error));
		ok = false;
	}
	return ok;
}

/* Write one output file atomically at path (taken); list it as shown
 * (taken; NULL: as path). */
static bool write_file(const struct doc_output *o, const void *subject,
		       const struct doc_context *ctx, char *path, char *shown,
		       struct publish_result *out)
{
	struct fs_atomic f;
	struct sink s;
	bool ok = fs_atomic_open(&f, path, &out->error);
	/* Large writes: a report is megabytes, stdio's default buffer a
	 * few KiB (and glibc ignores setvbuf's size without a buffer). */
	char *buffer = ok ? xmalloc(WRITE_BUFFER) : NULL;

	if (ok) {
		setvbuf(f.fp, buffer, _IOFBF, WRITE_BUFFER);
		sink_init_file(&s, f.fp);
		ok = o->write(&s, subject, ctx);
		if (ok && sink_failed(&s)) {
			out->error = xasprintf(_("cannot write '%s': %s"), f.tmp,
					       strerror(s.error));
			ok = false;
		}
		if (!ok)
			fs_atomic_abort(&f);
		else
			ok = fs_atomic_commit(&f, &out->error);
	}
	free(buffer);		/* the stream is closed */
	if (ok && o->listed)
		publish_list_path(out, shown ? shown : xstrdup(path));
	else
		free(shown);
	free(path);
	return ok;
}

/* Write one output of doc: to standard output, in place (a device or a
 * FIFO), or atomically into dir, shown as in shown_dir. */
static bool write_output(const struct document *doc,
			 const struct doc_output *o,
			 const struct doc_context *ctx, const char *dir,
			 const char *shown_dir, struct publish_result *out)
{
	if (!o->file && !strcmp(doc->path, "-"))
		return write_stdout(o, doc->subject, ctx, out);
	if (!o->file && fs_is_special(doc->path))
		return write_in_place(o, doc->subject, ctx, doc->path, out);
	if (!o->file)
		return write_file(o, doc->subject, ctx, xstrdup(doc->path),
				  NULL, out);
	return write_file(o, doc->subject, ctx,
			  xasprintf("%s/%s", dir, o->file),
			  xasprintf("%s/%s", shown_dir, o->file), out);
}

/* Write every output of one document into dir (shown as shown_dir),
 * then move its charts beside them (the outputs may read the charts'
 * SVG copies first). A set that was not drawn gives no charts, only
 * the reason. */
bool publish_write_document(const struct document *doc, const char *dir,
			    const char *shown_dir, struct chart_batch *batch,
			    const struct chart_set *planned,
			    const struct publish_options *opt,
			    struct publish_result *out)
{
	const struct chart_set *set =
		planned && planned->drawn ? planned : NULL;
	size_t nc = set ? set->count : 0;
	char **names = xcalloc(nc + 1, sizeof(*names));
	struct doc_context ctx = {
		opt, batch, set, names, nc,
		planned && !planned->drawn ? planned->error : NULL,
	};
	bool ok = true;

	for (size_t k = 0; k < nc; k++)
		names[k] = set->files[k].name;
	for (size_t k = 0; ok && k < doc->type->noutputs; k++)
		ok = write_output(doc, &doc->type->outputs[k], &ctx, dir,
				  shown_dir, out);
	if (ok && set)
		ok = chart_set_install(batch, set, dir, opt->keep_scripts,
				       &out->error);
	if (ok && set) {
		out->ncharts += nc;
		for (size_t k = 0; doc->type->charts_listed && k < nc; k++)
			publish_list_path(out, xasprintf("%s/%s", shown_dir,
							   names[k]));
	}
	free(names);
	return ok;
}

/* Write a document that has a folder of its own into a staged folder,
 * queued to be swapped in whole with the others at the end. */
static bool write_folder(struct fs_stage *stage, const struct document *doc,
			 struct chart_batch *batch,
			 const struct chart_set *set,
			 const struct publish_options *opt,
			 struct publish_result *out)
{
	char *staged = fs_stage_folder(stage, &out->error);
	char *shown = xasprintf("%s/%s", opt->outdir, doc->dir);
	bool ok = staged &&
		  publish_write_document(doc, staged, shown, batch, set, opt,
					 out);

	free(shown);
	if (ok)
		return fs_stage_add(stage, staged, doc->dir, &out->error);
	if (staged)
		fs_remove_tree(staged);
	free(staged);
	return false;
}

/* Is d one the user counts as written: does it name a file in the list?
 * (score's OUTDIR/scores.csv is written but not listed, so that progress
 * counts the reports only.) */
bool publish_counted(const struct doc_type *t)
{
	for (size_t k = 0; k < t->noutputs; k++)
		if (t->outputs[k].listed)
			return true;
	return t->charts_listed;
}

/* Write each document: a single file at its path; a folder of its own
 * staged and swapped in; else files into the output directory. */
enum publish_status publish_write_documents(const struct document *docs,
					    size_t n, struct fs_stage *stage,
					    struct chart_batch *batch,
					    struct chart_set **sets,
					    enum publish_status st,
					    const struct publish_options *opt,
					    struct publish_result *out)
{
	size_t total = 0, done = 0;

	for (size_t i = 0; i < n; i++)
		total += publish_counted(docs[i].type);
	for (size_t i = 0; i < n; i++) {
		/* A document gets its charts when they were all drawn,
		 * else the reason (write_document). */
		const struct chart_set *set = sets[i];
		bool ok;

		if (interrupted()) {
			free(out->error);	/* the charts' reason, if any */
			out->error = xstrdup("interrupted");
			return PUBLISH_FAILED;
		}
		if (docs[i].path)
			ok = publish_write_document(&docs[i], NULL, NULL, batch,
						    set, opt, out);
		else if (docs[i].dir)
			ok = write_folder(stage, &docs[i], batch, set, opt, out);
		else
			ok = publish_write_document(&docs[i], opt->outdir,
						    opt->outdir, batch, set,
						    opt, out);
		if (!ok)
			return PUBLISH_FAILED;
		out->ndocuments++;
		if (publish_counted(docs[i].type))
			progress_report(&opt->progress,
					PROGRESS_DOCUMENTS_WRITTEN, ++done,
					total);
	}
	return st;
}

/* Does some document write into the output directory? */
static bool uses_outdir(const struct document *docs, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!docs[i].path)
			return true;
	return false;
}

/* Draw the charts of the documents and write them (see publish.h). */
enum publish_status publish_documents(const struct document *docs, size_t n,
				      const struct publish_options *opt,
				      struct publish_result *out)
{
	struct chart_batch *batch = NULL;
	struct chart_set **sets = xcalloc(n + 1, sizeof(*sets));
	enum publish_status st = PUBLISH_OK;
	struct fs_stage stage = { .lock_fd = -1 };

	memset(out, 0, sizeof(*out));
	if (uses_outdir(docs, n) &&
	    !fs_stage_open(&stage, opt->outdir, &out->error)) {
		free(sets);
		return PUBLISH_FAILED;
	}
	if (opt->charts != CHART_NONE && wants_charts(docs, n)) {
		/* Without a temporary directory the charts fail, not the
		 * documents. */
		batch = chart_batch_new(opt->charts, opt->lang, &out->error);
		st = batch ? draw_charts(batch, docs, n, sets, opt, out)
			   : PUBLISH_CHARTS_FAILED;
	}
	if (st != PUBLISH_FAILED)
		st = publish_write_documents(docs, n, &stage, batch, sets, st, opt,
				     out);
	/* Every folder at once, last: a run that stopped before leaves the
	 * output directory as it was. */
	if (st != PUBLISH_FAILED && stage.dir &&
	    !fs_stage_commit(&stage, &out->error))
		st = PUBLISH_FAILED;
	chart_batch_free(batch);
	fs_stage_close(&stage);
	free(sets);
	return st;
}

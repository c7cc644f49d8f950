/*
 * publish.c - the publish pipeline (see publish.h): plan every
 * document's charts into one batch, draw them with one gnuplot run, then
 * write each document's files and move its charts beside them. Without
 * gnuplot, or when it fails, the documents are still written, with no
 * charts listed. It knows document types only through their table rows.
 */
#include "config.h"
#include "publish/publish.h"
#include "base/fsutil.h"
#include "base/sink.h"
#include "base/strbuf.h"
#include "base/xalloc.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
static void list_path(struct publish_result *out, char *path)
{
	out->listed = xrealloc(out->listed,
			       (out->nlisted + 1) * sizeof(*out->listed));
	out->listed[out->nlisted++] = path;
}

/* Does some document ask for charts (and for SVG copies for a page)? */
static bool wants_charts(const struct document *docs, size_t n,
			 bool *svg_for_html)
{
	bool any = false;

	*svg_for_html = false;
	for (size_t i = 0; i < n; i++)
		if (docs[i].type->plan_charts) {
			any = true;
			*svg_for_html = *svg_for_html ||
					docs[i].type->svg_for_html;
		}
	return any;
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
				&out->error)) {
	case CHART_OK:
		return PUBLISH_OK;
	case CHART_NO_GNUPLOT:
		return PUBLISH_NO_GNUPLOT;
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
		out->error = xasprintf("cannot write to standard output: %s",
				       strerror(s.error));
		return false;
	}
	return true;
}

/* Write one output file atomically at path (taken). */
static bool write_file(const struct doc_output *o, const void *subject,
		       const struct doc_context *ctx, char *path,
		       struct publish_result *out)
{
	struct fs_atomic f;
	struct sink s;
	bool ok;

	if (!fs_atomic_open(&f, path, &out->error)) {
		free(path);
		return false;
	}
	sink_init_file(&s, f.fp);
	ok = o->write(&s, subject, ctx);
	if (ok && sink_failed(&s)) {
		out->error = xasprintf("cannot write '%s': %s", f.tmp,
				       strerror(s.error));
		ok = false;
	}
	if (!ok) {
		fs_atomic_abort(&f);
		free(path);
		return false;
	}
	if (!fs_atomic_commit(&f, &out->error)) {
		free(path);
		return false;
	}
	if (o->listed)
		list_path(out, path);
	else
		free(path);
	return true;
}

/* Write every output of one document into dir, then move its charts
 * beside them (the outputs may read the charts' SVG copies first). */
static bool write_document(const struct document *doc, const char *dir,
			   struct chart_batch *batch,
			   const struct chart_set *set,
			   const struct publish_options *opt,
			   struct publish_result *out)
{
	size_t nc = set ? set->count : 0;
	char **names = xcalloc(nc + 1, sizeof(*names));
	struct doc_context ctx = { opt, batch, set, names, nc };
	bool ok = true;

	for (size_t k = 0; k < nc; k++)
		names[k] = set->files[k].name;
	for (size_t k = 0; ok && k < doc->type->noutputs; k++) {
		const struct doc_output *o = &doc->type->outputs[k];
		if (!o->file && !strcmp(doc->path, "-"))
			ok = write_stdout(o, doc->subject, &ctx, out);
		else
			ok = write_file(o, doc->subject, &ctx,
					o->file ? xasprintf("%s/%s", dir, o->file)
						: xstrdup(doc->path),
					out);
	}
	if (ok && set)
		ok = chart_set_install(batch, set, dir, opt->keep_scripts,
				       &out->error);
	if (ok && set) {
		out->ncharts += nc;
		for (size_t k = 0; doc->type->charts_listed && k < nc; k++)
			list_path(out, xasprintf("%s/%s", dir, names[k]));
	}
	free(names);
	return ok;
}

/* Write each document into its directory (created as needed). */
static enum publish_status write_documents(const struct document *docs,
					   size_t n, struct chart_batch *batch,
					   struct chart_set **sets,
					   enum publish_status st,
					   const struct publish_options *opt,
					   struct publish_result *out)
{
	for (size_t i = 0; i < n; i++) {
		char *dir = docs[i].dir ? xasprintf("%s/%s", opt->outdir,
						    docs[i].dir)
					: xstrdup(opt->outdir ? opt->outdir : ".");
		bool single = docs[i].path != NULL;
		bool ok = (single || fs_mkdirs(dir, &out->error)) &&
			  write_document(&docs[i], dir, batch,
					 st == PUBLISH_OK ? sets[i] : NULL, opt,
					 out);
		free(dir);
		if (!ok)
			return PUBLISH_FAILED;
		out->ndocuments++;
	}
	return st;
}

/* Draw the charts of the documents and write them (see publish.h). */
enum publish_status publish_documents(const struct document *docs, size_t n,
				      const struct publish_options *opt,
				      struct publish_result *out)
{
	struct chart_batch *batch = NULL;
	struct chart_set **sets = xcalloc(n + 1, sizeof(*sets));
	enum publish_status st = PUBLISH_OK;
	bool svg_for_html;

	memset(out, 0, sizeof(*out));
	if (opt->charts != CHART_NONE && wants_charts(docs, n, &svg_for_html)) {
		batch = chart_batch_new(opt->charts, svg_for_html, opt->lang,
					&out->error);
		st = batch ? draw_charts(batch, docs, n, sets, opt, out)
			   : PUBLISH_FAILED;
	}
	if (st != PUBLISH_FAILED)
		st = write_documents(docs, n, batch, sets, st, opt, out);
	chart_batch_free(batch);
	free(sets);
	return st;
}

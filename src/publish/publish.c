/*
 * publish.c - the output side of "score": plan the charts of every
 * assessment, draw them with one gnuplot run, then write each report
 * (JSON and HTML, the HTML with the charts inlined as SVG) atomically
 * beside its charts. Without gnuplot, or when it fails, the reports are
 * still written, with no charts listed.
 */
#include "config.h"
#include "publish/publish.h"
#include "base/fsutil.h"
#include "base/xalloc.h"
#include "base/strbuf.h"
#include "publish/html.h"
#include "publish/report.h"
#include "score/trend.h"

#include <stdlib.h>
#include <string.h>

void publish_result_release(struct publish_result *out)
{
	for (size_t i = 0; i < out->nreports; i++)
		free(out->reports[i]);
	free(out->reports);
	free(out->error);
	memset(out, 0, sizeof(*out));
}

/* Draw the charts of every result; sets[i] is NULL where none. */
static enum publish_status draw_charts(struct chart_batch *batch,
				       struct score_result *const *results,
				       size_t n, struct chart_set **sets,
				       const struct publish_options *opt,
				       struct publish_result *out)
{
	for (size_t i = 0; i < n; i++) {
		sets[i] = chart_batch_add(batch, results[i], &out->error);
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

/* Write report.json and report.html of one assessment into dir. */
static bool write_one(const struct score_result *r, const char *dir,
		      struct chart_batch *batch, const struct chart_set *set,
		      const struct publish_options *opt,
		      struct publish_result *out)
{
	size_t nc = set ? set->count : 0;
	char **names = xcalloc(nc ? nc : 1, sizeof(*names));
	struct html_chart *hc = xcalloc(nc ? nc : 1, sizeof(*hc));
	char **svgs = xcalloc(nc ? nc : 1, sizeof(*svgs));
	char *json, *html, *path;
	bool ok = true;

	/* Read the SVGs for the page before the charts move. */
	for (size_t k = 0; k < nc; k++) {
		names[k] = set->files[k].name;
		svgs[k] = chart_html_svg(batch, set, k);
		hc[k].caption = set->files[k].caption;
		hc[k].svg = svgs[k] ? svgs[k] : "";
		hc[k].instrument = set->files[k].instrument;
	}
	if (set)
		ok = chart_set_install(batch, set, dir, opt->keep_scripts,
				       &out->error);
	if (ok) {
		out->ncharts += nc;
		json = report_json(r, names, nc);
		path = xasprintf("%s/report.json", dir);
		ok = json && fs_write_atomic(path, json, strlen(json),
					     &out->error);
		if (ok) {
			out->reports = xrealloc(out->reports,
						(out->nreports + 1) *
							sizeof(*out->reports));
			out->reports[out->nreports++] = path;
		} else {
			free(path);
		}
		free(json);
	}
	if (ok) {
		html = html_report(r, nc ? hc : NULL, nc, opt->lang);
		path = xasprintf("%s/report.html", dir);
		ok = fs_write_atomic(path, html, strlen(html), &out->error);
		free(path);
		free(html);
	}
	for (size_t k = 0; k < nc; k++)
		free(svgs[k]);
	free(svgs);
	free(hc);
	free(names);
	return ok;
}

enum publish_status publish_reports(struct score_result *const *results,
				    size_t n,
				    const struct publish_options *opt,
				    struct publish_result *out)
{
	struct chart_batch *batch = NULL;
	struct chart_set **sets = xcalloc(n ? n : 1, sizeof(*sets));
	enum publish_status st = PUBLISH_OK;

	memset(out, 0, sizeof(*out));
	if (opt->charts != CHART_NONE) {
		batch = chart_batch_new(opt->charts, true, opt->lang,
					&out->error);
		st = batch ? draw_charts(batch, results, n, sets, opt, out)
			   : PUBLISH_FAILED;
		if (st == PUBLISH_FAILED) {
			chart_batch_free(batch);
			free(sets);
			return st;
		}
	}
	for (size_t i = 0; i < n; i++) {
		const struct assessment *as = results[i]->assessment;
		char *dir = xasprintf("%s/%s/%s", opt->outdir, as->country,
				      as->round);
		bool ok = fs_mkdirs(dir, &out->error) &&
			  write_one(results[i], dir, batch,
				    st == PUBLISH_OK ? sets[i] : NULL, opt, out);
		free(dir);
		if (!ok) {
			st = PUBLISH_FAILED;
			break;
		}
	}
	chart_batch_free(batch);
	free(sets);
	return st;
}

/* Charts and trend.json of one country into dir. */
static bool write_trend(const struct trend *tr, const char *dir,
			struct chart_batch *batch, const struct chart_set *set,
			const struct publish_options *opt,
			struct publish_result *out)
{
	size_t nc = set ? set->count : 0;
	char **names = xcalloc(nc ? nc : 1, sizeof(*names));
	char *json, *path;
	bool ok = true;

	for (size_t k = 0; k < nc; k++)
		names[k] = set->files[k].name;
	if (set)
		ok = chart_set_install(batch, set, dir, opt->keep_scripts,
				       &out->error);
	if (ok) {
		out->ncharts += nc;
		json = trend_json(tr, names, nc);
		path = xasprintf("%s/trend.json", dir);
		ok = json && fs_write_atomic(path, json, strlen(json),
					     &out->error);
		if (ok) {
			out->reports = xrealloc(out->reports,
						(out->nreports + 1) *
							sizeof(*out->reports));
			out->reports[out->nreports++] = path;
		} else {
			free(path);
		}
		free(json);
	}
	free(names);
	return ok;
}

enum publish_status publish_trends(struct trend *const *trends, size_t n,
				   const struct publish_options *opt,
				   struct publish_result *out)
{
	struct chart_batch *batch = NULL;
	struct chart_set **sets = xcalloc(n ? n : 1, sizeof(*sets));
	enum publish_status st = PUBLISH_OK;

	memset(out, 0, sizeof(*out));
	if (opt->charts != CHART_NONE) {
		batch = chart_batch_new(opt->charts, false, opt->lang,
					&out->error);
		if (!batch)
			st = PUBLISH_FAILED;
		for (size_t i = 0; st == PUBLISH_OK && i < n; i++)
			if (!(sets[i] = chart_batch_add_trend(batch, trends[i],
							      &out->error)))
				st = PUBLISH_FAILED;
		if (st == PUBLISH_OK)
			switch (chart_batch_run(batch, opt->gnuplot,
						opt->gnuplot_timeout,
						&out->error)) {
			case CHART_OK:
				break;
			case CHART_NO_GNUPLOT:
				st = PUBLISH_NO_GNUPLOT;
				break;
			case CHART_FAILED:
				st = PUBLISH_CHARTS_FAILED;
				break;
			}
		if (st == PUBLISH_FAILED) {
			chart_batch_free(batch);
			free(sets);
			return st;
		}
	}
	for (size_t i = 0; i < n; i++) {
		char *dir = xasprintf("%s/%s", opt->outdir, trends[i]->country);
		bool ok = fs_mkdirs(dir, &out->error) &&
			  write_trend(trends[i], dir, batch,
				      st == PUBLISH_OK ? sets[i] : NULL, opt,
				      out);
		free(dir);
		if (!ok) {
			st = PUBLISH_FAILED;
			break;
		}
	}
	chart_batch_free(batch);
	free(sets);
	return st;
}

enum publish_status publish_heatmap(const char *base, const char *title,
				    char *const *row_labels, size_t nrows,
				    char *const *col_labels, size_t ncols,
				    const double *values, const bool *has,
				    const struct publish_options *opt,
				    struct publish_result *out)
{
	struct chart_batch *batch;
	struct chart_set *set;
	enum publish_status st = PUBLISH_OK;

	memset(out, 0, sizeof(*out));
	batch = chart_batch_new(opt->charts, false, opt->lang, &out->error);
	if (!batch)
		return PUBLISH_FAILED;
	set = chart_batch_add_heatmap(batch, base, title, row_labels, nrows,
				      col_labels, ncols, values, has,
				      &out->error);
	if (!set) {
		st = PUBLISH_FAILED;
	} else {
		switch (chart_batch_run(batch, opt->gnuplot,
					opt->gnuplot_timeout, &out->error)) {
		case CHART_OK:
			break;
		case CHART_NO_GNUPLOT:
			st = PUBLISH_NO_GNUPLOT;
			break;
		case CHART_FAILED:
			st = PUBLISH_CHARTS_FAILED;
			break;
		}
	}
	if (st == PUBLISH_OK) {
		if (!chart_set_install(batch, set, opt->outdir,
				       opt->keep_scripts, &out->error)) {
			st = PUBLISH_FAILED;
		} else {
			out->ncharts = set->count;
			out->reports = xcalloc(set->count + 1,
					       sizeof(*out->reports));
			for (size_t k = 0; k < set->count; k++)
				out->reports[out->nreports++] = xasprintf(
					"%s/%s", opt->outdir, set->files[k].name);
		}
	}
	chart_batch_free(batch);
	return st;
}

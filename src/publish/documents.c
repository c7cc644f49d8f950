/* SPDX-License-Identifier: Apache-2.0 */
/*
 * documents.c - the table of document types the publish pipeline runs:
 * for each, how its charts are planned and which writer makes each of
 * its files. This is the only place that ties writers (writers.h,
 * html.h) and charts (chart.h) to documents; adding an output format is
 * a writer plus a row here.
 */
#include "config.h"
#include "publish/tr.h"
#include "publish/documents.h"
#include "publish/html.h"
#include "publish/writers.h"
#include "score/compare.h"
#include "score/trend.h"
#include "base/sink.h"
#include "base/strbuf.h"
#include "base/xalloc.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

/* A writer of a whole document that needs nothing but its subject. */
#define SUBJECT_WRITER(name, call)                                        \
	static bool name(struct sink *out, const void *subject,           \
			 const struct doc_context *ctx)                   \
	{                                                                 \
		(void)ctx;                                                \
		call;                                                     \
		return true;                                              \
	}

/* ------------------------------------------------------------ report */

/* Plan the charts of one assessment. */
static struct chart_set *report_charts(struct chart_batch *b,
				       const void *subject,
				       const struct publish_options *opt,
				       char **err)
{
	(void)opt;
	return chart_batch_add(b, subject, err);
}

/* report.json. */
static bool write_report_json(struct sink *out, const void *subject,
			      const struct doc_context *ctx)
{
	report_json_detail(out, subject, ctx->chart_names, ctx->ncharts,
			   ctx->charts_error, ctx->opt->inputs,
			   ctx->opt->pretty, ctx->opt->detail);
	return true;
}

/* A page writer of html.h: the subject, its charts, the language. */
typedef char *(*page_fn)(const void *subject, const struct html_chart *charts,
			 size_t ncharts, const char *lang);

/* Write a page made by page, with the document's charts inlined as they
 * were drawn, SVG or PNG (none when they were not drawn). */
static bool write_page(struct sink *out, const void *subject,
		       const struct doc_context *ctx, page_fn page)
{
	size_t nc = ctx->ncharts;
	struct html_chart *hc = xcalloc(nc + 1, sizeof(*hc));
	char **images = xcalloc(nc + 1, sizeof(*images));
	char *html;

	for (size_t k = 0; k < nc; k++) {
		const struct chart_file *f = &ctx->charts->files[k];
		bool png;

		images[k] = chart_html_image(ctx->batch, ctx->charts, k, &png);
		hc[k].caption = f->caption;
		hc[k].svg = images[k] && !png ? images[k] : "";
		hc[k].instrument = f->instrument;
		hc[k].png = images[k] && png ? images[k] : NULL;
	}
	html = page(subject, nc ? hc : NULL, nc, ctx->opt->lang);
	sink_adds(out, html);
	free(html);
	for (size_t k = 0; k < nc; k++)
		free(images[k]);
	free(images);
	free(hc);
	return true;
}

/* A page writer (name) over a page function of html.h (fn) taking its
 * subject of type T. */
#define PAGE_WRITER(name, fn, T)                                          \
	static char *name##_page(const void *subject,                     \
				 const struct html_chart *charts,         \
				 size_t ncharts, const char *lang)        \
	{                                                                 \
		return fn((const T *)subject, charts, ncharts, lang);     \
	}                                                                 \
	static bool name(struct sink *out, const void *subject,           \
			 const struct doc_context *ctx)                   \
	{                                                                 \
		return write_page(out, subject, ctx, name##_page);        \
	}

/* report.html, with the charts' SVG inlined. */
PAGE_WRITER(write_report_html, html_report, struct score_result)

static const struct doc_output report_outputs[] = {
	{ "report.json", write_report_json, true },
	{ "report.html", write_report_html, false },
};

const struct doc_type doc_report = {
	.name = "report",
	.plan_charts = report_charts,
	.outputs = report_outputs,
	.noutputs = sizeof(report_outputs) / sizeof(report_outputs[0]),
};

/* ------------------------------------------------------------- trend */

/* Plan a country's trend charts. */
static struct chart_set *trend_charts(struct chart_batch *b,
				      const void *subject,
				      const struct publish_options *opt,
				      char **err)
{
	(void)opt;
	return chart_batch_add_trend(b, subject, err);
}

/* trend.json. */
static bool write_trend_json(struct sink *out, const void *subject,
			     const struct doc_context *ctx)
{
	trend_json(out, subject, ctx->chart_names, ctx->ncharts,
		   ctx->opt->inputs, ctx->opt->pretty);
	return true;
}

/* trend.html, with the line charts inlined. */
PAGE_WRITER(write_trend_html, html_trend, struct trend)
SUBJECT_WRITER(write_trend_csv, trend_csv(out, subject))

static const struct doc_output trend_outputs[] = {
	{ "trend.json", write_trend_json, true },
	{ "trend.html", write_trend_html, false },
	{ "trend.csv", write_trend_csv, false },
};

const struct doc_type doc_trend = {
	.name = "trend",
	.plan_charts = trend_charts,
	.outputs = trend_outputs,
	.noutputs = sizeof(trend_outputs) / sizeof(trend_outputs[0]),
};

/* -------------------------------------------------------------- plan */

/* plan.json. */
static bool write_plan_json(struct sink *out, const void *subject,
			    const struct doc_context *ctx)
{
	plan_json(out, subject, ctx->opt->inputs, ctx->opt->pretty);
	return true;
}

SUBJECT_WRITER(write_plan_csv, plan_csv(out, subject))
/* plan.html, in --lang. */
static bool write_plan_html(struct sink *out, const void *subject,
			    const struct doc_context *ctx)
{
	plan_html_lang(out, subject, ctx->opt->lang);
	return true;
}
static const struct doc_output plan_outputs[] = {
	{ "plan.json", write_plan_json, true },
	{ "plan.csv", write_plan_csv, true },
	{ "plan.html", write_plan_html, true },
};

const struct doc_type doc_plan = {
	.name = "plan",
	.outputs = plan_outputs,
	.noutputs = sizeof(plan_outputs) / sizeof(plan_outputs[0]),
};

/* A workbook writer: the reason of a failure is lost to the pipeline,
 * which reports the file as not written (an I/O error). */
#define XLSX_WRITER(name, fn)                                             \
	static bool name(struct sink *out, const void *subject,           \
			 const struct doc_context *ctx)                   \
	{                                                                 \
		char *err = NULL;                                         \
									  \
		if (!fn(out, subject, ctx->opt->lang, &err) &&            \
		    !out->error)                                          \
			out->error = EIO;                                 \
		free(err);                                                \
		return true;                                              \
	}

XLSX_WRITER(write_plan_xlsx, plan_xlsx)
static const struct doc_output plan_xlsx_outputs[] = {
	{ "plan.json", write_plan_json, true },
	{ "plan.csv", write_plan_csv, true },
	{ "plan.xlsx", write_plan_xlsx, true },
	{ "plan.html", write_plan_html, true },
};

/* plan.xlsx alone, at the document's path. */
static const struct doc_output plan_book_outputs[] = {
	{ NULL, write_plan_xlsx, true },
};

const struct doc_type doc_plan_book = {
	.name = "plan",
	.outputs = plan_book_outputs,
	.noutputs = 1,
};

const struct doc_type doc_plan_xlsx = {
	.name = "plan",
	.outputs = plan_xlsx_outputs,
	.noutputs = sizeof(plan_xlsx_outputs) / sizeof(plan_xlsx_outputs[0]),
};

/* ----------------------------------------------------------- compare */

/* Plan the countries x articles heatmap of a comparison. */
static struct chart_set *compare_charts(struct chart_batch *b,
					const void *subject,
					const struct publish_options *opt,
					char **err)
{
	const struct compare *c = subject;
	struct compare_matrix m;
	struct chart_set *set;
	const char *dim = compare_dimension_name(c->options.dimension);
	char *title = xasprintf(tr_word(opt->lang, "Gap by article (%s), "
						   "country by country"),
				tr_code(opt->lang, dim));

	compare_matrix_init(&m, c, COMPARE_ROWS_COUNTRIES, opt->lang);
	set = chart_batch_add_heatmap(b, "heatmap", title, m.row_labels,
				      m.nrows, m.col_labels, m.ncols, m.values,
				      m.has_value, err);
	compare_matrix_release(&m);
	free(title);
	return set;
}

/* compare.json. */
static bool write_compare_json(struct sink *out, const void *subject,
			       const struct doc_context *ctx)
{
	compare_json(out, subject, ctx->opt->inputs, ctx->opt->pretty);
	return true;
}

SUBJECT_WRITER(write_compare_csv, compare_csv(out, subject))
SUBJECT_WRITER(write_compare_groups_csv, compare_groups_csv(out, subject))
/* compare.html, with the heatmap inlined. */
PAGE_WRITER(write_compare_html, html_compare, struct compare)
static const struct doc_output compare_outputs[] = {
	{ "compare.json", write_compare_json, true },
	{ "compare.csv", write_compare_csv, true },
	{ "compare-groups.csv", write_compare_groups_csv, true },
	{ "compare.html", write_compare_html, true },
};

const struct doc_type doc_compare = {
	.name = "compare",
	.plan_charts = compare_charts,
	.charts_listed = true,
	.outputs = compare_outputs,
	.noutputs = sizeof(compare_outputs) / sizeof(compare_outputs[0]),
};

XLSX_WRITER(write_compare_xlsx, compare_xlsx)
static const struct doc_output compare_xlsx_outputs[] = {
	{ "compare.json", write_compare_json, true },
	{ "compare.csv", write_compare_csv, true },
	{ "compare-groups.csv", write_compare_groups_csv, true },
	{ "compare.xlsx", write_compare_xlsx, true },
};

/* compare.xlsx alone, at the document's path, without the heatmap. */
static const struct doc_output compare_book_outputs[] = {
	{ NULL, write_compare_xlsx, true },
};

const struct doc_type doc_compare_book = {
	.name = "compare",
	.outputs = compare_book_outputs,
	.noutputs = 1,
};

const struct doc_type doc_compare_xlsx = {
	.name = "compare",
	.plan_charts = compare_charts,
	.charts_listed = true,
	.outputs = compare_xlsx_outputs,
	.noutputs = sizeof(compare_xlsx_outputs) /
		    sizeof(compare_xlsx_outputs[0]),
};

/* ------------------------------------------------------------- merge */

/* The merged sheet: the header, then each assessment's rows. */
static bool write_merged(struct sink *out, const void *subject,
			 const struct doc_context *ctx)
{
	const struct merge_doc *m = subject;

	(void)ctx;
	merge_csv_header(out);
	for (size_t i = 0; i < m->nresults; i++)
		merge_csv_rows(out, m->results[i]);
	return true;
}

static const struct doc_output merge_outputs[] = {
	{ NULL, write_merged, false },
};

const struct doc_type doc_merge = {
	.name = "merge",
	.outputs = merge_outputs,
	.noutputs = 1,
};

/* ------------------------------------------------------------ scores */

/* scores.csv: the header, then each assessment's rows. */
static bool write_scores(struct sink *out, const void *subject,
			 const struct doc_context *ctx)
{
	const struct merge_doc *m = subject;

	(void)ctx;
	scores_csv_header(out);
	for (size_t i = 0; i < m->nresults; i++)
		scores_csv_rows(out, m->results[i]);
	return true;
}

static const struct doc_output scores_outputs[] = {
	{ "scores.csv", write_scores, false },
};

const struct doc_type doc_scores = {
	.name = "scores",
	.outputs = scores_outputs,
	.noutputs = 1,
};

/* scores.csv from rows rendered one assessment at a time: the header,
 * then each assessment's rows as scores_csv_rows wrote them. */
static bool write_scores_rows(struct sink *out, const void *subject,
			      const struct doc_context *ctx)
{
	const struct scores_rows *m = subject;

	(void)ctx;
	scores_csv_header(out);
	for (size_t i = 0; i < m->count; i++)
		sink_adds(out, m->rows[i]);
	return true;
}

static const struct doc_output scores_rows_outputs[] = {
	{ "scores.csv", write_scores_rows, false },
};

const struct doc_type doc_scores_rows = {
	.name = "scores",
	.outputs = scores_rows_outputs,
	.noutputs = 1,
};

/*
 * documents.c - the table of document types the publish pipeline runs:
 * for each, how its charts are planned and which writer makes each of
 * its files. This is the only place that ties writers (writers.h,
 * html.h) and charts (chart.h) to documents; adding an output format is
 * a writer plus a row here.
 */
#include "config.h"
#include "publish/documents.h"
#include "publish/html.h"
#include "publish/writers.h"
#include "score/compare.h"
#include "base/sink.h"
#include "base/strbuf.h"
#include "base/xalloc.h"

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
	report_json(out, subject, ctx->chart_names, ctx->ncharts, true);
	return true;
}

/* report.html, with the charts' SVG inlined. */
static bool write_report_html(struct sink *out, const void *subject,
			      const struct doc_context *ctx)
{
	size_t nc = ctx->ncharts;
	struct html_chart *hc = xcalloc(nc + 1, sizeof(*hc));
	char **svgs = xcalloc(nc + 1, sizeof(*svgs));
	char *html;

	for (size_t k = 0; k < nc; k++) {
		const struct chart_file *f = &ctx->charts->files[k];
		svgs[k] = chart_html_svg(ctx->batch, ctx->charts, k);
		hc[k].caption = f->caption;
		hc[k].svg = svgs[k] ? svgs[k] : "";
		hc[k].instrument = f->instrument;
	}
	html = html_report(subject, nc ? hc : NULL, nc, ctx->opt->lang);
	sink_adds(out, html);
	free(html);
	for (size_t k = 0; k < nc; k++)
		free(svgs[k]);
	free(svgs);
	free(hc);
	return true;
}

static const struct doc_output report_outputs[] = {
	{ "report.json", write_report_json, true },
	{ "report.html", write_report_html, false },
};

const struct doc_type doc_report = {
	.name = "report",
	.plan_charts = report_charts,
	.svg_for_html = true,
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
	trend_json(out, subject, ctx->chart_names, ctx->ncharts, true);
	return true;
}

static const struct doc_output trend_outputs[] = {
	{ "trend.json", write_trend_json, true },
};

const struct doc_type doc_trend = {
	.name = "trend",
	.plan_charts = trend_charts,
	.outputs = trend_outputs,
	.noutputs = 1,
};

/* -------------------------------------------------------------- plan */

SUBJECT_WRITER(write_plan_json, plan_json(out, subject, true))
SUBJECT_WRITER(write_plan_csv, plan_csv(out, subject))
static const struct doc_output plan_outputs[] = {
	{ "plan.json", write_plan_json, true },
	{ "plan.csv", write_plan_csv, true },
};

const struct doc_type doc_plan = {
	.name = "plan",
	.outputs = plan_outputs,
	.noutputs = sizeof(plan_outputs) / sizeof(plan_outputs[0]),
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
	char *title = xasprintf("Gap by article (%s), country by country",
				compare_dimension_name(c->options.dimension));

	(void)opt;
	compare_matrix_init(&m, c, COMPARE_ROWS_COUNTRIES);
	set = chart_batch_add_heatmap(b, "heatmap", title, m.row_labels,
				      m.nrows, m.col_labels, m.ncols, m.values,
				      m.has_value, err);
	compare_matrix_release(&m);
	free(title);
	return set;
}

SUBJECT_WRITER(write_compare_json, compare_json(out, subject, true))
SUBJECT_WRITER(write_compare_csv, compare_csv(out, subject))
SUBJECT_WRITER(write_compare_groups_csv, compare_groups_csv(out, subject))
static const struct doc_output compare_outputs[] = {
	{ "compare.json", write_compare_json, true },
	{ "compare.csv", write_compare_csv, true },
	{ "compare-groups.csv", write_compare_groups_csv, true },
};

const struct doc_type doc_compare = {
	.name = "compare",
	.plan_charts = compare_charts,
	.charts_listed = true,
	.outputs = compare_outputs,
	.noutputs = sizeof(compare_outputs) / sizeof(compare_outputs[0]),
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

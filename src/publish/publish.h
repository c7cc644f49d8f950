/*
 * publish.h - writing the outputs of a scoring run: for each assessment,
 * OUTDIR/COUNTRY/ROUND/report.json, report.html and the charts beside
 * them. Charts of every assessment are drawn by one gnuplot process;
 * every file is written atomically.
 */
#ifndef PUBLISH_H
#define PUBLISH_H

#include <stdbool.h>
#include <stddef.h>

#include "publish/chart.h"
#include "score/score.h"

struct publish_options {
	const char *outdir;
	enum chart_format charts;
	const char *gnuplot;		/* path or name on PATH */
	unsigned gnuplot_timeout;	/* seconds */
	bool keep_scripts;
	const char *lang;		/* questions and titles; NULL: default */
};

enum publish_status {
	PUBLISH_OK,
	PUBLISH_NO_GNUPLOT,	/* reports written, charts skipped */
	PUBLISH_CHARTS_FAILED,	/* reports written, gnuplot failed */
	PUBLISH_FAILED,		/* a file could not be written */
};

/* What a run wrote. */
struct publish_result {
	char **reports;		/* paths of the report.json files */
	size_t nreports;
	size_t ncharts;		/* chart files written */
	char *error;		/* why charts or files failed, or NULL */
};

/*
 * Score each of the n assessments and write its outputs. results are
 * scored by the caller (one per assessment). Returns the status; out
 * says what was written (release with publish_result_release).
 */
enum publish_status publish_reports(struct score_result *const *results,
				    size_t n,
				    const struct publish_options *opt,
				    struct publish_result *out);
void publish_result_release(struct publish_result *out);

struct trend;

/* Write each country's OUTDIR/COUNTRY/trend.json and trend charts, the
 * charts of all of them drawn by one gnuplot process; out->reports lists
 * the trend.json files. */
enum publish_status publish_trends(struct trend *const *trends, size_t n,
				   const struct publish_options *opt,
				   struct publish_result *out);

/*
 * Draw one heatmap (see chart_batch_add_heatmap) into opt->outdir as
 * BASE.png or BASE.svg; out->reports lists the chart written.
 */
enum publish_status publish_heatmap(const char *base, const char *title,
				    char *const *row_labels, size_t nrows,
				    char *const *col_labels, size_t ncols,
				    const double *values, const bool *has,
				    const struct publish_options *opt,
				    struct publish_result *out);

#endif

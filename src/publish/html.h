/* SPDX-License-Identifier: Apache-2.0 */
/*
 * html.h - the self-contained HTML pages: report.html beside report.json
 * (one assessment: a one-screen summary for a donor, then per instrument
 * a table of article ratings, the observations and recommended actions
 * per article, then the indicators with each expert's answer and
 * evidence), trend.html beside trend.json (a country over its rounds)
 * and compare.html beside compare.json (many countries side by side).
 * Charts are inlined as SVG; CSS is inline; nothing is fetched from the
 * network and there is no script. All text from the inputs is
 * HTML-escaped.
 */
#ifndef HTML_H
#define HTML_H

#include <stddef.h>

#include "score/score.h"

/*
 * One chart to inline: a caption and the SVG document gnuplot drew, or
 * the PNG it drew (in base64), which goes in as a data: URL. Of an SVG, a
 * leading byte order mark, XML prolog and DOCTYPE are skipped, and its
 * ids (and references to them) get a per-chart prefix so that they stay
 * unique in the page.
 */
struct html_chart {
	const char *caption;	/* plain text; escaped by the writer */
	const char *svg;	/* an SVG document */
	const char *instrument;	/* the instrument code it belongs to, or NULL
				 * for an assessment-wide chart (as is one
				 * whose instrument is not in the result) */
	const char *png;	/* the PNG drawn, in base64, or NULL: then
				 * svg is the chart */
};

/*
 * The HTML page for r as a NUL-terminated string (caller frees). charts
 * may be NULL when there are none (e.g. gnuplot is not installed); then
 * the page says so where the charts would be. Questions and article
 * titles are given in lang where the sets translate them (NULL: the
 * default text).
 */
char *html_report(const struct score_result *r,
		  const struct html_chart *charts, size_t ncharts,
		  const char *lang);

struct trend;
struct compare;

/* trend.html of tr as a string (caller frees): the series overall and
 * per instrument with their line charts, the indicators that moved and
 * those not comparable, the plan's targets. charts may be NULL. */
char *html_trend(const struct trend *tr, const struct html_chart *charts,
		 size_t ncharts, const char *lang);

/* compare.html of c as a string (caller frees): the ranking, the group
 * means, the heatmap and the matrix as a colour-coded table. charts may
 * be NULL. */
char *html_compare(const struct compare *c, const struct html_chart *charts,
		   size_t ncharts, const char *lang);

#endif

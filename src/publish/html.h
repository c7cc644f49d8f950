/*
 * html.h - the self-contained HTML report of one assessment (report.html
 * beside report.json): a one-screen summary for a donor, then per
 * instrument a table of article ratings, then the indicators behind each
 * gap with each expert's answer and evidence. Charts are inlined as SVG;
 * CSS is inline; nothing is fetched from the network. All text from the
 * inputs is HTML-escaped.
 */
#ifndef HTML_H
#define HTML_H

#include <stddef.h>

#include "score/score.h"

/*
 * One chart to inline: a caption and the SVG document gnuplot drew. A
 * leading byte order mark, XML prolog and DOCTYPE are skipped, and the
 * SVG's ids (and references to them) get a per-chart prefix so that they
 * stay unique in the page.
 */
struct html_chart {
	const char *caption;	/* plain text; escaped by the writer */
	const char *svg;	/* an SVG document */
	const char *instrument;	/* the instrument code it belongs to, or NULL
				 * for an assessment-wide chart (as is one
				 * whose instrument is not in the result) */
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

#endif

/*
 * chart.h - gnuplot charts of gap reports. The only module that knows
 * gnuplot.
 *
 * A run plans the charts of every assessment into one private temporary
 * directory (a script and generated data files per assessment), then
 * starts ONE gnuplot process for all of them, directly (no shell), with
 * default settings (-d), standard input from /dev/null and a time limit.
 * Nothing from the input files becomes gnuplot code: numbers go through
 * data files with generated names, and every label is written as a
 * string of octal escapes (all but letters and spaces), with enhanced
 * text off and control characters removed.
 *
 * Ownership: the batch owns its sets, files and temporary directory;
 * chart_batch_free removes the directory.
 */
#ifndef CHART_H
#define CHART_H

#include <stdbool.h>
#include <stddef.h>

#include "score/score.h"

enum chart_format {
	CHART_NONE,
	CHART_PNG,
	CHART_SVG,
};

/* The formats' names ("png", "svg", "none"), ending with NULL. */
extern const char *const chart_format_names[];

/* Parse one of chart_format_names. */
bool chart_parse_format(const char *name, enum chart_format *format);

/* One chart of an assessment. */
struct chart_file {
	char *name;		/* file name in the report's directory */
	char *base;		/* the name without its extension */
	char *caption;		/* plain text, for the HTML report */
	char *instrument;	/* its instrument code, NULL if for the whole
				 * assessment */
};

/* The charts of one assessment. */
struct chart_set {
	struct chart_file *files;
	size_t count;
	size_t cap;
	char *dir;		/* its directory inside the batch's */
};

struct chart_batch;

/*
 * Start a batch drawing charts in format (PNG or SVG). With svg_for_html,
 * every chart is also drawn as SVG for the HTML report; article titles
 * are given in lang where translated (NULL: default). Returns NULL and
 * *err (caller frees) when no temporary directory can be made.
 */
struct chart_batch *chart_batch_new(enum chart_format format,
				    bool svg_for_html, const char *lang,
				    char **err);
void chart_batch_free(struct chart_batch *b);

/* Plan the charts of one assessment; the set belongs to the batch. */
struct chart_set *chart_batch_add(struct chart_batch *b,
				  const struct score_result *r, char **err);

struct trend;

/* Plan the trend charts of one country: the overall scores and each
 * instrument's, per dimension, over the rounds (comparable scores). */
struct chart_set *chart_batch_add_trend(struct chart_batch *b,
					const struct trend *tr, char **err);

/*
 * Plan a heatmap: nrows x ncols values in [0, 1] (row-major; has[k]
 * false for no value), from green (0) to red (1), with row and column
 * labels. base names the chart file (e.g. "heatmap").
 */
struct chart_set *chart_batch_add_heatmap(struct chart_batch *b,
					  const char *base, const char *title,
					  char *const *row_labels, size_t nrows,
					  char *const *col_labels, size_t ncols,
					  const double *values,
					  const bool *has, char **err);

enum chart_status {
	CHART_OK,
	CHART_NO_GNUPLOT,	/* gnuplot is not installed (or not there) */
	CHART_FAILED,		/* gnuplot failed, crashed or timed out */
};

/*
 * Draw every planned chart with one gnuplot process. gnuplot is a path or
 * a name looked up on PATH. On CHART_FAILED, *err (caller frees) says why,
 * with the end of gnuplot's messages.
 */
enum chart_status chart_batch_run(struct chart_batch *b, const char *gnuplot,
				  unsigned timeout_seconds, char **err);

/*
 * After a successful run: move the charts of set into dir (the report's
 * directory); with keep_scripts also the script and data files, so users
 * can restyle and rerun them.
 */
bool chart_set_install(struct chart_batch *b, const struct chart_set *set,
		       const char *dir, bool keep_scripts, char **err);

/* The SVG drawn for the HTML report of one chart (caller frees), or NULL. */
char *chart_html_svg(const struct chart_batch *b, const struct chart_set *set,
		     size_t index);

/* Append text to sb as a gnuplot string literal that cannot be code:
 * control characters dropped, at most max_chars characters (then an
 * ellipsis), every byte but letters and spaces as an octal escape. */
struct strbuf;
void chart_quote(struct strbuf *sb, const char *text, size_t max_chars);

#endif

/* SPDX-License-Identifier: Apache-2.0 */
/*
 * chart.h - gnuplot charts of gap reports. The only module that knows
 * gnuplot.
 *
 * A run plans the charts of every assessment into one private temporary
 * directory (a script and generated data files per assessment), then
 * has a few gnuplot processes draw them (chart_batch_run), each started
 * directly (no shell), with default settings (-d), standard input from
 * /dev/null and a time limit of its own.
 * Nothing from the input files becomes gnuplot code: numbers go through
 * data files with generated names, and every label is written as a
 * string of octal escapes (all but letters and spaces), with enhanced
 * text off and control characters removed.
 *
 * Ownership: the batch owns its sets, files and temporary directory;
 * chart_batch_free removes the directory (registered with base/cleanup.h
 * until then, so an exit from inside the run removes it too).
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

/* The charts of one assessment (or trend, or comparison). */
struct chart_set {
	struct chart_file *files;
	size_t count;
	size_t cap;
	char *dir;		/* its directory inside the batch's */
	char *label;		/* e.g. "XEA 2026", for messages */
	bool drawn;		/* after chart_batch_run: every chart is there */
	char *error;		/* after chart_batch_run: why not, or NULL */
};

struct chart_batch;

/*
 * Start a batch drawing charts in format (PNG or SVG), each once: the
 * pages inline the very files drawn. Article titles are given in lang
 * where translated (NULL: default). Returns NULL and *err (caller frees)
 * when no temporary directory can be made.
 */
struct chart_batch *chart_batch_new(enum chart_format format,
				    const char *lang, char **err);
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

/*
 * How the gap chart draws one article dimension, so that a gap of 0,
 * nothing applicable, insufficient data and discretionary never look
 * alike (and never like an empty bar):
 */
enum chart_dim_state {
	CHART_ABSENT = 0,		/* no indicator of the dimension */
	CHART_RATED = 1,		/* solid bar: 1 - required score */
	CHART_NO_GAP = 2,		/* rated, gap 0: a dot, "no gap" */
	CHART_NOT_APPLICABLE = 3,	/* coverage null: no bar, "n/a" */
	CHART_INSUFFICIENT = 4,		/* grey hatched bar of 1 - score,
					 * "insufficient data" */
	CHART_DISCRETIONARY = 5,	/* hatched bar of 1 - score in the
					 * dimension's colour,
					 * "discretionary" */
	CHART_NO_DATA = 6,		/* not rated and no score at all: no
					 * bar, "no data" */
};

/* The state of d in the gap chart; *bar is the bar's length (rounded
 * to 4 decimals), NaN when nothing is drawn as a bar. */
enum chart_dim_state chart_dim_state(const struct dim_result *d,
				     double *bar);

enum chart_status {
	CHART_OK,		/* every set drawn */
	CHART_NO_GNUPLOT,	/* gnuplot is not installed (or not there) */
	CHART_PARTLY,		/* some sets drawn, some not */
	CHART_FAILED,		/* no set drawn: gnuplot failed or timed out */
};

/* How many gnuplot processes draw at once at most, and how many sets
 * one process draws at most (so that one set's failure or a slow batch
 * costs the charts of few assessments). */
#define CHART_MAX_JOBS 64
#define CHART_SETS_PER_PROCESS 25

/*
 * Draw every planned chart: the sets are cut into runs of consecutive
 * sets (at most CHART_SETS_PER_PROCESS each, spread over the jobs), each
 * drawn by one gnuplot process with its own time limit, at most jobs at
 * once. When a process fails, the sets it drew are kept, the set it was
 * drawing is given up (or, when it ran out of time among others, tried
 * once alone) and the rest are drawn by a new process; so a set gnuplot
 * cannot draw costs only its own charts. When gnuplot draws nothing at
 * all (it fails twice before a single set is drawn), the remaining sets
 * are given up at once. gnuplot is a path or a name looked up on PATH.
 * Each set's drawn and error say how it went; on CHART_PARTLY and
 * CHART_FAILED, *err (caller frees) says why, with the end of gnuplot's
 * messages.
 */
enum chart_status chart_batch_run(struct chart_batch *b, const char *gnuplot,
				  double timeout_seconds, size_t jobs,
				  char **err);

/*
 * After a run, for a set drawn: move the charts of set into dir (the report's
 * directory); with keep_scripts also the script and data files, so users
 * can restyle and rerun them.
 */
bool chart_set_install(struct chart_batch *b, const struct chart_set *set,
		       const char *dir, bool keep_scripts, char **err);

/*
 * One chart as drawn, for a page to inline (caller frees), or NULL when
 * it cannot be read: the SVG document, or for a PNG its bytes in base64
 * (and *png set true).
 */
char *chart_html_image(const struct chart_batch *b,
		       const struct chart_set *set, size_t index, bool *png);

/* Append text to sb as a gnuplot string literal that cannot be code:
 * control characters dropped, at most max_chars characters (then an
 * ellipsis), every byte but letters and spaces as an octal escape. */
struct strbuf;
void chart_quote(struct strbuf *sb, const char *text, size_t max_chars);
/* The same for a tic label, which gnuplot also reads as a printf-style
 * format: '%' is doubled, so "50% of cases" is drawn as written. */
void chart_quote_tic(struct strbuf *sb, const char *text, size_t max_chars);

#endif

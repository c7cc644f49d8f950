/* SPDX-License-Identifier: Apache-2.0 */
/*
 * chart-int.h - what the chart modules share inside publish/ (chart.c
 * for the batch, trends and heatmaps, chart-report.c for an
 * assessment's charts, chart-draw.c for running gnuplot over the
 * batch). Not for other modules: they see chart.h.
 */
#ifndef CHART_INT_H
#define CHART_INT_H

#include <stdbool.h>
#include <stddef.h>

#include "publish/chart.h"
#include "base/strbuf.h"

/* Characters kept in tick labels and in chart titles. */
#define LABEL_CHARS 40
#define TITLE_CHARS 80

/* Articles on one page of a gap chart (7 130 pixels high). */
#define CHART_GAP_PAGE 250

/* The charts of a run: one directory per set under a private tmpdir. */
struct chart_batch {
	char *tmpdir;
	enum chart_format format;
	const char *lang;
	struct chart_set **sets;
	size_t nsets;
	size_t cap;
};

/* The file extension of a chart format ("svg" or "png"). */
const char *chart_format_ext(enum chart_format f);

/* Write data to dir/name; false with *err (caller frees) on failure. */
bool chart_write_data(const char *dir, const char *name, const char *data,
		      char **err);
/* How a chart title names a country: its name, or its code when it has
 * no name of its own (name NULL or the code). Not to be freed. */
const char *chart_country(const char *name, const char *code);

/* Append a number for a data file (" 0.250000"), or " NaN", which
 * gnuplot skips. */
void chart_add_value(struct strbuf *sb, bool has, double v);
/* List a planned chart of the set: its file base name, the instrument
 * it belongs to (NULL: the whole assessment) and its caption, formatted
 * (data only ever as %s arguments). */
void chart_list_file(struct chart_set *set, enum chart_format format,
		     const char *base, const char *instrument,
		     const char *caption_fmt, ...)
	__attribute__((format(printf, 5, 6)));

/* Start a chart in a script: its terminal by gs_format, its output by
 * base, its title (quoted). */
void chart_begin(struct strbuf *gp, const char *base, int width, int height,
		 const char *title);
/* chart_begin in lang: the terminal's font has lang's glyphs (Arabic,
 * Chinese). */
void chart_begin_lang(struct strbuf *gp, const char *base, int width,
		      int height, const char *title, const char *lang);
/* End a chart: close its output file. */
void chart_end(struct strbuf *gp);

/* Start a set's directory and script gp (country and round are
 * validated codes); NULL with *err on failure. */
struct chart_set *chart_new_set(struct chart_batch *b, struct strbuf *gp,
				const char *country, const char *round,
				char **err);
/* Write the set's script gp (released) and add the set to the batch;
 * on !ok or failure, free the set and return NULL. */
struct chart_set *chart_finish_set(struct chart_batch *b,
				   struct chart_set *set, struct strbuf *gp,
				   bool ok, char **err);

#endif

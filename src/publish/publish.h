/* SPDX-License-Identifier: Apache-2.0 */
/*
 * publish.h - the one publish pipeline. A run hands it a list of
 * documents (an assessment's report, a country's trend, a plan, a
 * comparison, a merged sheet); each document is of a type that names its
 * charts and its output files, each file a writer. The pipeline plans the
 * charts of every document, draws them all with one gnuplot process,
 * then writes each document's files atomically into its directory,
 * beside its charts.
 *
 * Adding an output format is one writer (publish/writers.h) and one row
 * in a document type's outputs (publish/documents.c).
 */
#ifndef PUBLISH_H
#define PUBLISH_H

#include <stdbool.h>
#include <stddef.h>

#include "publish/chart.h"
#include "publish/writers.h"
#include "base/progress.h"

struct sink;
struct sources;

struct publish_options {
	const char *outdir;
	enum chart_format charts;
	const char *gnuplot;		/* path or name on PATH */
	double gnuplot_timeout;		/* seconds, to the millisecond, for
					 * each gnuplot process */
	size_t jobs;			/* workers (publish_stream) and gnuplot
					 * processes at once */
	bool keep_scripts;
	const char *lang;		/* questions and titles; NULL: default */
	const struct sources *inputs;	/* the files the run read, for the
					 * provenance of JSON documents;
					 * NULL: none */
	struct progress progress;	/* told of each document written */
	bool pretty;			/* --pretty: indented JSON */
	enum report_detail detail;	/* score --detail: how much of each
					 * assessment report.json holds */
};

/* What a writer may need besides its subject. */
struct doc_context {
	const struct publish_options *opt;
	const struct chart_batch *batch;	/* NULL without charts */
	const struct chart_set *charts;		/* the document's, or NULL */
	char *const *chart_names;		/* file names of its charts */
	size_t ncharts;
	const char *charts_error;	/* why its charts were not drawn */
};

/* Write one file of a document; false when the document cannot be
 * written (a write error is kept in the sink instead). */
typedef bool (*doc_write_fn)(struct sink *out, const void *subject,
			     const struct doc_context *ctx);

/* One file of a document type. */
struct doc_output {
	const char *file;	/* name in the document's directory; NULL:
				 * the document's own path (see document) */
	doc_write_fn write;
	bool listed;		/* named in the list of files written */
};

/* A kind of document: its charts and its files. */
struct doc_type {
	const char *name;
	/* Plan the document's charts into the batch; NULL: it has none.
	 * Returns NULL with *err on failure. */
	struct chart_set *(*plan_charts)(struct chart_batch *b,
					 const void *subject,
					 const struct publish_options *opt,
					 char **err);
	bool charts_listed;	/* its chart files are named in the list */
	const struct doc_output *outputs;
	size_t noutputs;
};

/* One document of a run. */
struct document {
	const struct doc_type *type;
	const void *subject;	/* what its writers read; borrowed */
	char *dir;		/* its directory under outdir ("XEA/2026");
				 * owned; NULL: outdir itself */
	const char *path;	/* a single-file document's path, used for
				 * outputs whose file is NULL ("-": standard
				 * output); borrowed */
};

enum publish_status {
	PUBLISH_OK,
	PUBLISH_NO_GNUPLOT,	/* documents written, charts skipped */
	PUBLISH_CHARTS_FAILED,	/* documents written, gnuplot failed */
	PUBLISH_FAILED,		/* a file could not be written */
};

/* What a run wrote. */
struct publish_result {
	char **listed;		/* paths of the listed files, in order */
	size_t nlisted;
	size_t ndocuments;	/* documents written */
	size_t ncharts;		/* chart files written */
	char *error;		/* why charts or files failed, or NULL */
};

/*
 * Draw the charts of the n documents and write their files. Stops at
 * the first file that cannot be written. out says what was written
 * (release with publish_result_release).
 */
enum publish_status publish_documents(const struct document *docs, size_t n,
				      const struct publish_options *opt,
				      struct publish_result *out);
void publish_result_release(struct publish_result *out);

/* Documents made on demand, all of one type with a folder of their own
 * (see publish_stream). */
struct doc_stream {
	const struct doc_type *type;
	size_t count;
	/* Make document i into *doc (its dir set): called in the workers
	 * of the run, for several documents at once. */
	void (*make)(void *ctx, size_t i, struct document *doc);
	/* Document i is made: called in order, in the calling thread
	 * (to say what was made); may be NULL. */
	void (*made)(void *ctx, size_t i, const struct document *doc);
	/* Free document i (its dir and subject). */
	void (*release)(void *ctx, size_t i, struct document *doc);
	void *ctx;
};

/*
 * publish_documents for the stream's documents, then the tail's n
 * (written last, in order, with no charts): the stream's go a group at
 * a time, each group made and written by opt->jobs workers and then
 * released, so that a run holds one group and not every document. The
 * files listed, their order, the progress and the outcome are the same
 * for any number of workers; the folders are swapped in together at the
 * end, as by publish_documents.
 */
enum publish_status publish_stream(const struct doc_stream *src,
				   const struct document *tail, size_t ntail,
				   const struct publish_options *opt,
				   struct publish_result *out);

#endif

/* SPDX-License-Identifier: Apache-2.0 */
/*
 * documents.h - the document types a command can publish (see
 * publish.h for the pipeline and documents.c for the table). Each names
 * the subject its writers read.
 */
#ifndef DOCUMENTS_H
#define DOCUMENTS_H

#include <stddef.h>

#include "publish/publish.h"

struct score_result;

/* OUTDIR/COUNTRY/ROUND/: report.json, report.html and the charts;
 * subject: a struct score_result (scored and reviewed). */
extern const struct doc_type doc_report;
/* OUTDIR/COUNTRY/: trend.json, trend.html and the trend charts;
 * subject: a struct trend. */
extern const struct doc_type doc_trend;
/* OUTDIR/: plan.json, plan.csv and plan.html; subject: a struct plan. */
extern const struct doc_type doc_plan;
/* The same and plan.xlsx (--format xlsx). */
extern const struct doc_type doc_plan_xlsx;
/* plan.xlsx alone at the document's path (-o NAME.xlsx). */
extern const struct doc_type doc_plan_book;
/* OUTDIR/: compare.json, compare.csv, compare-groups.csv, compare.html
 * and the heatmap; subject: a struct compare. */
extern const struct doc_type doc_compare;
/* The same and compare.xlsx (--format xlsx). */
extern const struct doc_type doc_compare_xlsx;
/* compare.xlsx alone at the document's path (-o NAME.xlsx). */
extern const struct doc_type doc_compare_book;
/* The document's path ("-": standard output): the merged national
 * sheet; subject: a struct merge_doc. */
extern const struct doc_type doc_merge;

/* OUTDIR/scores.csv: the long table of every assessment's scores;
 * subject: a struct merge_doc. */
extern const struct doc_type doc_scores;

/* The same from rows rendered before (scores_csv_rows, one string per
 * assessment), so that the results need not be kept; subject: a struct
 * scores_rows. */
extern const struct doc_type doc_scores_rows;

/* The subject of doc_scores_rows: each assessment's rows, in order. */
struct scores_rows {
	char *const *rows;
	size_t count;
};

/* The subject of a merged sheet and of scores.csv: the results of every
 * assessment. */
struct merge_doc {
	struct score_result *const *results;
	size_t nresults;
};

#endif

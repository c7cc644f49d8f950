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
/* OUTDIR/COUNTRY/: trend.json and the trend charts; subject: a struct
 * trend. */
extern const struct doc_type doc_trend;
/* OUTDIR/: plan.json and plan.csv; subject: a struct plan. */
extern const struct doc_type doc_plan;
/* OUTDIR/: compare.json, compare.csv, compare-groups.csv and the
 * heatmap; subject: a struct compare. */
extern const struct doc_type doc_compare;
/* The document's path ("-": standard output): the merged national
 * sheet; subject: a struct merge_doc. */
extern const struct doc_type doc_merge;

/* The subject of a merged sheet: the results of every assessment. */
struct merge_doc {
	struct score_result *const *results;
	size_t nresults;
};

#endif

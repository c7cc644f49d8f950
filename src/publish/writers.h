/*
 * writers.h - one writer per output document. Each reads what scoring,
 * planning, trending or comparing produced (never the raw rows of a
 * tally) and appends its format to a sink. publish/documents.c puts them
 * in the table of documents that the publish pipeline runs.
 *
 *   report.json      report_json          report-json.c
 *   report.html      html_report          html.c
 *   trend.json       trend_json           trend-json.c
 *   plan.json        plan_json            plan-json.c
 *   plan.csv         plan_csv             plan-csv.c
 *   compare.json     compare_json         compare-json.c
 *   compare.csv      compare_csv,         compare-csv.c
 *   compare-groups.csv  compare_groups_csv
 *   merged answers   merge_csv_header,    merge-csv.c
 *                    merge_csv_rows
 *
 * JSON writers take pretty (cJSON's indented layout, the default) or
 * compact. Nothing here fails: a write error is kept in the sink.
 */
#ifndef WRITERS_H
#define WRITERS_H

#include <stdbool.h>
#include <stddef.h>

struct compare;
struct plan;
struct score_result;
struct sink;
struct trend;

#define REPORT_SCHEMA "gapscore/report/1"

/* report.json of r, listing the chart files (relative to it). */
void report_json(struct sink *out, const struct score_result *r,
		 char *const *charts, size_t ncharts, bool pretty);
/* trend.json of tr, listing the chart files beside it. */
void trend_json(struct sink *out, const struct trend *tr,
		char *const *charts, size_t ncharts, bool pretty);
/* plan.json (schema PLAN_SCHEMA). */
void plan_json(struct sink *out, const struct plan *p, bool pretty);
/* compare.json (schema COMPARE_SCHEMA). */
void compare_json(struct sink *out, const struct compare *c, bool pretty);

/* plan.csv: a header, then one row per (category, instrument, need), in
 * plan order; text cells neutralised against spreadsheet formulas. */
void plan_csv(struct sink *out, const struct plan *p);
/* compare.csv: country,round,rank,overall_gap, then one column per
 * article; one row per country; null empty. */
void compare_csv(struct sink *out, const struct compare *c);
/* compare-groups.csv: group,overall_gap, then the same article columns;
 * one row per group, in group order. */
void compare_groups_csv(struct sink *out, const struct compare *c);

/* The merged national sheet: its header once, then each assessment's
 * rows (the answers format with expert "consensus" and who said what). */
void merge_csv_header(struct sink *out);
void merge_csv_rows(struct sink *out, const struct score_result *r);

#endif

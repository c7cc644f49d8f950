/* SPDX-License-Identifier: Apache-2.0 */
/*
 * writers.h - one writer per output document. Each reads what scoring,
 * planning, trending or comparing produced (never the raw rows of a
 * tally) and appends its format to a sink. publish/documents.c puts them
 * in the table of documents that the publish pipeline runs.
 *
 *   report.json      report_json          report-json.c
 *   report.html      html_report          report-html.c
 *   trend.json       trend_json           trend-json.c
 *   plan.json        plan_json            plan-json.c
 *   plan.csv         plan_csv             plan-csv.c
 *   plan.xlsx        plan_xlsx            plan-xlsx.c
 *   plan.html        plan_html            plan-html.c
 *   compare.json     compare_json         compare-json.c
 *   compare.csv      compare_csv,         compare-csv.c
 *   compare-groups.csv  compare_groups_csv
 *   compare.xlsx     compare_xlsx         compare-xlsx.c
 *   merged answers   merge_csv_header,    merge-csv.c
 *                    merge_csv_rows
 *
 * JSON writers take pretty (cJSON's indented layout) or compact (the
 * default of every command; --pretty asks for the other). Nothing
 * here fails but the workbooks' writers, which return
 * false with *err when the workbook cannot be made; a write error is kept
 * in the sink.
 */
#ifndef WRITERS_H
#define WRITERS_H

#include <stdbool.h>
#include <stddef.h>

struct compare;
struct plan;
struct score_result;
struct sink;
struct table_out;
struct sources;
struct trend;

#define REPORT_SCHEMA "gapscore/report/2"

/* How much of each assessment report.json holds (score --detail; see
 * docs/report.md): everything; no per-expert answers; nor the
 * indicators of each article dimension. */
enum report_detail {
	REPORT_DETAIL_EXPERTS,
	REPORT_DETAIL_INDICATORS,
	REPORT_DETAIL_ARTICLES,
};
/* Their names, in enum order, ending with NULL. */
extern const char *const report_detail_names[];

/* report.json of r, listing the chart files (relative to it), and
 * charts_error: why they could not be drawn (NULL: written as null).
 * Every JSON writer also names the files the run read (inputs, NULL:
 * none; see json_begin_document). */
void report_json(struct sink *out, const struct score_result *r,
		 char *const *charts, size_t ncharts, const char *charts_error,
		 const struct sources *inputs, bool pretty);
/* The same with only as much of each assessment as detail says
 * (report_json: REPORT_DETAIL_EXPERTS). */
void report_json_detail(struct sink *out, const struct score_result *r,
			char *const *charts, size_t ncharts,
			const char *charts_error,
			const struct sources *inputs, bool pretty,
			enum report_detail detail);
/* trend.json of tr, listing the chart files beside it. */
void trend_json(struct sink *out, const struct trend *tr,
		char *const *charts, size_t ncharts,
		const struct sources *inputs, bool pretty);
/* plan.json (schema PLAN_SCHEMA). */
void plan_json(struct sink *out, const struct plan *p,
	       const struct sources *inputs, bool pretty);
/* compare.json (schema COMPARE_SCHEMA). */
void compare_json(struct sink *out, const struct compare *c,
		  const struct sources *inputs, bool pretty);

/* plan.csv: a header, then one row per need, in plan order; text cells
 * neutralised against spreadsheet formulas. */
void plan_csv(struct sink *out, const struct plan *p);
/* plan.html: a self-contained page of the plan for a donor. */
void plan_html(struct sink *out, const struct plan *p);
/* plan.html with its headings in lang (NULL: English). */
void plan_html_lang(struct sink *out, const struct plan *p,
		    const char *lang);
/* compare.csv: country,round,rank,overall_gap, then one column per
 * article; one row per country; null empty. */
void compare_csv(struct sink *out, const struct compare *c);
/* compare-groups.csv: group,overall_gap, then the same article columns;
 * one row per group, in group order. */
void compare_groups_csv(struct sink *out, const struct compare *c);

/* The tables of plan.csv, compare.csv and compare-groups.csv, for their
 * CSV and XLSX writers alike. */
void plan_table(struct table_out *t, const struct plan *p);
void compare_table(struct table_out *t, const struct compare *c);
void compare_groups_table(struct table_out *t, const struct compare *c);
/* plan.xlsx: plan.csv's table on one sheet, "plan"; with a lang the
 * catalogs translate (tr_own_words), the sheet's name and headings in
 * lang (the cells keep their codes). */
bool plan_xlsx(struct sink *out, const struct plan *p, const char *lang,
	       char **err);
/* compare.xlsx: compare.csv's table on a sheet "countries" and
 * compare-groups.csv's on a sheet "groups"; names and headings in lang
 * as plan_xlsx's. */
bool compare_xlsx(struct sink *out, const struct compare *c,
		  const char *lang, char **err);

/* The merged national sheet: its header once, then each assessment's
 * rows (the answers format with expert "consensus" and who said what). */
void merge_csv_header(struct sink *out);
void merge_csv_rows(struct sink *out, const struct score_result *r);

/* scores.csv, the long table of every assessment's scores: its header
 * once, then each assessment's rows (overall, instruments, articles; a
 * row per dimension and combined; see docs/scores-csv.md). */
void scores_csv_header(struct sink *out);
void scores_csv_rows(struct sink *out, const struct score_result *r);
/* trend.csv of one country: a header, then a row per series and round. */
void trend_csv(struct sink *out, const struct trend *tr);

#endif

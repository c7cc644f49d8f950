/*
 * report.h - the JSON gap report of one assessment (schema
 * "gapscore/report/1"), and the JSON of a technical assistance plan
 * (plan_json, declared in plan.h). The only module that knows cJSON.
 *
 * Numbers are scores rounded to 4 decimals, or null; the same result
 * always gives the same bytes.
 */
#ifndef REPORT_H
#define REPORT_H

#include "score/score.h"

#define REPORT_SCHEMA "gapscore/report/1"

/* The report of r as JSON text ending in a newline (caller frees);
 * charts are the chart files beside the report, relative to it. */
char *report_json(const struct score_result *r, char *const *charts,
		  size_t ncharts);

#endif

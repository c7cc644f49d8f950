/* SPDX-License-Identifier: Apache-2.0 */
/*
 * xlsx-template.h - the blank answer sheet of "gapscore template" as an
 * XLSX workbook (docs/xlsx.md): the CSV template's columns
 * (publish/catalog-out.h), one sheet per
 * instrument named by its code, the header frozen, the sheet protected
 * (no password) so that only the answer, confidence, evidence,
 * good_practice and comment cells can be edited, a dropdown (or, for
 * numbers, a rule) of the allowed answers on every answer cell, and
 * right-to-left sheets for a right-to-left language (--lang ar).
 * Answers loaders read the filled workbook back (load/xlsxin.h) and
 * ignore its help columns. Pure: the bytes go to a sink.
 */
#ifndef XLSX_TEMPLATE_H
#define XLSX_TEMPLATE_H

#include <stdbool.h>
#include <stddef.h>

#include "load/catalog.h"
#include "load/indset.h"

struct sink;
struct template_fill;

/* The help columns the workbook adds after the CSV template's: none
 * since the CSV template carries obligation and guide_ref too. */
#define XLSX_TEMPLATE_EXTRA_COLUMNS 0


/*
 * The workbook for the indicators f selects, appended to out. Returns
 * false with *err (caller frees) when nothing is selected, selecting
 * failed or the workbook could not be made; *rows (when not NULL) is the
 * number of indicator rows over all sheets.
 */
bool catalog_template_xlsx(struct sink *out, const struct indset *set,
			   const struct catalog_filter *f,
			   const char *country, const char *round,
			   const char *expert, size_t *rows, char **err);
/* The same with the rows of fill prefilled: their five cells and the
 * review cell ("prefilled") in XLSXOUT_PREFILLED, italic on orange. */
bool catalog_template_xlsx_fill(struct sink *out, const struct indset *set,
				const struct catalog_filter *f,
				const char *country, const char *round,
				const char *expert,
				const struct template_fill *fill, size_t *rows,
				char **err);

#endif

/* SPDX-License-Identifier: Apache-2.0 */
/*
 * limits.h - every limit gapscore puts on its input, in one place. Each
 * one keeps arithmetic exact enough for scores rounded to 4 decimals, or
 * memory and time proportional to the input, and each one is named in
 * the message that refuses a value beyond it and in the README's
 * "Limits" section. Change a value here and the messages follow.
 */
#ifndef BASE_LIMITS_H
#define BASE_LIMITS_H

/* A limit as its source text, for messages: LIMIT_STR(LIMIT_WEIGHT_MAX)
 * is "1e6". */
#define LIMIT_STR(x) LIMIT_STR_(x)
#define LIMIT_STR_(x) #x

/* ------------------------------------------------------------- CSV files */

/* Bytes in one field (a cell), after quotes are removed. */
#define LIMIT_FIELD_BYTES (1024 * 1024)
/* Fields in one row, the header included. */
#define LIMIT_COLUMNS 100000
/* Rows of one file after the header (blank lines are not rows). */
#define LIMIT_ROWS 20000000

/* ------------------------------------------------------- XLSX workbooks */

/* A workbook's cells are held to the limits of CSV fields, columns and
 * rows above (the rows of all its sheets count together). Besides: */
/* Bytes of one part of the archive once inflated (a sheet, the shared
 * strings), and of all the parts read from one workbook: what a small
 * archive that inflates to gigabytes (a "zip bomb") is stopped at. */
#define LIMIT_XLSX_PART_BYTES (256L * 1024 * 1024)
#define LIMIT_XLSX_TOTAL_BYTES (1024L * 1024 * 1024)
/* Sheets of one workbook, and the nesting of XML elements in a part. */
#define LIMIT_XLSX_SHEETS 1000
#define LIMIT_XLSX_DEPTH 64

/* --------------------------------------------------------- indicator sets */

/* Indicators in all the sets loaded together. */
#define LIMIT_INDICATORS 100000
/* Bytes in one cell of an indicator set (questions, titles, patterns,
 * scoring maps, ...). */
#define LIMIT_SET_CELL_BYTES 4096
/* Lengths of the codes (bytes; every character is ASCII). */
#define LIMIT_ID_LEN 64			/* indicator id */
#define LIMIT_INSTRUMENT_LEN 16
#define LIMIT_ARTICLE_LEN 32
#define LIMIT_DIMENSION_LEN 32
/* weight and article_weight: from LIMIT_WEIGHT_MIN to LIMIT_WEIGHT_MAX,
 * so that sums of weights stay exact to far more than 4 decimals. */
#define LIMIT_WEIGHT_MIN 1e-6
#define LIMIT_WEIGHT_MAX 1e6
/* scale:A-B: A and B within +-LIMIT_SCALE_BOUND, and B - A at least
 * LIMIT_SCALE_SPAN times the larger of 1, |A| and |B|, so that
 * (x - A) / (B - A) keeps 4 exact decimals. */
#define LIMIT_SCALE_BOUND 1e12
#define LIMIT_SCALE_SPAN 1e-9
/* Bounds of number thresholds (>=10:1): within +-LIMIT_THRESHOLD. */
#define LIMIT_THRESHOLD 1e15

/* ---------------------------------------------------------------- answers */

/* Experts in one assessment (a country in a round). */
#define LIMIT_EXPERTS 1000
#define LIMIT_EXPERT_LEN 64
#define LIMIT_ROUND_LEN 32

/* --------------------------------------------------------------- patterns */

/* PCRE2's limits on one match of valid_regex, a citation pattern or
 * --match: steps (match limit), backtracking depth, and heap in KiB. */
#define LIMIT_PATTERN_MATCH 100000
#define LIMIT_PATTERN_DEPTH 1000
#define LIMIT_PATTERN_HEAP_KIB 8192
/* Bytes in one citation pattern, and patterns in one file. */
#define LIMIT_PATTERN_BYTES 4096
#define LIMIT_CITATION_PATTERNS 1000

/* ------------------------------------------------------------ diagnostics */

/* Errors recorded per file: past them, reading the file stops. */
#define LIMIT_FILE_ERRORS 50
/* Warnings recorded per file: past them, one line counts the rest. */
#define LIMIT_FILE_WARNINGS 50
/* Unknown columns warned about one by one per file; one line counts the
 * rest. */
#define LIMIT_UNKNOWN_COLUMNS_SHOWN 10
/* Answers (or wide columns) naming unknown indicator ids of one
 * instrument reported one by one per file; one line counts them all. */
#define LIMIT_UNKNOWN_IDS_SHOWN 5
/* Instruments of unknown ids told apart per file (past them, the ids
 * are counted as unknown indicators of no instrument). */
#define LIMIT_UNKNOWN_INSTRUMENTS 16

#endif

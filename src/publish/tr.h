/* SPDX-License-Identifier: Apache-2.0 */
/*
 * tr.h - the words of the reports (pages, charts, sheets) in the --lang
 * language, independently of the language of the command's messages
 * (LANGUAGE / LC_MESSAGES): tr_word (base/i18n.h) for words, and here
 * the codes and ratings the reports show, and the page's direction.
 */
#ifndef TR_H
#define TR_H

#include "base/i18n.h"

#include <stdbool.h>

/* A rating's name (C, LC, PC, NC; high, substantial, moderate, low) as
 * a reader of lang sees it; report.json keeps the English code. */
const char *tr_rating(const char *lang, const char *rating);
/* A code the page shows as a word (mandatory, medium, not-asked,
 * legislative, ...) in lang; report.json keeps the code. */
const char *tr_code(const char *lang, const char *code);
/* Does lang have words of its own: not English, and in gapscore's
 * catalogs? (Where the English output names a thing by its code, as a
 * workbook's headings do, only such a language replaces it.) */
bool tr_own_words(const char *lang);
/* Is lang (an ISO 639-1 code, or NULL) written right to left? */
bool tr_rtl(const char *lang);
/* The value of <html dir>: "rtl" or "ltr". */
const char *tr_dir(const char *lang);

#endif

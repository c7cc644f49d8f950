/* SPDX-License-Identifier: Apache-2.0 */
/*
 * tr.h - the words of the reports (pages, charts, sheets) in the --lang
 * language, independently of the language of the command's messages
 * (LANGUAGE / LC_MESSAGES). The words come from gapscore's gettext
 * catalogs (po/LL.po); a word the catalog of lang does not translate,
 * and every word when lang is NULL or "en", stays English, so that the
 * English reports are what they always were.
 */
#ifndef TR_H
#define TR_H

#include <stdbool.h>

/* word (an English msgid, marked for xgettext by the call) in lang. The
 * text returned lives as long as the process. */
const char *tr_word(const char *lang, const char *word)
	__attribute__((format_arg(2)));
/* A rating's name (C, LC, PC, NC; high, substantial, moderate, low) as
 * a reader of lang sees it; report.json keeps the English code. */
const char *tr_rating(const char *lang, const char *rating);
/* Is lang NULL, empty or "en": the English words, as written? */
bool tr_is_english(const char *lang);
/* A code the page shows as a word (mandatory, medium, not-asked,
 * legislative, ...) in lang; report.json keeps the code. */
const char *tr_code(const char *lang, const char *code);
/* Does gapscore's catalog translate into lang (a --lang code)? */
bool tr_has_catalog(const char *lang);
/* Is lang (an ISO 639-1 code, or NULL) written right to left? */
bool tr_rtl(const char *lang);
/* The value of <html dir>: "rtl" or "ltr". */
const char *tr_dir(const char *lang);

#endif

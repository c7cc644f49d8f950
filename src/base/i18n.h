/* SPDX-License-Identifier: Apache-2.0 */
/*
 * i18n.h - the gettext markers. _("text") looks text up in gapscore's
 * catalog in the language of LANGUAGE / LC_MESSAGES (the command's own
 * messages); N_("text") only marks text for xgettext, to be looked up
 * later. The core's diagnostics look their format up themselves
 * (diag_vadd, base/diag.h): a literal format given to diag_add,
 * diag_error, ... is marked by the call (po/Makevars), a format chosen
 * among several is marked with N_. A message with a count has a format
 * for one and one for more, each a whole sentence. tr_word looks a word up in the --lang language of the reports
 * (independently of the messages' language): a word the catalog of lang
 * does not translate, and every word when lang is NULL or "en", stays
 * English, so that the English reports are what they always were. The
 * catalogs are po/LL.po.
 */
#ifndef I18N_H
#define I18N_H

#include <libintl.h>
#include <stdbool.h>

/* The text domain: the catalogs are installed as gapscore.mo. */
#define TEXT_DOMAIN "gapscore"

#define _(text) dgettext(TEXT_DOMAIN, text)
#define N_(text) (text)

/* word (an English msgid, marked for xgettext by the call) in lang. The
 * text returned lives as long as the process. */
const char *tr_word(const char *lang, const char *word)
	__attribute__((format_arg(2)));
/* Is lang NULL, empty or "en": the English words, as written? */
bool tr_is_english(const char *lang);
/* Does gapscore's catalog translate into lang (a --lang code)? */
bool tr_has_catalog(const char *lang);

#endif

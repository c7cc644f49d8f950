/* SPDX-License-Identifier: Apache-2.0 */
/*
 * i18n.h - the gettext markers. _("text") looks text up in gapscore's
 * catalog in the language of LANGUAGE / LC_MESSAGES (the command's own
 * messages); N_("text") only marks text for xgettext, to be looked up
 * later (the reports' words, through publish/tr.h in the --lang
 * language). The catalogs are po/LL.po.
 */
#ifndef I18N_H
#define I18N_H

#include <libintl.h>

/* The text domain: the catalogs are installed as gapscore.mo. */
#define TEXT_DOMAIN "gapscore"

#define _(text) dgettext(TEXT_DOMAIN, text)
#define N_(text) (text)

#endif

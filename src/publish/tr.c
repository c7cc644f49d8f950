/* SPDX-License-Identifier: Apache-2.0 */
/*
 * tr.c - the reports' codes and ratings as words of a chosen language,
 * and its direction (see tr.h); the lookup itself, tr_word, is in
 * base/i18n.c.
 */
#include "config.h"
#include "publish/tr.h"
#include "base/i18n.h"

#include <string.h>

/* The name of a rating in lang: the codes C, LC, PC and NC stay codes
 * (the legend says them in words); the implementation ratings are
 * words. */
const char *tr_rating(const char *lang, const char *rating)
{
	static const char *const words[] = {
		N_("high"), N_("substantial"), N_("moderate"), N_("low"),
	};

	for (size_t i = 0; rating && i < sizeof(words) / sizeof(*words); i++)
		if (!strcmp(rating, words[i]))
			return tr_word(lang, words[i]);
	return rating;
}

/* A report code shown to a reader (obligations, answer confidence,
 * indicator statuses, dimensions) in lang; codes it does not know, and
 * every code in English, as they are. */
const char *tr_code(const char *lang, const char *code)
{
	static const char *const codes[] = {
		N_("mandatory"), N_("consider"), N_("optional"),
		N_("low"), N_("medium"), N_("high"),
		N_("answered"), N_("not-applicable"), N_("missing"),
		N_("not-asked"), N_("text"), N_("screening"),
		N_("legislative"), N_("implementation"),
	};

	for (size_t i = 0; code && i < sizeof(codes) / sizeof(*codes); i++)
		if (!strcmp(code, codes[i]))
			return tr_word(lang, codes[i]);
	return code;
}

/* The languages written right to left, among ISO 639-1 codes (the
 * pages, the sheets and the templates ask here). */
bool tr_rtl(const char *lang)
{
	static const char *const rtl[] = {
		"ar", "dv", "fa", "he", "ks", "ku", "ps", "sd", "ug", "ur",
		"yi",
	};

	for (size_t i = 0; lang && i < sizeof(rtl) / sizeof(*rtl); i++)
		if (!strcmp(lang, rtl[i]))
			return true;
	return false;
}

/* <html dir>. */
const char *tr_dir(const char *lang)
{
	return tr_rtl(lang) ? "rtl" : "ltr";
}

/* Not English, and translated by the catalogs. */
bool tr_own_words(const char *lang)
{
	return !tr_is_english(lang) && tr_has_catalog(lang);
}

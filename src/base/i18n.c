/* SPDX-License-Identifier: Apache-2.0 */
/*
 * i18n.c - words in a chosen language through libintl (see i18n.h): the
 * catalog's language is picked for one lookup by LANGUAGE, under an
 * LC_MESSAGES of C.UTF-8 set for this thread only (libintl ignores
 * LANGUAGE under the plain C locale), and _nl_msg_cat_cntr is bumped so
 * that libintl does not answer from the lookups of another language (the
 * means the gettext manual gives for changing the language of a running
 * program).
 *
 * LANGUAGE is the process's environment, and the workers of a run
 * (base/workpool.h) look words up at once: every lookup holds one mutex
 * from setenv to the restored value, so that no lookup sees another's
 * LANGUAGE and no getenv meets a setenv. Words are looked up while a
 * report is written, a few thousand per report: the lock costs little
 * beside the writing, and keeps libintl's own caching as it is. (The
 * other way, a locale per language made with newlocale and uselocale per
 * thread, needs each language's locale installed, which LANGUAGE does
 * not.)
 */
#include "config.h"
#include "base/i18n.h"
#include "base/xalloc.h"

#include <locale.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

/* libintl's count of catalog changes (gettext manual, "Being a gettext
 * grok"): bumped, it makes libintl look again. */
extern int _nl_msg_cat_cntr;

/* Held by a lookup from setting LANGUAGE to restoring it. */
static pthread_mutex_t lookup_lock = PTHREAD_MUTEX_INITIALIZER;
/* Made once, by the first lookup of any thread. */
static pthread_once_t messages_once = PTHREAD_ONCE_INIT;
static locale_t messages_loc;

/* Make the LC_MESSAGES under which LANGUAGE is honoured. */
static void make_messages_locale(void)
{
	messages_loc = newlocale(LC_MESSAGES_MASK, "C.UTF-8", (locale_t)0);
}

/* The LC_MESSAGES under which LANGUAGE is honoured (NULL: not made). */
static locale_t messages_locale(void)
{
	pthread_once(&messages_once, make_messages_locale);
	return messages_loc;
}

/* Is lang English or unset: the words as written? */
bool tr_is_english(const char *lang)
{
	return !lang || !*lang || !strcmp(lang, "en");
}

/* dgettext of word with LANGUAGE=lang for this one lookup, under the
 * lookup lock. */
static const char *lookup(const char *lang, const char *word)
{
	locale_t loc = messages_locale();
	locale_t prev = loc ? uselocale(loc) : (locale_t)0;
	const char *saved, *text;
	char *old;

	pthread_mutex_lock(&lookup_lock);
	saved = getenv("LANGUAGE");
	old = saved ? xstrdup(saved) : NULL;
	setenv("LANGUAGE", lang, 1);
	++_nl_msg_cat_cntr;
	text = dgettext(TEXT_DOMAIN, word);
	if (old)
		setenv("LANGUAGE", old, 1);
	else
		unsetenv("LANGUAGE");
	++_nl_msg_cat_cntr;
	pthread_mutex_unlock(&lookup_lock);
	if (loc)
		uselocale(prev);
	free(old);
	return text;
}

/* word in lang, English where untranslated. */
const char *tr_word(const char *lang, const char *word)
{
	if (tr_is_english(lang) || !word || !*word)
		return word;
	return lookup(lang, word);
}

/* The catalog's header (the translation of "") names its language. */
bool tr_has_catalog(const char *lang)
{
	const char *head;

	if (tr_is_english(lang))
		return true;
	head = lookup(lang, "");
	return head && *head;
}

/* SPDX-License-Identifier: Apache-2.0 */
/*
 * answer-words.h - the answer words of yesno and yesnopartial questions
 * and the reserved answers n/a and unknown, in the languages answers may
 * be written in (docs/answer-words.md). A word is matched after trimming,
 * Unicode normalization (NFC) and case folding, so "Oui", "OUI" and
 * "oui" are one word, and so are "sí" typed with a precomposed or a
 * combining accent. Pure: no I/O.
 */
#ifndef ANSWER_WORDS_H
#define ANSWER_WORDS_H

#include <stdbool.h>

#include "base/strbuf.h"
#include "load/answer-type.h"

/* The languages with answer words, ", "-separated, for messages. */
#define ANSWER_WORDS_LANGS "ar, en, es, fr, ru or zh"

/* Does lang (a two-letter code) have answer words? */
bool answer_words_has_lang(const char *lang);

/*
 * The canonical answer ("yes", "no", "partial", "n/a" or "unknown") that
 * word means in lang, when a question of kind takes it (yes and no for
 * yesno and yesnopartial, partial for yesnopartial, n/a and unknown for
 * every kind); else NULL. English is every language's too: "Yes" is
 * "yes" whatever the lang. lang NULL: English only.
 */
const char *answer_words_canonical(const char *lang, enum answer_kind kind,
				   const char *word);

/* The word a reader of lang sees for a canonical answer ("partial":
 * "partiel" in French), the first of the table's words for it; the
 * answer as it is in English, for another text, or a lang without
 * answer words. */
const char *answer_words_word(const char *lang, const char *answer);
/* Append the answers of a condition ("yes|partial"), each as
 * answer_words_word gives it in lang, separated by sep. */
void answer_words_values(struct strbuf *sb, const char *lang,
			 const char *values, const char *sep);
/* Append the words lang takes for a question of kind (yes/no words only
 * for yesno and yesnopartial, then n/a and unknown), for messages:
 * "oui, non, partiel, partiellement, s.o., sans objet, ...". */
void answer_words_describe(const char *lang, enum answer_kind kind,
			   struct strbuf *sb);

#endif

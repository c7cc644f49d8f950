/* SPDX-License-Identifier: Apache-2.0 */
/*
 * answer-words.c - the table of answer words per language and their
 * matching (see answer-words.h). Normalization and case folding are
 * libunistring's (u8_casefold with NFC), so that every script's case
 * rules are the Unicode ones, not hand-made.
 */
#include "config.h"
#include "load/answer-words.h"
#include "base/xalloc.h"
#include "base/text.h"

#include <stdlib.h>
#include <string.h>
#include <unicase.h>
#include <uninorm.h>

/* One word and the canonical answer it stands for. */
struct answer_word {
	const char *lang;
	const char *canonical;
	const char *word;
};

/* docs/answer-words.md lists the same table: keep them together. */
static const struct answer_word words[] = {
	{ "fr", "yes", "oui" },
	{ "fr", "no", "non" },
	{ "fr", "partial", "partiel" },
	{ "fr", "partial", "partiellement" },
	{ "fr", "n/a", "s.o." },
	{ "fr", "n/a", "sans objet" },
	{ "fr", "unknown", "inconnu" },
	{ "fr", "unknown", "ne sait pas" },
	{ "es", "yes", "sí" },
	{ "es", "yes", "si" },
	{ "es", "no", "no" },
	{ "es", "partial", "parcial" },
	{ "es", "partial", "parcialmente" },
	{ "es", "n/a", "no aplica" },
	{ "es", "n/a", "n.a." },
	{ "es", "unknown", "desconocido" },
	{ "es", "unknown", "no sabe" },
	{ "ru", "yes", "да" },
	{ "ru", "no", "нет" },
	{ "ru", "partial", "частично" },
	{ "ru", "n/a", "неприменимо" },
	{ "ru", "n/a", "н/п" },
	{ "ru", "unknown", "неизвестно" },
	{ "ru", "unknown", "не знаю" },
	{ "ar", "yes", "نعم" },
	{ "ar", "no", "لا" },
	{ "ar", "partial", "جزئي" },
	{ "ar", "partial", "جزئيا" },
	{ "ar", "n/a", "غير منطبق" },
	{ "ar", "n/a", "لا ينطبق" },
	{ "ar", "unknown", "غير معروف" },
	{ "ar", "unknown", "لا أعرف" },
	{ "zh", "yes", "是" },
	{ "zh", "no", "否" },
	{ "zh", "partial", "部分" },
	{ "zh", "n/a", "不适用" },
	{ "zh", "unknown", "未知" },
	{ "zh", "unknown", "不知道" },
};
#define NWORDS (sizeof(words) / sizeof(words[0]))

/* The canonical answers, which every language takes as they are. */
static const char *const canonical[] = {
	"yes", "no", "partial", "n/a", "unknown",
};

/* Does lang have answer words: English, or a language of the table? */
bool answer_words_has_lang(const char *lang)
{
	if (!strcmp(lang, "en"))
		return true;
	for (size_t i = 0; i < NWORDS; i++)
		if (!strcmp(words[i].lang, lang))
			return true;
	return false;
}

/* s trimmed, NFC-normalized and case-folded (caller frees); NULL when s
 * is not valid UTF-8. */
static char *fold(const char *s)
{
	size_t len, out_len = 0;
	const char *p = trim_span(s, &len);
	uint8_t *out = u8_casefold((const uint8_t *)p, len, NULL,
				   UNINORM_NFC, NULL, &out_len);
	char *z;

	if (!out)
		return NULL;
	z = xstrndup((const char *)out, out_len);
	free(out);
	return z;
}

/* Is folded (already folded) the word w once folded? */
static bool same_word(const char *folded, const char *w)
{
	char *fw = fold(w);
	bool same = fw && !strcmp(folded, fw);

	free(fw);
	return same;
}

/* Does a question of kind take the canonical answer c? */
static bool kind_takes(enum answer_kind kind, const char *c)
{
	if (!strcmp(c, "n/a") || !strcmp(c, "unknown"))
		return true;
	if (!strcmp(c, "partial"))
		return kind == ANSWER_YESNOPARTIAL;
	return kind == ANSWER_YESNO || kind == ANSWER_YESNOPARTIAL;
}

/* lang's first word for a canonical answer (see answer-words.h). */
const char *answer_words_word(const char *lang, const char *answer)
{
	for (size_t i = 0; lang && answer && i < NWORDS; i++)
		if (!strcmp(words[i].lang, lang) &&
		    !strcmp(words[i].canonical, answer))
			return words[i].word;
	return answer;
}

/* A condition's answers in lang (see answer-words.h). */
void answer_words_values(struct strbuf *sb, const char *lang,
			 const char *values, const char *sep)
{
	char *copy = xstrdup(values);
	char *save = NULL;
	bool first = true;

	for (char *v = strtok_r(copy, "|", &save); v;
	     v = strtok_r(NULL, "|", &save)) {
		if (!first)
			strbuf_adds(sb, sep);
		first = false;
		strbuf_adds(sb, answer_words_word(lang, v));
	}
	free(copy);
}

/* The canonical words first, then lang's own. */
const char *answer_words_canonical(const char *lang, enum answer_kind kind,
				   const char *word)
{
	char *folded = fold(word);
	const char *found = NULL;

	if (!folded)
		return NULL;
	for (size_t i = 0; i < sizeof(canonical) / sizeof(*canonical); i++)
		if (!strcmp(folded, canonical[i]))
			found = canonical[i];
	for (size_t i = 0; !found && lang && i < NWORDS; i++)
		if (!strcmp(words[i].lang, lang) &&
		    same_word(folded, words[i].word))
			found = words[i].canonical;
	free(folded);
	return found && kind_takes(kind, found) ? found : NULL;
}

/* lang's words for kind, in the table's order. */
void answer_words_describe(const char *lang, enum answer_kind kind,
			   struct strbuf *sb)
{
	size_t n = 0;

	for (size_t i = 0; i < NWORDS; i++)
		if (!strcmp(words[i].lang, lang) &&
		    kind_takes(kind, words[i].canonical))
			strbuf_addf(sb, "%s%s", n++ ? ", " : "", words[i].word);
}

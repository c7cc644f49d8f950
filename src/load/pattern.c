/* SPDX-License-Identifier: Apache-2.0 */
/*
 * pattern.c - PCRE2 wrapper: compile once, match many times (each answer
 * against its indicator's valid_regex, evidence against the citation
 * patterns, questions against --match). Subjects are text the CSV reader
 * has validated as UTF-8, so UTF checking is skipped at match time.
 * PCRE2 allocates through xalloc (a general context with private
 * malloc and free), as the rest of the program does.
 */
#include "config.h"
#include "load/pattern.h"
#include "base/xalloc.h"
#include "base/i18n.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

struct pattern {
	pcre2_code *code;
	pcre2_match_context *mctx;
};

/* PCRE2's private malloc: xalloc's, so that exhaustion (or an injected
 * failure) is handled as everywhere else. */
static void *pcre_malloc(PCRE2_SIZE size, void *data)
{
	(void)data;
	return xmalloc(size);
}

/* PCRE2's private free. */
static void pcre_free(void *ptr, void *data)
{
	(void)data;
	free(ptr);
}

/* Compile source through a compile context on xalloc; NULL with
 * *errcode and *erroffset when it does not compile. The code keeps the
 * allocator for what it allocates later (match data). */
static pcre2_code *compile_code(const char *source, uint32_t options,
				pcre2_general_context *gctx, int *errcode,
				PCRE2_SIZE *erroffset)
{
	pcre2_compile_context *cctx = pcre2_compile_context_create(gctx);
	pcre2_code *code;

	code = pcre2_compile((PCRE2_SPTR)source, PCRE2_ZERO_TERMINATED,
			     PCRE2_UTF | options, errcode, erroffset, cctx);
	pcre2_compile_context_free(cctx);
	return code;
}

/* Compile source with options; the common part of both constructors. */
static struct pattern *compile(const char *source, uint32_t options,
			       char **err)
{
	pcre2_general_context *gctx =
		pcre2_general_context_create(pcre_malloc, pcre_free, NULL);
	int errcode;
	PCRE2_SIZE erroffset;
	pcre2_code *code;
	struct pattern *pat;

	code = compile_code(source, options, gctx, &errcode, &erroffset);
	if (!code) {
		PCRE2_UCHAR buf[256];
		char msg[600];
		pcre2_general_context_free(gctx);
		pcre2_get_error_message(errcode, buf, sizeof(buf));
		/* TRANSLATORS: PCRE2's own message, then where. */
		snprintf(msg, sizeof(msg), _("%s at character %zu"),
			 (const char *)buf, (size_t)erroffset + 1);
		*err = xstrdup(msg);
		return NULL;
	}
	pat = xmalloc(sizeof(*pat));
	pat->code = code;
	pat->mctx = pcre2_match_context_create(gctx);
	pcre2_general_context_free(gctx);
	if (!pat->mctx) {
		pcre2_code_free(code);
		free(pat);
		*err = xstrdup(_("cannot allocate a match context"));
		return NULL;
	}
	pcre2_set_match_limit(pat->mctx, PATTERN_MATCH_LIMIT);
	pcre2_set_depth_limit(pat->mctx, PATTERN_DEPTH_LIMIT);
	pcre2_set_heap_limit(pat->mctx, PATTERN_HEAP_LIMIT_KIB);
	return pat;
}

/* Anchored at both ends: valid_regex must match the whole answer. */
struct pattern *pattern_new(const char *source, char **err)
{
	return compile(source, PCRE2_ANCHORED | PCRE2_ENDANCHORED, err);
}

/* Unanchored, caseless, Unicode-aware: for searching text. */
struct pattern *pattern_new_search(const char *source, char **err)
{
	return compile(source, PCRE2_CASELESS | PCRE2_UCP, err);
}

/* Free the code and the match context; NULL is fine. */
void pattern_free(struct pattern *pat)
{
	if (!pat)
		return;
	pcre2_match_context_free(pat->mctx);
	pcre2_code_free(pat->code);
	free(pat);
}

/* The anchoring is in the compiled pattern, so searching is matching. */
enum pattern_result pattern_search(const struct pattern *pat,
				   const char *subject, size_t len)
{
	return pattern_match_whole(pat, subject, len);
}

/* One bounded match; any PCRE2 failure but no match counts as the limit. */
enum pattern_result pattern_match_whole(const struct pattern *pat,
					const char *subject, size_t len)
{
	pcre2_match_data *md;
	int rc;

	/* NULL: the code's allocator, xalloc's. */
	md = pcre2_match_data_create_from_pattern(pat->code, NULL);
	if (!md)
		return PATTERN_LIMIT;
	rc = pcre2_match(pat->code, (PCRE2_SPTR)subject, len, 0,
			 PCRE2_NO_UTF_CHECK, md, pat->mctx);
	pcre2_match_data_free(md);
	if (rc >= 0)
		return PATTERN_MATCH;
	if (rc == PCRE2_ERROR_NOMATCH)
		return PATTERN_NO_MATCH;
	return PATTERN_LIMIT;
}

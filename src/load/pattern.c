/*
 * pattern.c - PCRE2 wrapper: compile once, match many times (each answer
 * against its indicator's valid_regex, evidence against the citation
 * patterns, questions against --match). Subjects are text the CSV reader
 * has validated as UTF-8, so UTF checking is skipped at match time.
 */
#include "config.h"
#include "load/pattern.h"
#include "base/xalloc.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

struct pattern {
	pcre2_code *code;
	pcre2_match_context *mctx;
};

/* Compile source with options; the common part of both constructors. */
static struct pattern *compile(const char *source, uint32_t options,
			       char **err)
{
	int errcode;
	PCRE2_SIZE erroffset;
	pcre2_code *code;
	struct pattern *pat;

	code = pcre2_compile((PCRE2_SPTR)source, PCRE2_ZERO_TERMINATED,
			     PCRE2_UTF | options, &errcode, &erroffset, NULL);
	if (!code) {
		PCRE2_UCHAR buf[256];
		char msg[400];
		pcre2_get_error_message(errcode, buf, sizeof(buf));
		snprintf(msg, sizeof(msg), "%s at character %zu",
			 (const char *)buf, (size_t)erroffset + 1);
		*err = xstrdup(msg);
		return NULL;
	}
	pat = xmalloc(sizeof(*pat));
	pat->code = code;
	pat->mctx = pcre2_match_context_create(NULL);
	if (!pat->mctx) {
		pcre2_code_free(code);
		free(pat);
		*err = xstrdup("cannot allocate a match context");
		return NULL;
	}
	pcre2_set_match_limit(pat->mctx, PATTERN_MATCH_LIMIT);
	pcre2_set_depth_limit(pat->mctx, PATTERN_DEPTH_LIMIT);
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

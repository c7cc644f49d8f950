/* SPDX-License-Identifier: Apache-2.0 */
/*
 * pattern.h - compiled PCRE2 patterns with bounded matching. The only
 * module that knows PCRE2. Patterns come from indicator sets (untrusted),
 * so every match runs under a match limit, a depth limit and a heap
 * limit, and hitting one is reported rather than hanging the run.
 */
#ifndef PATTERN_H
#define PATTERN_H

#include <stdbool.h>
#include <stddef.h>

#include "base/limits.h"

struct pattern;

#define PATTERN_MATCH_LIMIT LIMIT_PATTERN_MATCH
#define PATTERN_DEPTH_LIMIT LIMIT_PATTERN_DEPTH
#define PATTERN_HEAP_LIMIT_KIB LIMIT_PATTERN_HEAP_KIB

enum pattern_result {
	PATTERN_MATCH,
	PATTERN_NO_MATCH,
	PATTERN_LIMIT,		/* gave up: match, depth or heap limit */
};

/* The limits a match runs under, for messages, as the arguments of
 * "PCRE2's limits (%d steps, depth %d, heap %d KiB)" written in each
 * message's format (so that translators see the whole sentence). */
#define PATTERN_LIMITS_ARGS \
	LIMIT_PATTERN_MATCH, LIMIT_PATTERN_DEPTH, LIMIT_PATTERN_HEAP_KIB

/*
 * Compile source (UTF-8) to be matched against the whole subject. Returns
 * NULL and a message in *err (caller frees) when it does not compile.
 */
struct pattern *pattern_new(const char *source, char **err);
void pattern_free(struct pattern *pat);
/* Match the whole of subject (valid UTF-8, len bytes). */
enum pattern_result pattern_match_whole(const struct pattern *pat,
					const char *subject, size_t len);

/*
 * Compile source to be searched for anywhere in a subject, ignoring case,
 * with Unicode classes (\w, \d, \b know accented letters). NULL and
 * *err (caller frees) when it does not compile.
 */
struct pattern *pattern_new_search(const char *source, char **err);
/* Is pat found anywhere in subject (valid UTF-8, len bytes)? */
enum pattern_result pattern_search(const struct pattern *pat,
				   const char *subject, size_t len);

#endif

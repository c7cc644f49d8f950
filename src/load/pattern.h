/*
 * pattern.h - compiled PCRE2 patterns with bounded matching. The only
 * module that knows PCRE2. Patterns come from indicator sets (untrusted),
 * so every match runs under a match limit and a depth limit, and hitting
 * one is reported as an error rather than hanging the run.
 */
#ifndef PATTERN_H
#define PATTERN_H

#include <stdbool.h>
#include <stddef.h>

struct pattern;

#define PATTERN_MATCH_LIMIT 100000
#define PATTERN_DEPTH_LIMIT 1000

enum pattern_result {
	PATTERN_MATCH,
	PATTERN_NO_MATCH,
	PATTERN_LIMIT,		/* gave up: match or depth limit reached */
};

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

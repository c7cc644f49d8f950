/* SPDX-License-Identifier: Apache-2.0 */
/*
 * evidence.c - citation patterns and their use on evidence text. The
 * built-in patterns aim at the forms legal citations take in English,
 * French and Spanish drafting: "art. 5", "article 211(2)", "s. 4",
 * "section 12", "§ 3", "alinéa 2", "artículo 8", "Penal Code 1998",
 * "Act 2019", "Loi n° 2018-17", "Ley 12/2020", "Decree No. 45/2021".
 */
#include "config.h"
#include "score/evidence.h"
#include "base/xalloc.h"
#include "base/text.h"
#include "load/pattern.h"
#include "base/limits.h"
#include "base/i18n.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct citation_rule {
	struct pattern *pattern;
	long line;		/* in file; 0 for a built-in pattern */
	size_t *limit_hits;	/* texts it gave up on; owned, mutable
				 * through const rules */
};

struct citation_rules {
	struct citation_rule *items;
	size_t count;
	size_t cap;
	char *file;		/* where the patterns come from, or NULL */
	char sha256[DIGEST_HEX_SIZE];	/* of the file's bytes */
	bool full;		/* past LIMIT_CITATION_PATTERNS (reported) */
};

static const char *const default_patterns[] = {
	/* a provision and its number */
	"\\b(?:art(?:icle|[ií]culo)?s?|sec(?:tion)?s?|s|ss|para(?:graph)?s?"
	"|alin[ée]a|chap(?:ter|itre)?|cap[ií]tulo|r[eè]gle|rule)\\s*\\.?\\s*"
	"\\d+",
	"§+\\s*\\d+",
	/* a named instrument with a number or year */
	"\\b(?:act|law|code|decree|ordinance|statute|regulations?|bill"
	"|loi|d[ée]cret|ordonnance|arr[êe]t[ée]|code|ley|decreto|c[óo]digo"
	"|reglamento|ordenanza|resoluci[óo]n)\\b[^.;\\n]*\\d",
	/* "No. 45/2021", "n° 2018-17", "núm. 12/2020" */
	"\\b(?:no|n[°º]|n[uú]m(?:ero)?)\\s*\\.?\\s*\\d+\\s*[/-]\\s*\\d+",
	"\\bn[°º]\\s*\\d+",
};

/* Add one compiled pattern, from line of the rules' file, to the rules. */
static void add_rule(struct citation_rules *rules, struct pattern *pat,
		     long line)
{
	struct citation_rule *r;

	GROW(rules->items, rules->cap, rules->count + 1);
	r = &rules->items[rules->count++];
	r->pattern = pat;
	r->line = line;
	r->limit_hits = xcalloc(1, sizeof(*r->limit_hits));
}

/* The built-in English, French and Spanish citation patterns. */
struct citation_rules *citation_rules_default(void)
{
	struct citation_rules *rules = xcalloc(1, sizeof(*rules));

	for (size_t i = 0;
	     i < sizeof(default_patterns) / sizeof(default_patterns[0]); i++) {
		char *err = NULL;
		struct pattern *pat = pattern_new_search(default_patterns[i],
							 &err);
		/* The built-in patterns are tested (unit tests compile
		 * them); failing here is a bug, not an input error. */
		if (!pat)
			abort();
		add_rule(rules, pat, 0);
	}
	return rules;
}

/* Check and compile one line of a citation file (text, len bytes, no
 * line end) into the rules; errors name path:line. */
static void add_line(struct citation_rules *rules, const char *path,
		     long line, const char *text, size_t len,
		     struct diag_list *diags)
{
	char *raw, *pattern, *err = NULL;
	struct pattern *pat;
	size_t bad;

	if (memchr(text, '\0', len)) {
		diag_error(diags, path, line, "1", "NUL byte in the line; "
			   "expected a PCRE2 pattern in UTF-8");
		return;
	}
	raw = xstrndup(text, len);
	pattern = trim_dup(raw);
	free(raw);
	if (!pattern[0] || pattern[0] == '#' || rules->full)
		;	/* a blank line, a comment, or past the limit */
	else if (strlen(pattern) > LIMIT_PATTERN_BYTES)
		diag_error(diags, path, line, "1", "citation pattern is longer "
			   "than the limit of %d bytes (%zu bytes); expected a "
			   "shorter pattern", LIMIT_PATTERN_BYTES,
			   strlen(pattern));
	else if ((rules->full = rules->count >= LIMIT_CITATION_PATTERNS))
		diag_error(diags, path, line, "1", "more than %d citation "
			   "patterns, the limit; expected at most %d (the rest "
			   "of the file is not read)", LIMIT_CITATION_PATTERNS,
			   LIMIT_CITATION_PATTERNS);
	else if (!utf8_valid(pattern, strlen(pattern), &bad))
		diag_error(diags, path, line, "1", "invalid UTF-8 at byte %zu "
			   "(0x%02x); expected a PCRE2 pattern in UTF-8",
			   bad + 1, (unsigned char)pattern[bad]);
	else if (!(pat = pattern_new_search(pattern, &err)))
		diag_error(diags, path, line, "1", "citation pattern does not "
			   "compile: %s; expected a PCRE2 pattern", err);
	else
		add_rule(rules, pat, line);
	free(err);
	free(pattern);
}

/* Split one getline line at its line ends (a lone CR ends a line too)
 * and add each; *line counts the lines. */
static void add_lines(struct citation_rules *rules, const char *path,
		      long *line, const char *buf, size_t n,
		      struct diag_list *diags)
{
	size_t start = 0;

	for (size_t i = 0; i <= n; i++) {
		bool crlf = i + 1 < n && buf[i] == '\r' && buf[i + 1] == '\n';

		if (i < n && buf[i] != '\r' && buf[i] != '\n')
			continue;
		if (i == n && start == n)
			break;
		++*line;
		add_line(rules, path, *line, buf + start, i - start, diags);
		i += crlf;
		start = i + 1;
	}
}

/* Read citation patterns from a file, one per line (see evidence.h). */
enum diag_status citation_rules_load(const char *path,
				     struct citation_rules **out,
				     struct diag_list *diags)
{
	FILE *f = fopen(path, "r");
	struct citation_rules *rules;
	char *buf = NULL;
	size_t cap = 0;
	ssize_t got;
	long line = 0;
	size_t errors = diags->errors;
	struct digest *digest;

	*out = NULL;
	if (!f) {
		diag_error(diags, path, 0, NULL, "cannot open: %s",
			   strerror(errno));
		return DIAG_SYSTEM;
	}
	rules = xcalloc(1, sizeof(*rules));
	rules->file = xstrdup(path);
	digest = digest_new();
	while ((got = getline(&buf, &cap, f)) > 0 &&
	       !diag_cap_reached(diags, path, line)) {
		digest_add(digest, buf, (size_t)got);
		add_lines(rules, path, &line, buf, (size_t)got, diags);
	}
	digest_finish(digest, rules->sha256);
	free(buf);
	fclose(f);
	if (diags->errors == errors && rules->count == 0)
		diag_error(diags, path, 1, "1", "no citation pattern; expected "
			   "one PCRE2 pattern per line");
	if (diags->errors > errors) {
		citation_rules_free(rules);
		return DIAG_INVALID;
	}
	*out = rules;
	return DIAG_OK;
}

/* Free the rules and their patterns. */
void citation_rules_free(struct citation_rules *rules)
{
	if (!rules)
		return;
	for (size_t i = 0; i < rules->count; i++) {
		pattern_free(rules->items[i].pattern);
		free(rules->items[i].limit_hits);
	}
	free(rules->items);
	free(rules->file);
	free(rules);
}

/* How many patterns the rules hold (0 for none). */
size_t citation_rules_count(const struct citation_rules *rules)
{
	return rules ? rules->count : 0;
}

/* The patterns' file, when they come from one. */
void citation_rules_sources(const struct citation_rules *rules,
			    struct sources *l)
{
	if (rules && rules->file)
		sources_add(l, "citation-patterns", rules->file, rules->sha256);
}

/* Does text cite a provision by any of the rules? A pattern that gives
 * up is counted, and the next one tried. */
bool citation_found(const struct citation_rules *rules, const char *text)
{
	size_t len = text ? strlen(text) : 0;

	for (size_t i = 0; rules && len && i < rules->count; i++)
		switch (pattern_search(rules->items[i].pattern, text, len)) {
		case PATTERN_MATCH:
			return true;
		case PATTERN_LIMIT:
			/* Workers score at once (base/workpool.h). */
			__atomic_add_fetch(rules->items[i].limit_hits, 1,
					   __ATOMIC_RELAXED);
			break;
		case PATTERN_NO_MATCH:
			break;
		}
	return false;
}

/* A warning for each pattern that gave up on some text. */
void citation_rules_report(const struct citation_rules *rules,
			   struct diag_list *diags)
{
	for (size_t i = 0; rules && i < rules->count; i++) {
		const struct citation_rule *r = &rules->items[i];
		size_t n = *r->limit_hits;
		const char *column = rules->file ? "1" : NULL;

		if (!n)
			continue;
		if (rules->file)
			diag_warning(diags, rules->file, r->line, column,
				     n == 1
				     ? N_("citation pattern gave up on %zu "
				          "evidence text at PCRE2's limits (%d "
				          "steps, depth %d, heap %d KiB); it "
				          "counts as citing nothing, and an "
				          "answer may be flagged unsupported for "
				          "that alone; expected a simpler "
				          "pattern")
				     : N_("citation pattern gave up on %zu "
				          "evidence texts at PCRE2's limits (%d "
				          "steps, depth %d, heap %d KiB); they "
				          "count as citing nothing, and an "
				          "answer may be flagged unsupported for "
				          "that alone; expected a simpler "
				          "pattern"), n, PATTERN_LIMITS_ARGS);
		else
			diag_warning(diags, rules->file, r->line, column,
				     n == 1
				     ? N_("built-in citation pattern %zu gave up "
				          "on %zu evidence text at PCRE2's "
				          "limits (%d steps, depth %d, heap %d "
				          "KiB); it counts as citing nothing, and "
				          "an answer may be flagged unsupported "
				          "for that alone; expected a simpler "
				          "pattern")
				     : N_("built-in citation pattern %zu gave up "
				          "on %zu evidence texts at PCRE2's "
				          "limits (%d steps, depth %d, heap %d "
				          "KiB); they count as citing nothing, "
				          "and an answer may be flagged "
				          "unsupported for that alone; expected a "
				          "simpler pattern"), i + 1, n,
				     PATTERN_LIMITS_ARGS);
	}
}

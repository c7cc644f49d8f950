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

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct citation_rules {
	struct pattern **items;
	size_t count;
	size_t cap;
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

/* Add one compiled pattern to the rules. */
static void add_rule(struct citation_rules *rules, struct pattern *pat)
{
	GROW(rules->items, rules->cap, rules->count + 1);
	rules->items[rules->count++] = pat;
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
		add_rule(rules, pat);
	}
	return rules;
}

/* Read citation patterns from a file, one per line (see evidence.h). */
enum diag_status citation_rules_load(const char *path,
				     struct citation_rules **out,
				     struct diag_list *diags)
{
	FILE *f = fopen(path, "r");
	struct citation_rules *rules;
	char *line = NULL;
	size_t cap = 0;
	long lineno = 0;
	size_t errors = diags->errors;

	*out = NULL;
	if (!f) {
		diag_error(diags, path, 0, NULL, "cannot open: %s",
			   strerror(errno));
		return DIAG_SYSTEM;
	}
	rules = xcalloc(1, sizeof(*rules));
	while (getline(&line, &cap, f) > 0) {
		char *text = trim_dup(line), *err = NULL;
		struct pattern *pat;
		size_t bad;

		lineno++;
		if (!text[0] || text[0] == '#') {
			free(text);
			continue;
		}
		if (!utf8_valid(text, strlen(text), &bad)) {
			diag_error(diags, path, lineno, "1", "invalid UTF-8; "
				   "expected a PCRE2 pattern in UTF-8");
		} else if (!(pat = pattern_new_search(text, &err))) {
			diag_error(diags, path, lineno, "1", "citation pattern "
				   "does not compile: %s; expected a PCRE2 "
				   "pattern", err);
			free(err);
		} else {
			add_rule(rules, pat);
		}
		free(text);
	}
	free(line);
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
	for (size_t i = 0; i < rules->count; i++)
		pattern_free(rules->items[i]);
	free(rules->items);
	free(rules);
}

/* How many patterns the rules hold (0 for none). */
size_t citation_rules_count(const struct citation_rules *rules)
{
	return rules ? rules->count : 0;
}

/* Does text cite a provision by any of the rules? */
bool citation_found(const struct citation_rules *rules, const char *text)
{
	size_t len = text ? strlen(text) : 0;

	for (size_t i = 0; rules && len && i < rules->count; i++)
		if (pattern_search(rules->items[i], text, len) == PATTERN_MATCH)
			return true;
	return false;
}

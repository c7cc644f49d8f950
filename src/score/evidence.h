/* SPDX-License-Identifier: Apache-2.0 */
/*
 * evidence.h - does an expert's evidence cite a legal provision? A
 * positive legislative answer whose evidence cites none is flagged
 * "unsupported" in the report. Citations are recognised by PCRE2 patterns
 * (searched anywhere, ignoring case): built-in ones for common English,
 * French and Spanish forms, or the user's own.
 */
#ifndef EVIDENCE_H
#define EVIDENCE_H

#include <stdbool.h>
#include <stddef.h>

#include "base/diag.h"
#include "base/sources.h"

struct citation_rules;

/* The built-in patterns: article / section / paragraph / § numbers,
 * named laws, acts, codes and decrees with a number, "No. 12/2020". */
struct citation_rules *citation_rules_default(void);

/*
 * Patterns from a file, one per line (LF, CRLF or CR ends a line; blank
 * lines and lines starting with # are skipped) into *out. Errors (a
 * pattern that does not compile, invalid UTF-8, a NUL byte, a pattern
 * longer than LIMIT_PATTERN_BYTES, more than LIMIT_CITATION_PATTERNS
 * patterns) name FILE:LINE. Returns DIAG_OK with the rules in *out; else
 * *out is NULL and the status is DIAG_SYSTEM when the file cannot be
 * opened, DIAG_INVALID when it holds an error.
 */
enum diag_status citation_rules_load(const char *path,
				     struct citation_rules **out,
				     struct diag_list *diags);
void citation_rules_free(struct citation_rules *rules);
size_t citation_rules_count(const struct citation_rules *rules);
/* Append the file the rules were read from, with its SHA-256, to l
 * (nothing for the built-in rules). */
void citation_rules_sources(const struct citation_rules *rules,
			    struct sources *l);

/*
 * Does text (valid UTF-8; NULL or empty cites nothing) cite a provision?
 * A pattern that gives up on text at PCRE2's limits (pattern.h) finds
 * nothing there; the rules count such texts per pattern (the counters
 * are the one thing a search changes: not for concurrent use).
 */
bool citation_found(const struct citation_rules *rules, const char *text);

/*
 * One warning per pattern that gave up on some text since the rules were
 * made, naming the pattern's FILE:LINE (a built-in pattern by its
 * number) and how many texts: those texts may have been flagged
 * unsupported only because the pattern gave up.
 */
void citation_rules_report(const struct citation_rules *rules,
			   struct diag_list *diags);

#endif

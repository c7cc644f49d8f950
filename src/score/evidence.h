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

struct citation_rules;

/* The built-in patterns: article / section / paragraph / § numbers,
 * named laws, acts, codes and decrees with a number, "No. 12/2020". */
struct citation_rules *citation_rules_default(void);

/*
 * Patterns from a file, one per line (blank lines and lines starting with
 * # are skipped) into *out. Errors (a pattern that does not compile) name
 * FILE:LINE. Returns DIAG_OK with the rules in *out; else *out is NULL
 * and the status is DIAG_SYSTEM when the file cannot be opened,
 * DIAG_INVALID when it holds an error.
 */
enum diag_status citation_rules_load(const char *path,
				     struct citation_rules **out,
				     struct diag_list *diags);
void citation_rules_free(struct citation_rules *rules);
size_t citation_rules_count(const struct citation_rules *rules);

/* Does text (valid UTF-8; NULL or empty cites nothing) cite a provision? */
bool citation_found(const struct citation_rules *rules, const char *text);

#endif

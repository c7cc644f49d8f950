/* SPDX-License-Identifier: Apache-2.0 */
/*
 * help.h - help and usage synopses generated from the option tables
 * (help.c).
 */
#ifndef HELP_H
#define HELP_H

#include "cli/command.h"

/* Print cmd's help to standard output in the messages' language
 * (help.c). */
void cli_print_help(const struct cli_command *cmd);
/* Print the overview of the commands cmds (ending with NULL), as
 * "gapscore --help" shows it, in the messages' language. */
void cli_print_overview_of(const struct cli_command *const *cmds);
/* "a, b or c" from a NULL-terminated list, in English (caller frees); mark, when
 * not NULL, is the value followed by " (default)". */
char *cli_values_text(const char *const *values, const char *mark);
/* text (an option's help) with "{values}" and "{default}" filled in for
 * o, in English as the man page writes it (caller frees). */
char *cli_expand_help(const char *text, const struct cli_option *o);
/* Entry e as the usage synopsis shows it, e.g. "-i INDICATORS.csv
 * [-i ...]" or "[--country ISO3]" (caller frees). */
char *cli_synopsis_item(const struct cli_entry *e);
/* Does cmd's synopsis end with "[OPTION]..." (it has options that the
 * synopsis does not show)? */
bool cli_synopsis_has_more(const struct cli_entry *e, size_t n);

#endif

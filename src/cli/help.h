/*
 * help.h - help and usage synopses generated from the option tables
 * (help.c).
 */
#ifndef HELP_H
#define HELP_H

#include "cli/command.h"

/* Print cmd's help to standard output (help.c). */
void cli_print_help(const struct cli_command *cmd);
/* "a, b or c" from a NULL-terminated list (caller frees); mark, when
 * not NULL, is the value followed by " (default)". */
char *cli_values_text(const char *const *values, const char *mark);

#endif

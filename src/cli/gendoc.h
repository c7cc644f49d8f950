/* SPDX-License-Identifier: Apache-2.0 */
/*
 * gendoc.h - gapscore's man page and bash completion, generated from the
 * same command and option tables as --help (commands.c, options.c, the
 * cmd-*.c tables), so that the three never drift apart. The program
 * gapscore-gendoc (gendoc.c) runs them at build time; gendoc-man.c writes
 * roff, gendoc-bash.c writes the completion script.
 */
#ifndef GENDOC_H
#define GENDOC_H

#include <stddef.h>

/* The man page gapscore(1) in roff (caller frees): sets are the paths of
 * the installed indicator sets (e.g. "indicators/untoc.csv"), listed
 * under FILES by their names; date is the page's date (YYYY-MM-DD). */
char *gendoc_man(const char *const *sets, size_t nsets, const char *date);
/* The bash completion script (caller frees), or NULL after printing
 * why when a table holds a word the script cannot quote. */
char *gendoc_bash(void);

#endif

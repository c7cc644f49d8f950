/* SPDX-License-Identifier: Apache-2.0 */
/*
 * find-set.h - "-i untoc": an indicator set named by its name finds its
 * file. A value of an option that takes an indicator set (completion
 * class CLI_COMPLETE_INDSET) that is not an existing file, holds no '/'
 * and does not end in ".csv" names NAME.csv in the first of these
 * directories that holds it: each of $GAPSCORE_INDICATORS (':'
 * separated), the installed sets (cli_about_indicators_dir), then
 * ./indicators. The file found is used silently; none found is an error
 * naming the places looked in (find-set.c).
 */
#ifndef FIND_SET_H
#define FIND_SET_H

#include "cli/command.h"

/* Is value a set's name rather than a file (see above)? */
bool cli_is_set_name(const char *value);
/* The file the set called name is in (caller frees), or NULL, with
 * *looked (caller frees) naming the places looked in. */
char *cli_find_set(const char *name, char **looked);
/* Replace each set name given to cmd's indicator set options in a by its
 * file (kept in a->found, which owns them); CLI_GO_ON, or EXIT_SYSTEM
 * after saying which set was not found and where it was looked for. */
int cli_find_sets(const struct cli_command *cmd, struct cli_args *a);
/* The name ("untoc") a set was given as on the command line when path is
 * the file found for it, else path itself. */
const char *cli_set_given_name(const struct cli_args *a, const char *path);

#endif

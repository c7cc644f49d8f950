/* SPDX-License-Identifier: Apache-2.0 */
/*
 * parse.h - the one parser of every command's arguments, driven by its
 * option table (parse.c).
 */
#ifndef PARSE_H
#define PARSE_H

#include "cli/command.h"

/* The values and defaults of a run of cmd (parse.c). */
void cli_args_init(struct cli_args *a, const struct cli_command *cmd);
void cli_args_release(struct cli_args *a, const struct cli_command *cmd);
/* Read argv into a; CLI_GO_ON, or the exit status (help printed, or a
 * usage error). */
int cli_parse(const struct cli_command *cmd, struct cli_args *a, int argc,
	      char **argv);

#endif

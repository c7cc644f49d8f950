/* SPDX-License-Identifier: Apache-2.0 */
/*
 * commands.c - the list of subcommands (as tmux's cmd_table): each is
 * defined in its cmd-NAME.c; adding one means adding it here, its file,
 * and the file to Makefile.am.
 */
#include "config.h"
#include "cli/cli.h"
#include "cli/about.h"

#include <stdio.h>
#include <string.h>

extern const struct cli_command cmd_validate, cmd_score, cmd_plan,
	cmd_trend, cmd_compare, cmd_merge, cmd_template, cmd_list;

const struct cli_command *const cli_commands[] = {
	&cmd_validate,
	&cmd_score,
	&cmd_plan,
	&cmd_trend,
	&cmd_compare,
	&cmd_merge,
	&cmd_template,
	&cmd_list,
	NULL,
};

/* Look a command up by name. */
const struct cli_command *cli_find_command(const char *name)
{
	for (size_t i = 0; cli_commands[i]; i++)
		if (!strcmp(cli_commands[i]->name, name))
			return cli_commands[i];
	return NULL;
}

/* What "gapscore --help" prints (help.c). */
void cli_print_overview(void)
{
	cli_print_overview_of(cli_commands);
}

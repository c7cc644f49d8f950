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

/* What "gapscore --help" prints. */
void cli_print_overview(void)
{
	printf("Usage: %s COMMAND [OPTION]...\n%s\nCommands:\n", PROG,
	       cli_about_description);
	for (size_t i = 0; cli_commands[i]; i++)
		printf("  %-10s %s\n", cli_commands[i]->name,
		       cli_commands[i]->summary);
	printf("  %-10s %s\n\n"
	       "Options:\n"
	       "  -h, --help     show this help\n"
	       "  -V, --version  show the version\n\n"
	       "Exit status: %s"
	       "Run '%s help COMMAND' for the options of a command.\n",
	       "help", "show the help of a command", cli_about_exit_status,
	       PROG);
}

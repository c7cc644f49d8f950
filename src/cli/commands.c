/*
 * commands.c - the list of subcommands (as tmux's cmd_table): each is
 * defined in its cmd-NAME.c; adding one means adding it here, its file,
 * and the file to Makefile.am.
 */
#include "config.h"
#include "cli/cli.h"

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
	printf("Usage: %s COMMAND [OPTION]...\n"
	       "Score how far a country's laws and practice are from what "
	       "the UN\n"
	       "Convention against Transnational Organized Crime and its "
	       "Protocols\n"
	       "require, from indicator sets and expert answers in CSV.\n\n"
	       "Commands:\n", PROG);
	for (size_t i = 0; cli_commands[i]; i++)
		printf("  %-10s %s\n", cli_commands[i]->name,
		       cli_commands[i]->summary);
	printf("  %-10s %s\n\n"
	       "Options:\n"
	       "  -h, --help     show this help\n"
	       "  -V, --version  show the version\n\n"
	       "Exit status: 0 success, 1 invalid input data, 2 usage "
	       "error,\n"
	       "3 system error (cannot read or write).\n"
	       "Run '%s help COMMAND' for the options of a command.\n",
	       "help", "show the help of a command", PROG);
}

/*
 * main.c - gapscore's entry point: find the subcommand in the table and
 * hand it the arguments. --help, --version and "help COMMAND" live here.
 */
#include "config.h"
#include "cli/cli.h"

#include <stdio.h>
#include <string.h>

static const struct command *const commands[] = {
	&cmd_validate,
	&cmd_score,
	&cmd_plan,
	&cmd_trend,
	&cmd_compare,
	&cmd_merge,
	&cmd_template,
	&cmd_list,
};
#define NCOMMANDS (sizeof(commands) / sizeof(commands[0]))

static const struct command *find_command(const char *name)
{
	for (size_t i = 0; i < NCOMMANDS; i++)
		if (!strcmp(commands[i]->name, name))
			return commands[i];
	return NULL;
}

static void print_usage(FILE *out)
{
	fprintf(out,
		"Usage: %s COMMAND [OPTION]...\n"
		"Score how far a country's laws and practice are from what the UN\n"
		"Convention against Transnational Organized Crime and its Protocols\n"
		"require, from indicator sets and expert answers in CSV.\n\n"
		"Commands:\n", PROG);
	for (size_t i = 0; i < NCOMMANDS; i++)
		fprintf(out, "  %-10s %s\n", commands[i]->name,
			commands[i]->summary);
	fprintf(out,
		"  %-10s %s\n\n"
		"Options:\n"
		"  -h, --help     show this help\n"
		"  -V, --version  show the version\n\n"
		"Exit status: 0 success, 1 invalid input data, 2 usage error,\n"
		"3 system error (cannot read or write).\n"
		"Run '%s help COMMAND' for the options of a command.\n",
		"help", "show the help of a command", PROG);
}

static int run_help(int argc, char **argv)
{
	const struct command *cmd;

	if (argc < 2) {
		print_usage(stdout);
		return finish_stdout(EXIT_OK);
	}
	if (argc > 2)
		return usage_error("help", "too many arguments; expected one "
				   "command name");
	cmd = find_command(argv[1]);
	if (!cmd) {
		if (!strcmp(argv[1], "help")) {
			print_usage(stdout);
			return finish_stdout(EXIT_OK);
		}
		return usage_error("help", "unknown command '%s'", argv[1]);
	}
	print_command_help(cmd);
	return finish_stdout(EXIT_OK);
}

int main(int argc, char **argv)
{
	const struct command *cmd;

	if (argc < 2) {
		print_usage(stderr);
		return EXIT_USAGE;
	}
	if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")) {
		print_usage(stdout);
		return finish_stdout(EXIT_OK);
	}
	if (!strcmp(argv[1], "--version") || !strcmp(argv[1], "-V")) {
		printf("%s %s\n", PROG, PACKAGE_VERSION);
		return finish_stdout(EXIT_OK);
	}
	if (!strcmp(argv[1], "help"))
		return run_help(argc - 1, argv + 1);
	cmd = find_command(argv[1]);
	if (!cmd) {
		fprintf(stderr, "%s: unknown command '%s'\n"
			"Try '%s --help' for the list of commands.\n", PROG,
			argv[1], PROG);
		return EXIT_USAGE;
	}
	return cmd->run(argc - 1, argv + 1);
}

/* SPDX-License-Identifier: Apache-2.0 */
/*
 * main.c - gapscore's entry point: find the subcommand in the list and
 * run it. --help, --version and "help COMMAND" live here. The exit
 * status is the worst of what the command returned and what was printed.
 */
#include "config.h"
#include "cli/cli.h"
#include "cli/about.h"
#include "base/cleanup.h"
#include "base/interrupt.h"
#include "base/xalloc.h"
#include "base/i18n.h"

#include <locale.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* "validate, score, ... or help": what a command name may be (caller
 * frees). */
static char *command_names(void)
{
	const char **names;
	size_t n = 0;
	char *text;

	while (cli_commands[n])
		n++;
	names = xcalloc(n + 2, sizeof(*names));
	for (size_t i = 0; i < n; i++)
		names[i] = cli_commands[i]->name;
	names[n] = "help";
	text = cli_values_text(names, NULL);
	free(names);
	return text;
}

/* The usage error for a command name that is none of ours (what is
 * prefix, e.g. "help: ", when the name came after help). */
static int unknown_command(const char *prefix, const char *name)
{
	char *names = command_names();
	int st = msg_usage(NULL, "%sunknown command '%s'; expected %s",
			   prefix, name, names);

	free(names);
	return st;
}

/* "gapscore help [COMMAND]". */
static int run_help(int argc, char **argv)
{
	const struct cli_command *cmd;

	if (argc > 2)
		return msg_usage(NULL, "help: too many arguments; expected "
				 "one command name");
	if (argc < 2 || !strcmp(argv[1], "help")) {
		cli_print_overview();
		return msg_finish_stdout(EXIT_OK);
	}
	cmd = cli_find_command(argv[1]);
	if (!cmd)
		return unknown_command("help: ", argv[1]);
	cli_print_help(cmd);
	return msg_finish_stdout(EXIT_OK);
}

/* Run what argv asks for; the command's exit status. */
static int dispatch(int argc, char **argv)
{
	const struct cli_command *cmd;

	if (argc < 2) {
		char *names = command_names();
		int st = msg_usage(NULL, "no command; expected %s", names);
		free(names);
		return st;
	}
	if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")) {
		cli_print_overview();
		return msg_finish_stdout(EXIT_OK);
	}
	if (!strcmp(argv[1], "--version") || !strcmp(argv[1], "-V")) {
		cli_print_version();
		return msg_finish_stdout(EXIT_OK);
	}
	if (!strcmp(argv[1], "help"))
		return run_help(argc - 1, argv + 1);
	cmd = cli_find_command(argv[1]);
	if (!cmd)
		return unknown_command("", argv[1]);
	return cli_run(cmd, argc - 1, argv + 1);
}

/* The user's locale for messages (LANGUAGE / LC_MESSAGES) and the
 * terminal's character set; numbers stay those of C (LC_NUMERIC "C"), so
 * that every strtod and printf of the core reads and writes "0.5" under
 * any locale. GAPSCORE_LOCALEDIR names another catalog tree (the build
 * tree's locale/, for the tests). */
static void init_locale(void)
{
	const char *dir = getenv("GAPSCORE_LOCALEDIR");

	setlocale(LC_ALL, "");
	setlocale(LC_NUMERIC, "C");
	bindtextdomain(TEXT_DOMAIN, dir && *dir ? dir : LOCALEDIR);
	bind_textdomain_codeset(TEXT_DOMAIN, "UTF-8");
	textdomain(TEXT_DOMAIN);
}

/* Messages and the exit status are the message module's. */
int main(int argc, char **argv)
{
	int status;

	init_locale();
	/* Out of memory, msg_out_of_memory exits from wherever the run is;
	 * cleanup_run then removes what it staged. */
	atexit(cleanup_run);
	xalloc_set_failure_handler(msg_out_of_memory);
	interrupt_install();
	status = dispatch(argc, argv);
	if (interrupted())
		return msg_interrupted(interrupt_signal());
	return msg_exit_status(status);
}

/*
 * cli.c - what the subcommands share: printing diagnostics once in the
 * project's one format, usage and system errors, and the final flush.
 */
#include "config.h"
#include "cli.h"
#include "gapscore.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void path_list_add(struct path_list *l, char *path)
{
	GROW(l->items, l->cap, l->count + 1);
	l->items[l->count++] = path;
}

void path_list_release(struct path_list *l)
{
	free(l->items);
	l->items = NULL;
	l->count = l->cap = 0;
}

int usage_error(const char *cmd, const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "%s %s: ", PROG, cmd);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\nTry '%s help %s' for more information.\n", PROG,
		cmd);
	return EXIT_USAGE;
}

int system_error(const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "%s: error: ", PROG);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	return EXIT_SYSTEM;
}

int report_diagnostics(const struct diag_list *diags,
		       enum inputs_status status)
{
	diag_print(diags, PROG, stderr);
	if (status == INPUTS_SYSTEM)
		return EXIT_SYSTEM;
	if (status == INPUTS_INVALID || diags->errors > 0) {
		fprintf(stderr, "%s: %zu error%s; nothing was written\n", PROG,
			diags->errors, diags->errors == 1 ? "" : "s");
		return EXIT_INVALID;
	}
	return EXIT_OK;
}

int finish_stdout(int status)
{
	if (fflush(stdout) != 0 || ferror(stdout)) {
		fprintf(stderr, "%s: error: cannot write to standard output: %s\n",
			PROG, strerror(errno));
		return status == EXIT_OK ? EXIT_SYSTEM : status;
	}
	return status;
}

void print_command_help(const struct command *cmd)
{
	fputs(cmd->help, stdout);
}

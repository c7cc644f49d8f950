/*
 * msg.c - the one place that writes to standard error (see msg.h): the
 * format of every line, the escaping of quoted text, and the worst
 * outcome seen, from which the exit status follows.
 */
#include "config.h"
#include "cli/msg.h"
#include "base/strbuf.h"
#include "base/xalloc.h"

#include <stdarg.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <stdlib.h>

/* The worst outcome printed so far. */
static int worst = EXIT_OK;

/* Remember status when it is worse than what was seen. */
static void record(int status)
{
	if (status > worst)
		worst = status;
}

/* The formatted message (caller frees). */
static char *format(const char *fmt, va_list ap)
{
	va_list copy;
	char *text;
	int n;

	va_copy(copy, ap);
	n = vsnprintf(NULL, 0, fmt, copy);
	va_end(copy);
	text = xmalloc(n > 0 ? (size_t)n + 1 : 1);
	text[0] = '\0';
	if (n > 0)
		vsnprintf(text, (size_t)n + 1, fmt, ap);
	return text;
}

/* Print "gapscore: LEVEL: PREFIXmessage", the message escaped. */
static void emit(const char *level, const char *prefix, const char *fmt,
		 va_list ap)
{
	char *text = format(fmt, ap);
	char *safe = diag_escape(text);

	fprintf(stderr, "%s: %s: %s%s\n", PROG, level, prefix, safe);
	free(safe);
	free(text);
}

/* A note: information, no status. */
void msg_note(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	emit("note", "", fmt, ap);
	va_end(ap);
}

/* A warning: the run still succeeds. */
void msg_warning(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	emit("warning", "", fmt, ap);
	va_end(ap);
}

/* An error in the input data. */
int msg_invalid(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	emit("error", "", fmt, ap);
	va_end(ap);
	record(EXIT_INVALID);
	return EXIT_INVALID;
}

/* An error of the system: reading, writing, gnuplot. */
int msg_system(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	emit("error", "", fmt, ap);
	va_end(ap);
	record(EXIT_SYSTEM);
	return EXIT_SYSTEM;
}

/* A usage error and where the help is. */
int msg_usage(const char *cmd, const char *fmt, ...)
{
	char *prefix = cmd ? xasprintf("%s: ", cmd) : NULL;
	va_list ap;

	va_start(ap, fmt);
	emit("error", prefix ? prefix : "", fmt, ap);
	va_end(ap);
	if (cmd)
		fprintf(stderr, "%s: note: try '%s help %s' for more "
			"information\n", PROG, PROG, cmd);
	else
		fprintf(stderr, "%s: note: try '%s help' for more "
			"information\n", PROG, PROG);
	free(prefix);
	record(EXIT_USAGE);
	return EXIT_USAGE;
}

/* The core's diagnostics, in their one format. */
void msg_diags(const struct diag_list *dl)
{
	for (size_t i = 0; i < dl->count; i++) {
		char *line = diag_format(&dl->items[i], PROG);
		fprintf(stderr, "%s\n", line);
		free(line);
		if (dl->items[i].severity == DIAG_ERROR)
			record(EXIT_INVALID);
	}
}

/* The worse of status and the worst printed. */
int msg_exit_status(int status)
{
	return status > worst ? status : worst;
}

/* Called by xalloc before it aborts; allocates nothing. */
void msg_out_of_memory(size_t size)
{
	fprintf(stderr, "%s: error: out of memory (allocating %zu bytes)\n",
		PROG, size);
}

/* Flush standard output; failing to is a system error. */
int msg_finish_stdout(int status)
{
	if (fflush(stdout) != 0 || ferror(stdout)) {
		int st = msg_system("cannot write to standard output: %s",
				    strerror(errno));
		return status == EXIT_OK ? st : status;
	}
	return status;
}

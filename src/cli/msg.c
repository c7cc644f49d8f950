/* SPDX-License-Identifier: Apache-2.0 */
/*
 * msg.c - the one place that writes to standard error (see msg.h): the
 * format of every line, the escaping of quoted text, and the worst
 * outcome seen, from which the exit status follows.
 */
#include "config.h"
#include "cli/msg.h"
#include "base/strbuf.h"
#include "base/xalloc.h"
#include "base/i18n.h"

#include <stdarg.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

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

/* Print "gapscore: LEVEL: PREFIXmessage", the message escaped and in the
 * language of LANGUAGE / LC_MESSAGES (the format is looked up in the
 * catalog: xgettext takes the msg_* formats, see po/Makevars; the level
 * word stays English, as in the core's FILE:LINE:COLUMN lines). */
static void emit(const char *level, const char *prefix, const char *fmt,
		 va_list ap)
{
	char *text = format(gettext(fmt), ap);
	char *safe = diag_escape(text);

	msg_progress_clear();
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
		fprintf(stderr, _("%s: note: try '%s help %s' for more "
				  "information\n"), PROG, PROG, cmd);
	else
		fprintf(stderr, _("%s: note: try '%s help' for more "
				  "information\n"), PROG, PROG);
	free(prefix);
	record(EXIT_USAGE);
	return EXIT_USAGE;
}

/* The core's diagnostics, in their one format. */
void msg_diags(const struct diag_list *dl)
{
	msg_progress_clear();
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

/* Called by xalloc when memory is exhausted: say so without allocating,
 * then end the run with the status of a system error; exit runs the
 * cleanup main registered, which removes what the run staged. */
void msg_out_of_memory(size_t size)
{
	msg_progress_clear();
	fprintf(stderr, "%s: error: out of memory (allocating %zu bytes)\n",
		PROG, size);
	exit(EXIT_SYSTEM);
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

/* The run was stopped by sig: one line, and 128 + sig. */
int msg_interrupted(int sig)
{
	msg_system("stopped by %s; every output folder is as it was before "
		  "this run, or complete", sig == SIGINT ? "SIGINT (Ctrl-C)"
		  : sig == SIGTERM ? "SIGTERM" : sig == SIGHUP ? "SIGHUP"
		  : "a signal");
	return 128 + sig;
}

/* ------------------------------------------------ progress and -v */

/* Progress is shown (a terminal, no -q); -v was given. */
static bool progress_wanted, verbose_wanted;
/* A progress line is on the terminal now. */
static bool progress_shown;
/* When the progress line was last written, and what it told. */
static struct timespec progress_time;
static enum progress_what progress_last;

/* Decide what this run shows besides its messages. */
void msg_set_verbosity(bool quiet, bool verbose)
{
	progress_wanted = !quiet && isatty(STDERR_FILENO);
	verbose_wanted = verbose;
}

/* Was -v given? */
bool msg_verbose_on(void)
{
	return verbose_wanted;
}

/* A note, with -v only. */
void msg_verbose(const char *fmt, ...)
{
	va_list ap;

	if (!verbose_wanted)
		return;
	va_start(ap, fmt);
	emit("note", "", fmt, ap);
	va_end(ap);
}

/* Is the line to be rewritten: a tenth of a second has passed since it
 * was last written, or it tells of something else now? Updates the time
 * when it is. */
static bool progress_due(enum progress_what what)
{
	struct timespec now;
	double elapsed;

	clock_gettime(CLOCK_MONOTONIC, &now);
	elapsed = (double)(now.tv_sec - progress_time.tv_sec) +
		  (double)(now.tv_nsec - progress_time.tv_nsec) / 1e9;
	if (progress_shown && elapsed < 0.1 && what == progress_last)
		return false;
	progress_time = now;
	progress_last = what;
	return true;
}

/* Rewrite the progress line: what has progressed, how far. */
void msg_progress(void *ctx, enum progress_what what, size_t done,
		  size_t total)
{
	const char *noun = ctx ? ctx : "outputs";

	if (!progress_wanted || !progress_due(what))
		return;
	switch (what) {
	case PROGRESS_ANSWERS_READ:
		fprintf(stderr, "\r%s: %zu answers read", PROG, done);
		break;
	case PROGRESS_ASSESSMENTS_SCORED:
		fprintf(stderr, "\r%s: %zu of %zu assessments scored", PROG,
			done, total);
		break;
	case PROGRESS_DOCUMENTS_WRITTEN:
		fprintf(stderr, "\r%s: %zu of %zu %s written", PROG, done,
			total, noun);
		break;
	}
	/* Erase what a longer line left to the right. */
	fputs("\033[K", stderr);
	fflush(stderr);
	progress_shown = true;
}

/* msg_progress as a listener the core can hold. */
struct progress msg_progress_listener(const char *noun)
{
	return (struct progress){ .report = msg_progress,
				  .ctx = (void *)noun };
}

/* Erase the progress line: back to its start, erase to the end. */
void msg_progress_clear(void)
{
	if (!progress_shown)
		return;
	fputs("\r\033[K", stderr);
	fflush(stderr);
	progress_shown = false;
}

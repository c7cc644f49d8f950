/*
 * gnuplot.c - the one place gapscore runs gnuplot (see gnuplot.h): found
 * on PATH or at a path, started directly (no shell) with -d and a script
 * name, standard input from /dev/null, its messages into a log in its
 * directory, in its own process group, and killed with that group when
 * it runs past the time limit.
 */
#include "config.h"
#include "publish/gnuplot.h"
#include "base/strbuf.h"
#include "base/xalloc.h"

#include <errno.h>
#include <stdbool.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

/* Is there an executable gnuplot at path, or on PATH for a bare name? */
static char *find_program(const char *name)
{
	const char *path;
	char *copy, *dir, *save = NULL, *found = NULL;

	if (!name || !name[0])
		return NULL;
	if (strchr(name, '/'))
		return access(name, X_OK) == 0 ? xstrdup(name) : NULL;
	path = getenv("PATH");
	if (!path)
		return NULL;
	copy = xstrdup(path);
	for (dir = strtok_r(copy, ":", &save); dir && !found;
	     dir = strtok_r(NULL, ":", &save)) {
		char *p = xasprintf("%s/%s", dir[0] ? dir : ".", name);
		struct stat st;
		if (stat(p, &st) == 0 && S_ISREG(st.st_mode) &&
		    access(p, X_OK) == 0)
			found = p;
		else
			free(p);
	}
	free(copy);
	return found;
}

/* The last lines of gnuplot's messages, for an error. */
static char *log_tail(const char *path)
{
	FILE *f = fopen(path, "r");
	char buf[4096];
	size_t n;

	if (!f)
		return xstrdup("");
	if (fseek(f, 0, SEEK_END) == 0) {
		long size = ftell(f);
		if (size > (long)sizeof(buf) - 1)
			fseek(f, size - (long)sizeof(buf) + 1, SEEK_SET);
		else
			fseek(f, 0, SEEK_SET);
	}
	n = fread(buf, 1, sizeof(buf) - 1, f);
	buf[n] = '\0';
	fclose(f);
	while (n > 0 && (buf[n - 1] == '\n' || buf[n - 1] == ' '))
		buf[--n] = '\0';
	return xstrdup(buf);
}

/* Start program -d script in dir; returns the pid or -1. */
static pid_t start_gnuplot(const char *program, const char *dir,
			   const char *script)
{
	pid_t pid = fork();

	if (pid != 0)
		return pid;
	/* The child: private directory, no input, messages to a log. */
	{
		int in = open("/dev/null", O_RDONLY);
		int out;
		char *const argv[] = { (char *)program, "-d", (char *)script,
				       NULL };

		/* Its own process group, so a timeout stops anything it
		 * started too. */
		setpgid(0, 0);
		if (chdir(dir) != 0 || in < 0)
			_exit(126);
		out = open("gnuplot.log", O_WRONLY | O_CREAT | O_TRUNC, 0600);
		if (out < 0)
			_exit(126);
		dup2(in, STDIN_FILENO);
		dup2(out, STDOUT_FILENO);
		dup2(out, STDERR_FILENO);
		close(in);
		close(out);
		execv(program, argv);
		_exit(127);
	}
}

/* Wait for pid at most timeout seconds; kill it after that. */
static int wait_with_timeout(pid_t pid, unsigned timeout, bool *timed_out)
{
	struct timespec start, now, pause = { 0, 10 * 1000 * 1000 };
	int status = 0;

	*timed_out = false;
	clock_gettime(CLOCK_MONOTONIC, &start);
	for (;;) {
		pid_t got = waitpid(pid, &status, WNOHANG);
		if (got == pid)
			return status;
		if (got < 0 && errno != EINTR)
			return -1;
		clock_gettime(CLOCK_MONOTONIC, &now);
		if (now.tv_sec - start.tv_sec >= (time_t)timeout) {
			kill(-pid, SIGKILL);
			kill(pid, SIGKILL);
			waitpid(pid, &status, 0);
			*timed_out = true;
			return status;
		}
		nanosleep(&pause, NULL);
	}
}

/* The end of gnuplot's messages in dir (caller frees). */
char *gnuplot_log_tail(const char *dir)
{
	char *log = xasprintf("%s/gnuplot.log", dir);
	char *tail = log_tail(log);

	free(log);
	return tail;
}

/* Why gnuplot failed, from its exit status and the end of its log. */
static char *failure(const char *program, const char *dir, int status)
{
	char *tail = gnuplot_log_tail(dir);
	char *why = WIFEXITED(status)
		? xasprintf("'%s' failed (exit status %d): %s", program,
			    WEXITSTATUS(status), tail)
		: xasprintf("'%s' was killed by signal %d: %s", program,
			    WIFSIGNALED(status) ? WTERMSIG(status) : 0, tail);

	free(tail);
	return why;
}

/* Run gnuplot on script in dir (see gnuplot.h). */
enum gnuplot_status gnuplot_run(const char *gnuplot, const char *dir,
				const char *script, unsigned timeout_seconds,
				char **err)
{
	char *program = find_program(gnuplot);
	enum gnuplot_status st = GNUPLOT_OK;
	bool timed_out;
	pid_t pid;
	int status;

	if (!program)
		return GNUPLOT_NOT_FOUND;
	pid = start_gnuplot(program, dir, script);
	if (pid < 0) {
		*err = xasprintf("cannot start '%s': %s", program,
				 strerror(errno));
		free(program);
		return GNUPLOT_FAILED;
	}
	status = wait_with_timeout(pid, timeout_seconds, &timed_out);
	if (timed_out) {
		*err = xasprintf("'%s' did not finish within %u seconds and "
				 "was stopped", program, timeout_seconds);
		st = GNUPLOT_FAILED;
	} else if (status < 0 || !WIFEXITED(status) ||
		   WEXITSTATUS(status) != 0) {
		*err = failure(program, dir, status);
		st = GNUPLOT_FAILED;
	}
	free(program);
	return st;
}

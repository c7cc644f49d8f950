/* SPDX-License-Identifier: Apache-2.0 */
/*
 * gnuplot.c - the one place gapscore runs gnuplot (see gnuplot.h): found
 * on PATH or at a path, started directly (no shell) with -d and a script
 * name, standard input from /dev/null, its messages into a log in its
 * directory, in its own process group, and killed with that group when
 * it runs past its time limit. A pool runs several at once, each timed
 * on its own.
 */
#include "config.h"
#include "publish/gnuplot.h"
#include "base/strbuf.h"
#include "base/interrupt.h"
#include "base/xalloc.h"
#include "base/i18n.h"

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

/* name made absolute without resolving links: gnuplot runs from its own
 * directory, and messages keep naming the program the user gave. */
static char *absolute(const char *name)
{
	char *cwd;
	char *path;

	if (name[0] == '/')
		return xstrdup(name);
	cwd = getcwd(NULL, 0);
	if (!cwd)
		return NULL;
	path = xasprintf("%s/%s", cwd, name);
	free(cwd);
	return path;
}

/* Is there an executable gnuplot at path, or on PATH for a bare name? */
static char *find_program(const char *name)
{
	const char *path;
	char *copy, *dir, *save = NULL, *found = NULL;

	if (!name || !name[0])
		return NULL;
	if (strchr(name, '/'))
		return access(name, X_OK) == 0 ? absolute(name) : NULL;
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

/* Nanoseconds from a to b. */
static long long elapsed_ns(const struct timespec *a, const struct timespec *b)
{
	return (long long)(b->tv_sec - a->tv_sec) * 1000000000LL +
	       (b->tv_nsec - a->tv_nsec);
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
		? xasprintf(_("'%s' failed (exit status %d): %s"), program,
			    WEXITSTATUS(status), tail)
		: xasprintf(_("'%s' was killed by signal %d: %s"), program,
			    WIFSIGNALED(status) ? WTERMSIG(status) : 0, tail);

	free(tail);
	return why;
}

/* One gnuplot at work. */
struct running {
	pid_t pid;
	size_t tag;
	char *dir;
	struct timespec start;
};

struct gnuplot_pool {
	char *program;		/* absolute, or found on PATH */
	const char *name;	/* as the user gave it, for messages */
	double timeout;		/* seconds, per process */
	size_t jobs;
	struct running *run;	/* jobs slots; pid 0 is a free slot */
	size_t nrunning;
};

/* A pool of at most jobs gnuplot processes (see gnuplot.h). */
enum gnuplot_status gnuplot_pool_new(const char *gnuplot, size_t jobs,
				     double timeout_seconds,
				     struct gnuplot_pool **out)
{
	char *program = find_program(gnuplot);
	struct gnuplot_pool *p;

	*out = NULL;
	if (!program)
		return GNUPLOT_NOT_FOUND;
	if (jobs < 1)
		jobs = 1;
	if (jobs > INTERRUPT_MAX_GROUPS)
		jobs = INTERRUPT_MAX_GROUPS;
	p = xcalloc(1, sizeof(*p));
	p->program = program;
	p->name = gnuplot;
	p->timeout = timeout_seconds;
	p->jobs = jobs;
	p->run = xcalloc(jobs, sizeof(*p->run));
	*out = p;
	return GNUPLOT_OK;
}

/* Kill pid's whole process group, then whatever it left behind, and
 * reap it. */
static int stop(pid_t pid)
{
	int status = 0;

	kill(-pid, SIGKILL);
	kill(pid, SIGKILL);
	waitpid(pid, &status, 0);
	interrupt_unwatch_group(pid);
	interrupt_reap_children();
	return status;
}

/* Free the slot of a process that has ended. */
static void release(struct gnuplot_pool *p, struct running *r)
{
	free(r->dir);
	memset(r, 0, sizeof(*r));
	p->nrunning--;
}

/* Stop every gnuplot still running and free the pool. */
void gnuplot_pool_free(struct gnuplot_pool *p)
{
	if (!p)
		return;
	for (size_t i = 0; i < p->jobs; i++)
		if (p->run[i].pid > 0) {
			stop(p->run[i].pid);
			release(p, &p->run[i]);
		}
	free(p->run);
	free(p->program);
	free(p);
}

/* Can another gnuplot start now? */
bool gnuplot_pool_has_room(const struct gnuplot_pool *p)
{
	return p->nrunning < p->jobs;
}

/* How many are at work. */
size_t gnuplot_pool_running(const struct gnuplot_pool *p)
{
	return p->nrunning;
}

/* Start gnuplot -d script in dir as tag (see gnuplot.h). */
bool gnuplot_pool_start(struct gnuplot_pool *p, const char *dir,
			const char *script, size_t tag, char **err)
{
	struct running *r = NULL;
	pid_t pid;

	for (size_t i = 0; i < p->jobs && !r; i++)
		if (p->run[i].pid == 0)
			r = &p->run[i];
	if (!r) {
		*err = xstrdup(_("no room for another gnuplot"));
		return false;
	}
	pid = start_gnuplot(p->program, dir, script);
	if (pid < 0) {
		*err = xasprintf(_("cannot start '%s': %s"), p->name,
				 strerror(errno));
		return false;
	}
	setpgid(pid, pid);	/* no race with the child's own call */
	interrupt_watch_group(pid);
	r->pid = pid;
	r->tag = tag;
	r->dir = xstrdup(dir);
	clock_gettime(CLOCK_MONOTONIC, &r->start);
	p->nrunning++;
	return true;
}

/* How r ended (status from waitpid, or stopped): into *end. */
static void record_end(const struct gnuplot_pool *p, const struct running *r,
		       int status, bool timed_out, struct gnuplot_end *end)
{
	end->tag = r->tag;
	end->timed_out = timed_out;
	end->error = NULL;
	end->status = GNUPLOT_FAILED;
	if (interrupted())
		end->error = xasprintf(_("'%s' was stopped: the run was "
				         "interrupted"), p->name);
	else if (timed_out)
		end->error = xasprintf(_("'%s' did not finish within %g "
				         "seconds and was stopped"), p->name,
				       p->timeout);
	else if (status < 0 || !WIFEXITED(status) ||
		 WEXITSTATUS(status) != 0)
		end->error = failure(p->name, r->dir, status);
	else
		end->status = GNUPLOT_OK;
}

/* Has r ended, or run past its time? Fills *end and frees the slot. */
static bool check_one(struct gnuplot_pool *p, struct running *r,
		      const struct timespec *now, struct gnuplot_end *end)
{
	long long limit = (long long)(p->timeout * 1e9);
	int status = 0;
	pid_t got = waitpid(r->pid, &status, WNOHANG);

	if (got == r->pid) {
		interrupt_unwatch_group(r->pid);
		interrupt_reap_children();
	} else if (got < 0 && errno != EINTR) {
		interrupt_unwatch_group(r->pid);
		status = -1;
	} else if (interrupted()) {
		status = stop(r->pid);
	} else if (elapsed_ns(&r->start, now) >= limit) {
		stop(r->pid);
		record_end(p, r, 0, true, end);
		release(p, r);
		return true;
	} else {
		return false;
	}
	record_end(p, r, status, false, end);
	release(p, r);
	return true;
}

/* Wait until one gnuplot ends (see gnuplot.h). */
bool gnuplot_pool_wait(struct gnuplot_pool *p, struct gnuplot_end *end)
{
	const struct timespec pause = { 0, 2 * 1000 * 1000 };

	while (p->nrunning > 0) {
		struct timespec now;

		clock_gettime(CLOCK_MONOTONIC, &now);
		for (size_t i = 0; i < p->jobs; i++)
			if (p->run[i].pid > 0 &&
			    check_one(p, &p->run[i], &now, end))
				return true;
		nanosleep(&pause, NULL);
	}
	return false;
}

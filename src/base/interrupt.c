/* SPDX-License-Identifier: Apache-2.0 */
/*
 * interrupt.c - the signal handling of a run (see interrupt.h).
 */
#include "config.h"
#include "base/interrupt.h"

#include <dirent.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

static volatile sig_atomic_t caught;
/* The process groups being watched; 0 marks a free slot. */
static volatile sig_atomic_t watched[INTERRUPT_MAX_GROUPS];

/* Record the signal; kill the watched groups (async-signal-safe only). */
static void on_signal(int sig)
{
	if (!caught)
		caught = sig;
	for (size_t i = 0; i < INTERRUPT_MAX_GROUPS; i++)
		if (watched[i] > 0)
			kill(-(pid_t)watched[i], SIGKILL);
}

/* Install the handlers without SA_RESTART, so blocking calls return. */
void interrupt_install(void)
{
	static const int sigs[] = { SIGINT, SIGTERM, SIGHUP };
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	for (size_t i = 0; i < sizeof(sigs) / sizeof(sigs[0]); i++)
		sigaction(sigs[i], &sa, NULL);
	prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0);
}

/* Has a signal asked the run to stop? */
bool interrupted(void)
{
	return caught != 0;
}

/* The signal that asked the run to stop, or 0. */
int interrupt_signal(void)
{
	return caught;
}

/* Watch process group pgid (see interrupt.h). */
bool interrupt_watch_group(pid_t pgid)
{
	for (size_t i = 0; i < INTERRUPT_MAX_GROUPS; i++)
		if (watched[i] == 0) {
			watched[i] = pgid;
			return true;
		}
	return false;
}

/* Stop watching process group pgid. */
void interrupt_unwatch_group(pid_t pgid)
{
	for (size_t i = 0; i < INTERRUPT_MAX_GROUPS; i++)
		if (watched[i] == pgid)
			watched[i] = 0;
}

/* Is pid one of the watched groups' leaders? */
static bool is_watched(pid_t pid)
{
	for (size_t i = 0; i < INTERRUPT_MAX_GROUPS; i++)
		if (watched[i] == pid)
			return true;
	return false;
}

/* The parent process id field of /proc/PID/stat. */
static pid_t parent_of(const char *pid)
{
	char path[300], buf[512];
	FILE *f;
	size_t n;
	char *close_paren;
	long ppid = -1;

	snprintf(path, sizeof(path), "/proc/%s/stat", pid);
	f = fopen(path, "r");
	if (!f)
		return -1;
	n = fread(buf, 1, sizeof(buf) - 1, f);
	fclose(f);
	buf[n] = '\0';
	/* "pid (comm) state ppid ...": comm may hold spaces and parens. */
	close_paren = strrchr(buf, ')');
	if (close_paren && sscanf(close_paren + 1, " %*c %ld", &ppid) != 1)
		ppid = -1;
	return (pid_t)ppid;
}

/* Kill and reap every child still alive but the watched ones (see
 * interrupt.h). */
void interrupt_reap_children(void)
{
	pid_t self = getpid(), pids[256];
	size_t n = 0;
	DIR *d = opendir("/proc");
	struct dirent *e;

	while (d && (e = readdir(d)) && n < sizeof(pids) / sizeof(pids[0])) {
		if (e->d_name[0] < '0' || e->d_name[0] > '9')
			continue;
		pid_t pid = (pid_t)atol(e->d_name);
		if (parent_of(e->d_name) == self && !is_watched(pid)) {
			pids[n] = pid;
			kill(pids[n++], SIGKILL);
		}
	}
	if (d)
		closedir(d);
	for (size_t i = 0; i < n; i++)
		waitpid(pids[i], NULL, 0);
}

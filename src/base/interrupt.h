/* SPDX-License-Identifier: Apache-2.0 */
/*
 * interrupt.h - stopping a run cleanly on SIGINT, SIGTERM or SIGHUP.
 * The handler only records the signal and kills the process groups of
 * the children being watched (gnuplot); the run notices with
 * interrupted() where it can stop (between files, in the wait for
 * gnuplot, between rows), undoes what it staged, and the command line
 * exits with 128 + the signal, as shells expect. The process is also made
 * a subreaper, so a grandchild that left gnuplot's group (setsid) comes
 * back to it and can be killed too (interrupt_reap_children).
 */
#ifndef INTERRUPT_H
#define INTERRUPT_H

#include <stdbool.h>
#include <sys/types.h>

/* Install the handlers (once, from main). */
void interrupt_install(void);
/* Has a signal asked the run to stop? */
bool interrupted(void);
/* The signal that did, or 0. */
int interrupt_signal(void);
/* How many process groups can be watched at once. */
#define INTERRUPT_MAX_GROUPS 64

/* Kill process group pgid (whose leader is a child of this process)
 * from the handler when a signal comes; false when INTERRUPT_MAX_GROUPS
 * are watched already. */
bool interrupt_watch_group(pid_t pgid);
/* Stop watching pgid (its leader has been reaped). */
void interrupt_unwatch_group(pid_t pgid);
/* Kill (SIGKILL) and wait for every child of this process still alive,
 * those that left their process group included, but the leaders of the
 * watched groups (gnuplot processes still at work). */
void interrupt_reap_children(void);

#endif

/*
 * gnuplot.h - running gnuplot, the only program gapscore starts. The
 * program is given as a path or a name looked up on PATH; it runs
 * without a shell, with default settings (-d), standard input from
 * /dev/null and its output in DIR/gnuplot.log, in a process group of its
 * own that is killed whole after the time limit.
 */
#ifndef GNUPLOT_H
#define GNUPLOT_H

enum gnuplot_status {
	GNUPLOT_OK,
	GNUPLOT_NOT_FOUND,	/* no such program (gnuplot not installed) */
	GNUPLOT_FAILED,		/* failed, crashed or ran past the limit */
};

/* Run gnuplot -d script from dir, for at most timeout_seconds. On
 * GNUPLOT_FAILED, *err (caller frees) says why, with the end of
 * gnuplot's messages. */
enum gnuplot_status gnuplot_run(const char *gnuplot, const char *dir,
				const char *script, unsigned timeout_seconds,
				char **err);

/* The last lines of gnuplot's messages in dir (caller frees). */
char *gnuplot_log_tail(const char *dir);

#endif

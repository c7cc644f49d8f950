/* SPDX-License-Identifier: Apache-2.0 */
/*
 * gendoc.c - gapscore-gendoc, run by make (not installed):
 *
 *     gapscore-gendoc man [SET.csv]...   the man page gapscore(1)
 *     gapscore-gendoc bash               the bash completion script
 *
 * Both are written to standard output from the tables --help is made
 * from (see gendoc.h). The man page's date is $SOURCE_DATE_EPOCH's (as
 * reproducible builds set it), else today's.
 */
#include "config.h"
#include "cli/gendoc.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* The page's date, YYYY-MM-DD, into buf. */
static void page_date(char *buf, size_t size)
{
	const char *epoch = getenv("SOURCE_DATE_EPOCH");
	time_t t = time(NULL);
	struct tm tm;

	if (epoch && *epoch) {
		char *end;
		long long v;
		errno = 0;
		v = strtoll(epoch, &end, 10);
		if (!errno && !*end && v >= 0)
			t = (time_t)v;
	}
	if (!gmtime_r(&t, &tm) || !strftime(buf, size, "%Y-%m-%d", &tm))
		snprintf(buf, size, "1970-01-01");
}

/* Write text to standard output; 0, or 1 after saying why not. */
static int emit(char *text)
{
	int status = 0;

	if (!text)
		return 1;
	if (fputs(text, stdout) == EOF || fflush(stdout) == EOF ||
	    ferror(stdout)) {
		fprintf(stderr, "gapscore-gendoc: cannot write: %s\n",
			strerror(errno));
		status = 1;
	}
	free(text);
	return status;
}

/* "man [SET]..." or "bash". */
int main(int argc, char **argv)
{
	char date[32];

	if (argc >= 2 && !strcmp(argv[1], "man")) {
		page_date(date, sizeof(date));
		return emit(gendoc_man((const char *const *)argv + 2,
				       (size_t)(argc - 2), date));
	}
	if (argc == 2 && !strcmp(argv[1], "bash"))
		return emit(gendoc_bash());
	fprintf(stderr, "usage: gapscore-gendoc man [SET.csv]...\n"
		"       gapscore-gendoc bash\n");
	return 2;
}

/* SPDX-License-Identifier: Apache-2.0 */
/*
 * about.h - what gapscore says about itself, written once: the one
 * paragraph on what it does, the exit statuses every command shares, the
 * copyright and licence lines of --version, and where the installed
 * indicator sets are. The overview (--help), --version and the generated
 * man page all read these (about.c).
 */
#ifndef ABOUT_H
#define ABOUT_H

/* One line for the man page's NAME: "gapscore - <this>". */
extern const char cli_about_purpose[];
/* What gapscore does, wrapped as --help prints it (ends with '\n'). */
extern const char cli_about_description[];
/* The exit statuses of every command, wrapped as --help prints them
 * after "Exit status: " (ends with '\n'). */
extern const char cli_about_exit_status[];
/* The lines --version prints after "gapscore VERSION" (ends with '\n'). */
extern const char cli_about_copyright[];
/* The directory the installed indicator sets are in
 * ($(pkgdatadir)/indicators, given by configure and make). */
extern const char cli_about_indicators_dir[];

/* Where the documentation is installed ($(docdir)). */
extern const char cli_about_doc_dir[];

/* Print "gapscore VERSION" and the copyright and licence lines. */
void cli_print_version(void);

#endif

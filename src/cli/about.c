/* SPDX-License-Identifier: Apache-2.0 */
/*
 * about.c - gapscore's description, shared exit statuses, copyright and
 * licence, each written once for --help, --version and the man page (see
 * about.h).
 */
#include "config.h"
#include "cli/about.h"
#include "cli/msg.h"
#include "base/i18n.h"

#include <stdio.h>

#if !defined(PKGDATADIR) || !defined(DOCDIR)
#error "PKGDATADIR and DOCDIR must name the installed directories"
#endif

const char cli_about_purpose[] =
	"score how far a State's law and practice are from the UN "
	"Convention against Transnational Organized Crime and its Protocols";

const char cli_about_description[] = N_(
	"Score how far a country's laws and practice are from what the UN\n"
	"Convention against Transnational Organized Crime and its Protocols\n"
	"require, from indicator sets and expert answers in CSV.\n");

const char cli_about_exit_status[] = N_(
	"0 success, 1 invalid input data, 2 usage error,\n"
	"3 system error (cannot read or write).\n");

const char cli_about_copyright[] =
	"Copyright (C) 2026 the gapscore authors\n"
	"License Apache-2.0: <https://www.apache.org/licenses/LICENSE-2.0>\n"
	"This is free software: you are free to change and redistribute it.\n"
	"There is NO WARRANTY, to the extent permitted by law.\n";

const char cli_about_indicators_dir[] = PKGDATADIR "/indicators";

const char cli_about_doc_dir[] = DOCDIR;

/* The first line is what scripts read: "gapscore X.Y.Z". */
void cli_print_version(void)
{
	printf("%s %s\n%s", PROG, PACKAGE_VERSION, cli_about_copyright);
}

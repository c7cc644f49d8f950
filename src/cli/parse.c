/* SPDX-License-Identifier: Apache-2.0 */
/*
 * parse.c - the one option parser: any command's arguments read through
 * getopt_long from its option table, the values checked and stored as
 * the table says, and every usage error worded the same way for every
 * command (a missing value, an unknown option, a bad value, a stray
 * argument, a required option not given).
 */
#include "config.h"
#include "cli/parse.h"
#include "cli/help.h"
#include "cli/msg.h"
#include "base/text.h"
#include "base/xalloc.h"

#include <getopt.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* getopt_long's value for the long form of entry k (short forms return
 * their letter). */
#define LONG_BASE 256

/* CLI_ENUM stores an enum as an unsigned int, which an enum without
 * negative values is in GCC and Clang (not with -fshort-enums). */
_Static_assert(sizeof(enum cli_kind) == sizeof(unsigned),
	       "CLI_ENUM needs enums of the size of an unsigned int");

/* CLI_ENUM: store the index of value among names into the enum at
 * field; false when names does not hold it. */
static bool store_enum(const char *const *names, void *field,
		       const char *value)
{
	for (size_t i = 0; names[i]; i++)
		if (!strcmp(value, names[i])) {
			*(unsigned *)field = (unsigned)i;
			return true;
		}
	return false;
}

/* Check value and store it at field as o's kind says; false when it is
 * not valid (*why may then say why; caller frees). */
static bool store(const struct cli_option *o, void *field, const char *value,
		  char **why)
{
	double v;

	switch (o->kind) {
	case CLI_FLAG:
		*(bool *)field = true;
		return true;
	case CLI_STRING:
		if (o->valid && !o->valid(value))
			return false;
		*(const char **)field = value;
		return true;
	case CLI_LIST:
		/* Values come from argv, which outlives the list. */
		path_list_add(field, (char *)value);
		return true;
	case CLI_NUMBER:
		if (!parse_number(value, &v) || v < o->min || v > o->max)
			return false;
		*(double *)field = v;
		return true;
	case CLI_WHOLE:
		if (!parse_number(value, &v) || v < o->min || v > o->max ||
		    v != (double)(unsigned)v)
			return false;
		*(unsigned *)field = (unsigned)v;
		return true;
	case CLI_PARSE:
		return o->parse(field, value, why);
	case CLI_ENUM:
		return store_enum(o->values, field, value);
	}
	return false;
}

/* What a valid value of o is, for a usage error (caller frees). */
static char *expected(const struct cli_option *o)
{
	if (o->expected)
		return xstrdup(o->expected);
	if (o->values)
		return cli_values_text(o->values, NULL);
	if (o->kind == CLI_NUMBER && isinf(o->max))
		return xasprintf("a number of %.15g or more", o->min);
	return xasprintf("a %snumber from %.15g to %.15g",
			 o->kind == CLI_WHOLE ? "whole " : "", o->min, o->max);
}

/* Zeroes, core defaults, the table's defaults, then cmd's own. */
void cli_args_init(struct cli_args *a, const struct cli_command *cmd)
{
	struct cli_entry *e;
	size_t n;

	memset(a, 0, sizeof(*a));
	a->own = cmd->own_size ? xcalloc(1, cmd->own_size) : NULL;
	score_options_init(&a->score);
	a->publish.gnuplot = getenv("GNUPLOT");
	if (!a->publish.gnuplot || !a->publish.gnuplot[0])
		a->publish.gnuplot = "gnuplot";
	n = cli_entries(cmd, &e);
	for (size_t k = 0; k < n; k++) {
		const struct cli_option *o = e[k].option;
		char *why = NULL;
		/* A default the option refuses is a bug in its table. */
		if (o->default_value &&
		    !store(o, cli_field(o, a), o->default_value, &why))
			abort();
	}
	free(e);
	if (cmd->init)
		cmd->init(a);
}

/* Free option o's list, if it is one. */
static void release_list(const struct cli_option *o, struct cli_args *a)
{
	if (o->kind == CLI_LIST)
		path_list_release(cli_field(o, a));
}

/* Free the lists, the files found by name, what cmd holds, and the own
 * values. The table is walked as cli_entries walks it, without
 * allocating: a run that has published everything must not then fail
 * for want of memory. */
void cli_args_release(struct cli_args *a, const struct cli_command *cmd)
{
	if (cmd->release)
		cmd->release(a);
	for (const struct cli_use *u = cmd->options;
	     u->option || u->group != CLI_GROUP_NONE; u++) {
		if (u->option) {
			release_list(u->option, a);
			continue;
		}
		for (const struct cli_option *const *o = cli_shared_options;
		     *o; o++)
			if ((*o)->group == u->group)
				release_list(*o, a);
	}
	for (size_t i = 0; i < a->found.count; i++)
		free(a->found.items[i]);
	path_list_release(&a->found);
	path_list_release(&a->found_names);
	sources_release(&a->inputs);
	free(a->own);
	a->own = NULL;
}

/* A parse in progress: the command, its entries and getopt's tables. */
struct parser {
	const struct cli_command *cmd;
	struct cli_args *a;
	struct cli_entry *entries;
	size_t n;
	struct option *longopts;
	char *shortopts;
};

/* Build getopt_long's tables from the entries. */
static void parser_init(struct parser *p, const struct cli_command *cmd,
			struct cli_args *a)
{
	char *s;

	p->cmd = cmd;
	p->a = a;
	p->n = cli_entries(cmd, &p->entries);
	p->longopts = xcalloc(p->n + 1, sizeof(*p->longopts));
	p->shortopts = s = xmalloc(2 * p->n + 2);
	*s++ = ':';	/* report a missing value as ':' */
	for (size_t k = 0; k < p->n; k++) {
		const struct cli_option *o = p->entries[k].option;
		p->longopts[k].name = o->name;
		p->longopts[k].has_arg = o->arg ? required_argument
						: no_argument;
		p->longopts[k].val = LONG_BASE + (int)k;
		if (o->short_name) {
			*s++ = o->short_name;
			if (o->arg)
				*s++ = ':';
		}
	}
	*s = '\0';
}

/* Free the tables. */
static void parser_release(struct parser *p)
{
	free(p->entries);
	free(p->longopts);
	free(p->shortopts);
}

/* The entry getopt_long's c (a letter or LONG_BASE + k) stands for, or
 * NULL. */
static const struct cli_entry *entry_of(const struct parser *p, int c)
{
	if (c >= LONG_BASE && (size_t)(c - LONG_BASE) < p->n)
		return &p->entries[c - LONG_BASE];
	for (size_t k = 0; k < p->n; k++)
		if (c > 0 && p->entries[k].option->short_name == c)
			return &p->entries[k];
	return NULL;
}

/* The option as the user typed it: "--name", or "-x" for c a letter
 * (caller frees). */
static char *typed(const struct cli_option *o, int c)
{
	if (c >= LONG_BASE || !o->short_name)
		return xasprintf("--%s", o->name);
	return xasprintf("-%c", o->short_name);
}

/* The usage error for getopt_long's ':' (an option without its value). */
static int missing_value(const struct parser *p)
{
	const struct cli_entry *e = entry_of(p, optopt);
	char *name;
	int st;

	if (!e)		/* cannot be: getopt knows only our options */
		return msg_usage(p->cmd->name, "an option needs a value");
	name = typed(e->option, optopt);
	st = msg_usage(p->cmd->name, "option '%s' needs a value; expected "
		       "%s %s", name, name, e->option->arg);
	free(name);
	return st;
}

/* The usage error for getopt_long's '?': an unknown option, or a value
 * given to a flag ("--wide=yes"). */
static int unknown_option(const struct parser *p, char **argv)
{
	const struct cli_entry *e = optopt ? entry_of(p, optopt) : NULL;
	const char *arg = argv[optind - 1];
	int st;

	if (e && optopt >= LONG_BASE)
		return msg_usage(p->cmd->name, "option '--%s' takes no value",
				 e->option->name);
	if (optopt > 0 && optopt < LONG_BASE)
		return msg_usage(p->cmd->name, "unknown option '-%c'", optopt);
	{
		size_t len = strcspn(arg, "=");
		char *name = xstrndup(arg, len);
		st = msg_usage(p->cmd->name, "unknown option '%s'", name);
		free(name);
	}
	return st;
}

/* Store one option's value, or say why it is not valid. */
static int take(const struct parser *p, const struct cli_option *o,
		const char *value)
{
	char *why = NULL, *want;
	int st;

	if (store(o, cli_field(o, p->a), value, &why))
		return CLI_GO_ON;
	want = expected(o);
	st = msg_usage(p->cmd->name, "--%s '%s' is not valid%s%s%s; expected "
		       "%s", o->name, value, why ? " (" : "", why ? why : "",
		       why ? ")" : "", want);
	free(want);
	free(why);
	return st;
}

/* Read the options; CLI_GO_ON at the first non-option argument left. */
static int read_options(const struct parser *p, int argc, char **argv)
{
	int c;

	opterr = 0;
	while ((c = getopt_long(argc, argv, p->shortopts, p->longopts,
				NULL)) != -1) {
		const struct cli_entry *e;
		int st;

		if (c == ':')
			return missing_value(p);
		e = c == '?' ? NULL : entry_of(p, c);
		if (!e)
			return unknown_option(p, argv);
		if (e->option == &cli_opt_help) {
			cli_print_help(p->cmd);
			return msg_finish_stdout(EXIT_OK);
		}
		st = take(p, e->option, optarg);
		if (st != CLI_GO_ON)
			return st;
	}
	return CLI_GO_ON;
}

/* The short form of o if it has one, else the long one. */
static char *display(const struct cli_option *o)
{
	return typed(o, o->short_name ? o->short_name : LONG_BASE);
}

/* The usage error for a stray argument: it names the options that take
 * the command's files. */
static int stray_argument(const struct parser *p, const char *arg)
{
	const char **names = xcalloc(p->n + 1, sizeof(*names));
	size_t k = 0;
	char *list;
	int st;

	for (size_t i = 0; i < p->n; i++) {
		const struct cli_option *o = p->entries[i].option;
		if (p->entries[i].in_synopsis &&
		    (o->complete == CLI_COMPLETE_FILE ||
		     o->complete == CLI_COMPLETE_INDSET ||
		     o->complete == CLI_COMPLETE_DIR))
			names[k++] = display(o);
	}
	list = cli_values_text(names, NULL);
	st = msg_usage(p->cmd->name, "unexpected argument '%s'; expected "
		       "options only (a file is given after %s)", arg, list);
	free(list);
	for (size_t i = 0; i < k; i++)
		free((char *)names[i]);
	free(names);
	return st;
}

/* Has the run a value for o (a non-empty one for strings)? */
static bool given(const struct cli_option *o, struct cli_args *a)
{
	void *field = cli_field(o, a);

	if (o->kind == CLI_LIST)
		return ((struct path_list *)field)->count > 0;
	if (o->kind == CLI_STRING)
		return *(const char **)field && (*(const char **)field)[0];
	return true;
}

/* After the options: no stray argument, every required option given. */
static int check_rest(const struct parser *p, int argc, char **argv)
{
	if (optind < argc)
		return stray_argument(p, argv[optind]);
	for (size_t k = 0; k < p->n; k++) {
		const struct cli_option *o = p->entries[k].option;
		char *name;
		int st;

		if (!p->entries[k].required || given(o, p->a))
			continue;
		name = display(o);
		st = msg_usage(p->cmd->name, "no %s; expected %s%s %s",
			       o->noun ? o->noun : o->name,
			       o->kind == CLI_LIST ? "at least one " : "",
			       name, o->arg);
		free(name);
		return st;
	}
	return CLI_GO_ON;
}

/* Read the options, then check what is left and what is missing. */
int cli_parse(const struct cli_command *cmd, struct cli_args *a, int argc,
	      char **argv)
{
	struct parser p;
	int status;

	parser_init(&p, cmd, a);
	status = read_options(&p, argc, argv);
	if (status == CLI_GO_ON)
		status = check_rest(&p, argc, argv);
	if (status == CLI_GO_ON && cmd->check)
		status = cmd->check(a);
	parser_release(&p);
	return status;
}

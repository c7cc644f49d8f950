/* SPDX-License-Identifier: Apache-2.0 */
/*
 * help.c - help texts generated from the command tables: the usage
 * synopsis (the required options, then [OPTION]...), the option list
 * (each option's help wrapped beside it, its value list and default
 * filled in) between the command's own paragraphs, and the overview of
 * every command.
 */
#include "config.h"
#include "cli/help.h"
#include "cli/msg.h"
#include "base/strbuf.h"
#include "base/xalloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Option help starts in this column and ends by HELP_WIDTH. */
#define HELP_COLUMN 26
#define HELP_WIDTH 73
/* The usage synopsis ends by this column. */
#define SYNOPSIS_WIDTH 79

/* Join the names as "a, b or c", the default marked. */
char *cli_values_text(const char *const *values, const char *mark)
{
	struct strbuf sb;
	size_t n = 0;

	while (values[n])
		n++;
	strbuf_init(&sb);
	for (size_t i = 0; i < n; i++) {
		if (i > 0)
			strbuf_adds(&sb, i + 1 == n ? " or " : ", ");
		strbuf_adds(&sb, values[i]);
		if (mark && !strcmp(values[i], mark))
			strbuf_adds(&sb, " (default)");
	}
	return strbuf_detach(&sb);
}

/* text with "{values}" and "{default}" filled in for o (caller frees). */
char *cli_expand_help(const char *text, const struct cli_option *o)
{
	struct strbuf sb;

	strbuf_init(&sb);
	while (*text) {
		if (!strncmp(text, "{values}", 8) && o->values) {
			char *list = cli_values_text(o->values,
						     o->default_value);
			strbuf_adds(&sb, list);
			free(list);
			text += 8;
		} else if (!strncmp(text, "{default}", 9) &&
			   o->default_value) {
			strbuf_adds(&sb, o->default_value);
			text += 9;
		} else {
			strbuf_addch(&sb, *text++);
		}
	}
	return strbuf_detach(&sb);
}

/*
 * Append words (split at spaces) to sb, greedily filling lines that end
 * by width, each new line indented by indent columns; *col is the
 * column sb's last line has reached, and a line that has reached indent
 * takes its first word whatever its length.
 */
static void add_wrapped(struct strbuf *sb, const char *words, size_t indent,
			size_t width, size_t *col)
{
	while (*words) {
		size_t len;

		while (*words == ' ')
			words++;
		len = strcspn(words, " ");
		if (!len)
			break;
		if (*col > indent && *col + 1 + len > width) {
			strbuf_addf(sb, "\n%*s", (int)indent, "");
			*col = indent;
		}
		if (*col > indent) {
			strbuf_addch(sb, ' ');
			(*col)++;
		}
		while (*col < indent) {
			strbuf_addch(sb, ' ');
			(*col)++;
		}
		strbuf_add(sb, words, len);
		*col += len;
		words += len;
	}
}

/* One option of the list: its names, then its help beside them (or
 * below, when the names reach the help column). */
static void add_option(struct strbuf *sb, const struct cli_entry *e)
{
	const struct cli_option *o = e->option;
	char *help = cli_expand_help(e->help, o);
	size_t start = sb->len, col;

	if (o->short_name)
		strbuf_addf(sb, "  -%c, --%s", o->short_name, o->name);
	else
		strbuf_addf(sb, "      --%s", o->name);
	if (o->arg)
		strbuf_addf(sb, " %s", o->arg);
	col = sb->len - start;
	if (col + 2 > HELP_COLUMN) {
		strbuf_addch(sb, '\n');
		col = 0;
	}
	add_wrapped(sb, help, HELP_COLUMN, HELP_WIDTH, &col);
	strbuf_addch(sb, '\n');
	free(help);
}

/* One option as the synopsis shows it: "-i INDICATORS.csv [-i ...]",
 * "[-a ANSWERS.csv ...]", "--country ISO3" (caller frees). */
char *cli_synopsis_item(const struct cli_entry *e)
{
	const struct cli_option *o = e->option;
	const char *arg = o->synopsis_arg ? o->synopsis_arg : o->arg;
	char *name = o->short_name ? xasprintf("-%c", o->short_name)
				   : xasprintf("--%s", o->name);
	char *item;

	if (e->required && o->kind == CLI_LIST)
		item = xasprintf("%s %s [%s ...]", name, arg, name);
	else if (e->required)
		item = arg ? xasprintf("%s %s", name, arg) : xstrdup(name);
	else if (o->kind == CLI_LIST)
		item = xasprintf("[%s %s ...]", name, arg);
	else
		item = arg ? xasprintf("[%s %s]", name, arg)
			   : xasprintf("[%s]", name);
	free(name);
	return item;
}

/* Are there options besides -h that the synopsis does not show? */
bool cli_synopsis_has_more(const struct cli_entry *e, size_t n)
{
	for (size_t k = 0; k < n; k++)
		if (!e[k].in_synopsis && e[k].option != &cli_opt_help)
			return true;
	return false;
}

/* "Usage: gapscore CMD" and the synopsis items, wrapped under the
 * first item. */
static void add_synopsis(struct strbuf *sb, const struct cli_command *cmd,
			 const struct cli_entry *e, size_t n)
{
	size_t start = sb->len, indent, col;

	strbuf_addf(sb, "Usage: %s %s", PROG, cmd->name);
	indent = sb->len - start + 1;
	col = indent - 1;
	for (size_t k = 0; k < n; k++) {
		char *item;
		if (!e[k].in_synopsis)
			continue;
		item = cli_synopsis_item(&e[k]);
		/* An item is one word to the wrapper. */
		for (char *s = item; *s; s++)
			if (*s == ' ')
				*s = '\x01';
		add_wrapped(sb, item, indent, SYNOPSIS_WIDTH, &col);
		free(item);
	}
	if (cli_synopsis_has_more(e, n))
		add_wrapped(sb, "[OPTION]...", indent, SYNOPSIS_WIDTH, &col);
	for (char *s = sb->buf + start; *s; s++)
		if (*s == '\x01')
			*s = ' ';
	strbuf_addch(sb, '\n');
}

/* The example's lines, each indented by two spaces. */
static void add_example(struct strbuf *sb, const char *text)
{
	while (*text) {
		size_t len = strcspn(text, "\n");
		strbuf_adds(sb, "  ");
		strbuf_add(sb, text, len);
		strbuf_addch(sb, '\n');
		text += len + (text[len] == '\n');
	}
}

/* Synopsis, description, options, notes, exit status, example. */
void cli_print_help(const struct cli_command *cmd)
{
	struct cli_entry *e;
	size_t n = cli_entries(cmd, &e);
	struct strbuf sb;

	strbuf_init(&sb);
	add_synopsis(&sb, cmd, e, n);
	strbuf_addf(&sb, "\n%s\nOptions:\n", cmd->description);
	for (size_t k = 0; k < n; k++)
		add_option(&sb, &e[k]);
	if (cmd->notes)
		strbuf_addf(&sb, "\n%s", cmd->notes);
	strbuf_addf(&sb, "\nExit status: %s\nExample:\n", cmd->exit_status);
	add_example(&sb, cmd->example);
	fputs(sb.buf, stdout);
	strbuf_release(&sb);
	free(e);
}

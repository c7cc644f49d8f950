/* SPDX-License-Identifier: Apache-2.0 */
/*
 * help.c - help texts generated from the command tables: the usage
 * synopsis (the required options, then [OPTION]...), the option list
 * (each option's help wrapped beside it, its value list and default
 * filled in) between the command's own paragraphs, and the overview of
 * every command. The texts are the English of the tables, looked up in
 * the messages' language (LANGUAGE / LC_MESSAGES) when printed: a
 * translated paragraph is rewrapped to the width of its English, and
 * lines are measured in terminal columns of UTF-8 characters, breaking
 * between East Asian characters where there is no space.
 */
#include "config.h"
#include "cli/help.h"
#include "cli/msg.h"
#include "cli/about.h"
#include "base/i18n.h"
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
/* Where the exit statuses start in English, after "Exit status: ". */
#define EXIT_COLUMN 13

/* text in the messages' language; NULL and "" (the catalog's header)
 * as they are. */
static const char *tr(const char *text)
{
	return text && *text ? _(text) : text;
}

/* Join the names as "a, b or c", the default marked; in the messages'
 * language when local (the names stay as they are typed). */
static char *values_text(const char *const *values, const char *mark,
			 bool local)
{
	struct strbuf sb;
	size_t n = 0;

	while (values[n])
		n++;
	strbuf_init(&sb);
	for (size_t i = 0; i < n; i++) {
		if (i > 0)
			strbuf_adds(&sb, i + 1 == n ? local ? _(" or ") : " or "
						    : ", ");
		strbuf_adds(&sb, values[i]);
		if (mark && !strcmp(values[i], mark))
			strbuf_adds(&sb, local ? _(" (default)")
					       : " (default)");
	}
	return strbuf_detach(&sb);
}

/* Join the names as "a, b or c", the default marked (English). */
char *cli_values_text(const char *const *values, const char *mark)
{
	return values_text(values, mark, false);
}

/* text with "{values}" and "{default}" filled in for o, the text and the
 * value list in the messages' language when local (caller frees). */
static char *expand_help(const char *text, const struct cli_option *o,
			 bool local)
{
	struct strbuf sb;

	if (local)
		text = tr(text);
	strbuf_init(&sb);
	while (*text) {
		if (!strncmp(text, "{values}", 8) && o->values) {
			char *list = values_text(o->values, o->default_value,
						 local);
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

/* text with "{values}" and "{default}" filled in for o (English; caller
 * frees). */
char *cli_expand_help(const char *text, const struct cli_option *o)
{
	return expand_help(text, o, false);
}

/* The code point of the UTF-8 character at s, *len its bytes (an invalid
 * byte is one character of its own). */
static unsigned utf8_next(const char *s, size_t *len)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t n = u[0] < 0x80 ? 1 : u[0] >= 0xf0 ? 4 : u[0] >= 0xe0 ? 3
		 : u[0] >= 0xc0 ? 2 : 1;
	unsigned c = n == 1 ? u[0] : u[0] & (0x7f >> n);

	for (size_t i = 1; i < n; i++) {
		if ((u[i] & 0xc0) != 0x80) {
			*len = 1;
			return u[0];
		}
		c = c << 6 | (u[i] & 0x3f);
	}
	*len = n;
	return c;
}

/* Is c an East Asian wide character (two columns, and a line may break
 * beside it)? */
static bool is_wide(unsigned c)
{
	return (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) ||
	       (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) ||
	       (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) ||
	       (c >= 0xffe0 && c <= 0xffe6) || (c >= 0x20000 && c <= 0x3fffd);
}

/* The columns of c: 2 wide, else 1 (a combining mark too, so that no
 * line has more characters than columns). */
static size_t cp_width(unsigned c)
{
	return is_wide(c) ? 2 : 1;
}

/* The columns of the first n bytes of s. */
static size_t text_width(const char *s, size_t n)
{
	size_t w = 0, len;

	for (size_t i = 0; i < n && s[i]; i += len)
		w += cp_width(utf8_next(s + i, &len));
	return w;
}

/* Must a line not break before c (closing punctuation) or after it
 * (opening)? */
static bool keeps_with_next(unsigned c)
{
	return c == 0xff08 || c == 0x300c || c == 0x300a || c == 0x201c ||
	       c == 0x3008 || c == 0x3010;
}

/* Must a line not break before c (closing punctuation)? */
static bool keeps_with_previous(unsigned c)
{
	return c == 0x3001 || c == 0x3002 || c == 0xff0c || c == 0xff09 ||
	       c == 0xff1a || c == 0xff1b || c == 0x300d || c == 0x300b ||
	       c == 0x201d || c == 0xff01 || c == 0xff1f || c == 0x3009 ||
	       c == 0x3011 || c == 0xff05;
}

/* The next piece of s that a line does not split (to a space, or to
 * where a line may break beside a wide character): its bytes in *len,
 * its columns returned. */
static size_t next_unit(const char *s, size_t *len)
{
	size_t i = 0, w = 0, l;
	unsigned prev = 0;

	while (s[i] && s[i] != ' ') {
		unsigned c = utf8_next(s + i, &l);

		if (i > 0 && (is_wide(prev) || is_wide(c)) &&
		    !keeps_with_previous(c) && !keeps_with_next(prev))
			break;
		w += cp_width(c);
		i += l;
		prev = c;
	}
	*len = i;
	return w;
}

/* Is the word at s (to a space or the end) a mark that French sets
 * apart by a space: a closing one (":", ";", "!", "?", "»", and the
 * dash "—") when close,
 * else an opening one ("«")? */
static bool is_mark(const char *s, bool close)
{
	static const char *const closing[] = {
		":", ";", "!", "?", "\u00bb", "\u2014", NULL,
	};
	static const char *const opening[] = { "\u00ab", NULL };
	const char *const *marks = close ? closing : opening;
	size_t n = strcspn(s, " ");

	for (size_t i = 0; marks[i]; i++)
		if (n == strlen(marks[i]) && !strncmp(s, marks[i], n))
			return true;
	return false;
}

/* The next unit of words (see next_unit), a French mark and the word
 * beside it held together ("réponses :", "« ungrouped »"). */
static size_t next_glued_unit(const char *words, size_t *len)
{
	size_t w = next_unit(words, len);
	const char *last = words;

	for (;;) {
		const char *next = words + *len + 1;
		size_t more, wmore;

		if (words[*len] != ' ' || *next == '\0' || *next == ' ')
			break;
		if (!is_mark(next, true) && !is_mark(last, false))
			break;
		wmore = next_unit(next, &more);
		*len += 1 + more;
		w += 1 + wmore;
		last = next;
	}
	return w;
}

/*
 * Append words (split at spaces, and beside wide characters) to sb,
 * greedily filling lines that end by width columns, each new line
 * indented by indent columns; *col is the column sb's last line has
 * reached, and a line that has reached indent takes its first word
 * whatever its length.
 */
static void add_wrapped(struct strbuf *sb, const char *words, size_t indent,
			size_t width, size_t *col)
{
	while (*words) {
		bool first = true;

		while (*words == ' ')
			words++;
		while (*words && *words != ' ') {
			size_t len, w = next_glued_unit(words, &len);
			bool space = first && *col > indent;

			if (*col > indent && *col + space + w > width) {
				strbuf_addf(sb, "\n%*s", (int)indent, "");
				*col = indent;
				space = false;
			}
			if (space) {
				strbuf_addch(sb, ' ');
				(*col)++;
			}
			while (*col < indent) {
				strbuf_addch(sb, ' ');
				(*col)++;
			}
			strbuf_add(sb, words, len);
			*col += w;
			words += len;
			first = false;
		}
	}
}

/* The widest line of text in columns, its first line from column col. */
static size_t widest_line(const char *text, size_t col)
{
	size_t widest = 0;

	while (*text) {
		size_t len = strcspn(text, "\n"), w = col + text_width(text, len);

		if (w > widest)
			widest = w;
		col = 0;
		text += len + (text[len] == '\n');
	}
	return widest;
}

/*
 * Paragraphs (english, its lines wrapped as printed, ending with '\n'),
 * the first line after a prefix that ends at column col (a space between
 * them; in English the text starts at en_col): the English as
 * written, a translation rewrapped to the English's widest line; a line
 * of the translation that starts with a space is kept as it is, and a
 * blank line parts paragraphs.
 */
static void add_paragraphs(struct strbuf *sb, const char *english,
			   size_t col, size_t en_col)
{
	const char *text = tr(english);
	size_t width = widest_line(english, en_col);

	if (text == english) {
		if (col > 0)
			strbuf_addch(sb, ' ');
		strbuf_adds(sb, text);
		return;
	}
	while (*text) {
		size_t len = strcspn(text, "\n");
		char *line = xstrndup(text, len);

		if ((!len || line[0] == ' ') && col > 0)
			strbuf_addch(sb, '\n');
		if (!len || line[0] == ' ') {
			strbuf_adds(sb, line);
			strbuf_addch(sb, '\n');
			col = 0;
		} else {
			add_wrapped(sb, line, 0, width, &col);
		}
		free(line);
		text += len + (text[len] == '\n');
	}
	if (col > 0)
		strbuf_addch(sb, '\n');
}

/* One option of the list: its names, then its help beside them (or
 * below, when the names reach the help column). */
static void add_option(struct strbuf *sb, const struct cli_entry *e)
{
	const struct cli_option *o = e->option;
	char *help = expand_help(e->help, o, true);
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

/* usage ("Usage: gapscore CMD") and the synopsis items, wrapped under
 * the first item by width. */
static void add_synopsis_in(struct strbuf *sb, const char *usage,
			    const struct cli_entry *e, size_t n, size_t width)
{
	size_t start = sb->len, indent, col;

	strbuf_adds(sb, usage);
	indent = text_width(sb->buf + start, sb->len - start) + 1;
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
		add_wrapped(sb, item, indent, width, &col);
		free(item);
	}
	if (cli_synopsis_has_more(e, n))
		add_wrapped(sb, "[OPTION]...", indent, width, &col);
	for (char *s = sb->buf + start; *s; s++)
		if (*s == '\x01')
			*s = ' ';
	strbuf_addch(sb, '\n');
}

/* The usage synopsis in the messages' language: a translation wrapped
 * no wider than the English one. */
static void add_synopsis(struct strbuf *sb, const struct cli_command *cmd,
			 const struct cli_entry *e, size_t n)
{
	char *english = xasprintf("Usage: %s %s", PROG, cmd->name);
	char *usage = xasprintf(_("Usage: %s %s"), PROG, cmd->name);
	struct strbuf en;

	strbuf_init(&en);
	add_synopsis_in(&en, english, e, n, SYNOPSIS_WIDTH);
	if (!strcmp(usage, english))
		strbuf_adds(sb, en.buf);
	else
		add_synopsis_in(sb, usage, e, n, widest_line(en.buf, 0));
	strbuf_release(&en);
	free(english);
	free(usage);
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

/* Synopsis, description, options, notes, exit status, example, in the
 * messages' language. */
void cli_print_help(const struct cli_command *cmd)
{
	struct cli_entry *e;
	size_t n = cli_entries(cmd, &e);
	struct strbuf sb;
	const char *status = _("Exit status:");

	strbuf_init(&sb);
	add_synopsis(&sb, cmd, e, n);
	strbuf_addch(&sb, '\n');
	add_paragraphs(&sb, cmd->description, 0, 0);
	strbuf_addf(&sb, "\n%s\n", _("Options:"));
	for (size_t k = 0; k < n; k++)
		add_option(&sb, &e[k]);
	if (cmd->notes) {
		strbuf_addch(&sb, '\n');
		add_paragraphs(&sb, cmd->notes, 0, 0);
	}
	strbuf_addf(&sb, "\n%s", status);
	add_paragraphs(&sb, cmd->exit_status, text_width(status, strlen(status)),
		       EXIT_COLUMN);
	strbuf_addf(&sb, "\n%s\n", _("Example:"));
	add_example(&sb, cmd->example);
	fputs(sb.buf, stdout);
	strbuf_release(&sb);
	free(e);
}

/* One command of the overview, its summary wrapped beside its name (as
 * written when English). */
static void add_command(struct strbuf *sb, const char *name,
			const char *english)
{
	const char *summary = tr(english);
	size_t col = 2 + (strlen(name) > 10 ? strlen(name) : 10);

	strbuf_addf(sb, "  %-10s", name);
	if (summary == english) {
		strbuf_addf(sb, " %s\n", summary);
		return;
	}
	add_wrapped(sb, summary, col + 1, HELP_WIDTH, &col);
	strbuf_addch(sb, '\n');
}

/* What "gapscore --help" prints: the synopsis, what gapscore does, the
 * commands of cmds (ending with NULL) and help, the options and the exit
 * statuses, in the messages' language. */
void cli_print_overview_of(const struct cli_command *const *cmds)
{
	struct strbuf sb;
	const char *status = _("Exit status:");

	strbuf_init(&sb);
	strbuf_addf(&sb, _("Usage: %s COMMAND [OPTION]..."), PROG);
	strbuf_addch(&sb, '\n');
	add_paragraphs(&sb, cli_about_description, 0, 0);
	strbuf_addf(&sb, "\n%s\n", _("Commands:"));
	for (size_t i = 0; cmds[i]; i++)
		add_command(&sb, cmds[i]->name, cmds[i]->summary);
	add_command(&sb, "help", N_("show the help of a command"));
	strbuf_addf(&sb, "\n%s\n", _("Options:"));
	strbuf_addf(&sb, "  -h, --help     %s\n", _("show this help"));
	strbuf_addf(&sb, "  -V, --version  %s\n", _("show the version"));
	strbuf_addf(&sb, "\n%s", status);
	add_paragraphs(&sb, cli_about_exit_status,
		       text_width(status, strlen(status)), EXIT_COLUMN);
	strbuf_addf(&sb, _("Run '%s help COMMAND' for the options of a "
			   "command."), PROG);
	strbuf_addch(&sb, '\n');
	fputs(sb.buf, stdout);
	strbuf_release(&sb);
}

/* SPDX-License-Identifier: Apache-2.0 */
/*
 * gendoc-man.c - the man page gapscore(1) in roff, from the command and
 * option tables (see gendoc.h): NAME, SYNOPSIS (every command's usage
 * line as --help prints it), DESCRIPTION, one section per command (its
 * paragraphs and every option its --help lists, with the same wording),
 * EXIT STATUS, ENVIRONMENT, FILES, EXAMPLES, SEE ALSO and COPYRIGHT.
 *
 * Text is escaped for roff: '\' as \e, a '.' or '\'' starting a line
 * behind \&, characters beyond ASCII as \[uXXXX], and a '-' that starts
 * an option (or a minus) as \- while a hyphen inside a word stays '-'.
 */
#include "config.h"
#include "cli/gendoc.h"
#include "cli/about.h"
#include "cli/cli.h"
#include "base/strbuf.h"
#include "base/xalloc.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* How '-' is written: in prose, \- only where a word starts with one;
 * in code (option names, metavars, commands), always \-. */
enum roff_mode {
	ROFF_PROSE,
	ROFF_CODE,
};

/* The length of the UTF-8 sequence at s (avail bytes there) and its code
 * point in *cp, or 0 when s does not start a whole one. */
static size_t utf8_decode(const unsigned char *s, size_t avail,
			  unsigned *cp)
{
	size_t len = s[0] >= 0xf0 ? 4 : s[0] >= 0xe0 ? 3 : s[0] >= 0xc0 ? 2
									 : 0;

	if (!len || len > avail)
		return 0;
	*cp = s[0] & (0x7fu >> len);
	for (size_t i = 1; i < len; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		*cp = (*cp << 6) | (s[i] & 0x3fu);
	}
	return len;
}

/* Append len bytes of s escaped for roff; line_start: s starts a line. */
static void roff_add(struct strbuf *sb, const char *s, size_t len,
		     enum roff_mode mode, bool line_start)
{
	bool option = false;	/* in a word that started with '-' */

	if (line_start && len && (s[0] == '.' || s[0] == '\''))
		strbuf_adds(sb, "\\&");
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		unsigned cp;
		size_t n;

		if (c == '-') {
			option = option || i == 0 ||
				 !isalnum((unsigned char)s[i - 1]);
			strbuf_adds(sb, mode == ROFF_CODE || option ? "\\-"
								    : "-");
		} else if (c == '\\') {
			strbuf_adds(sb, "\\e");
		} else if (c >= 0x80 &&
			   (n = utf8_decode((const unsigned char *)s + i,
					    len - i, &cp))) {
			strbuf_addf(sb, "\\[u%04X]", cp);
			i += n - 1;
		} else {
			option = option && !isspace(c);
			strbuf_addch(sb, (char)c);
		}
	}
}

/* Append s escaped, as its own line. */
static void roff_line(struct strbuf *sb, const char *s, enum roff_mode mode)
{
	roff_add(sb, s, strlen(s), mode, true);
	strbuf_addch(sb, '\n');
}

/* s in font (B or I), escaped as code, then back to roman. */
static void roff_font(struct strbuf *sb, char font, const char *s,
		      size_t len)
{
	strbuf_addf(sb, "\\f%c", font);
	roff_add(sb, s, len, ROFF_CODE, false);
	strbuf_adds(sb, "\\fR");
}

/* An installed path in italics, with a break point (\\:) after each
 * slash: a long prefix (make distcheck's, a deep build tree's) would
 * otherwise make a word longer than man's 80 columns, which groff cannot
 * adjust. */
static void roff_path(struct strbuf *sb, const char *path)
{
	strbuf_adds(sb, "\\fI");
	for (const char *p = path; *p;) {
		size_t len = strcspn(p, "/");
		roff_add(sb, p, len, ROFF_CODE, false);
		p += len;
		if (*p == '/') {
			strbuf_adds(sb, "/\\:");
			p++;
		}
	}
	strbuf_adds(sb, "\\fR");
}

/* The paragraph gathered so far (its wrapped lines joined), as one line;
 * a ".PP" first when one is due. */
static void flush_text(struct strbuf *sb, struct strbuf *para, bool *pp)
{
	if (!para->len)
		return;
	if (*pp)
		strbuf_adds(sb, ".PP\n");
	*pp = false;
	roff_add(sb, para->buf, para->len, ROFF_PROSE, true);
	strbuf_addch(sb, '\n');
	strbuf_reset(para);
}

/* Join one wrapped line to the paragraph: with a space, or none after a
 * word broken at its hyphen ("radar-" + "INSTRUMENT"). */
static void join_line(struct strbuf *para, const char *line, size_t len)
{
	while (len && line[len - 1] == ' ')
		len--;
	if (para->len) {
		size_t n = para->len;
		bool broken = n >= 2 && para->buf[n - 1] == '-' &&
			      isalpha((unsigned char)para->buf[n - 2]);
		if (!broken)
			strbuf_addch(para, ' ');
	}
	strbuf_add(para, line, len);
}

/*
 * Paragraphs as --help prints them (lines wrapped, a blank line between
 * paragraphs, indented lines shown as they are) in roff; first: right
 * after a heading, so no ".PP" before the first paragraph.
 */
static void add_paragraphs(struct strbuf *sb, const char *text, bool first)
{
	struct strbuf para;
	bool pp = !first, pre = false;

	strbuf_init(&para);
	while (*text) {
		const char *line = text;
		size_t len = strcspn(text, "\n");

		text += len + (text[len] == '\n');
		if (line[0] == ' ' && len) {
			flush_text(sb, &para, &pp);
			if (!pre)
				strbuf_adds(sb, pp ? ".PP\n.RS\n.nf\n"
						   : ".RS\n.nf\n");
			pre = true;
			pp = false;
			roff_add(sb, line + 2, len - 2, ROFF_CODE, true);
			strbuf_addch(sb, '\n');
			continue;
		}
		if (pre)
			strbuf_adds(sb, ".fi\n.RE\n");
		pre = false;
		if (len == 0) {
			flush_text(sb, &para, &pp);
			pp = true;
			continue;
		}
		join_line(&para, line, len);
	}
	flush_text(sb, &para, &pp);
	if (pre)
		strbuf_adds(sb, ".fi\n.RE\n");
	strbuf_release(&para);
}

/* One synopsis item ("[-a ANSWERS.csv ...]") with names in bold and
 * metavars in italics, its words held together by unbreakable spaces. */
static void add_synopsis_item(struct strbuf *sb, const char *item)
{
	while (*item) {
		size_t len = strcspn(item, " "), lead = 0, trail = 0;

		while (lead < len && item[lead] == '[')
			strbuf_addch(sb, item[lead++]);
		while (trail < len - lead && item[len - 1 - trail] == ']')
			trail++;
		if (item[lead] == '-')
			roff_font(sb, 'B', item + lead, len - lead - trail);
		else if (!strncmp(item + lead, "...", 3))
			strbuf_adds(sb, "\\&...");
		else
			roff_font(sb, 'I', item + lead, len - lead - trail);
		for (size_t i = 0; i < trail; i++)
			strbuf_addch(sb, ']');
		item += len;
		if (*item == ' ') {
			strbuf_adds(sb, "\\ ");
			item++;
		}
	}
}

/* cmd's usage line, as in its --help. */
static void add_command_synopsis(struct strbuf *sb,
				 const struct cli_command *cmd)
{
	struct cli_entry *e;
	size_t n = cli_entries(cmd, &e);

	strbuf_addf(sb, ".SY \"%s %s\"\n", PROG, cmd->name);
	for (size_t k = 0; k < n; k++) {
		char *item;
		if (!e[k].in_synopsis)
			continue;
		item = cli_synopsis_item(&e[k]);
		add_synopsis_item(sb, item);
		/* "...]" ending a line would end a sentence (two spaces). */
		strbuf_adds(sb, "\\&\n");
		free(item);
	}
	if (cli_synopsis_has_more(e, n))
		strbuf_adds(sb, "[\\fIOPTION\\fR]...\n");
	strbuf_adds(sb, ".YS\n");
	free(e);
}

/* One option of a command: its names and metavar, then its help. */
static void add_option(struct strbuf *sb, const struct cli_entry *e)
{
	const struct cli_option *o = e->option;
	char *help = cli_expand_help(e->help, o);
	char *name = xasprintf("--%s", o->name);

	strbuf_adds(sb, ".TP\n");
	if (o->short_name) {
		char s[3] = { '-', o->short_name, '\0' };
		roff_font(sb, 'B', s, 2);
		strbuf_adds(sb, ", ");
	}
	roff_font(sb, 'B', name, strlen(name));
	if (o->arg) {
		strbuf_addch(sb, ' ');
		roff_font(sb, 'I', o->arg, strlen(o->arg));
	}
	strbuf_addch(sb, '\n');
	roff_line(sb, help, ROFF_PROSE);
	free(name);
	free(help);
}

/* Lines shown as they are, indented: an example. */
static void add_code(struct strbuf *sb, const char *text)
{
	strbuf_adds(sb, ".PP\n.RS 2\n.nf\n");
	while (*text) {
		size_t len = strcspn(text, "\n");
		roff_add(sb, text, len, ROFF_CODE, true);
		strbuf_addch(sb, '\n');
		text += len + (text[len] == '\n');
	}
	strbuf_adds(sb, ".fi\n.RE\n");
}

/* The section of one command: usage, paragraphs, options, exit status,
 * example. */
static void add_command(struct strbuf *sb, const struct cli_command *cmd)
{
	struct cli_entry *e;
	size_t n = cli_entries(cmd, &e);
	char *title = xstrdup(cmd->name);

	for (char *s = title; *s; s++)
		*s = (char)toupper((unsigned char)*s);
	strbuf_addf(sb, ".SH \"%s %s\"\n", "GAPSCORE", title);
	add_command_synopsis(sb, cmd);
	add_paragraphs(sb, cmd->description, false);
	strbuf_adds(sb, ".SS Options\n");
	for (size_t k = 0; k < n; k++)
		add_option(sb, &e[k]);
	if (cmd->notes)
		add_paragraphs(sb, cmd->notes, false);
	strbuf_adds(sb, ".SS \"Exit status\"\n");
	add_paragraphs(sb, cmd->exit_status, true);
	strbuf_adds(sb, ".SS Example\n");
	add_code(sb, cmd->example);
	free(title);
	free(e);
}

/* The title line, NAME, SYNOPSIS. */
static void add_head(struct strbuf *sb, const char *date)
{
	strbuf_adds(sb, ".\\\" Generated by gapscore-gendoc from gapscore's "
		    "option tables; do not edit.\n");
	strbuf_adds(sb, ".\\\" SPDX-License-Identifier: Apache-2.0\n");
	strbuf_addf(sb, ".TH GAPSCORE 1 %s \"%s %s\" \"User Commands\"\n",
		    date, PROG, PACKAGE_VERSION);
	/* No hyphenation: option names and paths are copied from here. */
	strbuf_adds(sb, ".nh\n");
	strbuf_adds(sb, ".SH NAME\ngapscore \\- ");
	roff_line(sb, cli_about_purpose, ROFF_PROSE);
	strbuf_adds(sb, ".SH SYNOPSIS\n");
	for (size_t i = 0; cli_commands[i]; i++)
		add_command_synopsis(sb, cli_commands[i]);
	strbuf_addf(sb, ".SY %s\n\\fBhelp\\fR [\\fICOMMAND\\fR]\n.YS\n", PROG);
	strbuf_addf(sb, ".SY %s\n\\fB\\-\\-help\\fR | \\fB\\-\\-version\\fR"
		    "\n.YS\n", PROG);
}

/* A section that opens with one of the about texts (heading as roff
 * writes it) and ends with a paragraph of the page's own, in roff. */
static void add_about_section(struct strbuf *sb, const char *heading,
			      const char *about, const char *roff_after)
{
	strbuf_addf(sb, ".SH %s\n", heading);
	add_paragraphs(sb, about, true);
	strbuf_addf(sb, ".PP\n%s\n", roff_after);
}

/* DESCRIPTION: what gapscore does, its commands, its own options. */
static void add_description(struct strbuf *sb)
{
	add_about_section(sb, "DESCRIPTION", cli_about_description,
			  "Each command takes only options; "
			  "\\fB\\-i\\fR and \\fB\\-a\\fR repeat, and a "
			  "file given as \\fB\\-\\fR is standard input. "
			  "The commands are:");
	for (size_t i = 0; cli_commands[i]; i++) {
		strbuf_adds(sb, ".TP\n");
		roff_font(sb, 'B', cli_commands[i]->name,
			  strlen(cli_commands[i]->name));
		strbuf_addch(sb, '\n');
		roff_line(sb, cli_commands[i]->summary, ROFF_PROSE);
	}
	strbuf_adds(sb, ".TP\n\\fBhelp\\fR [\\fICOMMAND\\fR]\n"
		    "show the help of a command (the same as "
		    "\\fBgapscore\\fR \\fICOMMAND\\fR \\fB\\-\\-help\\fR)\n");
	strbuf_adds(sb, ".PP\nWithout a command:\n"
		    ".TP\n\\fB\\-h\\fR, \\fB\\-\\-help\\fR\n"
		    "list the commands\n"
		    ".TP\n\\fB\\-V\\fR, \\fB\\-\\-version\\fR\n"
		    "show the version, copyright and licence\n");
}

/* EXIT STATUS and ENVIRONMENT. */
static void add_status_environment(struct strbuf *sb)
{
	add_about_section(sb, "\"EXIT STATUS\"", cli_about_exit_status,
			  "A run stopped by SIGINT, SIGTERM or SIGHUP leaves "
			  "its outputs as they were and exits with 128 plus "
			  "the signal's number (130, 143, 129). Each "
			  "command's section says what its statuses mean for "
			  "it.");
	strbuf_adds(sb, ".SH ENVIRONMENT\n"
		    ".TP\n.B GAPSCORE_INDICATORS\n"
		    "directories (separated by colons) where "
		    "\\fB\\-i\\fR \\fINAME\\fR looks for "
		    "\\fINAME\\fR.csv before the installed sets\n"
		    ".TP\n.B GNUPLOT\n"
		    "the gnuplot to run when \\fB\\-\\-gnuplot\\fR is not "
		    "given (default: gnuplot on\n.BR PATH )\n"
		    ".TP\n.B TMPDIR\n"
		    "where the charts are drawn before they are moved into "
		    "place (default: /tmp)\n");
}

/* FILES: the installed sets by name, the outputs, the documentation. */
static void add_files(struct strbuf *sb, const char *const *sets,
		      size_t nsets)
{
	/* Left-adjusted: a path broken at a slash leaves a line with no
	 * space to stretch. */
	strbuf_adds(sb, ".SH FILES\n.ad l\n");
	for (size_t i = 0; i < nsets; i++) {
		const char *base = strrchr(sets[i], '/');
		char *name = xstrdup(base ? base + 1 : sets[i]);
		char *path = xasprintf("%s/%s", cli_about_indicators_dir,
				       name);
		char *dot = strrchr(name, '.');
		if (dot)
			*dot = '\0';
		strbuf_adds(sb, ".TP\n");
		roff_path(sb, path);
		strbuf_adds(sb, "\nthe indicator set that \\fB\\-i\\fR ");
		roff_font(sb, 'B', name, strlen(name));
		strbuf_adds(sb, " names\n");
		free(path);
		free(name);
	}
	strbuf_adds(sb, ".TP\n\\fIOUTDIR\\fR/\\fICOUNTRY\\fR/\\fIROUND\\fR/"
		    "report.json, report.html\n"
		    "a gap report of \\fBscore\\fR and its page, beside "
		    "its charts\n.TP\n");
	roff_path(sb, cli_about_doc_dir);
	strbuf_adds(sb, "/README.md\nthe manual: input formats, how scores "
		    "are computed, the reports (with docs/report.md and "
		    "indicators/README.md beside it)\n.ad\n");
}

/* EXAMPLES, SEE ALSO, COPYRIGHT. */
static void add_tail(struct strbuf *sb)
{
	strbuf_adds(sb, ".SH EXAMPLES\nCheck a panel's answers against the "
		    "installed sets, score them, and find the questions on "
		    "witness protection:\n");
	add_code(sb, "gapscore validate -i untoc -i tip -a answers.csv\n"
		 "gapscore score -i untoc -i tip -a answers.csv -o reports\n"
		 "gapscore list -i untoc --article 24 --match witness\n");
	strbuf_adds(sb, ".SH \"SEE ALSO\"\n.BR gnuplot (1)\n.PP\n.ad l\n");
	roff_path(sb, cli_about_doc_dir);
	strbuf_adds(sb, "/README.md\n.ad\n.SH COPYRIGHT\n");
	for (const char *t = cli_about_copyright; *t;) {
		size_t len = strcspn(t, "\n");
		roff_add(sb, t, len, ROFF_PROSE, true);
		strbuf_adds(sb, "\n.br\n");
		t += len + (t[len] == '\n');
	}
}

/* The whole page (see gendoc.h). */
char *gendoc_man(const char *const *sets, size_t nsets, const char *date)
{
	struct strbuf sb;

	strbuf_init(&sb);
	add_head(&sb, date);
	add_description(&sb);
	for (size_t i = 0; cli_commands[i]; i++)
		add_command(&sb, cli_commands[i]);
	add_status_environment(&sb);
	add_files(&sb, sets, nsets);
	add_tail(&sb);
	return strbuf_detach(&sb);
}

/*
 * csvout.c - the CSV writer shared by the commands that write CSV.
 */
#include "config.h"
#include "csvout.h"

#include <stdio.h>
#include <string.h>

void csvout_field(struct strbuf *sb, const char *text, bool first,
		  bool neutralise)
{
	const char *s = text ? text : "";
	bool quote = strpbrk(s, ",\"\r\n") != NULL;

	if (!first)
		strbuf_addch(sb, ',');
	if (neutralise && strchr("=+-@\t\r", s[0]) && s[0])
		quote = true;
	if (quote)
		strbuf_addch(sb, '"');
	if (neutralise && s[0] && strchr("=+-@\t\r", s[0]))
		strbuf_addch(sb, '\'');
	for (; *s; s++) {
		if (*s == '"')
			strbuf_addch(sb, '"');
		strbuf_addch(sb, *s);
	}
	if (quote)
		strbuf_addch(sb, '"');
}

void csvout_number(struct strbuf *sb, double value, bool first)
{
	char buf[64];

	snprintf(buf, sizeof(buf), "%.4f", round4(value));
	/* Trim trailing zeros: 0.5000 -> 0.5, 1.0000 -> 1. */
	for (size_t n = strlen(buf); n > 1 && strchr(buf, '.'); n--) {
		if (buf[n - 1] != '0' && buf[n - 1] != '.')
			break;
		buf[n - 1] = '\0';
		if (buf[n - 2] == '.') {
			buf[n - 2] = '\0';
			break;
		}
	}
	csvout_field(sb, buf, first, false);
}

void csvout_end_row(struct strbuf *sb)
{
	strbuf_addch(sb, '\n');
}

/* SPDX-License-Identifier: Apache-2.0 */
/*
 * csvout.c - the CSV writer shared by the commands that write CSV.
 */
#include "config.h"
#include "publish/csvout.h"
#include "base/strbuf.h"
#include "base/text.h"

#include <stdio.h>
#include <string.h>

/* One cell, quoted when needed, neutralised when asked (see csvout.h). */
void csvout_text(struct strbuf *sb, const char *text, bool neutralise)
{
	const char *s = text ? text : "";
	double number;
	/* A plain negative number ("-0.5") is no formula; anything else
	 * starting with one of these could be, "+1" too (a spreadsheet
	 * evaluates it, and gapscore never writes a number so). */
	bool formula = neutralise && s[0] != '\0' &&
		       strchr("=+-@\t\r", s[0]) &&
		       !(s[0] == '-' && parse_number(s, &number));
	bool quote = strpbrk(s, ",\"\r\n") != NULL;

	if (quote)
		strbuf_addch(sb, '"');
	if (formula)
		strbuf_addch(sb, '\'');
	for (; *s; s++) {
		if (*s == '"')
			strbuf_addch(sb, '"');
		strbuf_addch(sb, *s);
	}
	if (quote)
		strbuf_addch(sb, '"');
}

/* One cell preceded by a comma unless it is the first. */
void csvout_field(struct strbuf *sb, const char *text, bool first,
		  bool neutralise)
{
	if (!first)
		strbuf_addch(sb, ',');
	csvout_text(sb, text, neutralise);
}

/* A number rounded to 4 decimals, trailing zeros dropped. */
void csvout_number_text(struct strbuf *sb, double value)
{
	char buf[64];
	size_t len;

	/* %.4f never uses an exponent; the zeros it pads with go. */
	snprintf(buf, sizeof(buf), "%.4f", round4(value) + 0.0);
	len = strlen(buf);
	while (len > 0 && buf[len - 1] == '0')
		len--;
	if (len > 0 && buf[len - 1] == '.')
		len--;
	if (len == 2 && !strncmp(buf, "-0", 2))
		strbuf_addch(sb, '0');
	else
		strbuf_add(sb, buf, len);
}

/* A number cell preceded by a comma unless it is the first. */
void csvout_number(struct strbuf *sb, double value, bool first)
{
	if (!first)
		strbuf_addch(sb, ',');
	csvout_number_text(sb, value);
}

/* End a row with LF. */
void csvout_end_row(struct strbuf *sb)
{
	strbuf_addch(sb, '\n');
}

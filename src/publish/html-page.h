/* SPDX-License-Identifier: Apache-2.0 */
/*
 * html-page.h - what the HTML pages share (report.html, trend.html,
 * compare.html): escaping of input text, numbers as the JSON documents
 * print them, the document head with its inline style, rating colours
 * and inline SVG charts. Internal to publish/.
 *
 * Every string from the inputs goes through html_text or html_line;
 * only the SVG gapscore's own charts are made of is copied as it is
 * (without its XML prolog, its ids prefixed per chart).
 */
#ifndef HTML_PAGE_H
#define HTML_PAGE_H

#include <stdbool.h>
#include <stddef.h>

#include "publish/html.h"

struct strbuf;
struct indset;

/* Shown where a value is null. */
#define HTML_DASH "&mdash;"

/* Append input text that may span lines (a line break becomes <br>). */
void html_text(struct strbuf *sb, const char *s);
/* Append input text on one line (a line break becomes a space). */
void html_line(struct strbuf *sb, const char *s);
/* Append fmt (a translated text holding one %s) with s, escaped, in
 * place of its %s; fmt itself is escaped too. */
void html_fill(struct strbuf *sb, const char *fmt, const char *s);
/* Append a dimension name (lowercase in the sets) with a capital. */
void html_dim_name(struct strbuf *sb, const char *name);
/* html_dim_name with legislative and implementation in lang. */
void html_dim_name_tr(struct strbuf *sb, const char *name, const char *lang);
/* Append a number as the JSON documents print it (4 decimals), or a
 * dash when !has. */
void html_num(struct strbuf *sb, bool has, double v);
/* The same in a right-aligned table cell. */
void html_num_cell(struct strbuf *sb, bool has, double v);
/* The same with a sign ("+0.1000"), for changes. */
void html_change_cell(struct strbuf *sb, bool has, double v);

/* Open a table row on indicator i of set: its id as the row's header,
 * then cells of its instrument, article and dimension (in lang); the
 * caller adds its own cells and closes the row. */
void html_indicator_row(struct strbuf *sb, const struct indset *set,
			size_t i, const char *lang);

/* The colour class of a rating: "rate-1" (C, high) to "rate-4" (NC,
 * low), "rate-none" for NULL or another word. */
const char *html_rating_class(const char *rating);

/* Open a scrollable table with one header row: cols, NULL-terminated,
 * each a column's name (our own words, copied as they are); a name
 * starting with '#' is a numeric, right-aligned column (the '#' is not
 * shown). The body follows. */
void html_table_begin(struct strbuf *sb, const char *const *cols);
/* The same with the headers in lang (publish/tr.h; NULL: English). */
void html_table_begin_tr(struct strbuf *sb, const char *const *cols,
			 const char *lang);
/* Close the body and the table html_table_begin opened. */
void html_table_end(struct strbuf *sb);

/* Open a section: <section id="id"> and its <h2> heading (our own
 * words, copied as they are). */
void html_section(struct strbuf *sb, const char *id, const char *heading);
/* Append a note paragraph (our own words, copied as they are). */
void html_note(struct strbuf *sb, const char *note);
/* html_note, then html_table_begin_tr: a table with a note on it. */
void html_note_table(struct strbuf *sb, const char *note,
		     const char *const *cols, const char *lang);

/* Open a page: doctype and <html> with lang's code and direction, head
 * with title (input text, escaped) and the shared style, then <body>.
 * lang NULL or "en": the English page, <html lang="en">. */
void html_begin(struct strbuf *sb, const char *title, const char *lang);
/* The doctype and <html lang dir> line alone (plan.html's own head). */
void html_doctype(struct strbuf *sb, const char *lang);
/* Close the body and the page. */
void html_end(struct strbuf *sb);

/* Append chart c as a figure, its SVG inline with ids prefixed by
 * "c<number>-", then its caption (escaped). */
void html_figure(struct strbuf *sb, const struct html_chart *c,
		 size_t number);

/* Append a country as "NAME (CODE)", or the code alone when it has no
 * name of its own (name NULL or the code). */
void html_country(struct strbuf *sb, const char *name, const char *code);

/* The full name of a shipped instrument (UNTOC, TIP, SOM, FP), or
 * NULL for another code. */
const char *html_instrument_title(const char *code);

#endif

/* SPDX-License-Identifier: Apache-2.0 */
/*
 * sniff.h - what the first bytes of an input file say it is, before it
 * is read as CSV: another format (a workbook, a PDF, a web page), another
 * encoding (UTF-16, Windows-1252), and which delimiter its header uses.
 * Each refused kind has one message saying what the file is and how to
 * save it as CSV UTF-8, so that a file is refused once, not once per
 * line. Pure functions over bytes; the CSV reader (csvin) calls them on
 * the first block of every file, and a reader of other formats (XLSX)
 * can call sniff_file_kind to choose itself.
 */
#ifndef SNIFF_H
#define SNIFF_H

#include <stdbool.h>
#include <stddef.h>

/* What a file is, from its first bytes. */
enum file_kind {
	FILE_KIND_TEXT,		/* none of the below: read as CSV text */
	FILE_KIND_UTF16LE,	/* UTF-16 little-endian, BOM FF FE or not */
	FILE_KIND_UTF16BE,	/* UTF-16 big-endian, BOM FE FF or not */
	FILE_KIND_UTF32LE,	/* UTF-32 little-endian, FF FE 00 00 or not */
	FILE_KIND_UTF32BE,	/* UTF-32 big-endian, BOM 00 00 FE FF or not */
	FILE_KIND_ZIP,		/* PK\3\4: an XLSX workbook, or another ZIP */
	FILE_KIND_ODS,		/* a ZIP holding an OpenDocument spreadsheet */
	FILE_KIND_XLS,		/* an OLE2 compound file: Excel 97-2003 */
	FILE_KIND_PDF,		/* %PDF- */
	FILE_KIND_HTML,		/* <!DOCTYPE html>, <html>, <table>, ... */
	FILE_KIND_XML,		/* <?xml: an XML spreadsheet, or other XML */
};

/* The kind of a file whose first n bytes are head (n may be small; a
 * UTF-8 byte order mark is text). */
enum file_kind sniff_file_kind(const unsigned char *head, size_t n);

/* The one message that refuses a file of this kind (what it is, how to
 * save it as CSV UTF-8), in the messages' language, or NULL for
 * FILE_KIND_TEXT. Each message spells the advice out in full, so that
 * translators see whole sentences. */
const char *sniff_kind_message(enum file_kind kind);

/* The delimiter of the header row at the start of head: the most
 * frequent of ',', ';' and '\t' outside quoted fields, up to the first
 * line end outside quotes (',' on a tie, and when there is none). */
char sniff_delimiter(const unsigned char *head, size_t n);

/* Is every byte from 0x80 up in s (n bytes, not valid UTF-8) a letter
 * or a punctuation mark that Windows-1252 / Latin-1 text is made of
 * (é, ç, ñ, ü, ’, “, –, €, «, °, ...), and none the start of a sequence
 * shaped as UTF-8 (a lead byte and its continuation bytes, as a badly
 * encoded surrogate is)? Then the file was saved in that encoding. */
bool sniff_cp1252(const unsigned char *s, size_t n);

/* The character byte stands for in Windows-1252, as UTF-8 in buf (at
 * least 4 bytes), for messages; "" when it stands for none. */
const char *sniff_cp1252_char(unsigned char byte, char *buf, size_t size);

#endif

/* SPDX-License-Identifier: Apache-2.0 */
/*
 * sniff.c - file kinds from magic numbers and byte patterns, the header's
 * delimiter, and the Windows-1252 check (see sniff.h). Only what the
 * first bytes can tell: a ZIP is not opened, so an XLSX workbook and
 * another ZIP file share a kind, told apart from an OpenDocument
 * spreadsheet by the "mimetype" entry that format stores first.
 */
#include "config.h"
#include "load/sniff.h"
#include "base/i18n.h"

#include <stdio.h>
#include <string.h>

/* Units (pairs or quads of bytes) looked at to tell UTF-16 or UTF-32
 * without a byte order mark. */
#define SNIFF_NUL_UNITS 256

/* Does head (n bytes) start with the len bytes of magic? */
static bool starts_with(const unsigned char *head, size_t n,
			const char *magic, size_t len)
{
	return n >= len && !memcmp(head, magic, len);
}

/* Does s start with the lower-case ASCII prefix, ignoring case? */
static bool starts_with_ci(const unsigned char *s, size_t n,
			   const char *prefix)
{
	size_t len = strlen(prefix);

	if (n < len)
		return false;
	for (size_t i = 0; i < len; i++) {
		unsigned char c = s[i];
		if (c >= 'A' && c <= 'Z')
			c += 'a' - 'A';
		if (c != (unsigned char)prefix[i])
			return false;
	}
	return true;
}

/* Is every byte of the unit of width bytes NUL but the one at keep,
 * and that one not? */
static bool only_byte_set(const unsigned char *unit, size_t width,
			  size_t keep)
{
	for (size_t j = 0; j < width; j++)
		if ((unit[j] != 0) != (j == keep))
			return false;
	return true;
}

/* UTF-16 (width 2) or UTF-32 (width 4) without a byte order mark: ASCII
 * text leaves each unit NUL but for its first byte (little-endian:
 * le_kind) or its last (big-endian: be_kind). */
static enum file_kind wide_by_nuls(const unsigned char *head, size_t n,
				   size_t width, enum file_kind le_kind,
				   enum file_kind be_kind)
{
	size_t units = n / width < SNIFF_NUL_UNITS ? n / width
						   : SNIFF_NUL_UNITS;
	size_t le = 0, be = 0;

	for (size_t i = 0; i < units; i++) {
		le += only_byte_set(head + width * i, width, 0);
		be += only_byte_set(head + width * i, width, width - 1);
	}
	if (units < 2)
		return FILE_KIND_TEXT;
	if (le * 2 >= units)
		return le_kind;
	if (be * 2 >= units)
		return be_kind;
	return FILE_KIND_TEXT;
}

/* A ZIP archive: an OpenDocument spreadsheet stores its "mimetype"
 * first, uncompressed, so that its name and content follow the 30-byte
 * local header. */
static enum file_kind zip_kind(const unsigned char *head, size_t n)
{
	static const char ods[] =
		"mimetypeapplication/vnd.oasis.opendocument.spreadsheet";

	size_t len = sizeof(ods) - 1;

	if (n >= 30 + len && !memcmp(head + 30, ods, len))
		return FILE_KIND_ODS;
	return FILE_KIND_ZIP;
}

/* Markup at the start, after a UTF-8 byte order mark and white space. */
static enum file_kind markup_kind(const unsigned char *head, size_t n)
{
	static const char *const html[] = {
		"<!doctype html", "<html", "<head", "<body", "<table",
	};
	size_t i = starts_with(head, n, "\xEF\xBB\xBF", 3) ? 3 : 0;

	while (i < n && (head[i] == ' ' || head[i] == '\t' ||
			 head[i] == '\r' || head[i] == '\n'))
		i++;
	for (size_t k = 0; k < sizeof(html) / sizeof(html[0]); k++)
		if (starts_with_ci(head + i, n - i, html[k]))
			return FILE_KIND_HTML;
	if (starts_with_ci(head + i, n - i, "<?xml"))
		return FILE_KIND_XML;
	return FILE_KIND_TEXT;
}

/* Magic numbers first, then byte order marks (UTF-32 before UTF-16,
 * whose mark starts UTF-32's), then NUL patterns and markup. */
enum file_kind sniff_file_kind(const unsigned char *head, size_t n)
{
	static const struct {
		const char *magic;
		size_t len;
		enum file_kind kind;
	} marks[] = {
		{ "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8, FILE_KIND_XLS },
		{ "%PDF-", 5, FILE_KIND_PDF },
		{ "\xFF\xFE\0\0", 4, FILE_KIND_UTF32LE },
		{ "\0\0\xFE\xFF", 4, FILE_KIND_UTF32BE },
		{ "\xFF\xFE", 2, FILE_KIND_UTF16LE },
		{ "\xFE\xFF", 2, FILE_KIND_UTF16BE },
	};
	enum file_kind kind;

	if (starts_with(head, n, "PK\x03\x04", 4))
		return zip_kind(head, n);
	for (size_t k = 0; k < sizeof(marks) / sizeof(marks[0]); k++)
		if (starts_with(head, n, marks[k].magic, marks[k].len))
			return marks[k].kind;
	kind = wide_by_nuls(head, n, 4, FILE_KIND_UTF32LE, FILE_KIND_UTF32BE);
	if (kind == FILE_KIND_TEXT)
		kind = wide_by_nuls(head, n, 2, FILE_KIND_UTF16LE,
				    FILE_KIND_UTF16BE);
	return kind != FILE_KIND_TEXT ? kind : markup_kind(head, n);
}

/* One message per kind: what the file is, then how to save it. */
const char *sniff_kind_message(enum file_kind kind)
{
	switch (kind) {
	case FILE_KIND_TEXT:
		return NULL;
	case FILE_KIND_UTF16LE:
		return _("file is UTF-16 (little-endian), not UTF-8, as Excel "
			 "writes \"Unicode Text\": save it as \"CSV UTF-8 (Comma "
			 "delimited)\" (Excel: File > Save As), or as Text CSV with "
			 "the character set \"Unicode (UTF-8)\" (LibreOffice Calc)");
	case FILE_KIND_UTF16BE:
		return _("file is UTF-16 (big-endian), not UTF-8: save it as \"CSV "
			 "UTF-8 (Comma delimited)\" (Excel: File > Save As), or as "
			 "Text CSV with the character set \"Unicode (UTF-8)\" "
			 "(LibreOffice Calc)");
	case FILE_KIND_UTF32LE:
		return _("file is UTF-32 (little-endian), not UTF-8: save it as "
			 "\"CSV UTF-8 (Comma delimited)\" (Excel: File > Save As), "
			 "or as Text CSV with the character set \"Unicode (UTF-8)\" "
			 "(LibreOffice Calc)");
	case FILE_KIND_UTF32BE:
		return _("file is UTF-32 (big-endian), not UTF-8: save it as \"CSV "
			 "UTF-8 (Comma delimited)\" (Excel: File > Save As), or as "
			 "Text CSV with the character set \"Unicode (UTF-8)\" "
			 "(LibreOffice Calc)");
	case FILE_KIND_ZIP:
		return _("this is an XLSX workbook (or another ZIP file), not CSV "
			 "text: save it as \"CSV UTF-8 (Comma delimited)\" (Excel: "
			 "File > Save As), or as Text CSV with the character set "
			 "\"Unicode (UTF-8)\" (LibreOffice Calc), one file per sheet");
	case FILE_KIND_ODS:
		return _("this is an OpenDocument spreadsheet (.ods), not CSV text: "
			 "save it as \"CSV UTF-8 (Comma delimited)\" (Excel: File > "
			 "Save As), or as Text CSV with the character set \"Unicode "
			 "(UTF-8)\" (LibreOffice Calc), one file per sheet");
	case FILE_KIND_XLS:
		return _("this is an Excel 97-2003 workbook (.xls) or another OLE2 "
			 "document, not CSV text: save it as \"CSV UTF-8 (Comma "
			 "delimited)\" (Excel: File > Save As), or as Text CSV with "
			 "the character set \"Unicode (UTF-8)\" (LibreOffice Calc), "
			 "one file per sheet");
	case FILE_KIND_PDF:
		return _("this is a PDF document, not CSV text: export the table as "
			 "CSV UTF-8 from the program that holds its data (a PDF "
			 "keeps no table to read)");
	case FILE_KIND_HTML:
		return _("this is an HTML page, not CSV text (some systems save an "
			 "\"Excel\" download as one): open it in a spreadsheet and "
			 "save it as \"CSV UTF-8 (Comma delimited)\" (Excel: File > "
			 "Save As), or as Text CSV with the character set \"Unicode "
			 "(UTF-8)\" (LibreOffice Calc)");
	case FILE_KIND_XML:
		return _("this is an XML file (an Excel 2003 XML spreadsheet, or "
			 "other XML), not CSV text: open it in a spreadsheet and "
			 "save it as \"CSV UTF-8 (Comma delimited)\" (Excel: File > "
			 "Save As), or as Text CSV with the character set \"Unicode "
			 "(UTF-8)\" (LibreOffice Calc)");
	}
	return NULL;
}

/* Count the delimiters of the first row, quotes respected. */
char sniff_delimiter(const unsigned char *head, size_t n)
{
	size_t comma = 0, semicolon = 0, tab = 0;
	size_t i = starts_with(head, n, "\xEF\xBB\xBF", 3) ? 3 : 0;
	bool quoted = false;

	for (; i < n; i++) {
		unsigned char c = head[i];

		if (c == '"')
			quoted = !quoted;	/* "" inside flips twice */
		else if (quoted)
			continue;
		else if (c == '\n' || c == '\r')
			break;
		else if (c == ',')
			comma++;
		else if (c == ';')
			semicolon++;
		else if (c == '\t')
			tab++;
	}
	if (semicolon > comma && semicolon >= tab)
		return ';';
	if (tab > comma && tab > semicolon)
		return '\t';
	return ',';
}

/* The Unicode code points of Windows-1252 bytes 0x80 to 0x9F (0: none;
 * 0xA0 to 0xFF are U+00A0 to U+00FF). */
static const unsigned short cp1252_high[32] = {
	0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
	0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
};

/* Is byte a character that text in Windows-1252 is made of: a Latin
 * letter (À to ÿ but × and ÷; Š, Œ, Ž, š, œ, ž, Ÿ), or the punctuation
 * of typed text (€ „ … ‘ ’ “ ” • – — « » ¡ ¿ ° º ª § and the no-break
 * space)? */
static bool cp1252_typical(unsigned char byte)
{
	static const unsigned char marks[] = {
		0x80, 0x84, 0x85, 0x8A, 0x8C, 0x8E, 0x91, 0x92, 0x93, 0x94,
		0x95, 0x96, 0x97, 0x9A, 0x9C, 0x9E, 0x9F, 0xA0, 0xA1, 0xA7,
		0xAA, 0xAB, 0xB0, 0xBA, 0xBB, 0xBF,
	};

	if (byte >= 0xC0)
		return byte != 0xD7 && byte != 0xF7;
	return memchr(marks, byte, sizeof(marks)) != NULL;
}

/* Do the n bytes at s start with a lead byte and as many continuation
 * bytes as it announces (the shape of UTF-8, valid or not)? */
static bool utf8_shaped(const unsigned char *s, size_t n)
{
	size_t more = s[0] >= 0xF0 && s[0] <= 0xF4 ? 3
		: s[0] >= 0xE0 && s[0] <= 0xEF ? 2
		: s[0] >= 0xC2 && s[0] <= 0xDF ? 1 : 0;

	if (!more || n <= more)
		return false;
	for (size_t k = 1; k <= more; k++)
		if ((s[k] & 0xC0) != 0x80)
			return false;
	return true;
}

/* Every high byte must be typical, and none start UTF-8's shape. */
bool sniff_cp1252(const unsigned char *s, size_t n)
{
	bool any = false;

	for (size_t i = 0; i < n; i++) {
		if (s[i] < 0x80)
			continue;
		if (!cp1252_typical(s[i]) || utf8_shaped(s + i, n - i))
			return false;
		any = true;
	}
	return any;
}

/* The code point as UTF-8 (it is below U+10000). */
const char *sniff_cp1252_char(unsigned char byte, char *buf, size_t size)
{
	unsigned cp = byte >= 0xA0 ? byte
		: byte >= 0x80 ? cp1252_high[byte - 0x80] : byte;

	if (!cp || cp < 0x20 || size < 4) {
		if (size)
			buf[0] = '\0';
	} else if (cp < 0x80) {
		snprintf(buf, size, "%c", (char)cp);
	} else if (cp < 0x800) {
		snprintf(buf, size, "%c%c", (char)(0xC0 | cp >> 6),
			 (char)(0x80 | (cp & 0x3F)));
	} else {
		snprintf(buf, size, "%c%c%c", (char)(0xE0 | cp >> 12),
			 (char)(0x80 | ((cp >> 6) & 0x3F)),
			 (char)(0x80 | (cp & 0x3F)));
	}
	return buf;
}

/* SPDX-License-Identifier: Apache-2.0 */
/*
 * xlsxin.c - the workbook reader (see xlsxin.h). minizip opens the
 * archive and inflates one part at a time, in blocks, straight into an
 * expat parser, so that a sheet is never held whole: only the shared
 * strings (which any cell may use) and the row being assembled are kept.
 *
 * The parts read: xl/workbook.xml (the sheets, in order, with their
 * names, states and relationship ids), xl/_rels/workbook.xml.rels (the
 * part of each relationship id), the shared strings part and each
 * visible sheet's part. Elements are matched by their local names, so
 * transitional and strict OOXML read alike.
 */
#include "config.h"
#include "load/xlsxin.h"
#include "load/sniff.h"
#include "base/xalloc.h"
#include "base/strbuf.h"
#include "base/text.h"
#include "base/i18n.h"

#include <errno.h>
#include <stdarg.h>
#include <expat.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unzip.h>

/* Bytes inflated at a time. */
#define XLSXIN_BLOCK (64 * 1024)
/* The largest sheet Excel makes: XFD columns, 1048576 rows. */
#define XLSX_MAX_COLUMNS 16384
#define XLSX_MAX_ROWS 1048576L

/* ------------------------------------------------------- cells and text */

/* Letters, then digits, as a spreadsheet names a cell. */
bool xlsxin_parse_ref(const char *ref, size_t *column, long *row)
{
	const char *p = ref;
	size_t col = 0, letters = 0;
	long r = 0;

	if (*p == '$')
		p++;
	for (; *p >= 'A' && *p <= 'Z'; p++, letters++) {
		if (letters == 3)
			return false;
		col = col * 26 + (size_t)(*p - 'A' + 1);
	}
	if (*p == '$')
		p++;
	if (!letters || col > XLSX_MAX_COLUMNS || *p < '1' || *p > '9')
		return false;
	for (; *p >= '0' && *p <= '9'; p++) {
		r = r * 10 + (*p - '0');
		if (r > XLSX_MAX_ROWS)
			return false;
	}
	if (*p)
		return false;
	*column = col - 1;
	*row = r;
	return true;
}

/* Bijective base 26: A..Z, AA..ZZ, AAA..XFD. */
void xlsxin_column_letters(size_t column, char *buf)
{
	char tmp[4];
	size_t n = 0, c = column + 1;

	while (c > 0 && n < 3) {
		tmp[n++] = (char)('A' + (c - 1) % 26);
		c = (c - 1) / 26;
	}
	for (size_t i = 0; i < n; i++)
		buf[i] = tmp[n - 1 - i];
	buf[n] = '\0';
}

/* The digits and decimal exponent of x's shortest round-trip form:
 * digits without a point, *exp10 such that x = 0.DIGITS * 10^exp10. */
static void shortest_digits(double x, char *digits, int *exp10)
{
	char buf[40], *e;
	size_t n = 0;

	for (int p = 1; p <= 17; p++) {
		snprintf(buf, sizeof(buf), "%.*e", p - 1, x);
		if (strtod(buf, NULL) == x)
			break;
	}
	e = strchr(buf, 'e');
	for (const char *s = buf; s < e; s++)
		if (*s >= '0' && *s <= '9')
			digits[n++] = *s;
	while (n > 1 && digits[n - 1] == '0')
		n--;
	digits[n] = '\0';
	*exp10 = atoi(e + 1) + 1;
}

/* Lay the shortest digits out as a decimal, or with an exponent when
 * it is far from 1, as JavaScript prints numbers. */
bool xlsxin_number_text(const char *v, char *buf, size_t size)
{
	char digits[24], out[48], *o = out;
	double x;
	int n, k;

	if (!parse_number(v, &x))
		return false;
	if (x == 0) {
		snprintf(buf, size, "0");
		return true;
	}
	if (x < 0)
		*o++ = '-';
	shortest_digits(fabs(x), digits, &n);	/* x = 0.DIGITS * 10^n */
	k = (int)strlen(digits);
	if (n >= k && n <= 21) {
		o = stpcpy(o, digits);
		memset(o, '0', (size_t)(n - k));
		o[n - k] = '\0';
	} else if (n > 0 && n <= 21) {
		memcpy(o, digits, (size_t)n);
		o[n] = '.';
		stpcpy(o + n + 1, digits + n);
	} else if (n > -6 && n <= 0) {
		*o++ = '0';
		*o++ = '.';
		memset(o, '0', (size_t)-n);
		stpcpy(o - n, digits);
	} else {
		*o++ = digits[0];
		if (k > 1) {
			*o++ = '.';
			o = stpcpy(o, digits + 1);
		}
		sprintf(o, "e%+d", n - 1);
	}
	snprintf(buf, size, "%s", out);
	return true;
}

/* The value of the hex digit c, or -1. */
static int hex_value(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	return -1;
}

/* The code unit of an escape _xHHHH_ at s, or -1. */
static long escape_at(const char *s)
{
	long u = 0;

	if (s[0] != '_' || s[1] != 'x')
		return -1;
	for (int i = 2; i < 6; i++) {
		int h = hex_value(s[i]);
		if (h < 0)
			return -1;
		u = u * 16 + h;
	}
	return s[6] == '_' ? u : -1;
}

/* Put the UTF-8 of code point u (below 0x10000) at o; its length. */
static size_t put_utf8(char *o, long u)
{
	if (u < 0x80) {
		o[0] = (char)u;
		return 1;
	}
	if (u < 0x800) {
		o[0] = (char)(0xC0 | (u >> 6));
		o[1] = (char)(0x80 | (u & 0x3F));
		return 2;
	}
	o[0] = (char)(0xE0 | (u >> 12));
	o[1] = (char)(0x80 | ((u >> 6) & 0x3F));
	o[2] = (char)(0x80 | (u & 0x3F));
	return 3;
}

/* Each escape gives at most 3 bytes for its 7, so the text shrinks. */
void xlsxin_unescape(char *s)
{
	char *o = s;

	while (*s) {
		long u = escape_at(s);

		if (u > 0 && (u < 0xD800 || u > 0xDFFF) && u != 0xFFFE &&
		    u != 0xFFFF) {
			o += put_utf8(o, u);
			s += 7;
		} else {
			*o++ = *s++;
		}
	}
	*o = '\0';
}

/* Cut sb to its first len bytes. */
static void sb_cut(struct strbuf *sb, size_t len)
{
	sb->len = len;
	sb->buf[len] = '\0';
}

/* ------------------------------------------------------------ the book */

/* One sheet as workbook.xml lists it. */
struct sheet_entry {
	char *name;
	char *rid;
	bool hidden;
};

/* One relationship of the workbook. */
struct rel_entry {
	char *id;
	char *type;
	char *target;
};

struct book {
	const char *path;
	unzFile zip;
	struct diag_list *diags;
	struct csvin_limits limits;
	long total;			/* bytes inflated so far */
	size_t rows;			/* data rows delivered, all sheets */
	bool stopped;			/* a limit or the caller */
	bool invalid;			/* an error was reported */
	struct sheet_entry *sheets;
	size_t nsheets, sheets_cap;
	struct rel_entry *rels;
	size_t nrels, rels_cap;
	/* The shared strings: text in one buffer, each at an offset;
	 * length SIZE_MAX: longer than a field may be. */
	struct strbuf strings;
	size_t *str_off, *str_len;
	size_t nstrings, strings_cap;
};

/* An error about the workbook as a whole: it cannot be read further. */
static void book_error(struct book *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
static void book_error(struct book *b, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	diag_vadd(b->diags, DIAG_ERROR, b->path, 0, NULL, fmt, ap);
	va_end(ap);
	b->invalid = true;
	b->stopped = true;
}

/* Free what the book holds. */
static void book_release(struct book *b)
{
	for (size_t i = 0; i < b->nsheets; i++) {
		free(b->sheets[i].name);
		free(b->sheets[i].rid);
	}
	free(b->sheets);
	for (size_t i = 0; i < b->nrels; i++) {
		free(b->rels[i].id);
		free(b->rels[i].type);
		free(b->rels[i].target);
	}
	free(b->rels);
	strbuf_release(&b->strings);
	free(b->str_off);
	free(b->str_len);
	if (b->zip)
		unzClose(b->zip);
}

/* ------------------------------------------------------- XML plumbing */

/* What every part's handlers share; each part's state starts with it. */
struct xml_base {
	struct book *b;
	XML_Parser parser;
	const char *part;	/* its path in the archive */
	const char *label;	/* its name in messages */
	int depth;
	char *error;		/* why the part was refused, or NULL */
	bool skipped;		/* the caller skipped the rest */
};

/* The local name of an element or attribute ("x:c" is "c"). */
static const char *local_name(const char *name)
{
	const char *colon = strrchr(name, ':');

	return colon ? colon + 1 : name;
}

/* The value of the attribute of local name local (with a prefix when
 * prefixed, as r:id), or NULL. */
static const char *attr(const char **atts, const char *local, bool prefixed)
{
	for (size_t i = 0; atts[i]; i += 2)
		if (!strcmp(local_name(atts[i]), local) &&
		    (strchr(atts[i], ':') != NULL) == prefixed)
			return atts[i + 1];
	return NULL;
}

/* Refuse the part, saying why; parsing stops. */
static void xml_refuse(struct xml_base *x, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
static void xml_refuse(struct xml_base *x, const char *fmt, ...)
{
	va_list ap;

	struct strbuf sb;

	if (x->error)
		return;
	strbuf_init(&sb);
	va_start(ap, fmt);
	strbuf_vaddf(&sb, _(fmt), ap);
	va_end(ap);
	x->error = strbuf_detach(&sb);
	XML_StopParser(x->parser, XML_FALSE);
}

/* One level deeper; false (the part refused) past LIMIT_XLSX_DEPTH. */
static bool xml_enter(struct xml_base *x)
{
	if (++x->depth <= LIMIT_XLSX_DEPTH)
		return true;
	xml_refuse(x, "elements are nested more than %d deep",
		   LIMIT_XLSX_DEPTH);
	return false;
}

/* A document type declaration: workbooks have none, and refusing it
 * refuses every entity with it. */
static void on_doctype(void *ud, const XML_Char *name, const XML_Char *sys,
		       const XML_Char *pub, int has_internal)
{
	(void)name;
	(void)sys;
	(void)pub;
	(void)has_internal;
	xml_refuse(ud, "it has a document type declaration, which workbooks "
		   "never have (entities are not read)");
}

/* Report a part that was refused or is not well-formed XML. */
static void report_xml(struct xml_base *x)
{
	XML_Parser p = x->parser;

	if (x->error)
		book_error(x->b, "%s in the workbook: %s; expected a workbook "
			   "as spreadsheet programs save it", x->label,
			   x->error);
	else
		book_error(x->b, "%s in the workbook is not well-formed XML "
			   "(line %lu, column %lu of the part: %s); the "
			   "workbook is damaged", x->label,
			   (unsigned long)XML_GetCurrentLineNumber(p),
			   (unsigned long)XML_GetCurrentColumnNumber(p) + 1,
			   XML_ErrorString(XML_GetErrorCode(p)));
}

/* ---------------------------------------------------- reading a part */

/* Can the current entry be inflated within the limits? Reported if not. */
static bool check_entry(struct book *b, const char *part)
{
	unz_file_info64 info;

	if (unzGetCurrentFileInfo64(b->zip, &info, NULL, 0, NULL, 0, NULL,
				    0) != UNZ_OK) {
		book_error(b, "%s in the workbook cannot be read; the archive "
			   "is damaged", part);
		return false;
	}
	if (info.flag & 1) {
		book_error(b, "%s in the workbook is encrypted; expected a "
			   "workbook saved without a password", part);
		return false;
	}
	if (info.compression_method != 0 &&
	    info.compression_method != Z_DEFLATED) {
		book_error(b, "%s in the workbook is compressed by method %lu, "
			   "which is not read; expected deflate (8) or none "
			   "(0), as spreadsheet programs write", part,
			   (unsigned long)info.compression_method);
		return false;
	}
	if (info.uncompressed_size > (ZPOS64_T)LIMIT_XLSX_PART_BYTES) {
		book_error(b, "%s in the workbook inflates to %llu bytes, past "
			   "the limit of %ld; expected a smaller workbook",
			   part, (unsigned long long)info.uncompressed_size,
			   LIMIT_XLSX_PART_BYTES);
		return false;
	}
	return true;
}

/* Count n more inflated bytes of part; false (reported) past a limit,
 * whatever the archive declared. */
static bool count_bytes(struct book *b, const char *part, long *in_part,
			int n)
{
	*in_part += n;
	b->total += n;
	if (*in_part > LIMIT_XLSX_PART_BYTES) {
		book_error(b, "%s in the workbook inflates past the limit of "
			   "%ld bytes; expected a smaller workbook", part,
			   LIMIT_XLSX_PART_BYTES);
		return false;
	}
	if (b->total > LIMIT_XLSX_TOTAL_BYTES) {
		book_error(b, "the workbook inflates past the limit of %ld "
			   "bytes; expected a smaller workbook",
			   LIMIT_XLSX_TOTAL_BYTES);
		return false;
	}
	return true;
}

/* Inflate the open entry into x's parser block by block; false when it
 * failed (reported). */
static bool inflate_into(struct book *b, struct xml_base *x)
{
	char *block = xmalloc(XLSXIN_BLOCK);
	bool ok = true, parsing = true;
	long in_part = 0;
	int n;

	while (ok && parsing &&
	       (n = unzReadCurrentFile(b->zip, block, XLSXIN_BLOCK)) != 0) {
		if (n < 0) {
			book_error(b, "%s in the workbook cannot be inflated "
				   "(zlib error %d); the archive is damaged",
				   x->label, n);
			ok = false;
		} else if (!count_bytes(b, x->label, &in_part, n)) {
			ok = false;
		} else if (XML_Parse(x->parser, block, n, 0) !=
			   XML_STATUS_OK) {
			parsing = false;
		}
	}
	if (ok && parsing &&
	    XML_Parse(x->parser, block, 0, 1) != XML_STATUS_OK)
		parsing = false;
	free(block);
	if (ok && !parsing && !x->skipped) {
		report_xml(x);
		ok = false;
	}
	if (unzCloseCurrentFile(b->zip) == UNZ_CRCERROR && ok && parsing) {
		book_error(b, "%s in the workbook fails its CRC check; the "
			   "archive is damaged", x->label);
		ok = false;
	}
	return ok;
}

/* Parse part with x's handlers (x->parser set up by the caller). false
 * when it failed (reported); *found says whether the part exists. */
static bool parse_part(struct book *b, struct xml_base *x, bool *found)
{
	int rc = unzLocateFile(b->zip, x->part, 2);

	*found = rc == UNZ_OK;
	if (!*found) {
		if (rc != UNZ_END_OF_LIST_OF_FILE) {
			book_error(b, "the archive's directory cannot be read; "
				   "the workbook is damaged");
			return false;
		}
		return true;
	}
	if (!check_entry(b, x->label))
		return false;
	if (unzOpenCurrentFile(b->zip) != UNZ_OK) {
		book_error(b, "%s in the workbook cannot be opened; the "
			   "archive is damaged", x->label);
		return false;
	}
	return inflate_into(b, x);
}

/* expat allocates through xalloc, which never returns NULL. */
static const XML_Memory_Handling_Suite xml_memory = {
	xmalloc, xrealloc, free,
};

/* A parser for x with these handlers, refusing document types. */
static void xml_start(struct xml_base *x, struct book *b, const char *part,
		      XML_StartElementHandler start,
		      XML_EndElementHandler end, XML_CharacterDataHandler text)
{
	memset(x, 0, sizeof(*x));
	x->b = b;
	x->part = part;
	x->label = part;
	x->parser = XML_ParserCreate_MM(NULL, &xml_memory, NULL);
	XML_SetUserData(x->parser, x);
	XML_SetElementHandler(x->parser, start, end);
	if (text)
		XML_SetCharacterDataHandler(x->parser, text);
	XML_SetStartDoctypeDeclHandler(x->parser, on_doctype);
	XML_SetParamEntityParsing(x->parser, XML_PARAM_ENTITY_PARSING_NEVER);
}

/* Free the parser and the reason. */
static void xml_end(struct xml_base *x)
{
	XML_ParserFree(x->parser);
	free(x->error);
}

/* ---------------------------------------------- workbook.xml and rels */

/* Leave an element: one level up. */
static void on_end_any(void *ud, const XML_Char *name)
{
	struct xml_base *x = ud;

	(void)name;
	x->depth--;
}

/* <sheet name= state= r:id=> of workbook.xml. */
static void on_workbook_start(void *ud, const XML_Char *name,
			      const XML_Char **atts)
{
	struct xml_base *x = ud;
	struct book *b = x->b;
	const char *sheet, *rid, *state;

	if (!xml_enter(x) || strcmp(local_name(name), "sheet"))
		return;
	sheet = attr(atts, "name", false);
	rid = attr(atts, "id", true);
	state = attr(atts, "state", false);
	if (!sheet || !rid) {
		if (sheet)
			xml_refuse(x, "a sheet has no relationship id");
		else
			xml_refuse(x, "a sheet has no name");
		return;
	}
	if (b->nsheets >= LIMIT_XLSX_SHEETS) {
		xml_refuse(x, "it lists more than %d sheets, the limit",
			   LIMIT_XLSX_SHEETS);
		return;
	}
	GROW(b->sheets, b->sheets_cap, b->nsheets + 1);
	b->sheets[b->nsheets].name = xstrdup(sheet);
	b->sheets[b->nsheets].rid = xstrdup(rid);
	b->sheets[b->nsheets].hidden = state && strcmp(state, "visible");
	b->nsheets++;
}

/* <Relationship Id= Type= Target=> of the workbook's relationships. */
static void on_rels_start(void *ud, const XML_Char *name,
			  const XML_Char **atts)
{
	struct xml_base *x = ud;
	struct book *b = x->b;
	const char *id, *type, *target, *mode;

	if (!xml_enter(x) || strcmp(local_name(name), "Relationship"))
		return;
	id = attr(atts, "Id", false);
	type = attr(atts, "Type", false);
	target = attr(atts, "Target", false);
	mode = attr(atts, "TargetMode", false);
	if (!id || !type || !target || (mode && !strcmp(mode, "External")))
		return;
	if (b->nrels >= LIMIT_XLSX_SHEETS + 100) {
		xml_refuse(x, "it has more than %d relationships",
			   LIMIT_XLSX_SHEETS + 100);
		return;
	}
	GROW(b->rels, b->rels_cap, b->nrels + 1);
	b->rels[b->nrels].id = xstrdup(id);
	b->rels[b->nrels].type = xstrdup(type);
	b->rels[b->nrels].target = xstrdup(target);
	b->nrels++;
}

/* Parse one of the two small parts with start; false when it failed or
 * (required) is missing, reported. */
static bool read_index_part(struct book *b, const char *part,
			    XML_StartElementHandler start, bool required)
{
	struct xml_base x;
	bool found, ok;

	xml_start(&x, b, part, start, on_end_any, NULL);
	ok = parse_part(b, &x, &found);
	xml_end(&x);
	if (ok && !found && required) {
		book_error(b, "the archive has no %s, so it is not an XLSX "
			   "workbook (an .ods, .docx or other ZIP file?); "
			   "expected a workbook saved as .xlsx", part);
		ok = false;
	}
	return ok;
}

/* The archive path of a relationship's target: absolute ("/xl/...") or
 * relative to xl/, with "." and ".." resolved. NULL when it leaves the
 * archive. Caller frees. */
static char *part_path(const char *target)
{
	struct strbuf sb;
	char *copy, *seg, *save = NULL;

	strbuf_init(&sb);
	copy = target[0] == '/' ? xstrdup(target + 1)
				: xasprintf("xl/%s", target);
	for (seg = strtok_r(copy, "/", &save); seg;
	     seg = strtok_r(NULL, "/", &save)) {
		if (!strcmp(seg, "."))
			continue;
		if (!strcmp(seg, "..")) {
			char *slash = strrchr(sb.buf, '/');
			if (!sb.len) {
				free(copy);
				strbuf_release(&sb);
				return NULL;
			}
			sb_cut(&sb, slash ? (size_t)(slash - sb.buf) : 0);
			continue;
		}
		if (sb.len)
			strbuf_addch(&sb, '/');
		strbuf_adds(&sb, seg);
	}
	free(copy);
	return strbuf_detach(&sb);
}

/* The part of the relationship with this id, or of the first of this
 * type (its last path segment, e.g. "/sharedStrings"), or NULL. Caller
 * frees. */
static char *find_rel(const struct book *b, const char *id,
		      const char *type)
{
	for (size_t i = 0; i < b->nrels; i++) {
		const struct rel_entry *r = &b->rels[i];
		const char *slash = strrchr(r->type, '/');

		if ((id && !strcmp(r->id, id)) ||
		    (type && slash && !strcmp(slash + 1, type)))
			return part_path(r->target);
	}
	return NULL;
}

/* --------------------------------------------------- shared strings */

struct strings_reader {
	struct xml_base x;
	bool in_si, in_t, in_rph;
	size_t start;		/* where the string begins in b->strings */
	bool too_long;
};

/* <si> starts a string; <t> holds text unless inside phonetic <rPh>. */
static void on_sst_start(void *ud, const XML_Char *name,
			 const XML_Char **atts)
{
	struct strings_reader *r = ud;
	const char *local = local_name(name);

	(void)atts;
	if (!xml_enter(&r->x))
		return;
	if (!strcmp(local, "si")) {
		r->in_si = true;
		r->start = r->x.b->strings.len;
		r->too_long = false;
	} else if (!strcmp(local, "rPh")) {
		r->in_rph = true;
	} else if (!strcmp(local, "t")) {
		r->in_t = r->in_si && !r->in_rph;
	}
}

/* Keep the string at </si>. */
static void on_sst_end(void *ud, const XML_Char *name)
{
	struct strings_reader *r = ud;
	struct book *b = r->x.b;
	const char *local = local_name(name);

	r->x.depth--;
	if (!strcmp(local, "t")) {
		r->in_t = false;
	} else if (!strcmp(local, "rPh")) {
		r->in_rph = false;
	} else if (!strcmp(local, "si") && r->in_si) {
		r->in_si = false;
		strbuf_addch(&b->strings, '\0');
		GROW(b->str_off, b->strings_cap, b->nstrings + 1);
		b->str_len = xrealloc(b->str_len,
				      b->strings_cap * sizeof(*b->str_len));
		b->str_off[b->nstrings] = r->start;
		b->str_len[b->nstrings] = r->too_long ? SIZE_MAX
					: b->strings.len - 1 - r->start;
		b->nstrings++;
	}
}

/* Text of a <t>: kept while the string is within the field limit. */
static void on_sst_text(void *ud, const XML_Char *s, int len)
{
	struct strings_reader *r = ud;
	struct strbuf *sb = &r->x.b->strings;

	if (!r->in_t || r->too_long)
		return;
	if (sb->len - r->start + (size_t)len > r->x.b->limits.field_bytes) {
		r->too_long = true;
		sb_cut(sb, r->start);
		return;
	}
	strbuf_add(sb, s, (size_t)len);
}

/* Read the shared strings, if the workbook has any; false on failure. */
static bool read_strings(struct book *b)
{
	char *part = find_rel(b, NULL, "sharedStrings");
	struct strings_reader r;
	bool found, ok;

	if (!part)
		return true;
	memset(&r, 0, sizeof(r));
	xml_start(&r.x, b, part, on_sst_start, on_sst_end, on_sst_text);
	ok = parse_part(b, &r.x, &found);
	xml_end(&r.x);
	if (ok && !found) {
		book_error(b, "the shared strings %s are missing from the "
			   "archive; the workbook is damaged", part);
		ok = false;
	}
	/* Unescape each string in place (it only shrinks). */
	for (size_t i = 0; ok && i < b->nstrings; i++)
		if (b->str_len[i] != SIZE_MAX) {
			char *s = b->strings.buf + b->str_off[i];
			xlsxin_unescape(s);
			b->str_len[i] = strlen(s);
		}
	free(part);
	return ok;
}


/* ------------------------------------------------------------ a sheet */

struct sheet_reader {
	struct xml_base x;
	const struct xlsxin_callbacks *cb;
	void *ctx;
	bool in_data, in_row, in_cell, in_v, in_is, in_t, in_rph;
	long row;		/* the row being read */
	long last_row;		/* the one before it; 0 at the start */
	size_t next_col;	/* the column of a cell without a reference */
	size_t col;		/* the cell being read */
	char type[16];		/* its type (t) */
	struct strbuf text;	/* its text so far */
	bool too_long;		/* past the field limit */
	bool row_bad;		/* a cell of the row was refused */
	size_t row_index;	/* rows delivered from the sheet */
	size_t header_width;
	/* The row being assembled, a field per column up to its last. */
	char **fields;
	long *lines;
	size_t nfields, cap;
};

/* Stop parsing the sheet without a message of the parser's own. */
static void stop_sheet(struct sheet_reader *r)
{
	r->x.skipped = true;
	XML_StopParser(r->x.parser, XML_FALSE);
}

/* Report a refused cell at its row and column (named as in CSV: the
 * header's name once the header was read, else the number). */
static void cell_error(struct sheet_reader *r, size_t col, const char *fmt,
		       ...) __attribute__((format(printf, 3, 4)));
static void cell_error(struct sheet_reader *r, size_t col, const char *fmt,
		       ...)
{
	struct book *b = r->x.b;
	const char *name = NULL;
	char label[128];
	va_list ap;

	if (r->row_index > 0 && r->cb->column_name)
		name = r->cb->column_name(r->ctx, col);
	csvin_column_label(label, sizeof(label), name, col);
	va_start(ap, fmt);
	diag_vadd(b->diags, DIAG_ERROR, b->path, r->row, label, fmt, ap);
	va_end(ap);
	b->invalid = true;
	r->row_bad = true;
}

/* A cell past the field limit ends the workbook, as in CSV. */
static void field_too_long(struct sheet_reader *r)
{
	cell_error(r, r->col, "field is longer than the limit of %zu bytes; "
		   "expected a shorter field (stopped reading this file)",
		   r->x.b->limits.field_bytes);
	r->x.b->stopped = true;
	stop_sheet(r);
}

/* Free the fields of the row. */
static void clear_fields(struct sheet_reader *r)
{
	for (size_t i = 0; i < r->nfields; i++)
		free(r->fields[i]);
	r->nfields = 0;
}

/* Put value (taken) at column col, empty fields before it. */
static void put_field(struct sheet_reader *r, size_t col, char *value)
{
	if (col + 1 > r->cap) {
		size_t cap = r->cap;
		GROW(r->fields, cap, col + 1);
		r->lines = xrealloc(r->lines, cap * sizeof(*r->lines));
		r->cap = cap;
	}
	while (r->nfields < col) {
		r->lines[r->nfields] = r->row;
		r->fields[r->nfields++] = xstrdup("");
	}
	r->lines[col] = r->row;
	r->fields[col] = value;
	r->nfields = col + 1;
}

/* <row r=N>: rows must come in order. */
static void row_start(struct sheet_reader *r, const char *ref)
{
	long n = r->last_row + 1;
	char *end;

	if (ref) {
		errno = 0;
		n = strtol(ref, &end, 10);
		if (*end || end == ref || errno || n < 1 || n > XLSX_MAX_ROWS) {
			xml_refuse(&r->x, "row number '%s' is not valid; "
				   "expected 1 to %ld", ref, XLSX_MAX_ROWS);
			return;
		}
	}
	if (n <= r->last_row) {
		xml_refuse(&r->x, "row %ld comes after row %ld; expected rows "
			   "in order", n, r->last_row);
		return;
	}
	r->row = r->last_row = n;
	r->in_row = true;
	r->next_col = 0;
	r->row_bad = false;
	clear_fields(r);
}

/* <c r=REF t=TYPE>: cells must come in order, within the limits. */
static void cell_start(struct sheet_reader *r, const char **atts)
{
	const char *ref = attr(atts, "r", false);
	const char *type = attr(atts, "t", false);
	size_t col = r->next_col;
	long row = r->row;

	if (ref && (!xlsxin_parse_ref(ref, &col, &row) || row != r->row)) {
		xml_refuse(&r->x, "cell reference '%s' is not valid in row %ld",
			   ref, r->row);
		return;
	}
	if (col < r->next_col) {
		xml_refuse(&r->x, "cell %s of row %ld comes after a cell to its "
			   "right; expected cells in order", ref, r->row);
		return;
	}
	r->col = col;
	r->next_col = col + 1;
	r->in_cell = true;
	r->too_long = false;
	strbuf_reset(&r->text);
	snprintf(r->type, sizeof(r->type), "%s",
		 !type ? "n" : strlen(type) < sizeof(r->type) ? type : "?");
	if (col >= r->x.b->limits.columns) {
		cell_error(r, col, "row has more than %zu fields, the limit; "
			   "expected at most %zu columns (stopped reading this "
			   "file)", r->x.b->limits.columns,
			   r->x.b->limits.columns);
		r->x.b->stopped = true;
		stop_sheet(r);
	}
}

/* The text of shared string index s, or NULL (reported). */
static char *shared_string(struct sheet_reader *r, const char *s)
{
	const struct book *b = r->x.b;
	char *end;
	unsigned long i;

	errno = 0;
	i = strtoul(s, &end, 10);
	if (!*s || *end || errno || *s < '0' || *s > '9' || i >= b->nstrings) {
		cell_error(r, r->col, "the cell refers to shared string '%s', "
			   "which the workbook does not have (it has %zu); the "
			   "workbook is damaged", s, b->nstrings);
		return NULL;
	}
	if (b->str_len[i] == SIZE_MAX) {
		field_too_long(r);
		return NULL;
	}
	return xstrdup(b->strings.buf + b->str_off[i]);
}

/* A number cell's text, or NULL (reported). */
static char *number_value(struct sheet_reader *r, const char *text)
{
	char buf[48], *v = trim_dup(text), *value = NULL;

	if (!v[0])
		value = xstrdup("");
	else if (xlsxin_number_text(v, buf, sizeof(buf)))
		value = xstrdup(buf);
	else
		cell_error(r, r->col, "the cell holds '%s' as a number, which "
			   "is not a finite number; the workbook is damaged",
			   v);
	free(v);
	return value;
}

/* The cell's text as its type says, or NULL (reported). */
static char *cell_value(struct sheet_reader *r)
{
	const char *t = r->type, *v = r->text.buf;
	char *text;

	if (!strcmp(t, "s"))
		return shared_string(r, v);
	if (!strcmp(t, "inlineStr") || !strcmp(t, "str")) {
		text = xstrdup(v);
		xlsxin_unescape(text);
		return text;
	}
	if (!strcmp(t, "e") || !strcmp(t, "d"))
		return xstrdup(v);
	if (!strcmp(t, "n"))
		return number_value(r, v);
	if (!strcmp(t, "b") && (!strcmp(v, "1") || !strcmp(v, "0") || !*v))
		return xstrdup(!*v ? "" : *v == '1' ? "TRUE" : "FALSE");
	cell_error(r, r->col, "the cell's type '%s' with value '%s' is not "
		   "one a workbook has; expected a string, number, boolean, "
		   "error or date", t, v);
	return NULL;
}

/* </c>: the cell's value into the row; empty cells stay gaps. */
static void cell_end(struct sheet_reader *r)
{
	char *value;

	r->in_cell = r->in_v = r->in_is = r->in_t = r->in_rph = false;
	if (r->too_long) {
		field_too_long(r);
		return;
	}
	value = cell_value(r);
	if (value && value[0])
		put_field(r, r->col, value);
	else
		free(value);
}

/* Is the row past the limit on rows? Then report it and stop. */
static bool too_many_rows(struct sheet_reader *r)
{
	struct book *b = r->x.b;

	if (r->row_index == 0 || ++b->rows <= b->limits.rows)
		return false;
	cell_error(r, 0, "the file has more than %zu rows after the header, "
		   "the limit; expected at most %zu (stopped reading this "
		   "file)", b->limits.rows, b->limits.rows);
	b->stopped = true;
	stop_sheet(r);
	return true;
}

/* </row>: deliver it unless blank or refused; the first is the header,
 * whose width the later rows are padded to. */
static void row_end(struct sheet_reader *r)
{
	struct csvin_row row;

	r->in_row = false;
	if (r->row_bad && r->row_index == 0)
		stop_sheet(r);	/* without a header nothing can be read */
	if (r->row_bad || r->nfields == 0 || too_many_rows(r)) {
		clear_fields(r);
		return;
	}
	if (r->row_index == 0)
		r->header_width = r->nfields;
	else if (r->nfields < r->header_width)
		put_field(r, r->header_width - 1, xstrdup(""));
	row = (struct csvin_row){
		.index = r->row_index++,
		.nfields = r->nfields,
		.fields = r->fields,
		.lines = r->lines,
		.line = r->row,
	};
	if (!r->cb->row(r->ctx, &row))
		stop_sheet(r);
	clear_fields(r);
}

/* The flag that says the reader is inside local, when that is one of
 * a cell's elements <v>, <is> or <rPh>; else NULL. */
static bool *cell_flag(struct sheet_reader *r, const char *local)
{
	if (!strcmp(local, "v"))
		return &r->in_v;
	if (!strcmp(local, "is"))
		return &r->in_is;
	if (!strcmp(local, "rPh"))
		return &r->in_rph;
	return NULL;
}

/* Elements of a sheet: only those of <sheetData> matter. */
static void on_sheet_start(void *ud, const XML_Char *name,
			   const XML_Char **atts)
{
	struct sheet_reader *r = ud;
	const char *local = local_name(name);
	bool *flag;

	if (!xml_enter(&r->x))
		return;
	if (!r->in_data)
		r->in_data = !strcmp(local, "sheetData");
	else if (!strcmp(local, "row"))
		row_start(r, attr(atts, "r", false));
	else if (!strcmp(local, "c") && r->in_row)
		cell_start(r, atts);
	else if (!r->in_cell)
		return;
	else if ((flag = cell_flag(r, local)))
		*flag = true;
	else if (!strcmp(local, "t"))
		r->in_t = r->in_is && !r->in_rph;
}

/* The ends of the elements on_sheet_start follows. */
static void on_sheet_end(void *ud, const XML_Char *name)
{
	struct sheet_reader *r = ud;
	const char *local = local_name(name);
	bool *flag;

	r->x.depth--;
	if (!r->in_data)
		return;
	if (!strcmp(local, "sheetData"))
		r->in_data = false;
	else if (!strcmp(local, "row") && r->in_row)
		row_end(r);
	else if (!strcmp(local, "c") && r->in_cell)
		cell_end(r);
	else if ((flag = cell_flag(r, local)))
		*flag = false;
	else if (!strcmp(local, "t"))
		r->in_t = false;
}

/* Text of a cell's <v> or of its inline string's <t>. */
static void on_sheet_text(void *ud, const XML_Char *s, int len)
{
	struct sheet_reader *r = ud;

	if (!r->in_cell || r->too_long || !((r->in_v && !r->in_is) || r->in_t))
		return;
	if (r->text.len + (size_t)len > r->x.b->limits.field_bytes)
		r->too_long = true;
	else
		strbuf_add(&r->text, s, (size_t)len);
}

/* Read one visible sheet through cb; false when the workbook cannot be
 * read further (reported). */
static bool read_sheet(struct book *b, const struct sheet_entry *e,
		       const struct xlsxin_callbacks *cb, void *ctx)
{
	char *part = find_rel(b, e->rid, NULL);
	struct sheet_reader r;
	bool found, ok;

	if (!part) {
		book_error(b, "sheet '%s' has no part among the workbook's "
			   "relationships; the workbook is damaged", e->name);
		return false;
	}
	if (!cb->sheet(ctx, e->name)) {
		free(part);
		b->stopped = true;
		return true;
	}
	memset(&r, 0, sizeof(r));
	xml_start(&r.x, b, part, on_sheet_start, on_sheet_end,
		  on_sheet_text);
	r.x.label = xasprintf(_("sheet '%s' (%s)"), e->name, part);
	r.cb = cb;
	r.ctx = ctx;
	strbuf_init(&r.text);
	diag_enter_sheet(b->diags, b->path, e->name);
	ok = parse_part(b, &r.x, &found);
	diag_enter_sheet(b->diags, b->path, NULL);
	if (ok && !found)
		book_error(b, "sheet '%s' is missing from the archive (%s); "
			   "the workbook is damaged", e->name, part);
	clear_fields(&r);
	free(r.fields);
	free(r.lines);
	strbuf_release(&r.text);
	free((char *)r.x.label);
	xml_end(&r.x);
	free(part);
	return ok && found;
}

/* -------------------------------------------------------- the workbook */

/* Is name's end ".xlsx", in any case? */
static bool has_xlsx_suffix(const char *name)
{
	size_t n = strlen(name);

	return n >= 5 && ascii_caseeq(name + n - 5, ".xlsx");
}

/* The first n bytes of path into buf; how many were read, -1 when it
 * cannot be opened (errno set). */
static long read_head(const char *path, unsigned char *buf, size_t n)
{
	FILE *fp = fopen(path, "rb");
	size_t got;

	if (!fp)
		return -1;
	got = fread(buf, 1, n, fp);
	fclose(fp);
	return (long)got;
}

/* A ZIP signature by name or by content. */
bool xlsxin_is_workbook(const char *path)
{
	unsigned char head[128];

	if (!strcmp(path, "-"))
		return false;
	long n;

	if (has_xlsx_suffix(path))
		return true;
	/* Another ZIP (an OpenDocument spreadsheet) is told by the sniffer,
	 * whose message says how to save it. */
	n = read_head(path, head, sizeof(head));
	return n > 0 && sniff_file_kind(head, (size_t)n) == FILE_KIND_ZIP;
}

/* Open the archive, telling an encrypted workbook, a file that is no
 * archive and a damaged archive apart. DIAG_OK when open. */
static enum diag_status open_book(struct book *b)
{
	static const unsigned char ole[8] = {
		0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1,
	};
	unsigned char head[8];
	long got = read_head(b->path, head, sizeof(head));

	if (got < 0) {
		diag_error(b->diags, b->path, 0, NULL, "cannot open: %s",
			   strerror(errno));
		return DIAG_SYSTEM;
	}
	if (got == 8 && !memcmp(head, ole, 8)) {
		book_error(b, "the file is an OLE2 compound file, not an XLSX "
			   "archive: a workbook encrypted with a password, or "
			   "one in the old .xls format; expected an .xlsx "
			   "workbook saved without a password");
	} else if (got < 4 || memcmp(head, "PK", 2)) {
		book_error(b, "the file is not an XLSX workbook: it does not "
			   "start as a ZIP archive does; expected a workbook "
			   "saved as .xlsx (or a CSV file named otherwise)");
	} else if (!(b->zip = unzOpen64(b->path))) {
		book_error(b, "the ZIP archive is damaged: its directory cannot "
			   "be read (was the file cut short?); expected a "
			   "whole .xlsx workbook");
	}
	return b->invalid ? DIAG_INVALID : DIAG_OK;
}

/* Open, read the workbook's index, then each visible sheet in order. */
enum diag_status xlsxin_read(const char *path,
			     const struct xlsxin_callbacks *cb, void *ctx,
			     const struct csvin_limits *limits,
			     struct diag_list *diags)
{
	struct book b = {
		.path = path,
		.diags = diags,
		.limits = limits ? *limits : csvin_default_limits,
	};
	enum diag_status st;

	strbuf_init(&b.strings);
	st = open_book(&b);
	if (st == DIAG_OK && !b.invalid &&
	    unzLocateFile(b.zip, "xl/vbaProject.bin", 2) == UNZ_OK)
		book_error(&b, "the workbook holds macros (xl/vbaProject.bin), "
			   "which are not read; expected a workbook saved as "
			   ".xlsx, without macros");
	if (st == DIAG_OK && !b.invalid &&
	    read_index_part(&b, "xl/workbook.xml", on_workbook_start, true) &&
	    read_index_part(&b, "xl/_rels/workbook.xml.rels", on_rels_start,
			    true) &&
	    read_strings(&b))
		for (size_t i = 0; i < b.nsheets && !b.stopped; i++)
			if (!b.sheets[i].hidden &&
			    !read_sheet(&b, &b.sheets[i], cb, ctx))
				break;
	book_release(&b);
	if (st == DIAG_OK && b.invalid)
		st = DIAG_INVALID;
	return st;
}

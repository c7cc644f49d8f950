/* SPDX-License-Identifier: Apache-2.0 */
/*
 * fuzz-report.c - libFuzzer target: the report writers on a report
 * scored from fuzzed inputs. The input is an indicator-set CSV, a NUL,
 * then an answers CSV; both are loaded as a run loads them and the
 * first assessments are scored (assess; the consensus rule and a small
 * bootstrap follow from the input's size). Oracle:
 * report.json (report_json into a memory sink) parses with cJSON, is an
 * object naming the schema, country and round, and its pretty and
 * compact forms are the same document; report.html has no element,
 * attribute, comment or entity but those the writer itself emits (a
 * small tag scanner; an input holding <script> or <img onerror=...>
 * must show as text), and every link stays inside the page.
 */
#include "config.h"
#include "fuzz.h"
#include "load/inputs.h"
#include "publish/html.h"
#include "publish/writers.h"
#include "score/assess.h"
#include "base/sink.h"
#include "base/strbuf.h"
#include "base/xalloc.h"

#include <cJSON.h>
#include <stdlib.h>
#include <string.h>

/* Assessments of one input that are scored and written. */
#define MAX_ASSESSMENTS 2

/* Route cJSON's allocations through xalloc, as the core's are. */
int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	cJSON_Hooks hooks = { xmalloc, free };

	(void)argc;
	(void)argv;
	cJSON_InitHooks(&hooks);
	return 0;
}

/* report.json of r, pretty or compact (caller frees). */
static char *json_of(const struct score_result *r, bool pretty)
{
	struct strbuf sb;
	struct sink out;

	strbuf_init(&sb);
	sink_init_strbuf(&out, &sb);
	report_json(&out, r, NULL, 0, NULL, NULL, pretty);
	FUZZ_CHECK(!sink_failed(&out), "the memory sink failed");
	return strbuf_detach(&sb);
}

/* The document must parse, whole, as cJSON reads it. */
static cJSON *parse(const char *text)
{
	const char *end = NULL;
	cJSON *doc = cJSON_ParseWithOpts(text, &end, true);

	FUZZ_CHECK(doc, "report.json does not parse near '%.40s'",
		   end ? end : text);
	return doc;
}

/* A string member of obj equal to want. */
static void check_member(const cJSON *obj, const char *key, const char *want)
{
	const cJSON *m = cJSON_GetObjectItemCaseSensitive(obj, key);

	FUZZ_CHECK(cJSON_IsString(m) && !strcmp(m->valuestring, want),
		   "report.json: '%s' is not '%s'", key, want);
}

/* report.json parses, names its subject, and is one document in both
 * layouts. */
static void check_json(const struct score_result *r)
{
	char *pretty = json_of(r, true), *compact = json_of(r, false);
	cJSON *a = parse(pretty), *b = parse(compact);

	FUZZ_CHECK(cJSON_IsObject(a), "report.json is not an object");
	check_member(a, "schema", REPORT_SCHEMA);
	check_member(a, "country", r->country);
	check_member(a, "round", r->round);
	FUZZ_CHECK(cJSON_Compare(a, b, true), "the pretty and compact "
		   "reports differ");
	cJSON_Delete(a);
	cJSON_Delete(b);
	free(pretty);
	free(compact);
}

/* Is name (len bytes) one of the NULL-ended list? */
static bool listed(const char *const *list, const char *name, size_t len)
{
	for (size_t i = 0; list[i]; i++)
		if (strlen(list[i]) == len && !strncmp(list[i], name, len))
			return true;
	return false;
}

/* Every element the HTML writer emits. */
static const char *const tags[] = {
	"html", "head", "meta", "title", "style", "body", "header", "nav",
	"section", "h1", "h2", "h3", "h4", "h5", "p", "ul", "li", "a",
	"span", "strong", "table", "caption", "thead", "tbody", "tr", "th",
	"td", "div", "details", "summary", "dl", "dt", "dd", "br", "figure",
	"figcaption", "ol", NULL,
};
/* Every attribute it emits. */
static const char *const attributes[] = {
	"aria-label", "aria-labelledby", "charset", "class", "colspan",
	"content", "href", "id", "lang", "name", "role", "rowspan", "scope",
	"style", "tabindex", "open", NULL,
};
/* Every entity it emits. */
static const char *const entities[] = {
	"amp", "lt", "gt", "quot", "#39", "mdash", "minus", "ne", NULL,
};

/* Length of the run of name characters at p. */
static size_t name_len(const char *p)
{
	size_t n = 0;

	while ((p[n] >= 'a' && p[n] <= 'z') || (p[n] >= 'A' && p[n] <= 'Z') ||
	       (p[n] >= '0' && p[n] <= '9') || p[n] == '-')
		n++;
	return n;
}

/* Check an entity at p ('&'); returns the bytes it takes. */
static size_t scan_entity(const char *p)
{
	const char *semi = strchr(p, ';');

	FUZZ_CHECK(semi && semi - p <= 8 &&
		   listed(entities, p + 1, (size_t)(semi - p - 1)),
		   "an unescaped '&' or unknown entity: '%.12s'", p);
	return (size_t)(semi - p) + 1;
}

/* Check one attribute value at p (its quote); returns its length. The
 * value of href must be a link inside the page. */
static size_t scan_value(const char *p, bool href)
{
	const char *end;

	FUZZ_CHECK(*p == '"', "an unquoted attribute value: '%.20s'", p);
	end = strchr(p + 1, '"');
	FUZZ_CHECK(end, "an attribute value never closed");
	FUZZ_CHECK(!href || p[1] == '#', "a link out of the page: '%.30s'",
		   p);
	for (const char *q = p + 1; q < end; q++) {
		FUZZ_CHECK(*q != '<' && *q != '\'', "'%c' in an attribute "
			   "value", *q);
		if (*q == '&')
			q += scan_entity(q) - 1;
	}
	return (size_t)(end - p) + 1;
}

/* Check the tag at p ('<' then a name or '/'); returns its length. */
static size_t scan_tag(const char *p)
{
	const char *q = p + 1 + (p[1] == '/');
	size_t n = name_len(q);

	FUZZ_CHECK(n && listed(tags, q, n), "an element the writer never "
		   "emits: '%.30s'", p);
	q += n;
	while (*q == ' ' || *q == '\n') {
		bool href;
		q++;
		n = name_len(q);
		if (!n)
			continue;
		FUZZ_CHECK(listed(attributes, q, n), "an attribute the "
			   "writer never emits: '%.30s'", q);
		href = n == 4 && !strncmp(q, "href", 4);
		q += n;
		if (*q == '=')
			q += 1 + scan_value(q + 1, href);
	}
	FUZZ_CHECK(*q == '>', "a tag not closed where expected: '%.30s'", p);
	return (size_t)(q - p) + 1;
}

/* The page holds only the writer's own markup. */
static void check_html(const char *page)
{
	static const char doctype[] = "<!DOCTYPE html>";
	const char *p = page;

	FUZZ_CHECK(!strncmp(p, doctype, sizeof(doctype) - 1), "no doctype");
	p += sizeof(doctype) - 1;
	while (*p) {
		if (*p == '<') {
			bool style = !strncmp(p, "<style", 6);
			p += scan_tag(p);
			if (style) {
				p = strstr(p, "</style>");
				FUZZ_CHECK(p, "a style element never closed");
			}
		} else if (*p == '&') {
			p += scan_entity(p);
		} else {
			FUZZ_CHECK(*p != '>', "an unescaped '>' in text");
			p++;
		}
	}
}

/* Load both parts as a run does; score and write the first
 * assessments. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const uint8_t *nul = memchr(data, 0, size);
	size_t ilen = nul ? (size_t)(nul - data) : size;
	struct fuzz_file fi, fa;
	char *ind[1] = { fi.path }, *ans[1] = { fa.path };
	struct inputs in;
	struct diag_list diags;
	struct score_options opt;
	enum diag_status st;

	fuzz_file_open(&fi, data, ilen);
	fuzz_file_open(&fa, nul ? nul + 1 : data + size,
		       nul ? size - ilen - 1 : 0);
	inputs_init(&in);
	diag_list_init(&diags);
	score_options_init(&opt);
	/* Every consensus rule, and now and then a small bootstrap, chosen
	 * by the input's size so that a saved input replays the same. */
	opt.consensus = (enum consensus_rule)(size % 5);
	opt.bootstrap = size % 7 == 0 ? 3 : 0;
	st = inputs_load(&in, ind, 1, ans, 1, &diags);
	for (size_t i = 0; st == DIAG_OK && i < in.tally.count &&
			   i < MAX_ASSESSMENTS; i++) {
		struct score_result *r = assess(&in.set, &in.tally.items[i],
						&opt);
		char *page = html_report(r, NULL, 0, NULL);
		check_json(r);
		check_html(page);
		free(page);
		score_result_free(r);
	}
	inputs_release(&in);
	diag_list_release(&diags);
	fuzz_file_close(&fi);
	fuzz_file_close(&fa);
	return 0;
}

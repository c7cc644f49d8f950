/* SPDX-License-Identifier: Apache-2.0 */
/*
 * test-analyst.c - the analyst outputs: SHA-256 digests (known values of
 * FIPS 180-2), the provenance at the head of every JSON document, and
 * the rows of scores.csv on a hand-scored assessment.
 */
#include "config.h"
#include "tests.h"
#include "base/digest.h"
#include "base/sources.h"
#include "publish/json.h"

#include <stdlib.h>
#include <string.h>

/* The digests of "" and "abc" (FIPS 180-2, appendix B.1), whole and
 * fed in pieces. */
START_TEST(digest_known_values)
{
	char hex[DIGEST_HEX_SIZE];
	struct digest *d;

	digest_of("", 0, hex);
	ck_assert_str_eq(hex, "e3b0c44298fc1c149afbf4c8996fb924"
			      "27ae41e4649b934ca495991b7852b855");
	digest_of("abc", 3, hex);
	ck_assert_str_eq(hex, "ba7816bf8f01cfea414140de5dae2223"
			      "b00361a396177a9cb410ff61f20015ad");
	d = digest_new();
	digest_add(d, "a", 1);
	digest_add(d, "bc", 2);
	digest_finish(d, hex);
	ck_assert_str_eq(hex, "ba7816bf8f01cfea414140de5dae2223"
			      "b00361a396177a9cb410ff61f20015ad");
}
END_TEST

/* A document names its schema, then gapscore and its version, then each
 * input as {path, role, sha256}, in order. */
START_TEST(json_document_provenance)
{
	struct sources l;
	struct strbuf sb;
	struct sink out;
	struct json_writer w;
	char hex[DIGEST_HEX_SIZE];

	sources_init(&l);
	digest_of("abc", 3, hex);
	sources_add(&l, "indicators", "untoc", hex);
	sources_add(&l, "answers", "a,\"b\".csv", hex);
	strbuf_init(&sb);
	sink_init_strbuf(&out, &sb);
	json_begin_document(&w, &out, false, "gapscore/x/1", &l);
	json_end_document(&w);
	ck_assert_str_eq(sb.buf,
		"{\"schema\":\"gapscore/x/1\",\"generator\":{\"name\":"
		"\"gapscore\",\"version\":\"" PACKAGE_VERSION "\"},"
		"\"inputs\":[{\"path\":\"untoc\",\"role\":\"indicators\","
		"\"sha256\":\"ba7816bf8f01cfea414140de5dae2223b00361a396177a9"
		"cb410ff61f20015ad\"},{\"path\":\"a,\\\"b\\\".csv\",\"role\":"
		"\"answers\",\"sha256\":\"ba7816bf8f01cfea414140de5dae2223b003"
		"61a396177a9cb410ff61f20015ad\"}]}\n");
	strbuf_release(&sb);
	sources_release(&l);
}
END_TEST

static const char *const analyst_indicators =
	"id,instrument,article,article_title,dimension,question,answer_type\n"
	"A1,UNTOC,5,=Title,legislative,q1,yesno\n"
	"A2,UNTOC,5,=Title,legislative,q2,yesno\n"
	"A3,UNTOC,6,Other,legislative,q3,yesnopartial\n"
	"A4,UNTOC,6,Other,implementation,q4,yesno\n";

/* scores.csv of one hand-scored assessment: article 5 legislative is
 * (1 + 0) / 2 = 0.5, PC (0.35 <= 0.5 < 0.65); article 6 legislative a
 * partial, 0.5, PC, and implementation yes, 1, high; article 6 combined
 * (0.5 + 1) / 2 = 0.75; the instrument's legislative score the mean of
 * its articles', 0.5, implementation 1 (article 6 only), combined 0.75;
 * overall as the instrument. The title '=Title' is neutralised. */
START_TEST(scores_csv_hand_computed)
{
	struct fixture f;
	struct score_result *r;
	struct strbuf sb;
	struct sink out;

	fixture_load(&f, analyst_indicators,
		     "country,round,expert,indicator,answer\n"
		     "XEA,1,e,A1,yes\nXEA,1,e,A2,no\n"
		     "XEA,1,e,A3,partial\nXEA,1,e,A4,yes\n");
	r = fixture_score(&f, NULL, NULL, NULL);
	strbuf_init(&sb);
	sink_init_strbuf(&out, &sb);
	scores_csv_header(&out);
	scores_csv_rows(&out, r);
	ck_assert_str_eq(sb.buf,
		"country,round,level,instrument,article,article_title,"
		"dimension,score,gap,coverage,required_score,rating,status\n"
		"XEA,1,overall,,,,legislative,0.5,0.5,1,0.5,PC,rated\n"
		"XEA,1,overall,,,,implementation,1,0,1,1,high,rated\n"
		"XEA,1,overall,,,,combined,0.75,0.25,1,,,\n"
		"XEA,1,instrument,UNTOC,,,legislative,0.5,0.5,1,0.5,PC,rated\n"
		"XEA,1,instrument,UNTOC,,,implementation,1,0,1,1,high,rated\n"
		"XEA,1,instrument,UNTOC,,,combined,0.75,0.25,1,,,\n"
		"XEA,1,article,UNTOC,5,'=Title,legislative,0.5,0.5,1,0.5,PC,"
		"rated\n"
		"XEA,1,article,UNTOC,5,'=Title,combined,0.5,0.5,1,,,\n"
		"XEA,1,article,UNTOC,6,Other,legislative,0.5,0.5,1,0.5,PC,"
		"rated\n"
		"XEA,1,article,UNTOC,6,Other,implementation,1,0,1,1,high,"
		"rated\n"
		"XEA,1,article,UNTOC,6,Other,combined,0.75,0.25,1,,,\n");
	strbuf_release(&sb);
	score_result_free(r);
	fixture_release(&f);
}
END_TEST

/* The analyst outputs' tests. */
Suite *suite_analyst(void)
{
	Suite *s = suite_create("analyst");

	ADD_TEST(s, digest_known_values);
	ADD_TEST(s, json_document_provenance);
	ADD_TEST(s, scores_csv_hand_computed);
	return s;
}

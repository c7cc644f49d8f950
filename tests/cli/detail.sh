#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# detail.sh - score --detail and --pretty: the default report is compact
# (one line) and --detail experts is it byte for byte; --pretty is the
# same document indented; --detail indicators is the full report without
# the experts arrays of indicators and disagreements, --detail articles
# without the indicators of article dimensions too (docs/report.md), and
# each validates against the report schema.
. "$top_srcdir/tests/cli/setup.sh"
cd "$TMP"
fx="-i $DATA/indicators.csv -a $DATA/answers.csv"
I=$top_srcdir/indicators
sets="-i $I/untoc.csv -i $I/tip.csv -i $I/som.csv -i $I/fp.csv"
ex="$sets -a $top_srcdir/examples/answers/XEA-2026.csv"
R=XEA/2026/report.json
# shellcheck disable=SC2086
{
	"$GAPSCORE" score -q $ex -o full --charts none
	"$GAPSCORE" score -q $ex -o exp --charts none --detail experts
	"$GAPSCORE" score -q $ex -o pretty --charts none --pretty
	"$GAPSCORE" score -q $ex -o ind --charts none --detail indicators
	"$GAPSCORE" score -q $ex -o art --charts none --detail articles
	"$GAPSCORE" score -q $fx -o fxart --charts none --detail articles
	"$GAPSCORE" plan -q $ex -o plan
	"$GAPSCORE" plan -q $ex -o planp --pretty
}
check "the default report is compact: one line" \
	test "$(wc -l <full/$R)" -eq 1
check "--detail experts is the default, byte for byte" diff -r full exp
check "--pretty indents (a line per member, tabs)" sh -c '
	test "$(wc -l <"$1")" -gt 1000 && grep -q "^	\"country\":	\"XEA\",\$" "$1"' \
	sh "pretty/$R"
check "the plan is compact by default and indented with --pretty" sh -c '
	test "$(wc -l <plan/plan.json)" -eq 1 &&
	test "$(wc -l <planp/plan.json)" -gt 1'
check "only the reports change with --detail: html and scores.csv do not" \
	sh -c 'cmp full/XEA/2026/report.html art/XEA/2026/report.html &&
	cmp full/scores.csv art/scores.csv'
if ! command -v python3 >/dev/null 2>&1; then
	for n in "--pretty is the same document" "--detail indicators" \
		"--detail articles" "levels validate"; do
		skip "$n" "python3 is not installed"
	done
	finish
fi
# cut FULL LEVEL: FULL's document with what LEVEL leaves out taken out.
cat >cut.py <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
level = sys.argv[2]
n = {"experts": 0, "indicators": 0}
for ins in doc["instruments"]:
    for art in ins["articles"]:
        for dim in ("legislative", "implementation"):
            d = art.get(dim)
            if d is None:
                continue
            for ind in d["indicators"]:
                del ind["experts"]
                n["experts"] += 1
            if level == "articles":
                del d["indicators"]
                n["indicators"] += 1
for dg in doc["disagreements"]:
    del dg["experts"]
    n["experts"] += 1
if n["experts"] == 0 or not doc["disagreements"]:
    sys.exit("nothing to leave out: the test proves nothing")
print(json.dumps(doc, sort_keys=True))
PY
same() {
	python3 -c 'import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:3])
sys.exit(a != b)' "$1" "$2"
}
check "--pretty is the same document as the compact one" same "full/$R" "pretty/$R"
check "--pretty plan is the same document as the compact one" \
	same plan/plan.json planp/plan.json
python3 cut.py "full/$R" indicators >want-ind.json
python3 cut.py "full/$R" articles >want-art.json
check "--detail indicators: no experts arrays, all else as in full" \
	same want-ind.json "ind/$R"
check "--detail articles: no indicators of article dimensions either" \
	same want-art.json "art/$R"
check "--detail articles keeps needs, observations and agreement" \
	python3 -c 'import json, sys
d = json.load(open(sys.argv[1]))
a = d["instruments"][0]["articles"][0]["legislative"]
sys.exit(not (d["ta_needs"] and "observations" in a and
	"krippendorff_alpha" in d["agreement"] and "indicators" not in a))' "art/$R"
check "each level is smaller than the one above" sh -c '
	test "$(wc -c <"$3")" -lt "$(wc -c <"$2")" &&
	test "$(wc -c <"$2")" -lt "$(wc -c <"$1")"' sh "full/$R" "ind/$R" "art/$R"
if python3 -c 'import jsonschema' 2>/dev/null; then
	check "every level validates against the report schema" \
		python3 "$top_srcdir/tests/cli/validate.py" \
		"$top_srcdir/reports/schema" "full/$R" "pretty/$R" "ind/$R" \
		"art/$R" fxart/*/*/report.json
else
	skip "every level validates against the report schema" \
		"python3-jsonschema is not installed"
fi
finish

#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# schemas.sh - the JSON Schemas (draft 2020-12) in reports/schema/: every
# JSON document the commands write (reports of the example, of the
# fixture and of a hostile set, plans, trends, comparisons) and every
# checked-in expected report validates against its schema; a broken
# document does not; every document names this gapscore as its
# generator and each input file with the SHA-256 of its bytes, and two
# runs on the same inputs are byte-identical.
. "$top_srcdir/tests/cli/setup.sh"
SCHEMAS="$top_srcdir/reports/schema"
VALIDATE="$top_srcdir/tests/cli/validate.py"
if ! python3 -c 'import jsonschema' 2>/dev/null; then
	skip "JSON outputs validate against their schemas" \
		"python3-jsonschema is not installed"
	finish
fi
cd "$top_srcdir"
IND=indicators
EX=examples/answers
sets="-i $IND/untoc.csv -i $IND/tip.csv -i $IND/som.csv -i $IND/fp.csv"
answers=$(for f in "$EX"/*.csv; do printf ' -a %s' "$f"; done)
fx="-i tests/data/indicators.csv -a tests/data/answers.csv"
O=$TMP
# shellcheck disable=SC2086
{
	"$GAPSCORE" score -q $sets $answers --countries examples/countries.csv \
		--bootstrap 20 -o "$O/ex" --charts none
	"$GAPSCORE" score -q $fx -o "$O/fx" --charts none
	"$GAPSCORE" score -q $fx -o "$O/fx2" --charts none
	"$GAPSCORE" score -q -i tests/data/hostile/indicators.csv \
		-a tests/data/hostile/answers.csv -o "$O/host" --charts none
	"$GAPSCORE" plan -q $sets $answers -o "$O/plan"
	"$GAPSCORE" plan -q $fx --target C -o "$O/planfx"
	"$GAPSCORE" trend -q $sets $answers --plan "$O/plan/plan.json" \
		-o "$O/trend" --charts none
	"$GAPSCORE" trend -q $fx -o "$O/trendfx" --charts none
	"$GAPSCORE" compare -q $sets $answers \
		--groups tests/data/compare/groups.csv -o "$O/cmp" --charts none
	"$GAPSCORE" compare -q $fx --dimension combined -o "$O/cmpfx" \
		--charts none
}
find "$O" -name '*.json' | sort >"$O/all.list"
check "every kind of document was written" sh -c '
	for n in report.json plan.json trend.json compare.json; do
		grep -q "/$n\$" "$1" || exit 1
	done' sh "$O/all.list"
check "every JSON output validates against its schema" sh -c '
	python3 "$1" "$2" $(cat "$3")' sh "$VALIDATE" "$SCHEMAS" "$O/all.list"
check "the checked-in expected reports validate" sh -c '
	python3 "$1" "$2" tests/expected/*.json' sh "$VALIDATE" "$SCHEMAS"

# A validator that passes everything proves nothing: broken documents.
python3 - "$O/fx/XEA/2025/report.json" "$O" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
def save(name, d):
    json.dump(d, open("%s/%s.json" % (sys.argv[2], name), "w"))
d = json.loads(json.dumps(doc)); d["overall"]["combined"]["gap"] = 2
save("bad-gap", d)
d = json.loads(json.dumps(doc)); del d["generator"]; save("bad-generator", d)
d = json.loads(json.dumps(doc)); d["inputs"][0]["sha256"] = "abc"
save("bad-sha", d)
d = json.loads(json.dumps(doc))
d["instruments"][0]["articles"][0]["legislative"]["status"] = "fine"
save("bad-status", d)
PY
for b in gap generator sha status; do
	check "a report with a bad $b does not validate" sh -c '
		! python3 "$1" "$2" "$3" >/dev/null 2>&1' \
		sh "$VALIDATE" "$SCHEMAS" "$O/bad-$b.json"
done

# Provenance: this gapscore, and each input with the SHA-256 of its
# bytes, by the path it was given as.
VERSION=$("$GAPSCORE" --version | sed -n '1s/^gapscore //p')
check "every document names this gapscore and version as its generator" \
	python3 -c '
import json, sys
for p in open(sys.argv[2]).read().split():
    g = json.load(open(p))["generator"]
    if g != {"name": "gapscore", "version": sys.argv[1]}:
        sys.exit("%s: %r" % (p, g))' "$VERSION" "$O/all.list"
check "every input's SHA-256 is that of the file's bytes" python3 -c '
import hashlib, json, sys
n = 0
for p in open(sys.argv[1]).read().split():
    for i in json.load(open(p))["inputs"]:
        h = hashlib.sha256(open(i["path"], "rb").read()).hexdigest()
        if h != i["sha256"]:
            sys.exit("%s: %s: %s, file has %s" % (p, i["path"], i["sha256"], h))
        n += 1
if n == 0:
    sys.exit("no inputs listed")' "$O/all.list"
check "the plan, groups and countries files are among the inputs" sh -c '
	grep -q "\"role\":[[:space:]]*\"plan\"" "$1/trend/XEA/trend.json" &&
	grep -q "\"role\":[[:space:]]*\"groups\"" "$1/cmp/compare.json" &&
	grep -q "\"role\":[[:space:]]*\"countries\"" "$1/ex/XEA/2026/report.json" &&
	grep -q "\"role\":[[:space:]]*\"answers\"" "$1/plan/plan.json"' sh "$O"
check "two runs on the same inputs are byte-identical" diff -r "$O/fx" "$O/fx2"

finish

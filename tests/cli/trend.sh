#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# trend.sh - gapscore trend on the bundled example: one trend.json per
# country with the rounds, like-with-like changes and directions that
# match the example's profiles (XEB improving, XEC regressing in
# implementation), indicators not comparable listed, line charts drawn.
. "$top_srcdir/tests/cli/setup.sh"
IND="$top_srcdir/indicators"
EX="$top_srcdir/examples/answers"
sets="-i $IND/untoc.csv -i $IND/tip.csv -i $IND/som.csv -i $IND/fp.csv"
charts=none
have_gnuplot && charts=png

# shellcheck disable=SC2086
"$GAPSCORE" trend -q $sets -a "$EX/XEA-2023.csv" -a "$EX/XEA-2026.csv" \
	-a "$EX/XEB-2023.csv" -a "$EX/XEB-2026.csv" -a "$EX/XEC-2023.csv" \
	-a "$EX/XEC-2026.csv" -o "$TMP/t" --charts "$charts"
check "one trend.json per country" sh -c '
	test -s "$1/XEA/trend.json" && test -s "$1/XEB/trend.json" &&
	test -s "$1/XEC/trend.json"' sh "$TMP/t"
# field FILE KEYPATH: a value printed by python3 (or skip).
field() {
	python3 -c "import json,sys
d = json.load(open(sys.argv[1]))
for k in sys.argv[2].split('.'):
    d = d[int(k)] if k.isdigit() else d[k]
print(d)" "$1" "$2"
}
if command -v python3 >/dev/null 2>&1; then
	check "the schema and rounds are there" sh -c '
		grep -q "\"schema\":[[:space:]]*\"gapscore/trend/1\"" "$1" &&
		grep -q "\"baseline\":[[:space:]]*\"2023\"" "$1" && grep -q "\"latest\":[[:space:]]*\"2026\"" "$1"' \
		sh "$TMP/t/XEB/trend.json"
	check "XEB's legislation improved" \
		test "$(field "$TMP/t/XEB/trend.json" overall.legislative.direction)" = improved
	check "XEC's implementation regressed" \
		test "$(field "$TMP/t/XEC/trend.json" overall.implementation.direction)" = regressed
	check "XEC's Firearms Protocol (not answered in 2023) cannot be compared" \
		test "$(field "$TMP/t/XEC/trend.json" instruments.3.legislative.comparable.0)" = None
	check "indicators answered in one round only are listed" sh -c '
		grep -q "\"not_comparable\":[[:space:]]*\[{" "$1"' sh "$TMP/t/XEC/trend.json"
fi
gp_check "line charts are drawn and listed" sh -c '
	test -s "$1/XEB/trend-overall.png" && test -s "$1/XEB/trend-UNTOC.png" &&
	grep -q "trend-overall.png" "$1/XEB/trend.json"' sh "$TMP/t"
# shellcheck disable=SC2086
"$GAPSCORE" trend -q $sets -a "$EX/XEA-2023.csv" -a "$EX/XEA-2026.csv" \
	-o "$TMP/u" --country XEA --charts none --tolerance 0.8
check "--tolerance 0.8 makes XEA stable (its largest change is 0.75)" sh -c '
	grep -q "\"direction\":[[:space:]]*\"stable\"" "$1" && ! grep -q "\"direction\":[[:space:]]*\"improved\"" "$1"' \
	sh "$TMP/u/XEA/trend.json"
# Targets of a plan, tracked over rounds (trend --plan).
# shellcheck disable=SC2086
"$GAPSCORE" plan -q $sets -a "$EX/XEB-2023.csv" -o "$TMP/plan"
# shellcheck disable=SC2086
"$GAPSCORE" trend -q $sets -a "$EX/XEB-2023.csv" -a "$EX/XEB-2026.csv" \
	--plan "$TMP/plan/plan.json" -o "$TMP/tp" --charts none
if command -v python3 >/dev/null 2>&1; then
	check "trend --plan reports every target of the plan, met or not" python3 -c '
import json, sys
plan = json.load(open(sys.argv[1]))
t = json.load(open(sys.argv[2]))["targets"]
assert len(t) == len(plan["needs"]) > 0, (len(t), len(plan["needs"]))
for x in t:
    assert x["baseline_round"] == "2023" and x["latest_round"] == "2026"
    assert isinstance(x["met"], bool), x
    assert x["met"] == (x["latest"] >= x["target"]), x
    if x["gap_closed"] is not None and x["target"] != x["baseline"]:
        g = (x["latest"] - x["baseline"]) / (x["target"] - x["baseline"])
        assert abs(g - x["gap_closed"]) < 0.001, x
' "$TMP/plan/plan.json" "$TMP/tp/XEB/trend.json"
	check "trend.html opens with how many targets are met, as in trend.json" \
		python3 -c '
import json, re, sys
t = json.load(open(sys.argv[1]))["targets"]
page = open(sys.argv[2]).read()
met = sum(1 for x in t if x["met"] is True)
want = "<strong>%d of %d</strong> targets met in round 2026; %d not met" % (
    met, len(t), sum(1 for x in t if x["met"] is False))
assert want in page, want
assert page.index("id=\"targets\"") < page.index("id=\"overall\"")
' "$TMP/tp/XEB/trend.json" "$TMP/tp/XEB/trend.html"
fi
printf '{"schema": "gapscore/plan/1", "needs": []}\n' >"$TMP/old.json"
set +e
# shellcheck disable=SC2086
"$GAPSCORE" trend -q $sets -a "$EX/XEB-2023.csv" --plan "$TMP/old.json" \
	-o "$TMP/old" 2>"$TMP/old.err"
status=$?
set -e
check "a plan of another schema is refused, naming the file" sh -c '
	test "$1" -eq 1 && test ! -e "$2" &&
	grep -q "old.json: error: this is not a plan of schema gapscore/plan/2" "$3"' \
	sh "$status" "$TMP/old" "$TMP/old.err"

# Usage errors (a bad --tolerance among them) are in messages.table.
finish

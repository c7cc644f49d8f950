#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# readme.sh - the README's worked examples (a mission, a donor, a
# planner) run as written, and say what the README says: observations
# and recommended actions for every rated gap, plan totals equal to the
# sum of the distinct needs, and every target of the planner's plan
# reported met or not on the example's two rounds.
. "$top_srcdir/tests/cli/setup.sh"
README="$top_srcdir/README.md"

# The sh blocks of the worked examples, with ./gapscore the one under
# test and reports/ in the test folder.
awk '/^## Worked examples/ { on = 1; next }
	/^## / && on { exit }
	on && /^```sh$/ { code = 1; next }
	code && /^```$/ { code = 0; next }
	code { print }' "$README" |
	sed "s|\./gapscore|\"\$GAPSCORE\"|; s|reports/|$TMP/reports/|g" \
	>"$TMP/examples.sh"
check "the README has the three worked examples' commands" sh -c '
	test "$(grep -c "GAPSCORE\" \(score\|plan\|trend\)" "$1")" -eq 4' \
	sh "$TMP/examples.sh"
if (cd "$top_srcdir" && GAPSCORE="$GAPSCORE" sh -e "$TMP/examples.sh") \
	>"$TMP/out" 2>"$TMP/err"; then
	ok "the worked examples run as written"
else
	not_ok "the worked examples run as written" "$(cat "$TMP/err")"
fi
R="$TMP/reports"
check "the mission's report and page are written" \
	test -s "$R/mission/XEA/2026/report.html"
check "the README's jq lines print an observation and an action" sh -c '
	grep -q "^Paragraph .*: partly met" "$1" && test "$(wc -l <"$1")" -ge 2' \
	sh "$TMP/out"
check "every rated gap has observations and recommended actions" \
	python3 -c '
import json, sys
r = json.load(open(sys.argv[1]))
n = 0
for ins in r["instruments"]:
    for a in ins["articles"]:
        for d in ("legislative", "implementation"):
            x = a.get(d)
            if x and x.get("status") == "rated" and x.get("gap", 0) > 0:
                n += 1
                assert x["observations"], (a["article"], d)
                assert x["recommended_actions"], (a["article"], d)
assert n > 0
' "$R/mission/XEA/2026/report.json"
check "the plan's totals equal the sum of its distinct needs" python3 -c '
import json, sys
p = json.load(open(sys.argv[1]))
ids = [n["id"] for n in p["needs"]]
assert len(ids) == len(set(ids)), "a need twice"
total = sum(n["priority"] for n in p["needs"])
assert abs(total - p["totals"]["priority"]) < 1e-9, total
assert p["totals"]["needs"] == len(ids)
for key in ("countries", "clusters", "categories", "beneficiaries"):
    s = sum(g["priority"] for g in p[key])
    assert abs(s - total) < 1e-9, (key, s, total)
' "$R/donor/plan.json"
check "the plan names the countries (json and page)" sh -c '
	grep -q "\"country_name\":[[:space:]]*\"Republic of Xea (fictional)\"" "$1/plan.json" &&
	grep -q "<th scope=\"row\">Republic of Xea (fictional) (XEA)</th>" \
		"$1/plan.html"' sh "$R/donor"
check "trend --plan reports each target met or not, as the README says" \
	python3 -c '
import json, re, sys
t = json.load(open(sys.argv[1]))["targets"]
plan = json.load(open(sys.argv[2]))
assert len(t) == len(plan["needs"]) > 0
assert all(isinstance(x["met"], bool) for x in t)
met = sum(x["met"] for x in t)
m = re.search(r"in the example, (\d+) of (\d+)", open(sys.argv[3]).read())
assert m and (int(m.group(1)), int(m.group(2))) == (met, len(t)), (met, len(t))
' "$R/planner/XEA/trend.json" "$R/plan-2023/plan.json" "$README"
check "the README's pictures are in the tree" sh -c '
	for f in $(grep -o "docs/images/[a-z-]*\.png" "$1"); do
		test -s "$2/$f" || exit 1
	done' sh "$README" "$top_srcdir"
finish

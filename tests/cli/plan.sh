#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# plan.sh - "gapscore plan" (plan/2) on the bundled example and the small
# fixture: the three files, the schema and the CSV header; with python3's
# json, csv and html.parser: every need once, totals that are the sum of
# the distinct needs (JSON and CSV) and that every summary adds up to,
# category shares that add up to each need's priority, a well-formed
# plan.html with no script; byte-identical runs; --latest,
# --min-priority, --country, --round and --target; spreadsheet formulas
# from a hostile indicator set neutralised, and escaped in plan.html.
. "$top_srcdir/tests/cli/setup.sh"
cd "$TMP"
IND="$top_srcdir/indicators"
EX="$top_srcdir/examples/answers"
CSV_HEADER="id,kind,country,round,instrument,article,title,dimension,priority,gap,coverage,rating,status,categories,activity,beneficiaries,cluster,effort,measure,baseline_score,baseline_rating,target_score,target_rating,indicators,recommendations,guide_refs,model_law"

sets="-i $IND/untoc.csv -i $IND/tip.csv -i $IND/som.csv -i $IND/fp.csv"
answers="-a $EX/XEA-2023.csv -a $EX/XEA-2026.csv -a $EX/XEB-2023.csv"
answers="$answers -a $EX/XEB-2026.csv -a $EX/XEC-2023.csv -a $EX/XEC-2026.csv"

# The checks of one plan directory, in python3: prints one line per
# broken rule, nothing when all hold.
cat >check_plan.py <<'EOF'
import csv, html.parser, json, sys

d = sys.argv[1]
bad = []
def want(ok, what):
    if not ok:
        bad.append(what)
def units(x):
    return round(x * 10000)

j = json.load(open(d + "/plan.json", encoding="utf-8"))
needs = j["needs"]
ids = [n["id"] for n in needs]
total = units(j["totals"]["priority"])
want(len(set(ids)) == len(ids), "a need id repeats")
want(j["totals"]["needs"] == len(needs), "totals.needs is not the count")
want(sum(units(n["priority"]) for n in needs) == total,
     "totals.priority is not the sum of the needs")
want(j["totals"]["countries"] == len({n["country"] for n in needs}),
     "totals.countries is not the count of countries")
for kind in ("gap", "information"):
    of = [n for n in needs if n["kind"] == kind]
    want(j["kinds"][kind]["needs"] == len(of), kind + ": needs")
    want(units(j["kinds"][kind]["priority"]) ==
         sum(units(n["priority"]) for n in of), kind + ": priority")
for key in ("categories", "clusters", "beneficiaries", "activities",
            "countries"):
    groups = j[key]
    want(sum(units(g["priority"]) for g in groups) == total,
         key + " do not add up to the total")
    for g in groups:
        want(g["needs"] == len(g["needs_ids"]) and
             set(g["needs_ids"]) <= set(ids), key + ": needs_ids")
    want([units(g["priority"]) for g in groups] ==
         sorted((units(g["priority"]) for g in groups), reverse=True),
         key + " are not highest first")
for n in needs:
    want(sum(units(c["priority"]) for c in n["categories"]) ==
         units(n["priority"]), n["id"] + ": shares")
    want(n["effort"] in ("small", "medium", "large"), n["id"] + ": effort")
    t = n["target"]
    if n["kind"] == "information":
        want(t["coverage"] == 1 and t["score"] is None, n["id"] + ": target")
    else:
        want(t["value"] > n["baseline"]["value"], n["id"] + ": target")
        want(n["indicators"] != [], n["id"] + ": no indicator behind")
want([units(n["priority"]) for n in needs] ==
     sorted((units(n["priority"]) for n in needs), reverse=True),
     "needs are not highest priority first")

with open(d + "/plan.csv", newline="", encoding="utf-8") as f:
    rows = list(csv.DictReader(f))
want([r["id"] for r in rows] == ids, "plan.csv rows are not the needs")
want(sum(units(float(r["priority"])) for r in rows) == total,
     "plan.csv priorities do not add up to the total")
for r in rows:
    shares = [c.rsplit("=", 1) for c in r["categories"].split("; ")]
    want(sum(units(float(s[1])) for s in shares) ==
         units(float(r["priority"])), r["id"] + ": CSV shares")

class Page(html.parser.HTMLParser):
    void = {"meta", "br", "link", "img", "hr", "input"}
    def __init__(self):
        super().__init__()
        self.open, self.tags, self.errors = [], set(), []
    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        for name, value in attrs:
            if name in ("src", "href") and not (value or "").startswith("#"):
                self.errors.append("a link out: " + str(value))
        if tag not in self.void:
            self.open.append(tag)
    def handle_endtag(self, tag):
        if not self.open or self.open[-1] != tag:
            self.errors.append("</%s> closes %s" % (tag, self.open[-1:]))
        else:
            self.open.pop()
text = open(d + "/plan.html", encoding="utf-8").read()
page = Page()
page.feed(text)
page.close()
want(page.errors == [], "plan.html: %s" % page.errors[:3])
want(page.open == [], "plan.html: left open: %s" % page.open)
want("script" not in page.tags, "plan.html has a script")
want('<html lang="en">' in text, "plan.html has no lang")
want(text.count('<section class="need"') == len(needs),
     "plan.html does not show every need once")
for line in bad:
    print(line)
EOF

# plan_ok NAME DIR: the python3 checks of DIR pass (or skip).
plan_ok() {
	if ! command -v python3 >/dev/null 2>&1; then
		skip "$1" "python3 is not installed"
	elif [ ! -s "$2/plan.json" ]; then
		not_ok "$1" "$2/plan.json is missing"
	else
		check "$1" sh -c "out=\$(python3 check_plan.py '$2') &&
			test -z \"\$out\" || { echo \"\$out\"; exit 1; }"
	fi
}

# field DIR EXPR: a value of plan.json printed by python3 (j is the plan).
field() {
	python3 -c "import json; j = json.load(open('$1/plan.json'))
print($2)"
}

# The bundled example: four indicator sets, six assessments.
# shellcheck disable=SC2086
"$GAPSCORE" plan $sets $answers -o ex >ex.out
check "plan writes plan.json, plan.csv and plan.html" \
	test -s ex/plan.json -a -s ex/plan.csv -a -s ex/plan.html
check "plan lists the files it wrote" sh -c \
	'sed -n 1p ex.out | grep -qx ex/plan.json &&
	 sed -n 2p ex.out | grep -qx ex/plan.csv &&
	 sed -n 3p ex.out | grep -qx ex/plan.html'
check "plan says how many needs from how many assessments" \
	grep -Eqx "[1-9][0-9]* needs from 6 assessments" ex.out
check "plan.json has schema gapscore/plan/2" \
	grep -q '^{"schema":"gapscore/plan/2",' ex/plan.json
check "plan.csv has the documented header" \
	test "$(sed -n 1p ex/plan.csv)" = "$CSV_HEADER"
plan_ok "example: each need once, totals and summaries add up" ex
if command -v python3 >/dev/null 2>&1; then
	n=$(sed -n 's/^\([0-9]*\) needs from 6 assessments$/\1/p' ex.out)
	check "example: the count printed is the needs of plan.json" \
		test "$(field ex 'len(j["needs"])')" = "$n"
	check "example: the example has gaps and information needs" \
		test "$(field ex 'j["kinds"]["gap"]["needs"] > 0 and
j["kinds"]["information"]["needs"] > 0')" = True
else
	skip "example: the count printed is the needs of plan.json" \
		"python3 is not installed"
	skip "example: the example has gaps and information needs" \
		"python3 is not installed"
fi
check "plan.csv uses LF line ends" sh -c \
	'test -s ex/plan.csv && ! grep -q "$(printf "\r")" ex/plan.csv'
check "no temporary files are left" sh -c \
	'test -d ex && test -z "$(find ex -name "*.tmp.*")"'

# Same inputs, answer files in the opposite order: identical bytes, but
# for the order of plan.json's inputs.
# shellcheck disable=SC2086
"$GAPSCORE" plan $sets -a "$EX/XEC-2026.csv" -a "$EX/XEC-2023.csv" \
	-a "$EX/XEB-2026.csv" -a "$EX/XEB-2023.csv" -a "$EX/XEA-2026.csv" \
	-a "$EX/XEA-2023.csv" -o ex2 -q >ex2.out
cp -r ex ex-stripped
strip_inputs_tree ex-stripped ex2
check "answer file order does not change the plan (but for its inputs)" \
	diff -r ex-stripped ex2
check "plan -q prints nothing" test ! -s ex2.out

# --latest keeps the 2026 round of each country.
# shellcheck disable=SC2086
"$GAPSCORE" plan $sets $answers --latest -o latest >latest.out
check "--latest keeps one round per country" \
	grep -Eqx "[1-9][0-9]* needs from 3 assessments" latest.out
check "--latest drops the earlier rounds" sh -c \
	'test -s latest/plan.csv &&
	 ! grep -q "\"round\":[[:space:]]*\"2023\"" latest/plan.json &&
	 ! grep -q "^XE.-2023-" latest/plan.csv &&
	 grep -q "\"latest_only\":[[:space:]]*true" latest/plan.json'
plan_ok "--latest: totals and summaries add up" latest

# --country and --round select the assessments.
# shellcheck disable=SC2086
"$GAPSCORE" plan $sets $answers --country XEB -o xeb -q
check "--country keeps that country's needs only" sh -c \
	'test -s xeb/plan.csv && ! sed 1d xeb/plan.csv | grep -qv "^XEB-"'
# shellcheck disable=SC2086
"$GAPSCORE" plan $sets $answers --round 2023 -o r2023 -q
check "--round keeps that round's needs only" sh -c \
	'test -s r2023/plan.csv &&
	 ! sed 1d r2023/plan.csv | grep -qv "^XE.-2023-"'
plan_ok "--country: totals and summaries add up" xeb

# --min-priority leaves out needs below it and records it.
# shellcheck disable=SC2086
"$GAPSCORE" plan $sets $answers --min-priority 1 -o minp -q
if command -v python3 >/dev/null 2>&1; then
	check "--min-priority leaves out needs below it" \
		test "$(field minp 'len(j["needs"]) > 0 and
all(n["priority"] >= 1 for n in j["needs"])')" = True
else
	skip "--min-priority leaves out needs below it" \
		"python3 is not installed"
fi
check "--min-priority is recorded" \
	grep -q '"min_priority":1,' minp/plan.json
check "--min-priority keeps fewer needs" \
	test "$(wc -l <minp/plan.csv)" -lt "$(wc -l <ex/plan.csv)"
plan_ok "--min-priority: totals and summaries add up" minp

# --target: a band in either dimension, or a score.
# shellcheck disable=SC2086
"$GAPSCORE" plan $sets $answers --target C -o tc -q
check "--target C is recorded" \
	grep -q '"target":"C/high"}' tc/plan.json
if command -v python3 >/dev/null 2>&1; then
	check "--target C: every gap aims at 0.85 or, from there, 1" \
		test "$(field tc 'all(n["target"]["value"] in (0.85, 1)
for n in j["needs"] if n["kind"] == "gap")')" = True
	check "--target C: the default aims at the next band" \
		test "$(field ex 'any(n["target"]["value"] == 0.35
for n in j["needs"])')" = True
else
	skip "--target C: every gap aims at 0.85 or, from there, 1" \
		"python3 is not installed"
	skip "--target C: the default aims at the next band" \
		"python3 is not installed"
fi
# shellcheck disable=SC2086
"$GAPSCORE" plan $sets $answers --target 0.9 -o t09 -q
check "--target 0.9 is recorded" \
	grep -q '"target":0.9}' t09/plan.json
check "--target 0.9 aims gaps at 0.9" \
	grep -q ",required_score,0,NC,0.9,C," t09/plan.csv
check "--target does not change priorities" sh -c \
	'cut -d, -f1-13 ex/plan.csv >a && cut -d, -f1-13 tc/plan.csv >b &&
	 test -s a && cmp a b'

# The small fixture.
"$GAPSCORE" plan -i "$DATA/indicators.csv" -a "$DATA/answers.csv" -o fx >fx.out
check "fixture: needs from its three assessments" \
	grep -Eqx "[1-9][0-9]* needs? from 3 assessments" fx.out
plan_ok "fixture: totals and summaries add up" fx
"$GAPSCORE" plan -i "$DATA/indicators.csv" -a "$DATA/answers.csv" -o fx2 -q
check "fixture: a second run is byte-identical" diff -r fx fx2

# A hostile indicator set: text that a spreadsheet would run, or that a
# browser would.
{
	echo "id,instrument,article,article_title,dimension,question,answer_type,guide_ref,ta_category,recommendation"
	echo 'H1,UNTOC,5,"=HYPERLINK(""x"")",legislative,q,yesno,+SUM(1),@cat,-rec'
	echo 'H2,UNTOC,6,-2+3,legislative,<script>alert(1)</script>,yesno,,,=cmd|x'
} >hostile.csv
printf 'country,round,expert,indicator,answer\nXEA,2026,e,H1,no\nXEA,2026,e,H2,no\n' >hostile-ans.csv
"$GAPSCORE" plan -q -i hostile.csv -a hostile-ans.csv -o host
check "a formula in a title is neutralised and quoted" \
	grep -qF ",\"'=HYPERLINK(\"\"x\"\")\"," host/plan.csv
check "formulas in category, recommendation and guide are neutralised" \
	grep -qF ",'@cat=1,,,,small,required_score,0,NC,0.35,PC,H1,'-rec,'+SUM(1)," \
	host/plan.csv
check "a leading minus in a title is neutralised" \
	grep -qF ",'-2+3,legislative," host/plan.csv
check "no cell of plan.csv starts a formula" sh -c \
	'test -s host/plan.csv && ! grep -Eq "(^|,)\"?[-=+@]" host/plan.csv'
check "plan.json keeps the text as it is" \
	grep -q '"title":[[:space:]]*"=HYPERLINK(\\"x\\")"' host/plan.json
check "plan.html escapes the text" sh -c \
	'grep -qF "&lt;script&gt;alert(1)&lt;/script&gt;" host/plan.html &&
	 ! grep -qi "<script" host/plan.html'
plan_ok "hostile: plan.html is well-formed" host
"$GAPSCORE" plan -q -i "$DATA/hostile/indicators.csv" \
	-a "$DATA/hostile/answers.csv" -o host2
check "the shipped hostile set comes out neutralised" sh -c \
	'test -s host2/plan.csv &&
	 ! grep -Eq "(^|,)\"?[-=+@]" host2/plan.csv &&
	 ! grep -qi "<script" host2/plan.html'

# Usage errors (--target among them), invalid input, selections matching
# nothing and unwritable outputs (exit status, whole message, nothing
# written) are in messages.table; the help is checked in commands.sh.

finish

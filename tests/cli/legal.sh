#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# legal.sh - the legal model on the shipped sets, as a UNTOC assessment
# adviser tried it (SPEC Scoring 8-13): a civil-law State with only the
# association offence of art. 5(1)(a)(ii) is compliant; a country that
# answers n/a without reasons gets no rating, no rank and information
# needs; a discretionary article is never NC; a "partial" parent keeps
# its follow-up; an n/a to a core offence is refused.
. "$top_srcdir/tests/cli/setup.sh"
cd "$TMP"
IND="$top_srcdir/indicators"
sets="-i $IND/untoc.csv -i $IND/tip.csv -i $IND/som.csv -i $IND/fp.csv"

if ! command -v python3 >/dev/null 2>&1; then
	skip "the legal model on the shipped sets" "python3 is not installed"
	finish
	exit
fi

# json FILE EXPR: print a Python expression over the report r.
json() {
	python3 -c 'import json, sys
r = json.load(open(sys.argv[1]))
def art(ins, a, d):
    i = [x for x in r["instruments"] if x["id"] == ins][0]
    return [x for x in i["articles"] if x["article"] == a][0][d]
print(eval(sys.argv[2]))' "$1" "$2"
}

# answers COUNTRY ARTICLE DIMENSION DEFAULT [ID=ANSWER ...]: a one-expert
# answers file giving every indicator of that UNTOC article and
# dimension DEFAULT, but the ones named.
answers() {
	country=$1 article=$2 dim=$3 default=$4
	shift 4
	# shellcheck disable=SC2086
	"$GAPSCORE" list $sets --instrument UNTOC --article "$article" \
		--dimension "$dim" --format csv | sed 1d | cut -d, -f1 |
	while read -r id; do
		a=$default
		for kv in "$@"; do
			[ "${kv%%=*}" = "$id" ] && a=${kv#*=}
		done
		echo "$country,2026,e1,$id,$a"
	done
}

# 1. Civil law: the association offence only (5.L01 no, 5.L02 yes).
{
	echo country,round,expert,indicator,answer
	answers XEA 5 legislative yes UNTOC.5.L01=no UNTOC.5.L02=yes
} >civil.csv
# shellcheck disable=SC2086
"$GAPSCORE" score -q $sets -a civil.csv -o civil --charts none
check "a State with only the association offence is C on art. 5" test \
	"$(json civil/XEA/2026/report.json 'art("UNTOC", "5", "legislative")["rating"]')" = C
check "its needs do not ask for a conspiracy offence" sh -c '
	! grep -q "UNTOC.5.L01" "$1" || python3 -c "
import json, sys
r = json.load(open(sys.argv[1]))
ids = [u[\"id\"] for n in r[\"ta_needs\"] for u in n.get(\"unmet_indicators\", [])]
sys.exit(\"UNTOC.5.L01\" in ids)" "$1"' sh civil/XEA/2026/report.json

# 2. n/a without reasons everywhere it is allowed (unknown where it is
# not), and one yes on art. 8.
python3 - "$IND/untoc.csv" >allna.csv <<'EOF'
import csv, sys
print("country,round,expert,indicator,answer")
first = True
for r in csv.DictReader(open(sys.argv[1], encoding="utf-8")):
    if r.get("role") == "screening" or r["answer_type"] == "text":
        continue
    if first and r["article"] == "8" and r["dimension"] == "legislative":
        a, first = "yes", False
    else:
        a = "unknown" if r.get("na") == "no" else "n/a"
    print("XEZ,2026,e1,%s,%s" % (r["id"], a))
EOF
# shellcheck disable=SC2086
"$GAPSCORE" score -q $sets -a allna.csv -o allna --charts none
R=allna/XEZ/2026/report.json
check "an all-n/a country is insufficient-data overall" test \
	"$(json $R 'r["overall"]["legislative"]["status"]')" = insufficient-data
check "it gets no rating" test "$(json $R 'r["overall"]["legislative"]["rating"]')" = None
check "its n/a without reasons are listed" test \
	"$(json $R 'len(r["unjustified_na"]) > 100')" = True
check "it shows information needs" test \
	"$(json $R 'sum(n["kind"] == "information" for n in r["ta_needs"]) > 10')" = True
python3 - "$IND/untoc.csv" >full.csv <<'EOF'
import csv, sys
print("country,round,expert,indicator,answer")
for r in csv.DictReader(open(sys.argv[1], encoding="utf-8")):
    if r.get("role") != "screening" and r["answer_type"] == "yesnopartial":
        print("XEA,2026,e1,%s,yes" % r["id"])
EOF
# shellcheck disable=SC2086
"$GAPSCORE" compare -q $sets -a allna.csv -a full.csv -o cmp --charts none
check "compare does not rank it, and says why" sh -c '
	grep -q "^XEZ,2026,,coverage below the threshold," "$1"' sh cmp/compare.csv
check "compare ranks the country that answered" \
	grep -q "^XEA,2026,1,," cmp/compare.csv

# 3. A discretionary article (UNTOC 17: "shall consider") answered no.
{
	echo country,round,expert,indicator,answer
	answers XEA 17 legislative no
} >disc.csv
# shellcheck disable=SC2086
"$GAPSCORE" score -q $sets -a disc.csv -o disc --charts none
check "a discretionary article is discretionary, not NC" test \
	"$(json disc/XEA/2026/report.json '(art("UNTOC", "17", "legislative")["status"], art("UNTOC", "17", "legislative")["rating"])')" \
	= "('discretionary', None)"

# 4. A partial parent keeps its follow-up's "no" (UNTOC 10).
{
	echo country,round,expert,indicator,answer
	answers XEA 10 legislative yes UNTOC.10.L01=partial UNTOC.10.L02=no \
		UNTOC.10.L03=criminal
} >partial.csv
# shellcheck disable=SC2086
"$GAPSCORE" score -q $sets -a partial.csv -o partial --charts none
check "partial on 10.L01 keeps 10.L02's no" test \
	"$(json partial/XEA/2026/report.json '[(i["status"], i["score"]) for i in art("UNTOC", "10", "legislative")["indicators"] if i["id"] == "UNTOC.10.L02"][0]')" \
	= "('answered', 0)"

# 5. An n/a to a core offence is an input error, and nothing is written.
printf 'country,round,expert,indicator,answer,comment\nXEA,2026,e1,UNTOC.5.L01,n/a,no such law\n' >core.csv
set +e
# shellcheck disable=SC2086
"$GAPSCORE" score -q $sets -a core.csv -o core 2>core.err
status=$?
set -e
check "n/a to a core offence is refused (exit 1, nothing written)" sh -c '
	test "$1" -eq 1 && test ! -e core &&
	grep -q "core.csv:2:answer: error: answer .n/a. is not allowed for indicator .UNTOC.5.L01." core.err' \
	sh "$status"
finish

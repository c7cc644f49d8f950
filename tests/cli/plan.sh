#!/bin/sh
# plan.sh - "gapscore plan": the technical assistance plan over the
# bundled example and the small fixture (files, schema, CSV header, one
# CSV row per (category, need) in the JSON, --latest, --min-priority,
# byte-identical runs), spreadsheet formulas from a hostile indicator set
# neutralised.
. "$top_srcdir/tests/cli/setup.sh"
cd "$TMP"
IND="$top_srcdir/indicators"
EX="$top_srcdir/examples/answers"
CSV_HEADER="ta_category,instrument,country,round,article,title,dimension,gap,priority,rating,status,guide_refs,cross_refs,unmet_indicators"
TAB=$(printf '\t')

# need_entries FILE: the needs listed in plan.json, one per (category,
# need) pair; only a need object has a "dimension" key.
need_entries() {
	grep -c "^$TAB*\"dimension\":" "$1"
}

# csv_rows FILE: the records of plan.csv after the header (no input
# text used here spans lines).
csv_rows() {
	echo $(($(wc -l <"$1") - 1))
}

sets="-i $IND/untoc.csv -i $IND/tip.csv -i $IND/som.csv -i $IND/fp.csv"
answers="-a $EX/XEA-2023.csv -a $EX/XEA-2026.csv -a $EX/XEB-2023.csv"
answers="$answers -a $EX/XEB-2026.csv -a $EX/XEC-2023.csv -a $EX/XEC-2026.csv"

# The bundled example: four indicator sets, six assessments.
# shellcheck disable=SC2086
"$GAPSCORE" plan $sets $answers -o ex >ex.out
check "plan writes plan.json and plan.csv" \
	test -s ex/plan.json -a -s ex/plan.csv
check "plan lists the files it wrote" sh -c \
	'sed -n 1p ex.out | grep -qx ex/plan.json &&
	 sed -n 2p ex.out | grep -qx ex/plan.csv'
check "plan says how many needs from how many assessments" \
	grep -Eqx "[1-9][0-9]* needs from 6 assessments" ex.out
check "plan.json has schema gapscore/plan/1" \
	grep -q "^$TAB\"schema\":$TAB\"gapscore/plan/1\",\$" ex/plan.json
check "plan.csv has the documented header" \
	test "$(sed -n 1p ex/plan.csv)" = "$CSV_HEADER"
check "example: one CSV row per (category, need) in plan.json" \
	test "$(csv_rows ex/plan.csv)" -eq "$(need_entries ex/plan.json)"
check "example: every category of plan.json is in plan.csv" sh -c '
	grep -q "\"ta_category\":" ex/plan.json &&
	sed -n "s/^\t*\"ta_category\":\t\"\(.*\)\",\$/\1/p" ex/plan.json |
	while read -r c; do grep -q "^$c," ex/plan.csv || exit 1; done'
check "plan.csv uses LF line ends" sh -c \
	'test -s ex/plan.csv && ! grep -q "$(printf "\r")" ex/plan.csv'
check "no temporary files are left" sh -c \
	'test -d ex && test -z "$(find ex -name "*.tmp.*")"'

# Same inputs, answer files in the opposite order: identical bytes.
# shellcheck disable=SC2086
"$GAPSCORE" plan $sets -a "$EX/XEC-2026.csv" -a "$EX/XEC-2023.csv" \
	-a "$EX/XEB-2026.csv" -a "$EX/XEB-2023.csv" -a "$EX/XEA-2026.csv" \
	-a "$EX/XEA-2023.csv" -o ex2 -q >ex2.out
check "answer file order does not change the plan" \
	sh -c 'cmp ex/plan.json ex2/plan.json && cmp ex/plan.csv ex2/plan.csv'
check "plan -q prints nothing" test ! -s ex2.out

# --latest keeps the 2026 round of each country.
# shellcheck disable=SC2086
"$GAPSCORE" plan $sets $answers --latest -o latest >latest.out
check "--latest keeps one round per country" \
	grep -Eqx "[1-9][0-9]* needs from 3 assessments" latest.out
check "--latest drops the earlier rounds" sh -c \
	'! grep -q "\"round\":	\"2023\"" latest/plan.json &&
	 grep -q "\"latest_only\":	true" latest/plan.json'

# The small fixture: titles hold no comma, so fields split on commas.
"$GAPSCORE" plan -i "$DATA/indicators.csv" -a "$DATA/answers.csv" -o fx >fx.out
n=$(sed -n 's/^\([0-9]*\) needs\{0,1\} from 3 assessments$/\1/p' fx.out)
check "fixture: needs from its three assessments" test -n "$n"
check "fixture: one CSV row per (category, need) in plan.json" \
	test "$(csv_rows fx/plan.csv)" -eq "$(need_entries fx/plan.json)"
check "fixture: distinct needs in plan.csv match the count printed" \
	test "$(sed 1d fx/plan.csv | cut -d, -f2-5,7 | sort -u | wc -l)" -eq "$n"
# Worked out from the fixture's expected reports: categories by total
# priority (legislative-drafting 2.6607, then capacity-building and
# data-collection tied at 0.75, by name), needs by priority.
cat >fx-expected.csv <<'EOF'
ta_category,instrument,country,round,article,title,dimension,gap,priority,rating,status,guide_refs,cross_refs,unmet_indicators
legislative-drafting,TOY,XEB,2025,5,Criminalization of participation,legislative,1,2,NC,rated,Guide chap. II.A,UNCAC:23,T5.L1
legislative-drafting,TOY,XEA,2025,6,Criminalization of laundering,legislative,0.375,0.375,PC,rated,,UNCAC:23,T6.L1
legislative-drafting,TOY,XEA,2025,5,Criminalization of participation,legislative,0.2143,0.2857,LC,rated,Guide chap. II.A,UNCAC:23,T5.L2; T5.L3
capacity-building,TOY,XEA,2025,5,Criminalization of participation,implementation,0.375,0.75,moderate,rated,,,T5.I1; T5.I2
data-collection,TOY,XEA,2025,5,Criminalization of participation,implementation,0.375,0.75,moderate,rated,,,T5.I1; T5.I2
institutional-development,TOY,XEA,2025,6,Criminalization of laundering,implementation,0.3,0.3,substantial,rated,,,T6.I1
EOF
check "fixture: plan.csv is the expected table" cmp fx-expected.csv fx/plan.csv
check "fixture: category totals in plan.json" sh -c '
	grep -A1 "\"ta_category\":	\"legislative-drafting\"" fx/plan.json |
	grep -q "\"total_priority\":	2.6607,"'
check "fixture: rows are in descending priority within a group" sh -c '
	test -s fx/plan.csv && sed 1d fx/plan.csv | awk -F, "
		\$1 \",\" \$2 == g && \$9 + 0 > p { bad = 1 }
		{ g = \$1 \",\" \$2; p = \$9 + 0 }
		END { exit bad }"'
"$GAPSCORE" plan -i "$DATA/indicators.csv" -a "$DATA/answers.csv" -o fx2 -q
check "fixture: a second run is byte-identical" diff -r fx fx2

"$GAPSCORE" plan -i "$DATA/indicators.csv" -a "$DATA/answers.csv" \
	--min-priority 1 -o minp -q
check "--min-priority leaves out needs below it" sh -c \
	'test -s minp/plan.csv && sed 1d minp/plan.csv | awk -F, "\$9 + 0 < 1 { bad = 1 } END { exit bad }"'
check "--min-priority is recorded" \
	grep -q "\"min_priority\":${TAB}1," minp/plan.json
check "--min-priority keeps fewer rows" \
	test "$(csv_rows minp/plan.csv)" -lt "$(csv_rows fx/plan.csv)"

# A hostile indicator set: text that a spreadsheet would run.
{
	echo "id,instrument,article,article_title,dimension,question,answer_type,guide_ref,ta_category"
	echo 'H1,UNTOC,5,"=HYPERLINK(""x"")",legislative,q,yesno,+SUM(1),@cat'
	echo 'H2,UNTOC,6,-2+3,legislative,=cmd|x,yesno,,'
} >hostile.csv
printf 'country,round,expert,indicator,answer\nXEA,2026,e,H1,no\nXEA,2026,e,H2,no\n' >hostile-ans.csv
"$GAPSCORE" plan -q -i hostile.csv -a hostile-ans.csv -o host
check "a formula in a title is neutralised and quoted" \
	grep -qF ",\"'=HYPERLINK(\"\"x\"\")\"," host/plan.csv
check "formulas in category and guide reference are neutralised" \
	grep -qxF "'@cat,UNTOC,XEA,2026,5,\"'=HYPERLINK(\"\"x\"\")\",legislative,1,1,NC,rated,'+SUM(1),,H1" host/plan.csv
check "a leading minus in a title is neutralised" \
	grep -qF ",'-2+3,legislative,1,1,NC,rated," host/plan.csv
check "no cell of plan.csv starts a formula" sh -c \
	'test -s host/plan.csv && ! grep -Eq "(^|,)\"?[-=+@]" host/plan.csv'
check "plan.json keeps the text as it is" \
	grep -qF '"title":	"=HYPERLINK(\"x\")"' host/plan.json
"$GAPSCORE" plan -q -i "$DATA/hostile/indicators.csv" \
	-a "$DATA/hostile/answers.csv" -o host2
check "the shipped hostile set comes out neutralised" sh -c \
	'grep -qF ",'"'"'@cmd @x," host2/plan.csv &&
	 ! grep -Eq "(^|,)\"?[-=+@]" host2/plan.csv'

# Usage errors, invalid input, selections matching nothing and unwritable
# outputs (exit status, whole message, nothing written) are in
# messages.table; the help is checked in commands.sh.

finish

#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# compare.sh - "gapscore compare": the bundled example side by side
# (files, exact CSV header, one row per country, ranks, --latest and
# --round, --dimension, byte-identical runs), with and without a groups
# file (group means), group names neutralised for spreadsheets.
. "$top_srcdir/tests/cli/setup.sh"
cd "$TMP"
IND="$top_srcdir/indicators"
EX="$top_srcdir/examples/answers"
CDATA="$DATA/compare"

# The article columns of the four shipped sets, in set order.
cols=
for a in 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 \
	27 28 29 30 31 34; do
	cols="$cols,UNTOC art. $a"
done
for a in 5 6 7 8 9 10 11 12 13; do cols="$cols,TIP art. $a"; done
for a in 5 6 7 8 9 10 11 12 13 14 15 16 18; do cols="$cols,SOM art. $a"; done
for a in 5 6 7 8 9 10 11 12 13 14 15; do cols="$cols,FP art. $a"; done
CSV_HEADER="country,round,rank,not_ranked_because,coverage,overall_gap$cols"
GROUPS_HEADER="group,overall_gap$cols"

sets="-i $IND/untoc.csv -i $IND/tip.csv -i $IND/som.csv -i $IND/fp.csv"
answers="-a $EX/XEA-2023.csv -a $EX/XEA-2026.csv -a $EX/XEB-2023.csv"
answers="$answers -a $EX/XEB-2026.csv -a $EX/XEC-2023.csv -a $EX/XEC-2026.csv"

# field FILE ROW COLUMN: one cell of a CSV file whose cells hold no
# comma (row 1 is the header).
field() {
	sed -n "$2p" "$1" | cut -d, -f"$3"
}

# The bundled example: four indicator sets, six assessments, latest
# round of each country by default.
# shellcheck disable=SC2086
"$GAPSCORE" compare $sets $answers -o ex --charts none >ex.out
check "compare writes compare.json, compare.csv and compare-groups.csv" \
	test -s ex/compare.json -a -s ex/compare.csv -a -s ex/compare-groups.csv
check "compare lists the files it wrote and what they hold" sh -c '
	printf "%s\n" ex/compare.json ex/compare.csv ex/compare-groups.csv \
		ex/compare.html "3 countries, 61 articles" | cmp - ex.out'
if have_gnuplot; then
	# shellcheck disable=SC2086
	"$GAPSCORE" compare $sets $answers -o heat >heat.out
fi
gp_check "compare draws the heatmap beside the tables" sh -c '
	test -s heat/heatmap.png && grep -qx "heat/heatmap.png" heat.out'
gp_check "the heatmap labels every country and article" sh -c '
	"$1" compare $2 -o heatsvg --charts svg >/dev/null &&
	grep -q ">XEC<" heatsvg/heatmap.svg &&
	grep -q ">FP art. 15<" heatsvg/heatmap.svg' sh "$GAPSCORE" "$sets $answers"
check "compare.csv has the documented header" \
	test "$(sed -n 1p ex/compare.csv)" = "$CSV_HEADER"
check "compare.csv has one row per country, in country order" \
	test "$(sed 1d ex/compare.csv | cut -d, -f1,2 | paste -sd' ' -)" = \
	"XEA,2026 XEB,2026 XEC,2026"
check "every row has as many cells as the header" sh -c \
	'test "$(awk -F, "{ print NF }" ex/compare.csv | sort -u)" = 67'
check "ranks follow the overall gap" sh -c '
	sed 1d ex/compare.csv | sort -t, -k6,6g | cut -d, -f3 | paste -sd" " - |
	grep -qx "1 2 3"'
check "compare.json has schema gapscore/compare/2" \
	grep -q '^{"schema":"gapscore/compare/2",' ex/compare.json
check "compare.json records the method" sh -c '
	grep -q "\"method\":{\"dimension\":\"legislative\"," ex/compare.json &&
	grep -q "\"round\":\"latest\"," ex/compare.json' 
check "without --groups, one group \"all\"" sh -c '
	test "$(sed 1d ex/compare-groups.csv | cut -d, -f1)" = all'
check "compare-groups.csv has the article columns" \
	test "$(sed -n 1p ex/compare-groups.csv)" = "$GROUPS_HEADER"
check "the CSV files use LF line ends" sh -c \
	'test -s ex/compare.csv && test -s ex/compare-groups.csv &&
	 ! grep -q "$(printf "\r")" ex/compare.csv ex/compare-groups.csv'
check "no temporary files are left" sh -c \
	'test -d ex && test -z "$(find ex -name "*.tmp.*")"'

# Same inputs, answer files in the opposite order: identical bytes.
# shellcheck disable=SC2086
"$GAPSCORE" compare --charts none $sets -a "$EX/XEC-2026.csv" -a "$EX/XEC-2023.csv" \
	-a "$EX/XEB-2026.csv" -a "$EX/XEB-2023.csv" -a "$EX/XEA-2026.csv" \
	-a "$EX/XEA-2023.csv" -o ex2 -q >ex2.out
cp -r ex ex-stripped
strip_inputs_tree ex-stripped ex2
check "answer file order does not change the comparison (but for the order of its inputs)" \
	diff -r ex-stripped ex2
check "compare -q prints nothing" test ! -s ex2.out
# shellcheck disable=SC2086
"$GAPSCORE" compare --charts none $sets $answers --latest -o latest -q
check "--latest is the default" diff -r ex latest

# One round.
# shellcheck disable=SC2086
"$GAPSCORE" compare $sets $answers --round 2023 -o r2023 -q
check "--round takes every country's assessment in that round" \
	test "$(sed 1d r2023/compare.csv | cut -d, -f1,2 | paste -sd' ' -)" = \
	"XEA,2023 XEB,2023 XEC,2023"
check "--round is recorded" \
	grep -q '"method":{[^}]*"round":"2023",' r2023/compare.json

# Another dimension.
# shellcheck disable=SC2086
"$GAPSCORE" compare $sets $answers --dimension combined -o comb -q
check "--dimension combined is recorded" \
	grep -q '"method":{"dimension":"combined",' comb/compare.json
check "--dimension changes the gaps" sh -c \
	'test -s comb/compare.csv && ! cmp -s ex/compare.csv comb/compare.csv'

# Groups: XEA and XEB in North, XEC in South.
# shellcheck disable=SC2086
"$GAPSCORE" compare $sets $answers --groups "$CDATA/groups.csv" -o grp -q
check "--groups: one row per group, by name" \
	test "$(sed 1d grp/compare-groups.csv | cut -d, -f1 | paste -sd' ' -)" = \
	"North South"
check "--groups leaves compare.csv as it is" cmp ex/compare.csv grp/compare.csv
a=$(field ex/compare.csv 2 6)
b=$(field ex/compare.csv 3 6)
north=$(field grp/compare-groups.csv 2 2)
check "a group's overall gap is the mean of its countries'" \
	awk "BEGIN { m = sprintf(\"%.4f\", ($a + $b) / 2); exit !(m + 0 == $north) }"
check "a group of one is its country's row" \
	test "$(field grp/compare-groups.csv 3 2-)" = "$(field ex/compare.csv 4 6-)"
check "compare.json lists each group's countries" sh -c '
	tr -d "\n\t" <grp/compare.json |
	grep -q "\"group\":\"North\",\"countries\":\[\"XEA\",\"XEB\"\]"'

# A hostile groups file (a bad code, a country listed twice, an empty
# group) is in messages.table: exit 1, every error as FILE:LINE:COLUMN,
# nothing written.

# Group names a spreadsheet would run; an unknown column is a warning; a
# listed country without an assessment (XED) is fine.
form="$CDATA/groups-formula.csv"
# shellcheck disable=SC2086
"$GAPSCORE" compare $sets $answers --groups "$form" -o form -q 2>form.err
check "an unknown column in the groups file is a warning" \
	grep -qx "gapscore: $form:1:note: warning: unknown column 'note' is ignored" \
	form.err
check "group names starting with = or + are neutralised" sh -c '
	sed 1d form/compare-groups.csv | cut -d, -f1 | paste -sd" " - |
	grep -qxF "'"'"'+North \"'"'"'=HYPERLINK(\"\"http://x\"\")\" ungrouped"'
check "no cell of compare-groups.csv starts a formula" sh -c \
	'test -s form/compare-groups.csv &&
	 ! grep -Eq "(^|,)\"?[-=+@]" form/compare-groups.csv'
check "compare.json keeps the group name as it is" \
	grep -q '"group":[[:space:]]*"=HYPERLINK(\\"http://x\\")"' form/compare.json

# Usage errors, selections matching nothing, a missing groups file and
# an unwritable output (exit status, whole message, nothing written) are
# in messages.table; the help is checked in commands.sh.

finish

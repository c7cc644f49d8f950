#!/bin/sh
# compare.sh - "gapscore compare": the bundled example side by side
# (files, exact CSV header, one row per country, ranks, --latest and
# --round, --dimension, byte-identical runs), with and without a groups
# file (group means), a hostile groups file that writes nothing, group
# names neutralised for spreadsheets, usage errors and help.
. "$top_srcdir/tests/cli/setup.sh"
cd "$TMP"
IND="$top_srcdir/indicators"
EX="$top_srcdir/examples/answers"
CDATA="$DATA/compare"
TAB=$(printf '\t')

# The article columns of the four shipped sets, in set order.
cols=
for a in 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 \
	27 28 29 30 31 34; do
	cols="$cols,UNTOC art. $a"
done
for a in 5 6 7 8 9 10 11 12 13; do cols="$cols,TIP art. $a"; done
for a in 6 7 8 9 10 11 12 13 14 15 16 18; do cols="$cols,SOM art. $a"; done
for a in 5 6 7 8 9 10 11 12 13 14 15; do cols="$cols,FP art. $a"; done
CSV_HEADER="country,round,rank,overall_gap$cols"
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
		"3 countries, 60 articles" | cmp - ex.out'
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
	'test "$(awk -F, "{ print NF }" ex/compare.csv | sort -u)" = 64'
check "ranks follow the overall gap" sh -c '
	sed 1d ex/compare.csv | sort -t, -k4,4g | cut -d, -f3 | paste -sd" " - |
	grep -qx "1 2 3"'
check "compare.json has schema gapscore/compare/1" \
	grep -q "^$TAB\"schema\":$TAB\"gapscore/compare/1\",\$" ex/compare.json
check "compare.json records the method" sh -c '
	grep -q "^$1$1\"dimension\":$1\"legislative\",\$" ex/compare.json &&
	grep -q "^$1$1\"round\":$1\"latest\",\$" ex/compare.json' sh "$TAB"
check "without --groups, one group \"all\"" sh -c '
	test "$(sed 1d ex/compare-groups.csv | cut -d, -f1)" = all'
check "compare-groups.csv has the article columns" \
	test "$(sed -n 1p ex/compare-groups.csv)" = "$GROUPS_HEADER"
check "the CSV files use LF line ends" sh -c \
	'! grep -q "$(printf "\r")" ex/compare.csv ex/compare-groups.csv'
check "no temporary files are left" test -z "$(find ex -name '*.tmp.*')"

# Same inputs, answer files in the opposite order: identical bytes.
# shellcheck disable=SC2086
"$GAPSCORE" compare --charts none $sets -a "$EX/XEC-2026.csv" -a "$EX/XEC-2023.csv" \
	-a "$EX/XEB-2026.csv" -a "$EX/XEB-2023.csv" -a "$EX/XEA-2026.csv" \
	-a "$EX/XEA-2023.csv" -o ex2 -q >ex2.out
check "answer file order does not change the comparison" diff -r ex ex2
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
	grep -q "^$TAB$TAB\"round\":$TAB\"2023\",\$" r2023/compare.json

# Another dimension.
# shellcheck disable=SC2086
"$GAPSCORE" compare $sets $answers --dimension combined -o comb -q
check "--dimension combined is recorded" \
	grep -q "^$TAB$TAB\"dimension\":$TAB\"combined\",\$" comb/compare.json
check "--dimension changes the gaps" sh -c \
	'! cmp -s ex/compare.csv comb/compare.csv'

# Groups: XEA and XEB in North, XEC in South.
# shellcheck disable=SC2086
"$GAPSCORE" compare $sets $answers --groups "$CDATA/groups.csv" -o grp -q
check "--groups: one row per group, by name" \
	test "$(sed 1d grp/compare-groups.csv | cut -d, -f1 | paste -sd' ' -)" = \
	"North South"
check "--groups leaves compare.csv as it is" cmp ex/compare.csv grp/compare.csv
a=$(field ex/compare.csv 2 4)
b=$(field ex/compare.csv 3 4)
north=$(field grp/compare-groups.csv 2 2)
check "a group's overall gap is the mean of its countries'" \
	awk "BEGIN { m = sprintf(\"%.4f\", ($a + $b) / 2); exit !(m + 0 == $north) }"
check "a group of one is its country's row" \
	test "$(field grp/compare-groups.csv 3 2-)" = "$(field ex/compare.csv 4 4-)"
check "compare.json lists each group's countries" sh -c '
	tr -d "\n\t" <grp/compare.json |
	grep -q "\"group\":\"North\",\"countries\":\[\"XEA\", \"XEB\"\]"'

# A hostile groups file: a bad code, a country listed twice, an empty
# group. Exit 1, every error as FILE:LINE:COLUMN, nothing written.
bad="$CDATA/groups-bad.csv"
set +e
# shellcheck disable=SC2086
"$GAPSCORE" compare $sets $answers --groups "$bad" -o bad-out >bad.out 2>bad.err
status=$?
set -e
cat >bad.expected <<EOF
gapscore: $bad:3:country: error: country 'xeb' is not valid; expected an ISO 3166-1 alpha-3 code in capitals, e.g. KEN
gapscore: $bad:5:country: error: country 'XEA' is listed again (first on line 2, in group 'North'); expected each country in at most one group
gapscore: $bad:6:group: error: group is empty; expected the name of the country's group
gapscore: 3 errors; nothing was written
EOF
check "a hostile groups file exits 1" test "$status" -eq 1
check "a hostile groups file: every error as FILE:LINE:COLUMN" \
	cmp bad.expected bad.err
check "a hostile groups file writes nothing" test ! -e bad-out -a ! -s bad.out

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
	'! grep -Eq "(^|,)\"?[-=+@]" form/compare-groups.csv'
check "compare.json keeps the group name as it is" \
	grep -qF '"group":	"=HYPERLINK(\"http://x\")"' form/compare.json

# Usage errors: exit 2, a message naming the command, nothing written.
usage() {
	name=$1
	shift
	set +e
	"$GAPSCORE" compare "$@" >/dev/null 2>usage.err
	status=$?
	set -e
	if [ "$status" -eq 2 ] && grep -q "^gapscore compare: " usage.err &&
		grep -qx "Try 'gapscore help compare' for more information." usage.err &&
		[ ! -e usage-out ]; then
		ok "usage error: $name"
	else
		not_ok "usage error: $name" "exit $status" "$(cat usage.err)"
	fi
}
fx="-i $DATA/indicators.csv -a $DATA/answers.csv"
# shellcheck disable=SC2086
{
	usage "no output directory" $fx
	usage "no indicator set" -a "$DATA/answers.csv" -o usage-out
	usage "no answers" -i "$DATA/indicators.csv" -o usage-out
	usage "--round with --latest" $fx -o usage-out --round 2025 --latest
	usage "bad --dimension" $fx -o usage-out --dimension policy
	usage "--dimension without a value" $fx -o usage-out --dimension
	usage "--groups without a value" $fx -o usage-out --groups
	usage "bad --consensus" $fx -o usage-out --consensus mode
	usage "bad --country" $fx -o usage-out --country xea
	usage "bad --round" $fx -o usage-out --round 'a/b'
	usage "unknown option" $fx -o usage-out --min-priority 1
	usage "stray argument" $fx -o usage-out extra.csv
}

# Nothing selected, a missing groups file, an unwritable directory.
set +e
# shellcheck disable=SC2086
{
	"$GAPSCORE" compare $fx --country XEZ -o none-out >/dev/null 2>none.err
	status=$?
	"$GAPSCORE" compare $fx --groups nosuch.csv -o nofile-out \
		>/dev/null 2>nofile.err
	status2=$?
	"$GAPSCORE" compare $fx -o /dev/null/compare >/dev/null 2>sys.err
	status3=$?
}
set -e
check "a selection matching nothing exits 1" test "$status" -eq 1
check "a selection matching nothing says so" grep -qx \
	"gapscore: error: no assessment matches --country XEZ; nothing was written" \
	none.err
check "a selection matching nothing writes nothing" test ! -e none-out
check "a missing groups file exits 3 and writes nothing" \
	test "$status2" -eq 3 -a ! -e nofile-out
check "a missing groups file is named" grep -q "nosuch.csv" nofile.err
check "an unwritable output directory exits 3" test "$status3" -eq 3

# Help.
check "help compare describes every option" sh -c '
	"$0" help compare >help.txt && "$0" compare --help >help2.txt &&
	cmp help.txt help2.txt && grep -q "^Usage: gapscore compare" help.txt &&
	grep -q "Exit status" help.txt && grep -q "Example" help.txt &&
	for o in --indicators --answers --output --round --latest --country \
		--groups --dimension --consensus --coverage-threshold --quiet --help
	do grep -q -- "$o" help.txt || exit 1; done' "$GAPSCORE"
check "--help lists compare" sh -c '"$0" --help | grep -q "^  compare "' "$GAPSCORE"

finish

#!/bin/sh
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
		grep -q "\"schema\":	\"gapscore/trend/1\"" "$1" &&
		grep -q "\"baseline\":	\"2023\"" "$1" && grep -q "\"latest\":	\"2026\"" "$1"' \
		sh "$TMP/t/XEB/trend.json"
	check "XEB's legislation improved" \
		test "$(field "$TMP/t/XEB/trend.json" overall.legislative.direction)" = improved
	check "XEC's implementation regressed" \
		test "$(field "$TMP/t/XEC/trend.json" overall.implementation.direction)" = regressed
	check "XEC's Firearms Protocol (not answered in 2023) cannot be compared" \
		test "$(field "$TMP/t/XEC/trend.json" instruments.3.legislative.comparable.0)" = None
	check "indicators answered in one round only are listed" sh -c '
		grep -q "\"not_comparable\":	\[{" "$1"' sh "$TMP/t/XEC/trend.json"
fi
gp_check "line charts are drawn and listed" sh -c '
	test -s "$1/XEB/trend-overall.png" && test -s "$1/XEB/trend-UNTOC.png" &&
	grep -q "trend-overall.png" "$1/XEB/trend.json"' sh "$TMP/t"
# shellcheck disable=SC2086
"$GAPSCORE" trend -q $sets -a "$EX/XEA-2023.csv" -a "$EX/XEA-2026.csv" \
	-o "$TMP/u" --country XEA --charts none --tolerance 0.5
check "--tolerance 0.5 makes XEA stable" sh -c '
	grep -q "\"direction\":	\"stable\"" "$1" && ! grep -q "\"direction\":	\"improved\"" "$1"' \
	sh "$TMP/u/XEA/trend.json"
# Usage errors (a bad --tolerance among them) are in messages.table.
finish

#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# example.sh - end to end: score the bundled example and the small test
# fixture and compare the reports with checked-in expected files; the
# same inputs, in any file order, give byte-identical reports. Without
# gnuplot the reports are compared all the same, but for the list of
# charts, which is then empty; the drawing itself is skipped. The runs
# are made from the source tree with relative paths, as a user types
# them, so that the reports' inputs do not depend on where it is.
. "$top_srcdir/tests/cli/setup.sh"
cd "$top_srcdir"
IND=indicators
EX=examples/answers
DATA=tests/data
EXP=tests/expected
VERSION=$("$GAPSCORE" --version | sed -n '1s/^gapscore //p')

# expected NAME: the checked-in report NAME as this machine writes it,
# in $TMP/NAME: this version of gapscore as its generator, and without
# gnuplot, no chart listed.
expected() {
	nochart=
	have_gnuplot ||
		nochart='s/,"charts":\[[^]]*\]/,"charts":[]/'
	sed -e "s/\"generator\":{\"name\":\"gapscore\",\"version\":\"[^\"]*\"}/\"generator\":{\"name\":\"gapscore\",\"version\":\"$VERSION\"}/" \
	    -e "$nochart" "$EXP/$1" >"$TMP/$1"
}
charts=0
have_gnuplot && charts=52

sets="-i $IND/untoc.csv -i $IND/tip.csv -i $IND/som.csv -i $IND/fp.csv"
# shellcheck disable=SC2086
"$GAPSCORE" score $sets -a "$EX/XEA-2023.csv" -a "$EX/XEA-2026.csv" \
	-a "$EX/XEB-2023.csv" -a "$EX/XEB-2026.csv" -a "$EX/XEC-2023.csv" \
	-a "$EX/XEC-2026.csv" -o "$TMP/a" >"$TMP/a.out"
check "the example gives six reports" \
	test "$(find "$TMP/a" -name report.json | wc -l)" -eq 6
check "score lists every report and where they are" \
	grep -qx "6 reports and $charts charts written under $TMP/a" "$TMP/a.out"
gp_check "the example has 52 charts" \
	test "$(find "$TMP/a" -name '*.png' | wc -l)" -eq 52
expected example-XEA-2026.json
check "XEA 2026 report matches the expected report" \
	cmp "$TMP/example-XEA-2026.json" "$TMP/a/XEA/2026/report.json"

# Same answers, files in the opposite order: identical bytes.
# shellcheck disable=SC2086
"$GAPSCORE" score $sets -a "$EX/XEC-2026.csv" -a "$EX/XEC-2023.csv" \
	-a "$EX/XEB-2026.csv" -a "$EX/XEB-2023.csv" -a "$EX/XEA-2026.csv" \
	-a "$EX/XEA-2023.csv" -o "$TMP/b" >/dev/null
check "answer file order changes only the order of the inputs" sh -c '
	for d in "$1" "$2"; do
		grep -o "{\"path\":[^}]*}" "$d/XEA/2026/report.json" |
			sort >"$d.in"
	done
	cmp "$1.in" "$2.in" &&
	! cmp -s "$1/XEA/2026/report.json" "$2/XEA/2026/report.json"' \
	sh "$TMP/a" "$TMP/b"
cp -r "$TMP/a" "$TMP/a-stripped"
strip_inputs_tree "$TMP/a-stripped" "$TMP/b"
check "answer file order does not change any report otherwise" \
	diff -r "$TMP/a-stripped" "$TMP/b"

# The small fixture exercises every answer type, depends_on, text,
# n/a, unknown and an instrument left out; its reports are all checked.
"$GAPSCORE" score -i "$DATA/indicators.csv" -a "$DATA/answers.csv" \
	-o "$TMP/f" >/dev/null
for r in XEA/2025 XEA/2026 XEB/2025; do
	name=fixture-$(echo "$r" | tr / -).json
	expected "$name"
	check "fixture report $r matches $name" \
		cmp "$TMP/$name" "$TMP/f/$r/report.json"
done
"$GAPSCORE" score -i "$DATA/indicators.csv" -a "$DATA/answers.csv" \
	-o "$TMP/g" >/dev/null
check "a second run is byte-identical" diff -r "$TMP/f" "$TMP/g"

# --consensus mean changes T5.L1 (yes, yes, no) from 1 to 0.6667.
"$GAPSCORE" score -i "$DATA/indicators.csv" -a "$DATA/answers.csv" \
	--consensus mean --country XEA --round 2025 -o "$TMP/m" >/dev/null
check "--consensus mean is used and recorded" \
	grep -q '"consensus":[[:space:]]*"mean"' "$TMP/m/XEA/2025/report.json"
check "--consensus mean scores yes, yes, no as 0.6667" \
	grep -q '"score":[[:space:]]*0.6667' "$TMP/m/XEA/2025/report.json"
check "--country and --round write only that assessment" \
	test "$(find "$TMP/m" -name report.json | wc -l)" -eq 1

# --lang fr: the HTML report (and charts) use the French questions and
# titles of the UNTOC set; a language with no translation falls back.
"$GAPSCORE" score -q -i "$IND/untoc.csv" -i "$IND/tip.csv" -i "$IND/som.csv" \
	-i "$IND/fp.csv" -a "$EX/XEB-2026.csv" -o "$TMP/fr" --lang fr --charts none
check "--lang fr gives French article titles and questions in report.html" sh -c '
	grep -q "Incrimination de la participation à un groupe criminel organisé" "$1" &&
	grep -q "La loi incrimine-t-elle" "$1"' sh "$TMP/fr/XEB/2026/report.html"
check "--lang fr gives the Protocols' French too (TIP)" \
	grep -q "La loi définit-elle la traite des personnes" \
	"$TMP/fr/XEB/2026/report.html"

# No temporary files are left beside the reports.
check "no temporary files are left" sh -c '
	test -d "$1" && test -d "$2" &&
	test -z "$(find "$1" "$2" -name "*.tmp.*")"' sh "$TMP/a" "$TMP/f"

finish

#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# merge.sh - gapscore merge: the national answers of the fixture match the
# expected file, validate and score as answers, keep who said what, and
# experts who answered only their own sections merge correctly.
. "$top_srcdir/tests/cli/setup.sh"
EXP="$top_srcdir/tests/expected"
IND="$top_srcdir/indicators"
EX="$top_srcdir/examples/answers"

"$GAPSCORE" merge -i "$DATA/indicators.csv" -a "$DATA/answers.csv" -o "$TMP/m.csv"
check "merged answers match the expected file" cmp "$EXP/merged-fixture.csv" "$TMP/m.csv"
check "merged answers validate as answers, without warnings" sh -c '
	"$1" validate -q -i "$2" -a "$3" 2>"$4" && test ! -s "$4"' \
	sh "$GAPSCORE" "$DATA/indicators.csv" "$TMP/m.csv" "$TMP/err"
check "merged answers can be scored" \
	"$GAPSCORE" score -q -i "$DATA/indicators.csv" -a "$TMP/m.csv" -o "$TMP/s" --charts none
check "every merged row is by the expert 'consensus'" sh -c '
	test "$(wc -l <"$1")" -gt 1 &&
	test -z "$(sed 1d "$1" | cut -d, -f3 | grep -vx consensus)"' sh "$TMP/m.csv"
check "dissent is flagged where the experts disagree" \
	grep -q "^XEA,2025,consensus,T5.L1,yes,.*,yes 2; no 1,3,1,yes,alpha=yes; beta=yes; gamma=no$" "$TMP/m.csv"
"$GAPSCORE" merge -i "$DATA/indicators.csv" -a "$DATA/answers.csv" -o - \
	--consensus mean --country XEA --round 2025 >"$TMP/mean.csv"
check "--consensus mean and the filters apply; - writes to standard output" sh -c '
	grep -q "^XEA,2025,consensus,T5.L1,yes," "$1" &&
	grep -q "^XEA,2025,consensus,T5.I2,3.166667," "$1" &&
	! grep -q "^XEB" "$1" && ! grep -q "^XEA,2026" "$1"' sh "$TMP/mean.csv"

# The example panel: the immigration expert answers only part of UNTOC;
# an indicator only the justice expert answered keeps that one answer.
"$GAPSCORE" merge -i "$IND/untoc.csv" -i "$IND/tip.csv" -i "$IND/som.csv" \
	-i "$IND/fp.csv" -a "$EX/XEA-2026.csv" -o "$TMP/xea.csv"
check "the example merges into one row per answered indicator" sh -c '
	rows=$(($(wc -l <"$1") - 1))
	want=$(sed 1d "$2" | cut -d, -f4 | sort -u | wc -l)
	test "$rows" -eq "$want"' sh "$TMP/xea.csv" "$EX/XEA-2026.csv"
check "the merged example validates" \
	"$GAPSCORE" validate -q -i "$IND/untoc.csv" -i "$IND/tip.csv" \
	-i "$IND/som.csv" -i "$IND/fp.csv" -a "$TMP/xea.csv"
# The merged sheet keeps the panel's result: scored alone, it gives the
# panel's scores at every level (SPEC "score"), on the example and on
# random panels.
if command -v python3 >/dev/null 2>&1; then
	check "the merged example rescores exactly as its panels" python3 \
		"$top_srcdir/tests/cli/rescore.py" "$GAPSCORE" "$TMP/rs" \
		-i "$IND/untoc.csv" -i "$IND/tip.csv" -i "$IND/som.csv" \
		-i "$IND/fp.csv" $(for f in "$EX"/*.csv; do printf ' -a %s' "$f"; done)
	check "40 random panels rescore exactly as merged" python3 \
		"$top_srcdir/tests/cli/rescore.py" "$GAPSCORE" "$TMP/rr" \
		-i "$DATA/indicators.csv" --random 40
else
	skip "the merged sheet rescores as its panel" "python3 is not installed"
fi

# A text answer that a spreadsheet would run is written with an
# apostrophe, which the answers loader takes off again.
printf 'country,round,expert,indicator,answer\nXEA,1,e,T5.T1,=1+1\n' >"$TMP/f.csv"
"$GAPSCORE" merge -i "$DATA/indicators.csv" -a "$TMP/f.csv" -o "$TMP/f-m.csv"
check "merge neutralises a formula-like answer" \
	grep -q "^XEA,1,consensus,T5.T1,'=1+1," "$TMP/f-m.csv"
check "the neutralised sheet scores the answer as written" sh -c '
	"$1" score -q -i "$2" -a "$3" -o "$4" --charts none &&
	grep -q "\"answer\":[[:space:]]*\"=1+1\"" "$4/XEA/1/report.json"' \
	sh "$GAPSCORE" "$DATA/indicators.csv" "$TMP/f-m.csv" "$TMP/f-s"

# Each spreadsheet trigger (OWASP: = + - @ tab CR) in a text answer, a
# round or an expert gets its apostrophe; a negative number stays one.
# (The loader trims a leading tab or CR: test-plan.c checks those.)
printf '%s\n' 'country,round,expert,indicator,answer' \
	'XEA,1,e,T5.T1,+1' 'XEA,2,e,T5.T1,-x' 'XEA,3,e,T5.T1,@SUM(A1)' \
	'XEA,-r5,-e,T5.T1,"-1,2"' \
	'XEA,6,e,T5.T1,-0.5' >"$TMP/g.csv"
"$GAPSCORE" merge -i "$DATA/indicators.csv" -a "$TMP/g.csv" -o "$TMP/g-m.csv"
check "merge neutralises +1, -x, @SUM and a round starting with -" sh -c '
	grep -q "^XEA,1,consensus,T5.T1,'"'"'+1," "$1" &&
	grep -q "^XEA,2,consensus,T5.T1,'"'"'-x," "$1" &&
	grep -q "^XEA,3,consensus,T5.T1,'"'"'@SUM(A1)," "$1" &&
	grep -q "^XEA,'"'"'-r5,consensus,T5.T1,\"'"'"'-1,2\"," "$1"' \
	sh "$TMP/g-m.csv"
check "merge writes a negative number as a number" \
	grep -q "^XEA,6,consensus,T5.T1,-0.5," "$TMP/g-m.csv"
check "no cell of the merged sheet starts a formula" python3 -c '
import csv, re, sys
for row in csv.reader(open(sys.argv[1], newline="")):
    for cell in row:
        if cell[:1] in ("=", "+", "@", "\t", "\r") or (
                cell[:1] == "-" and not re.fullmatch(r"-[0-9.]+", cell)):
            sys.exit("formula-like cell: %r" % cell)' "$TMP/g-m.csv"
check "the neutralised sheet scores every answer as written" sh -c '
	"$1" score -q -i "$2" -a "$3" -o "$4" --charts none &&
	grep -q "\"answer\":[[:space:]]*\"+1\"" "$4/XEA/1/report.json" &&
	grep -q "\"answer\":[[:space:]]*\"@SUM(A1)\"" "$4/XEA/3/report.json" &&
	grep -q "\"answer\":[[:space:]]*\"-1,2\"" "$4/XEA/-r5/report.json"' \
	sh "$GAPSCORE" "$DATA/indicators.csv" "$TMP/g-m.csv" "$TMP/g-s"

# Usage errors are in messages.table.
finish

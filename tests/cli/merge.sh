#!/bin/sh
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
	grep -q "^XEA,2025,consensus,T5.L1,yes,.*,3,1,yes,alpha=yes; beta=yes; gamma=no$" "$TMP/m.csv"
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
# Usage errors are in messages.table.
finish

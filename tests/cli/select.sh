#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# select.sh - score and merge with --country and --round read only the
# rows of the selected assessments: rows of others are skipped unchecked
# (a bad answer there is no error), yet CSV that cannot be parsed is an
# error wherever it is; the reports equal those of a file holding only
# the selected rows.
. "$top_srcdir/tests/cli/setup.sh"
IND="$DATA/indicators.csv"

# The fixture, with rows of other assessments whose answers are wrong in
# every way that only checking them finds.
cp "$DATA/answers.csv" "$TMP/dirty.csv"
cat >>"$TMP/dirty.csv" <<'EOF'
XEB,2025,alpha,T5.L2,maybe,high,,,
XEB,2025,delta,NOPE.1,yes,,,,
XEA,2026,alpha,T5.L1,yes,very,,,
xeb,2025,alpha,T5.L1,yes,,,,
XEB,2025,a lpha,T5.L3,yes,,,,
EOF
# Only XEA 2025 rows: what a run over just that assessment reads.
{ head -1 "$DATA/answers.csv"; grep '^XEA,2025,' "$DATA/answers.csv"; } \
	>"$TMP/only.csv"

check "the dirty file is invalid when read in full" sh -c '
	"$1" validate -q -i "$2" -a "$3" 2>"$4"; test $? -eq 1 &&
	grep -q "dirty.csv:27:answer: error: .*maybe" "$4" &&
	grep -q "dirty.csv:28:indicator: error: unknown indicator .NOPE.1." "$4" &&
	grep -q "dirty.csv:29:confidence: error" "$4"' \
	sh "$GAPSCORE" "$IND" "$TMP/dirty.csv" "$TMP/full.err"
check "score without a selection refuses it" sh -c '
	"$1" score -q -i "$2" -a "$3" -o "$4" --charts none 2>/dev/null
	test $? -eq 1 && test ! -e "$4"' \
	sh "$GAPSCORE" "$IND" "$TMP/dirty.csv" "$TMP/none"
check "score --country XEA --round 2025 skips the other rows unchecked" \
	"$GAPSCORE" score -q -i "$IND" -a "$TMP/dirty.csv" -o "$TMP/sel" \
	--charts none --country XEA --round 2025 --pretty
"$GAPSCORE" score -q -i "$IND" -a "$TMP/only.csv" -o "$TMP/ref" \
	--charts none --country XEA --round 2025 --pretty
# The reports differ only in the input file's name and SHA-256 (one key
# a line: --pretty).
check "the selected report equals that of a file of its rows only" sh -c '
	grep -v "\"\\(path\\|sha256\\)\":" "$1" >"$3" &&
	grep -v "\"\\(path\\|sha256\\)\":" "$2" >"$4" &&
	test "$(grep -c "\"sha256\":" "$1")" -eq 2 && cmp "$3" "$4"' sh \
	"$TMP/ref/XEA/2025/report.json" "$TMP/sel/XEA/2025/report.json" \
	"$TMP/ref.json" "$TMP/sel.json"
check "only the selected assessment is written" sh -c '
	test ! -e "$1/XEB" && test ! -e "$1/XEA/2026"' sh "$TMP/sel"
check "merge --country XEA --round 2025 skips them too" sh -c '
	"$1" merge -i "$2" -a "$3" -o "$4" --country XEA --round 2025 &&
	"$1" merge -i "$2" -a "$5" -o "$6" --country XEA --round 2025 &&
	cmp "$4" "$6"' sh "$GAPSCORE" "$IND" "$TMP/dirty.csv" "$TMP/m1.csv" \
	"$TMP/only.csv" "$TMP/m2.csv"
check "--round alone keeps every country of the round" sh -c '
	"$1" score -q -i "$2" -a "$3" -o "$4" --charts none --round 2025
	test $? -eq 1' sh "$GAPSCORE" "$IND" "$TMP/dirty.csv" "$TMP/r2025"

# What a skipped row still owes: CSV that can be parsed, as wide as the
# header.
cp "$DATA/answers.csv" "$TMP/width.csv"
echo 'XEB,2025,alpha,T5.L2,yes' >>"$TMP/width.csv"
check "a skipped row with too few fields is still an error" sh -c '
	"$1" score -q -i "$2" -a "$3" -o "$4" --charts none \
		--country XEA --round 2025 2>"$5"
	test $? -eq 1 && grep -q "width.csv:27:.*row has 5 fields; expected 9" "$5"' \
	sh "$GAPSCORE" "$IND" "$TMP/width.csv" "$TMP/w" "$TMP/width.err"
cp "$DATA/answers.csv" "$TMP/quote.csv"
echo 'XEB,2025,alpha,T5.L2,y"es,,,,' >>"$TMP/quote.csv"
check "a skipped row with bad quoting is still an error" sh -c '
	"$1" score -q -i "$2" -a "$3" -o "$4" --charts none \
		--country XEA --round 2025 2>"$5"
	test $? -eq 1 && grep -q "quote.csv:27:.*malformed quoting" "$5"' \
	sh "$GAPSCORE" "$IND" "$TMP/quote.csv" "$TMP/q" "$TMP/quote.err"
# Skipped rows are not validated past their country and round, yet
# lines are still counted through them: quoted line ends (LF, CRLF, CR)
# (a CR alone ends a line too) and text that is not UTF-8 in rows of
# another assessment, then a selected row with a bad answer, reported at
# its own line (33).
cp "$DATA/answers.csv" "$TMP/lines.csv"
printf 'XEB,2025,alpha,T5.L1,yes,,"two\nlines",,\n' >>"$TMP/lines.csv"
printf 'XEB,2025,beta,T5.L1,yes,,"crlf\r\nand cr\rend",,\n' >>"$TMP/lines.csv"
printf 'XEB,2025,gamma,T5.L1,yes,,caf\351,,\n' >>"$TMP/lines.csv"
printf 'XEA,2025,omega,T5.L1,maybe,,"x\ny",,\n' >>"$TMP/lines.csv"
check "a selected row after skipped multi-line rows is reported at its own line" sh -c '
	"$1" score -q -i "$2" -a "$3" -o "$4" --charts none \
		--country XEA --round 2025 2>"$5"
	test $? -eq 1 && grep -q "lines.csv:33:answer: error: .*maybe" "$5" &&
	test "$(grep -c ": error:" "$5")" -eq 1' \
	sh "$GAPSCORE" "$IND" "$TMP/lines.csv" "$TMP/l" "$TMP/lines.err"
check "read in full, the same file stops at the other row's Latin-1, at its line" sh -c '
	"$1" validate -q -i "$2" -a "$3" 2>"$4"
	test $? -eq 1 && grep -q "lines.csv:32:evidence: error: .*UTF-8" "$4"' \
	sh "$GAPSCORE" "$IND" "$TMP/lines.csv" "$TMP/lines-full.err"
check "a selection that matches no row says so" sh -c '
	"$1" score -q -i "$2" -a "$3" -o "$4" --charts none \
		--country XZZ 2>"$5"
	test $? -eq 1 && grep -q "no assessment matches --country XZZ" "$5"' \
	sh "$GAPSCORE" "$IND" "$TMP/dirty.csv" "$TMP/z" "$TMP/z.err"

finish

#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# wide.sh - wide answer files (one row per expert, one column per
# indicator id): the hand-made wide copy of the fixture answers scores to
# the same reports as its long equivalent, and errors name the indicator
# column.
. "$top_srcdir/tests/cli/setup.sh"
cd "$TMP"
cp "$DATA/indicators.csv" "$DATA/answers.csv" .
mkdir wide
cp "$DATA/wide/"*.csv wide/

# answers-long.csv is answers.csv plus one empty answer per empty cell
# of answers-wide.csv: an empty wide cell is a missing answer, exactly as
# an empty answer in the long layout.
check "the long equivalent is answers.csv plus empty answers" sh -c '
	head -n 26 wide/answers-long.csv | cmp - answers.csv &&
	test -z "$(tail -n +27 wide/answers-long.csv |
		grep -Evx "[A-Z]{3},[0-9]{4},[a-z]+,[A-Z0-9.]+,,,,,")"'

"$GAPSCORE" validate -i indicators.csv -a wide/answers-wide.csv >out
check "a wide file is recognised from its header" sh -c '
	grep -qx "60 answers in 3 assessments from 1 file" out &&
	grep -qx valid out'

"$GAPSCORE" score -q -i indicators.csv -a wide/answers-long.csv -o long --charts none
"$GAPSCORE" score -q -i indicators.csv -a wide/answers-wide.csv -o wide-rep --charts none
strip_inputs_tree long wide-rep
for a in XEA/2025 XEA/2026 XEB/2025; do
	check "wide and long give the same report for $a (but for the inputs)" \
		cmp "long/$a/report.json" "wide-rep/$a/report.json"
done

# A bad answer: FILE:LINE:ID, every bad cell of the row, nothing written.
set +e
"$GAPSCORE" score -q -i indicators.csv -a wide/bad-answer.csv -o bad 2>err
status=$?
set -e
check "a bad wide answer is an input error" test "$status" -eq 1
check "a bad wide answer names the line and the indicator column" sh -c '
	sed -n 1p err | grep -qxF "gapscore: wide/bad-answer.csv:3:T5.L1: error: answer '\''maybe'\'' is not valid; expected yes or no, n/a, unknown or an empty cell (indicator '\''T5.L1'\'')" &&
	sed -n 2p err | grep -qF "gapscore: wide/bad-answer.csv:3:T5.I2: error: answer '\''6'\'' is not valid"'
check "nothing is written for a bad wide file" test ! -e bad

# A mistyped id in the header is an error, not a dropped column.
set +e
"$GAPSCORE" validate -q -i indicators.csv -a wide/bad-header.csv 2>err
status=$?
set -e
check "an unknown indicator column is an input error" test "$status" -eq 1
check "an unknown indicator column names itself at line 1" \
	grep -qxF "gapscore: wide/bad-header.csv:1:T5.L9: error: unknown indicator 'T5.L9' in header; expected an indicator id of the loaded sets" err

# The same answer in a long and a wide file is a duplicate.
set +e
"$GAPSCORE" validate -q -i indicators.csv -a answers.csv -a wide/answers-wide.csv 2>err
status=$?
set -e
check "an answer given in a long and a wide file is a duplicate" sh -c '
	test "$1" -eq 1 &&
	grep -q "^gapscore: wide/answers-wide.csv:2:.*: error: expert '\''alpha'\'' already answered '\''T5.L1'\'' for XEA 2025 at answers.csv:2;" err' \
	sh "$status"

# --wide forces the layout: a long file is then an error at line 1.
set +e
"$GAPSCORE" validate -q --wide -i indicators.csv -a answers.csv 2>err
status=$?
set -e
check "--wide on a long file is an input error at line 1" sh -c '
	test "$1" -eq 1 &&
	sed -n 1p err | grep -qxF "gapscore: answers.csv:1:indicator: error: column '\''indicator'\'' belongs to a long answers file; expected a wide one: country, round, expert and one column per indicator id"' \
	sh "$status"
check "--wide reads a wide file" \
	"$GAPSCORE" validate -q --wide -i indicators.csv -a wide/answers-wide.csv
check "score --wide scores a wide file" \
	"$GAPSCORE" score -q --wide --charts none -i indicators.csv \
	-a wide/answers-wide.csv -o wide-out

finish

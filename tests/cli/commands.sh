#!/bin/sh
# commands.sh - the command line itself: help for every command, the
# version, what validate and score print on success, and that a report
# is only ever replaced whole.
. "$top_srcdir/tests/cli/setup.sh"
cd "$TMP"

check "--version prints the version" sh -c \
	'"$0" --version | grep -Eqx "gapscore [0-9]+\.[0-9]+\.[0-9]+"' "$GAPSCORE"
check "--help lists the commands" sh -c \
	'"$0" --help | grep -q "^  score " && "$0" --help | grep -q "^  validate "' "$GAPSCORE"
for cmd in validate score; do
	check "help $cmd describes every option" sh -c '
		"$0" help "$1" >help.txt && "$0" "$1" --help >help2.txt &&
		cmp help.txt help2.txt && grep -q "^Usage: gapscore $1" help.txt &&
		grep -q "Exit status" help.txt' "$GAPSCORE" "$cmd"
done
for opt in --indicators --answers --output --consensus --country --round \
	--coverage-threshold --legislative-bands --implementation-bands --charts; do
	check "help score mentions $opt" sh -c \
		'"$0" help score | grep -q -- "$1"' "$GAPSCORE" "$opt"
done
set +e
"$GAPSCORE" help nosuch >/dev/null 2>err
status=$?
"$GAPSCORE" >/dev/null 2>/dev/null
status2=$?
set -e
check "help for an unknown command is a usage error" test "$status" -eq 2
check "no command is a usage error" test "$status2" -eq 2

"$GAPSCORE" validate -i "$DATA/indicators.csv" -a "$DATA/answers.csv" >out
check "validate summarises what it read" sh -c '
	grep -qx "10 indicators in 2 instruments from 1 file" out &&
	grep -qx "25 answers in 3 assessments from 1 file" out &&
	grep -qx valid out'
check "validate -q prints nothing" sh -c \
	'test -z "$("$0" validate -q -i "$1")"' "$GAPSCORE" "$DATA/indicators.csv"
check "indicator sets can be read from standard input" sh -c \
	'"$0" validate -q -i - <"$1"' "$GAPSCORE" "$DATA/indicators.csv"

# Warnings do not fail a run.
printf 'id,instrument,article,dimension,question,answer_type,remarks\nA,UNTOC,5,legislative,q,yesno,x\n' >warn.csv
"$GAPSCORE" validate -q -i warn.csv 2>err
check "an unknown column is a warning, not an error" \
	grep -qx "gapscore: warn.csv:1:remarks: warning: unknown column 'remarks' is kept out of scoring" err

# A failed run keeps the previous report whole.
"$GAPSCORE" score -q -i "$DATA/indicators.csv" -a "$DATA/answers.csv" -o rep
cp rep/XEA/2025/report.json before.json
printf 'country,round,expert,indicator,answer\nXEA,2025,alpha,T5.L1,maybe\n' >bad.csv
set +e
"$GAPSCORE" score -q -i "$DATA/indicators.csv" -a bad.csv -o rep 2>/dev/null
set -e
check "invalid input leaves existing reports untouched" cmp before.json rep/XEA/2025/report.json

finish

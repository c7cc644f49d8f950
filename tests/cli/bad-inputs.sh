#!/bin/sh
# bad-inputs.sh - runs every case of bad-inputs.table: the exit status,
# the first line of standard error, and (for score) that nothing was
# written. Also checks that all the errors of a file are reported.
. "$top_srcdir/tests/cli/setup.sh"
TABLE="$top_srcdir/tests/cli/bad-inputs.table"
W="$TMP/w"
mkdir "$W"
cp -R "$DATA/." "$W/"
cd "$W"

# Byte-level cases are written here rather than checked in.
H='id,instrument,article,dimension,question,answer_type'
printf '%s\nA,UNTOC,5,legislative,q,yesno\nB,UNTOC,5,legislative,q\000x,yesno\n' "$H" >nul.csv
printf '%s\nA,UNTOC,5,legislative,caf\351 au lait,yesno\n' "$H" >latin1.csv
printf '\357\273\277%s\r\nA,UNTOC,5,legislative,q,yesno\r\nB,UNTOC,5,legislative,"two\r\nlines",yesno\r\n\r\nC,UNTOC,5,legislative,q,maybe\r\n' "$H" >crlf-bom.csv
: >blocker

tab=$(printf '\t')
while IFS="$tab" read -r want_status want_message args; do
	case "$want_status" in ''|'#'*) continue ;; esac
	rm -rf out
	set +e
	# shellcheck disable=SC2086
	"$GAPSCORE" $args >stdout 2>stderr
	status=$?
	set -e
	first=$(head -n 1 stderr)
	name="$args"
	if [ "$status" -ne "$want_status" ]; then
		not_ok "$name" "exit status $status, expected $want_status" "$(cat stderr)"
	elif [ "$first" != "$want_message" ]; then
		not_ok "$name" "expected: $want_message" "got:      $first"
	elif [ -e out ]; then
		not_ok "$name" "wrote out/ although the input was invalid"
	else
		ok "$name (exit $status)"
	fi
done <"$TABLE"

# Every error of a file is reported, not just the first, with a summary.
set +e
"$GAPSCORE" validate -i indicators.csv -a bad/ans-several-errors.csv 2>stderr
set -e
check "all errors of a file are reported with a count" \
	grep -qx 'gapscore: 2 errors; nothing was written' stderr

# Hostile text in a message is escaped, not printed raw.
printf 'country,round,expert,indicator,answer\nXEA,1,e,T5.L1,"no\033[31m\nway"\n' >esc.csv
set +e
"$GAPSCORE" validate -i indicators.csv -a esc.csv 2>stderr
set -e
check "control characters in messages are escaped" \
	grep -qF "answer 'no\\x1b[31m\\nway' is not valid" stderr

finish

#!/bin/sh
# messages.sh - runs every record of messages.table (see its header): the
# exit status, the whole of standard output and standard error, and that
# the run left the scratch directory as it found it (nothing written,
# nothing changed, no temporary file left).
. "$top_srcdir/tests/cli/setup.sh"
TABLE="$top_srcdir/tests/cli/messages.table"
W="$TMP/w"
R="$TMP/run"
mkdir "$R"

# tree: every file and directory of the scratch copy with a checksum of
# each file, to tell that a run wrote nothing.
tree() {
	find . -print | LC_ALL=C sort
	find . -type f -exec cksum {} + | LC_ALL=C sort
}

# scratch: a fresh copy of tests/data in $W, with the byte-level cases
# that are written here rather than checked in; cd there.
scratch() {
	cd "$TMP"
	rm -rf "$W"
	mkdir "$W"
	cp -R "$DATA/." "$W/"
	cd "$W"
	H='id,instrument,article,dimension,question,answer_type'
	printf '%s\nA,UNTOC,5,legislative,q,yesno\nB,UNTOC,5,legislative,q\000x,yesno\n' "$H" >nul.csv
	printf '%s\nA,UNTOC,5,legislative,caf\351 au lait,yesno\n' "$H" >latin1.csv
	printf '\357\273\277%s\r\nA,UNTOC,5,legislative,q,yesno\r\nB,UNTOC,5,legislative,"two\r\nlines",yesno\r\n\r\nC,UNTOC,5,legislative,q,maybe\r\n' "$H" >crlf-bom.csv
	printf 'country,round,expert,indicator,answer\nXEA,1,e,T5.L1,"no\033[31m\nway"\n' >esc.csv
	printf '%s,remarks\nA,UNTOC,5,legislative,q,yesno,x\n' "$H" >warn.csv
	: >blocker
	tree >"$R/before"
}
scratch

# run_record: run the record read so far and say how it went.
run_record() {
	[ -n "$record" ] || return 0
	if [ -z "$args_set" ] || [ -z "$want_status" ]; then
		not_ok "$record" "the record needs args: and status: lines"
		return 0
	fi
	eval "set -- $args"
	set +e
	"$GAPSCORE" "$@" <"$stdin" >"$R/out" 2>"$R/err"
	status=$?
	set -e
	tree >"$R/after"
	if [ "$status" -ne "$want_status" ]; then
		not_ok "$record" "exit status $status, expected $want_status" \
			"$(cat "$R/err")"
	elif ! cmp -s "$R/want.err" "$R/err"; then
		not_ok "$record" "standard error differs:" \
			"$(diff "$R/want.err" "$R/err" || :)"
	elif ! cmp -s "$R/want.out" "$R/out"; then
		not_ok "$record" "standard output differs:" \
			"$(diff "$R/want.out" "$R/out" || :)"
	elif ! cmp -s "$R/before" "$R/after"; then
		not_ok "$record" "the run wrote or changed files:" \
			"$(diff "$R/before" "$R/after" || :)"
		scratch
	else
		ok "$record (exit $status)"
	fi
}

# new_record NAME: forget the last record and start the next.
new_record() {
	record=$1
	args=
	args_set=
	stdin=/dev/null
	want_status=
	: >"$R/want.out"
	: >"$R/want.err"
}

new_record ""
# (not_ok and check use the variables line and name: rows are "row".)
while IFS= read -r row || [ -n "$row" ]; do
	case $row in
	'%% '*) next=${row#%% }; run_record; new_record "$next" ;;
	'args:'*) args=${row#args:}; args_set=1 ;;
	'stdin: '*) stdin=${row#stdin: } ;;
	'status: '*) want_status=${row#status: } ;;
	'| '*) printf '%s\n' "${row#| }" >>"$R/want.err" ;;
	'|') echo >>"$R/want.err" ;;
	'> '*) printf '%s\n' "${row#> }" >>"$R/want.out" ;;
	'>') echo >>"$R/want.out" ;;
	''|'#'*) ;;
	*) not_ok "messages.table: '$row'" "not a line of a record" ;;
	esac
done <"$TABLE"
run_record

finish

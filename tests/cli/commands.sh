#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# commands.sh - the command line itself: the version, the overview, the
# help of every command (the same from "help X" and "X --help", every
# option described and every option described accepted), what validate
# and score print on success, and that a report is only ever replaced
# whole. Usage errors and their messages are in messages.table.
. "$top_srcdir/tests/cli/setup.sh"
cd "$TMP"

# runs_ok NAME OUT COMMAND...: the command exits 0 (its output in OUT).
runs_ok() {
	name=$1
	out=$2
	shift 2
	if "$@" >"$out" 2>"$out.err"; then
		ok "$name"
	else
		not_ok "$name" "exit status $?" "$(cat "$out.err")"
	fi
}

runs_ok "--version exits 0" version.out "$GAPSCORE" --version
check "--version prints the version" \
	grep -Eqx "gapscore [0-9]+\.[0-9]+\.[0-9]+" version.out
runs_ok "--help exits 0" overview.out "$GAPSCORE" --help
runs_ok "help exits 0" overview2.out "$GAPSCORE" help
check "--help and help print the same overview" cmp overview.out overview2.out
for cmd in validate score plan trend compare merge template list; do
	check "--help lists $cmd" grep -q "^  $cmd  *[a-z]" overview.out
done

# The options each command documents (and so must accept).
options_validate="--indicators --answers --wide --quiet --help"
options_score="--indicators --answers --wide --output --consensus --country
	--round --coverage-threshold --legislative-bands --implementation-bands
	--charts --gnuplot --gnuplot-timeout --keep-scripts --lang
	--disagreement-threshold --bootstrap --seed --citation-patterns
	--agreement-metric --obligation-factors --quiet --help"
options_merge="--indicators --answers --wide --output --consensus
	--disagreement-threshold --country --round --help"
options_plan="--indicators --answers --wide --output --country --round --target
	--latest --consensus --coverage-threshold --min-priority --quiet --help"
options_trend="--indicators --answers --wide --output --country --tolerance --plan
	--consensus --coverage-threshold --charts --gnuplot --gnuplot-timeout
	--keep-scripts --lang --quiet --help"
options_compare="--indicators --answers --wide --output --round --latest
	--country --groups --dimension --consensus --coverage-threshold --charts
	--gnuplot --gnuplot-timeout --keep-scripts --lang --quiet --help"
options_template="--indicators --country --round --expert --instrument
	--dimension --lang --output --help"
options_list="--indicators --instrument --article --dimension --obligation
	--crime-type --ta-category --match --lang --format --help"

for cmd in validate score plan trend compare merge template list; do
	runs_ok "help $cmd exits 0" "help-$cmd.txt" "$GAPSCORE" help "$cmd"
	runs_ok "$cmd --help exits 0" "help2-$cmd.txt" "$GAPSCORE" "$cmd" --help
	check "help $cmd is $cmd --help" cmp "help-$cmd.txt" "help2-$cmd.txt"
	check "help $cmd has a synopsis, options, exit status and example" \
		sh -c 'grep -q "^Usage: gapscore $1 " "$2" &&
		grep -qx "Options:" "$2" && grep -q "^Exit status: " "$2" &&
		grep -qx "Example:" "$2" && grep -q "^  gapscore $1 " "$2"' \
		sh "$cmd" "help-$cmd.txt"
	eval "want=\$options_$(echo "$cmd" | tr - _)"
	# shellcheck disable=SC2086
	check "help $cmd describes every option" sh -c '
		f=$1; shift
		for o do grep -q -- "^  \(-., \|    \)$o\( \|\$\)" "$f" || {
			echo "$o is not described"; exit 1; }; done' \
		sh "help-$cmd.txt" $want
	# Every option the help describes is one the command accepts: given
	# alone, it is never an unknown option.
	check "$cmd accepts every option its help describes" sh -c '
		g=$1; c=$2; f=$3
		sed -n "/^Options:/,/^\$/s/^  \(-., \|    \)\(--[a-z-]*\).*/\2/p" "$f" |
		while read -r o; do
			"$g" "$c" "$o" >/dev/null 2>err </dev/null
			if grep -q "unknown option" err; then
				echo "$o: $(cat err)"; exit 1
			fi
		done' sh "$GAPSCORE" "$cmd" "help-$cmd.txt"
done
check "help lines end by column 79" sh -c \
	'! grep -n ".\{80,\}" help-*.txt'

runs_ok "validate exits 0 on valid inputs" out \
	"$GAPSCORE" validate -i "$DATA/indicators.csv" -a "$DATA/answers.csv"
check "validate summarises what it read" sh -c '
	grep -qx "10 indicators in 2 instruments from 1 file" out &&
	grep -qx "25 answers in 3 assessments from 1 file" out &&
	grep -qx valid out'
runs_ok "validate -q exits 0 on a valid set" quiet.out \
	"$GAPSCORE" validate -q -i "$DATA/indicators.csv"
check "validate -q prints nothing" sh -c \
	'test ! -s quiet.out && test ! -s quiet.out.err'
check "indicator sets can be read from standard input" sh -c \
	'"$0" validate -q -i - <"$1"' "$GAPSCORE" "$DATA/indicators.csv"

# A failed run keeps the previous report whole.
"$GAPSCORE" score -q -i "$DATA/indicators.csv" -a "$DATA/answers.csv" -o rep
cp rep/XEA/2025/report.json before.json
printf 'country,round,expert,indicator,answer\nXEA,2025,alpha,T5.L1,maybe\n' >bad.csv
set +e
"$GAPSCORE" score -q -i "$DATA/indicators.csv" -a bad.csv -o rep 2>/dev/null
status=$?
set -e
check "invalid input exits 1" test "$status" -eq 1
check "invalid input leaves existing reports untouched" cmp before.json rep/XEA/2025/report.json

finish

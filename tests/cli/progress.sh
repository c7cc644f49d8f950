#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# progress.sh - long runs talk: on a terminal (a pty made by util-linux's
# script, in Debian's essential bsdutils) standard error shows a progress
# line rewritten with \r and cleared at the end; on a pipe, and with -q,
# nothing; -v prints exactly the notes of tests/expected/score-verbose.txt,
# on a terminal or not.
. "$top_srcdir/tests/cli/setup.sh"
cd "$TMP"
I="$DATA/indicators.csv"
A="$DATA/answers.csv"
CR=$(printf '\r')
ESC=$(printf '\033')

# on_tty FILE CMD...: run CMD with standard error on a pty, standard
# output into out.txt; what the terminal showed goes to FILE.
on_tty() {
	file=$1
	shift
	cmdline="$*"
	script -qec "$cmdline >out.txt" /dev/null >"$file" </dev/null
}

if ! command -v script >/dev/null 2>&1; then
	skip "progress on a terminal" "script (util-linux) is not installed"
	finish
	exit
fi

on_tty tty.txt "'$GAPSCORE' score -i '$I' -a '$A' -o tty --charts none"
check "on a terminal: the run succeeds and lists the reports" \
	grep -q 'tty/XEA/2025/report.json' out.txt
check "on a terminal: answers read are counted on a CR line" \
	grep -q "${CR}gapscore: [0-9]* answers read${ESC}\\[K" tty.txt
check "on a terminal: assessments scored of all" \
	grep -q "${CR}gapscore: 1 of 3 assessments scored" tty.txt
# OUTDIR/scores.csv is written too, but is not one of the reports.
check "on a terminal: reports written of all" \
	grep -q "${CR}gapscore: 1 of 3 reports written" tty.txt
check "on a terminal: scores.csv is not counted as a report" \
	sh -c '! grep -q "of 4 reports" tty.txt' 
# The last thing on the terminal is the erased line: \r ESC[K.
last=$(tail -c 4 tty.txt | od -An -c | tr -s ' ')
check "on a terminal: the progress line is cleared at the end" \
	test "$last" = " \\r 033 [ K"
check "on a terminal: no newline in the progress" \
	test "$(grep -c . tty.txt)" -le 1

on_tty quiet.txt "'$GAPSCORE' score -q -i '$I' -a '$A' -o quiet --charts none"
check "on a terminal with -q: nothing on standard error" test ! -s quiet.txt

"$GAPSCORE" score -i "$I" -a "$A" -o pipe --charts none >out.txt 2>pipe.err
check "on a pipe: nothing on standard error" test ! -s pipe.err

# -v: the notes, exactly (the data directory and OUTDIR spelt as in the
# expected file), on a pipe and on a terminal.
"$GAPSCORE" score -v -i "$I" -a "$A" -o out --charts none >out.txt \
	2>verbose.err
sed "s|$DATA/|DATA/|" verbose.err >verbose.txt
check "-v says what was read and decided, exactly" \
	diff -u "$top_srcdir/tests/expected/score-verbose.txt" verbose.txt
rm -rf out
on_tty vtty.txt "'$GAPSCORE' score -v -q -i '$I' -a '$A' -o out --charts none"
tr -d '\r' <vtty.txt | sed "s|$DATA/|DATA/|" >vtty-lines.txt
check "-v -q on a terminal: the same notes, no progress" \
	diff -u "$top_srcdir/tests/expected/score-verbose.txt" vtty-lines.txt
"$GAPSCORE" validate -v -i "$I" >/dev/null 2>validate.err
check "-v on validate: the indicators read" \
	grep -qx 'gapscore: note: read 10 indicators in 2 instruments from 1 file' \
	validate.err
finish

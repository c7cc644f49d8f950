#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# find-set.sh - "-i NAME": a value of -i that is no file, has no '/' and
# does not end in .csv names NAME.csv in $GAPSCORE_INDICATORS (':'
# separated), then in the installed sets, then in ./indicators; a name
# found nowhere is an error naming those places; files, '-', paths and
# .csv names are read as they are.
. "$top_srcdir/tests/cli/setup.sh"
SETS=$top_srcdir/indicators
mkdir "$TMP/env" "$TMP/env2" "$TMP/here" "$TMP/here/indicators"
cp "$DATA/indicators.csv" "$TMP/env/mini.csv"
cp "$DATA/lang-indicators.csv" "$TMP/env2/mini.csv"
cp "$DATA/lang-indicators.csv" "$TMP/here/indicators/mini.csv"
cp "$DATA/lang-indicators.csv" "$TMP/env2/lang.csv"
cd "$TMP/here"

# says NAME WANT COMMAND...: the command prints WANT as its first line.
says() {
	name=$1
	want=$2
	shift 2
	if "$@" >"$TMP/out" 2>"$TMP/err" && [ "$(head -n 1 "$TMP/out")" = "$want" ]; then
		ok "$name"
	else
		not_ok "$name" "$(cat "$TMP/out" "$TMP/err")"
	fi
}

export GAPSCORE_INDICATORS
GAPSCORE_INDICATORS=$SETS
"$GAPSCORE" validate -i "$SETS/untoc.csv" -i "$SETS/tip.csv" \
	-i "$SETS/som.csv" -i "$SETS/fp.csv" >"$TMP/by-path"
says "-i untoc -i tip -i som -i fp find the shipped sets" \
	"$(head -n 1 "$TMP/by-path")" \
	"$GAPSCORE" validate -i untoc -i tip -i som -i fp
says "list -i untoc finds the set" "UNTOC.24.L01  UNTOC art. 24 (legislative, mandatory)" \
	"$GAPSCORE" list -i untoc --article 24 --match witness
GAPSCORE_INDICATORS=$TMP/env
says "\$GAPSCORE_INDICATORS comes before ./indicators" \
	"10 indicators in 2 instruments from 1 file" \
	"$GAPSCORE" validate -i mini
GAPSCORE_INDICATORS=":$TMP/nothing::$TMP/env2:$TMP/env"
says "\$GAPSCORE_INDICATORS is a list, searched in order" \
	"3 indicators in 1 instrument from 1 file" \
	"$GAPSCORE" validate -i mini
GAPSCORE_INDICATORS=
says "./indicators is searched last" \
	"3 indicators in 1 instrument from 1 file" \
	"$GAPSCORE" validate -i mini
GAPSCORE_INDICATORS=$TMP/env
cp "$DATA/lang-indicators.csv" mini
says "an existing file is read as it is" \
	"3 indicators in 1 instrument from 1 file" \
	"$GAPSCORE" validate -i mini
rm mini
says "'-' is still standard input" \
	"3 indicators in 1 instrument from 1 file" \
	sh -c '"$1" validate -i - <"$2"' sh "$GAPSCORE" "$DATA/lang-indicators.csv"

# fails NAME STATUS PATTERN COMMAND...: the command exits STATUS and its
# standard error is one line matching the extended regex PATTERN.
fails() {
	name=$1
	want=$2
	pattern=$3
	shift 3
	st=0
	"$@" >"$TMP/out" 2>"$TMP/err" || st=$?
	if [ "$st" -eq "$want" ] && [ "$(wc -l <"$TMP/err")" -eq 1 ] &&
		grep -Eqx -- "$pattern" "$TMP/err" && ! [ -s "$TMP/out" ]; then
		ok "$name"
	else
		not_ok "$name" "exit status $st" "$(cat "$TMP/err")"
	fi
}

GAPSCORE_INDICATORS="$TMP/env:$TMP/env2"
fails "a name found nowhere names the places looked in" 3 \
	"gapscore: error: nosuch: no such file, and no indicator set nosuch\.csv in \\\$GAPSCORE_INDICATORS \($TMP/env, $TMP/env2\), /.*/gapscore/indicators or \./indicators" \
	"$GAPSCORE" validate -i mini -i nosuch
GAPSCORE_INDICATORS=
fails "without \$GAPSCORE_INDICATORS, the two other places" 3 \
	"gapscore: error: nosuch: no such file, and no indicator set nosuch\.csv in /.*/gapscore/indicators or \./indicators" \
	"$GAPSCORE" list -i nosuch
GAPSCORE_INDICATORS=$TMP/env
fails "a name ending in .csv is a file name" 3 \
	"gapscore: mini\.csv: error: cannot open: No such file or directory" \
	"$GAPSCORE" validate -i mini.csv
fails "a path is a file name" 3 \
	"gapscore: sub/mini: error: cannot open: No such file or directory" \
	"$GAPSCORE" validate -i sub/mini
fails "-a is never a set's name" 3 \
	"gapscore: mini: error: cannot open: No such file or directory" \
	"$GAPSCORE" validate -i mini -a mini
finish

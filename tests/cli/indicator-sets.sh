#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# indicator-sets.sh - the shipped indicator sets validate, alone and
# together, with no warning.
. "$top_srcdir/tests/cli/setup.sh"
IND="$top_srcdir/indicators"

# no_warnings FILE: validate prints nothing at all on stderr.
no_warnings() {
	"$GAPSCORE" validate -q -i "$1" 2>"$TMP/err" && [ ! -s "$TMP/err" ] ||
		{ cat "$TMP/err"; return 1; }
}

for f in untoc tip som fp; do
	check "indicators/$f.csv validates without warnings" no_warnings "$IND/$f.csv"
done
check "the four sets load together (ids unique across them)" \
	"$GAPSCORE" validate -q -i "$IND/untoc.csv" -i "$IND/tip.csv" \
	-i "$IND/som.csv" -i "$IND/fp.csv"

# What each set covers (articles, dimensions, counts) is checked by the
# unit test shipped_sets_cover_the_treaties, which reads them with the
# project's own loader.

finish

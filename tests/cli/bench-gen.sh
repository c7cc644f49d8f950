#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# bench-gen.sh - the benchmark's generator (bench/gen-answers.py): the
# same arguments give the same bytes, what it writes is valid for
# gapscore and holds as many rows as asked, each answer given once; and
# it refuses more rows than its countries, rounds, experts and
# indicators can hold (it used to repeat the assessments then).
. "$top_srcdir/tests/cli/setup.sh"
cd "$TMP"
I=$top_srcdir/indicators
GEN=$top_srcdir/bench/gen-answers.py
if ! command -v python3 >/dev/null 2>&1; then
	for n in 1 2 3 4; do skip "generator test $n" "python3 is missing"; done
	finish
	exit
fi
python3 "$GEN" --rows 3000 --experts 3 --countries 2 -o a.csv 2>a.err
python3 "$GEN" --rows 3000 --experts 3 --countries 2 -o b.csv 2>/dev/null
check "the same arguments give the same bytes" cmp a.csv b.csv
check "it writes the rows asked for (a header, then 3000)" \
	test "$(python3 -c 'import csv,sys; print(sum(1 for _ in csv.reader(open(sys.argv[1], newline=""))))' a.csv)" -eq 3001
check "gapscore validate accepts it (each answer given once)" \
	"$GAPSCORE" validate -q -i "$I/untoc.csv" -i "$I/tip.csv" \
	-i "$I/som.csv" -i "$I/fp.csv" -a a.csv
check "more rows than countries x rounds x experts x indicators is refused, nothing written" \
	sh -c '! python3 "$1" --rows 100000 --experts 2 --countries 3 --rounds 2 \
		-o c.csv 2>c.err && grep -q "give only 6" c.err && ! test -e c.csv' \
	sh "$GEN"
finish

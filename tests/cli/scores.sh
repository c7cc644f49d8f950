#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# scores.sh - the analyst tables: scores.csv beside the reports and
# trend.csv beside each trend.json match the checked-in expected files,
# load in Python's csv module and hold exactly the values of the JSON
# they flatten, come out byte-identical run to run, and are
# spreadsheet-safe.
. "$top_srcdir/tests/cli/setup.sh"
EXP="$top_srcdir/tests/expected"
IND="$top_srcdir/indicators"
EX="$top_srcdir/examples/answers"
SCORES="$top_srcdir/tests/cli/scores.py"
cd "$TMP"

"$GAPSCORE" score -q -i "$DATA/indicators.csv" -a "$DATA/answers.csv" \
	-o fx --charts none
check "fixture: scores.csv matches the expected file" \
	cmp "$EXP/fixture-scores.csv" fx/scores.csv
check "fixture: scores.csv holds every value of the reports" \
	python3 "$SCORES" scores fx
"$GAPSCORE" score -q -i "$DATA/indicators.csv" -a "$DATA/answers.csv" \
	-o fx2 --charts none
check "fixture: a second run writes the same scores.csv" \
	cmp fx/scores.csv fx2/scores.csv
check "score -q does not list scores.csv, but writes it" sh -c '
	"$1" score -i "$2" -a "$3" -o fx3 --charts none >list.out &&
	test -s fx3/scores.csv && ! grep -q scores.csv list.out' \
	sh "$GAPSCORE" "$DATA/indicators.csv" "$DATA/answers.csv"

# The bundled example: six assessments, four instruments.
# shellcheck disable=SC2046
"$GAPSCORE" score -q -i "$IND/untoc.csv" -i "$IND/tip.csv" \
	-i "$IND/som.csv" -i "$IND/fp.csv" \
	$(for f in "$EX"/*.csv; do printf ' -a %s' "$f"; done) \
	-o ex --charts none
check "example: scores.csv holds every value of the six reports" sh -c '
	python3 "$1" scores ex >ex.out && grep -q "of 6 reports match" ex.out' \
	sh "$SCORES"
check "example: one row per assessment, level, article and dimension" sh -c '
	test "$(sed 1d ex/scores.csv | cut -d, -f1,2 | sort -u | wc -l)" -eq 6 &&
	test "$(grep -c "^XEA,2026,overall," ex/scores.csv)" -eq 3'

# trend.csv, on the fixture (two rounds of XEA, one of XEB) and the
# example.
"$GAPSCORE" trend -q -i "$DATA/indicators.csv" -a "$DATA/answers.csv" \
	-o tr --charts none
check "fixture: trend.csv of XEA matches the expected file" \
	cmp "$EXP/fixture-trend-XEA.csv" tr/XEA/trend.csv
check "fixture: every trend.csv holds the values of its trend.json" \
	python3 "$SCORES" trend tr
# shellcheck disable=SC2046
"$GAPSCORE" trend -q -i "$IND/untoc.csv" -i "$IND/tip.csv" \
	-i "$IND/som.csv" -i "$IND/fp.csv" \
	$(for f in "$EX"/*.csv; do printf ' -a %s' "$f"; done) \
	-o extr --charts none
check "example: every trend.csv holds the values of its trend.json" \
	python3 "$SCORES" trend extr

# A hostile set: titles a spreadsheet would run come out neutralised.
{
	echo "id,instrument,article,article_title,dimension,question,answer_type"
	echo 'H1,UNTOC,5,"=HYPERLINK(""x"")",legislative,q,yesno'
	echo 'H2,UNTOC,6,-2+3,legislative,q,yesno'
	echo 'H3,UNTOC,7,@SUM(A1),legislative,q,yesno'
	echo 'H4,UNTOC,8,+1,legislative,q,yesno'
} >hostile.csv
printf '%s\n' country,round,expert,indicator,answer XEA,2026,e,H1,no \
	XEA,2026,e,H2,yes XEA,2026,e,H3,no XEA,2026,e,H4,no \
	XEA,2027,e,H1,yes XEA,2027,e,H2,no XEA,2027,e,H3,yes \
	XEA,2027,e,H4,yes >hostile-ans.csv
"$GAPSCORE" score -q -i hostile.csv -a hostile-ans.csv -o host --charts none
"$GAPSCORE" trend -q -i hostile.csv -a hostile-ans.csv -o hosttr --charts none
for f in host/scores.csv hosttr/XEA/trend.csv; do
	check "$f: formula-like titles are neutralised" sh -c '
		grep -qF ",\"'"'"'=HYPERLINK(\"\"x\"\")\"," "$1" &&
		grep -qF ",'"'"'-2+3," "$1" && grep -qF ",'"'"'@SUM(A1)," "$1" &&
		grep -qF ",'"'"'+1," "$1"' sh "$f"
	check "$f: no cell starts a formula; numbers stay numbers" python3 -c '
import csv, re, sys
for row in csv.reader(open(sys.argv[1], newline="")):
    for cell in row:
        if cell[:1] in ("=", "+", "@", "\t", "\r") or (
                cell[:1] == "-" and not re.fullmatch(r"-[0-9.]+", cell)):
            sys.exit("formula-like cell: %r" % cell)' "$f"
done
check "trend.csv writes a negative change as a number" \
	grep -qF "XEA,article,UNTOC,6,'-2+3,legislative,2027,0,0,-1,-1," \
	hosttr/XEA/trend.csv
check "the neutralised tables still match their JSON" sh -c '
	python3 "$1" scores host && python3 "$1" trend hosttr' sh "$SCORES"

finish

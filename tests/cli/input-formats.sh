#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# input-formats.sh - the files missions have (README, "Files from
# spreadsheets and survey tools"): a ';'-separated file with decimal
# commas, a KoboToolbox and an ODK Central export of the wide layout
# (metadata columns, group prefixes, select_multiple answers) validate
# and score exactly as their long equivalents (tests/fixtures/*-long.csv,
# written by hand); a Windows-1252, a UTF-16 and an XLSX file each get
# one message saying what they are and how to save them; answers naming
# an instrument no loaded set holds get one counting line and a hint.
. "$top_srcdir/tests/cli/setup.sh"
cd "$TMP"
FIX="$top_srcdir/tests/fixtures"
cp "$DATA/indicators.csv" .
cp "$FIX"/*.csv .

# same_report NAME: NAME.csv and NAME-long.csv give the same report (but
# for the list of the files read).
same_report() {
	"$GAPSCORE" score -q -i indicators.csv -a "$1.csv" -o "r-$1" \
		--charts none &&
	"$GAPSCORE" score -q -i indicators.csv -a "$1-long.csv" \
		-o "l-$1" --charts none &&
	strip_inputs "r-$1/XEA/2026/report.json" \
		"l-$1/XEA/2026/report.json" &&
	cmp "r-$1/XEA/2026/report.json" "l-$1/XEA/2026/report.json"
}

# score_of DIR ID: the consensus score of indicator ID in DIR's report.
score_of() {
	python3 -c '
import json, sys
def walk(o):
    if isinstance(o, dict):
        if o.get("id") == sys.argv[2] and "experts" in o:
            print(o["score"])
        for v in o.values():
            walk(v)
    elif isinstance(o, list):
        for v in o:
            walk(v)
walk(json.load(open(sys.argv[1])))' "$1/XEA/2026/report.json" "$2"
}

# refused FILE STATUS: run validate on FILE; its stderr in err.
refused() {
	set +e
	"$GAPSCORE" validate -i indicators.csv -a "$1" >out 2>err
	status=$?
	set -e
}

# --- a ';' file with decimal commas
"$GAPSCORE" validate -i indicators.csv -a semicolon-decimal.csv >out
printf '%s\n' "10 indicators in 2 instruments from 1 file" \
	"8 answers in 1 assessment from 1 file" valid >want
check "a ';' file with decimal commas validates" cmp out want
check "a ';' file scores as its ',' equivalent with points" \
	same_report semicolon-decimal
# T5.I2 scale:1-5: 2,5 -> 0.375 and 4 -> 0.75, median 0.5625; T6.I1
# percent reversed: 12,5 -> 0.875 and 37.5 -> 0.625, median 0.75.
check "2,5 on a 1-5 scale is 2.5" test "$(score_of r-semicolon-decimal T5.I2)" = 0.5625
check "12,5 percent is 12.5" test "$(score_of r-semicolon-decimal T6.I1)" = 0.75
set +e
"$GAPSCORE" validate -i indicators.csv --delimiter , -a semicolon-decimal.csv 2>err
status=$?
set -e
printf '%s\n' "gapscore: semicolon-decimal.csv:1:country;round;expert;indicator;answer;confidence;evidence: error: the header is one column that holds ';': the file seems to be separated by ';', but it was read with ','; expected it read with ';', or with the delimiter told from its header" \
	"gapscore: note: 1 error; nothing was written" >want
check "--delimiter , on a ';' file is one error, exit 1" \
	sh -c 'test "$1" -eq 1 && cmp err want' sh "$status"
"$GAPSCORE" validate -q -i indicators.csv --delimiter semicolon \
	-a semicolon-decimal.csv -a semicolon-decimal.csv 2>err || true
check "--delimiter semicolon applies to every file, indicators too" \
	grep -qF "indicators.csv:1:id,instrument," err

# --- survey exports
"$GAPSCORE" validate -i indicators.csv -a kobo-export.csv >out
printf '%s\n' "10 indicators in 2 instruments from 1 file" \
	"14 answers in 1 assessment from 1 file" \
	"completeness (country round expert instrument):" \
	"  XEA 2026 e1 TOY: 7 answered, 0 missing, 0 n/a with a reason, 0 n/a without" \
	"  XEA 2026 e2 TOY: 6 answered, 1 missing, 0 n/a with a reason, 0 n/a without" \
	valid >want
check "a KoboToolbox export validates, metadata ignored" cmp out want
check "a KoboToolbox export scores as its long equivalent" \
	same_report kobo-export
"$GAPSCORE" validate -i indicators.csv -a odk-central-export.csv >out
printf '%s\n' "10 indicators in 2 instruments from 1 file" \
	"12 answers in 1 assessment from 1 file" \
	"completeness (country round expert instrument):" \
	"  XEA 2026 e3 TOY: 6 answered, 0 missing, 0 n/a with a reason, 0 n/a without" \
	"  XEA 2026 e4 TOY: 5 answered, 1 missing, 0 n/a with a reason, 0 n/a without" \
	valid >want
check "an ODK Central export validates, metadata ignored" cmp out want
check "an ODK Central export scores as its long equivalent" \
	same_report odk-central-export
# choice none=0, draft=0.25, enacted=1: "draft enacted" is 1 (and
# "enacted" 1); "none draft" is 0.25 (and "enacted" 1), median 0.625.
check "select_multiple 'draft enacted' scores as enacted" \
	test "$(score_of r-kobo-export T6.L1)" = 1
check "select_multiple 'none draft' scores as draft" \
	test "$(score_of r-odk-central-export T6.L1)" = 0.625
sed 's/;e1;yes;partial;/;e1;yes no;partial;/' kobo-export.csv >kobo-yesno.csv
refused kobo-yesno.csv
printf '%s\n' "gapscore: kobo-yesno.csv:2:untoc_art5/T5.L1: error: answer 'yes no' names 2 answers, as a select_multiple question exports several choices; expected yes or no, n/a, unknown or an empty cell: the indicator takes one answer, so make the question select_one in the form (indicator 'T5.L1')" \
	"gapscore: note: 1 error; nothing was written" >want
check "several yes/no answers are one error naming the column" \
	sh -c 'test "$1" -eq 1 && cmp err want' sh "$status"

# --- encodings and formats refused, one message each
refused cp1252.csv
printf '%s\n' "gapscore: cp1252.csv:2:evidence: error: invalid UTF-8 at byte 7 of the field (0xe9, 'é' in Windows-1252): the file looks like Windows-1252 / Latin-1, not UTF-8; save it as \"CSV UTF-8 (Comma delimited)\" (Excel: File > Save As), or as Text CSV with the character set \"Unicode (UTF-8)\" (LibreOffice Calc) (stopped reading this file)" \
	"gapscore: note: 1 error; nothing was written" >want
check "a Windows-1252 file is one message, exit 1" \
	sh -c 'test "$1" -eq 1 && cmp err want' sh "$status"
refused utf16.csv
printf '%s\n' "gapscore: utf16.csv:1:1: error: file is UTF-16 (little-endian), not UTF-8, as Excel writes \"Unicode Text\": save it as \"CSV UTF-8 (Comma delimited)\" (Excel: File > Save As), or as Text CSV with the character set \"Unicode (UTF-8)\" (LibreOffice Calc)" \
	"gapscore: note: 1 error; nothing was written" >want
check "a UTF-16 file is one message, exit 1" \
	sh -c 'test "$1" -eq 1 && cmp err want' sh "$status"
printf 'PK\003\004\024\000\006\000\010\000\000\000!\000' >answers.xlsx
# As answers, a workbook is read (docs/xlsx.md): this one is cut short.
refused answers.xlsx
printf '%s\n' "gapscore: answers.xlsx: error: the ZIP archive is damaged: its directory cannot be read (was the file cut short?); expected a whole .xlsx workbook" \
	"gapscore: note: 1 error; nothing was written" >want
check "a cut-short XLSX workbook of answers is one message, exit 1" \
	sh -c 'test "$1" -eq 1 && cmp err want' sh "$status"
# As an indicator set, which is read from CSV only, it is refused.
set +e
"$GAPSCORE" validate -i answers.xlsx -a semicolon-decimal.csv >out 2>err
status=$?
set -e
printf '%s\n' "gapscore: answers.xlsx:1:1: error: this is an XLSX workbook (or another ZIP file), not CSV text: save it as \"CSV UTF-8 (Comma delimited)\" (Excel: File > Save As), or as Text CSV with the character set \"Unicode (UTF-8)\" (LibreOffice Calc), one file per sheet" \
	"gapscore: note: 1 error; nothing was written" >want
check "an XLSX workbook as an indicator set is one message, exit 1" \
	sh -c 'test "$1" -eq 1 && cmp err want' sh "$status"

# --- answers naming a set that is not loaded
mkdir indicators
GAPSCORE_INDICATORS=indicators
export GAPSCORE_INDICATORS
cp "$top_srcdir/indicators/tip.csv" indicators/
{
	echo country,round,expert,indicator,answer
	awk -F, 'NR > 1 && NR <= 13 { print "XEA,2026,e1," $1 ",yes" }' \
		indicators/tip.csv
} >tip-answers.csv
refused tip-answers.csv
{
	for i in 1 2 3 4 5; do
		echo "gapscore: tip-answers.csv:$((i + 1)):indicator: error: unknown indicator 'TIP.5.L0$i'; expected an id from the loaded indicator sets"
	done
	echo "gapscore: tip-answers.csv:2:indicator: error: 12 answers name TIP indicators, which no loaded set holds (the first 5 are shown); expected ids of the loaded indicator sets"
	echo "gapscore: note: 12 answers name TIP indicators: load indicators/tip.csv (-i tip)"
	echo "gapscore: note: 6 errors; nothing was written"
} >want
check "12 TIP answers are 5 errors, a count and a hint" \
	sh -c 'test "$1" -eq 1 && cmp err want' sh "$status"
finish

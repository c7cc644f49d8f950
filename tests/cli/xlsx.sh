#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# xlsx.sh - XLSX end to end: "template --format xlsx" writes a workbook
# (the same bytes run to run) whose XML has the dropdowns, the frozen
# header, the protection with open answer cells and, for Arabic, right
# to left sheets; filled by a script (openpyxl) as an expert would, it
# validates and scores exactly like the same answers typed into the CSV
# template; plan and compare --format xlsx write workbooks holding their
# CSV tables. The broken workbooks' messages are in messages.table.
. "$top_srcdir/tests/cli/setup.sh"
FILL="$top_srcdir/tests/cli/xlsx-fill.py"
SETS="$top_srcdir/indicators"
I="-i $SETS/untoc.csv -i $SETS/tip.csv -i $SETS/som.csv -i $SETS/fp.csv"
EX="$top_srcdir/examples/answers"
cd "$TMP"

# A python with openpyxl (Debian's python3-openpyxl is installed for
# /usr/bin/python3, which another python3 on PATH may hide).
PY=
for p in python3 /usr/bin/python3; do
	if "$p" -c 'import openpyxl' 2>/dev/null; then
		PY=$p
		break
	fi
done

# part BOOK PART: one part of the workbook (sheet:NAME for a sheet).
part() {
	python3 "$FILL" part "$1" "$2"
}

# has BOOK PART TEXT: does the part hold TEXT?
has() {
	part "$1" "$2" | grep -qF "$3"
}

"$GAPSCORE" template $I --country XEA --round 2026 --expert xea-justice \
	-o t.xlsx >/dev/null
"$GAPSCORE" template $I --country XEA --round 2026 --expert xea-justice \
	--format xlsx -o - >t2.xlsx
"$GAPSCORE" template $I --country XEA --round 2026 --expert xea-justice \
	-o t.csv >/dev/null
check "template -o NAME.xlsx writes a workbook" sh -c \
	'head -c 4 t.xlsx | od -c | grep -q "P   K 003 004"'
check "the workbook is the same bytes run to run (and on stdout)" \
	cmp t.xlsx t2.xlsx
check "the workbook has one sheet per instrument, in set order" sh -c '
	python3 "$1" part t.xlsx xl/workbook.xml |
	grep -o "<sheet name=\"[^\"]*\"" | cut -d\" -f2 | tr "\n" " " |
	grep -qx "UNTOC TIP SOM FP "
' sh "$FILL"
check "the header row is frozen" has t.xlsx sheet:TIP \
	'<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" '\
'state="frozen"/>'
check "the sheets are protected" has t.xlsx sheet:UNTOC \
	'<sheetProtection sheet="1"'
check "a yes/partial/no answer cell has a dropdown of its answers" \
	has t.xlsx sheet:UNTOC \
	'sqref="E2"><formula1>"yes,partial,no,n/a,unknown"</formula1>'
check "a confidence cell has a dropdown" has t.xlsx sheet:UNTOC \
	'sqref="F2"><formula1>"low,medium,high"</formula1>'
check "every answer cell but a text one has a rule" sh -c '
	want=$(python3 -c "import csv, sys
print(sum(1 for r in csv.DictReader(open(sys.argv[1]))
          if r[\"instrument\"] == \"UNTOC\" and r[\"answer_type\"] != \"text\"))
" t.csv)
	rules=$(python3 "$1" part t.xlsx sheet:UNTOC |
		grep -o "sqref=\"E[0-9]*\"" | wc -l)
	test "$want" -gt 100 && test "$rules" -eq "$want"' sh "$FILL"
check "a number answer cell has a rule for numbers" has t.xlsx sheet:UNTOC \
	'<formula1>OR(ISNUMBER('
check "the template is left to right without --lang ar" sh -c '
	! python3 "$1" part t.xlsx sheet:UNTOC | grep -q rightToLeft' sh "$FILL"

# Right to left: a set with Arabic questions.
printf '%s\n' \
	'id,instrument,article,dimension,question,answer_type,question@ar' \
	'A1,UNTOC,5,legislative,Is it an offence?,yesno,هل هي جريمة؟' >ar.csv
"$GAPSCORE" template -i ar.csv --country XEA --round 1 --expert a \
	--lang ar -o ar.xlsx >/dev/null
check "--lang ar lays the sheets out right to left" has ar.xlsx sheet:UNTOC \
	'<sheetView rightToLeft="1"'
check "--lang ar writes the Arabic question" has ar.xlsx xl/sharedStrings.xml \
	'هل هي جريمة؟'

check "the blank workbook validates, reported as blank" sh -c '
	"$1" validate $2 -a t.xlsx | grep -qx "blank: no question is answered"' \
	sh "$GAPSCORE" "$I"

if [ -z "$PY" ]; then
	for name in "answer cells are unlocked" "help cells are locked" \
		"the filled workbook validates" \
		"the filled workbook scores like the CSV" \
		"plan.xlsx holds plan.csv" "compare.xlsx holds compare.csv" \
		"compare.xlsx holds compare-groups.csv" \
		"the workbooks in --lang"; do
		skip "$name" "no python3 with openpyxl (python3-openpyxl)"
	done
	finish
	exit
fi

check "answer cells are unlocked" sh -c '
	test "$("$1" "$2" locked t.xlsx TIP E2)" = unlocked &&
	test "$("$1" "$2" locked t.xlsx TIP I2)" = unlocked' sh "$PY" "$FILL"
check "help cells are locked" sh -c '
	test "$("$1" "$2" locked t.xlsx TIP D2)" = locked &&
	test "$("$1" "$2" locked t.xlsx TIP J2)" = locked &&
	test "$("$1" "$2" locked t.xlsx TIP S2)" = locked' sh "$PY" "$FILL"

# Fill both templates with the same expert's answers, then score both.
"$PY" "$FILL" fill-xlsx t.xlsx "$EX/XEA-2026.csv" xea-justice filled.xlsx
"$PY" "$FILL" fill-csv t.csv "$EX/XEA-2026.csv" xea-justice filled.csv
check "the filled workbook validates" sh -c '
	"$1" validate $2 -a filled.xlsx >v.out && grep -qx valid v.out &&
	grep -q "^382 answers in 1 assessment" v.out' sh "$GAPSCORE" "$I"
"$GAPSCORE" score -q $I -a filled.xlsx -o from-xlsx --charts none
"$GAPSCORE" score -q $I -a filled.csv -o from-csv --charts none
# The two read other files: their reports' lists of inputs differ.
strip_inputs from-xlsx/XEA/2026/report.json from-csv/XEA/2026/report.json
check "the filled workbook scores like the CSV" sh -c '
	for f in report.json report.html; do
		sed "s/filled\.xlsx/INPUT/g" from-xlsx/XEA/2026/$f >x.$f
		sed "s/filled\.csv/INPUT/g" from-csv/XEA/2026/$f >c.$f
		cmp x.$f c.$f || exit 1
	done
	grep -q "\"evidence\"" c.report.json'

A=
for f in "$EX"/*.csv; do
	A="$A -a $f"
done
"$GAPSCORE" plan -q $I $A -o plan --format xlsx
"$GAPSCORE" plan -q $I $A -o plan-csv
check "plan.xlsx holds plan.csv" "$PY" "$FILL" same-table plan/plan.xlsx \
	plan plan/plan.csv
check "plan without --format xlsx writes no workbook" \
	test ! -e plan-csv/plan.xlsx
"$GAPSCORE" compare -q $I $A -o cmp --format xlsx --charts none
check "compare.xlsx holds compare.csv" "$PY" "$FILL" same-table \
	cmp/compare.xlsx countries cmp/compare.csv
check "compare.xlsx holds compare-groups.csv" "$PY" "$FILL" same-table \
	cmp/compare.xlsx groups cmp/compare-groups.csv
"$GAPSCORE" plan -q $I $A -o alone.xlsx
"$GAPSCORE" compare -q $I $A -o alone-cmp.xlsx
check "plan -o NAME.xlsx writes the same workbook, alone" \
	cmp alone.xlsx plan/plan.xlsx
check "compare -o NAME.xlsx writes the same workbook, alone" \
	cmp alone-cmp.xlsx cmp/compare.xlsx
check "plan.xlsx numbers are numbers" has plan/plan.xlsx sheet:plan \
	'<c r="I2" s="1"><v>'
# ------------------------------------------------ the workbooks in --lang
# What a reader sees besides the rows (sheet names, headings, the notes
# on the template's header, the rules' messages, the review marks) is in
# the language; no line of it may be one of these English words, nor
# hold one of the English phrases after them.
ENGLISH='Country
Round
Indicator
Answer
Confidence
Evidence
Good practice
Comment
Allowed answers
Answer type
Article title
Depends on
Guide reference
Language of the answers
Review
prefilled
Kind of need
Priority
Gap
Coverage
Rating
Categories
Activity
Beneficiaries
Cluster
Measure
Baseline score
Baseline rating
Target score
Target rating
Indicators
Recommendations
Guide references
Model law
Rank
Not ranked because
Overall gap
Group
plan
countries
groups'
PHRASES='Allowed:
; or n/a
yes or no
partial or no
a number
one of 
free text'
"$GAPSCORE" template $I --country XEA --round 2026 --expert xea-justice \
	--lang en -o en.xlsx >/dev/null
"$PY" "$FILL" fill-xlsx en.xlsx "$EX/XEA-2026.csv" xea-justice en-filled.xlsx
"$GAPSCORE" score -q $I -a en-filled.xlsx -o out-en --charts none
strip_inputs_tree out-en
"$PY" "$FILL" rows t.xlsx UNTOC | sed -n 1p >header.en
for lang in fr es ru ar zh; do
	"$GAPSCORE" template $I --country XEA --round 2026 \
		--expert xea-justice --lang "$lang" --prefill "$EX/XEA-2026.csv" \
		-o "pre-$lang.xlsx" >/dev/null
	"$GAPSCORE" plan -q $I $A --lang "$lang" -o "plan-$lang.xlsx"
	"$GAPSCORE" compare -q $I $A --lang "$lang" -o "cmp-$lang.xlsx"
	for b in pre plan cmp; do
		"$PY" "$FILL" words "$b-$lang.xlsx"
	done >"words-$lang"
	check "$lang: the workbooks' words are translated" sh -c '
		test "$(wc -l <"$1")" -gt 1000 &&
		! printf "%s\n" "$2" | grep -xF -f - "$1" &&
		! printf "%s\n" "$3" | grep -F -f - "$1"' \
		sh "words-$lang" "$ENGLISH" "$PHRASES"
	check "$lang: the template's header keeps the column names" sh -c '
		"$1" "$2" rows "$3" UNTOC | sed -n 1p | cmp -s - header.en' \
		sh "$PY" "$FILL" "pre-$lang.xlsx"
	"$GAPSCORE" template $I --country XEA --round 2026 \
		--expert xea-justice --lang "$lang" -o "$lang.xlsx" >/dev/null
	"$PY" "$FILL" fill-xlsx "$lang.xlsx" "$EX/XEA-2026.csv" xea-justice \
		"$lang-filled.xlsx"
	check "$lang: the filled workbook validates" sh -c '
		"$1" validate $2 -a "$3" >v.out && grep -qx valid v.out &&
		grep -q "^382 answers in 1 assessment" v.out' \
		sh "$GAPSCORE" "$I" "$lang-filled.xlsx"
	check "$lang: the prefilled workbook validates" sh -c '
		"$1" validate $2 -a "$3" | tail -n 1 | grep -qx valid' \
		sh "$GAPSCORE" "$I" "pre-$lang.xlsx"
	"$GAPSCORE" score -q $I -a "$lang-filled.xlsx" -o "out-$lang" \
		--charts none
	strip_inputs_tree "out-$lang"
	check "$lang: the filled workbook scores like the English one" \
		diff -r -x '*.html' out-en "out-$lang"
done
finish

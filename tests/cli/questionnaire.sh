#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# questionnaire.sh - a questionnaire per expert: template selects by
# article (lists, ranges), cluster, category, beneficiary and dimension,
# so an FIU-only sheet holds only the FIU's questions; a template in each
# language filled with that language's answer words validates and scores
# like the English one; --prefill fills in an expert's (or a merged
# sheet's) latest answers marked review=prefilled, in CSV and XLSX; and
# validate reports blank and incomplete sheets, --require-complete
# failing them.
. "$top_srcdir/tests/cli/setup.sh"
IND="$top_srcdir/indicators"
EX="$top_srcdir/examples/answers"
WORDS="$top_srcdir/tests/cli/answer-words.py"
SETS="-i $IND/untoc.csv -i $IND/tip.csv -i $IND/som.csv -i $IND/fp.csv"
cd "$TMP"

# tpl ARGS...: a template of expert e1 for XEA 2027 from the four sets.
tpl() {
	# shellcheck disable=SC2086
	"$GAPSCORE" template $SETS --country XEA --round 2027 --expert e1 "$@"
}

# want_ids FILTER: the ids of the shipped sets whose row FILTER (a Python
# expression over r) holds, one a line.
want_ids() {
	python3 - "$1" "$IND"/untoc.csv "$IND"/tip.csv "$IND"/som.csv \
		"$IND"/fp.csv <<'PY'
import csv, sys
for path in sys.argv[2:]:
    for r in csv.DictReader(open(path, encoding="utf-8")):
        if eval("(" + sys.argv[1] + ")"):
            print(r["id"])
PY
}

# ids SHEET: the indicator ids of a CSV template, one a line.
ids() {
	python3 -c 'import csv, sys
for r in csv.DictReader(open(sys.argv[1], encoding="utf-8")):
    print(r["indicator"])' "$1"
}

# ------------------------------------------------------------ selection
tpl --beneficiary fiu -o fiu.csv
want_ids '"fiu" in r["beneficiary"].split(";")' >want
ids fiu.csv >got
check "an FIU-only template has exactly the FIU's questions" cmp want got
check "the FIU's questions are a few, not all" sh -c '
	test "$(wc -l <got)" -gt 0 && test "$(wc -l <got)" -lt 50'
tpl --article 5,6 --article 34-35 --dimension legislative -o art.csv
want_ids 'r["article"] in ("5", "6", "34", "35") and
	r["dimension"] == "legislative"' >want
ids art.csv >got
check "--article 5,6 --article 34-35 --dimension legislative" cmp want got
tpl --cluster international-cooperation --category capacity-building \
	--instrument UNTOC -o and.csv
want_ids 'r["instrument"] == "UNTOC" and
	r["cluster"] == "international-cooperation" and
	"capacity-building" in r["ta_category"].split(";")' >want
ids and.csv >got
check "--cluster, --category and --instrument combine with AND" sh -c '
	test -s want && cmp want got'
tpl --beneficiary fiu --beneficiary customs --dimension implementation \
	-o or.csv
want_ids 'bool({"fiu", "customs"} & set(r["beneficiary"].split(";")))
	and r["dimension"] == "implementation"' >want
ids or.csv >got
check "repeated --beneficiary is OR, then AND with --dimension" cmp want got
check "the template carries obligation and guide_ref" sh -c '
	head -n 1 fiu.csv | grep -q ",obligation,guide_ref,lang,review\$" &&
	grep -q ",mandatory,\"Legislative Guide" fiu.csv'
check "a selection with no question is an error" sh -c '
	! "$1" template -i "$2" --country XEA --round 1 --expert e \
		--article 999 -o none.csv 2>err && grep -q "no indicator" err &&
	test ! -e none.csv' sh "$GAPSCORE" "$IND/untoc.csv"

# ------------------------------------- a template in each language
tpl --instrument UNTOC --lang en -o en.csv 2>/dev/null
python3 "$WORDS" --fill en en.csv "$EX/XEA-2026.csv" xea-justice en-filled.csv
"$GAPSCORE" score -q $SETS -a en-filled.csv --charts none -o out-en
strip_inputs_tree out-en
for lang in fr es ru ar zh; do
	tpl --instrument UNTOC --lang "$lang" -o "$lang.csv" 2>/dev/null
	python3 "$WORDS" --fill "$lang" "$lang.csv" "$EX/XEA-2026.csv" \
		xea-justice "$lang-filled.csv"
	check "$lang: the template says lang $lang and is filled in its words" \
		sh -c 'sed -n 2p "$1-filled.csv" | grep -q ",$1,\$" &&
		! cmp -s en-filled.csv "$1-filled.csv"' sh "$lang"
	check "$lang: the filled template validates" \
		"$GAPSCORE" validate -q $SETS -a "$lang-filled.csv"
	"$GAPSCORE" score -q $SETS -a "$lang-filled.csv" --charts none \
		-o "out-$lang"
	strip_inputs_tree "out-$lang"
	check "$lang: it scores like the English one" \
		diff -r -x '*.html' out-en "out-$lang"
done

# ------------------------------------------------------------- prefill
"$GAPSCORE" template $SETS --country XEA --round 2027 --expert xea-fiu \
	--prefill "$EX/XEA-2026.csv" -o pre.csv
check "prefilled rows hold the expert's 2026 answers and evidence" \
	python3 - pre.csv "$EX/XEA-2026.csv" <<'PY'
import csv, sys
old = {r["indicator"]: r for r in csv.DictReader(open(sys.argv[2]))
       if r["expert"] == "xea-fiu" and r["answer"]}
rows = list(csv.DictReader(open(sys.argv[1])))
marked = [r for r in rows if r["review"] == "prefilled"]
assert len(marked) == len(old) > 0, (len(marked), len(old))
for r in marked:
    o = old[r["indicator"]]
    assert r["answer"] == o["answer"] and r["evidence"] == o["evidence"], r
    assert r["round"] == "2027"
for r in rows:
    if r["review"] != "prefilled":
        assert r["answer"] == "" and r["indicator"] not in old, r
PY
check "the prefilled template validates" \
	"$GAPSCORE" validate -q $SETS -a pre.csv
check "the prefilled template scores" \
	"$GAPSCORE" score -q $SETS -a pre.csv --charts none -o out-pre
"$GAPSCORE" merge $SETS -a "$EX/XEA-2026.csv" -o merged.csv
"$GAPSCORE" template $SETS --country XEA --round 2027 --expert newcomer \
	--prefill merged.csv --instrument TIP -o pre-m.csv
check "a merged sheet prefills a newcomer's template with its consensus" \
	sh -c 'test "$(grep -c ",prefilled\$" pre-m.csv)" -gt 10 &&
	grep -q "^XEA,2027,newcomer,TIP\." pre-m.csv'
"$GAPSCORE" template $SETS --country XEB --round 2027 --expert xea-fiu \
	--prefill "$EX/XEA-2026.csv" -o pre-none.csv 2>none.err
check "nothing to prefill is a warning and a blank sheet" sh -c '
	grep -q "warning: .* holds no answer of expert .xea-fiu." none.err &&
	! grep -q prefilled pre-none.csv'
printf 'country,round,expert,indicator,answer\nXEA,2026,e1,UNTOC.5.L01,maybe\n' \
	>bad-prior.csv
check "an invalid --prefill file is an error and writes nothing" sh -c '
	! "$1" template -i "$2" --country XEA --round 1 --expert e1 \
		--prefill bad-prior.csv -o bad.csv 2>err &&
	grep -q "bad-prior.csv:2:answer: error" err && test ! -e bad.csv' \
	sh "$GAPSCORE" "$IND/untoc.csv"
# A python with openpyxl (Debian's is for /usr/bin/python3), as xlsx.sh.
PY=
for p in python3 /usr/bin/python3; do
	if "$p" -c 'import openpyxl' 2>/dev/null; then
		PY=$p
		break
	fi
done
if [ -n "$PY" ]; then
	"$GAPSCORE" template $SETS --country XEA --round 2027 \
		--expert xea-fiu --prefill "$EX/XEA-2026.csv" -o pre.xlsx
	check "XLSX: prefilled cells are marked, italic on orange" \
		"$PY" - pre.xlsx <<'PY'
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
n = 0
for ws in wb.worksheets:
    head = [c.value for c in ws[1]]
    a, rv = head.index("answer"), head.index("review")
    for row in ws.iter_rows(min_row=2):
        if row[rv].value == "prefilled":
            n += 1
            cell = row[a]
            assert cell.value, cell
            assert cell.font.i, cell
            assert cell.fill.fgColor.rgb.endswith("F8CBAD"), cell.fill
            assert not cell.protection.locked
        else:
            assert row[a].value is None
assert n > 0
PY
	check "XLSX: the prefilled workbook validates" sh -c '
		"$1" validate $2 -a pre.xlsx | tail -n 1 | grep -qx valid' \
		sh "$GAPSCORE" "$SETS"
else
	skip "XLSX: prefilled cells are marked, italic on orange" "no openpyxl"
	skip "XLSX: the prefilled workbook validates" "no openpyxl"
fi

# ------------------------------------------------------ completeness
"$GAPSCORE" validate $SETS -a fiu.csv >blank.out
check "a blank template is reported as blank, not valid" sh -c '
	tail -n 1 blank.out | grep -qx "blank: no question is answered" &&
	grep -qx "  XEA 2027 e1 UNTOC: 0 answered, [0-9]* missing, 0 n/a with a reason, 0 n/a without (blank)" blank.out'
set +e
"$GAPSCORE" validate -q $SETS -a fiu.csv --require-complete 2>req.err
status=$?
set -e
check "--require-complete: a blank template exits 1" test "$status" -eq 1
check "--require-complete names FILE:LINE:answer of each missing answer" \
	grep -q "^gapscore: fiu.csv:2:answer: error: answer of expert 'e1' to '[A-Z]*\.[0-9]*\.[A-Z0-9]*' is missing; expected an answer or n/a (--require-complete)" \
	req.err
printf '%s\n' 'country,round,expert,indicator,answer,evidence' \
	'XEA,2026,e1,UNTOC.5.L01,yes,' 'XEA,2026,e1,UNTOC.7.L02,n/a,Act s. 2' \
	'XEA,2026,e1,UNTOC.7.L03,n/a,' 'XEA,2026,e1,TIP.5.L01,,' \
	'XEA,2026,e2,UNTOC.5.L01,no,' >some.csv
"$GAPSCORE" validate $SETS -a some.csv >some.out
printf '%s\n' "382 indicators in 4 instruments from 4 files" \
	"5 answers in 1 assessment from 1 file" \
	"completeness (country round expert instrument):" \
	"  XEA 2026 e1 UNTOC: 1 answered, 0 missing, 1 n/a with a reason, 1 n/a without" \
	"  XEA 2026 e1 TIP: 0 answered, 1 missing, 0 n/a with a reason, 0 n/a without (blank)" \
	"  XEA 2026 e2 UNTOC: 1 answered, 0 missing, 0 n/a with a reason, 0 n/a without" \
	valid >some.want
check "completeness per expert and instrument, counted by hand" \
	diff some.want some.out
grep -v ',,$' some.csv >complete.csv
check "--require-complete passes answers with none missing" \
	"$GAPSCORE" validate -q $SETS -a complete.csv --require-complete
# Follow-ups: UNTOC.24.L02 asks unless UNTOC.24.L01 is no; UNTOC.5.L03
# unless UNTOC.5.L02 is no. e1 says no to 24.L01 and yes to 5.L02, and
# leaves both follow-ups empty: 24.L02 is not asked, 5.L03 is missing.
printf '%s\n' 'country,round,expert,indicator,answer' \
	'XEA,2026,e1,UNTOC.24.L01,no' 'XEA,2026,e1,UNTOC.24.L02,' \
	'XEA,2026,e1,UNTOC.5.L02,yes' 'XEA,2026,e1,UNTOC.5.L03,' >follow.csv
"$GAPSCORE" validate $SETS -a follow.csv >follow.out
check "a follow-up its parent's answer does not ask is not missing" \
	grep -qx "  XEA 2026 e1 UNTOC: 2 answered, 1 missing, 0 n/a with a reason, 0 n/a without, 1 not asked" follow.out
set +e
"$GAPSCORE" validate -q $SETS -a follow.csv --require-complete 2>follow.err
set -e
check "--require-complete asks for the follow-up that is asked only" sh -c '
	grep -q "follow.csv:5:answer: error: .*UNTOC.5.L03" "$1" &&
	! grep -q "UNTOC.24.L02" "$1"' sh follow.err
finish

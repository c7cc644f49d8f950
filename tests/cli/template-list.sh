#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# template-list.sh - gapscore template and gapscore list: a blank sheet
# has one row per chosen indicator, in set order, and validates blank and
# filled without warnings; --lang falls back to the sets' own text; list
# filters by instrument, article, crime type and words.
. "$top_srcdir/tests/cli/setup.sh"
IND="$top_srcdir/indicators"
LANG_SET="$DATA/lang-indicators.csv"
cd "$TMP"

# shipped COMMAND ARGS...: run gapscore COMMAND on the four shipped sets.
shipped() {
	cmd=$1
	shift
	"$GAPSCORE" "$cmd" -i "$IND/untoc.csv" -i "$IND/tip.csv" \
		-i "$IND/som.csv" -i "$IND/fp.csv" "$@"
}

# validates_quietly INDICATORS ANSWERS: valid, and nothing on stderr.
validates_quietly() {
	"$GAPSCORE" validate -q -i "$1" -a "$2" 2>vq.err && [ ! -s vq.err ] ||
		{ cat vq.err; return 1; }
}

# rows FILE: the number of rows of a template (no field spans lines).
rows() {
	echo $(($(wc -l <"$1") - 1))
}

header="country,round,expert,indicator,answer,confidence,evidence,good_practice,comment,question,allowed_answers,answer_type,instrument,article,article_title,dimension,paragraph,depends_on,obligation,guide_ref,lang,review"

# ---------------------------------------------------------------- template
"$GAPSCORE" template -i "$DATA/indicators.csv" --country XEA --round 2026 \
	--expert alpha -o sheet.csv
check "the template starts with the answers and help columns" sh -c '
	test "$(head -n 1 sheet.csv)" = "$1"' sh "$header"
check "the template is UTF-8 without a byte order mark" sh -c '
	test "$(head -c 3 sheet.csv | od -An -tx1 | tr -d " ")" = "636f75"'
check "one row per indicator, in set order, for the expert" sh -c '
	sed 1d "$1" | cut -d, -f1 >want &&
	sed 1d sheet.csv | cut -d, -f4 >got && cmp want got &&
	test -z "$(sed 1d sheet.csv | grep -v "^XEA,2026,alpha,[^,]*,,,,,,")"' \
	sh "$DATA/indicators.csv"
check "each row says what may be answered" sh -c '
	grep -q "^XEA,2026,alpha,T6.L1,,,,,,Status of the anti-laundering law?,\"one of none, draft, enacted; or n/a, unknown\",choice:none|draft|enacted,TOY,6,Criminalization of laundering,legislative,," sheet.csv &&
	grep -q "^XEA,2026,alpha,T5.L3,.*,T5.L1=yes,[a-z]*,.*,,\$" sheet.csv'
check "the blank template validates without warnings" \
	validates_quietly "$DATA/indicators.csv" sheet.csv
"$GAPSCORE" template -i "$DATA/indicators.csv" --country XEA --round 2026 \
	--expert alpha -o - >stdout.csv
check "-o - writes the same sheet to standard output" cmp sheet.csv stdout.csv

# Fill the sheet as an expert would, one valid answer per answer type.
if command -v python3 >/dev/null 2>&1; then
	python3 - sheet.csv filled.csv <<'EOF'
import csv, sys
with open(sys.argv[1], newline="", encoding="utf-8") as f:
    rows = list(csv.DictReader(f))
def answer(t):
    kind, _, spec = t.partition(":")
    if kind == "yesno":
        return "Yes"
    if kind == "yesnopartial":
        return "partial"
    if kind == "scale":
        return spec.rsplit("-", 1)[1]
    if kind == "percent":
        return "50"
    if kind == "number":
        return "3"
    if kind == "choice":
        return spec.split("|")[0]
    return "AB-12"
with open(sys.argv[2], "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=list(rows[0].keys()))
    w.writeheader()
    for r in rows:
        r["answer"] = answer(r["answer_type"])
        r["confidence"] = "high"
        r["evidence"] = "Penal Code, art. 5"
        w.writerow(r)
EOF
	check "a filled template validates without warnings" \
		validates_quietly "$DATA/indicators.csv" filled.csv
	check "a filled template can be scored" \
		"$GAPSCORE" score -q -i "$DATA/indicators.csv" -a filled.csv \
		-o rep --charts none
else
	ok "a filled template validates without warnings # SKIP no python3"
	ok "a filled template can be scored # SKIP no python3"
fi

shipped template --country XEA --round 2026 --expert beta -o all.csv
n=$(shipped validate | sed -n 's/^\([0-9]*\) indicators in .*/\1/p')
check "the template of the shipped sets has one row per indicator" \
	test "$(rows all.csv)" -eq "$n"
check "the template of the shipped sets validates without warnings" sh -c '
	"$0" validate -q -i "$1/untoc.csv" -i "$1/tip.csv" -i "$1/som.csv" \
		-i "$1/fp.csv" -a all.csv 2>err && test ! -s err' \
	"$GAPSCORE" "$IND"

shipped template --country XEA --round 2026 --expert beta --instrument TIP \
	--instrument FP --dimension legislative -o part.csv
check "--instrument and --dimension choose the rows" sh -c '
	test "$(sed 1d part.csv | wc -l)" -gt 0 &&
	test -z "$(sed 1d part.csv | cut -d, -f4 | grep -v "^\(TIP\|FP\)\.[0-9]*\.L")"'

# --lang: French where translated, the sets' own text elsewhere.
"$GAPSCORE" template -i "$LANG_SET" --country XEA --round 1 --expert a \
	--lang fr -o fr.csv
check "--lang fr translates the question and the article title" grep -q \
	"^XEA,1,a,L5.1,,,,,,La participation à un groupe criminel organisé est-elle une infraction ?,.*,Participation à un groupe criminel organisé,legislative,," \
	fr.csv
check "--lang fr falls back to the default question" grep -q \
	"^XEA,1,a,L5.2,,,,,,Is agreeing to commit a serious crime an offence?,.*,Participation à un groupe criminel organisé,legislative,," \
	fr.csv
check "--lang fr falls back to the default article title" grep -q \
	"^XEA,1,a,L24.1,,,,,,How many witnesses were protected last year?,.*,Witness protection,implementation,," \
	fr.csv
"$GAPSCORE" template -i "$DATA/indicators.csv" --country XEA --round 1 \
	--expert a --lang fr -o fr2.csv
"$GAPSCORE" template -i "$DATA/indicators.csv" --country XEA --round 1 \
	--expert a -o en2.csv
check "--lang fr gives the allowed answers in French words" grep -q \
	"; ou n/a, unknown" fr2.csv
# The allowed answers (column 11) are in French words on every row: set
# them aside to see what else changed.
for f in en2 fr2; do
	python3 - "$f.csv" "$f-na.csv" <<'PY'
import csv, sys
with open(sys.argv[1], newline="", encoding="utf-8") as f:
    rows = list(csv.reader(f))
with open(sys.argv[2], "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    for r in rows[1:]:
        r[10] = ""
    w.writerows(rows)
PY
done
check "--lang fr on the fixture changes only the translated T5.L1" sh -c '
	sed "1!s/,fr,\$/,,/" fr2-na.csv >fr2-nolang.csv &&
	test -z "$(sed 1d fr2.csv | grep -v ",fr,\$")" &&
	diff en2-na.csv fr2-nolang.csv | grep "^>" >changed || :
	test "$(wc -l <changed)" -eq 1 &&
	grep -q "^> XEA,1,a,T5.L1,,,,,,Est-ce une infraction ?," changed'

set +e
"$GAPSCORE" template -i "$DATA/indicators.csv" --country XEA --round 1 \
	--expert a --lang de -o de.csv 2>de.err
status=$?
set -e
check "a language no set translates is a warning, not an error" sh -c '
	test "$1" -eq 0 && grep -q "warning: the indicator sets have no .de. translation" de.err &&
	cmp de.csv en2.csv' sh "$status"

# A question a spreadsheet would take for a formula is neutralised.
printf 'id,instrument,article,dimension,question,answer_type,article_title\nF1,UNTOC,5,legislative,=1+1,yesno,@SUM(A1)\n' >formula.csv
"$GAPSCORE" template -i formula.csv --country XEA --round 1 --expert a -o f.csv
check "formulas in text cells are neutralised" grep -qx \
	"XEA,1,a,F1,,,,,,'=1+1,\"yes or no; or n/a, unknown\",yesno,UNTOC,5,'@SUM(A1),legislative,,,mandatory,,," \
	f.csv

# A failed run leaves the previous sheet whole.
cp sheet.csv before.csv
printf 'id,instrument,article,dimension,question,answer_type\nA,UNTOC,5,legislative,q,maybe\n' >bad.csv
set +e
"$GAPSCORE" template -i bad.csv --country XEA --round 2026 --expert alpha \
	-o sheet.csv 2>/dev/null
status=$?
set -e
check "an invalid indicator set exits 1" test "$status" -eq 1
check "and leaves the existing sheet untouched" cmp before.csv sheet.csv

# ---------------------------------------------------------------- list
shipped list --instrument UNTOC --article 5 >art5.txt
shipped list --instrument UNTOC --article 5 --format csv >art5.csv
check "list --instrument UNTOC --article 5 shows only UNTOC art. 5" sh -c '
	grep -v "^ " art5.txt | grep -v "^\$" | sed "\$d" >heads &&
	test -s heads &&
	test -z "$(grep -v "^UNTOC\.5\.[A-Z0-9]*  UNTOC art\. 5 (" heads)"'
check "list counts what it shows, like --format csv" sh -c '
	n=$(wc -l <heads) && test "$(tail -n 1 art5.txt)" = "$n indicators" &&
	test "$(sed 1d art5.csv | wc -l)" -eq "$n" &&
	test -z "$(sed 1d art5.csv | cut -d, -f2,3 | grep -vx UNTOC,5)"'
check "list shows every UNTOC art. 5 indicator" sh -c '
	test "$(awk -F, "\$2 == \"UNTOC\" && \$3 == \"5\"" "$1" | wc -l)" \
		-eq "$(sed 1d art5.csv | wc -l)"' sh "$IND/untoc.csv"
check "each listed indicator has its question and answers" sh -c '
	test "$(grep -c "^    [^ ]" art5.txt)" -eq "$(wc -l <heads)" &&
	test "$(grep -c "^  answers: .*; or n/a, unknown\$" art5.txt)" -eq "$(wc -l <heads)"'

shipped list --crime-type money-laundering --format csv >ml.csv
shipped list --crime-type MONEY-Laundering --format csv >ml2.csv
check "--crime-type money-laundering selects only those indicators" sh -c '
	test "$(sed 1d ml.csv | wc -l)" -gt 0 && cmp ml.csv ml2.csv &&
	test -z "$(sed 1d ml.csv | awk -F, "{ print \$NF }" |
		grep -Ev "(^|;)money-laundering(;|\$)")"'
check "--format csv has the documented header" test \
	"$(head -n 1 ml.csv)" = \
	"id,instrument,article,article_title,dimension,obligation,answer_type,question,guide_ref,ta_category,crime_type"

shipped list --match witness --format csv >w.csv
check "--match witness finds the witness-protection questions" sh -c '
	grep -q "^UNTOC\.24\.L01," w.csv && grep -q "^UNTOC\.24\.I01," w.csv &&
	test -z "$(sed 1d w.csv | grep -iv witness)"'
check "--match ignores case" sh -c '
	"$0" list -i "$1" --match WITNESS --format csv | cmp - w.csv' \
	"$GAPSCORE" "$IND/untoc.csv"
check "--match searches the translation, else the default" sh -c '
	"$0" list -i "$1" --lang fr --match "INFRACTION|witnesses" >fr.txt &&
	grep -q "^L5.1  LNG art. 5 (legislative, mandatory)\$" fr.txt &&
	grep -q "^L24.1  " fr.txt && ! grep -q "^L5.2" fr.txt &&
	test "$(tail -n 1 fr.txt)" = "2 indicators"' "$GAPSCORE" "$LANG_SET"
check "--match with accents (é finds É)" sh -c '
	"$0" list -i "$1" --lang fr --match "ORGANISÉ" | tail -n 1 |
	grep -qx "1 indicator"' "$GAPSCORE" "$LANG_SET"

check "no match prints 0 indicators and succeeds" sh -c '
	"$0" list -i "$1" --obligation optional --article 5 \
		--crime-type nothing >none.txt &&
	test "$(cat none.txt)" = "0 indicators"' \
	"$GAPSCORE" "$DATA/indicators.csv"

# Usage errors (bad values, missing options, unknown instruments and
# dimensions: exit 2, whole message, nothing written) are in
# messages.table; the help is checked in commands.sh.

finish

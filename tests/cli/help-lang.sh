#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# help-lang.sh - the command's own text in the six languages (README
# "Languages"): under LANGUAGE=xx and a UTF-8 locale, 'gapscore score
# --help' shows the translated summary and an option's translated help,
# every option name of the English --help, no line wider (in characters)
# than the English's widest, and no placeholder left unfilled; the
# overview and 'gapscore help list' too; 'gapscore list' prints its
# labels in French under LANGUAGE=fr (its CSV unchanged); a radar chart
# drawn with --lang fr carries the French dimension letters.
. "$top_srcdir/tests/cli/setup.sh"
IND="$top_srcdir/indicators"
EX="$top_srcdir/examples/answers"
sets="-i $IND/untoc.csv -i $IND/tip.csv -i $IND/som.csv -i $IND/fp.csv"
: "${GAPSCORE_LOCALEDIR:?GAPSCORE_LOCALEDIR must name the build tree's locale/}"

# widest FILE: the characters of FILE's longest line (UTF-8).
widest() {
	python3 -c 'import sys
print(max(len(l.rstrip("\n")) for l in open(sys.argv[1], encoding="utf-8")))' "$1"
}
# options FILE: the option names of a --help, one a line, in order.
options() {
	grep -oE '^  (-[a-zA-Z], )?--[a-z-]+|^      --[a-z-]+' "$1" |
		grep -oE -- '--[a-z-]+'
}

"$GAPSCORE" score --help >"$TMP/en"
"$GAPSCORE" --help >"$TMP/en-overview"
"$GAPSCORE" help list >"$TMP/en-list"
options "$TMP/en" >"$TMP/en-options"
en_width=$(widest "$TMP/en")

# The translated summary (the first words of the description) and the
# help of --output (score's own wording) in each language.
summary_fr="Fusionner les réponses des experts"
summary_es="Fusionar las respuestas de los expertos"
summary_ru="Объединяет ответы экспертов"
summary_ar="دمج إجابات الخبراء"
summary_zh="将专家答复合并为"
output_fr="où écrire les rapports"
output_es="dónde escribir los informes"
output_ru="куда записать отчеты"
output_ar="مكان كتابة التقارير"
output_zh="报告的写入位置"

for l in fr es ru ar zh; do
	LANGUAGE=$l LC_ALL=C.UTF-8 "$GAPSCORE" score --help >"$TMP/$l" 2>&1 &&
		st=0 || st=$?
	eval "summary=\$summary_$l output=\$output_$l"
	check "$l: score --help succeeds" test "$st" -eq 0
	check "$l: score --help shows the translated description" \
		grep -qF "$summary" "$TMP/$l"
	check "$l: score --help shows --output's translated help" \
		grep -qF -- "-o, --output DIR        $output" "$TMP/$l"
	check "$l: score --help is no longer English" sh -c '
		! grep -qF "where to write the reports" "$1" &&
		! grep -qx "Options:" "$1"' sh "$TMP/$l"
	options "$TMP/$l" >"$TMP/$l-options"
	check "$l: every option of the English --help, in order" \
		cmp "$TMP/en-options" "$TMP/$l-options"
	w=$(widest "$TMP/$l")
	check "$l: no line wider than the English's $en_width characters ($w)" \
		test "$w" -le "$en_width"
	check "$l: the placeholders are filled in" sh -c '
		! grep -qF "{default}" "$1" && ! grep -qF "{values}" "$1" &&
		grep -qF "0.85,0.65,0.35" "$1" &&
		grep -qF "median" "$1"' sh "$TMP/$l"
	LANGUAGE=$l LC_ALL=C.UTF-8 "$GAPSCORE" --help >"$TMP/$l-overview"
	w=$(widest "$TMP/$l-overview")
	check "$l: the overview is translated, no wider than the English" sh -c '
		! grep -qF "show the help of a command" "$1" &&
		grep -q "^  template   " "$1" &&
		test "$2" -le "$3"' sh "$TMP/$l-overview" "$w" \
		"$(widest "$TMP/en-overview")"
	LANGUAGE=$l LC_ALL=C.UTF-8 "$GAPSCORE" help list >"$TMP/$l-list"
	w=$(widest "$TMP/$l-list")
	check "$l: help list is translated, no wider than the English" sh -c '
		! grep -qF "browse and search" "$1" &&
		grep -qF "  ID  INSTRUMENT " "$1" &&
		test "$2" -le "$3"' sh "$TMP/$l-list" "$w" "$(widest "$TMP/en-list")"
done

check "zh: Chinese lines break between two characters (no space there)" \
	python3 -c 'import sys
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
han = lambda c: "\u4e00" <= c <= "\u9fff"
sys.exit(not any(a and b.strip() and han(a[-1]) and han(b.strip()[0])
		 for a, b in zip(lines, lines[1:])))' "$TMP/zh"
check "fr: no line starts with a mark French sets apart (: ; »)" sh -c '
	! grep -qE "^ *(:|;|»)( |$)" "$1"' sh "$TMP/fr"
check "C locale: --help stays English" \
	grep -qF "where to write the reports" "$TMP/en"

# gapscore list: the labels in the messages' language, the CSV as it was.
LANGUAGE=fr LC_ALL=C.UTF-8 "$GAPSCORE" list -i "$IND/untoc.csv" \
	--article 24 >"$TMP/list-fr"
"$GAPSCORE" list -i "$IND/untoc.csv" --article 24 >"$TMP/list-en"
check "list under LANGUAGE=fr: French labels" sh -c '
	grep -qxF "  réponses : yes, partial ou no ; ou n/a, unknown" "$1" &&
	grep -qE "^UNTOC\.24\.L01  UNTOC art\. 24 \(législatif, obligatoire\)$" "$1" &&
	grep -qE "^[0-9]+ indicateurs$" "$1" &&
	! grep -qF "answers:" "$1"' sh "$TMP/list-fr"
check "list under the C locale: English labels" sh -c '
	grep -qF "  answers: yes, partial or no; or n/a, unknown" "$1" &&
	grep -qE "^[0-9]+ indicators$" "$1"' sh "$TMP/list-en"
LANGUAGE=fr LC_ALL=C.UTF-8 "$GAPSCORE" list -i "$IND/untoc.csv" \
	--article 24 --format csv >"$TMP/list-fr.csv"
"$GAPSCORE" list -i "$IND/untoc.csv" --article 24 --format csv \
	>"$TMP/list-en.csv"
check "list --format csv is the same under LANGUAGE=fr" \
	cmp "$TMP/list-en.csv" "$TMP/list-fr.csv"

# The radar chart's dimension letters follow --lang.
gp_check "radar chart --lang fr: French letters (lég.), no English L" sh -c '
	"$1" score -q $2 -a "$3/XEA-2026.csv" --charts svg --lang fr \
		-o "$4/fr" &&
	"$1" score -q $2 -a "$3/XEA-2026.csv" --charts svg -o "$4/en" &&
	grep -qE ">[0-9]+ \(lég\. " "$4/fr/XEA/2026/radar-UNTOC.svg" &&
	! grep -qE ">[0-9]+ \((L|I) " "$4/fr/XEA/2026/radar-UNTOC.svg" &&
	grep -qE ">[0-9]+ \(L " "$4/en/XEA/2026/radar-UNTOC.svg"' sh \
	"$GAPSCORE" "$sets" "$EX" "$TMP/radar"

finish

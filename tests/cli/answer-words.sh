#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# answer-words.sh - answers in the expert's language: the bundled example
# rewritten in the answer words of fr, es, ru, ar and zh (answer-words.py,
# with a lang column) scores exactly like the English one (report.json
# equal but for the files read), merges to the same canonical sheet, and
# validates with --lang instead of the column; an unknown word in a
# declared language names the words that language takes.
. "$top_srcdir/tests/cli/setup.sh"
IND="$top_srcdir/indicators"
EX="$top_srcdir/examples/answers"
WORDS="$top_srcdir/tests/cli/answer-words.py"
SETS="-i $IND/untoc.csv -i $IND/tip.csv -i $IND/som.csv -i $IND/fp.csv"

# rewrite LANG: the example's answers in LANG's words under $TMP/LANG.
rewrite() {
	mkdir -p "$TMP/$1"
	for f in "$EX"/*.csv; do
		python3 "$WORDS" "$1" "$f" "$TMP/$1/${f##*/}"
	done
}

# score_in LANG: score $TMP/LANG's answers into $TMP/out-LANG, inputs
# stripped.
score_in() {
	args=
	for f in "$TMP/$1"/*.csv; do args="$args -a $f"; done
	# shellcheck disable=SC2086
	"$GAPSCORE" score -q $SETS $args --charts none -o "$TMP/out-$1" &&
		strip_inputs_tree "$TMP/out-$1"
}

# merged LANG: the merged sheet of $TMP/LANG's XEA-2026 answers.
merged() {
	# shellcheck disable=SC2086
	"$GAPSCORE" merge $SETS -a "$TMP/$1/XEA-2026.csv" -o "$TMP/merged-$1.csv"
}

rewrite en
score_in en
merged en
for lang in fr es ru ar zh; do
	rewrite "$lang"
	check "$lang: the example's answers are written in $lang's words" \
		sh -c '! cmp -s "$1/en/XEA-2026.csv" "$1/$2/XEA-2026.csv"' \
		sh "$TMP" "$lang"
	check "$lang: the answers score" score_in "$lang"
	check "$lang: every report.json equals the English one" \
		diff -r -x '*.html' "$TMP/out-en" "$TMP/out-$lang"
	merged "$lang" || true
	check "$lang: merge writes the same canonical sheet" \
		cmp "$TMP/merged-en.csv" "$TMP/merged-$lang.csv"
done

# The column dropped, --lang says the language.
sed 's/,fr$//; 1s/,lang$//' "$TMP/fr/XEA-2026.csv" >"$TMP/fr-nocol.csv"
check "--lang fr: the answers without a lang column validate" \
	"$GAPSCORE" validate -q $SETS --lang fr -a "$TMP/fr-nocol.csv"
check "without --lang or a lang column, oui is refused" sh -c '
	! "$1" validate -q $2 -a "$3" 2>"$4" &&
	grep -q "answer .oui. is not valid" "$4"' \
	sh "$GAPSCORE" "$SETS" "$TMP/fr-nocol.csv" "$TMP/err"

# An unknown word in a declared language.
printf '%s\n' 'country,round,expert,indicator,answer,lang' \
	'XEA,2026,e1,UNTOC.5.L01,peut-être,fr' \
	'XEA,2026,e1,UNTOC.5.L02,oui,de' >"$TMP/bad.csv"
"$GAPSCORE" validate -q -i "$IND/untoc.csv" -a "$TMP/bad.csv" \
	>"$TMP/bad.out" 2>&1 && status=0 || status=$?
check "a word no language takes is an error (exit 1)" test "$status" -eq 1
check "the error names FILE:LINE:COLUMN and fr's words" grep -qF \
	"bad.csv:2:answer: error: answer 'peut-être' is not valid; expected yes, partial or no, n/a, unknown or an empty cell (indicator 'UNTOC.5.L01'); in 'fr' (the answers' lang) also oui, non, partiel, partiellement, s.o., sans objet, inconnu, ne sait pas" \
	"$TMP/bad.out"
check "a lang without answer words is an error naming the languages" \
	grep -qF "bad.csv:3:lang: error: lang 'de' has no answer words; expected ar, en, es, fr, ru or zh, or an empty cell" \
	"$TMP/bad.out"
finish

#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# lang.sh - the six languages (README "Languages"): the example scored
# with --lang fr, es, ar, ru and zh gives a report page with <html lang
# dir> right, its words translated (a list of English headings and
# labels that must be gone, and one translated heading that must be
# there), charts whose scripts carry translated titles and the font of
# the script, no English axis left in the disagreement chart, the
# "no gap" key entry drawn and the gap chart's x label on the chart
# (gnuplot measuring the text by characters: "set encoding utf8"); the
# trend and compare charts and the heatmap's column labels translated;
# the command's messages in French under LANGUAGE=fr; one
# warning for a --lang nothing translates; the whole example's outputs
# byte-identical under the C, fr_FR.UTF-8 and de_DE.UTF-8 locales (made
# with localedef under $TMP when the system lacks them); screenshots of
# the Arabic and Chinese page and charts kept in tests/artifacts/.
. "$top_srcdir/tests/cli/setup.sh"
IND="$top_srcdir/indicators"
EX="$top_srcdir/examples/answers"
sets="-i $IND/untoc.csv -i $IND/tip.csv -i $IND/som.csv -i $IND/fp.csv"
: "${GAPSCORE_LOCALEDIR:?GAPSCORE_LOCALEDIR must name the build tree's locale/}"

# English words of the report page that no translated page may hold
# (as they stand between tags, or as the legend's and statuses' words).
english='>Summary<
>Top technical assistance needs<
>Agreement between experts<
>What the ratings rest on<
>Observations and recommended actions<
>Indicators and answers<
>How the scores were made<
>Recommended actions<
>Observations<
>Rating<
>Coverage<
>Legislative<
>Implementation<
>Combined<
>not rated<
>Scores of 
>Good practices<
>(the answers)<
>missing<
Charts were not drawn
Information needed: 
Ratings are taken on
Krippendorff&#39;s alpha
agreement; the experts
in what was answered and
article dimensions
>Weight<
>Answer type<
>Consensus score<
Required score 
; rated 
Gap report
Ratings, legislative / implementation
means no value
discretionary: not rated
insufficient data: 
; mandatory): 
 Asked: 
partly met
Evidence cited
experts who answered said
No evidence was cited
Establish whether
Address paragraph
Across the assessment: where
scores differ by at least
Protocol to Prevent, Suppress
Protocol against the Smuggling
United Nations Convention against
>partial<
answered said &quot;'

# heading LANG: the translation of "Summary" that the page must hold.
heading() {
	case $1 in
	fr) echo "Synthèse" ;;
	es) echo "Resumen" ;;
	ar) echo "الملخص" ;;
	ru) echo "Сводка" ;;
	zh) echo "摘要" ;;
	esac
}

# chart_title LANG: the words of the gap chart's title in LANG.
chart_title() {
	case $1 in
	fr) echo "écart par article" ;;
	es) echo "brecha por artículo" ;;
	ar) echo "الفجوة حسب المادة" ;;
	ru) echo "разрыв по статьям" ;;
	zh) echo "各条差距" ;;
	esac
}

# no_gap LANG: the gap chart's words for "no gap" in LANG, as in its key.
no_gap() {
	case $1 in
	fr) echo "pas d'écart" ;;
	es) echo "sin brecha" ;;
	ar) echo "لا فجوة" ;;
	ru) echo "разрыва нет" ;;
	zh) echo "无差距" ;;
	esac
}

# A python program: does the longest centred text of the SVG chart
# $1 (its x label), at 3 pixels either side of its centre per
# character, stay within the chart's width?
fits='
import html, re, sys
s = open(sys.argv[1], encoding="utf-8").read()
w = float(re.search(r"viewBox=\"0 0 ([0-9.]+)", s).group(1))
texts = [(float(m.group(1)), html.unescape(m.group(2))) for m in re.finditer(
    r"<g transform=\"translate\(([0-9.-]+),[0-9.-]+\)\"[^>]*"
    r"text-anchor=\"middle\">\s*<text>([^<]*)</text>", s)]
x, t = max(texts, key=lambda e: len(e[1]))
sys.exit(0 if x - 3 * len(t) >= 0 and x + 3 * len(t) <= w else 1)
'

# english_left FILE: print the English words of the list FILE holds.
english_left() {
	printf '%s\n' "$english" | while IFS= read -r word; do
		if [ -n "$word" ] && grep -F -- "$word" "$1" >/dev/null; then
			printf 'English left: %s\n' "$word"
		fi
	done
}

for l in fr es ar ru zh; do
	out="$TMP/$l"
	# shellcheck disable=SC2086
	check "$l: the example scores with --lang $l" \
		"$GAPSCORE" score -q $sets -a "$EX/XEA-2026.csv" --lang "$l" \
		--charts svg --keep-scripts -o "$out"
	page="$out/XEA/2026/report.html"
	dir=ltr
	[ "$l" = ar ] && dir=rtl
	check "$l: <html lang=\"$l\" dir=\"$dir\">" \
		grep -qF "<html lang=\"$l\" dir=\"$dir\">" "$page"
	check "$l: the page's headings are translated ($(heading "$l"))" \
		grep -qF ">$(heading "$l")<" "$page"
	english_left "$page" >"$TMP/left"
	if [ -s "$TMP/left" ]; then
		not_ok "$l: no English heading or label left" "$(cat "$TMP/left")"
	else
		ok "$l: no English heading or label left"
	fi
	check "$l: the drawn gap chart has a translated title" \
		grep -qF "$(chart_title "$l")" "$out/XEA/2026/gap-UNTOC.svg"
	check "$l: no English title, key or label left in the charts" sh -c '
		! grep -E ">(Legislative|Implementation|no gap|[A-Z]+ : gap by)" \
		  "$1"/*.svg && ! grep -E "gap by article|article scores|Where the experts" \
		  "$1"/*.svg' sh "$out/XEA/2026"
	check "$l: the disagreement chart's axis is translated" sh -c '
		test -s "$1" && ! grep -F "Spread of the experts" "$1"' sh \
		"$out/XEA/2026/disagreement.svg"
	check "$l: the charts' script sizes text by characters (encoding utf8)" \
		grep -qxF "set encoding utf8" "$out/XEA/2026/charts.gp"
	check "$l: the gap chart's key names no gap ($(no_gap "$l"))" sh -c '
		grep -B1 -F "<text>$2</text>" "$1" |
		grep -qF "font-size=\"11.00\""' sh "$out/XEA/2026/gap-UNTOC.svg" \
		"$(no_gap "$l")"
	check "$l: the gap chart's x label stays on the chart" \
		python3 -c "$fits" "$out/XEA/2026/gap-UNTOC.svg"
done
# heatmap_column LANG: the compare heatmap's label of UNTOC article 5.
heatmap_column() {
	case $1 in
	fr|es) echo "UNTOC art. 5" ;;
	ar) echo "UNTOC، المادة 5" ;;
	ru) echo "UNTOC ст. 5" ;;
	zh) echo "UNTOC 第 5 条" ;;
	esac
}

# The charts of trend and compare (drawn for a batch of assessments):
# their titles, keys, axes and labels in each language.
for l in fr es ar ru zh; do
	out="$TMP/charts-$l"
	# shellcheck disable=SC2086
	"$GAPSCORE" trend -q $sets -a "$EX/XEC-2023.csv" \
		-a "$EX/XEC-2026.csv" --lang "$l" --charts svg --keep-scripts \
		-o "$out/trend" &&
	"$GAPSCORE" compare -q $sets -a "$EX/XEA-2026.csv" \
		-a "$EX/XEB-2026.csv" --lang "$l" --charts svg --keep-scripts \
		-o "$out/compare" && st=0 || st=$?
	check "$l: trend and compare draw their charts with --lang $l" sh -c '
		test "$1" -eq 0 && test -s "$2/trend/XEC/trend-overall.svg" &&
		test -s "$2/compare/heatmap.svg"' sh "$st" "$out"
	check "$l: no English title, key or axis left in the trend charts" sh -c '
		! grep -E "over the rounds|comparable indicators|>(Score|legislative|implementation|combined)<" \
		  "$1"/*.svg' sh "$out/trend/XEC"
	check "$l: the trend charts' script sizes text by characters" \
		grep -qxF "set encoding utf8" "$out/trend/XEC/charts.gp"
	# "art." is also the French and Spanish abbreviation of article.
	words="Gap by article|country by country|Hatched grey|>Gap<"
	case $l in fr|es) ;; *) words="$words| art[.] [0-9]" ;; esac
	check "$l: no English title, key or label left in the heatmap" sh -c '
		! grep -E "$2" "$1"' sh "$out/compare/heatmap.svg" "$words"
	check "$l: the heatmap's columns are named in $l ($(heatmap_column "$l"))" \
		grep -qF ">$(heatmap_column "$l")<" "$out/compare/heatmap.svg"
	check "$l: the heatmap's script sizes text by characters" \
		grep -qxF "set encoding utf8" "$out/compare/charts.gp"
done
# English keeps its scripts and labels as they were.
# shellcheck disable=SC2086
"$GAPSCORE" compare -q $sets -a "$EX/XEA-2026.csv" -a "$EX/XEB-2026.csv" \
	--charts svg --keep-scripts -o "$TMP/charts-en" || :
check "en: the heatmap keeps UNTOC art. 5 and the default encoding" sh -c '
	grep -qF ">UNTOC art. 5<" "$1/heatmap.svg" &&
	! grep -q "set encoding" "$1/charts.gp"' sh "$TMP/charts-en"

check "fr: guide references and answer tables' captions are French" sh -c '
	grep -qF "<dd>Guide législatif UNTOC (2016), art. 5</dd>" "$1" &&
	grep -qF "<caption class=\"vh\">Réponses à UNTOC.5.L01</caption>" "$1" &&
	! grep -q "Legislative Guide\|>Answers to " "$1"' sh "$TMP/fr/XEA/2026/report.html"
check "zh: guide references are Chinese, the caption in Chinese order" sh -c '
	grep -qF "立法指南 UNTOC（2016），第5条" "$1" &&
	grep -qF "UNTOC.5.L01 的回答</caption>" "$1"' sh "$TMP/zh/XEA/2026/report.html"
check "fr: a condition's answer is the language's word (UNTOC.5.L02 &ne; non)" \
	grep -qF "UNTOC.5.L02 &ne; non<" "$TMP/fr/XEA/2026/report.html"
# English words of the plan, trend and compare pages that no translated
# page may hold (the codes of the data, such as cluster names, aside).
english_pages='>Totals<
>All needs<
>Gaps in law or practice<
>Needs by country<
>Needs by cluster<
>Priority<
>Share<
>Baseline<
>Target<
>Categories<
>Beneficiaries<
countries with needs
adds up to the total
Needs, highest priority first
>Comparable score<
>As reported<
>Change since baseline<
>Gap closed<
>Direction<
>Article by article<
>Indicators that moved<
>regressed<
>improved<
Changes compare like with like
Scores from 0 to 1
>Ranking<
>Rank<
>Overall gap<
>Not ranked because<
>Group means<
>Mean overall gap<
Gap by article
One assessment per country
latest round
The same numbers, with every key
Comparison of '

# pages_left FILE: print the English words of english_pages FILE holds.
pages_left() {
	printf '%s\n' "$english_pages" | while IFS= read -r word; do
		if [ -n "$word" ] && grep -F -- "$word" "$1" >/dev/null; then
			printf 'English left: %s\n' "$word"
		fi
	done
}

# The plan, trend and compare pages in each language.
for l in fr es ar ru zh; do
	out="$TMP/pages-$l"
	dir=ltr
	[ "$l" = ar ] && dir=rtl
	# shellcheck disable=SC2086
	"$GAPSCORE" plan -q $sets -a "$EX/XEA-2026.csv" -a "$EX/XEB-2026.csv" \
		--lang "$l" -o "$out/plan" &&
	"$GAPSCORE" trend -q $sets -a "$EX/XEC-2023.csv" \
		-a "$EX/XEC-2026.csv" --lang "$l" --charts none \
		-o "$out/trend" &&
	"$GAPSCORE" compare -q $sets -a "$EX/XEA-2026.csv" \
		-a "$EX/XEB-2026.csv" --lang "$l" --charts none \
		-o "$out/compare" && st=0 || st=$?
	check "$l: plan, trend and compare run with --lang $l" test "$st" -eq 0
	for page in plan/plan.html trend/XEC/trend.html compare/compare.html
	do
		file=$(basename "$page")
		check "$l: $file has <html lang=\"$l\" dir=\"$dir\">" \
			grep -qF "<html lang=\"$l\" dir=\"$dir\">" "$out/$page"
		pages_left "$out/$page" >"$TMP/left"
		if [ -s "$TMP/left" ]; then
			not_ok "$l: no English heading or label left in $file" \
				"$(cat "$TMP/left")"
		else
			ok "$l: no English heading or label left in $file"
		fi
	done
done
# The English pages hold the words of the list (so the checks bite).
# shellcheck disable=SC2086
"$GAPSCORE" plan -q $sets -a "$EX/XEA-2026.csv" -o "$TMP/pages-en" &&
	pages_left "$TMP/pages-en/plan.html" >"$TMP/left-en" || :
check "en: plan.html keeps its English words" \
	grep -qF "English left: >Totals<" "$TMP/left-en"

check "ar: the charts name a font with Arabic glyphs" \
	grep -qF 'font "Noto Sans Arabic' "$TMP/ar/XEA/2026/charts.gp"
check "zh: the charts name a font with Chinese glyphs" \
	grep -qF 'font "Noto Sans CJK SC' "$TMP/zh/XEA/2026/charts.gp"
check "JSON keeps the English codes under --lang fr" sh -c '
	grep -q "\"rating\":[[:space:]]*\"moderate\"" "$1" &&
	grep -q "\"status\":[[:space:]]*\"rated\"" "$1" &&
	! grep -q "modéré\|Synthèse\|noté" "$1"' sh "$TMP/fr/XEA/2026/report.json"

# Messages in French: LANGUAGE picks the catalog (under a UTF-8 locale;
# the C locale itself means no translation).
LANGUAGE=fr LC_ALL=C.UTF-8 "$GAPSCORE" frob >"$TMP/fr.out" 2>"$TMP/fr.err" &&
	st=0 || st=$?
check "LANGUAGE=fr: the usage error is in French, still exit 2" sh -c '
	test "$1" -eq 2 &&
	grep -qF "commande inconnue « frob »" "$2" &&
	grep -qF "essayez « gapscore help »" "$2"' sh "$st" "$TMP/fr.err"
"$GAPSCORE" frob 2>"$TMP/c.err" || :
check "LC_ALL=C: the same error in English" \
	grep -qF "unknown command 'frob'" "$TMP/c.err"

# A --lang nothing translates: one warning, the reports in English.
# shellcheck disable=SC2086
"$GAPSCORE" score -q $sets -a "$EX/XEA-2026.csv" --lang de --charts none \
	-o "$TMP/de" 2>"$TMP/de.err"
check "--lang de: one warning that nothing translates it" sh -c '
	test "$(grep -c "no .de. translation, nor" "$1")" -eq 1 &&
	test "$(wc -l <"$1")" -eq 1' sh "$TMP/de.err"
check "--lang de: the page stays English, lang=\"de\"" sh -c '
	grep -qF "<html lang=\"de\" dir=\"ltr\">" "$1" &&
	grep -qF ">Summary<" "$1"' sh "$TMP/de/XEA/2026/report.html"

# have_locale NAME: can the C library load locale NAME (with LOCPATH)?
have_locale() {
	[ "$(LC_ALL=$1 locale charmap 2>/dev/null)" = UTF-8 ]
}

# The locales: the system's, else made with localedef into $TMP/locale.
need_locpath=
for loc in fr_FR de_DE; do
	if ! have_locale "$loc.UTF-8"; then
		mkdir -p "$TMP/locale"
		localedef -i "$loc" -f UTF-8 "$TMP/locale/$loc.UTF-8" \
			>/dev/null 2>&1 || :
		need_locpath=yes
	fi
done
if [ -n "$need_locpath" ]; then
	LOCPATH=$TMP/locale
	export LOCPATH
fi

# example OUT: the whole bundled example, as make example runs it.
example() {
	# shellcheck disable=SC2086
	"$GAPSCORE" score -q $sets $(for f in "$EX"/*.csv; do
		printf -- '-a %s ' "$f"; done) \
		--countries "$top_srcdir/examples/countries.csv" -o "$1"
}
example "$TMP/ex-C"
for loc in fr_FR.UTF-8 de_DE.UTF-8; do
	if ! have_locale "$loc"; then
		skip "the example under LC_ALL=$loc is byte-identical" \
			"the locale $loc cannot be made (localedef, locales)"
		continue
	fi
	name=$(echo "$loc" | cut -c1-2)
	if LC_ALL=$loc example "$TMP/ex-$name" 2>"$TMP/ex-$name.err"; then
		check "the example under LC_ALL=$loc is byte-identical to C" \
			diff -r "$TMP/ex-C" "$TMP/ex-$name"
	else
		not_ok "the example under LC_ALL=$loc is byte-identical to C" \
			"the run failed: $(tail -n 5 "$TMP/ex-$name.err")"
	fi
	check "LC_ALL=$loc writes numbers with a comma (so the check bites)" \
		test "$(LC_ALL=$loc locale decimal_point)" = ","
done
unset LOCPATH

# Screenshots of the Arabic and Chinese page and charts, kept in
# tests/artifacts/ of the build tree.
artifacts="$(dirname "$GAPSCORE")/tests/artifacts"
mkdir -p "$artifacts"
BROWSER=$(command -v chromium || command -v chromium-browser || true)
for l in ar zh; do
	if ! have_gnuplot; then
		skip "$l: the gap chart as PNG" "gnuplot is not installed"
		continue
	fi
	# shellcheck disable=SC2086
	"$GAPSCORE" score -q $sets -a "$EX/XEA-2026.csv" --lang "$l" \
		--charts png -o "$TMP/png-$l"
	cp "$TMP/png-$l/XEA/2026/gap-UNTOC.png" "$artifacts/lang-$l-gap-UNTOC.png"
	check "$l: the gap chart drawn as PNG (tests/artifacts/lang-$l-gap-UNTOC.png)" \
		test -s "$artifacts/lang-$l-gap-UNTOC.png"
	if [ -z "$BROWSER" ]; then
		skip "$l: a screenshot of the page" "chromium is not installed"
		continue
	fi
	shot="$artifacts/lang-$l-report.png"
	rm -f "$shot"
	timeout 120 "$BROWSER" --headless --no-sandbox --disable-gpu \
		--no-first-run --disable-background-networking \
		--disable-component-update --disable-sync \
		--host-resolver-rules="MAP * ~NOTFOUND" \
		--user-data-dir="$TMP/profile" --window-size=1280,1400 \
		--screenshot="$shot" "file://$TMP/$l/XEA/2026/report.html" \
		>/dev/null 2>&1 || :
	check "$l: a screenshot of the page (tests/artifacts/lang-$l-report.png)" \
		test -s "$shot"
done
finish

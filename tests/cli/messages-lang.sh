#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# messages-lang.sh - the core's diagnostics in the messages' language
# (README "Languages"): validate on broken files (an unknown indicator, a
# bad answer, a malformed CSV, a missing column, a Latin-1 file, an
# answers lang without answer words) and score with an unknown --lang,
# under LANGUAGE=fr, es, ru, ar and zh: each message is the catalog's
# translation of its English format (the longest literal piece of the
# msgstr, looked up with gettext(1) in the build tree's catalogs, is in
# the line), and the FILE:LINE:COLUMN prefixes, the severities and the
# exit status are those of the English run. Then, under LANGUAGE=fr, no
# diagnostic of a list of sample runs is left in English.
. "$top_srcdir/tests/cli/setup.sh"
: "${GAPSCORE_LOCALEDIR:?GAPSCORE_LOCALEDIR must name the build tree's locale/}"
IND="$top_srcdir/indicators/untoc.csv"
W="$TMP/in"
mkdir -p "$W"
head='country,round,expert,indicator,answer'

printf '%s\nKEN,2026,e1,UNTOC.5.L01,yes\nKEN,2026,e1,NOPE.1,yes\n' "$head" \
	>"$W/unknown.csv"
printf '%s\nKEN,2026,e1,UNTOC.5.L01,maybe\n' "$head" >"$W/answer.csv"
printf '%s\nKEN,2026,e1,UNTOC.5.L01,"yes\n' "$head" >"$W/quote.csv"
printf 'country,round,expert,answer\nKEN,2026,e1,yes\n' >"$W/column.csv"
printf '%s\nKEN,2026,\351t\351,UNTOC.5.L01,no\n' "$head" >"$W/latin1.csv"
printf '%s,lang\nKEN,2026,e1,UNTOC.5.L01,yes,xx\n' "$head" >"$W/lang.csv"
printf '%s\nKEN,2026,e1,UNTOC.5.L01,yes\n' "$head" >"$W/good.csv"
# More sample files, for the check that nothing is left in English.
: >"$W/empty.csv"
printf '%s,extra\nkenya,2026,e1,UNTOC.5.L01,yes,1\n' "$head" >"$W/country.csv"
printf '%s,answer\nKEN,2026,e1,UNTOC.5.L01,yes,no\n' "$head" >"$W/twice.csv"
printf '%s,confidence\nKEN,a/b,e1,UNTOC.5.L01,yes,sure\n' "$head" \
	>"$W/round.csv"
printf 'this is not a workbook\n' >"$W/book.xlsx"
printf '\377\376c\000,\000\n\000' >"$W/utf16.csv"
printf 'country,round,expert,UNTOC.5.L01,NOPE.2\nKEN,2026,e1,yes,no\n' \
	>"$W/wide.csv"
printf 'id,instrument,article,dimension,question,answer_type\n' >"$W/set.csv"
printf 'X.1,UNTOC,5,legislative,Q?,sometimes\n' >>"$W/set.csv"

# run LANG OUT CMD...: gapscore CMD under LANGUAGE=LANG (en: the C
# locale), its standard error in OUT.err and its exit status in OUT.st.
run() {
	lang=$1 out=$2
	shift 2
	if [ "$lang" = en ]; then
		"$GAPSCORE" "$@" >/dev/null 2>"$out.err" && st=0 || st=$?
	else
		LANGUAGE=$lang LC_ALL=C.UTF-8 "$GAPSCORE" "$@" >/dev/null \
			2>"$out.err" && st=0 || st=$?
	fi
	echo "$st" >"$out.st"
}

# piece LANG MSGID: the longest piece of the msgid's translation in LANG
# between printf conversions.
piece() {
	LANGUAGE=$1 LC_ALL=C.UTF-8 TEXTDOMAINDIR=$GAPSCORE_LOCALEDIR \
		gettext -d gapscore "$2" |
		sed 's/%[-+ #0-9.]*[hlzjt]*[diouxXeEfgGcsp]/\n/g' |
		awk '{ if (length($0) > length(best)) best = $0 } END { print best }'
}

# case NAME MSGID CMD...: the English run shows msgid; each language's
# run shows its translation, with the English prefixes and status.
case_() {
	what=$1 msgid=$2
	shift 2
	run en "$TMP/en" "$@"
	en_piece=$(LC_ALL=C piece en "$msgid")
	if ! grep -qF -- "$en_piece" "$TMP/en.err"; then
		not_ok "$what: the English run says '$en_piece'" \
			"$(cat "$TMP/en.err")"
		return
	fi
	for lang in fr es ru ar zh; do
		run "$lang" "$TMP/$lang" "$@"
		tr_piece=$(piece "$lang" "$msgid")
		check "$what, LANGUAGE=$lang: the catalog's words, the English prefix and status" sh -c '
			test "$(cat "$1.st")" = "$(cat "$2.st")" &&
			test "$4" != "$5" &&
			grep -qF -- "$5" "$2.err" &&
			! grep -qF -- "$4" "$2.err" &&
			pre="s/^\(gapscore: .*\(error\|warning\|note\): \).*/\1/p" &&
			sed -n "$pre" "$1.err" >"$1.pre" &&
			sed -n "$pre" "$2.err" >"$2.pre" &&
			test -s "$1.pre" && cmp -s "$1.pre" "$2.pre"' sh \
			"$TMP/en" "$TMP/$lang" "$lang" "$en_piece" "$tr_piece"
	done
}

v="validate -i $IND"
# shellcheck disable=SC2086
case_ "an unknown indicator" \
	"unknown indicator '%s'; expected an id from the loaded indicator sets" \
	$v -a "$W/unknown.csv"
# shellcheck disable=SC2086
case_ "a bad answer" \
	"answer '%s' is not valid%s; expected %s, n/a, unknown or an empty cell" \
	$v -a "$W/answer.csv"
# shellcheck disable=SC2086
case_ "a malformed CSV" \
	"unterminated quoted field: the quote opened here is never closed; expected a closing quote before the end of the file" \
	$v -a "$W/quote.csv"
# shellcheck disable=SC2086
case_ "a missing column" \
	"an answers file needs country, round, expert, indicator and answer" \
	$v -a "$W/column.csv"
# shellcheck disable=SC2086
case_ "a Latin-1 file" \
	"invalid UTF-8 at byte %zu of the field (0x%02x, '%s' in Windows-1252): the file looks like Windows-1252 / Latin-1, not UTF-8; save it as \"CSV UTF-8 (Comma delimited)\" (Excel: File > Save As), or as Text CSV with the character set \"Unicode (UTF-8)\" (LibreOffice Calc) (stopped reading this file)" \
	$v -a "$W/latin1.csv"
# shellcheck disable=SC2086
case_ "an answers lang without answer words" \
	"lang '%s' has no answer words; expected ar, en, es, fr, ru or zh, or an empty cell" \
	$v -a "$W/lang.csv"
case_ "an unknown --lang" \
	"the indicator sets have no '%s' translation, nor have gapscore's catalogs; the text stays English" \
	score -q -i "$IND" -a "$W/good.csv" --lang xx --charts none \
	-o "$TMP/out"

# Under LANGUAGE=fr, no diagnostic of these runs is left in English:
# every line differs from the English one, after the same prefix.
n=0
for f in unknown answer quote column latin1 lang empty country twice \
	round book.xlsx utf16 wide; do
	case $f in *.*) ;; *) f=$f.csv ;; esac
	n=$((n + 1))
	lay=
	[ "$f" = wide.csv ] && lay=--wide
	# shellcheck disable=SC2086
	run en "$TMP/s$n-en" validate -i "$IND" -a "$W/$f" $lay
	# shellcheck disable=SC2086
	run fr "$TMP/s$n-fr" validate -i "$IND" -a "$W/$f" $lay
done
run en "$TMP/set-en" validate -i "$W/set.csv"
run fr "$TMP/set-fr" validate -i "$W/set.csv"
check "LANGUAGE=fr: no core diagnostic of the sample runs is left in English" sh -c '
	status=0
	for en in "$1"/s*-en.err "$1"/set-en.err; do
		fr=${en%-en.err}-fr.err
		test "$(cat "${en%.err}.st")" = "$(cat "${fr%.err}.st")" ||
			{ echo "status differs: $en"; status=1; }
		test "$(wc -l <"$en")" -eq "$(wc -l <"$fr")" && test -s "$en" ||
			{ echo "line counts differ: $en"; status=1; continue; }
		paste -d "\n" "$en" "$fr" | while IFS= read -r e && IFS= read -r f; do
			pe=$(printf "%s\n" "$e" | sed -n "s/^\(gapscore: .*\(error\|warning\|note\): \).*/\1/p")
			pf=$(printf "%s\n" "$f" | sed -n "s/^\(gapscore: .*\(error\|warning\|note\): \).*/\1/p")
			[ -n "$pe" ] && [ "$pe" = "$pf" ] && [ "$e" != "$f" ] ||
				echo "left in English or prefix changed: $f"
		done | grep . && status=1
	done
	exit $status' sh "$TMP"
finish

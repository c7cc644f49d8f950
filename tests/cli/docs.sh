#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# docs.sh - the man page and the bash completion are generated from the
# option tables, so they say what --help says: every option of every
# command's --help (names, metavar and help text, in order) is in that
# command's section of the man page, word for word; the completion offers
# them and no other after the command, the values the parser accepts for
# --consensus, --charts and --format, files for -a, directories for -o and
# the installed sets' names for -i; the man page renders without a groff
# warning; --version carries the licence.
. "$top_srcdir/tests/cli/setup.sh"
: "${top_builddir:=$(dirname "$GAPSCORE")}"

# find FILE: the generated FILE of the build tree, else of the tarball.
find_generated() {
	if [ -f "$top_builddir/$1" ]; then
		echo "$top_builddir/$1"
	else
		echo "$top_srcdir/$1"
	fi
}
MAN=$(find_generated man/gapscore.1)
COMP=$(find_generated completion/gapscore)

"$GAPSCORE" --version >"$TMP/version"
check "--version names the licence" \
	grep -qx 'License Apache-2.0: <https://www.apache.org/licenses/LICENSE-2.0>' \
	"$TMP/version"
check "--version names the copyright holders" \
	grep -qx 'Copyright (C) 2026 the gapscore authors' "$TMP/version"
check "--version says there is no warranty" \
	grep -q 'There is NO WARRANTY' "$TMP/version"

# help_entries: the option list of a --help on standard input, one
# option a line: "NAMES METAVAR help text", white space squeezed.
help_entries() {
	awk '
	/^Options:$/ { on = 1; next }
	on && /^$/ { exit }
	on && /^  (-|    --)/ {
		if (e != "") print e
		line = $0; sub(/^ +/, "", line)
		i = index(line, "  ")
		e = i ? substr(line, 1, i - 1) " " substr(line, i) : line
		next
	}
	on { e = e " " $0 }
	END { if (e != "") print e }' | tr -s ' ' | sed 's/ $//'
}

# man_entries CMD: the same from CMD's section of the rendered man page.
man_entries() {
	awk -v title="GAPSCORE $(echo "$1" | tr a-z A-Z)" '
	$0 == title { in_cmd = 1; next }
	in_cmd && /^[A-Z]/ { exit }
	in_cmd && /^   Options$/ { on = 1; next }
	!on { next }
	/^   [^ ]/ || /^       [^ -]/ { exit }
	/^       -/ { if (e != "") print e; e = $0; next }
	/^        / { e = e " " $0; next }
	END { if (e != "") print e }' "$TMP/man.txt" |
	sed 's/^ *//' | tr -s ' ' | sed 's/ $//'
}

# renders_as_man NAME FILTER...: the man page, through FILTER, as man
# shows it (preconv, tbl, groff at 80 columns, every warning): ok when
# groff is silent, else not ok with its warnings.
renders_as_man() {
	_name=$1
	shift
	"$@" <"$MAN" | LC_ALL=C.UTF-8 preconv -e UTF-8 | tbl |
		groff -mandoc -rLL=78n -rLT=78n -Tutf8 -ww -z \
		>"$TMP/man.warn" 2>&1 || true
	if test -s "$TMP/man.warn"; then
		not_ok "$_name" "$(cat "$TMP/man.warn")"
	else
		ok "$_name"
	fi
}

if command -v groff >/dev/null 2>&1; then
	groff -man -ww -z "$MAN" >"$TMP/groff.err" 2>&1 || true
	check "the man page renders without a groff warning" \
		sh -c '! test -s "$1"' sh "$TMP/groff.err"
	if command -v preconv >/dev/null 2>&1 &&
		command -v tbl >/dev/null 2>&1; then
		# What man -l (and so lintian) runs to show the page, run
		# here without man itself: preconv, tbl and groff with
		# every warning on, at man's 80 columns (a line length of
		# 78n) in UTF-8.  man drops to its own user, sandboxes its
		# pipeline and reads its configuration, all of which a CI
		# container may refuse or complain about; none of that is
		# about the page.
		renders_as_man "as man shows it (preconv, tbl, groff at 80 columns) it renders without a warning" \
			cat
		# A deep installation prefix (make distcheck's in a deep
		# build tree) makes the FILES paths long: they must still
		# break at their slashes.
		deep=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
		renders_as_man "installed under a deep prefix, its paths break at slashes and it renders without a warning" \
			sed "s#share/\\(\\\\:\\)\\{0,1\\}#&$deep/\\1$deep/\\1#"
	else
		skip "as man shows it (preconv, tbl, groff at 80 columns) it renders without a warning" \
			"preconv or tbl is not installed"
		skip "installed under a deep prefix, its paths break at slashes and it renders without a warning" \
			"preconv or tbl is not installed"
	fi
	# Plain text, long lines, minus signs and quotes as ASCII.
	groff -man -Tutf8 -P-cbou -rLL=200n "$MAN" 2>/dev/null |
		sed "s/$(printf '\342\210\222')/-/g; s/$(printf '\342\200\220')/-/g;
		     s/$(printf '\342\200\231')/'/g; s/$(printf '\342\200\230')/'/g" \
		>"$TMP/man.txt"
else
	skip "the man page renders without a groff warning" "groff is missing"
	skip "as man shows it (preconv, tbl, groff at 80 columns) it renders without a warning" "groff is missing"
	skip "installed under a deep prefix, its paths break at slashes and it renders without a warning" "groff is missing"
fi

"$GAPSCORE" --help >"$TMP/overview"
commands=$(sed -n '/^Commands:/,/^$/s/^  \([a-z]*\) .*/\1/p' "$TMP/overview" |
	grep -vx help)
check "the overview lists commands" test -n "$commands"

# complete WORD...: what the completion offers for the command line
# "gapscore WORD...", the last word being completed.
complete_words() {
	bash -c '. "$1"; shift; COMP_WORDS=(gapscore "$@"); COMP_CWORD=$#
		_gapscore; printf "%s\n" "${COMPREPLY[@]}"' sh "$COMP" "$@"
}

for cmd in $commands; do
	"$GAPSCORE" help "$cmd" | help_entries >"$TMP/help-$cmd"
	if [ -s "$TMP/man.txt" ]; then
		man_entries "$cmd" >"$TMP/man-$cmd"
		if [ -s "$TMP/help-$cmd" ] &&
			cmp -s "$TMP/help-$cmd" "$TMP/man-$cmd"; then
			ok "the man page's $cmd options are its --help's"
		else
			not_ok "the man page's $cmd options are its --help's" \
				"$(diff "$TMP/help-$cmd" "$TMP/man-$cmd")"
		fi
	else
		skip "the man page's $cmd options are its --help's" \
			"groff is missing"
	fi
	check "the man page has the synopsis of $cmd" \
		grep -q "^\\.SY \"gapscore $cmd\"" "$MAN"
	complete_words "$cmd" "" | sort >"$TMP/comp-$cmd"
	sed 's/ [^-].*//; s/,//g' "$TMP/help-$cmd" | tr ' ' '\n' | sort \
		>"$TMP/names-$cmd"
	if [ -s "$TMP/names-$cmd" ] &&
		cmp -s "$TMP/names-$cmd" "$TMP/comp-$cmd"; then
		ok "the completion offers the options of $cmd, and no other"
	else
		not_ok "the completion offers the options of $cmd, and no other" \
			"$(diff "$TMP/names-$cmd" "$TMP/comp-$cmd")"
	fi
done

# accepted CMD OPTION: the values the parser's error names, one a line.
accepted() {
	"$GAPSCORE" "$1" "$2" '?' 2>&1 | sed -n '1s/.*expected //p' |
		sed 's/, /\n/g; s/ or /\n/'
}
for pair in score:--consensus score:--charts list:--format compare:--dimension; do
	cmd=${pair%%:*}
	opt=${pair#*:}
	accepted "$cmd" "$opt" >"$TMP/want"
	complete_words "$cmd" "$opt" "" >"$TMP/got"
	if [ -s "$TMP/want" ] && cmp -s "$TMP/want" "$TMP/got"; then
		ok "the completion offers what $cmd $opt accepts"
	else
		not_ok "the completion offers what $cmd $opt accepts" \
			"want: $(cat "$TMP/want")" "got: $(cat "$TMP/got")"
	fi
done
bash -c '. "$1"; COMP_WORDS=(gapscore score --consensus = me); COMP_CWORD=4
	_gapscore; echo "${COMPREPLY[*]}"' sh "$COMP" >"$TMP/got"
check "--consensus=me completes to median and mean" \
	grep -qx 'median mean' "$TMP/got"

mkdir "$TMP/work" "$TMP/work/outdir"
: >"$TMP/work/answers.csv"
cd "$TMP/work"
complete_words score -o "" >"$TMP/got"
check "-o DIR completes directories" grep -qx outdir "$TMP/got"
check "-o DIR does not complete files" sh -c '! grep -q answers "$1"' sh "$TMP/got"
complete_words score -a "" >"$TMP/got"
check "-a completes files" grep -qx answers.csv "$TMP/got"
GAPSCORE_INDICATORS=$top_srcdir/indicators complete_words list -i "" >"$TMP/got"
check "-i completes the names of the sets" sh -c '
	for s in untoc tip som fp; do grep -qx "$s" "$1" || exit 1; done' \
	sh "$TMP/got"
check "-i completes files too" grep -qx answers.csv "$TMP/got"
complete_words s >"$TMP/got"
check "the first word completes to a command" grep -qx score "$TMP/got"
complete_words help t >"$TMP/got"
check "help completes command names" \
	sh -c 'grep -qx trend "$1" && grep -qx template "$1"' sh "$TMP/got"
# Every tracked file that can hold a comment carries the licence's SPDX
# line (scripts/spdx-check says which do not); only in a git checkout.
if command -v git >/dev/null 2>&1 &&
	git -C "$top_srcdir" rev-parse --is-inside-work-tree >/dev/null 2>&1
then
	(cd "$top_srcdir" && git ls-files -z | xargs -0 scripts/spdx-check) \
		>"$TMP/spdx.out" 2>&1 || true
	check "every tracked source file has its SPDX line" \
		sh -c '! test -s "$1" || { cat "$1"; exit 1; }' sh "$TMP/spdx.out"
else
	skip "every tracked source file has its SPDX line" "not a git checkout"
fi
finish

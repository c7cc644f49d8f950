# SPDX-License-Identifier: Apache-2.0
# setup.sh - sourced by every CLI test: strict shell, C locale, a private
# temporary directory removed on exit, and TAP helpers (ok, not_ok,
# check, skip, finish) so that the automake TAP driver counts every check,
# and a check that needs gnuplot (gp_check) is reported as skipped, with
# the reason, where gnuplot is not installed.
set -eu
LC_ALL=C
export LC_ALL
: "${GAPSCORE:?GAPSCORE must name the gapscore binary}"
: "${top_srcdir:?top_srcdir must name the source tree}"
DATA="$top_srcdir/tests/data"
TMP=$(mktemp -d "${TMPDIR:-/tmp}/gapscore-test.XXXXXX")
trap "${KEEP_TMP:+:} rm -rf \"\$TMP\"" EXIT
tap_count=0
tap_failed=0

# ok NAME: record a passing check.
ok() {
	tap_count=$((tap_count + 1))
	echo "ok $tap_count - $1"
}

# not_ok NAME DETAIL...: record a failing check with diagnostics.
not_ok() {
	tap_count=$((tap_count + 1))
	tap_failed=$((tap_failed + 1))
	echo "not ok $tap_count - $1"
	shift
	for line in "$@"; do
		printf '%s\n' "$line" | sed 's/^/# /'
	done
}

# check NAME COMMAND...: ok if the command succeeds.
check() {
	name=$1
	shift
	if "$@" >"$TMP/check.out" 2>&1; then
		ok "$name"
	else
		not_ok "$name" "$(cat "$TMP/check.out")"
	fi
}

# skip NAME REASON: record a check that cannot run here, and why.
skip() {
	tap_count=$((tap_count + 1))
	echo "ok $tap_count - $1 # SKIP $2"
}

# have_gnuplot: can gapscore run gnuplot ($GNUPLOT, else gnuplot on
# PATH, as gapscore looks for it)?
have_gnuplot() {
	command -v "${GNUPLOT:-gnuplot}" >/dev/null 2>&1
}

# gp_check NAME COMMAND...: check, or skip where gnuplot is not installed.
gp_check() {
	if have_gnuplot; then
		check "$@"
	else
		skip "$1" "gnuplot is not installed"
	fi
}

# strip_inputs FILE...: drop the "inputs" list (the files the run read,
# by the names they were given) from JSON documents in place, so that
# runs on the same data under other names or in another order compare.
# Either layout: indented (--pretty) or compact (the default).
strip_inputs() {
	_tab=$(printf '\t')
	for _f in "$@"; do
		sed -e "/^$_tab\"inputs\":$_tab\[{\$/,/^$_tab$_tab}\],\$/d" \
		    -e "/^$_tab\"inputs\":$_tab\[\],\$/d" \
		    -e 's/,"inputs":\[[^]]*\]//' "$_f" >"$_f.strip" &&
			mv "$_f.strip" "$_f"
	done
}

# strip_inputs_tree DIR...: strip_inputs on every JSON file under DIR.
strip_inputs_tree() {
	find "$@" -name '*.json' | while read -r _f; do
		strip_inputs "$_f"
	done
}

# finish: print the plan (at the end, as TAP allows) and exit.
finish() {
	echo "1..$tap_count"
	[ "$tap_failed" -eq 0 ]
}

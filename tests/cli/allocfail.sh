#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# allocfail.sh - running out of memory anywhere ends a run cleanly. In
# a build configured with --enable-alloc-failure, GAPSCORE_FAIL_ALLOC=N
# makes the Nth allocation fail (xalloc, libcsv's buffer, PCRE2's
# contexts); for N = 1, 2, ... until a run needs no more than N - 1,
# each run of validate, of score without charts and of score with charts
# on the small fixture must exit 3 with "gapscore: error: out of memory",
# leave no file in OUTDIR and no staging directory, and leave TMPDIR
# empty (no chart directory, no temporary file). A fourth loop writes
# over the reports of an earlier run (another consensus rule) and checks
# that every failed run leaves them exactly as they were: the same
# files, bytes and modification times, and no staging directory.
# Elsewhere it is skipped.
#
# ALLOCFAIL_WRAPPER runs gapscore under a tool (CI: valgrind, whose
# --error-exitcode then fails a run that leaks or errs); ALLOCFAIL_STEP=K
# tries only N = 1, 1 + K, 1 + 2K, ... (every N by default), to keep a
# slow wrapper's time reasonable.
. "$top_srcdir/tests/cli/setup.sh"
if [ "${GAPSCORE_ALLOC_FAILURE:-no}" != yes ]; then
	skip "allocation failures" "not an --enable-alloc-failure build"
	finish
	exit
fi
cd "$TMP"
I="$DATA/indicators.csv"
A="$DATA/answers.csv"
STEP=${ALLOCFAIL_STEP:-1}
mkdir tmp

# left OUT: what a failed run left behind that it must not have (files,
# links and staging directories in OUT, anything in TMPDIR); empty when
# nothing.
left() {
	if [ -d "$1" ]; then
		find "$1" \( -type f -o -type l -o -name '.gapscore-stage.*' \) \
			-print
	fi
	find tmp -mindepth 1 -print
}

# manifest DIR: every entry under DIR, each file's size, modification
# time and SHA-256, one a line, sorted; what "unchanged" compares.
manifest() {
	(cd "$1" && find . -print | LC_ALL=C sort &&
		find . -type f -printf '%p %s %T@\n' | LC_ALL=C sort &&
		find . -type f -exec sha256sum {} + | LC_ALL=C sort)
}

# changed: what a failed run changed that it must not have: with no
# earlier outputs, anything it left in out (files, links, staging
# directories); with earlier outputs (SEED), any difference from them;
# and anything in TMPDIR. Empty when nothing.
changed() {
	if [ -z "$seed" ]; then
		left out
		return
	fi
	manifest out >after.list 2>&1 || true
	cmp -s before.list after.list || diff before.list after.list |
		head -n 5
	find tmp -mindepth 1 -print
}

# loop NAME SEED CMD...: run CMD (in which out is the output directory)
# with the Nth allocation failing for each N in turn until it succeeds;
# before each run out is a copy of SEED (when not empty: an earlier
# run's outputs) or absent.
loop() {
	name=$1
	seed=$2
	shift 2
	if [ -n "$seed" ]; then
		manifest "$seed" >before.list
	fi
	n=1
	runs=0
	problem=
	while :; do
		rm -rf out tmp
		mkdir tmp
		if [ -n "$seed" ]; then
			cp -a "$seed" out
		fi
		set +e
		GAPSCORE_FAIL_ALLOC=$n TMPDIR="$TMP/tmp" \
			${ALLOCFAIL_WRAPPER:-} "$GAPSCORE" "$@" >run.out 2>run.err
		status=$?
		set -e
		runs=$((runs + 1))
		if [ "$status" -eq 0 ] && [ "$n" -gt 1 ]; then
			break
		fi
		if [ "$status" -ne 3 ]; then
			problem="N=$n: exit status $status, expected 3"
		elif ! grep -q '^gapscore: error: out of memory' run.err; then
			problem="N=$n: no out-of-memory message"
		elif [ -n "$(changed)" ]; then
			problem="N=$n: left or changed $(changed | tr '\n' ' ')"
		fi
		[ -z "$problem" ] || break
		n=$((n + STEP))
	done
	if [ -n "$problem" ]; then
		not_ok "$name" "$problem" "$(tail -n 20 run.err)"
	elif [ "$name" != "validate" ] && [ ! -f out/XEA/2025/report.json ]; then
		not_ok "$name" "the run that succeeded wrote no report"
	elif [ -n "$seed" ] && cmp -s "$seed/XEA/2025/report.json" \
	    out/XEA/2025/report.json; then
		not_ok "$name" "the run that succeeded left the earlier report"
	else
		what="$((runs - 1)) failed allocations (N = 1 to $n, step $STEP)"
		ok "$name: $what each exit 3, nothing left"
	fi
}

loop "validate" "" validate -i "$I" -a "$A"
loop "score --charts none" "" score -q -i "$I" -a "$A" -o out --charts none
if have_gnuplot; then
	loop "score with charts" "" score -q -i "$I" -a "$A" -o out
else
	skip "score with charts" "gnuplot is not installed"
fi
# The earlier outputs: the same fixture scored by the mean, whose report
# differs from the median's.
"$GAPSCORE" score -q -i "$I" -a "$A" -o earlier --charts none \
	--consensus mean
loop "score over an earlier run" earlier score -q -i "$I" -a "$A" -o out \
	--charts none
finish

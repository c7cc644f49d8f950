#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# run.sh - run each libFuzzer target for a while (make fuzz-run runs
# this after make fuzz): the seed corpus is built from the tests' data
# by seeds.py into tests/fuzz/seeds/NAME, what a run finds goes to
# tests/fuzz/corpus/NAME (kept, so later runs go on from there), a crash
# or a failed oracle to tests/fuzz/artifacts/. One target at a time, on
# one core. Prints each target's executions and a total; fails when a
# target fails.
#
# usage: run.sh SECONDS NAME...   (from the top of the build tree)
# environment: srcdir (the source tree), FUZZ_FLAGS (more libFuzzer
# options)
set -u
: "${srcdir:?srcdir must name the source tree}"
seconds=$1
shift
F=tests/fuzz
mkdir -p "$F/corpus" "$F/artifacts"
if [ ! -d "$F/seeds" ]; then
	python3 "$srcdir/tests/fuzz/seeds.py" "$srcdir" "$F/seeds" || exit 1
fi
total=0
failed=0

# dict NAME: the dictionary of a target (a file in $F/dicts).
dict() {
	mkdir -p "$F/dicts"
	case $1 in
	answer-type) cp "$srcdir/$F/answer-type.dict" "$F/dicts/$1" ;;
	report) cat "$srcdir/$F/csv.dict" "$srcdir/$F/html.dict" >"$F/dicts/$1" ;;
	chart-quote|csvout) cat "$srcdir/$F/html.dict" >"$F/dicts/$1" ;;
	*) cp "$srcdir/$F/csv.dict" "$F/dicts/$1" ;;
	esac
	echo "$F/dicts/$1"
}

for name in "$@"; do
	bin="$F/fuzz-$name"
	log="$F/artifacts/$name.log"
	mkdir -p "$F/corpus/$name" "$F/seeds/$name"
	echo "=== fuzz-$name for ${seconds}s"
	# shellcheck disable=SC2086
	"$bin" -max_total_time="$seconds" -max_len=65536 -timeout=10 \
		-rss_limit_mb=2048 -print_final_stats=1 \
		-dict="$(dict "$name")" \
		-artifact_prefix="$F/artifacts/$name-" ${FUZZ_FLAGS:-} \
		"$F/corpus/$name" "$F/seeds/$name" >"$log" 2>&1
	st=$?
	execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
	total=$((total + ${execs:-0}))
	if [ "$st" -ne 0 ]; then
		failed=$((failed + 1))
		echo "=== fuzz-$name FAILED (exit $st); the end of $log:"
		tail -n 40 "$log"
	else
		echo "=== fuzz-$name: ${execs:-?} executions, corpus" \
			"$(ls "$F/corpus/$name" | wc -l) files"
	fi
done
echo "=== $# targets, $total executions, $failed failed"
[ "$failed" -eq 0 ]

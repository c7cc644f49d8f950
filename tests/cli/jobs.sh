#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# jobs.sh - score --jobs N: the assessments are scored and written by N
# workers a group at a time, and nothing shows it: for N = 1, 2, 3 and 8
# the output tree (diff -r), the files listed on standard output and the
# -v messages are byte-identical, on the bundled example and on a
# generated input of 15 assessments (several groups), without charts,
# in French, and with SVG charts (where gnuplot is installed); a run that
# fails, or is interrupted, with --jobs 2 leaves OUTDIR as it was.
. "$top_srcdir/tests/cli/setup.sh"
IND="$top_srcdir/indicators"
EX="$top_srcdir/examples/answers"
sets="-i $IND/untoc.csv -i $IND/tip.csv -i $IND/som.csv -i $IND/fp.csv"
cd "$TMP"
mkdir tmp
TMPDIR="$TMP/tmp"
export TMPDIR

python3 "$top_srcdir/bench/gen-answers.py" --rows 17000 --experts 3 \
	--countries 5 --rounds 3 -o gen.csv "$IND/untoc.csv" "$IND/tip.csv" \
	"$IND/som.csv" "$IND/fp.csv" >gen.log 2>&1
check "the generated input has 15 assessments" grep -q "15 assessments" gen.log

# run NAME N ARGS...: score into NAME-N/out with --jobs N, from inside
# NAME-N, so that the listed paths and messages of runs compare as they
# are; standard output into NAME-N/stdout, standard error into
# NAME-N/stderr, the exit status into NAME-N/status.
run() {
	_name=$1
	_n=$2
	shift 2
	mkdir "$_name-$_n"
	set +e
	(cd "$_name-$_n" && "$GAPSCORE" score "$@" -o out --jobs "$_n" \
		>stdout 2>stderr)
	echo $? >"$_name-$_n/status"
	set -e
}

# same NAME N: the run with --jobs N wrote what the run with --jobs 1
# did: status, tree, standard output and standard error.
same() {
	cmp "$1-1/status" "$1-$2/status" &&
		diff -r "$1-1/out" "$1-$2/out" &&
		cmp "$1-1/stdout" "$1-$2/stdout" &&
		cmp "$1-1/stderr" "$1-$2/stderr"
}

# compare NAME DESCRIPTION ARGS...: runs with --jobs 1, 2, 3 and 8, each
# checked against --jobs 1.
compare() {
	_name=$1
	_what=$2
	shift 2
	for _n in 1 2 3 8; do
		run "$_name" "$_n" "$@"
	done
	check "$_what: --jobs 1 writes and lists the reports" sh -c '
		test "$(cat "$1-1/status")" -eq 0 && test -s "$1-1/out/scores.csv" &&
		grep -q "report.json" "$1-1/stdout" &&
		grep -q "scored" "$1-1/stderr"' sh "$_name"
	for _n in 2 3 8; do
		check "$_what: --jobs $_n gives the same tree, list and -v messages" \
			same "$_name" "$_n"
	done
}

# shellcheck disable=SC2086
compare example "the example" $sets -a "$EX/XEA-2023.csv" \
	-a "$EX/XEA-2026.csv" -a "$EX/XEB-2023.csv" -a "$EX/XEB-2026.csv" \
	-a "$EX/XEC-2023.csv" -a "$EX/XEC-2026.csv" -v --charts none
# shellcheck disable=SC2086
compare gen "15 generated assessments" $sets -a "$TMP/gen.csv" -v \
	--charts none
# shellcheck disable=SC2086
compare fr "15 generated assessments in French" $sets -a "$TMP/gen.csv" \
	-v --charts none --lang fr
check "the French reports are in French" grep -q "lang=\"fr\"" \
	fr-1/out/XAA/*/report.html

if have_gnuplot; then
	for _n in 1 3; do
		# shellcheck disable=SC2086
		run svg "$_n" $sets -a "$TMP/gen.csv" -v --charts svg --lang fr
	done
fi
# svg_same: the SVG run with --jobs 1 drew its charts, and the one with
# --jobs 3 wrote the same.
svg_same() {
	test "$(cat svg-1/status)" -eq 0 &&
		test -n "$(find svg-1/out -name gap-UNTOC.svg)" && same svg 3
}
gp_check "SVG charts of 15 assessments: --jobs 3 draws and writes what --jobs 1 does" \
	svg_same
gp_check "no temporary chart directory is left" sh -c 'test -z "$(ls -A tmp)"'

# manifest DIR: every entry under DIR with each file's size,
# modification time and SHA-256, sorted: what "unchanged" compares.
manifest() {
	(cd "$1" && find . -print | LC_ALL=C sort &&
		find . -type f -printf '%p %s %T@\n' | LC_ALL=C sort &&
		find . -type f -exec sha256sum {} + | LC_ALL=C sort)
}

# --- A failing run: a folder it must write is a symbolic link.
# shellcheck disable=SC2086
"$GAPSCORE" score -q $sets -a "$TMP/gen.csv" -o fail --charts none \
	--consensus mean
mkdir elsewhere
rm -rf fail/XAE
ln -s "$TMP/elsewhere" fail/XAE
manifest fail >fail.before
set +e
# shellcheck disable=SC2086
"$GAPSCORE" score -q $sets -a "$TMP/gen.csv" -o fail --charts none \
	--jobs 2 2>fail.err
status=$?
set -e
manifest fail >fail.after
check "a failing run with --jobs 2 exits 3, saying why" sh -c '
	test "$1" -eq 3 && grep -q "symbolic link" fail.err' sh "$status"
check "a failing run with --jobs 2 leaves OUTDIR as it was" \
	cmp fail.before fail.after
check "a failing run with --jobs 2 leaves nothing in the link" \
	test -z "$(ls -A elsewhere)"

# --- An interrupted run: SIGINT while the charts of the first group
# are being drawn (a gnuplot that hangs).
cat >hang-gnuplot <<HANG
#!/bin/sh
echo \$\$ >"$TMP/gnuplot.pid"
exec sleep 300
HANG
chmod +x hang-gnuplot
manifest fail >int.before
# shellcheck disable=SC2086
"$GAPSCORE" score -q $sets -a "$TMP/gen.csv" -o fail --charts svg \
	--jobs 2 --gnuplot ./hang-gnuplot 2>int.err &
pid=$!
for _ in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25; do
	[ -s gnuplot.pid ] && break
	sleep 0.2
done
kill -INT "$pid"
set +e
wait "$pid"
status=$?
set -e
manifest fail >int.after
check "ctrl-c with --jobs 2 exits 130, saying so" sh -c '
	test "$1" -eq 130 && grep -q "stopped by SIGINT" int.err' sh "$status"
check "ctrl-c with --jobs 2 leaves OUTDIR as it was" cmp int.before int.after
check "ctrl-c with --jobs 2 leaves no temporary chart directory" \
	sh -c 'test -z "$(ls -A tmp)"'
finish

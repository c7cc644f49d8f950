#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# robust.sh - what a hostile tester broke, each a regression test named
# after the defect: signals leave no gnuplot and no temporary file, the
# timeout is exact, outputs are swapped in per folder (a killed run leaves
# every folder whole), two runs into one folder do not mix, symbolic
# links inside OUTDIR are not followed, devices and FIFOs given as -o are
# written to, and an unusable TMPDIR still gives the reports.
. "$top_srcdir/tests/cli/setup.sh"
cd "$TMP"
I="-i $DATA/indicators.csv"
A="-a $DATA/answers.csv"
mkdir tmp
TMPDIR="$TMP/tmp"
export TMPDIR

# A gnuplot that hangs, and starts a grandchild that leaves its process
# group (setsid) to hang too; it writes its pid files into $TMP.
cat >hang-gnuplot <<EOF
#!/bin/sh
date +%s%N >>"$TMP/gnuplot.start"
echo \$\$ >"$TMP/gnuplot.pid"
setsid sh -c 'echo \$\$ >"$TMP/escaped.pid"; exec sleep 300' &
exec sleep 300
EOF
chmod +x hang-gnuplot

# alive PIDFILE: is the process named in PIDFILE still running?
alive() {
	[ -s "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null
}

# --- SIGINT during charts.
"$GAPSCORE" score -q $I $A -o sig --gnuplot ./hang-gnuplot 2>sig.err &
pid=$!
for _ in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; do
	[ -s escaped.pid ] && break
	sleep 0.2
done
kill -INT "$pid"
set +e
wait "$pid"
status=$?
set -e
check "ctrl-c during charts exits 130" test "$status" -eq 130
check "ctrl-c during charts says so once" sh -c '
	test "$(wc -l <sig.err)" -eq 1 && grep -q "stopped by SIGINT" sig.err'
check "ctrl-c during charts leaves no gnuplot running" sh -c '
	sleep 0.2; ! alive gnuplot.pid' 
check "ctrl-c kills a grandchild that left gnuplot's group" sh -c '
	! alive escaped.pid'
check "ctrl-c during charts leaves no temporary files" sh -c '
	test -z "$(ls -A tmp)" && test -z "$(ls -A sig 2>/dev/null)"'
rm -f gnuplot.pid escaped.pid

# --- SIGTERM: 143.
"$GAPSCORE" score -q $I $A -o term --gnuplot ./hang-gnuplot 2>/dev/null &
pid=$!
for _ in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; do
	[ -s gnuplot.pid ] && break
	sleep 0.2
done
kill -TERM "$pid"
set +e
wait "$pid"
status=$?
set -e
check "SIGTERM during charts exits 143" test "$status" -eq 143
rm -f gnuplot.pid escaped.pid

# --- The timeout, to the millisecond: timed from gnuplot's start (the
# hanging gnuplot records it), so that a loaded machine's slower scoring
# does not count; one assessment, so that one process is stopped and
# little is written after it. Whole seconds would give 2 or 3 s for
# 2.2: the bounds leave a loaded machine 0.1 s to start the script (its
# clock starts after the fork) and 0.79 s to write the report.
rm -f gnuplot.start
set +e
"$GAPSCORE" score -q $I $A -o to --country XEA --round 2025 \
	--gnuplot ./hang-gnuplot --gnuplot-timeout 2.2 2>to.err
status=$?
set -e
ms=$((($(date +%s%N) - $(head -n 1 gnuplot.start)) / 1000000))
check "--gnuplot-timeout 2.2 stops gnuplot after 2.2 s, not 2 or 3" sh -c '
	test "$1" -eq 3 && test "$2" -ge 2100 && test "$2" -lt 2990 ||
	{ echo "exit $1 after $2 ms"; exit 1; }' sh "$status" "$ms"
check "the timed-out run still writes the reports" test -s to/XEA/2025/report.json
check "the timed-out run kills the escaped grandchild" sh -c '
	sleep 0.2; ! alive escaped.pid'
rm -f gnuplot.pid escaped.pid

# --- A run killed at any moment leaves every folder whole: old or new.
# The bundled example, so that a run takes long enough to be hit.
EX="$top_srcdir/examples/answers"
XI="-i $top_srcdir/indicators/untoc.csv -i $top_srcdir/indicators/tip.csv"
XI="$XI -i $top_srcdir/indicators/som.csv -i $top_srcdir/indicators/fp.csv"
XA=$(for f in "$EX"/*.csv; do printf ' -a %s' "$f"; done)
I=$XI A=$XA
"$GAPSCORE" score -q $I $A -o kill --charts none
printf 'country,round,expert,indicator,answer\n' >more.csv
for c in XEA XEB XEC; do
	for r in 2023 2026; do
		printf '%s,%s,zeta,UNTOC.5.L01,no\n' "$c" "$r" >>more.csv
	done
done
consistent=yes
for delay in 0 0.02 0.05 0.08 0.11 0.15 0.2 0.3; do
	"$GAPSCORE" score -q $I $A -a more.csv -o kill --charts none &
	pid=$!
	sleep "$delay"
	kill -KILL "$pid" 2>/dev/null || true
	wait "$pid" 2>/dev/null || true
	for f in kill/*/*; do
		[ -d "$f" ] || continue
		test -s "$f/report.json" && test -s "$f/report.html" ||
			consistent=no
		python3 -c 'import json,sys; json.load(open(sys.argv[1]))' \
			"$f/report.json" 2>/dev/null || consistent=no
		# json and html are of one run: both name the same experts.
		zeta_json=$(grep -c zeta "$f/report.json" || true)
		zeta_html=$(grep -c zeta "$f/report.html" || true)
		[ "$zeta_json" -eq 0 ] && [ "$zeta_html" -ne 0 ] && consistent=no
		[ "$zeta_json" -ne 0 ] && [ "$zeta_html" -eq 0 ] && consistent=no
	done
done
check "a run killed at any moment leaves every folder whole" test "$consistent" = yes
"$GAPSCORE" score -q $I $A -a more.csv -o kill --charts none
check "a full run after killed ones leaves no staging directory" sh -c '
	test -z "$(ls -a kill | grep -v "^\.$" | grep -v "^\.\.$" | grep "^\.")"'

I="-i $DATA/indicators.csv" A="-a $DATA/answers.csv"

# --- Two runs into one folder: the second stops with a clear message.
mkdir busy
flock busy sleep 3 &
lockpid=$!
sleep 0.3
set +e
"$GAPSCORE" score -q $I $A -o busy --charts none 2>busy.err
status=$?
set -e
kill "$lockpid" 2>/dev/null || true
wait "$lockpid" 2>/dev/null || true
check "a second run into the same folder stops, exit 3, saying why" sh -c '
	test "$1" -eq 3 && grep -q "is being written by another gapscore run" busy.err &&
	test -z "$(ls busy)"' sh "$status"

# --- Symbolic links inside OUTDIR are not followed.
mkdir -p link elsewhere
ln -s "$TMP/elsewhere" link/XEA
set +e
"$GAPSCORE" score -q $I $A -o link --charts none 2>link.err
status=$?
set -e
check "a symbolic link inside OUTDIR is refused, not followed" sh -c '
	test "$1" -eq 3 && grep -q "symbolic link" link.err &&
	test -z "$(ls elsewhere)"' sh "$status"

# --- A FIFO given as -o is written to, not replaced.
mkfifo fifo
cat fifo >fifo.out &
catpid=$!
"$GAPSCORE" merge $I $A -o fifo
wait "$catpid"
check "merge -o FIFO writes into the FIFO and leaves it a FIFO" sh -c '
	test -p fifo && grep -q "^country,round,expert" fifo.out'

# --- An unusable TMPDIR costs the charts, not the reports.
set +e
TMPDIR="$TMP/no/such/dir" "$GAPSCORE" score -q $I $A -o notmp 2>notmp.err
status=$?
set -e
if have_gnuplot; then
	check "an unusable TMPDIR still writes the reports (exit 3)" sh -c '
		test "$1" -eq 3 && test -s notmp/XEA/2025/report.json &&
		grep -q "charts were not drawn" notmp.err' sh "$status"
else
	check "an unusable TMPDIR still writes the reports" \
		test -s notmp/XEA/2025/report.json
fi
finish

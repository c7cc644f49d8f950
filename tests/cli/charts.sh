#!/bin/sh
# charts.sh - gnuplot charts: what is drawn for the example (and the
# golden script behind it), that charts are valid PNG or SVG, that hostile
# labels are drawn literally and never run, one gnuplot process per run,
# and what happens without gnuplot, when it fails and when it hangs. The
# checks that need gnuplot are skipped where it is not installed; the
# others run everywhere.
. "$top_srcdir/tests/cli/setup.sh"
IND="$top_srcdir/indicators"
EX="$top_srcdir/examples/answers"
EXP="$top_srcdir/tests/expected"
sets="-i $IND/untoc.csv -i $IND/tip.csv -i $IND/som.csv -i $IND/fp.csv"

mkdir "$TMP/t"
TMPDIR="$TMP/t"
export TMPDIR

# --- The example: charts listed, present, valid; the golden script.
if have_gnuplot; then
	# shellcheck disable=SC2086
	"$GAPSCORE" score -q $sets -a "$EX/XEA-2026.csv" -a "$EX/XEC-2023.csv" \
		-o "$TMP/png" --keep-scripts
fi
R="$TMP/png/XEA/2026"
gp_check "charts.gp of XEA 2026 matches the expected script" \
	cmp "$EXP/charts-XEA-2026.gp" "$R/charts.gp"
gp_check "every instrument has a gap chart and a spider chart" sh -c '
	for i in UNTOC TIP SOM FP; do
		test -s "$1/gap-$i.png" && test -s "$1/radar-$i.png" || exit 1
	done
	test -s "$1/disagreement.png"' sh "$R"
gp_check "report.json lists exactly the charts beside it" sh -c '
	listed=$(tr -d "\n\t " <"$1/report.json" | sed "s/.*\"charts\":\[\([^]]*\)\].*/\1/" |
		tr , "\n" | tr -d "\"" | sort)
	present=$(cd "$1" && ls *.png | sort)
	[ "$listed" = "$present" ]' sh "$R"
gp_check "XEC 2023 (no Firearms Protocol answers) has no FP chart" \
	test ! -e "$TMP/png/XEC/2023/gap-FP.png"
gp_check "PNG charts are PNG files" sh -c '
	for f in "$1"/*.png; do
		[ "$(head -c 8 "$f" | od -An -c | tr -d " \n")" = "211PNG\r\n032\n" ] || exit 1
	done' sh "$R"
gp_check "the kept script redraws the charts by itself" sh -c '
	cd "$1" && rm -f gap-UNTOC.png && "${GNUPLOT:-gnuplot}" charts.gp </dev/null 2>err &&
	test -s gap-UNTOC.png' sh "$R"
gp_check "no temporary chart directory is left" sh -c 'test -d "$1" && test -z "$(ls -A "$1")"' sh "$TMP/t"

if have_gnuplot; then
	# shellcheck disable=SC2086
	"$GAPSCORE" score -q $sets -a "$EX/XEB-2026.csv" -o "$TMP/svg" --charts svg
fi
gp_check "SVG charts are well-formed SVG documents" sh -c '
	for f in "$1"/*.svg; do
		if command -v python3 >/dev/null 2>&1; then
			python3 -c "import sys, xml.etree.ElementTree as E
r = E.parse(sys.argv[1]).getroot()
sys.exit(0 if r.tag.endswith(\"svg\") else 1)" "$f" || exit 1
		else
			grep -q "<svg" "$f" && grep -q "</svg>" "$f" || exit 1
		fi
	done' sh "$TMP/svg/XEB/2026"
gp_check "report.html inlines the SVG charts" \
	grep -q "<svg" "$TMP/svg/XEB/2026/report.html"
check "--charts none draws nothing and runs no gnuplot" sh -c '
	"$1" score -q -i "$2/tests/data/indicators.csv" -a "$2/tests/data/answers.csv" \
		-o "$3" --charts none --gnuplot /bin/false &&
	test -z "$(find "$3" -name "*.png" -o -name "*.svg")" &&
	grep -q "\"charts\":	\[\]" "$3/XEA/2025/report.json"' \
	sh "$GAPSCORE" "$top_srcdir" "$TMP/none"

# --- One gnuplot process for the whole run, started as gnuplot -d FILE.
if have_gnuplot; then
	real=$(command -v "${GNUPLOT:-gnuplot}")
	cat >"$TMP/gp-spy" <<SPY
#!/bin/sh
echo "\$*" >>"$TMP/gp-calls"
exec "$real" "\$@"
SPY
	chmod +x "$TMP/gp-spy"
	"$GAPSCORE" score -q -i "$DATA/indicators.csv" -a "$DATA/answers.csv" \
		-o "$TMP/spy" --gnuplot "$TMP/gp-spy"
fi
gp_check "one gnuplot process draws every chart of a run" \
	test "$(wc -l <"$TMP/gp-calls")" -eq 1
gp_check "gnuplot is started as gnuplot -d master.gp" \
	grep -qx -- "-d master.gp" "$TMP/gp-calls"
gp_check "charts of all three assessments were drawn" \
	test "$(find "$TMP/spy" -name "*.png" | wc -l)" -eq 9

# --- Hostile labels are drawn literally and nothing runs.
if have_gnuplot; then
	"$GAPSCORE" score -q -i "$DATA/hostile/indicators.csv" \
		-a "$DATA/hostile/answers.csv" -o "$TMP/host" --charts svg \
		--keep-scripts
fi
H="$TMP/host/XEA/2026"
gp_check "no injected command ran" \
	test -z "$(find "$TMP" -name "pwned*" -o -name p5)"
gp_check "hostile titles are drawn as text" sh -c '
	grep -q "system(&quot;touch \.\./\.\./\.\./pwned2&quot;)\|system(\"touch ../../../pwned2\")" "$1" &&
	grep -q "\`touch ../../../pwned1\`" "$1" &&
	grep -q "load &quot;&lt;touch\|load \"&lt;touch" "$1" &&
	grep -q "@cmd @x" "$1"' sh "$H/gap-HOST.svg"
gp_check "UTF-8 titles reach the chart intact" \
	grep -q "été 中文 عربي Русский ñ" "$H/gap-HOST.svg"
gp_check "control characters never reach gnuplot" sh -c '
	test -s "$1/gap-HOST.svg" && test -s "$1/charts.gp" &&
	! grep -q "$(printf "\033")" "$1/gap-HOST.svg" &&
	! LC_ALL=C grep -q "$(printf "\007")" "$1/charts.gp"' sh "$H"
gp_check "the script holds no backquote, @ or line starting with ! from the data" sh -c '
	test -s "$1" && ! grep -q "[\`@]" "$1" && ! grep -q "^!" "$1"' sh "$H/charts.gp"

# --- Without gnuplot: reports written, one warning, exit 0.
set +e
"$GAPSCORE" score -q -i "$DATA/indicators.csv" -a "$DATA/answers.csv" \
	-o "$TMP/nogp" --gnuplot "$TMP/no-such-gnuplot" 2>"$TMP/nogp.err"
status=$?
(
	unset GNUPLOT
	PATH=/nonexistent "$GAPSCORE" score -q -i "$DATA/indicators.csv" \
		-a "$DATA/answers.csv" -o "$TMP/nopath" 2>"$TMP/nopath.err"
)
status2=$?
set -e
check "without gnuplot the exit status is 0" test "$status" -eq 0 -a "$status2" -eq 0
check "without gnuplot one warning says how to get charts" sh -c '
	test "$(wc -l <"$1")" -eq 1 &&
	grep -q "^gapscore: warning: charts were skipped: gnuplot was not found" "$1" &&
	grep -q "apt-get install gnuplot-nox" "$1" && grep -q -- "--gnuplot PATH" "$1"' \
	sh "$TMP/nogp.err"
check "gnuplot missing from PATH is the same" \
	grep -q "charts were skipped" "$TMP/nopath.err"
check "without gnuplot the reports are still written, with no charts" sh -c '
	test -s "$1/XEA/2025/report.json" && test -s "$1/XEA/2025/report.html" &&
	grep -q "\"charts\":	\[\]" "$1/XEA/2025/report.json" &&
	test -z "$(find "$1" -name "*.png")"' sh "$TMP/nogp"

# --- gnuplot fails or hangs: exit 3, reports without charts.
set +e
"$GAPSCORE" score -q -i "$DATA/indicators.csv" -a "$DATA/answers.csv" \
	-o "$TMP/fail" --gnuplot /bin/false 2>"$TMP/fail.err"
status=$?
set -e
check "a failing gnuplot gives exit status 3" test "$status" -eq 3
check "a failing gnuplot is reported" \
	grep -q "^gapscore: error: charts were not drawn: '/bin/false' failed" "$TMP/fail.err"
check "reports are written when gnuplot fails" \
	test -s "$TMP/fail/XEA/2025/report.json"
printf '#!/bin/sh\nsleep 30\n' >"$TMP/gp-hang"
chmod +x "$TMP/gp-hang"
set +e
"$GAPSCORE" score -q -i "$DATA/indicators.csv" -a "$DATA/answers.csv" \
	-o "$TMP/hang" --gnuplot "$TMP/gp-hang" --gnuplot-timeout 1 2>"$TMP/hang.err"
status=$?
set -e
check "a hanging gnuplot is stopped after --gnuplot-timeout (exit 3)" sh -c '
	test "$1" -eq 3 && grep -q "did not finish within 1 seconds" "$2"' \
	sh "$status" "$TMP/hang.err"

finish

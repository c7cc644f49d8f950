#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
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
gp_check "report.html inlines each PNG as drawn, not a second drawing" \
	python3 -c '
import base64, glob, os, re, sys
d = sys.argv[1]
page = open(os.path.join(d, "report.html"), encoding="utf-8").read()
inlined = sorted(base64.b64decode(m) for m in
                 re.findall(r"src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"", page))
drawn = sorted(open(f, "rb").read() for f in glob.glob(os.path.join(d, "*.png")))
sys.exit(0 if inlined and inlined == drawn and "<svg" not in page
         and not glob.glob(os.path.join(d, "*.svg")) else 1)' "$R"
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
	grep -q "\"charts\":[[:space:]]*\[\]" "$3/XEA/2025/report.json"' \
	sh "$GAPSCORE" "$top_srcdir" "$TMP/none"

# --- gnuplot processes: --jobs 1 draws a small run with one, --jobs 2
# with two, each started as gnuplot -d run.gp; the charts are the same.
if have_gnuplot; then
	real=$(command -v "${GNUPLOT:-gnuplot}")
	cat >"$TMP/gp-spy" <<SPY
#!/bin/sh
echo "\$*" >>"\$GP_CALLS"
exec "$real" "\$@"
SPY
	chmod +x "$TMP/gp-spy"
	for j in 1 2; do
		GP_CALLS="$TMP/gp-calls-$j" "$GAPSCORE" score -q \
			-i "$DATA/indicators.csv" -a "$DATA/answers.csv" \
			-o "$TMP/spy$j" --gnuplot "$TMP/gp-spy" --jobs $j
	done
fi
gp_check "--jobs 1: one gnuplot process draws every chart of a small run" \
	test "$(wc -l <"$TMP/gp-calls-1")" -eq 1
gp_check "--jobs 2: two gnuplot processes share the work" \
	test "$(wc -l <"$TMP/gp-calls-2")" -eq 2
gp_check "gnuplot is started as gnuplot -d run.gp" sh -c '
	test "$(sort -u "$1" "$2")" = "-d run.gp"' \
	sh "$TMP/gp-calls-1" "$TMP/gp-calls-2"
gp_check "charts of all three assessments were drawn" \
	test "$(find "$TMP/spy1" -name "*.png" | wc -l)" -eq 9
gp_check "--jobs 2 writes exactly what --jobs 1 writes" \
	diff -r "$TMP/spy1" "$TMP/spy2"

# --- One chart set gnuplot cannot draw costs its own charts only: a
# gnuplot that fails in the middle of the second set, and one that hangs
# on it.
if have_gnuplot; then
	cat >"$TMP/gp-fail-one" <<SPY
#!/bin/sh
sed 's/^cd "a00001"\$/cd "a00001"\\nno_such_gnuplot_command/' run.gp >run2.gp
exec "$real" -d run2.gp
SPY
	cat >"$TMP/gp-hang-one" <<SPY
#!/bin/sh
if grep -q '^cd "a00001"' run.gp; then exec sleep 300; fi
exec "$real" "\$@"
SPY
	chmod +x "$TMP/gp-fail-one" "$TMP/gp-hang-one"
	# The hanging gnuplot is stopped three times (the first run, the
	# culprit alone, the run after it); 4 s leaves a loaded machine time
	# to draw the sets that do not hang.
	for g in fail hang; do
		set +e
		"$GAPSCORE" score -q -i "$DATA/indicators.csv" \
			-a "$DATA/answers.csv" -o "$TMP/one-$g" --jobs 1 \
			--charts svg --gnuplot "$TMP/gp-$g-one" \
			--gnuplot-timeout 4 \
			2>"$TMP/one-$g.err"
		echo $? >"$TMP/one-$g.status"
		set -e
	done
fi
for g in fail hang; do
	gp_check "a gnuplot that ${g}s on one set: the other two are drawn" \
		sh -c 'test "$(cat "$1.status")" -eq 3 &&
		test "$(grep -l "\"charts\":[[:space:]]*\[\]" "$1"/*/*/report.json |
			wc -l)" -eq 1 &&
		for r in "$1"/*/*/report.json; do
			d=${r%/report.json}
			grep -q "\"charts\":[[:space:]]*\[\]" "$r" ||
			ls "$d"/gap-*.svg >/dev/null || exit 1
		done' sh "$TMP/one-$g"
	gp_check "a gnuplot that ${g}s on one set: its report says why" \
		sh -c 'r=$(grep -l "\"charts\":[[:space:]]*\[\]" "$1"/*/*/report.json) &&
		grep -q "\"charts_error\":[[:space:]]*\"./.*gp-$2-one" "$r" &&
		test "$(grep -l "\"charts_error\":[[:space:]]*null" \
			"$1"/*/*/report.json | wc -l)" -eq 2' \
		sh "$TMP/one-$g" "$g"
	gp_check "a gnuplot that ${g}s on one set: one message says which" \
		sh -c 'test "$(wc -l <"$1")" -eq 1 &&
		grep -q "^gapscore: error: charts were not drawn: 1 of 3 chart sets were not drawn; the first, XE[AB] 20[0-9]*: " "$1"' \
		sh "$TMP/one-$g.err"
done

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

# --- Titles with '%': gnuplot reads tic labels as formats, so each '%'
# is doubled; the run draws every chart and the text is drawn as written.
sed -e 's/Criminalization of participation/Victims identified (% of cases) Rate %d/' \
	-e 's/Criminalization of laundering/Share 50% x %.999999999f y/' \
	-e 's/,Definitions,/,Cost %s %n %%,/' \
	"$DATA/indicators.csv" >"$TMP/percent.csv"
set +e
"$GAPSCORE" score -q -i "$TMP/percent.csv" -a "$DATA/answers.csv" \
	-o "$TMP/pct" --charts svg 2>"$TMP/pct.err"
status=$?
set -e
gp_check "titles with % draw every chart, exit 0" sh -c '
	test "$1" -eq 0 && test ! -s "$2" &&
	test "$(find "$3" -name "gap-*.svg" | wc -l)" -eq 4' \
	sh "$status" "$TMP/pct.err" "$TMP/pct"
gp_check "titles with % are drawn as written" sh -c '
	grep -q "Victims identified (% of cases) Rate" "$1/gap-TOY.svg" &&
	grep -q "Share 50% x %.999999999f y" "$1/gap-TOY.svg" &&
	grep -q "Cost %s %n %%" "$1/gap-PRO.svg"' sh "$TMP/pct/XEA/2026"

# --- An instrument of 1 300 articles: taller than cairo draws in one
# image (32 767 pixels, about 1 165 articles), so its gap chart comes in
# pages of 250 articles, gap-BIG.png then gap-BIG-2.png to gap-BIG-6.png,
# every one listed in the report, and the run exits 0.
if have_gnuplot; then
	python3 - "$TMP/big-ind.csv" "$TMP/big-ans.csv" <<'PY'
import sys
with open(sys.argv[1], "w") as ind, open(sys.argv[2], "w") as ans:
    ind.write("id,instrument,article,article_title,dimension,obligation,"
              "question,answer_type\n")
    ans.write("country,round,expert,indicator,answer\n")
    for a in range(1, 1301):
        ind.write("B%d.L1,BIG,%d,Article %d,legislative,mandatory,"
                  "Is it in the law?,yesno\n" % (a, a, a))
        ans.write("XEA,2026,alpha,B%d.L1,%s\n" % (a, "yes" if a % 3 else "no"))
PY
	set +e
	"$GAPSCORE" score -q -i "$TMP/big-ind.csv" -a "$TMP/big-ans.csv" \
		-o "$TMP/big" 2>"$TMP/big.err"
	echo $? >"$TMP/big.status"
	set -e
fi
gp_check "1 300 articles: the gap chart in six pages, each drawn, exit 0" \
	sh -c 'test "$(cat "$1.status")" -eq 0 && test ! -s "$1.err" &&
	d="$1/XEA/2026" && test -s "$d/gap-BIG.png" &&
	for p in 2 3 4 5 6; do test -s "$d/gap-BIG-$p.png" || exit 1; done &&
	test ! -e "$d/gap-BIG-7.png" &&
	test "$(grep -o "\"gap-BIG[-0-9]*\.png\"" "$d/report.json" | sort -u | wc -l)" -eq 6' \
	sh "$TMP/big"
gp_check "1 300 articles: each page says which articles it holds" sh -c '
	grep -q "articles 1251-1300 of 1300" "$1"' \
	sh "$TMP/big/XEA/2026/report.html"

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
	grep -q "\"charts\":[[:space:]]*\[\]" "$1/XEA/2025/report.json" &&
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

#!/bin/sh
# browser.sh - report.html opened in headless Chromium (Debian's chromium):
# it renders without errors, shows the report and its inline charts, and
# fetches nothing. The screenshot is kept as a test artifact in
# tests/artifacts/ of the build tree.
. "$top_srcdir/tests/cli/setup.sh"
IND="$top_srcdir/indicators"
EX="$top_srcdir/examples/answers"
BROWSER=$(command -v chromium || command -v chromium-browser || true)

if [ -z "$BROWSER" ] || ! have_gnuplot; then
	if [ -z "$BROWSER" ]; then
		skip "report.html in headless Chromium" "chromium is not installed"
	else
		skip "report.html in headless Chromium" "gnuplot is not installed"
	fi
	finish
	exit 0
fi
"$GAPSCORE" score -q -i "$IND/untoc.csv" -i "$IND/tip.csv" -i "$IND/som.csv" \
	-i "$IND/fp.csv" -a "$EX/XEA-2026.csv" -o "$TMP/out"
page="file://$TMP/out/XEA/2026/report.html"

# browse ARGS...: headless Chromium as the project's CI runs it: no
# sandbox (root), no background network, a fresh profile.
browse() {
	timeout 120 "$BROWSER" --headless --no-sandbox --disable-gpu \
		--disable-quic --no-first-run --disable-background-networking \
		--disable-component-update --disable-sync \
		--user-data-dir="$TMP/profile" --enable-logging=stderr --v=0 \
		"$@"
}

artifacts="$(dirname "$GAPSCORE")/tests/artifacts"
mkdir -p "$artifacts"
shot="$artifacts/report-XEA-2026.png"
rm -f "$shot"
if browse --window-size=1280,2400 --screenshot="$shot" "$page" \
	>"$TMP/shot.out" 2>"$TMP/shot.err"; then
	ok "Chromium renders report.html"
else
	not_ok "Chromium renders report.html" "$(tail -n 20 "$TMP/shot.err")"
fi
check "a screenshot was taken (kept in tests/artifacts/)" sh -c '
	test "$(head -c 4 "$1" | od -An -c | tr -d " \n")" = "211PNG" &&
	test "$(wc -c <"$1")" -gt 20000' sh "$shot"
check "no console errors, page errors or network requests" sh -c '
	! grep -E "CONSOLE|Uncaught|net::ERR|Failed to load resource" "$1"' \
	sh "$TMP/shot.err"

browse --dump-dom "$page" >"$TMP/dom.html" 2>"$TMP/dom.err" || true
check "the rendered page holds the report" \
	grep -q "Gap report: XEA, round 2026" "$TMP/dom.html"
check "the rendered page holds the inline charts" \
	test "$(grep -o "<svg" "$TMP/dom.html" | wc -l)" -ge 9
check "the rendered page holds the indicators behind each gap" \
	grep -q "UNTOC.5.L01" "$TMP/dom.html"
finish

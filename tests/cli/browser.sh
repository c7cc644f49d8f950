#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# browser.sh - report.html, trend.html and compare.html of the example
# opened in headless Chromium (Debian's chromium): each renders without
# console or page errors, shows its content and its inline charts, and
# fetches nothing: Chromium's network log (--log-net-log) holds no
# request that the page started (the browser's own background requests
# have no origin; a file:// page's have the origin "null"), and no host
# name resolves anyway. A screenshot of each is kept as a test artifact
# in tests/artifacts/ of the build tree.
. "$top_srcdir/tests/cli/setup.sh"
IND="$top_srcdir/indicators"
EX="$top_srcdir/examples/answers"
BROWSER=$(command -v chromium || command -v chromium-browser || true)
sets="-i $IND/untoc.csv -i $IND/tip.csv -i $IND/som.csv -i $IND/fp.csv"

if [ -z "$BROWSER" ] || ! have_gnuplot; then
	why="chromium is not installed"
	[ -n "$BROWSER" ] && why="gnuplot is not installed"
	for page in report.html trend.html compare.html; do
		skip "$page in headless Chromium" "$why"
	done
	finish
	exit 0
fi
# shellcheck disable=SC2086
"$GAPSCORE" score -q $sets -a "$EX/XEA-2026.csv" -o "$TMP/score"
# shellcheck disable=SC2086
"$GAPSCORE" trend -q $sets -a "$EX/XEB-2023.csv" -a "$EX/XEB-2026.csv" \
	-o "$TMP/trend"
# shellcheck disable=SC2086
"$GAPSCORE" compare -q $sets -a "$EX/XEA-2026.csv" -a "$EX/XEB-2026.csv" \
	-a "$EX/XEC-2023.csv" -o "$TMP/compare"

# browse ARGS...: headless Chromium as the project's CI runs it: no
# sandbox (root), no background network, a fresh profile, and no host
# name that resolves.
browse() {
	timeout 120 "$BROWSER" --headless --no-sandbox --disable-gpu \
		--disable-quic --no-first-run --disable-background-networking \
		--disable-component-update --disable-sync \
		--host-resolver-rules="MAP * ~NOTFOUND" \
		--user-data-dir="$TMP/profile" --enable-logging=stderr --v=0 \
		"$@"
}

# own_requests NETLOG: did the page start a request (one with an origin:
# "null" for a file:// page), not only the browser in the background?
own_requests() {
	grep -o "\"initiator\":\"[^\"]*\"" "$1" | grep -qv "not an origin"
}

artifacts="$(dirname "$GAPSCORE")/tests/artifacts"
mkdir -p "$artifacts"

# page NAME FILE SHOT HEIGHT SVGS TEXT...: open FILE, keep a screenshot
# as SHOT in the artifacts, and check that it rendered cleanly, holds at
# least SVGS inline charts and every TEXT.
page() {
	pname=$1 file=$2 shot="$artifacts/$3" height=$4 svgs=$5
	shift 5
	rm -f "$shot"
	rm -f "$TMP/net.json"
	if browse --window-size=1280,"$height" --screenshot="$shot" \
		--log-net-log="$TMP/net.json" \
		"file://$file" >"$TMP/shot.out" 2>"$TMP/shot.err"; then
		ok "Chromium renders $pname"
	else
		not_ok "Chromium renders $pname" "$(tail -n 20 "$TMP/shot.err")"
	fi
	check "$pname: a screenshot was taken (kept in tests/artifacts/)" sh -c '
		test "$(head -c 4 "$1" | od -An -c | tr -d " \n")" = "211PNG" &&
		test "$(wc -c <"$1")" -gt 20000' sh "$shot"
	check "$pname: no console errors or page errors" sh -c '
		! grep -E "CONSOLE|Uncaught|net::ERR|Failed to load resource" "$1"' \
		sh "$TMP/shot.err"
	if [ -s "$TMP/net.json" ] && ! own_requests "$TMP/net.json"; then
		ok "$pname: the page requests nothing"
	else
		not_ok "$pname: the page requests nothing" \
			"$(grep -o "\"url\":\"[^\"]*\"" "$TMP/net.json" | sort -u)"
	fi
	browse --dump-dom "file://$file" >"$TMP/dom.html" 2>"$TMP/dom.err" || true
	check "$pname: the rendered page holds its $svgs inline charts" \
		test "$(grep -oE "<svg|<img [^>]*src=\"data:image/png;base64," "$TMP/dom.html" | wc -l)" -ge "$svgs"
	for text in "$@"; do
		check "$pname: the rendered page holds '$text'" \
			grep -qF "$text" "$TMP/dom.html"
	done
}

# requests FILE: does opening FILE start requests of its own?
requests() {
	rm -f "$TMP/net.json"
	browse --screenshot="$TMP/probe.png" --log-net-log="$TMP/net.json" \
		"file://$1" >/dev/null 2>&1 || true
	own_requests "$TMP/net.json"
}

# The network check itself: it sees a page that fetches an image.
printf '<!DOCTYPE html>\n<p>x<img src="http://example.invalid/x.png">\n' \
	>"$TMP/fetches.html"
check "the network check sees a page that fetches" requests "$TMP/fetches.html"

page report.html "$TMP/score/XEA/2026/report.html" report-XEA-2026.png \
	2400 9 "Gap report: XEA, round 2026" "What the ratings rest on" \
	"Observations and recommended actions" "UNTOC.5.L01"
page trend.html "$TMP/trend/XEB/trend.html" trend-XEB.png 2400 5 \
	"Trend: XEB, rounds 2023 to 2026" "Indicators that moved" \
	"Indicators not comparable"
page compare.html "$TMP/compare/compare.html" compare.png 2400 1 \
	"Comparison of 3 countries: legislative gaps" "Not ranked because" \
	"Mean: all"
finish

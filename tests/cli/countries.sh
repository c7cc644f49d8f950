#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# countries.sh - reports name the country, not only its code: the
# built-in ISO 3166-1 names (data/countries.csv, compiled in), and
# --countries FILE for user-assigned codes; a broken file is an input
# error naming FILE:LINE:COLUMN.
. "$top_srcdir/tests/cli/setup.sh"
cd "$TMP"
I="-i $DATA/indicators.csv"

printf 'country,round,expert,indicator,answer\nKEN,1,e,T5.L1,yes\nXEA,1,e,T5.L1,yes\n' >a.csv
"$GAPSCORE" score -q $I -a a.csv -o r --charts none
check "an ISO 3166-1 code is named without a file" \
	grep -q '"country_name":[[:space:]]*"Kenya"' r/KEN/1/report.json
check "a user-assigned code is named by its code" \
	grep -q '"country_name":[[:space:]]*"XEA"' r/XEA/1/report.json
printf 'code,name,region\nXEA,Republic of Xea,Example\nKEN,Republic of Kenya,Africa\n' >c.csv
"$GAPSCORE" score -q $I -a a.csv --countries c.csv -o s --charts none
check "--countries names a user-assigned code" \
	grep -q '"country_name":[[:space:]]*"Republic of Xea"' s/XEA/1/report.json
check "--countries wins over the built-in name" \
	grep -q '"country_name":[[:space:]]*"Republic of Kenya"' s/KEN/1/report.json
"$GAPSCORE" compare -q $I -a a.csv --countries c.csv -o cmp --charts none
check "compare names the countries" \
	grep -q '"country_name":[[:space:]]*"Republic of Xea"' cmp/compare.json

printf 'code,name\nxea,X\nXEB,\nXEA,Y\nXEA,Z\n' >bad.csv
set +e
"$GAPSCORE" validate -q $I -a a.csv --countries bad.csv 2>bad.err
status=$?
set -e
check "a broken countries file is an input error naming each problem" sh -c '
	test "$1" -eq 1 &&
	grep -q "^gapscore: bad.csv:2:code: error: code .xea. is not valid" bad.err &&
	grep -q "^gapscore: bad.csv:3:name: error: name is empty" bad.err &&
	grep -q "^gapscore: bad.csv:5:code: error: code .XEA. is listed twice" bad.err' \
	sh "$status"

printf 'code,name,capital\nXEA,Republic of Xea,Xea City\n' >extra.csv
"$GAPSCORE" validate -q $I -a a.csv --countries extra.csv 2>extra.err
check "an unknown column of a countries file is a warning that says it is ignored" \
	grep -qx "gapscore: extra.csv:1:capital: warning: unknown column 'capital' is ignored" \
	extra.err

# The compiled-in table is the one data/countries.csv gives.
if command -v python3 >/dev/null 2>&1; then
	python3 "$top_srcdir/scripts/gen-countries" \
		"$top_srcdir/data/countries.csv" iso3166.c
	check "src/load/iso3166.c is generated from data/countries.csv" \
		cmp iso3166.c "$top_srcdir/src/load/iso3166.c"
else
	skip "src/load/iso3166.c is generated from data/countries.csv" \
		"python3 is not installed"
fi
finish

#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# reference.sh - differential test: random valid inputs scored by gapscore
# and by an independent implementation of SPEC (tests/reference/ref.py)
# must agree on every fixed key path of the report, up to rounding ties
# at the fourth decimal. Seeded, so every run tries the same cases.
#
# The cases are split into REFERENCE_SHARDS shards so that make -j can
# run them side by side: reference-N.sh sources this file and runs shard
# N, the Nth slice of the same seeded cases (all shards together try
# exactly the cases one run of fuzz.py would). Each shard runs one case
# at a time (GAPSCORE_REFERENCE_JOBS changes that): make -j decides how
# many run at once.
. "$top_srcdir/tests/cli/setup.sh"
CASES=${GAPSCORE_REFERENCE_CASES:-300}
REFERENCE_SHARDS=4

# The shard: N of the running script's name, reference-N.sh.
shard=${0##*/reference-}
shard=${shard%.sh}
case "$shard" in
'' | *[!0-9]*) shard=0 ;;
esac
if [ "$shard" -lt 1 ] || [ "$shard" -gt "$REFERENCE_SHARDS" ]; then
	echo "Bail out! $0 is not reference-N.sh with N from 1 to $REFERENCE_SHARDS"
	exit 1
fi
first=$(((shard - 1) * CASES / REFERENCE_SHARDS))
count=$((shard * CASES / REFERENCE_SHARDS - first))
name="cases $((first + 1))-$((first + count)) of $CASES x 4 consensus rules agree with the reference"

if [ "$count" -eq 0 ]; then
	skip "shard $shard of $CASES cases" "no case falls in this shard"
	finish
	exit 0
fi
if ! command -v python3 >/dev/null 2>&1; then
	skip "$name" "python3 is not installed"
	finish
	exit 0
fi
if python3 "$top_srcdir/tests/reference/fuzz.py" --seed 2026 \
	--first "$first" --cases "$count" --jobs "${GAPSCORE_REFERENCE_JOBS:-1}" \
	--bin "$GAPSCORE" --workdir "$TMP/ref" >"$TMP/ref.out" 2>&1; then
	ok "$name"
else
	not_ok "$name" "$(cat "$TMP/ref.out")"
fi
finish

#!/bin/sh
# reference-2.sh - shard 2 of the differential test (see reference.sh).
. "$top_srcdir/tests/cli/reference.sh"

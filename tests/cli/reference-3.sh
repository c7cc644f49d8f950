#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# reference-3.sh - shard 3 of the differential test (see reference.sh).
. "$top_srcdir/tests/cli/reference.sh"

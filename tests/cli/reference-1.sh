#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# reference-1.sh - shard 1 of the differential test (see reference.sh).
. "$top_srcdir/tests/cli/reference.sh"

#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# reference-4.sh - shard 4 of the differential test (see reference.sh).
. "$top_srcdir/tests/cli/reference.sh"

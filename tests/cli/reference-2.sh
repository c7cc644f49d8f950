#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# reference-2.sh - shard 2 of the differential test (see reference.sh).
. "$top_srcdir/tests/cli/reference.sh"

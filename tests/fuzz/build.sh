#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# build.sh - build the libFuzzer targets (make fuzz runs this): the core
# sources compiled again with clang, -fsanitize=fuzzer-no-link plus
# AddressSanitizer and UndefinedBehaviorSanitizer, into tests/fuzz/obj
# of the build tree, then each target tests/fuzz/fuzz-NAME.c linked with
# -fsanitize=fuzzer into tests/fuzz/fuzz-NAME. The normal (gcc) build is
# untouched. An object is rebuilt when its source, a header or config.h
# is newer.
#
# usage: build.sh NAME...   (from the top of the build tree)
# environment (make fuzz sets it): FUZZ_CC, srcdir, CORE_SOURCES (the
# core's sources, headers allowed), DEP_CFLAGS, DEP_LIBS, WARN_CFLAGS,
# FUZZ_JOBS (parallel compiles, default 2)
set -eu
: "${FUZZ_CC:?no clang that links -fsanitize=fuzzer was found by configure; install clang and libclang-rt-14-dev (Debian) and configure again, or set FUZZ_CC}"
: "${srcdir:?srcdir must name the source tree}"
: "${CORE_SOURCES:?CORE_SOURCES must list the core sources}"
OBJ=tests/fuzz/obj
SAN="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
CFLAGS="-std=c11 -g -O1 -D_GNU_SOURCE -I. -I$srcdir/src -I$srcdir/tests/fuzz \
-DFUZZ_SRCDIR=\"$(cd "$srcdir" && pwd)\" ${WARN_CFLAGS:-} ${DEP_CFLAGS:-} $SAN"
# gcc's warnings, less one that clang also gives for va_list formats.
CFLAGS="$CFLAGS -Wno-format-nonliteral"
mkdir -p "$OBJ"

# stale OBJECT SOURCE: does the object need building?
stale() {
	[ -f "$1" ] || return 0
	[ "$2" -nt "$1" ] || [ config.h -nt "$1" ] && return 0
	[ -n "$(find "$srcdir/src" "$srcdir/tests/fuzz" -name '*.h' -newer "$1" | head -n 1)" ]
}

# The core's objects, compiled FUZZ_JOBS at a time.
objs=
todo=
for src in $CORE_SOURCES; do
	case $src in *.c) ;; *) continue ;; esac
	o="$OBJ/$(echo "$src" | tr '/' '_' | sed 's/\.c$/.o/')"
	objs="$objs $o"
	if stale "$o" "$srcdir/$src"; then
		todo="$todo $srcdir/$src:$o"
	fi
done
if [ -n "$todo" ]; then
	echo "  FUZZCC   the core ($(echo $todo | wc -w) files)"
	# shellcheck disable=SC2086
	printf '%s\n' $todo | xargs -P "${FUZZ_JOBS:-2}" -I '{}' sh -c '
		src=${1%%:*}; o=${1#*:}
		'"$FUZZ_CC $CFLAGS"' -fsanitize=fuzzer-no-link -c "$src" -o "$o"
	' sh '{}'
fi
helper="$OBJ/fuzz.o"
if stale "$helper" "$srcdir/tests/fuzz/fuzz.c"; then
	# shellcheck disable=SC2086
	$FUZZ_CC $CFLAGS -fsanitize=fuzzer-no-link -c "$srcdir/tests/fuzz/fuzz.c" -o "$helper"
fi

# Each target: its source, the helper and the core.
for name in "$@"; do
	src="$srcdir/tests/fuzz/fuzz-$name.c"
	bin="tests/fuzz/fuzz-$name"
	echo "  FUZZLD   $bin"
	# shellcheck disable=SC2086
	$FUZZ_CC $CFLAGS -fsanitize=fuzzer "$src" "$helper" $objs \
		${DEP_LIBS:-} -o "$bin"
done

#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# synopsis.sh - the README's command summaries are the commands' usage
# lines: for every command that 'gapscore help' lists, the first
# paragraph of 'gapscore help CMD' (without "Usage: ") is, spaces
# squeezed, the README's entry of that command in the block under
# "## Commands"; the block has no entry for a command gapscore lacks.
. "$top_srcdir/tests/cli/setup.sh"
cd "$TMP"

# The code block under "## Commands", one entry a line: a line that
# starts "gapscore " and the indented lines after it, joined, spaces
# squeezed.
awk '/^## Commands$/ { on = 1; next }
	on && /^```$/ { if (inblock) exit; inblock = 1; next }
	inblock && /^gapscore / { if (entry != "") print entry; entry = $0; next }
	inblock && /^[ \t]/ { entry = entry " " $0; next }
	END { if (entry != "") print entry }' "$top_srcdir/README.md" |
	tr -s ' \t' '  ' >readme.txt

# The commands, as 'gapscore help' lists them.
"$GAPSCORE" help | awk '/^Commands:$/ { on = 1; next }
	on && /^$/ { exit }
	on && $1 != "help" { print $1 }' >commands.txt

if [ ! -s readme.txt ] || [ ! -s commands.txt ]; then
	not_ok "the README's summaries and the command list are found" \
		"$(cat readme.txt commands.txt)"
fi
while read -r cmd; do
	"$GAPSCORE" help "$cmd" | sed '/^$/q' | sed 's/^Usage: //' |
		tr '\n' ' ' | tr -s ' \t' '  ' | sed 's/ *$//' >"usage-$cmd.txt"
	readme=$(grep "^gapscore $cmd " readme.txt | sed 's/ *$//' || :)
	if [ "$readme" = "$(cat "usage-$cmd.txt")" ]; then
		ok "README's summary of $cmd is its usage line"
	else
		not_ok "README's summary of $cmd is its usage line" \
			"README: $readme" "help:   $(cat "usage-$cmd.txt")"
	fi
done <commands.txt

# No entry for a command that does not exist (help and --version aside).
extra=$(awk '{ print $2 }' readme.txt | grep -v -x -f commands.txt |
	grep -v -x -e help -e --version || :)
check "the README lists no command gapscore lacks" test -z "$extra"
finish

/* SPDX-License-Identifier: Apache-2.0 */
/*
 * command.c - a command's option table resolved into entries: groups
 * expanded, each use's wording and whether it is required (see
 * command.h).
 */
#include "config.h"
#include "cli/command.h"
#include "base/xalloc.h"

/* Append one resolved entry for option o as use u lists it (u NULL: as
 * the option says). */
static void add_entry(struct cli_entry **items, size_t *n, size_t *cap,
		      const struct cli_option *o, const struct cli_use *u)
{
	unsigned flags = u ? u->flags : 0;
	struct cli_entry *e;

	GROW(*items, *cap, *n + 1);
	e = &(*items)[(*n)++];
	e->option = o;
	e->help = u && u->option && u->help ? u->help : o->help;
	e->required = (flags & CLI_REQUIRED) ||
		      (o->required && !(flags & CLI_OPTIONAL));
	e->in_synopsis = e->required || (flags & CLI_OPTIONAL);
}

/* Expand the groups of cmd's table and resolve each use. */
size_t cli_entries(const struct cli_command *cmd, struct cli_entry **out)
{
	struct cli_entry *items = NULL;
	size_t n = 0, cap = 0;

	for (const struct cli_use *u = cmd->options;
	     u->option || u->group != CLI_GROUP_NONE; u++) {
		if (u->option) {
			add_entry(&items, &n, &cap, u->option, u);
			continue;
		}
		for (const struct cli_option *const *o = cli_shared_options;
		     *o; o++)
			if ((*o)->group == u->group)
				add_entry(&items, &n, &cap, *o, u);
	}
	add_entry(&items, &n, &cap, &cli_opt_verbose, NULL);
	add_entry(&items, &n, &cap, &cli_opt_help, NULL);
	*out = items;
	return n;
}

/* The address of o's field in the run's values. */
void *cli_field(const struct cli_option *o, struct cli_args *a)
{
	return (char *)(o->own ? a->own : (void *)a) + o->offset;
}


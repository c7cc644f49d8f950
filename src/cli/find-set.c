/* SPDX-License-Identifier: Apache-2.0 */
/*
 * find-set.c - indicator sets given by name ("-i untoc") found in
 * $GAPSCORE_INDICATORS, the installed sets and ./indicators (see
 * find-set.h).
 */
#include "config.h"
#include "cli/find-set.h"
#include "cli/about.h"
#include "cli/help.h"
#include "cli/msg.h"
#include "base/strbuf.h"
#include "base/xalloc.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* The directory of the sets in the source tree, for a run from it. */
#define LOCAL_DIR "indicators"

/* Does path exist (as anything)? */
static bool exists(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0;
}

/* Is value a name: not '-' nor a file, no '/', no ".csv" at its end? */
bool cli_is_set_name(const char *value)
{
	size_t len = strlen(value);

	if (!len || !strcmp(value, "-") || strchr(value, '/'))
		return false;
	if (len >= 4 && !strcmp(value + len - 4, ".csv"))
		return false;
	return !exists(value);
}

/* The directories looked in, in order, as a NULL-terminated list of
 * strings (caller frees the list and its strings). */
static char **search_dirs(void)
{
	const char *env = getenv("GAPSCORE_INDICATORS");
	char **dirs = NULL;
	size_t n = 0, cap = 0;

	while (env && *env) {
		size_t len = strcspn(env, ":");
		if (len) {
			GROW(dirs, cap, n + 1);
			dirs[n++] = xstrndup(env, len);
		}
		env += len + (env[len] == ':');
	}
	GROW(dirs, cap, n + 3);
	dirs[n++] = xstrdup(cli_about_indicators_dir);
	dirs[n++] = xstrdup(LOCAL_DIR);
	dirs[n] = NULL;
	return dirs;
}

/* Free a list from search_dirs. */
static void free_dirs(char **dirs)
{
	for (size_t i = 0; dirs[i]; i++)
		free(dirs[i]);
	free(dirs);
}

/* "$GAPSCORE_INDICATORS (a, b), /usr/share/gapscore/indicators or
 * ./indicators": the places of dirs, as an error names them. */
static char *places_text(char **dirs)
{
	size_t n = 0, nenv;
	char **names;
	char *text;

	while (dirs[n])
		n++;
	nenv = n - 2;
	names = xcalloc(n + 1, sizeof(*names));
	if (nenv) {
		struct strbuf sb;
		strbuf_init(&sb);
		strbuf_adds(&sb, "$GAPSCORE_INDICATORS (");
		for (size_t i = 0; i < nenv; i++)
			strbuf_addf(&sb, "%s%s", i ? ", " : "", dirs[i]);
		strbuf_addch(&sb, ')');
		names[0] = strbuf_detach(&sb);
	}
	names[nenv ? 1 : 0] = xstrdup(dirs[nenv]);
	names[nenv ? 2 : 1] = xasprintf("./%s", dirs[nenv + 1]);
	text = cli_values_text((const char *const *)names, NULL);
	for (size_t i = 0; names[i]; i++)
		free(names[i]);
	free(names);
	return text;
}

/* The first DIR/NAME.csv that is a file, else NULL and *looked. */
char *cli_find_set(const char *name, char **looked)
{
	char **dirs = search_dirs();
	char *found = NULL;

	*looked = NULL;
	for (size_t i = 0; dirs[i] && !found; i++) {
		struct stat st;
		char *path = xasprintf("%s/%s.csv", dirs[i], name);
		if (stat(path, &st) == 0 && S_ISREG(st.st_mode))
			found = path;
		else
			free(path);
	}
	if (!found)
		*looked = places_text(dirs);
	free_dirs(dirs);
	return found;
}

/* Replace the names in one option's list, keeping each name beside its
 * file; false when one is not found (said). */
static bool find_in_list(struct path_list *list, struct path_list *found,
			 struct path_list *names)
{
	for (size_t i = 0; i < list->count; i++) {
		char *looked, *path;

		if (!cli_is_set_name(list->items[i]))
			continue;
		path = cli_find_set(list->items[i], &looked);
		if (!path) {
			msg_system("%s: no such file, and no indicator set "
				   "%s.csv in %s", list->items[i],
				   list->items[i], looked);
			free(looked);
			return false;
		}
		path_list_add(found, path);
		path_list_add(names, list->items[i]);
		list->items[i] = path;
	}
	return true;
}

/* The name a set was given as, when path is the file found for it;
 * else path. */
const char *cli_set_given_name(const struct cli_args *a, const char *path)
{
	for (size_t i = 0; i < a->found.count; i++)
		if (!strcmp(a->found.items[i], path))
			return a->found_names.items[i];
	return path;
}

/* Every indicator set option of cmd, its names replaced by files. */
int cli_find_sets(const struct cli_command *cmd, struct cli_args *a)
{
	struct cli_entry *e;
	size_t n = cli_entries(cmd, &e);
	int status = CLI_GO_ON;

	for (size_t k = 0; k < n && status == CLI_GO_ON; k++) {
		const struct cli_option *o = e[k].option;
		if (o->complete == CLI_COMPLETE_INDSET &&
		    o->kind == CLI_LIST &&
		    !find_in_list(cli_field(o, a), &a->found,
				  &a->found_names))
			status = EXIT_SYSTEM;
	}
	free(e);
	return status;
}

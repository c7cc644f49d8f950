/* SPDX-License-Identifier: Apache-2.0 */
/*
 * options.h - command line options as data, as tmux's cmd_entry and git's
 * parse-options: each option is one struct cli_option with named fields
 * (its names, metavar, help, group, how its value is checked and where it
 * is stored), and each command lists the options it takes in a table of
 * struct cli_use. One parser (parse.c) reads any command's arguments
 * from its table, and one generator (help.c) writes its --help and usage
 * synopsis from the same table, so a man page or a shell completion can
 * be generated from it too.
 *
 * The options several commands share are declared once, in options.c,
 * and store into struct cli_args; a command's own options are declared
 * in its cmd-*.c and store into its own values (cli_args.own).
 */
#ifndef OPTIONS_H
#define OPTIONS_H

#include <stdbool.h>
#include <stddef.h>

#include "base/i18n.h"
#include "load/csvin.h"
#include "base/sources.h"
#include "publish/publish.h"
#include "score/score.h"

/* A growable list of the values of a repeated option. */
struct path_list {
	char **items;		/* borrowed from argv */
	size_t count;
	size_t cap;
};
/* Append path (borrowed: argv outlives the list). */
void path_list_add(struct path_list *l, char *path);
void path_list_release(struct path_list *l);

/* The values of the shared options, filled by the parser. */
struct cli_args {
	struct path_list indicators;	/* -i */
	struct path_list answers;	/* -a */
	bool wide;			/* --wide */
	const char *countries;		/* --countries */
	enum csvin_delimiter delimiter;	/* --delimiter */
	const char *country;		/* --country */
	const char *round;		/* --round */
	struct score_options score;	/* --consensus, --coverage-threshold
					 * and score's own scoring options */
	struct publish_options publish;	/* --charts, --gnuplot,
					 * --gnuplot-timeout, --keep-scripts */
	const char *lang;		/* --lang */
	unsigned jobs;			/* --jobs; 0: one per processor */
	struct path_list instruments;	/* --instrument (template, list) */
	const char *dimension;		/* --dimension (template, list) */
	const char *output;		/* -o */
	bool quiet;			/* -q */
	bool xlsx;			/* --format xlsx (plan, compare) */
	struct path_list found;		/* the files of sets given by name
					 * (owned: freed with the values) */
	struct path_list found_names;	/* the name each was given as */
	struct sources inputs;		/* every file read, in the order of
					 * the options (see cli_run) */
	bool verbose;			/* -v */
	void *own;			/* the command's own values (zeroed,
					 * of its .own_size) */
};

/* The shared groups an option may belong to; a command may list a whole
 * group in its table. */
enum cli_group {
	CLI_GROUP_NONE,		/* a command's own option, or -h */
	CLI_GROUP_INPUTS,	/* -i, -a, --wide, --countries, --delimiter */
	CLI_GROUP_SELECTION,	/* --country, --round */
	CLI_GROUP_SCORING,	/* --consensus, --coverage-threshold */
	CLI_GROUP_CHARTS,	/* --charts, --gnuplot, --gnuplot-timeout,
				 * --jobs, --keep-scripts, --lang */
	CLI_GROUP_OUTPUT,	/* -o, -q */
};

/* How an option's value is checked and stored at its field. */
enum cli_kind {
	CLI_FLAG,	/* no value: the bool becomes true */
	CLI_STRING,	/* a const char *; .valid, if set, must accept it */
	CLI_LIST,	/* repeatable: appended to a struct path_list */
	CLI_NUMBER,	/* a double from .min to .max */
	CLI_WHOLE,	/* an unsigned whole number from .min to .max */
	CLI_PARSE,	/* .parse reads it; an enumeration when .values
			 * names its values */
	CLI_ENUM,	/* one of .values: its index is stored, into an
			 * enum whose values are in the order of .values */
};

/* What a value names, for shell completion and messages. */
enum cli_complete {
	CLI_COMPLETE_NONE,	/* a word: a code, a number, a pattern */
	CLI_COMPLETE_FILE,	/* an existing file ('-': standard input) */
	CLI_COMPLETE_INDSET,	/* an indicator set: a file, or the name of
				 * an installed set (find-set.h) */
	CLI_COMPLETE_DIR,	/* a directory to write into */
	CLI_COMPLETE_PROGRAM,	/* a program on PATH or a path */
};

struct cli_option {
	const char *name;	/* the long name, without "--" */
	char short_name;	/* 0: none */
	const char *arg;	/* metavar, e.g. "FILE"; NULL for a flag */
	const char *synopsis_arg;	/* metavar in the usage line; NULL:
					 * .arg */
	const char *noun;	/* what a missing required option is, e.g.
				 * "indicator set" */
	/* Help text, wrapped by the generator: "{values}" stands for the
	 * list of .values (the default marked), "{default}" for
	 * .default_value. Marked with N_(): --help looks it up in the
	 * messages' language, the man page and completion keep it English. */
	const char *help;
	enum cli_group group;
	enum cli_kind kind;
	enum cli_complete complete;
	bool required;		/* commands that list it need it */
	bool own;		/* .offset is into cli_args.own */
	size_t offset;		/* of the field the value is stored in */
	double min, max;	/* CLI_NUMBER, CLI_WHOLE */
	bool (*valid)(const char *value);	/* CLI_STRING; may be NULL */
	/* CLI_PARSE: store value into field; false when it is not valid,
	 * with *why (caller frees) saying why when there is more to say. */
	bool (*parse)(void *field, const char *value, char **why);
	const char *const *values;	/* CLI_ENUM, CLI_PARSE
					 * enumerations: the names, ending
					 * with NULL */
	const char *default_value;	/* stored before parsing; NULL:
					 * the field's zero or core default */
	const char *expected;	/* what a valid value is, for errors; NULL:
				 * told from .values, .min and .max */
};

/* Where an option stores: a field of cli_args, or of the command's own
 * values (struct type). */
#define CLI_FIELD(member) .offset = offsetof(struct cli_args, member)
#define CLI_OWN(type, member) .own = true, .offset = offsetof(type, member)

/* One line of a command's option table: an option, or a whole group. */
struct cli_use {
	const struct cli_option *option;	/* NULL: the group */
	enum cli_group group;
	const char *help;	/* replaces the option's help here */
	unsigned flags;		/* CLI_REQUIRED, CLI_OPTIONAL */
};
#define CLI_REQUIRED 1u		/* this command needs it */
#define CLI_OPTIONAL 2u		/* not needed here (though .required),
				 * but shown in the usage synopsis */
/* The end of a table. */
#define CLI_END { NULL, CLI_GROUP_NONE, NULL, 0 }

/* The shared options (options.c). */
extern const struct cli_option cli_opt_indicators, cli_opt_answers,
	cli_opt_wide, cli_opt_countries, cli_opt_delimiter, cli_opt_country,
	cli_opt_round,
	cli_opt_consensus,
	cli_opt_coverage, cli_opt_disagreement, cli_opt_charts,
	cli_opt_gnuplot, cli_opt_gnuplot_timeout, cli_opt_jobs,
	cli_opt_keep_scripts,
	cli_opt_lang, cli_opt_instrument, cli_opt_dimension,
	cli_opt_output_dir, cli_opt_output_file, cli_opt_quiet, cli_opt_help,
	cli_opt_table_format,
	cli_opt_verbose, cli_opt_pretty;
/* Every shared option, in the order groups list them; ends with NULL. */
extern const struct cli_option *const cli_shared_options[];

/* Does s hold something (for CLI_STRING options naming a file)? */
bool cli_nonempty(const char *s);

#endif

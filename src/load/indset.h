/*
 * indset.h - indicator sets: the questions put to experts, loaded from one
 * or more CSV files into one set (ids unique across files), with the
 * instruments and articles in the order the files first list them.
 *
 * Ownership: the set owns every string and pattern in it; indset_release
 * frees them all. Indicators are addressed by index; indexes are stable
 * once loading is finished.
 */
#ifndef INDSET_H
#define INDSET_H

#include <stdbool.h>
#include <stddef.h>

#include "load/answer-type.h"
#include "base/diag.h"
#include "base/strmap.h"

struct pattern;

enum obligation {
	OBLIGATION_MANDATORY,	/* "shall" */
	OBLIGATION_CONSIDER,	/* "shall consider", "shall endeavour" */
	OBLIGATION_OPTIONAL,	/* "may" */
};

/* question@LANG / article_title@LANG of one indicator. */
struct translation {
	char *lang;
	char *question;		/* NULL when not given */
	char *article_title;	/* NULL when not given */
};

/* A list of ;-separated values (ta_category, cross_ref, crime_type). */
struct str_list {
	char **items;
	size_t count;
};

struct indicator {
	char *id;
	size_t instrument;	/* index into indset.instruments */
	size_t article;		/* index into that instrument's articles */
	size_t dimension;	/* index into indset.dimensions */
	char *paragraph;
	char *question;
	char *answer_type_text;
	struct answer_type type;
	enum obligation obligation;
	double weight;
	char *guide_ref;
	struct str_list ta_categories;
	struct str_list cross_refs;
	struct str_list crime_types;
	/* depends_on: the follow-up is asked only when the parent's
	 * consensus score equals parent_score. */
	bool has_parent;
	char *parent_id;
	char *parent_value;
	size_t parent;
	double parent_score;
	struct pattern *valid_regex;
	char *valid_regex_text;
	struct translation *translations;
	size_t ntranslations;
	const char *file;	/* owned by indset.files */
	long line;
};

struct article {
	char *label;
	char *title;		/* "" when no row gives one */
	double weight;
	const char *weight_file;	/* where the weight was first set */
	long weight_line;
	struct translation *titles;	/* article_title@LANG, first seen */
	size_t ntitles;
};

struct instrument {
	char *code;
	struct article *articles;
	size_t narticles;
	size_t cap;
};

struct indset {
	struct indicator *items;
	size_t count;
	size_t cap;
	struct strmap ids;
	struct instrument *instruments;
	size_t ninstruments;
	size_t instruments_cap;
	/* Dimension names: "legislative" and "implementation" always first. */
	char **dimensions;
	size_t ndimensions;
	size_t dimensions_cap;
	/* Evaluation order: every parent before its follow-ups. */
	size_t *order;
	char **files;
	size_t nfiles;
	size_t files_cap;
};

#define DIM_LEGISLATIVE 0
#define DIM_IMPLEMENTATION 1

void indset_init(struct indset *set);
void indset_release(struct indset *set);

/*
 * Add the indicators of one CSV file to the set. Problems are added to
 * diags (every error of the file, up to DIAG_FILE_ERROR_CAP). Returns
 * DIAG_SYSTEM when the file cannot be read, DIAG_INVALID on any error.
 */
enum diag_status indset_load(struct indset *set, const char *path,
			     struct diag_list *diags);

/*
 * Resolve depends_on across every loaded file and fix the evaluation
 * order. Call once, after the last indset_load. Returns false on error.
 */
bool indset_finish(struct indset *set, struct diag_list *diags);

/* Index of the indicator with this id, or false. */
bool indset_find(const struct indset *set, const char *id, size_t *index);

const char *obligation_name(enum obligation o);

/* The article indicator ind belongs to. */
const struct article *indset_article(const struct indset *set,
				     const struct indicator *ind);

/* Indicator i's question in lang (a two-letter code), falling back to
 * the default text when lang is NULL or has no translation. */
const char *indset_question(const struct indset *set, size_t i,
			    const char *lang);
/* The title of an instrument's article in lang, with the same fallback. */
const char *indset_article_title(const struct article *art,
				 const char *lang);

#endif

/* SPDX-License-Identifier: Apache-2.0 */
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
#include "base/sources.h"
#include "base/strmap.h"
#include "load/csvin.h"

struct pattern;

enum obligation {
	OBLIGATION_MANDATORY,	/* "shall" */
	OBLIGATION_CONSIDER,	/* "shall consider", "shall endeavour" */
	OBLIGATION_OPTIONAL,	/* "may" */
};

/* question@LANG / article_title@LANG / recommendation@LANG of one
 * indicator. */
struct translation {
	char *lang;
	char *question;		/* NULL when not given */
	char *article_title;	/* NULL when not given */
	char *recommendation;	/* NULL when not given */
	char *guide_ref;	/* NULL when not given */
};

/* What an indicator is asked for (column role). */
enum indicator_role {
	INDICATOR_SCORED,	/* scored, counted in coverage (default) */
	INDICATOR_SCREENING,	/* asked only to decide whether its
				 * follow-ups apply: neither scored nor
				 * counted in coverage */
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
	/* depends_on "P=V1|V2" (applies when the parent's own consensus
	 * is the score of a listed answer) or "P!=V" (applies unless it
	 * is); a parent without a consensus leaves the follow-up asked. */
	bool has_parent;
	char *parent_id;
	char *parent_value;	/* the answers as written: "yes|partial" */
	bool parent_negated;	/* the != form */
	enum decimal_mark parent_mark;	/* how the values' numbers are
					 * written: as in the file */
	size_t parent;
	double *parent_scores;	/* the score of each listed answer */
	size_t nparent_scores;
	/* The legal model (SPEC Scoring 8-12). */
	char *alternative;	/* alternative label, or NULL */
	size_t unit;		/* index into indset.units, or INDSET_NO_UNIT
				 * (text and screening indicators) */
	enum indicator_role role;
	bool na_forbidden;	/* na = no: an n/a answer is an input error */
	char *recommendation;	/* the action a gap calls for; "" if none */
	/* Technical assistance programme. */
	char *cluster;		/* Review Mechanism cluster; "" if none */
	struct str_list beneficiaries;
	char *activity;		/* activity type; "" if none */
	char *model_law;	/* model law provision; "" if none */
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

/*
 * A unit: what the treaty requires once, scored once. Every scored
 * indicator is a unit of its own, except indicators of one article and
 * dimension sharing an alternative label, which form one unit: its
 * consensus is the highest of its members', its weight the largest
 * member weight, its obligation the strictest (SPEC Scoring 8).
 */
struct unit {
	size_t instrument;
	size_t article;
	size_t dimension;
	const char *label;	/* the alternative label, or NULL */
	size_t *members;	/* indicator indexes, set order */
	size_t nmembers;
	double weight;
	enum obligation obligation;
};

#define INDSET_NO_UNIT ((size_t)-1)

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
	/* Units, in the order of their first member (set order). */
	struct unit *units;
	size_t nunits;
	char **files;
	size_t nfiles;
	size_t files_cap;
	struct sources sources;	/* each file read, with its SHA-256 */
};

#define DIM_LEGISLATIVE 0
#define DIM_IMPLEMENTATION 1

void indset_init(struct indset *set);
void indset_release(struct indset *set);

/*
 * Add the indicators of one CSV file to the set, read as opts say (NULL:
 * the defaults; a ';' file may write its numbers with a decimal comma:
 * weights, scale bounds, scores and thresholds). Problems are added to
 * diags (every error of the file, up to DIAG_FILE_ERROR_CAP). Returns
 * DIAG_SYSTEM when the file cannot be read, DIAG_INVALID on any error.
 */
enum diag_status indset_load(struct indset *set, const char *path,
			     const struct csvin_options *opts,
			     struct diag_list *diags);

/*
 * Resolve depends_on across every loaded file and fix the evaluation
 * order. Call once, after the last indset_load. Returns false on error.
 */
bool indset_finish(struct indset *set, struct diag_list *diags);

/* Index of the indicator with this id, or false. */
bool indset_find(const struct indset *set, const char *id, size_t *index);
/* Does the follow-up ind (has_parent) apply when its parent's answer,
 * the panel's consensus or one expert's, scored score? has_score false
 * (the parent has no score) leaves it asked (SPEC "depends_on"). */
bool indicator_follow_up_applies(const struct indicator *ind,
				 bool has_score, double score);

const char *obligation_name(enum obligation o);
/* Is obligation a stricter than b (mandatory > consider > optional)? */
bool obligation_stricter(enum obligation a, enum obligation b);

/*
 * Group the scored indicators into units (alternative labels), after
 * indset_finish has resolved depends_on. A label used in two articles
 * or dimensions is an error naming both rows; a label on a text or
 * screening indicator is a warning (they are never units). Returns false
 * on error. In indset-units.c.
 */
bool indset_make_units(struct indset *set, struct diag_list *diags);

/* indicator i's guide reference in lang (guide_ref@LANG), else the
 * default one ("" when none). */
const char *indset_guide_ref(const struct indset *set, size_t i,
			     const char *lang);

/* indicator i's recommendation in lang, with the usual fallback. */
const char *indset_recommendation(const struct indset *set, size_t i,
				  const char *lang);

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

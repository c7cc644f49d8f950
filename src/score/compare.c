/* SPDX-License-Identifier: Apache-2.0 */
/*
 * compare.c - many countries side by side (see compare.h): choosing one
 * assessment per country, the countries x articles matrix of gaps, the
 * ranks, and the group means. Pure computation: no I/O, no argv.
 *
 * Every order is a value's order (country codes, set order, group
 * names), never a reading order, so the same inputs give the same
 * comparison whatever order the files came in.
 */
#include "config.h"
#include "score/compare.h"
#include "base/i18n.h"
#include "base/xalloc.h"
#include "base/strbuf.h"
#include "base/text.h"
#include "score/plan.h"

#include <stdlib.h>
#include <string.h>

const char *const compare_dimension_names[] = {
	[COMPARE_LEGISLATIVE] = "legislative",
	[COMPARE_IMPLEMENTATION] = "implementation",
	[COMPARE_COMBINED] = "combined",
	NULL,
};
#define NDIMENSION_NAMES \
	(sizeof(compare_dimension_names) / sizeof(compare_dimension_names[0]) \
	 - 1)

/* The name of d, as --dimension takes it. */
const char *compare_dimension_name(enum compare_dimension d)
{
	return (size_t)d < NDIMENSION_NAMES ? compare_dimension_names[d] : "";
}

/* Score defaults, every country, latest round, legislative gaps. */
void compare_options_init(struct compare_options *opt)
{
	memset(opt, 0, sizeof(*opt));
	score_options_init(&opt->score);
	opt->dimension = COMPARE_LEGISLATIVE;
}

/* ------------------------------------------------------------------
 * Selection and scoring.
 */

/* plan_select does the choosing: --latest is the same rule there. */
size_t compare_select(const struct tally *t,
		      const struct compare_options *opt,
		      const struct assessment ***out)
{
	struct plan_options popt;

	plan_options_init(&popt);
	popt.score = opt->score;
	popt.country = opt->country;
	popt.round = opt->round;
	popt.latest_only = opt->round == NULL;
	return plan_select(t, &popt, out);
}

/* A level as a gap: 1 - score before rounding, as the report has it. */
static struct compare_gap level_gap(const struct level_score *v)
{
	struct compare_gap g = { false, 0 };

	if (v->has_score) {
		g.has_gap = true;
		g.gap = 1 - v->score;
	}
	return g;
}

/* A level's coverage, in a compare_gap (has_gap: not null). */
static struct compare_gap level_coverage(const struct level_score *v)
{
	struct compare_gap g = { v->has_coverage, v->coverage };

	return g;
}

/* The set dimension behind d (not for COMPARE_COMBINED). */
static size_t set_dimension(enum compare_dimension d)
{
	return d == COMPARE_LEGISLATIVE ? DIM_LEGISLATIVE : DIM_IMPLEMENTATION;
}

/* The chosen dimension's level of one article; NULL when the article
 * has no indicator of that dimension. */
static const struct level_score *
article_level(const struct article_result *ar, enum compare_dimension d)
{
	const struct dim_result *dim;

	if (d == COMPARE_COMBINED)
		return &ar->combined;
	dim = &ar->dims[set_dimension(d)];
	return dim->present ? &dim->value : NULL;
}

/* The chosen dimension's level of one instrument. */
static const struct level_score *
instrument_level(const struct instrument_result *ir,
		 enum compare_dimension d)
{
	if (d == COMPARE_COMBINED)
		return &ir->combined;
	return &ir->dims[set_dimension(d)];
}

/* The chosen dimension's overall level of an assessment. */
static const struct level_score *overall_level(const struct score_result *r,
					       enum compare_dimension d)
{
	if (d == COMPARE_COMBINED)
		return &r->overall_combined;
	return &r->overall[set_dimension(d)];
}

/* The index of column (instrument, article) of c. Columns run through
 * the set's instruments and articles in order, so it is a sum. */
static size_t column_of(const struct compare *c, size_t instrument,
			size_t article)
{
	size_t k = 0;

	for (size_t s = 0; s < instrument; s++)
		k += c->set->instruments[s].narticles;
	return k + article;
}

/* Copy what the comparison shows of r into row; r is not kept. */
static void country_fill(const struct compare *c, struct compare_country *row,
			 const struct score_result *r)
{
	enum compare_dimension d = c->options.dimension;
	size_t ninstruments = c->set->ninstruments;

	row->country = r->country;
	row->country_name = r->country_name;
	row->round = r->round;
	row->overall = level_gap(overall_level(r, d));
	row->overall_coverage = level_coverage(overall_level(r, d));
	row->instruments = xcalloc(ninstruments, sizeof(*row->instruments));
	row->instrument_coverage = xcalloc(ninstruments,
					   sizeof(*row->instrument_coverage));
	row->instrument_ranks = xcalloc(ninstruments,
					sizeof(*row->instrument_ranks));
	row->gaps = xcalloc(c->ncolumns, sizeof(*row->gaps));
	/* Instruments the assessment did not answer have no result at all:
	 * their cells stay null. */
	for (size_t s = 0; s < r->ninstruments; s++) {
		const struct instrument_result *ir = &r->instruments[s];

		row->instruments[ir->instrument] =
			level_gap(instrument_level(ir, d));
		row->instrument_coverage[ir->instrument] =
			level_coverage(instrument_level(ir, d));
		for (size_t a = 0; a < ir->narticles; a++) {
			const struct article_result *ar = &ir->articles[a];
			const struct level_score *v = article_level(ar, d);

			if (v)
				row->gaps[column_of(c, ir->instrument,
						    ar->article)] =
					level_gap(v);
		}
	}
}

/* Why a gap with this coverage is not ranked (NULL: it is): a gap is
 * ranked only where enough of what applies was answered, as a rating is
 * given only then. */
static const char *why_unranked(const struct compare_gap *gap,
				const struct compare_gap *coverage,
				double threshold)
{
	if (!gap->has_gap)
		return "no score";
	if (!coverage->has_gap || round4(coverage->gap) < round4(threshold))
		return "coverage below the threshold";
	return NULL;
}

/* Competition ranking ("1224") of n gaps as printed, over the ranked
 * ones: a rank is one more than the number of ranked gaps strictly
 * smaller; an unranked one gets 0. */
static void rank_gaps(const struct compare_gap *gaps, const bool *ranked,
		      size_t n, size_t *ranks)
{
	for (size_t i = 0; i < n; i++) {
		size_t smaller = 0;

		ranks[i] = 0;
		if (!ranked[i])
			continue;
		for (size_t j = 0; j < n; j++)
			if (ranked[j] &&
			    round4(gaps[j].gap) < round4(gaps[i].gap))
				smaller++;
		ranks[i] = smaller + 1;
	}
}

/* Overall ranks, and per instrument. Gaps sit inside the rows, so the
 * ranking reads them through a copy laid out as an array. */
static void rank_countries(struct compare *c)
{
	size_t n = c->ncountries;
	double threshold = c->options.score.coverage_threshold;
	struct compare_gap *gaps = xcalloc(n + 1, sizeof(*gaps));
	bool *ranked = xcalloc(n + 1, sizeof(*ranked));
	size_t *ranks = xcalloc(n + 1, sizeof(*ranks));

	for (size_t i = 0; i < n; i++) {
		struct compare_country *row = &c->countries[i];
		gaps[i] = row->overall;
		row->unranked = why_unranked(&row->overall,
					     &row->overall_coverage, threshold);
		ranked[i] = row->unranked == NULL;
	}
	rank_gaps(gaps, ranked, n, ranks);
	for (size_t i = 0; i < n; i++)
		c->countries[i].rank = ranks[i];
	for (size_t s = 0; s < c->set->ninstruments; s++) {
		for (size_t i = 0; i < n; i++) {
			gaps[i] = c->countries[i].instruments[s];
			ranked[i] = !why_unranked(
				&gaps[i], &c->countries[i].instrument_coverage[s],
				threshold);
		}
		rank_gaps(gaps, ranked, n, ranks);
		for (size_t i = 0; i < n; i++)
			c->countries[i].instrument_ranks[s] = ranks[i];
	}
	free(gaps);
	free(ranked);
	free(ranks);
}

/* Group names in byte order, COMPARE_UNGROUPED after every other. */
static int cmp_group_name(const void *pa, const void *pb)
{
	const char *a = *(const char *const *)pa;
	const char *b = *(const char *const *)pb;
	bool ua = !strcmp(a, COMPARE_UNGROUPED);
	bool ub = !strcmp(b, COMPARE_UNGROUPED);

	if (ua != ub)
		return ua ? 1 : -1;
	return strcmp(a, b);
}

/* The name of the group a country goes to. */
static const char *group_of(const struct compare_groups *groups,
			    const char *country)
{
	const char *name;

	if (!groups)
		return COMPARE_ALL;
	name = compare_groups_find(groups, country);
	return name ? name : COMPARE_UNGROUPED;
}

/* A mean of gaps as printed; null when none was given. */
struct mean {
	double sum;
	size_t n;
};

/* Add a gap as printed to a mean (a null gap adds nothing). */
static void mean_add_gap(struct mean *m, const struct compare_gap *g)
{
	if (!g->has_gap)
		return;
	m->sum += round4(g->gap);
	m->n++;
}

/* The mean of the gaps added, or null when none was. */
static struct compare_gap mean_gap(const struct mean *m)
{
	struct compare_gap g = { false, 0 };

	if (m->n > 0) {
		g.has_gap = true;
		g.gap = m->sum / (double)m->n;
	}
	return g;
}

/* The means of one group over its members. */
static void group_means(const struct compare *c, struct compare_group *g)
{
	struct mean overall = { 0, 0 };

	g->gaps = xcalloc(c->ncolumns, sizeof(*g->gaps));
	g->n = xcalloc(c->ncolumns, sizeof(*g->n));
	for (size_t k = 0; k < g->nmembers; k++)
		mean_add_gap(&overall, &c->countries[g->members[k]].overall);
	g->overall = mean_gap(&overall);
	g->overall_n = overall.n;
	for (size_t col = 0; col < c->ncolumns; col++) {
		struct mean m = { 0, 0 };

		for (size_t k = 0; k < g->nmembers; k++)
			mean_add_gap(&m,
				     &c->countries[g->members[k]].gaps[col]);
		g->gaps[col] = mean_gap(&m);
		g->n[col] = m.n;
	}
}

/* Put every country in its group; groups in name order, those without
 * a compared country left out. */
static void make_groups(struct compare *c, const struct compare_groups *groups)
{
	size_t n = c->ncountries, kept = 0;
	const char **names = xcalloc(n, sizeof(*names));

	for (size_t i = 0; i < n; i++)
		names[i] = group_of(groups, c->countries[i].country);
	if (n)
		qsort(names, n, sizeof(*names), cmp_group_name);
	for (size_t i = 0; i < n; i++)
		if (kept == 0 || strcmp(names[kept - 1], names[i]))
			names[kept++] = names[i];
	c->groups = xcalloc(kept, sizeof(*c->groups));
	c->ngroups = kept;
	for (size_t k = 0; k < kept; k++) {
		struct compare_group *g = &c->groups[k];

		g->name = xstrdup(names[k]);
		g->members = xcalloc(n, sizeof(*g->members));
	}
	/* Countries are in order, so members are too. */
	for (size_t i = 0; i < n; i++) {
		const char *name = group_of(groups, c->countries[i].country);

		for (size_t k = 0; k < kept; k++)
			if (!strcmp(c->groups[k].name, name)) {
				struct compare_group *g = &c->groups[k];
				g->members[g->nmembers++] = i;
				c->countries[i].group = k;
				break;
			}
	}
	for (size_t k = 0; k < kept; k++)
		group_means(c, &c->groups[k]);
	free(names);
}

/* Countries by code (one row each; the round breaks a tie that a
 * selection of one assessment per country never has). */
static int cmp_country(const void *pa, const void *pb)
{
	const struct compare_country *a = pa, *b = pb;
	int k = strcmp(a->country, b->country);

	return k ? k : strcmp(a->round, b->round);
}

/* Columns, rows, ranks and groups of the inputs. */
struct compare *compare_build(const struct indset *set,
			      const struct tally *t,
			      const struct compare_options *opt,
			      const struct compare_groups *groups)
{
	struct compare *c = xcalloc(1, sizeof(*c));
	struct score_options sopt = opt->score;
	const struct assessment **sel;
	size_t n, k = 0;

	c->set = set;
	c->options = *opt;
	for (size_t s = 0; s < set->ninstruments; s++)
		c->ncolumns += set->instruments[s].narticles;
	c->columns = xcalloc(c->ncolumns,
			     sizeof(*c->columns));
	for (size_t s = 0; s < set->ninstruments; s++)
		for (size_t a = 0; a < set->instruments[s].narticles; a++) {
			c->columns[k].instrument = s;
			c->columns[k++].article = a;
		}

	/* Only the scores are compared: no panel review, no bootstrap. */
	sopt.bootstrap = 0;
	n = compare_select(t, opt, &sel);
	c->countries = xcalloc(n, sizeof(*c->countries));
	c->ncountries = n;
	for (size_t i = 0; i < n; i++) {
		struct score_result *r = score_assessment(set, sel[i], &sopt);
		country_fill(c, &c->countries[i], r);
		score_result_free(r);
	}
	free(sel);
	if (n)
		qsort(c->countries, n, sizeof(*c->countries), cmp_country);
	rank_countries(c);
	make_groups(c, groups);
	return c;
}

/* Free the comparison and what it owns (not the set or the tally). */
void compare_free(struct compare *c)
{
	if (!c)
		return;
	for (size_t i = 0; i < c->ncountries; i++) {
		free(c->countries[i].instruments);
		free(c->countries[i].instrument_coverage);
		free(c->countries[i].instrument_ranks);
		free(c->countries[i].gaps);
	}
	free(c->countries);
	for (size_t k = 0; k < c->ngroups; k++) {
		free(c->groups[k].name);
		free(c->groups[k].members);
		free(c->groups[k].gaps);
		free(c->groups[k].n);
	}
	free(c->groups);
	free(c->columns);
	free(c);
}

/* The heading a reader sees over column k, in lang. */
char *compare_column_label(const struct compare *c, size_t k,
			   const char *lang)
{
	const struct instrument *ins =
		&c->set->instruments[c->columns[k].instrument];

	return xasprintf(tr_word(lang, "%s art. %s"), ins->code,
			 ins->articles[c->columns[k].article].label);
}

/* Copy one row of gaps (rounded, as printed) into the matrix. */
static void matrix_row(struct compare_matrix *m, size_t row,
		       const struct compare_gap *gaps)
{
	for (size_t col = 0; col < m->ncols; col++) {
		size_t at = row * m->ncols + col;

		m->has_value[at] = gaps[col].has_gap;
		m->values[at] = gaps[col].has_gap ? round4(gaps[col].gap) + 0.0
						  : 0;
	}
}

/* The matrix of countries or groups, owning copies of every label. */
void compare_matrix_init(struct compare_matrix *m, const struct compare *c,
			 enum compare_rows rows, const char *lang)
{
	bool groups = rows == COMPARE_ROWS_GROUPS;
	size_t cells;

	memset(m, 0, sizeof(*m));
	m->nrows = groups ? c->ngroups : c->ncountries;
	m->ncols = c->ncolumns;
	cells = m->nrows * m->ncols;
	m->row_labels = xcalloc(m->nrows,
				sizeof(*m->row_labels));
	m->col_labels = xcalloc(m->ncols,
				sizeof(*m->col_labels));
	m->values = xcalloc(cells, sizeof(*m->values));
	m->has_value = xcalloc(cells, sizeof(*m->has_value));
	for (size_t col = 0; col < m->ncols; col++)
		m->col_labels[col] = compare_column_label(c, col, lang);
	for (size_t row = 0; row < m->nrows; row++) {
		m->row_labels[row] = xstrdup(groups ? c->groups[row].name
						    : c->countries[row].country);
		matrix_row(m, row, groups ? c->groups[row].gaps
					  : c->countries[row].gaps);
	}
}

/* Free the matrix's labels and arrays. */
void compare_matrix_release(struct compare_matrix *m)
{
	for (size_t row = 0; row < m->nrows; row++)
		free(m->row_labels[row]);
	for (size_t col = 0; col < m->ncols; col++)
		free(m->col_labels[col]);
	free(m->row_labels);
	free(m->col_labels);
	free(m->values);
	free(m->has_value);
	memset(m, 0, sizeof(*m));
}

/* SPDX-License-Identifier: Apache-2.0 */
/*
 * compare-json.c - compare.json, many countries side by side (schema
 * gapscore/compare/1): how the comparison was made, its columns (the
 * articles), each country's gaps and ranks, and the group means.
 */
#include "config.h"
#include "publish/writers.h"
#include "publish/json.h"
#include "score/compare.h"

/* A gap rounded as printed, or null. */
static void put_gap(struct json_writer *w, const char *key,
		    const struct compare_gap *g)
{
	json_score(w, key, g->has_gap, g->gap);
}

/* A rank, or null for 0 (unranked). */
static void put_rank(struct json_writer *w, const char *key, size_t rank)
{
	if (rank)
		json_number(w, key, (double)rank);
	else
		json_null(w, key);
}

/* How the comparison was made: enough to make it again. */
static void put_method(struct json_writer *w,
		       const struct compare_options *opt)
{
	json_begin_object(w, "method");
	json_string(w, "dimension", compare_dimension_name(opt->dimension));
	json_string(w, "consensus", consensus_name(opt->score.consensus));
	json_score(w, "coverage_threshold", true, opt->score.coverage_threshold);
	json_string(w, "round", opt->round ? opt->round : "latest");
	json_bool(w, "latest_only", opt->round == NULL);
	json_string(w, "country", opt->country);
	json_end_object(w);
}

/* The articles, one per matrix column. */
static void put_columns(struct json_writer *w, const struct compare *c)
{
	json_begin_array(w, "columns");
	for (size_t k = 0; k < c->ncolumns; k++) {
		const struct instrument *ins =
			&c->set->instruments[c->columns[k].instrument];
		const struct article *art = &ins->articles[c->columns[k].article];
		json_begin_object(w, NULL);
		json_string(w, "instrument", ins->code);
		json_string(w, "article", art->label);
		json_string(w, "title", art->title);
		json_end_object(w);
	}
	json_end_array(w);
}

/* n gaps as an array. */
static void put_gaps(struct json_writer *w, const struct compare_gap *gaps,
		     size_t n)
{
	json_begin_array(w, "gaps");
	for (size_t k = 0; k < n; k++)
		put_gap(w, NULL, &gaps[k]);
	json_end_array(w);
}

/* One country: its round, overall gap and ranks, and its matrix row. */
static void put_country(struct json_writer *w, const struct compare *c,
			const struct compare_country *row)
{
	json_begin_object(w, NULL);
	json_string(w, "country", row->country);
	json_string(w, "country_name", row->country_name);
	json_string(w, "round", row->round);
	json_string(w, "group", c->groups[row->group].name);
	put_gap(w, "overall_gap", &row->overall);
	put_gap(w, "overall_coverage", &row->overall_coverage);
	put_rank(w, "rank", row->rank);
	json_string(w, "not_ranked_because", row->unranked);
	json_begin_object(w, "instrument_ranks");
	for (size_t s = 0; s < c->set->ninstruments; s++)
		put_rank(w, c->set->instruments[s].code, row->instrument_ranks[s]);
	json_end_object(w);
	json_begin_object(w, "instrument_gaps");
	for (size_t s = 0; s < c->set->ninstruments; s++)
		put_gap(w, c->set->instruments[s].code, &row->instruments[s]);
	json_end_object(w);
	json_begin_object(w, "instrument_coverage");
	for (size_t s = 0; s < c->set->ninstruments; s++)
		put_gap(w, c->set->instruments[s].code,
			&row->instrument_coverage[s]);
	json_end_object(w);
	put_gaps(w, row->gaps, c->ncolumns);
	json_end_object(w);
}

/* One group: its countries, its means and how many values each has. */
static void put_group(struct json_writer *w, const struct compare *c,
		      const struct compare_group *g)
{
	json_begin_object(w, NULL);
	json_string(w, "group", g->name);
	json_begin_array(w, "countries");
	for (size_t k = 0; k < g->nmembers; k++)
		json_string(w, NULL, c->countries[g->members[k]].country);
	json_end_array(w);
	put_gap(w, "overall_gap", &g->overall);
	json_number(w, "overall_n", (double)g->overall_n);
	put_gaps(w, g->gaps, c->ncolumns);
	json_begin_array(w, "n");
	for (size_t k = 0; k < c->ncolumns; k++)
		json_number(w, NULL, (double)g->n[k]);
	json_end_array(w);
	json_end_object(w);
}

/* compare.json of c. */
void compare_json(struct sink *out, const struct compare *c,
		  const struct sources *inputs, bool pretty)
{
	struct json_writer w;

	json_begin_document(&w, out, pretty, COMPARE_SCHEMA, inputs);
	put_method(&w, &c->options);
	put_columns(&w, c);
	json_begin_array(&w, "countries");
	for (size_t i = 0; i < c->ncountries; i++)
		put_country(&w, c, &c->countries[i]);
	json_end_array(&w);
	json_begin_array(&w, "groups");
	for (size_t k = 0; k < c->ngroups; k++)
		put_group(&w, c, &c->groups[k]);
	json_end_array(&w);
	json_end_document(&w);
}

/* SPDX-License-Identifier: Apache-2.0 */
/*
 * trend-json.c - trend.json, one country over its rounds (schema
 * gapscore/trend/1): the series of every level (overall, instruments,
 * articles), the indicators that moved and those that could not be
 * compared, and the charts beside it.
 */
#include "config.h"
#include "publish/writers.h"
#include "publish/json.h"
#include "score/trend.h"
#include "load/targets.h"

/* The points of one series, null where a round has none. */
static void put_points(struct json_writer *w, const char *key,
		       const struct trend_point *p, size_t n)
{
	json_begin_array(w, key);
	for (size_t k = 0; k < n; k++)
		json_score(w, NULL, p[k].has, p[k].score);
	json_end_array(w);
}

/* One series: its points and what they show. */
static void put_series(struct json_writer *w, const char *key,
		       const struct trend *tr, const struct trend_series *s)
{
	json_begin_object(w, key);
	put_points(w, "reported", s->reported, tr->nrounds);
	put_points(w, "comparable", s->comparable, tr->nrounds);
	json_score(w, "change_since_baseline", s->has_change,
		   s->change_since_baseline);
	json_score(w, "change_since_last", s->has_change_since_last,
		   s->change_since_last);
	json_score(w, "gap_closed", s->has_gap_closed, s->gap_closed);
	json_string(w, "direction", s->direction);
	json_end_object(w);
}

/* The key of a series' dimension ("combined" past the set's). */
static const char *dim_name(const struct trend *tr, size_t d)
{
	return d < tr->set->ndimensions ? tr->set->dimensions[d] : "combined";
}

/* Series come overall first, then per instrument its own levels before
 * its articles' (trend_build's order); this tracks which object is open. */
struct series_cursor {
	size_t instrument;	/* open instrument object, or TREND_NONE */
	size_t article;		/* open article object, or TREND_NONE */
	bool articles_open;	/* the instrument's "articles" array */
};

/* Close what is open down to (not including) the instrument level, or
 * the instrument too when all is set. */
static void close_open(struct json_writer *w, struct series_cursor *c,
		       bool all)
{
	if (c->article != TREND_NONE) {
		json_end_object(w);
		c->article = TREND_NONE;
	}
	if (!all || c->instrument == TREND_NONE)
		return;
	if (!c->articles_open)
		json_begin_array(w, "articles");
	json_end_array(w);
	json_end_object(w);
	c->instrument = TREND_NONE;
	c->articles_open = false;
}

/* One instrument or article series, opening its objects as needed. */
static void put_instrument_series(struct json_writer *w,
				  struct series_cursor *c,
				  const struct trend *tr,
				  const struct trend_series *s)
{
	const struct instrument *ins = &tr->set->instruments[s->instrument];

	if (s->instrument != c->instrument) {
		close_open(w, c, true);
		json_begin_object(w, NULL);
		json_string(w, "id", ins->code);
		c->instrument = s->instrument;
	}
	if (s->article == TREND_NONE) {
		put_series(w, dim_name(tr, s->dimension), tr, s);
		return;
	}
	if (!c->articles_open) {
		json_begin_array(w, "articles");
		c->articles_open = true;
	}
	if (s->article != c->article) {
		close_open(w, c, false);
		json_begin_object(w, NULL);
		json_string(w, "article", ins->articles[s->article].label);
		json_string(w, "title", ins->articles[s->article].title);
		c->article = s->article;
	}
	put_series(w, dim_name(tr, s->dimension), tr, s);
}

/* overall{...} and instruments[...] from the series. */
static void put_levels(struct json_writer *w, const struct trend *tr)
{
	struct series_cursor c = { TREND_NONE, TREND_NONE, false };
	size_t k = 0;

	json_begin_object(w, "overall");
	for (; k < tr->nseries && tr->series[k].instrument == TREND_NONE; k++)
		put_series(w, dim_name(tr, tr->series[k].dimension), tr,
			   &tr->series[k]);
	json_end_object(w);
	json_begin_array(w, "instruments");
	for (; k < tr->nseries; k++)
		put_instrument_series(w, &c, tr, &tr->series[k]);
	close_open(w, &c, true);
	json_end_array(w);
}

/* Indicators whose consensus moved between the last two rounds. */
static void put_moved(struct json_writer *w, const struct trend *tr)
{
	const struct indset *set = tr->set;

	json_begin_array(w, "indicators_moved");
	for (size_t k = 0; k < tr->nmoved; k++) {
		const struct indicator *ind = &set->items[tr->moved[k].indicator];
		const struct instrument *ins = &set->instruments[ind->instrument];
		json_begin_object(w, NULL);
		json_string(w, "id", ind->id);
		json_string(w, "instrument", ins->code);
		json_string(w, "article", ins->articles[ind->article].label);
		json_string(w, "dimension", set->dimensions[ind->dimension]);
		json_score(w, "from", true, tr->moved[k].from);
		json_score(w, "to", true, tr->moved[k].to);
		json_score(w, "change", true,
			   tr->moved[k].to - tr->moved[k].from);
		json_end_object(w);
	}
	json_end_array(w);
}

/* Indicators answered in some rounds only, and in which. */
static void put_not_comparable(struct json_writer *w, const struct trend *tr)
{
	json_begin_array(w, "not_comparable");
	for (size_t k = 0; k < tr->npartial; k++) {
		json_begin_object(w, NULL);
		json_string(w, "id", tr->set->items[tr->partial[k]].id);
		json_begin_array(w, "answered_in");
		for (size_t r = 0; r < tr->nrounds; r++)
			if (tr->partial_rounds[k][r])
				json_string(w, NULL, tr->rounds[r]->round);
		json_end_array(w);
		json_end_object(w);
	}
	json_end_array(w);
}

/* The plan's targets, each measured in the latest round. */
static void put_targets(struct json_writer *w, const struct trend *tr)
{
	json_begin_array(w, "targets");
	for (size_t k = 0; k < tr->ntargets; k++) {
		const struct trend_target *t = &tr->targets[k];
		const struct plan_target *p = t->plan;
		json_begin_object(w, NULL);
		json_string(w, "id", p->id);
		json_string(w, "kind", p->kind);
		json_string(w, "instrument", p->instrument);
		json_string(w, "article", p->article);
		json_string(w, "dimension", p->dimension);
		json_string(w, "measure", p->measure);
		json_string(w, "baseline_round", p->round);
		json_score(w, "baseline", p->has_baseline, p->baseline);
		json_string(w, "latest_round", t->latest_round);
		json_score(w, "latest", t->has_latest, t->latest);
		json_string(w, "latest_rating", t->latest_rating);
		json_score(w, "target", p->has_target, p->target);
		json_string(w, "target_rating", p->target_rating);
		if (t->has_met)
			json_bool(w, "met", t->met);
		else
			json_null(w, "met");
		json_score(w, "gap_closed", t->has_gap_closed, t->gap_closed);
		json_string(w, "note", t->note);
		json_end_object(w);
	}
	json_end_array(w);
}

/* trend.json of tr, listing the chart files beside it. */
void trend_json(struct sink *out, const struct trend *tr,
		char *const *charts, size_t ncharts,
		const struct sources *inputs, bool pretty)
{
	struct json_writer w;

	json_begin_document(&w, out, pretty, TREND_SCHEMA, inputs);
	json_string(&w, "country", tr->country);
	json_string(&w, "country_name", tr->rounds[0]->country_name
					? tr->rounds[0]->country_name
					: tr->country);
	json_begin_array(&w, "rounds");
	for (size_t r = 0; r < tr->nrounds; r++)
		json_string(&w, NULL, tr->rounds[r]->round);
	json_end_array(&w);
	json_string(&w, "baseline", tr->rounds[0]->round);
	json_string(&w, "latest", tr->rounds[tr->nrounds - 1]->round);
	json_number(&w, "tolerance", tr->tolerance);
	json_number(&w, "comparable_indicators", (double)tr->ncomparable);
	put_levels(&w, tr);
	put_moved(&w, tr);
	put_not_comparable(&w, tr);
	put_targets(&w, tr);
	json_strings(&w, "charts", (const char *const *)charts, ncharts);
	json_end_document(&w);
}

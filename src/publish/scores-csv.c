/* SPDX-License-Identifier: Apache-2.0 */
/*
 * scores-csv.c - the analyst tables (docs/scores-csv.md): scores.csv,
 * one long row per assessment x level x instrument x article x
 * dimension, and trend.csv, one row per series x round. The values are
 * those of report.json and trend.json, rounded the same way; a null is
 * an empty cell. Every text cell is neutralised for spreadsheets.
 */
#include "config.h"
#include "publish/writers.h"
#include "publish/csvout.h"
#include "score/score.h"
#include "score/trend.h"
#include "base/sink.h"
#include "base/strbuf.h"

/* A score (rounded) or an empty cell, after a comma. */
static void put_value(struct strbuf *sb, bool has, double value)
{
	strbuf_addch(sb, ',');
	if (has)
		csvout_number_text(sb, value);
}

/* The header of scores.csv. */
void scores_csv_header(struct sink *out)
{
	sink_adds(out, "country,round,level,instrument,article,"
		       "article_title,dimension,score,gap,coverage,"
		       "required_score,rating,status\n");
}

/* Where a row of scores.csv sits. */
struct scores_row {
	const struct score_result *r;
	const char *level;		/* overall, instrument, article */
	const char *instrument;		/* NULL at the overall level */
	const struct article *article;	/* NULL above the article level */
};

/* One row: where, then the level's score, gap and coverage, then (a
 * dimension's) required score, rating and status; a combined score has
 * no state (state NULL). */
static void put_row(struct strbuf *sb, const struct scores_row *at,
		    const char *dimension, const struct level_score *v,
		    const struct level_state *state)
{
	const struct article *art = at->article;

	csvout_field(sb, at->r->country, true, true);
	csvout_field(sb, at->r->round, false, true);
	csvout_field(sb, at->level, false, true);
	csvout_field(sb, at->instrument, false, true);
	csvout_field(sb, art ? art->label : NULL, false, true);
	csvout_field(sb, art ? art->title : NULL, false, true);
	csvout_field(sb, dimension, false, true);
	put_value(sb, v->has_score, v->score);
	put_value(sb, v->has_score, 1 - v->score);
	put_value(sb, v->has_coverage, v->coverage);
	put_value(sb, state && v->has_required, v->required);
	csvout_field(sb, state ? state->rating : NULL, false, true);
	csvout_field(sb, state ? dim_status_name(state->status) : NULL,
		     false, true);
	csvout_end_row(sb);
}

/* The rows of one level above the articles: each dimension, combined. */
static void put_levels(struct strbuf *sb, const struct scores_row *at,
		       const struct level_score *dims,
		       const struct level_state *states,
		       const struct level_score *combined)
{
	const struct indset *set = at->r->set;

	for (size_t d = 0; d < set->ndimensions; d++)
		put_row(sb, at, set->dimensions[d], &dims[d], &states[d]);
	put_row(sb, at, "combined", combined, NULL);
}

/* The rows of one article: each dimension it has, then combined. */
static void put_article(struct strbuf *sb, const struct scores_row *at,
			const struct article_result *ar)
{
	const struct indset *set = at->r->set;

	for (size_t d = 0; d < set->ndimensions; d++) {
		const struct dim_result *dr = &ar->dims[d];
		struct level_state state = { dr->status, dr->rating };
		if (dr->present)
			put_row(sb, at, set->dimensions[d], &dr->value,
				&state);
	}
	put_row(sb, at, "combined", &ar->combined, NULL);
}

/* The rows of one assessment: overall, then each instrument and its
 * articles, in report order. */
void scores_csv_rows(struct sink *out, const struct score_result *r)
{
	struct scores_row at = { r, "overall", NULL, NULL };
	struct strbuf sb;

	strbuf_init(&sb);
	put_levels(&sb, &at, r->overall, r->overall_states,
		   &r->overall_combined);
	for (size_t s = 0; s < r->ninstruments; s++) {
		const struct instrument_result *ir = &r->instruments[s];
		const struct instrument *ins =
			&r->set->instruments[ir->instrument];
		at = (struct scores_row){ r, "instrument", ins->code, NULL };
		put_levels(&sb, &at, ir->dims, ir->states, &ir->combined);
		at.level = "article";
		for (size_t a = 0; a < ir->narticles; a++) {
			at.article = &ins->articles[ir->articles[a].article];
			put_article(&sb, &at, &ir->articles[a]);
		}
		sink_add(out, sb.buf, sb.len);
		strbuf_reset(&sb);
	}
	sink_add(out, sb.buf, sb.len);
	strbuf_release(&sb);
}

/* The rows of one series of a trend, one per round. */
static void trend_series_rows(struct strbuf *sb, const struct trend *tr,
			      const struct trend_series *s)
{
	const struct indset *set = tr->set;
	const struct instrument *ins = s->instrument == TREND_NONE
		? NULL : &set->instruments[s->instrument];
	const struct article *art = ins && s->article != TREND_NONE
		? &ins->articles[s->article] : NULL;
	const char *level = !ins ? "overall" : art ? "article" : "instrument";

	for (size_t k = 0; k < tr->nrounds; k++) {
		csvout_field(sb, tr->country, true, true);
		csvout_field(sb, level, false, true);
		csvout_field(sb, ins ? ins->code : NULL, false, true);
		csvout_field(sb, art ? art->label : NULL, false, true);
		csvout_field(sb, art ? art->title : NULL, false, true);
		csvout_field(sb, s->dimension < set->ndimensions
				 ? set->dimensions[s->dimension]
				 : "combined", false, true);
		csvout_field(sb, tr->rounds[k]->round, false, true);
		put_value(sb, s->reported[k].has, s->reported[k].score);
		put_value(sb, s->comparable[k].has, s->comparable[k].score);
		put_value(sb, s->has_change, s->change_since_baseline);
		put_value(sb, s->has_change_since_last, s->change_since_last);
		put_value(sb, s->has_gap_closed, s->gap_closed);
		csvout_field(sb, s->direction, false, true);
		csvout_end_row(sb);
	}
}

/* trend.csv of one country. */
void trend_csv(struct sink *out, const struct trend *tr)
{
	struct strbuf sb;

	sink_adds(out, "country,level,instrument,article,article_title,"
		       "dimension,round,reported,comparable,"
		       "change_since_baseline,change_since_last,gap_closed,"
		       "direction\n");
	strbuf_init(&sb);
	for (size_t k = 0; k < tr->nseries; k++) {
		strbuf_reset(&sb);
		trend_series_rows(&sb, tr, &tr->series[k]);
		sink_add(out, sb.buf, sb.len);
	}
	strbuf_release(&sb);
}

/* SPDX-License-Identifier: Apache-2.0 */
/*
 * merge-csv.c - the merged national sheet: the answers format with
 * expert "consensus", one row per answered indicator of each assessment,
 * and columns that keep who said what (how many experts, the spread of
 * their scores, a dissent flag, each expert's answer, and the evidence,
 * good practices and comments merged as "expert: text | expert: text").
 */
#include "config.h"
#include "publish/writers.h"
#include "publish/csvout.h"
#include "score/merge.h"
#include "base/sink.h"
#include "base/strbuf.h"

#include <stdlib.h>

/* The header of the merged CSV. */
void merge_csv_header(struct sink *out)
{
	sink_adds(out, "country,round,expert,indicator,answer,score,"
		       "confidence,evidence,good_practice,comment,instrument,"
		       "article,article_title,question,answer_split,"
		       "n_experts,spread,dissent,expert_answers\n");
}

/* "expert: text | expert: text" for one text column of the answers
 * (field 0 evidence, 1 good practice, 2 comment). */
static void gather(struct strbuf *sb, const struct score_result *r,
		   struct answer_list list, int field)
{
	for (size_t j = 0; j < list.count; j++) {
		const struct expert_answer *a = &list.items[j];
		const char *text = field == 0 ? a->evidence
				 : field == 1 ? a->good_practice : a->comment;
		if (!text || !text[0])
			continue;
		strbuf_addf(sb, "%s%s: %s", sb->len ? " | " : "",
			    r->experts[a->expert], text);
	}
}

/* "expert=answer; expert=answer" (an empty answer as unknown). */
static void who_said_what(struct strbuf *sb, const struct score_result *r,
			  struct answer_list list)
{
	for (size_t j = 0; j < list.count; j++) {
		const struct expert_answer *a = &list.items[j];
		strbuf_addf(sb, "%s%s=%s", j ? "; " : "", r->experts[a->expert],
			    a->cls == ANSWER_MISSING && !a->answer[0]
				    ? "unknown" : a->answer);
	}
}

/* The score beside a national answer whose own score is not the
 * panel's consensus, in full (17 significant digits read back exactly). */
static void put_score(struct strbuf *sb, const struct merged *m)
{
	strbuf_addch(sb, ',');
	if (m->has_score)
		strbuf_addf(sb, "%.17g", m->score + 0.0);
}

/* The help columns of the sheet: where the indicator sits, what it
 * asks, and what the panel said. */
static void put_help(struct strbuf *sb, const struct score_result *r,
		     size_t i, const struct merged *m)
{
	const struct indicator *ind = &r->set->items[i];
	const struct instrument *ins = &r->set->instruments[ind->instrument];
	const struct article *art = &ins->articles[ind->article];

	csvout_field(sb, ins->code, false, true);
	csvout_field(sb, art->label, false, true);
	csvout_field(sb, art->title, false, true);
	csvout_field(sb, ind->question, false, true);
	csvout_field(sb, m->split, false, true);
	strbuf_addf(sb, ",%zu,", m->nanswers);
	if (m->has_spread)
		csvout_number(sb, m->spread, true);
	csvout_field(sb, m->dissent ? "yes" : "no", false, true);
}

/* The merged row of indicator i. */
static void merge_row(struct strbuf *sb, const struct score_result *r,
		      size_t i)
{
	struct answer_list list = r->indicators[i].answers;
	struct strbuf cell;
	struct merged m;

	merge_indicator(r, i, &m);
	csvout_field(sb, r->country, true, true);
	csvout_field(sb, r->round, false, true);
	csvout_field(sb, MERGE_EXPERT, false, true);
	csvout_field(sb, r->set->items[i].id, false, true);
	csvout_field(sb, m.answer, false, true);
	put_score(sb, &m);
	csvout_field(sb, "", false, true);
	strbuf_init(&cell);
	for (int f = 0; f < 3; f++) {
		strbuf_reset(&cell);
		gather(&cell, r, list, f);
		csvout_field(sb, cell.buf, false, true);
	}
	put_help(sb, r, i, &m);
	strbuf_reset(&cell);
	who_said_what(&cell, r, list);
	csvout_field(sb, cell.buf, false, true);
	csvout_end_row(sb);
	strbuf_release(&cell);
	merged_release(&m);
}

/* The merged rows of one assessment, in the order of the indicator sets. */
void merge_csv_rows(struct sink *out, const struct score_result *r)
{
	struct strbuf sb;

	strbuf_init(&sb);
	for (size_t i = 0; i < r->set->count; i++) {
		if (r->indicators[i].answers.count == 0)
			continue;
		strbuf_reset(&sb);
		merge_row(&sb, r, i);
		sink_add(out, sb.buf, sb.len);
	}
	strbuf_release(&sb);
}

/* SPDX-License-Identifier: Apache-2.0 */
/*
 * observe.c - observations and recommended actions of an article
 * dimension (see observe.h): one observation per unit, in set order,
 * written as sentences a mission can paste into its report, and the
 * actions the unmet and unanswered units call for. The sentences are in
 * the --lang language (tr_word; report.json asks for English), each
 * clause a whole format so that a translation can order its words.
 */
#include "config.h"
#include "score/observe.h"
#include "base/i18n.h"
#include "base/strbuf.h"
#include "base/text.h"
#include "base/xalloc.h"
#include "load/answer-words.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The report's name of an observation state. */
const char *obs_state_name(enum obs_state s)
{
	switch (s) {
	case OBS_MET: return "met";
	case OBS_PARTLY_MET: return "partly-met";
	case OBS_NOT_MET: return "not-met";
	case OBS_NOT_ANSWERED: return "not-answered";
	case OBS_NOT_APPLICABLE: return "not-applicable";
	}
	return "not-answered";
}

/* Is there a need for this article dimension? */
bool observe_wanted(const struct score_result *r, size_t s, size_t a,
		    size_t d)
{
	for (size_t k = 0; k < r->nneeds; k++)
		if (r->needs[k].instrument == s && r->needs[k].article == a &&
		    r->needs[k].dimension == d)
			return true;
	return false;
}

/* The member a unit's state rests on: the best scoring answered member
 * (the first on ties), else the first not applicable one, else the
 * first. */
static size_t unit_lead(const struct score_result *r, const struct unit *u)
{
	size_t lead = u->members[0];
	bool answered = false, na = false;

	for (size_t m = 0; m < u->nmembers; m++) {
		size_t i = u->members[m];
		const struct indicator_result *res = &r->indicators[i];

		if (res->status == IND_ANSWERED) {
			double best = r->indicators[lead].score;

			if (!answered || res->score > best)
				lead = i;
			answered = true;
		} else if (!answered && !na &&
			   (res->status == IND_NOT_APPLICABLE ||
			    res->status == IND_NOT_ASKED)) {
			lead = i;
			na = true;
		}
	}
	return lead;
}

/* The state of a unit from its result (scores as the report rounds
 * them). */
static enum obs_state unit_state(const struct unit_result *ur)
{
	switch (ur->status) {
	case UNIT_NOT_APPLICABLE:
		return OBS_NOT_APPLICABLE;
	case UNIT_MISSING:
		return OBS_NOT_ANSWERED;
	case UNIT_ANSWERED:
		break;
	}
	if (round4(ur->score) >= 1)
		return OBS_MET;
	return round4(ur->score) <= 0 ? OBS_NOT_MET : OBS_PARTLY_MET;
}

/* Answers by count, most frequent first, then by score. */
static int cmp_answer(const void *pa, const void *pb)
{
	const struct obs_answer *a = pa, *b = pb;

	if (a->count != b->count)
		return a->count > b->count ? -1 : 1;
	return (a->score > b->score) - (a->score < b->score);
}

/* The lead's scored answers, grouped by score. */
static void count_answers(struct observation *o, const struct score_result *r)
{
	struct answer_list list = r->indicators[o->lead].answers;
	size_t cap = 0;

	for (size_t j = 0; j < list.count; j++) {
		const struct expert_answer *a = &list.items[j];
		size_t k;

		if (a->cls != ANSWER_SCORED)
			continue;
		for (k = 0; k < o->nanswers; k++)
			if (o->answers[k].score == a->score)
				break;
		if (k == o->nanswers) {
			GROW(o->answers, cap, k + 1);
			o->answers[k] = (struct obs_answer){ a->answer,
							     a->score, 0 };
			o->nanswers++;
		}
		o->answers[k].count++;
	}
	if (o->nanswers > 1)
		qsort(o->answers, o->nanswers, sizeof(*o->answers),
		      cmp_answer);
	o->divided = o->nanswers > 1;
}

/* The rows of the unit's members that cite evidence, in row order. */
static void collect_evidence(struct observation *o,
			     const struct score_result *r,
			     const struct unit *u)
{
	size_t cap = 0;

	for (size_t m = 0; m < u->nmembers; m++) {
		struct answer_list list = r->indicators[u->members[m]].answers;

		for (size_t j = 0; j < list.count; j++) {
			if (!list.items[j].evidence)
				continue;
			GROW(o->evidence, cap, o->nevidence + 1);
			o->evidence[o->nevidence++] =
				(size_t)(&list.items[j] - r->rows);
		}
	}
}

/* Which text of an indicator a list joins. */
enum ind_field { FIELD_PARAGRAPH, FIELD_GUIDE_REF, FIELD_MODEL_LAW };

/* One text of indicator i (its guide reference in lang). */
static const char *ind_field(const struct indset *set, size_t i,
			     enum ind_field f, const char *lang)
{
	const struct indicator *ind = &set->items[i];

	return f == FIELD_PARAGRAPH ? ind->paragraph
	       : f == FIELD_GUIDE_REF ? indset_guide_ref(set, i, lang)
				      : ind->model_law;
}

/* The distinct non-empty texts f of indicators idx (in lang), joined by
 * sep, as a new string ("" when none). */
static char *join_distinct(const struct indset *set, const size_t *idx,
			   size_t n, enum ind_field f, const char *sep,
			   const char *lang)
{
	struct strbuf sb;

	strbuf_init(&sb);
	for (size_t k = 0; k < n; k++) {
		const char *p = ind_field(set, idx[k], f, lang);
		bool seen = false;

		for (size_t j = 0; j < k && !seen; j++)
			seen = !strcmp(ind_field(set, idx[j], f, lang), p);
		if (!p[0] || seen)
			continue;
		if (sb.len)
			strbuf_adds(&sb, sep);
		strbuf_adds(&sb, p);
	}
	return strbuf_detach(&sb);
}

/* Append the ids of indicators idx, comma-separated. */
static void put_ids(struct strbuf *sb, const struct indset *set,
		    const size_t *idx, size_t n)
{
	for (size_t k = 0; k < n; k++) {
		if (k)
			strbuf_adds(sb, ", ");
		strbuf_adds(sb, set->items[idx[k]].id);
	}
}

/* Words for an obligation in an observation's head. */
static const char *obligation_words(enum obligation o, const char *lang)
{
	switch (o) {
	case OBLIGATION_MANDATORY: return tr_word(lang, "mandatory");
	case OBLIGATION_CONSIDER: return tr_word(lang, "to consider");
	case OBLIGATION_OPTIONAL: return tr_word(lang, "optional");
	}
	return tr_word(lang, "mandatory");
}

/* A score as the report rounds it, without trailing zeros, into buf. */
static const char *score_text(char buf[32], double v)
{
	snprintf(buf, 32, "%.4g", round4(v));
	return buf;
}

/* Append "Paragraph P (IDS; alternatives; mandatory): " for a unit. */
static void put_head(struct strbuf *sb, const struct score_result *r,
		     const struct unit *u, const struct observation *o,
		     const char *lang)
{
	struct strbuf ids;
	const char *alt = u->nmembers > 1 ? tr_word(lang, "; alternatives")
					  : "";
	const char *ob = obligation_words(u->obligation, lang);

	strbuf_init(&ids);
	put_ids(&ids, r->set, u->members, u->nmembers);
	if (o->paragraph[0])
		strbuf_addf(sb, tr_word(lang, "Paragraph %s (%s%s; %s): "),
			    o->paragraph, ids.buf, alt, ob);
	else
		strbuf_addf(sb, tr_word(lang, "The requirement (%s%s; %s): "),
			    ids.buf, alt, ob);
	strbuf_release(&ids);
}

/* Append the state of a met unit: "met", or "met through ..., one of
 * the alternatives". */
static void put_met(struct strbuf *sb, const struct unit *u,
		    const struct indicator *lead, const char *lang)
{
	if (u->nmembers < 2)
		strbuf_adds(sb, tr_word(lang, "met."));
	else if (lead->paragraph[0])
		strbuf_addf(sb, tr_word(lang, "met through %s (paragraph %s), "
			    "one of the alternatives."), lead->id,
			    lead->paragraph);
	else
		strbuf_addf(sb, tr_word(lang, "met through %s, one of the "
			    "alternatives."), lead->id);
}

/* Append the state of an answered unit: "met through ...", "partly met,
 * consensus 0.5", "not met". */
static void put_answered_state(struct strbuf *sb,
			       const struct score_result *r,
			       const struct unit *u,
			       const struct observation *o, const char *lang)
{
	const struct indicator *lead = &r->set->items[o->lead];
	char num[32];

	switch (o->state) {
	case OBS_MET:
		put_met(sb, u, lead, lang);
		return;
	case OBS_PARTLY_MET:
		score_text(num, o->score);
		if (u->nmembers < 2)
			strbuf_addf(sb, tr_word(lang, "partly met, consensus "
				    "%s."), num);
		else if (lead->paragraph[0])
			strbuf_addf(sb, tr_word(lang, "partly met: the better "
				    "of the alternatives, %s (paragraph %s), "
				    "has consensus %s."), lead->id,
				    lead->paragraph, num);
		else
			strbuf_addf(sb, tr_word(lang, "partly met: the better "
				    "of the alternatives, %s, has consensus "
				    "%s."), lead->id, num);
		return;
	default:
		strbuf_adds(sb, u->nmembers > 1
				? tr_word(lang, "not met by any alternative.")
				: tr_word(lang, "not met."));
		return;
	}
}

/* Append how the experts answered the lead: unanimous or the split. */
static void put_split(struct strbuf *sb, const struct observation *o,
		      const char *lang)
{
	size_t total = 0;
	const char *said = o->nanswers
		? answer_words_word(lang, o->answers[0].answer) : "";

	for (size_t k = 0; k < o->nanswers; k++)
		total += o->answers[k].count;
	if (!o->divided) {
		if (total == 1)
			strbuf_addf(sb, tr_word(lang, " The one expert who "
				    "answered said \"%s\"."), said);
		else if (total == 2)
			strbuf_addf(sb, tr_word(lang, " Both experts who "
				    "answered said \"%s\"."), said);
		else
			strbuf_addf(sb, tr_word(lang, " All %zu experts who "
				    "answered said \"%s\"."), total, said);
		return;
	}
	strbuf_adds(sb, tr_word(lang, " The experts are divided: "));
	for (size_t k = 0; k < o->nanswers; k++) {
		if (k)
			strbuf_adds(sb, ", ");
		strbuf_addf(sb, tr_word(lang, "%zu answered \"%s\""),
			    o->answers[k].count,
			    answer_words_word(lang, o->answers[k].answer));
	}
	strbuf_adds(sb, ".");
}

/* Is evidence row k of o a repeat of an earlier row of the same
 * indicator with the same text? */
static bool evidence_repeats(const struct score_result *r,
			     const struct observation *o, size_t k)
{
	const struct expert_answer *a = &r->rows[o->evidence[k]];

	for (size_t j = 0; j < k; j++) {
		const struct expert_answer *b = &r->rows[o->evidence[j]];
		if (b->indicator == a->indicator &&
		    !strcmp(b->evidence, a->evidence))
			return true;
	}
	return false;
}

/* Append the evidence cited: equal texts once with every expert who
 * cited them; for alternatives, member by member. */
static void put_evidence(struct strbuf *sb, const struct score_result *r,
			 const struct unit *u, const struct observation *o,
			 const char *lang)
{
	size_t last = (size_t)-1;

	if (!o->nevidence) {
		strbuf_adds(sb, tr_word(lang, " No evidence was cited."));
		return;
	}
	strbuf_adds(sb, tr_word(lang, " Evidence cited"));
	for (size_t k = 0; k < o->nevidence; k++) {
		const struct expert_answer *a = &r->rows[o->evidence[k]];

		if (evidence_repeats(r, o, k))
			continue;
		strbuf_adds(sb, k ? "; " : u->nmembers > 1 ? " " : ": ");
		if (u->nmembers > 1 && a->indicator != last)
			strbuf_addf(sb, tr_word(lang, "on %s: "),
				    r->set->items[a->indicator].id);
		last = a->indicator;
		strbuf_addf(sb, "\"%s\" (%s", a->evidence,
			    r->experts[a->expert]);
		for (size_t j = k + 1; j < o->nevidence; j++) {
			const struct expert_answer *b =
				&r->rows[o->evidence[j]];

			if (b->indicator == a->indicator &&
			    !strcmp(b->evidence, a->evidence))
				strbuf_addf(sb, ", %s", r->experts[b->expert]);
		}
		strbuf_adds(sb, ")");
	}
	strbuf_adds(sb, ".");
}

/* Count a unit's members' answers that are not scored: empty or
 * unknown (missing) and n/a without a reason. */
static void count_unscored(const struct score_result *r, const struct unit *u,
			   size_t *missing, size_t *unjustified)
{
	*missing = *unjustified = 0;
	for (size_t m = 0; m < u->nmembers; m++) {
		const struct indicator_result *res =
			&r->indicators[u->members[m]];
		*missing += res->nmissing;
		*unjustified += res->nunjustified;
	}
}

/* Append why a unit is not answered. */
static void put_not_answered(struct strbuf *sb, const struct score_result *r,
			     const struct unit *u, const char *lang)
{
	size_t missing, unjustified;

	count_unscored(r, u, &missing, &unjustified);
	if (!missing && !unjustified) {
		strbuf_adds(sb, tr_word(lang, "not answered: no expert "
				"answered."));
		return;
	}
	strbuf_adds(sb, tr_word(lang, "not answered: no expert gave a scored "
			"answer"));
	if (missing)
		strbuf_addf(sb, tr_word(lang, "; %zu left it empty or "
			    "unknown"), missing);
	if (unjustified)
		strbuf_addf(sb, tr_word(lang, "; %zu answered n/a without a "
			    "reason, which counts as missing"), unjustified);
	strbuf_adds(sb, ".");
}

/* The first n/a with a reason among the answers to indicator i. */
static const struct expert_answer *na_reason(const struct score_result *r,
					     size_t i)
{
	struct answer_list list = r->indicators[i].answers;

	for (size_t j = 0; j < list.count; j++) {
		const struct expert_answer *a = &list.items[j];
		if (a->cls == ANSWER_NA && (a->comment || a->evidence))
			return a;
	}
	return NULL;
}

/* Append the condition a not-asked indicator follows: its parent and
 * the values ("yes or partial") under which it applies. */
static void put_condition(struct strbuf *sb, const struct indicator *lead,
			  const char *lang)
{
	struct strbuf values;

	strbuf_init(&values);
	answer_words_values(&values, lang, lead->parent_value,
			    tr_word(lang, " or "));
	if (lead->parent_negated)
		strbuf_addf(sb, tr_word(lang, ": it follows %s and applies "
			    "unless the answer to it is %s; the panel's "
			    "answer was."), lead->parent_id, values.buf);
	else
		strbuf_addf(sb, tr_word(lang, ": it follows %s and applies "
			    "only when the answer to it is %s; the panel's "
			    "answer was different."), lead->parent_id,
			    values.buf);
	strbuf_release(&values);
}

/* Append why a unit is not applicable: its lead's reason. */
static void put_not_applicable(struct strbuf *sb,
			       const struct score_result *r,
			       const struct observation *o, const char *lang)
{
	const struct indicator *lead = &r->set->items[o->lead];
	const struct expert_answer *a = na_reason(r, o->lead);

	strbuf_adds(sb, tr_word(lang, "not applicable"));
	if (r->indicators[o->lead].status == IND_NOT_ASKED)
		put_condition(sb, lead, lang);
	else if (a)
		strbuf_addf(sb, tr_word(lang, ", as %s said: \"%s\"."),
			    r->experts[a->expert],
			    a->comment && a->comment[0] ? a->comment
							: a->evidence);
	else
		strbuf_adds(sb, ".");
}

/* Append " Asked: QUESTION" for the lead of o. */
static void put_asked(struct strbuf *sb, const struct score_result *r,
		      const struct observation *o, const char *lang)
{
	strbuf_addf(sb, tr_word(lang, " Asked: %s"),
		    indset_question(r->set, o->lead, lang));
}

/* The sentences of one observation. */
static char *observation_text(const struct score_result *r,
			      const struct unit *u,
			      const struct observation *o, const char *lang)
{
	struct strbuf sb;

	strbuf_init(&sb);
	put_head(&sb, r, u, o, lang);
	switch (o->state) {
	case OBS_NOT_ANSWERED:
		put_not_answered(&sb, r, u, lang);
		put_asked(&sb, r, o, lang);
		break;
	case OBS_NOT_APPLICABLE:
		put_not_applicable(&sb, r, o, lang);
		break;
	case OBS_MET:
		put_answered_state(&sb, r, u, o, lang);
		put_evidence(&sb, r, u, o, lang);
		break;
	default:
		put_answered_state(&sb, r, u, o, lang);
		put_asked(&sb, r, o, lang);
		put_split(&sb, o, lang);
		put_evidence(&sb, r, u, o, lang);
		break;
	}
	return strbuf_detach(&sb);
}

/* The observation of unit ui. */
static void observe_unit(struct observation *o, const struct score_result *r,
			 size_t ui, const char *lang)
{
	const struct unit *u = &r->set->units[ui];
	const struct unit_result *ur = &r->units[ui];

	memset(o, 0, sizeof(*o));
	o->unit = ui;
	o->state = unit_state(ur);
	o->has_score = ur->status == UNIT_ANSWERED;
	o->score = o->has_score ? ur->score : 0;
	o->lead = unit_lead(r, u);
	count_answers(o, r);
	collect_evidence(o, r, u);
	o->paragraph = join_distinct(r->set, u->members, u->nmembers,
				     FIELD_PARAGRAPH, tr_word(lang, " or "), lang);
	o->text = observation_text(r, u, o, lang);
}

/* Add the indicators of u not yet in act, keeping set order. */
static void action_add_indicators(struct rec_action *act,
				  const struct unit *u)
{
	for (size_t m = 0; m < u->nmembers; m++) {
		size_t i = u->members[m], k = 0;

		while (k < act->nindicators && act->indicators[k] < i)
			k++;
		if (k < act->nindicators && act->indicators[k] == i)
			continue;
		act->indicators = xrealloc(act->indicators,
					   (act->nindicators + 1) *
						   sizeof(*act->indicators));
		memmove(act->indicators + k + 1, act->indicators + k,
			(act->nindicators - k) * sizeof(*act->indicators));
		act->indicators[k] = i;
		act->nindicators++;
	}
}

/* Add an action of kind with text (taken) for unit u, merged into an
 * equal one already there. */
static void add_action(struct dim_observations *out, size_t *cap,
		       enum need_kind kind, char *text, const struct unit *u,
		       double unmet)
{
	struct rec_action *act = NULL;

	for (size_t k = 0; k < out->nactions && !act; k++)
		if (out->actions[k].kind == kind &&
		    !strcmp(out->actions[k].text, text))
			act = &out->actions[k];
	if (act) {
		free(text);
		act->unmet += unmet;
		if (obligation_stricter(u->obligation, act->obligation))
			act->obligation = u->obligation;
	} else {
		GROW(out->actions, *cap, out->nactions + 1);
		act = &out->actions[out->nactions++];
		*act = (struct rec_action){ .kind = kind, .text = text,
					    .obligation = u->obligation,
					    .unmet = unmet };
	}
	action_add_indicators(act, u);
}

/* The text of the gap action of an unmet unit: its lead's
 * recommendation, or the requirement to address. */
static char *gap_text(const struct score_result *r,
		      const struct observation *o, const char *lang)
{
	const char *rec = indset_recommendation(r->set, o->lead, lang);
	const char *q = indset_question(r->set, o->lead, lang);
	size_t len;
	const char *t = trim_span(rec, &len);

	if (len)
		return xstrndup(t, len);
	if (o->paragraph[0])
		return xasprintf(tr_word(lang, "Address paragraph %s: %s"),
				 o->paragraph, q);
	return xasprintf(tr_word(lang, "Address the requirement asked by "
				 "%s: %s"), r->set->items[o->lead].id, q);
}

/* The text of the information action of an unanswered unit. */
static char *information_text(const struct score_result *r,
			      const struct unit *u,
			      const struct observation *o, const char *lang)
{
	struct strbuf sb, ids;
	size_t missing, unjustified;

	count_unscored(r, u, &missing, &unjustified);
	(void)missing;
	strbuf_init(&sb);
	strbuf_init(&ids);
	put_ids(&ids, r->set, u->members, u->nmembers);
	if (o->paragraph[0])
		strbuf_addf(&sb, tr_word(lang, "Establish whether paragraph "
			    "%s (%s) is met: no expert answered it"),
			    o->paragraph, ids.buf);
	else
		strbuf_addf(&sb, tr_word(lang, "Establish whether the "
			    "requirement (%s) is met: no expert answered "
			    "it"), ids.buf);
	strbuf_release(&ids);
	if (unjustified)
		strbuf_adds(&sb, tr_word(lang, "; an n/a counts as not "
				"applicable only with its reason (a comment "
				"or evidence)"));
	strbuf_adds(&sb, ".");
	return strbuf_detach(&sb);
}

/* Actions: mandatory first, then the larger unmet share, a gap before
 * information, then set order. */
static int cmp_action(const void *pa, const void *pb)
{
	const struct rec_action *a = pa, *b = pb;

	if (a->obligation != b->obligation)
		return obligation_stricter(a->obligation, b->obligation) ? -1
									 : 1;
	if (round4(a->unmet) != round4(b->unmet))
		return round4(a->unmet) > round4(b->unmet) ? -1 : 1;
	if (a->kind != b->kind)
		return a->kind == NEED_GAP ? -1 : 1;
	return (a->indicators[0] > b->indicators[0]) -
	       (a->indicators[0] < b->indicators[0]);
}

/* The actions the observations of d call for, then their references. */
static void plan_actions(struct dim_observations *out,
			 const struct score_result *r,
			 const struct dim_result *d, const char *lang)
{
	size_t cap = 0;

	for (size_t k = 0; k < out->count; k++) {
		const struct observation *o = &out->items[k];
		const struct unit *u = &r->set->units[o->unit];

		if (o->state == OBS_PARTLY_MET || o->state == OBS_NOT_MET)
			add_action(out, &cap, NEED_GAP,
				   gap_text(r, o, lang), u,
				   u->weight * (1 - o->score) /
					   d->answered_weight);
		else if (o->state == OBS_NOT_ANSWERED &&
			 u->obligation == OBLIGATION_MANDATORY)
			add_action(out, &cap, NEED_INFORMATION,
				   information_text(r, u, o, lang), u,
				   u->weight / d->applicable_weight);
	}
	for (size_t k = 0; k < out->nactions; k++) {
		struct rec_action *act = &out->actions[k];
		const size_t *idx = act->indicators;
		size_t n = act->nindicators;

		act->paragraph = join_distinct(r->set, idx, n, FIELD_PARAGRAPH,
					       ", ", lang);
		act->guide_ref = join_distinct(r->set, idx, n, FIELD_GUIDE_REF,
					       "; ", lang);
		act->model_law = join_distinct(r->set, idx, n, FIELD_MODEL_LAW,
					       "; ", lang);
	}
	if (out->nactions > 1)
		qsort(out->actions, out->nactions, sizeof(*out->actions),
		      cmp_action);
}

/* The observations and actions of one article dimension (see
 * observe.h). */
void observe_dimension(struct dim_observations *out,
		       const struct score_result *r, size_t s, size_t a,
		       size_t d, const char *lang)
{
	const struct dim_result *dr = &r->instruments[s].articles[a].dims[d];

	memset(out, 0, sizeof(*out));
	if (!dr->present || !observe_wanted(r, s, a, d))
		return;
	out->items = xcalloc(dr->nunits + 1, sizeof(*out->items));
	for (size_t k = 0; k < dr->nunits; k++)
		observe_unit(&out->items[out->count++], r, dr->units[k], lang);
	plan_actions(out, r, dr, lang);
}

/* Free what observe_dimension made. */
void dim_observations_release(struct dim_observations *o)
{
	for (size_t k = 0; k < o->count; k++) {
		free(o->items[k].answers);
		free(o->items[k].evidence);
		free(o->items[k].paragraph);
		free(o->items[k].text);
	}
	for (size_t k = 0; k < o->nactions; k++) {
		free(o->actions[k].text);
		free(o->actions[k].indicators);
		free(o->actions[k].paragraph);
		free(o->actions[k].guide_ref);
		free(o->actions[k].model_law);
	}
	free(o->items);
	free(o->actions);
	memset(o, 0, sizeof(*o));
}

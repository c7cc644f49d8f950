/* SPDX-License-Identifier: Apache-2.0 */
/*
 * merge.c - a panel's consensus as national answers: each consensus
 * score turned back into an answer of the indicator's type, with the
 * spread of the experts' scores and whether they disagree. The CSV is
 * written by publish/merge-csv.c.
 */
#include "config.h"
#include "score/merge.h"
#include "score/panel.h"
#include "base/xalloc.h"
#include "base/strbuf.h"
#include "base/text.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* A number as an answer: up to 6 decimals, no trailing zeros. */
static char *number_text(double v)
{
	char buf[64];
	size_t n;

	snprintf(buf, sizeof(buf), "%.6f", v);
	n = strlen(buf);
	while (n > 1 && buf[n - 1] == '0')
		buf[--n] = '\0';
	if (n > 1 && buf[n - 1] == '.')
		buf[--n] = '\0';
	if (!strcmp(buf, "-0"))
		strcpy(buf, "0");
	return xstrdup(buf);
}

/* The categorical answer whose score is nearest s (lower on a tie). */
static char *nearest_option(const struct indicator *ind, double s)
{
	static const char *const yn[] = { "no", "partial", "yes" };
	static const double yn_score[] = { 0, 0.5, 1 };
	const char *best = NULL;
	double best_score = 0, best_dist = INFINITY;
	size_t n;

	if (ind->type.kind == ANSWER_CHOICE) {
		n = ind->type.noptions;
	} else {
		n = 3;
	}
	for (size_t k = 0; k < n; k++) {
		const char *name;
		double score, dist;

		if (ind->type.kind == ANSWER_CHOICE) {
			name = ind->type.options[k].name;
			score = ind->type.options[k].score;
		} else {
			if (ind->type.kind == ANSWER_YESNO && k == 1)
				continue;
			name = yn[k];
			score = yn_score[k];
		}
		dist = fabs(score - s);
		if (dist < best_dist - 1e-12 ||
		    (fabs(dist - best_dist) <= 1e-12 && score < best_score)) {
			best = name;
			best_score = score;
			best_dist = dist;
		}
	}
	return xstrdup(best ? best : "");
}

/* The answer that stands for consensus s in the indicator's terms
 * (see merge.h). */
char *merge_answer(const struct indicator *ind, enum consensus_rule rule,
		   double s, const double *numbers, size_t nnumbers)
{
	const struct answer_type *t = &ind->type;
	double x = t->reverse ? 1 - s : s;

	switch (t->kind) {
	case ANSWER_YESNO:
	case ANSWER_YESNOPARTIAL:
	case ANSWER_CHOICE:
		return nearest_option(ind, s);
	case ANSWER_SCALE:
		return number_text(t->lo + x * (t->hi - t->lo));
	case ANSWER_PERCENT:
		return number_text(100 * x);
	case ANSWER_NUMBER: {
		double *v = xcalloc(nnumbers ? nnumbers : 1, sizeof(*v));
		double *w = xcalloc(nnumbers ? nnumbers : 1, sizeof(*w));
		char *out;
		memcpy(v, numbers, nnumbers * sizeof(*v));
		for (size_t i = 0; i < nnumbers; i++)
			w[i] = 1;
		out = nnumbers ? number_text(consensus_apply(rule, v, w,
							     nnumbers))
			       : xstrdup("");
		free(v);
		free(w);
		return out;
	}
	case ANSWER_TEXT:
		break;
	}
	return xstrdup("");
}

/* The text answer most experts gave (the first such on a tie), so the
 * national answer is one an expert wrote and passes valid_regex. */
static char *most_common_text(struct answer_list list)
{
	const char *best = NULL;
	size_t best_count = 0;

	for (size_t j = 0; j < list.count; j++) {
		size_t count = 0;
		if (list.items[j].cls != ANSWER_TEXT_GIVEN)
			continue;
		for (size_t k = 0; k < list.count; k++)
			if (list.items[k].cls == ANSWER_TEXT_GIVEN &&
			    !strcmp(list.items[k].answer, list.items[j].answer))
				count++;
		if (count > best_count) {
			best = list.items[j].answer;
			best_count = count;
		}
	}
	return xstrdup(best ? best : "unknown");
}

/* Is indicator i among r's disagreements? */
static bool is_dissent(const struct score_result *r, size_t i)
{
	for (size_t k = 0; k < r->ndisagreements; k++)
		if (r->disagreements[k].indicator == i)
			return true;
	return false;
}

/* The consensus of the scored answers in list, every answer counting
 * (depends_on is left to scoring), and the experts' raw numbers. */
static double panel_consensus(const struct score_result *r,
			      struct answer_list list, size_t nscored)
{
	double *v = xcalloc(nscored, sizeof(*v));
	double *w = xcalloc(nscored, sizeof(*w));
	size_t n = 0;
	double s;

	for (size_t j = 0; j < list.count; j++)
		if (list.items[j].cls == ANSWER_SCORED) {
			w[n] = consensus_confidence_weight(
				list.items[j].confidence);
			v[n++] = list.items[j].score;
		}
	s = consensus_apply(r->options.consensus, v, w, n);
	free(v);
	free(w);
	return s;
}

/* "answer count; answer count" over the panel's answers, in order of
 * first appearance, ignoring case (empty answers as unknown); text
 * answers are not split. */
static char *answer_split(const struct indicator *ind, struct answer_list list)
{
	struct strbuf sb;
	bool *done = xcalloc(list.count + 1, sizeof(*done));

	strbuf_init(&sb);
	for (size_t j = 0; ind->type.kind != ANSWER_TEXT && j < list.count; j++) {
		const char *a = list.items[j].answer[0] ? list.items[j].answer
							: "unknown";
		size_t n = 0;
		if (done[j])
			continue;
		for (size_t k = j; k < list.count; k++) {
			const char *b = list.items[k].answer[0]
					? list.items[k].answer : "unknown";
			if (!done[k] && ascii_caseeq(a, b)) {
				done[k] = true;
				n++;
			}
		}
		strbuf_addf(&sb, "%s%s %zu", sb.len ? "; " : "", a, n);
	}
	free(done);
	return strbuf_detach(&sb);
}

/* The national answer to a scored indicator whose panel gave nscored
 * scored answers; sets the score to write when the answer's own score is
 * not the consensus. */
static void merge_scored(const struct score_result *r, size_t i,
			 struct merged *out, size_t nscored)
{
	const struct indicator *ind = &r->set->items[i];
	struct answer_list list = r->indicators[i].answers;
	double *numbers = xcalloc(list.count + 1, sizeof(*numbers));
	size_t nnumbers = 0;
	double s = panel_consensus(r, list, nscored), own;
	enum answer_class cls;
	char *err = NULL;

	for (size_t j = 0; j < list.count; j++)
		if (list.items[j].cls == ANSWER_SCORED &&
		    ind->type.kind == ANSWER_NUMBER &&
		    parse_number(list.items[j].answer, &numbers[nnumbers]))
			nnumbers++;
	out->answer = merge_answer(ind, r->options.consensus, s, numbers,
				   nnumbers);
	if (!answer_type_score(&ind->type, out->answer, &cls, &own, &err) ||
	    cls != ANSWER_SCORED || own != s) {
		out->has_score = true;
		out->score = s;
	}
	free(err);
	free(numbers);
}

/* The national answer to indicator i of r and who said what. */
void merge_indicator(const struct score_result *r, size_t i,
		     struct merged *out)
{
	const struct indicator *ind = &r->set->items[i];
	const struct indicator_result *res = &r->indicators[i];
	double lo = 0, hi = 0;
	size_t nscored = panel_spread(res->answers, &lo, &hi);

	memset(out, 0, sizeof(*out));
	if (ind->type.kind == ANSWER_TEXT)
		out->answer = most_common_text(res->answers);
	else if (nscored)
		merge_scored(r, i, out, nscored);
	else
		/* An n/a counts only with a reason (SPEC Scoring 9); the
		 * merged row carries the reasons in its evidence and
		 * comment, so an unjustified one is written as unknown. */
		out->answer = xstrdup(res->nna ? "n/a" : "unknown");
	out->split = answer_split(ind, res->answers);
	out->nanswers = res->answers.count;
	out->has_spread = nscored > 0;
	out->spread = hi - lo;
	out->dissent = is_dissent(r, i);
}

/* Free what merge_indicator allocated. */
void merged_release(struct merged *m)
{
	free(m->answer);
	free(m->split);
	m->answer = m->split = NULL;
}

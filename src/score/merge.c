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

/* The national answer to indicator i of r and who said what. */
void merge_indicator(const struct score_result *r, size_t i,
		     struct merged *out)
{
	const struct indicator *ind = &r->set->items[i];
	struct answer_list list = r->indicators[i].answers;
	double *numbers = xcalloc(list.count + 1, sizeof(*numbers));
	double lo = 0, hi = 0;
	size_t nscored = 0, nnumbers = 0, nna = 0;

	nscored = panel_spread(list, &lo, &hi);
	for (size_t j = 0; j < list.count; j++) {
		const struct expert_answer *a = &list.items[j];
		nna += a->cls == ANSWER_NA;
		if (a->cls == ANSWER_SCORED && ind->type.kind == ANSWER_NUMBER &&
		    parse_number(a->answer, &numbers[nnumbers]))
			nnumbers++;
	}
	if (ind->type.kind == ANSWER_TEXT)
		out->answer = most_common_text(list);
	else if (nscored)
		out->answer = merge_answer(ind, r->options.consensus,
					   panel_consensus(r, list, nscored),
					   numbers, nnumbers);
	else
		out->answer = xstrdup(nna ? "n/a" : "unknown");
	out->nanswers = list.count;
	out->has_spread = nscored > 0;
	out->spread = hi - lo;
	out->dissent = is_dissent(r, i);
	free(numbers);
}

/* Free what merge_indicator allocated. */
void merged_release(struct merged *m)
{
	free(m->answer);
	m->answer = NULL;
}

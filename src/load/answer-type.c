/* SPDX-License-Identifier: Apache-2.0 */
/*
 * answer-type.c - parsing of answer_type and scoring cells, and the score
 * of each answer. The indicator-level rules (options unique, every option
 * scored, scores within [0, 1]) live here so that validate and score can
 * never disagree about what an answer is worth.
 */
#include "config.h"
#include "load/answer-type.h"
#include "base/xalloc.h"
#include "base/strbuf.h"
#include "base/text.h"
#include "base/limits.h"
#include "base/i18n.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Split s at sep into trimmed, freshly allocated pieces. */
static char **split_trim(const char *s, char sep, size_t *count)
{
	char **parts = NULL;
	size_t n = 0, cap = 0;
	const char *start = s;

	for (;;) {
		const char *end = strchr(start, sep);
		size_t len = end ? (size_t)(end - start) : strlen(start);
		char *raw = xstrndup(start, len);

		GROW(parts, cap, n + 1);
		parts[n++] = trim_dup(raw);
		free(raw);
		if (!end)
			break;
		start = end + 1;
	}
	*count = n;
	return parts;
}

/* Free what split_trim returned. */
static void free_parts(char **parts, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(parts[i]);
	free(parts);
}

/* Is v a score, from 0 to 1? */
static bool is_score(double v)
{
	return v >= 0.0 && v <= 1.0;
}

/* How scale bounds read. */
enum scale_check {
	SCALE_OK,
	SCALE_SYNTAX,		/* not A-B with numbers A < B */
	SCALE_RANGE,		/* A-B, but beyond the limits */
};

/* Are lo and hi within LIMIT_SCALE_BOUND, far enough apart for
 * (x - lo) / (hi - lo) to keep 4 exact decimals? */
static bool scale_in_limits(double lo, double hi)
{
	double big = fabs(lo) > fabs(hi) ? fabs(lo) : fabs(hi);

	if (big < 1)
		big = 1;
	return fabs(lo) <= LIMIT_SCALE_BOUND && fabs(hi) <= LIMIT_SCALE_BOUND &&
	       hi - lo >= LIMIT_SCALE_SPAN * big;
}

/* "A-B" with A < B, both finite; A may be negative ("-5-5"). */
static enum scale_check parse_scale_bounds(const char *spec,
					   enum decimal_mark mark, double *lo,
					   double *hi)
{
	size_t len;
	const char *p = trim_span(spec, &len);
	bool ok = false;

	/* Try each '-' after the first character as the separator. */
	for (size_t i = 1; i < len && !ok; i++) {
		char *a, *b, *ra, *rb;

		if (p[i] != '-' || p[i - 1] == 'e' || p[i - 1] == 'E')
			continue;
		ra = xstrndup(p, i);
		rb = xstrndup(p + i + 1, len - i - 1);
		a = trim_dup(ra);
		b = trim_dup(rb);
		ok = parse_number_mark(a, mark, lo) &&
		     parse_number_mark(b, mark, hi) && *lo < *hi;
		free(ra);
		free(rb);
		free(a);
		free(b);
	}
	if (!ok)
		return SCALE_SYNTAX;
	return scale_in_limits(*lo, *hi) ? SCALE_OK : SCALE_RANGE;
}

/* Answers every type takes, which no choice option may be. */
static bool reserved_answer(const char *s)
{
	return !s[0] || ascii_caseeq(s, "n/a") || ascii_caseeq(s, "unknown");
}

/* The options of "choice:a|b|c", unscored: none empty, reserved or
 * listed twice (ignoring case). */
static bool parse_choice_options(struct answer_type *at, const char *spec,
				 char **err)
{
	size_t n;
	char **opts = split_trim(spec, '|', &n);

	at->options = xcalloc(n, sizeof(*at->options));
	for (size_t i = 0; i < n && !*err; i++) {
		if (reserved_answer(opts[i]) && opts[i][0])
			*err = xasprintf(_("option '%s' is reserved: n/a and "
					   "unknown are accepted by every type"),
					 opts[i]);
		else if (reserved_answer(opts[i]))
			*err = xasprintf(_("empty option in the choice list; "
					   "expected choice:OPTION|OPTION|..."));
		for (size_t j = 0; j < i && !*err; j++)
			if (ascii_caseeq(opts[i], at->options[j].name))
				*err = xasprintf(_("option '%s' is listed twice"),
						 opts[i]);
		if (*err)
			break;
		at->options[i].name = opts[i];
		at->options[i].score = -1;
		at->noptions = i + 1;
		opts[i] = NULL;
	}
	free_parts(opts, n);
	return *err == NULL;
}

/* One OPTION=SCORE of a choice's scoring map. */
static void parse_choice_score(struct answer_type *at, char *item,
			       enum decimal_mark mark, char **err)
{
	char *eq = strchr(item, '='), *name, *num;
	char hint[512];
	double v;
	size_t k;

	if (!eq) {
		*err = xasprintf(_("'%s' is not OPTION=SCORE"), item);
		return;
	}
	*eq = '\0';
	name = trim_dup(item);
	num = trim_dup(eq + 1);
	for (k = 0; k < at->noptions; k++)
		if (ascii_caseeq(name, at->options[k].name))
			break;
	if (k == at->noptions)
		*err = xasprintf(_("'%s' is not one of the choice options"), name);
	else if (at->options[k].score >= 0)
		*err = xasprintf(_("option '%s' is scored twice"), name);
	else if (!parse_number_mark(num, mark, &v) || !is_score(v))
		*err = xasprintf(_("score '%s' of option '%s' is not a number "
				   "from 0 to 1%s"), num, name,
				 number_hint_note_mark(num, mark, hint,
						       sizeof(hint)));
	else
		at->options[k].score = v;
	free(name);
	free(num);
}

/* "a|b|c" in answer_type and "a=1;b=0.5;c=0" in scoring: every option
 * scored once. */
static bool parse_choice(struct answer_type *at, const char *spec,
			 const char *scoring, enum decimal_mark mark,
			 char **err, enum answer_type_field *field)
{
	size_t nmap;
	char **map;

	*field = ANSWER_FIELD_TYPE;
	if (!parse_choice_options(at, spec, err))
		return false;
	*field = ANSWER_FIELD_SCORING;
	if (!scoring[0]) {
		*err = xasprintf(_("a choice indicator needs a scoring map; "
				   "expected OPTION=SCORE;... with a score from "
				   "0 to 1 for every option"));
		return false;
	}
	map = split_trim(scoring, ';', &nmap);
	for (size_t i = 0; i < nmap && !*err; i++)
		if (map[i][0])
			parse_choice_score(at, map[i], mark, err);
	free_parts(map, nmap);
	for (size_t k = 0; k < at->noptions && !*err; k++)
		if (at->options[k].score < 0)
			*err = xasprintf(_("option '%s' has no score; expected "
					   "%s=SCORE in scoring"),
					 at->options[k].name, at->options[k].name);
	return *err == NULL;
}

/* Read the comparison at the start of p; RULE_ANY for "*". */
static const char *parse_op(const char *p, enum rule_op *op)
{
	static const struct {
		const char *text;
		enum rule_op op;
	} ops[] = {
		{ ">=", RULE_GE }, { "<=", RULE_LE }, { "==", RULE_EQ },
		{ ">", RULE_GT },  { "<", RULE_LT },  { "=", RULE_EQ },
		{ "*", RULE_ANY },
	};

	for (size_t i = 0; i < sizeof(ops) / sizeof(ops[0]); i++) {
		size_t n = strlen(ops[i].text);
		if (!strncmp(p, ops[i].text, n)) {
			*op = ops[i].op;
			return p + n;
		}
	}
	return NULL;
}

/* One threshold "OP BOUND:SCORE" (or "*:SCORE") into rule; NULL, or
 * what is wrong (caller frees). */
static char *parse_rule(char *part, enum decimal_mark mark,
			struct score_rule *rule)
{
	char *colon = strrchr(part, ':'), *num, *bound, *err = NULL;
	const char *rest;
	char hint[512];

	if (!colon)
		return xasprintf(_("threshold '%s' has no ':SCORE'; expected OP "
				   "NUMBER:SCORE or *:SCORE"), part);
	*colon = '\0';
	num = trim_dup(colon + 1);
	rest = parse_op(part, &rule->op);
	bound = rest ? trim_dup(rest) : NULL;
	if (!parse_number_mark(num, mark, &rule->score) ||
	    !is_score(rule->score))
		err = xasprintf(_("score '%s' is not a number from 0 to 1%s"), num,
				number_hint_note_mark(num, mark, hint,
						      sizeof(hint)));
	else if (!rest)
		err = xasprintf(_("threshold '%s' does not start with >=, >, <=, "
				  "<, = or *"), part);
	else if (rule->op == RULE_ANY ? bound[0] != '\0'
		 : !parse_number_mark(bound, mark, &rule->bound))
		err = xasprintf(_("threshold bound '%s' is not a number%s"), bound,
				number_hint_note_mark(bound, mark, hint,
						      sizeof(hint)));
	else if (fabs(rule->bound) > LIMIT_THRESHOLD)
		err = xasprintf(_("threshold bound '%s' is beyond the limit; "
				  "expected a number from -%s to %s"), bound,
				LIMIT_STR(LIMIT_THRESHOLD),
				LIMIT_STR(LIMIT_THRESHOLD));
	free(num);
	free(bound);
	return err;
}

/* ">=10:1;>=1:0.5;*:0": thresholds tried in order. */
static bool parse_rules(struct answer_type *at, const char *scoring,
			enum decimal_mark mark, char **err)
{
	size_t n, cap = 0;
	char **parts;

	if (!scoring[0]) {
		*err = xasprintf(_("a number indicator needs scoring thresholds; "
				   "expected e.g. >=10:1;>=1:0.5;*:0"));
		return false;
	}
	parts = split_trim(scoring, ';', &n);
	for (size_t i = 0; i < n && !*err; i++) {
		struct score_rule rule = { .bound = 0 };

		if (!parts[i][0])
			continue;
		*err = parse_rule(parts[i], mark, &rule);
		if (*err)
			break;
		GROW(at->rules, cap, at->nrules + 1);
		at->rules[at->nrules++] = rule;
	}
	free_parts(parts, n);
	if (!*err && at->nrules == 0)
		*err = xasprintf(_("scoring has no thresholds; expected e.g. "
				   ">=10:1;>=1:0.5;*:0"));
	return *err == NULL;
}

/* Does s start with prefix (lower case), ignoring ASCII case? *rest: what
 * follows. */
static bool has_prefix_ci(const char *s, const char *prefix, const char **rest)
{
	size_t n = strlen(prefix);

	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		if (c >= 'A' && c <= 'Z')
			c += 'a' - 'A';
		if (c != prefix[i])
			return false;
	}
	*rest = s + n;
	return true;
}

/* The scoring cell of a type other than choice: thresholds for number,
 * "reverse" or nothing for scale and percent, nothing for the rest. */
static bool parse_scoring(struct answer_type *at, const char *type,
			  const char *scoring, enum decimal_mark mark,
			  char **err)
{
	bool reversible = at->kind == ANSWER_SCALE ||
			  at->kind == ANSWER_PERCENT;

	if (at->kind == ANSWER_NUMBER)
		return parse_rules(at, scoring, mark, err);
	if (reversible && ascii_caseeq(scoring, "reverse")) {
		at->reverse = true;
		return true;
	}
	if (!scoring[0])
		return true;
	*err = reversible
		? xasprintf(_("unknown scoring '%s'; expected 'reverse' or "
			      "nothing"), scoring)
		: xasprintf(_("answer type '%s' takes no scoring; expected an "
			      "empty cell"), type);
	return false;
}

/* The bounds of scale:A-B (rest is "A-B"); false with *err set. */
static bool scale_type(struct answer_type *at, const char *type,
		       const char *rest, enum decimal_mark mark, char **err)
{
	switch (parse_scale_bounds(rest, mark, &at->lo, &at->hi)) {
	case SCALE_OK:
		return true;
	case SCALE_SYNTAX:
		*err = xasprintf(_("'%s' is not a valid scale; expected "
				   "scale:A-B with numbers A < B"), type);
		break;
	case SCALE_RANGE:
		*err = xasprintf(_("'%s' is beyond the limits of a scale; "
				   "expected scale:A-B with A and B from -%s to "
				   "%s and B - A at least %s times the larger of "
				   "1, |A| and |B|"),
				 type, LIMIT_STR(LIMIT_SCALE_BOUND),
				 LIMIT_STR(LIMIT_SCALE_BOUND),
				 LIMIT_STR(LIMIT_SCALE_SPAN));
		break;
	}
	return false;
}

/* The numbers written with a point. */
bool answer_type_parse(struct answer_type *at, const char *type_text,
		       const char *scoring_text, char **err,
		       enum answer_type_field *field)
{
	return answer_type_parse_mark(at, type_text, scoring_text,
				      DECIMAL_POINT, err, field);
}

/* The kind from answer_type, then the scoring cell of that kind. */
bool answer_type_parse_mark(struct answer_type *at, const char *type_text,
			    const char *scoring_text, enum decimal_mark mark,
			    char **err, enum answer_type_field *field)
{
	char *type = trim_dup(type_text);
	char *scoring = trim_dup(scoring_text);
	const char *rest;
	bool ok = true;

	memset(at, 0, sizeof(*at));
	*err = NULL;
	*field = ANSWER_FIELD_TYPE;
	if (ascii_caseeq(type, "yesno")) {
		at->kind = ANSWER_YESNO;
	} else if (ascii_caseeq(type, "yesnopartial")) {
		at->kind = ANSWER_YESNOPARTIAL;
	} else if (ascii_caseeq(type, "percent")) {
		at->kind = ANSWER_PERCENT;
	} else if (ascii_caseeq(type, "number")) {
		at->kind = ANSWER_NUMBER;
	} else if (ascii_caseeq(type, "text")) {
		at->kind = ANSWER_TEXT;
	} else if (has_prefix_ci(type, "scale:", &rest)) {
		at->kind = ANSWER_SCALE;
		ok = scale_type(at, type, rest, mark, err);
	} else if (has_prefix_ci(type, "choice:", &rest)) {
		at->kind = ANSWER_CHOICE;
		ok = parse_choice(at, rest, scoring, mark, err, field);
	} else {
		*err = xasprintf(_("unknown answer type '%s'; expected yesno, "
				   "yesnopartial, scale:A-B, percent, number, "
				   "choice:A|B|... or text"), type);
		ok = false;
	}
	if (ok && at->kind != ANSWER_CHOICE) {
		*field = ANSWER_FIELD_SCORING;
		ok = parse_scoring(at, type, scoring, mark, err);
	}
	free(type);
	free(scoring);
	if (!ok)
		answer_type_release(at);
	return ok;
}

/* Free the options and rules; at is left empty. */
void answer_type_release(struct answer_type *at)
{
	for (size_t i = 0; i < at->noptions; i++)
		free(at->options[i].name);
	free(at->options);
	free(at->rules);
	memset(at, 0, sizeof(*at));
}

/* Does threshold r cover x? */
static bool rule_matches(const struct score_rule *r, double x)
{
	switch (r->op) {
	case RULE_GE: return x >= r->bound;
	case RULE_GT: return x > r->bound;
	case RULE_LE: return x <= r->bound;
	case RULE_LT: return x < r->bound;
	case RULE_EQ: return x == r->bound;
	case RULE_ANY: return true;
	}
	return false;
}

/* Is the type's answer a number? */
static bool numeric_kind(enum answer_kind kind)
{
	return kind == ANSWER_SCALE || kind == ANSWER_PERCENT ||
	       kind == ANSWER_NUMBER;
}

/* The message for an answer the type does not accept, saying why it is
 * not a number where that helps. */
static char *expected(const struct answer_type *at, const char *answer,
		      enum decimal_mark mark)
{
	struct strbuf sb;
	char hint[512] = "";
	char *msg;

	if (numeric_kind(at->kind) || is_spreadsheet_error(answer))
		number_hint_note_mark(answer, mark, hint, sizeof(hint));
	strbuf_init(&sb);
	answer_type_describe_msg(at, &sb);
	msg = xasprintf(_("answer '%s' is not valid%s; expected %s, n/a, "
			  "unknown or an empty cell"), answer, hint, sb.buf);
	strbuf_release(&sb);
	return msg;
}

/* The score of a number answer: the first threshold that covers it. */
static bool score_number(const struct answer_type *at, const char *a,
			 enum decimal_mark mark, double *score, char **err)
{
	double x;

	if (!parse_number_mark(a, mark, &x))
		return false;
	for (size_t i = 0; i < at->nrules; i++)
		if (rule_matches(&at->rules[i], x)) {
			*score = at->rules[i].score;
			return true;
		}
	*err = xasprintf(_("answer '%s' matches none of the scoring thresholds; "
			   "expected a number that one of them covers"), a);
	return false;
}

/* The score of a (trimmed, not reserved) answer to a scored type, before
 * any reversal. False when the type does not accept it; *err is then set
 * only when there is more to say than what the type accepts. */
static bool score_of(const struct answer_type *at, const char *a,
		     enum decimal_mark mark, double *score, char **err)
{
	double x = 0;

	switch (at->kind) {
	case ANSWER_YESNO:
	case ANSWER_YESNOPARTIAL:
		if (ascii_caseeq(a, "yes"))
			*score = 1;
		else if (ascii_caseeq(a, "no"))
			*score = 0;
		else if (at->kind == ANSWER_YESNOPARTIAL &&
			 ascii_caseeq(a, "partial"))
			*score = 0.5;
		else
			return false;
		return true;
	case ANSWER_SCALE:
		if (!parse_number_mark(a, mark, &x) || x < at->lo ||
		    x > at->hi)
			return false;
		/* In halves, so that a width beyond the largest double
		 * (scale:-1e308-1e308) stays finite; halving is exact but
		 * for subnormal numbers, so ordinary scales score as
		 * (x - A) / (B - A). */
		*score = (x / 2 - at->lo / 2) / (at->hi / 2 - at->lo / 2);
		return true;
	case ANSWER_PERCENT:
		if (!parse_number_mark(a, mark, &x) || x < 0 || x > 100)
			return false;
		*score = x / 100;
		return true;
	case ANSWER_NUMBER:
		return score_number(at, a, mark, score, err);
	case ANSWER_CHOICE:
		for (size_t i = 0; i < at->noptions; i++)
			if (ascii_caseeq(a, at->options[i].name)) {
				*score = at->options[i].score;
				return true;
			}
		return false;
	case ANSWER_TEXT:
		break;
	}
	return false;
}

/* Is the type's answer yes/no (with partial, or not)? */
static bool yesno_kind(enum answer_kind kind)
{
	return kind == ANSWER_YESNO || kind == ANSWER_YESNOPARTIAL;
}

/*
 * A choice answer that names several options separated by spaces, as
 * KoboToolbox and ODK export a select_multiple question ("draft
 * enacted"): the highest score among the options named, in *score (the
 * furthest the expert says the law or practice goes). False when it
 * names fewer than two, or one that is not an option.
 */
static bool choice_several(const struct answer_type *at, const char *a,
			   double *score)
{
	char *copy = xstrdup(a), *save = NULL, *none = NULL;
	size_t n = 0;
	bool all = true;
	double best = 0, one = 0;

	for (char *tok = strtok_r(copy, " \t", &save); tok && all;
	     tok = strtok_r(NULL, " \t", &save), n++) {
		all = score_of(at, tok, DECIMAL_POINT, &one, &none);
		if (all && one > best)
			best = one;
	}
	free(copy);
	free(none);
	if (!all || n < 2)
		return false;
	*score = best;
	return true;
}

/*
 * Is a (not accepted as it is) several yes/no answers separated by
 * spaces, as a select_multiple question exports several choices ("yes
 * no")? Then say, in *err, that the indicator takes one: a yes/no
 * question has no order among several answers to pick the score by.
 */
static bool several_options(const struct answer_type *at, const char *a,
			    char **err)
{
	char *copy = xstrdup(a), *save = NULL;
	size_t n = 0;
	bool all = true;
	double score;
	char *none = NULL;
	struct strbuf sb;

	for (char *tok = strtok_r(copy, " \t", &save); tok && all;
	     tok = strtok_r(NULL, " \t", &save), n++)
		all = score_of(at, tok, DECIMAL_POINT, &score, &none);
	free(copy);
	free(none);
	if (!all || n < 2)
		return false;
	strbuf_init(&sb);
	answer_type_describe_msg(at, &sb);
	*err = xasprintf(_("answer '%s' names %zu answers, as a "
			   "select_multiple question exports several choices; "
			   "expected %s, n/a, unknown or an empty cell: the "
			   "indicator takes one answer, so make the question "
			   "select_one in the form"), a, n, sb.buf);
	strbuf_release(&sb);
	return true;
}

/* The numbers written with a point. */
bool answer_type_score(const struct answer_type *at, const char *answer,
		       enum answer_class *cls, double *score, char **err)
{
	return answer_type_score_mark(at, answer, DECIMAL_POINT, cls, score,
				      err);
}

/* Reserved answers first (missing, n/a), then the type's own. */
bool answer_type_score_mark(const struct answer_type *at, const char *answer,
			    enum decimal_mark mark, enum answer_class *cls,
			    double *score, char **err)
{
	size_t len;
	const char *p = trim_span(answer, &len);
	char *a = xstrndup(p, len);
	bool ok = true;

	*err = NULL;
	*score = 0;
	*cls = ANSWER_SCORED;
	if (!a[0] || ascii_caseeq(a, "unknown")) {
		*cls = ANSWER_MISSING;
	} else if (ascii_caseeq(a, "n/a")) {
		*cls = ANSWER_NA;
	} else if (at->kind == ANSWER_TEXT) {
		*cls = ANSWER_TEXT_GIVEN;
	} else {
		ok = score_of(at, a, mark, score, err) ||
		     (at->kind == ANSWER_CHOICE &&
		      choice_several(at, a, score));
		if (ok && at->reverse)
			*score = 1 - *score;
		if (!ok && !*err && yesno_kind(at->kind))
			several_options(at, a, err);
		if (!ok && !*err)
			*err = expected(at, a, mark);
	}
	free(a);
	*score += 0.0;
	return ok;
}

/* What the type accepts, in English (the catalog's listing) or, when
 * translate, in the messages' language (the answer codes stay as they
 * are typed). */
static void describe(const struct answer_type *at, struct strbuf *sb,
		     bool translate)
{
	static const char *const fixed[] = {
		[ANSWER_YESNO] = N_("yes or no"),
		[ANSWER_YESNOPARTIAL] = N_("yes, partial or no"),
		[ANSWER_PERCENT] = N_("a number from 0 to 100"),
		[ANSWER_NUMBER] = N_("a number"),
		[ANSWER_TEXT] = N_("free text"),
	};

	if (at->kind == ANSWER_SCALE) {
		strbuf_addf(sb, translate ? _("a number from %g to %g")
					  : "a number from %g to %g",
			    at->lo, at->hi);
	} else if (at->kind == ANSWER_CHOICE) {
		/* TRANSLATORS: followed by the choice options, as typed. */
		strbuf_adds(sb, translate ? _("one of ") : "one of ");
		for (size_t i = 0; i < at->noptions; i++)
			strbuf_addf(sb, "%s%s", i ? ", " : "",
				    at->options[i].name);
	} else {
		strbuf_adds(sb, translate ? _(fixed[at->kind])
					  : fixed[at->kind]);
	}
}

/* What the type accepts, in English. */
void answer_type_describe(const struct answer_type *at, struct strbuf *sb)
{
	describe(at, sb, false);
}

/* What the type accepts, in the messages' language. */
void answer_type_describe_msg(const struct answer_type *at,
			      struct strbuf *sb)
{
	describe(at, sb, true);
}

/* SPDX-License-Identifier: Apache-2.0 */
/*
 * chart-report.c - the charts of one assessment: per instrument its gap
 * chart (the gap on what is required per article, legislative and
 * implementation, over the rating bands, with every state that is not a
 * plain rated bar drawn and named: no gap, nothing applicable,
 * insufficient data, no data, discretionary) and its spider chart, then
 * the chart of the indicators on which the experts disagree most.
 *
 * Numbers go through data files; every label, even our own words,
 * through chart_quote.
 */
#include "config.h"
#include "publish/chart.h"
#include "publish/chart-int.h"
#include "publish/tr.h"
#include "base/i18n.h"
#include "base/strbuf.h"
#include "base/text.h"
#include "base/xalloc.h"

#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

/* Indicators shown in the disagreement chart. */
#define DISAGREEMENT_TOP 15

/* The tick label of an article: its label and, cut, its title. */
static char *article_tick(const struct article *art, const char *lang)
{
	const char *title = indset_article_title(art, lang);
	return title[0] ? xasprintf("%s %s", art->label, title)
			: xstrdup(art->label);
}

/* How dimension d is drawn (see chart.h); *bar is the bar's length,
 * NaN without a bar. Nothing applicable (coverage null) and no score
 * at all come before the status: they leave nothing to draw. */
enum chart_dim_state chart_dim_state(const struct dim_result *d,
				     double *bar)
{
	*bar = NAN;
	if (!d->present)
		return CHART_ABSENT;
	if (d->status == DIM_RATED) {
		*bar = round4(1 - d->value.required);
		return *bar > 0 ? CHART_RATED : CHART_NO_GAP;
	}
	if (!d->value.has_coverage)
		return CHART_NOT_APPLICABLE;
	if (!d->value.has_score)
		return CHART_NO_DATA;
	*bar = round4(1 - d->value.score);
	return d->status == DIM_DISCRETIONARY ? CHART_DISCRETIONARY
					      : CHART_INSUFFICIENT;
}

/* Where a gap chart writes the words of a state: beside a short bar
 * (or the dot, or in an empty slot), else in the right margin. Always a
 * number, also where there are no words (an empty label): gnuplot 5.4
 * crashes on a labels plot none of whose points is defined. */
static double words_x(enum chart_dim_state st, double bar)
{
	if (st == CHART_RATED || st == CHART_ABSENT || isnan(bar) || bar <= 0)
		return 0.025;
	return bar <= 0.8 ? bar + 0.015 : 1.015;
}

/* The data file of a gap chart: a row per article, then per dimension
 * (legislative, implementation) its state, its bar (NaN: none) and
 * where its state's words go. */
static bool write_gap_data(const struct chart_set *set, const char *dat,
			   const struct instrument_result *ir, size_t from,
			   size_t to, char **err)
{
	struct strbuf data;
	bool ok;

	strbuf_init(&data);
	strbuf_adds(&data, "# row, then legislative and implementation: "
		    "state bar words_x\n# states: 0 absent, 1 rated (bar: 1 - "
		    "required score), 2 no gap, 3 nothing applicable, 4 "
		    "insufficient data, 5 discretionary (bar: 1 - score), 6 "
		    "no data\n");
	for (size_t a = from; a < to; a++) {
		strbuf_addf(&data, "%zu", a - from);
		for (size_t d = 0; d <= DIM_IMPLEMENTATION; d++) {
			const struct dim_result *dr = &ir->articles[a].dims[d];
			double bar, x;
			enum chart_dim_state st = chart_dim_state(dr, &bar);

			x = words_x(st, bar);
			strbuf_addf(&data, " %d", (int)st);
			chart_add_value(&data, !isnan(bar), bar);
			chart_add_value(&data, true, x);
		}
		strbuf_addch(&data, '\n');
	}
	ok = chart_write_data(set->dir, dat, data.buf, err);
	strbuf_release(&data);
	return ok;
}

/* The words for a state: beside a bar of the gap chart (none for a
 * plain rated bar), or brief in a spider chart's label (NULL for a
 * rated or absent dimension). */
static const char *state_words(enum chart_dim_state st, bool brief)
{
	switch (st) {
	case CHART_NO_GAP: return brief ? NULL : N_("no gap");
	case CHART_NOT_APPLICABLE: return brief ? N_("n/a")
						: N_("n/a: nothing applicable");
	case CHART_INSUFFICIENT: return brief ? N_("insufficient")
					      : N_("insufficient data");
	case CHART_DISCRETIONARY: return N_("discretionary");
	case CHART_NO_DATA: return N_("no data");
	default: return brief ? NULL : "";
	}
}

/* state_words in lang. */
static const char *state_words_tr(enum chart_dim_state st, bool brief,
				  const char *lang)
{
	const char *words = state_words(st, brief);

	return words ? tr_word(lang, words) : NULL;
}

/* Append the gnuplot expression that gives column col's state words:
 * ($c==2?"no gap":$c==3?...:""), each word quoted. */
static void put_state_words_expr(struct strbuf *gp, int col,
				 const char *lang)
{
	strbuf_adds(gp, "(");
	for (int st = CHART_NO_GAP; st <= CHART_NO_DATA; st++) {
		strbuf_addf(gp, "$%d==%d?", col, st);
		chart_quote(gp, state_words_tr((enum chart_dim_state)st,
					       false, lang),
			    LABEL_CHARS);
		strbuf_adds(gp, ":");
	}
	chart_quote(gp, "", LABEL_CHARS);
	strbuf_adds(gp, ")");
}

/* The layers of a gap chart, in key order. */
enum gap_layer { LAYER_RATED, LAYER_DISCRETIONARY, LAYER_INSUFFICIENT,
		 LAYER_NO_GAP, LAYER_WORDS, LAYER_COUNT };

/* Append one layer of dimension d (legislative or implementation) of a
 * gap chart: its bars of one state (boxes round the dimension's slot of
 * the article row), its dots or its state words (in the right margin);
 * the rated bars of each dimension and the other layers of the first
 * have a key entry. */
static void put_gap_layer(struct strbuf *gp, enum gap_layer layer, size_t d,
			  const char *lang)
{
	static const char *const colors[] = { "#1f4e79", "#e08a1e" };
	static const int states[] = { CHART_RATED, CHART_DISCRETIONARY,
				      CHART_INSUFFICIENT };
	static const char *const fills[] = {
		"fs solid 0.85 border rgb \"#333333\"",
		"fs pattern 4 border lc rgb \"#333333\"",
		"fs pattern 1 border lc rgb \"#555555\"",
	};
	static const char *const keys[] = {
		NULL, N_("discretionary (hatched)"),
		N_("insufficient data (grey)"), N_("no gap"),
	};
	double off = d == DIM_LEGISLATIVE ? -0.19 : 0.19;
	int sc = d == DIM_LEGISLATIVE ? 2 : 5;

	if (layer == LAYER_WORDS) {
		strbuf_addf(gp, " using %d:($1%+.2f):", sc + 2, off);
		put_state_words_expr(gp, sc, lang);
		strbuf_addf(gp, " with labels left font \",8\" tc rgb \"%s\" "
			    "notitle", colors[d]);
		return;
	}
	if (layer == LAYER_NO_GAP)
		strbuf_addf(gp, " using ($%d==%d?0.008:NaN):($1%+.2f) with "
			    "points pt 7 ps 0.8 lc rgb \"%s\" ", sc,
			    CHART_NO_GAP, off, colors[d]);
	else
		strbuf_addf(gp, " using (0):($1%+.2f):(0):($%d==%d?$%d:NaN):"
			    "($1%+.2f):($1%+.2f) with boxxyerror %s lc rgb "
			    "\"%s\" ", off, sc, states[layer], sc + 1,
			    off - 0.17, off + 0.17, fills[layer],
			    layer == LAYER_INSUFFICIENT ? "#8c8c8c"
							: colors[d]);
	if (layer != LAYER_RATED && d != DIM_LEGISLATIVE) {
		strbuf_adds(gp, "notitle");
		return;
	}
	strbuf_adds(gp, "title ");
	chart_quote(gp, tr_word(lang, layer != LAYER_RATED ? keys[layer]
				: d == DIM_LEGISLATIVE ? N_("Legislative")
						       : N_("Implementation")),
		    LABEL_CHARS);
}

/* The plot command of a gap chart: each layer, legislative then
 * implementation, from data file dat. */
static void put_gap_plot(struct strbuf *gp, const char *dat,
			 const char *lang)
{
	strbuf_adds(gp, "plot ");
	for (int layer = 0; layer < LAYER_COUNT; layer++)
		for (size_t d = 0; d <= DIM_IMPLEMENTATION; d++) {
			if (layer || d)
				strbuf_adds(gp, ", \\\n     \"\"");
			else
				chart_quote(gp, dat, LABEL_CHARS * 2);
			put_gap_layer(gp, (enum gap_layer)layer, d, lang);
		}
	strbuf_adds(gp, "\n");
}

/* The rating bands behind a gap chart: the legislative ones as shaded
 * areas (C when gap <= 1 - bound[0], and so on), the implementation ones
 * as dashed lines where they differ. */
static void put_gap_bands(struct strbuf *gp, const struct score_options *opt,
			  const char *lang)
{
	const struct rating_bands *leg = &opt->legislative;
	const struct rating_bands *imp = &opt->implementation;
	static const char *const band_names[] = { "C", "LC", "PC", "NC" };
	static const char *const imp_names[] = { "high", "substantial",
						 "moderate", "low" };
	static const char *const band_colors[] = { "#d9f0d3", "#f7f4c8",
						   "#fde0c5", "#f8d0d0" };
	bool same_bands = !memcmp(leg, imp, sizeof(*leg));
	double lo = 0;

	for (int i = 0; i < 4; i++) {
		double hi = i < 3 ? 1 - leg->bound[i] : 1;
		if (hi <= lo)
			continue;
		strbuf_addf(gp, "set object %d rect from first %g, graph 0 "
			    "to first %g, graph 1 behind fc rgb \"%s\" "
			    "fillstyle solid 1.0 noborder\n", i + 1, lo, hi,
			    band_colors[i]);
		strbuf_addf(gp, "set label %d \"%s%s%s\" at first %g, "
			    "graph 1.015 center font \",9\"\n", i + 1,
			    band_names[i], same_bands ? " \\302\\267 " : "",
			    same_bands ? tr_rating(lang, imp_names[i]) : "",
			    (lo + hi) / 2);
		lo = hi;
	}
	for (int i = 0; i < 3; i++)
		if (imp->bound[i] != leg->bound[i])
			strbuf_addf(gp, "set arrow from first %g, graph 0 to "
				    "first %g, graph 1 nohead dt 2 "
				    "lc rgb \"#555555\"\n", 1 - imp->bound[i],
				    1 - imp->bound[i]);
}

/* The y tics of a gap chart page: one per article from..to, its label
 * and title. */
static void put_article_tics(struct strbuf *gp, const struct instrument *ins,
			     const struct instrument_result *ir, size_t from,
			     size_t to, const char *lang)
{
	strbuf_adds(gp, "set ytics (");
	for (size_t a = from; a < to; a++) {
		char *tick = article_tick(&ins->articles[ir->articles[a].article],
					  lang);
		strbuf_adds(gp, a > from ? ", " : "");
		chart_quote_tic(gp, tick, LABEL_CHARS);
		strbuf_addf(gp, " %zu", a - from);
		free(tick);
	}
	strbuf_adds(gp, ")\n");
}

/* End a chart of instrument code: close it in the script, list it with
 * its caption (caption_fmt, data only as %s arguments) when its data
 * file was written (ok), free its base and data file names; returns ok. */
__attribute__((format(printf, 8, 9)))
static bool end_instrument_chart(struct chart_batch *b, struct chart_set *set,
				 struct strbuf *gp, const char *code,
				 char *base, char *dat, bool ok,
				 const char *caption_fmt, ...)
{
	struct strbuf caption;
	va_list ap;

	chart_end(gp);
	if (ok) {
		strbuf_init(&caption);
		va_start(ap, caption_fmt);
		strbuf_vaddf(&caption, caption_fmt, ap);
		va_end(ap);
		chart_list_file(set, b->format, base, code, "%s", caption.buf);
		strbuf_release(&caption);
	}
	free(base);
	free(dat);
	return ok;
}

/* The title of a gap chart page: the instrument, country and round,
 * and which articles the page holds when there are several. */
static char *gap_title(const struct score_result *r, const char *code,
		       size_t from, size_t to, size_t narticles,
		       const char *lang)
{
	const char *country = chart_country(r->country_name, r->country);

	if (from == 0 && to == narticles)
		return xasprintf(tr_word(lang, "%s: gap by article, %s %s"),
				 code, country, r->round);
	return xasprintf(tr_word(lang, "%s: gap by article %zu-%zu of %zu, "
				 "%s %s"), code, from + 1, to, narticles,
			 country, r->round);
}

/*
 * One page of the gap by article (articles from..to), legislative and
 * implementation side by side as horizontal bars, over the rating bands
 * of the legislative scale (and the implementation bands as dashed
 * lines where they differ). page 1 is gap-CODE, page p gap-CODE-p.
 */
static bool plan_gap_page(struct chart_batch *b, struct chart_set *set,
			  const struct score_result *r,
			  const struct instrument_result *ir, size_t from,
			  size_t to, size_t page, struct strbuf *gp,
			  char **err)
{
	const struct instrument *ins = &r->set->instruments[ir->instrument];
	char *base = page == 1 ? xasprintf("gap-%s", ins->code)
			       : xasprintf("gap-%s-%zu", ins->code, page);
	char *dat = xasprintf("%s.dat", base);
	char *title = gap_title(r, ins->code, from, to, ir->narticles,
				b->lang);
	int height = 130 + 28 * (int)(to - from);
	bool ok = write_gap_data(set, dat, ir, from, to, err);
	/* A page's caption says which articles it holds: with PNG the
	 * caption is all of the chart that the page has as text. */
	char *range = page > 1 || to < ir->narticles
		? xasprintf(tr_word(b->lang, " (articles %zu-%zu of %zu)"),
			    from + 1, to, ir->narticles)
		: xstrdup("");

	chart_begin_lang(gp, base, 1000, height < 360 ? 360 : height, title,
			 b->lang);
	free(title);
	strbuf_addf(gp, "set xrange [0:1.2]\nset yrange [%g:-0.7]\n",
		    (double)(to - from) - 0.5);
	strbuf_adds(gp, "set xlabel ");
	chart_quote(gp, tr_word(b->lang, "Gap on what is required (1 - "
				"required score); hatched: not rated, gap on "
				"what was answered"), 2 * TITLE_CHARS);
	strbuf_adds(gp, "\nset xtics 0,0.1,1 nomirror\nset ytics nomirror\n"
		    "set grid xtics front lc rgb \"#bbbbbb\"\n"
		    "set arrow from first 1, graph 0 to first 1, graph 1 "
		    "nohead lc rgb \"#333333\"\n"
		    "set key outside bottom center horizontal maxcols 3 "
		    "samplen 2\nset bmargin 7\n");
	put_gap_bands(gp, &r->options, b->lang);
	put_article_tics(gp, ins, ir, from, to, b->lang);
	put_gap_plot(gp, dat, b->lang);
	ok = end_instrument_chart(b, set, gp, ins->code, base, dat, ok,
				tr_word(b->lang, "%s: gap by article on what "
				"is required (1 - required score), legislative "
				"and implementation, over the rating bands%s. "
				"Hatched bars are not rated: discretionary (no "
				"mandatory provision) in the dimension's "
				"colour, insufficient data in grey, both the "
				"gap on what was answered; a dot marks no gap; "
				"n/a marks a dimension where nothing applies"),
				ins->code, range);
	free(range);
	return ok;
}

/* The gap by article of an instrument, in pages of at most
 * CHART_GAP_PAGE articles, so that no image is taller than the cairo
 * terminals draw (32 767 pixels: about 1 165 articles). */
static bool plan_gap_chart(struct chart_batch *b, struct chart_set *set,
			   const struct score_result *r,
			   const struct instrument_result *ir,
			   struct strbuf *gp, char **err)
{
	size_t pages = (ir->narticles + CHART_GAP_PAGE - 1) / CHART_GAP_PAGE;
	bool ok = true;

	for (size_t p = 0; p < pages && ok; p++) {
		size_t from = p * CHART_GAP_PAGE;
		size_t to = from + CHART_GAP_PAGE < ir->narticles
				    ? from + CHART_GAP_PAGE : ir->narticles;
		ok = plan_gap_page(b, set, r, ir, from, to, p + 1, gp, err);
	}
	return ok;
}

/* The spoke label of an article: its label, then where a dimension is
 * not rated, why: "14 (n/a)" when both say the same or the article has
 * one dimension, else "14 (L n/a, I discretionary)". */
static char *radar_label(const struct article *art,
			 const struct article_result *ar, const char *lang)
{
	/* The dimensions' abbreviations in lang (po/README.md). */
	const char *letters[] = { tr_word(lang, "L"), tr_word(lang, "I") };
	const char *words[2];
	struct strbuf sb;
	double bar;

	for (size_t d = DIM_LEGISLATIVE; d <= DIM_IMPLEMENTATION; d++)
		words[d] = state_words_tr(chart_dim_state(&ar->dims[d],
							  &bar), true, lang);
	strbuf_init(&sb);
	strbuf_adds(&sb, art->label);
	if ((words[0] && words[1] && !strcmp(words[0], words[1])) ||
	    !ar->dims[DIM_LEGISLATIVE].present ||
	    !ar->dims[DIM_IMPLEMENTATION].present) {
		if (words[0] || words[1])
			strbuf_addf(&sb, " (%s)", words[0] ? words[0]
							  : words[1]);
		return strbuf_detach(&sb);
	}
	for (size_t d = 0; d < 2; d++)
		if (words[d])
			strbuf_addf(&sb, "%s%s %s",
				    d && words[0] ? ", " : " (", letters[d],
				    words[d]);
	if (words[0] || words[1])
		strbuf_adds(&sb, ")");
	return strbuf_detach(&sb);
}

/* A spider chart of article scores, one polygon per dimension. */
static bool plan_radar_chart(struct chart_batch *b, struct chart_set *set,
			     const struct score_result *r,
			     const struct instrument_result *ir,
			     struct strbuf *gp, char **err)
{
	const struct instrument *ins = &r->set->instruments[ir->instrument];
	struct strbuf data, title;
	char *base = xasprintf("radar-%s", ins->code);
	char *dat = xasprintf("%s.dat", base);
	size_t n = ir->narticles;
	bool ok;

	strbuf_init(&data);
	strbuf_adds(&data, "# angle_degrees legislative implementation\n");
	/* The first article again at the end closes the polygons. */
	for (size_t k = 0; k <= n; k++) {
		size_t a = k % n;
		const struct dim_result *l =
			&ir->articles[a].dims[DIM_LEGISLATIVE];
		const struct dim_result *m =
			&ir->articles[a].dims[DIM_IMPLEMENTATION];
		strbuf_addf(&data, "%.6f", 360.0 * (double)k / (double)n);
		chart_add_value(&data, l->present && l->value.has_score,
			  l->value.score);
		chart_add_value(&data, m->present && m->value.has_score,
			  m->value.score);
		strbuf_addch(&data, '\n');
	}
	ok = chart_write_data(set->dir, dat, data.buf, err);
	strbuf_release(&data);

	strbuf_init(&title);
	strbuf_addf(&title, tr_word(b->lang, "%s: article scores, %s %s"),
		    ins->code, chart_country(r->country_name, r->country),
		    r->round);
	chart_begin_lang(gp, base, 640, 640, title.buf, b->lang);
	strbuf_release(&title);
	strbuf_addf(gp, "set polar\nset angles degrees\nset theta top clockwise\n"
		    "set size square\nunset border\nunset xtics\nunset ytics\n"
		    "set rrange [0:1]\nset rtics 0.25 format \"%%.2f\" "
		    "font \",8\"\nset grid rtics polar %.6f lt 1 lc rgb \"#c8c8c8\"\n"
		    "set xrange [-1.25:1.25]\nset yrange [-1.25:1.25]\n"
		    "set key bottom right\n", 360.0 / (double)n);
	for (size_t a = 0; a < n; a++) {
		double theta = 2 * M_PI * (double)a / (double)n;
		const struct article *art =
			&ins->articles[ir->articles[a].article];
		char *label = radar_label(art, &ir->articles[a], b->lang);

		strbuf_addf(gp, "set label %zu ", a + 1);
		chart_quote(gp, label, LABEL_CHARS);
		free(label);
		strbuf_addf(gp, " at first %.4f, first %.4f center font \",9\"\n",
			    1.12 * sin(theta), 1.12 * cos(theta));
	}
	strbuf_adds(gp, "plot ");
	chart_quote(gp, dat, LABEL_CHARS * 2);
	strbuf_adds(gp, " using 1:2 with linespoints lw 2 pt 7 ps 0.6 "
		    "lc rgb \"#1f4e79\" title ");
	chart_quote(gp, tr_word(b->lang, "Legislative"), LABEL_CHARS);
	strbuf_adds(gp, ", \\\n     \"\" using 1:3 with linespoints lw 2 "
		    "pt 5 ps 0.6 lc rgb \"#e08a1e\" title ");
	chart_quote(gp, tr_word(b->lang, "Implementation"), LABEL_CHARS);
	strbuf_adds(gp, "\n");
	return end_instrument_chart(b, set, gp, ins->code, base, dat, ok,
				tr_word(b->lang, "%s: article scores on every "
				"provision answered (0 at the centre, 1 at the "
				"edge); a label says where a dimension (L "
				"legislative, I implementation) is not rated: "
				"n/a, no data, insufficient or discretionary"),
				ins->code);
}

struct spread {
	size_t indicator;
	double spread;		/* highest minus lowest expert score */
	double weighted;	/* spread x weight */
};

/* Indicators by weighted spread, largest first; ties in set order. */
static int cmp_spread(const void *pa, const void *pb)
{
	const struct spread *a = pa, *b = pb;

	if (a->weighted != b->weighted)
		return a->weighted > b->weighted ? -1 : 1;
	return a->indicator < b->indicator ? -1 : a->indicator > b->indicator;
}

/* The x label of the disagreement chart: in English as it always was
 * written, else through chart_quote in lang. */
static void put_spread_xlabel(struct strbuf *gp, const char *lang)
{
	if (tr_is_english(lang)) {
		strbuf_adds(gp, "set xlabel \"Spread of the experts\\047 "
			    "scores (highest \\055 lowest)\"\n");
		return;
	}
	strbuf_adds(gp, "set xlabel ");
	chart_quote(gp, tr_word(lang, "Spread of the experts' scores "
				"(highest - lowest)"), TITLE_CHARS);
	strbuf_addch(gp, '\n');
}

/* The indicators whose experts' scores spread most (spread x weight). */
static bool plan_disagreement_chart(struct chart_batch *b,
				    struct chart_set *set,
				    const struct score_result *r,
				    struct strbuf *gp, char **err)
{
	const struct score_result *as = r;
	struct spread *top = NULL;
	size_t n = 0, cap = 0;
	struct strbuf data, title;
	bool ok;

	for (size_t i = 0; i < r->set->count; i++) {
		struct answer_list list = as->indicators[i].answers;
		double lo = 0, hi = 0;
		size_t scored = 0;

		for (size_t j = 0; j < list.count; j++) {
			double v = list.items[j].score;
			if (list.items[j].cls != ANSWER_SCORED)
				continue;
			if (!scored || v < lo)
				lo = v;
			if (!scored || v > hi)
				hi = v;
			scored++;
		}
		if (scored < 2 || hi - lo <= 0)
			continue;
		GROW(top, cap, n + 1);
		top[n].indicator = i;
		top[n].spread = hi - lo;
		top[n].weighted = (hi - lo) * r->set->items[i].weight;
		n++;
	}
	if (n == 0) {
		free(top);
		return true;	/* no chart: nobody disagrees */
	}
	qsort(top, n, sizeof(*top), cmp_spread);
	if (n > DISAGREEMENT_TOP)
		n = DISAGREEMENT_TOP;

	strbuf_init(&data);
	strbuf_adds(&data, "# row spread\n");
	for (size_t k = 0; k < n; k++)
		strbuf_addf(&data, "%zu %.6f\n", k, round4(top[k].spread));
	ok = chart_write_data(set->dir, "disagreement.dat", data.buf, err);
	strbuf_release(&data);

	strbuf_init(&title);
	strbuf_addf(&title, tr_word(b->lang, "Where the experts disagree "
				    "most, %s %s"),
		    chart_country(as->country_name, as->country), as->round);
	chart_begin_lang(gp, "disagreement", 800, 130 + 26 * (int)n,
			 title.buf, b->lang);
	strbuf_release(&title);
	strbuf_addf(gp, "set xrange [0:1]\nset yrange [%g:-0.7]\n",
		    (double)n - 0.5);
	put_spread_xlabel(gp, b->lang);
	strbuf_adds(gp, "set xtics 0.1 nomirror\n"
		    "set ytics nomirror\nset grid xtics lc rgb \"#cccccc\"\n"
		    "set style fill solid 0.85 border rgb \"#333333\"\n"
		    "unset key\nset ytics (");
	for (size_t k = 0; k < n; k++) {
		strbuf_adds(gp, k ? ", " : "");
		chart_quote_tic(gp, r->set->items[top[k].indicator].id,
				LABEL_CHARS);
		strbuf_addf(gp, " %zu", k);
	}
	strbuf_adds(gp, ")\nplot \"disagreement\\056dat\" using (0):1:(0):2:"
		    "($1-0.35):($1+0.35) with boxxyerror lc rgb \"#8e44ad\"\n");
	chart_end(gp);
	if (ok)
		chart_list_file(set, b->format, "disagreement", NULL,
				"%s", tr_word(b->lang, "Where the experts "
				"disagree most: the indicators whose experts' "
				"scores spread widest (weighted)"));
	free(top);
	return ok;
}

/* Plan the charts of one assessment: per instrument its gap and spider
 * charts, then the disagreement chart. */
struct chart_set *chart_batch_add(struct chart_batch *b,
				  const struct score_result *r, char **err)
{
	struct strbuf gp;
	struct chart_set *set = chart_new_set(b, &gp, r->country,
					r->round, err);
	bool ok = true;

	if (!set)
		return NULL;
	for (size_t s = 0; s < r->ninstruments && ok; s++) {
		const struct instrument_result *ir = &r->instruments[s];
		if (ir->narticles == 0)
			continue;
		ok = plan_gap_chart(b, set, r, ir, &gp, err) &&
		     plan_radar_chart(b, set, r, ir, &gp, err);
	}
	if (ok)
		ok = plan_disagreement_chart(b, set, r, &gp, err);
	return chart_finish_set(b, set, &gp, ok, err);
}

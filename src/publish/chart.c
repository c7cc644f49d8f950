/*
 * chart.c - planning the charts of gap reports, trends and comparisons
 * as gnuplot scripts and data files; publish/gnuplot.c runs gnuplot.
 *
 * Each assessment gets a directory in the batch's private temporary
 * directory, holding generated data files (numbers only) and a script,
 * charts.gp, that draws its charts from them and runs on its own from
 * that directory. A master script visits every directory and loads its
 * charts.gp, once per output format, so one gnuplot process draws
 * everything. Labels from the input files only ever reach a script
 * through chart_quote.
 */
#include "config.h"
#include "publish/chart.h"
#include "publish/gnuplot.h"
#include "base/fsutil.h"
#include "base/xalloc.h"
#include "base/strbuf.h"
#include "base/text.h"
#include "score/trend.h"

#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Characters kept in tick labels and in chart titles. */
#define LABEL_CHARS 40
#define TITLE_CHARS 80
/* Indicators shown in the disagreement chart. */
#define DISAGREEMENT_TOP 15

struct chart_batch {
	char *tmpdir;
	enum chart_format format;
	bool svg_for_html;
	const char *lang;
	struct strbuf master;
	struct chart_set **sets;
	size_t nsets;
	size_t cap;
};

/* The formats, in the order chart_format_names lists them. */
static const enum chart_format chart_formats[] = {
	CHART_PNG, CHART_SVG, CHART_NONE,
};

const char *const chart_format_names[] = { "png", "svg", "none", NULL };

/* Parse a chart format name from chart_format_names. */
bool chart_parse_format(const char *name, enum chart_format *format)
{
	for (size_t i = 0; chart_format_names[i]; i++)
		if (!strcmp(name, chart_format_names[i])) {
			*format = chart_formats[i];
			return true;
		}
	return false;
}

/* The file extension of a chart format. */
static const char *format_ext(enum chart_format f)
{
	return f == CHART_SVG ? "svg" : "png";
}

/* Length of the UTF-8 sequence starting with byte c (input is valid). */
static size_t utf8_len(unsigned char c)
{
	return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

/*
 * text without control characters and, when longer than max_chars
 * characters, cut with an ellipsis: at the last space of the second
 * half when there is one, so that words stay whole.
 */
static char *clean_and_cut(const char *text, size_t max_chars)
{
	const unsigned char *s = (const unsigned char *)text;
	struct strbuf out;
	size_t chars = 0, last_space = 0, space_chars = 0;

	strbuf_init(&out);
	while (*s) {
		size_t n = utf8_len(*s);
		if (*s < 0x20 || *s == 0x7f) {
			s++;
			continue;
		}
		if (chars == max_chars) {
			if (space_chars * 2 >= max_chars)
				out.len = last_space;
			while (out.len && out.buf[out.len - 1] == ' ')
				out.len--;
			out.buf[out.len] = '\0';
			strbuf_adds(&out, "\xe2\x80\xa6");	/* U+2026 */
			break;
		}
		if (*s == ' ') {
			last_space = out.len;
			space_chars = chars;
		}
		for (size_t k = 0; k < n && s[k]; k++)
			strbuf_addch(&out, (char)s[k]);
		s += n;
		chars++;
	}
	return strbuf_detach(&out);
}

/* Append text as a gnuplot string that cannot be code (see chart.h). */
void chart_quote(struct strbuf *sb, const char *text, size_t max_chars)
{
	char *clean = clean_and_cut(text, max_chars);

	strbuf_addch(sb, '"');
	for (const char *p = clean; *p; p++) {
		unsigned char c = (unsigned char)*p;
		if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == ' ')
			strbuf_addch(sb, (char)c);
		else
			strbuf_addf(sb, "\\%03o", c);
	}
	strbuf_addch(sb, '"');
	free(clean);
}

/* Start a batch in a private temporary directory (see chart.h). */
struct chart_batch *chart_batch_new(enum chart_format format,
				    bool svg_for_html, const char *lang,
				    char **err)
{
	const char *tmp = getenv("TMPDIR");
	struct chart_batch *b = xcalloc(1, sizeof(*b));

	b->format = format;
	b->svg_for_html = svg_for_html;
	b->lang = lang;
	b->tmpdir = xasprintf("%s/gapscore-charts.XXXXXX",
			      tmp && tmp[0] ? tmp : "/tmp");
	if (!mkdtemp(b->tmpdir)) {
		*err = xasprintf("cannot create a temporary directory '%s': %s",
				 b->tmpdir, strerror(errno));
		free(b->tmpdir);
		free(b);
		return NULL;
	}
	strbuf_init(&b->master);
	strbuf_adds(&b->master, "# gapscore: draws the charts of every "
		    "assessment of this run\n");
	return b;
}

/* Remove dir and the plain files in it, and its subdirectories' files. */
static void remove_tree(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;

	if (!d)
		return;
	while ((e = readdir(d))) {
		char *p;
		struct stat st;
		if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
			continue;
		p = xasprintf("%s/%s", dir, e->d_name);
		if (lstat(p, &st) == 0 && S_ISDIR(st.st_mode))
			remove_tree(p);
		else
			unlink(p);
		free(p);
	}
	closedir(d);
	rmdir(dir);
}

/* Free one chart set and its file list. */
static void set_free(struct chart_set *set)
{
	for (size_t i = 0; i < set->count; i++) {
		free(set->files[i].name);
		free(set->files[i].base);
		free(set->files[i].caption);
		free(set->files[i].instrument);
	}
	free(set->files);
	free(set->dir);
	free(set);
}

/* Remove the batch's temporary directory and free its sets. */
void chart_batch_free(struct chart_batch *b)
{
	if (!b)
		return;
	remove_tree(b->tmpdir);
	for (size_t i = 0; i < b->nsets; i++)
		set_free(b->sets[i]);
	free(b->sets);
	strbuf_release(&b->master);
	free(b->tmpdir);
	free(b);
}

/* Write data to dir/name; false with *err on failure. */
static bool write_file(const char *dir, const char *name, const char *data,
		       char **err)
{
	char *path = xasprintf("%s/%s", dir, name);
	FILE *f = fopen(path, "w");
	bool ok = f && fputs(data, f) >= 0;

	if (f && fclose(f) != 0)
		ok = false;
	if (!ok)
		*err = xasprintf("cannot write '%s': %s", path, strerror(errno));
	free(path);
	return ok;
}

/* A number for a data file; gnuplot skips NaN points. */
static void add_value(struct strbuf *sb, bool has, double v)
{
	if (has)
		strbuf_addf(sb, " %.6f", round4(v));
	else
		strbuf_adds(sb, " NaN");
}

/* List a planned chart of the set: its file base name, the instrument
 * it belongs to (NULL: the whole assessment) and its caption, formatted
 * (data only ever as %s arguments). */
static void add_file(struct chart_set *set, enum chart_format format,
		     const char *base, const char *instrument,
		     const char *caption_fmt, ...)
	__attribute__((format(printf, 5, 6)));
static void add_file(struct chart_set *set, enum chart_format format,
		     const char *base, const char *instrument,
		     const char *caption_fmt, ...)
{
	struct chart_file *f;
	struct strbuf caption;
	va_list ap;

	GROW(set->files, set->cap, set->count + 1);
	f = &set->files[set->count++];
	f->base = xstrdup(base);
	f->name = xasprintf("%s.%s", base, format_ext(format));
	strbuf_init(&caption);
	va_start(ap, caption_fmt);
	strbuf_vaddf(&caption, caption_fmt, ap);
	va_end(ap);
	f->caption = strbuf_detach(&caption);
	f->instrument = instrument ? xstrdup(instrument) : NULL;
}

/* Start a chart in script: terminal by gs_format, output by name. */
static void begin_chart(struct strbuf *gp, const char *base, int width,
			int height, const char *title)
{
	strbuf_adds(gp, "\nreset\n");
	strbuf_addf(gp, "if (gs_format eq \"svg\") {\n"
		    "    set terminal svg size %d,%d dynamic noenhanced "
		    "font \"DejaVu Sans,11\" background rgb \"white\"\n"
		    "} else {\n"
		    "    set terminal pngcairo size %d,%d noenhanced "
		    "font \"DejaVu Sans,10\" background rgb \"white\"\n"
		    "}\n", width, height, width, height);
	strbuf_adds(gp, "set output ");
	chart_quote(gp, base, LABEL_CHARS * 2);
	strbuf_adds(gp, " . gs_suffix . \".\" . gs_format\n");
	strbuf_adds(gp, "set title ");
	chart_quote(gp, title, TITLE_CHARS);
	strbuf_adds(gp, " font \",13\"\n");
}

/* End a chart: close its output file. */
static void end_chart(struct strbuf *gp)
{
	strbuf_adds(gp, "set output\n");
}

/* The tick label of an article: its label and, cut, its title. */
static char *article_tick(const struct article *art, const char *lang)
{
	const char *title = indset_article_title(art, lang);
	return title[0] ? xasprintf("%s %s", art->label, title)
			: xstrdup(art->label);
}

/* The data file of a gap chart: a row per article, its legislative
 * and implementation gaps. */
static bool write_gap_data(const struct chart_set *set, const char *dat,
			   const struct instrument_result *ir, char **err)
{
	struct strbuf data;
	bool ok;

	strbuf_init(&data);
	strbuf_adds(&data, "# row legislative_gap implementation_gap\n");
	for (size_t a = 0; a < ir->narticles; a++) {
		const struct dim_result *l =
			&ir->articles[a].dims[DIM_LEGISLATIVE];
		const struct dim_result *m =
			&ir->articles[a].dims[DIM_IMPLEMENTATION];
		strbuf_addf(&data, "%zu", a);
		add_value(&data, l->present && l->value.has_score,
			  1 - l->value.score);
		add_value(&data, m->present && m->value.has_score,
			  1 - m->value.score);
		strbuf_addch(&data, '\n');
	}
	ok = write_file(set->dir, dat, data.buf, err);
	strbuf_release(&data);
	return ok;
}

/* The rating bands behind a gap chart: the legislative ones as shaded
 * areas (C when gap <= 1 - bound[0], and so on), the implementation ones
 * as dashed lines where they differ. */
static void put_gap_bands(struct strbuf *gp, const struct score_options *opt)
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
			    same_bands ? imp_names[i] : "", (lo + hi) / 2);
		lo = hi;
	}
	for (int i = 0; i < 3; i++)
		if (imp->bound[i] != leg->bound[i])
			strbuf_addf(gp, "set arrow from first %g, graph 0 to "
				    "first %g, graph 1 nohead dt 2 "
				    "lc rgb \"#555555\"\n", 1 - imp->bound[i],
				    1 - imp->bound[i]);
}

/* The y tics of a gap chart: one per article, its label and title. */
static void put_article_tics(struct strbuf *gp, const struct instrument *ins,
			     const struct instrument_result *ir,
			     const char *lang)
{
	strbuf_adds(gp, "set ytics (");
	for (size_t a = 0; a < ir->narticles; a++) {
		char *tick = article_tick(&ins->articles[ir->articles[a].article],
					  lang);
		strbuf_adds(gp, a ? ", " : "");
		chart_quote(gp, tick, LABEL_CHARS);
		strbuf_addf(gp, " %zu", a);
		free(tick);
	}
	strbuf_adds(gp, ")\n");
}

/*
 * Gap by article, legislative and implementation side by side as
 * horizontal bars, over the rating bands of the legislative scale (and
 * the implementation bands as dashed lines where they differ).
 */
static bool plan_gap_chart(struct chart_batch *b, struct chart_set *set,
			   const struct score_result *r,
			   const struct instrument_result *ir,
			   struct strbuf *gp, char **err)
{
	const struct instrument *ins = &r->set->instruments[ir->instrument];
	char *base = xasprintf("gap-%s", ins->code);
	char *dat = xasprintf("%s.dat", base);
	char *title = xasprintf("%s: gap by article, %s %s", ins->code,
				r->country, r->round);
	int height = 130 + 28 * (int)ir->narticles;
	bool ok = write_gap_data(set, dat, ir, err);

	begin_chart(gp, base, 900, height < 340 ? 340 : height, title);
	free(title);
	strbuf_addf(gp, "set xrange [0:1]\nset yrange [%g:-0.7]\n",
		    (double)ir->narticles - 0.5);
	strbuf_adds(gp, "set xlabel \"Gap (1 \\055 score)\"\n"
		    "set xtics 0.1 nomirror\nset ytics nomirror\n"
		    "set grid xtics front lc rgb \"#bbbbbb\"\n"
		    "set key outside bottom center horizontal\nset bmargin 6\n"
		    "set style fill solid 0.85 border rgb \"#333333\"\n");
	put_gap_bands(gp, &r->options);
	put_article_tics(gp, ins, ir, b->lang);
	strbuf_adds(gp, "plot ");
	chart_quote(gp, dat, LABEL_CHARS * 2);
	strbuf_adds(gp, " using (0):($1-0.19):(0):2:($1-0.36):($1-0.02) "
		    "with boxxyerror lc rgb \"#1f4e79\" title \"Legislative\", "
		    "\\\n     \"\" using (0):($1+0.19):(0):3:($1+0.02):"
		    "($1+0.36) with boxxyerror lc rgb \"#e08a1e\" "
		    "title \"Implementation\"\n");
	end_chart(gp);
	if (ok)
		add_file(set, b->format, base, ins->code, "%s: gap by article, "
			 "legislative and implementation, over the rating "
			 "bands", ins->code);
	free(base);
	free(dat);
	return ok;
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
		add_value(&data, l->present && l->value.has_score,
			  l->value.score);
		add_value(&data, m->present && m->value.has_score,
			  m->value.score);
		strbuf_addch(&data, '\n');
	}
	ok = write_file(set->dir, dat, data.buf, err);
	strbuf_release(&data);

	strbuf_init(&title);
	strbuf_addf(&title, "%s: article scores, %s %s", ins->code,
		    r->country, r->round);
	begin_chart(gp, base, 640, 640, title.buf);
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
		strbuf_addf(gp, "set label %zu ", a + 1);
		chart_quote(gp, art->label, LABEL_CHARS / 2);
		strbuf_addf(gp, " at first %.4f, first %.4f center font \",9\"\n",
			    1.12 * sin(theta), 1.12 * cos(theta));
	}
	strbuf_adds(gp, "plot ");
	chart_quote(gp, dat, LABEL_CHARS * 2);
	strbuf_adds(gp, " using 1:2 with linespoints lw 2 pt 7 ps 0.6 "
		    "lc rgb \"#1f4e79\" title \"Legislative\", \\\n"
		    "     \"\" using 1:3 with linespoints lw 2 pt 5 ps 0.6 "
		    "lc rgb \"#e08a1e\" title \"Implementation\"\n");
	end_chart(gp);
	if (ok)
		add_file(set, b->format, base, ins->code, "%s: article scores "
			 "(0 at the centre, 1 at the edge)", ins->code);
	free(base);
	free(dat);
	return ok;
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
	ok = write_file(set->dir, "disagreement.dat", data.buf, err);
	strbuf_release(&data);

	strbuf_init(&title);
	strbuf_addf(&title, "Where the experts disagree most, %s %s",
		    as->country, as->round);
	begin_chart(gp, "disagreement", 800, 130 + 26 * (int)n, title.buf);
	strbuf_release(&title);
	strbuf_addf(gp, "set xrange [0:1]\nset yrange [%g:-0.7]\n"
		    "set xlabel \"Spread of the experts\\047 scores (highest "
		    "\\055 lowest)\"\nset xtics 0.1 nomirror\n"
		    "set ytics nomirror\nset grid xtics lc rgb \"#cccccc\"\n"
		    "set style fill solid 0.85 border rgb \"#333333\"\n"
		    "unset key\nset ytics (", (double)n - 0.5);
	for (size_t k = 0; k < n; k++) {
		strbuf_adds(gp, k ? ", " : "");
		chart_quote(gp, r->set->items[top[k].indicator].id,
			    LABEL_CHARS);
		strbuf_addf(gp, " %zu", k);
	}
	strbuf_adds(gp, ")\nplot \"disagreement\\056dat\" using (0):1:(0):2:"
		    "($1-0.35):($1+0.35) with boxxyerror lc rgb \"#8e44ad\"\n");
	end_chart(gp);
	if (ok)
		add_file(set, b->format, "disagreement", NULL,
			 "Where the experts disagree most: the indicators "
			 "whose experts' scores spread widest (weighted)");
	free(top);
	return ok;
}

/* Start a set's directory and script; NULL with *err on failure. */
static struct chart_set *new_set(struct chart_batch *b, struct strbuf *gp,
				 const char *country, const char *round,
				 char **err)
{
	struct chart_set *set = xcalloc(1, sizeof(*set));

	set->dir = xasprintf("%s/a%05zu", b->tmpdir, b->nsets);
	if (mkdir(set->dir, 0700) != 0) {
		*err = xasprintf("cannot create '%s': %s", set->dir,
				 strerror(errno));
		set_free(set);
		return NULL;
	}
	strbuf_init(gp);
	/* Only validated codes (A-Z; letters, digits . _ -) reach comments. */
	strbuf_addf(gp, "# gapscore charts of %s %s. Run from this directory"
		    " (gnuplot charts.gp) to redraw them;\n# every name and "
		    "label is an octal-escaped string, every number comes "
		    "from a .dat file.\n", country, round);
	strbuf_addf(gp, "if (!exists(\"gs_format\")) gs_format = \"%s\"\n"
		    "if (!exists(\"gs_suffix\")) gs_suffix = \"\"\n",
		    format_ext(b->format));
	return set;
}

/* Write the set's script and have the master script load it. */
static struct chart_set *finish_set(struct chart_batch *b,
				    struct chart_set *set, struct strbuf *gp,
				    bool ok, char **err)
{
	char *rel;

	if (ok)
		ok = write_file(set->dir, "charts.gp", gp->buf, err);
	strbuf_release(gp);
	if (!ok) {
		set_free(set);
		return NULL;
	}
	rel = xasprintf("a%05zu", b->nsets);
	strbuf_adds(&b->master, "cd ");
	chart_quote(&b->master, rel, LABEL_CHARS);
	strbuf_addf(&b->master, "\ngs_format = \"%s\"\ngs_suffix = \"\"\n"
		    "load \"charts\\056gp\"\n", format_ext(b->format));
	if (b->svg_for_html && b->format != CHART_SVG)
		strbuf_adds(&b->master, "gs_format = \"svg\"\n"
			    "gs_suffix = \"\\055html\"\n"
			    "load \"charts\\056gp\"\n");
	strbuf_adds(&b->master, "cd \"\\056\\056\"\n");
	free(rel);
	GROW(b->sets, b->cap, b->nsets + 1);
	b->sets[b->nsets++] = set;
	return set;
}

/* Plan the charts of one assessment: per instrument its gap and spider
 * charts, then the disagreement chart. */
struct chart_set *chart_batch_add(struct chart_batch *b,
				  const struct score_result *r, char **err)
{
	struct strbuf gp;
	struct chart_set *set = new_set(b, &gp, r->country,
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
	return finish_set(b, set, &gp, ok, err);
}

/* One line chart: the comparable scores of the series of instrument ins
 * (TREND_NONE: overall) over the rounds, one line per dimension. */
static bool plan_trend_chart(struct chart_batch *b, struct chart_set *set,
			     const struct trend *tr, size_t ins,
			     struct strbuf *gp, char **err)
{
	const struct indset *s = tr->set;
	const char *code = ins == TREND_NONE ? "overall"
					     : s->instruments[ins].code;
	static const char *const colors[] = { "#1f4e79", "#e08a1e", "#555555",
					      "#8e44ad", "#2e8b57" };
	char *base = xasprintf("trend-%s", code);
	char *dat = xasprintf("%s.dat", base);
	struct strbuf data, title;
	size_t cols[8], ncols = 0;
	bool ok;

	for (size_t k = 0; k < tr->nseries && ncols < 8; k++)
		if (tr->series[k].instrument == ins &&
		    tr->series[k].article == TREND_NONE)
			cols[ncols++] = k;
	if (!ncols) {
		free(base);
		free(dat);
		return true;
	}
	strbuf_init(&data);
	strbuf_adds(&data, "# round_index then one comparable score per "
		    "dimension\n");
	for (size_t r = 0; r < tr->nrounds; r++) {
		strbuf_addf(&data, "%zu", r);
		for (size_t c = 0; c < ncols; c++)
			add_value(&data, tr->series[cols[c]].comparable[r].has,
				  tr->series[cols[c]].comparable[r].score);
		strbuf_addch(&data, '\n');
	}
	ok = write_file(set->dir, dat, data.buf, err);
	strbuf_release(&data);
	strbuf_init(&title);
	strbuf_addf(&title, "%s: %s over the rounds (comparable indicators)",
		    tr->country, code);
	begin_chart(gp, base, 800, 480, title.buf);
	strbuf_release(&title);
	strbuf_addf(gp, "set yrange [0:1]\nset xrange [-0.3:%g]\n"
		    "set ylabel \"Score\"\nset grid ytics lc rgb \"#cccccc\"\n"
		    "set key outside bottom center horizontal\nset bmargin 5\n"
		    "set xtics (", (double)tr->nrounds - 0.7);
	for (size_t r = 0; r < tr->nrounds; r++) {
		strbuf_adds(gp, r ? ", " : "");
		chart_quote(gp, tr->rounds[r]->round, LABEL_CHARS);
		strbuf_addf(gp, " %zu", r);
	}
	strbuf_adds(gp, ")\nplot ");
	for (size_t c = 0; c < ncols; c++) {
		size_t d = tr->series[cols[c]].dimension;
		strbuf_adds(gp, c ? ", \\\n     " : "");
		if (c == 0)
			chart_quote(gp, dat, LABEL_CHARS * 2);
		else
			strbuf_adds(gp, "\"\"");
		strbuf_addf(gp, " using 1:%zu with linespoints lw 2 pt 7 "
			    "lc rgb \"%s\" title ", c + 2, colors[c % 5]);
		chart_quote(gp, d < s->ndimensions ? s->dimensions[d]
						   : "combined", LABEL_CHARS);
	}
	strbuf_adds(gp, "\n");
	end_chart(gp);
	if (ok)
		add_file(set, b->format, base, ins == TREND_NONE ? NULL : code,
			 "%s %s: scores over the rounds, on the indicators "
			 "answered in every round", tr->country, code);
	free(base);
	free(dat);
	return ok;
}

/* Plan a country's trend charts: overall, then per instrument. */
struct chart_set *chart_batch_add_trend(struct chart_batch *b,
					const struct trend *tr, char **err)
{
	struct strbuf gp;
	struct chart_set *set = new_set(b, &gp, tr->country, "trend", err);
	bool ok = true;

	if (!set)
		return NULL;
	ok = plan_trend_chart(b, set, tr, TREND_NONE, &gp, err);
	for (size_t s = 0; ok && s < tr->set->ninstruments; s++)
		ok = plan_trend_chart(b, set, tr, s, &gp, err);
	return finish_set(b, set, &gp, ok, err);
}

/* Plan one heatmap of a matrix of gaps (see chart.h). */
struct chart_set *chart_batch_add_heatmap(struct chart_batch *b,
					  const char *base, const char *title,
					  char *const *row_labels, size_t nrows,
					  char *const *col_labels, size_t ncols,
					  const double *values,
					  const bool *has, char **err)
{
	struct strbuf gp, data;
	struct chart_set *set = new_set(b, &gp, "comparison", "heatmap", err);
	char *dat = xasprintf("%s.dat", base);
	int width = 260 + 16 * (int)ncols, height = 230 + 24 * (int)nrows;
	bool ok;

	if (!set) {
		free(dat);
		return NULL;
	}
	/* One line per row, one value per column: gnuplot's matrix. */
	strbuf_init(&data);
	for (size_t r = 0; r < nrows; r++) {
		for (size_t k = 0; k < ncols; k++) {
			size_t i = r * ncols + k;
			strbuf_adds(&data, k ? " " : "");
			if (has[i])
				strbuf_addf(&data, "%.4f", round4(values[i]));
			else
				strbuf_adds(&data, "NaN");
		}
		strbuf_addch(&data, '\n');
	}
	ok = write_file(set->dir, dat, data.buf, err);
	strbuf_release(&data);
	begin_chart(&gp, base, width < 700 ? 700 : width,
		    height < 320 ? 320 : height, title);
	strbuf_addf(&gp, "set palette defined (0 \"#1a9850\", 0.35 \"#fee08b\", "
		    "0.65 \"#fc8d59\", 1 \"#d73027\")\nset cbrange [0:1]\n"
		    "set cblabel \"Gap\"\nset xrange [-0.5:%g]\n"
		    "set yrange [%g:-0.5]\nunset key\nset tics nomirror out\n"
		    "set xtics rotate by 90 right font \",8\"\n"
		    "set ytics font \",9\"\n", (double)ncols - 0.5,
		    (double)nrows - 0.5);
	strbuf_adds(&gp, "set xtics (");
	for (size_t k = 0; k < ncols; k++) {
		strbuf_adds(&gp, k ? ", " : "");
		chart_quote(&gp, col_labels[k], LABEL_CHARS);
		strbuf_addf(&gp, " %zu", k);
	}
	strbuf_adds(&gp, ")\nset ytics (");
	for (size_t r = 0; r < nrows; r++) {
		strbuf_adds(&gp, r ? ", " : "");
		chart_quote(&gp, row_labels[r], LABEL_CHARS);
		strbuf_addf(&gp, " %zu", r);
	}
	strbuf_adds(&gp, ")\nplot ");
	chart_quote(&gp, dat, LABEL_CHARS * 2);
	strbuf_adds(&gp, " matrix with image\n");
	end_chart(&gp);
	if (ok)
		add_file(set, b->format, base, NULL, "%s", title);
	free(dat);
	return finish_set(b, set, &gp, ok, err);
}

/* Did gnuplot leave every planned chart, non-empty? */
static char *missing_chart(const struct chart_batch *b)
{
	for (size_t i = 0; i < b->nsets; i++) {
		const struct chart_set *set = b->sets[i];
		for (size_t k = 0; k < set->count; k++) {
			char *p = xasprintf("%s/%s", set->dir,
					    set->files[k].name);
			struct stat st;
			if (stat(p, &st) != 0 || st.st_size == 0)
				return p;
			free(p);
		}
	}
	return NULL;
}

/* Draw every planned chart with one gnuplot process (see chart.h). */
enum chart_status chart_batch_run(struct chart_batch *b, const char *gnuplot,
				  unsigned timeout_seconds, char **err)
{
	char *missing;

	if (!write_file(b->tmpdir, "master.gp", b->master.buf, err))
		return CHART_FAILED;
	switch (gnuplot_run(gnuplot, b->tmpdir, "master.gp", timeout_seconds,
			    err)) {
	case GNUPLOT_NOT_FOUND:
		return CHART_NO_GNUPLOT;
	case GNUPLOT_FAILED:
		return CHART_FAILED;
	case GNUPLOT_OK:
		break;
	}
	if ((missing = missing_chart(b))) {
		char *tail = gnuplot_log_tail(b->tmpdir);
		*err = xasprintf("'%s' did not draw '%s': %s", gnuplot, missing,
				 tail);
		free(tail);
		free(missing);
		return CHART_FAILED;
	}
	return CHART_OK;
}

/* Move a set's charts (and with keep_scripts its script and data)
 * into dir. */
bool chart_set_install(struct chart_batch *b, const struct chart_set *set,
		       const char *dir, bool keep_scripts, char **err)
{
	(void)b;
	for (size_t k = 0; k < set->count; k++) {
		const struct chart_file *f = &set->files[k];
		char *from = xasprintf("%s/%s", set->dir, f->name);
		char *to = xasprintf("%s/%s", dir, f->name);
		bool ok = fs_move(from, to, err);

		free(from);
		free(to);
		if (!ok)
			return false;
	}
	if (keep_scripts) {
		DIR *d = opendir(set->dir);
		struct dirent *e;
		bool ok = d != NULL;

		while (ok && (e = readdir(d))) {
			size_t len = strlen(e->d_name);
			char *from, *to;
			if (strcmp(e->d_name, "charts.gp") &&
			    (len < 4 || strcmp(e->d_name + len - 4, ".dat")))
				continue;
			from = xasprintf("%s/%s", set->dir, e->d_name);
			to = xasprintf("%s/%s", dir, e->d_name);
			ok = fs_move(from, to, err);
			free(from);
			free(to);
		}
		if (d)
			closedir(d);
		else
			*err = xasprintf("cannot read '%s': %s", set->dir,
					 strerror(errno));
		if (!ok)
			return false;
	}
	return true;
}

/* The SVG drawn of a chart for the HTML page (caller frees), or NULL. */
char *chart_html_svg(const struct chart_batch *b, const struct chart_set *set,
		     size_t index)
{
	const struct chart_file *f = &set->files[index];
	char *path = b->format == CHART_SVG
		? xasprintf("%s/%s", set->dir, f->name)
		: xasprintf("%s/%s-html.svg", set->dir, f->base);
	char *text = fs_read_file(path, NULL);

	free(path);
	return text;
}

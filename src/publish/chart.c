/* SPDX-License-Identifier: Apache-2.0 */
/*
 * chart.c - planning charts as gnuplot scripts and data files: the batch
 * and its sets, quoting, the trend and heatmap charts, the run and the
 * installation; chart-report.c plans an assessment's charts and
 * publish/gnuplot.c runs gnuplot.
 *
 * Each assessment gets a directory in the batch's private temporary
 * directory, holding generated data files (numbers only) and a script,
 * charts.gp, that draws its charts from them and runs on its own from
 * that directory; chart-draw.c has gnuplot load them. Labels from the
 * input files only ever reach a script through chart_quote.
 */
#include "config.h"
#include "publish/chart.h"
#include "publish/chart-int.h"
#include "publish/gnuplot.h"
#include "publish/tr.h"
#include "base/cleanup.h"
#include "base/fsstage.h"
#include "base/fsutil.h"
#include "base/i18n.h"
#include "base/xalloc.h"
#include "base/strbuf.h"
#include "base/text.h"
#include "score/trend.h"

#include <nettle/base64.h>

#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>


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
const char *chart_format_ext(enum chart_format f)
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
	size_t chars = 0, last_space = 0, space_chars = 0, k;

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
		/* Step over the bytes there are: a sequence cut short by
		 * the end must not carry s past the NUL. */
		for (k = 0; k < n && s[k]; k++)
			strbuf_addch(&out, (char)s[k]);
		s += k;
		chars++;
	}
	return strbuf_detach(&out);
}

/* Append clean as a gnuplot string: letters and spaces as they are,
 * every other byte octal-escaped; with tic, '%' doubled first, since
 * gnuplot formats a tic label as a printf-style format. */
static void quote_clean(struct strbuf *sb, const char *clean, bool tic)
{
	strbuf_addch(sb, '"');
	for (const char *p = clean; *p; p++) {
		unsigned char c = (unsigned char)*p;
		if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == ' ')
			strbuf_addch(sb, (char)c);
		else if (c == '%' && tic)
			strbuf_adds(sb, "\\045\\045");
		else
			strbuf_addf(sb, "\\%03o", c);
	}
	strbuf_addch(sb, '"');
}

/* Append text as a gnuplot string that cannot be code (see chart.h). */
void chart_quote(struct strbuf *sb, const char *text, size_t max_chars)
{
	char *clean = clean_and_cut(text, max_chars);

	quote_clean(sb, clean, false);
	free(clean);
}

/* Append text as a tic label that can be neither code nor a format (see
 * chart.h). */
void chart_quote_tic(struct strbuf *sb, const char *text, size_t max_chars)
{
	char *clean = clean_and_cut(text, max_chars);

	quote_clean(sb, clean, true);
	free(clean);
}

/* Start a batch in a private temporary directory (see chart.h). */
struct chart_batch *chart_batch_new(enum chart_format format,
				    const char *lang, char **err)
{
	const char *tmp = getenv("TMPDIR");
	struct chart_batch *b = xcalloc(1, sizeof(*b));

	b->format = format;
	b->lang = lang;
	b->tmpdir = xasprintf("%s/gapscore-charts.XXXXXX",
			      tmp && tmp[0] ? tmp : "/tmp");
	if (!mkdtemp(b->tmpdir)) {
		*err = xasprintf(_("cannot create a temporary directory '%s': %s"),
				 b->tmpdir, strerror(errno));
		free(b->tmpdir);
		free(b);
		return NULL;
	}
	cleanup_add(b->tmpdir);
	return b;
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
	free(set->label);
	free(set->error);
	free(set);
}

/* Remove the batch's temporary directory and free its sets. */
void chart_batch_free(struct chart_batch *b)
{
	if (!b)
		return;
	fs_remove_tree(b->tmpdir);
	cleanup_remove(b->tmpdir);
	for (size_t i = 0; i < b->nsets; i++)
		set_free(b->sets[i]);
	free(b->sets);
	free(b->tmpdir);
	free(b);
}

/* Write data to dir/name; false with *err on failure. */
bool chart_write_data(const char *dir, const char *name, const char *data,
		       char **err)
{
	char *path = xasprintf("%s/%s", dir, name);
	FILE *f = fopen(path, "w");
	bool ok = f && fputs(data, f) >= 0;

	if (f && fclose(f) != 0)
		ok = false;
	if (!ok)
		*err = xasprintf(_("cannot write '%s': %s"), path, strerror(errno));
	free(path);
	return ok;
}

/* How a chart title names a country (see chart-int.h). */
const char *chart_country(const char *name, const char *code)
{
	return name && name[0] ? name : code;
}

/* A number for a data file; gnuplot skips NaN points. */
void chart_add_value(struct strbuf *sb, bool has, double v)
{
	if (has)
		strbuf_addf(sb, " %.6f", round4(v));
	else
		strbuf_adds(sb, " NaN");
}

/* List a planned chart of the set: its file base name, the instrument
 * it belongs to (NULL: the whole assessment) and its caption, formatted
 * (data only ever as %s arguments). */
void chart_list_file(struct chart_set *set, enum chart_format format,
		     const char *base, const char *instrument,
		     const char *caption_fmt, ...)
{
	struct chart_file *f;
	struct strbuf caption;
	va_list ap;

	GROW(set->files, set->cap, set->count + 1);
	f = &set->files[set->count++];
	f->base = xstrdup(base);
	f->name = xasprintf("%s.%s", base, chart_format_ext(format));
	strbuf_init(&caption);
	va_start(ap, caption_fmt);
	strbuf_vaddf(&caption, caption_fmt, ap);
	va_end(ap);
	f->caption = strbuf_detach(&caption);
	f->instrument = instrument ? xstrdup(instrument) : NULL;
}

/* The font of a chart in lang: one with the glyphs of its script
 * (Debian's fonts-noto-core and fonts-noto-cjk), DejaVu Sans else. */
static const char *chart_font(const char *lang)
{
	if (lang && !strcmp(lang, "ar"))
		return "Noto Sans Arabic";
	if (lang && !strcmp(lang, "zh"))
		return "Noto Sans CJK SC";
	return "DejaVu Sans";
}

/* Start a chart in script: terminal by gs_format, output by name. */
void chart_begin(struct strbuf *gp, const char *base, int width,
			int height, const char *title)
{
	chart_begin_lang(gp, base, width, height, title, NULL);
}

/* chart_begin with the font of lang's script. */
void chart_begin_lang(struct strbuf *gp, const char *base, int width,
		      int height, const char *title, const char *lang)
{
	const char *font = chart_font(lang);

	strbuf_adds(gp, "\nreset\n");
	/* gnuplot sizes margins, keys and labels by its estimate of each
	 * string's width: without utf8 it counts bytes, which makes Arabic
	 * twice and Chinese three times as wide as they are (the plot
	 * squeezed to the right, its x label and key off the canvas). The
	 * English scripts stay as they always were. */
	if (!tr_is_english(lang))
		strbuf_adds(gp, "set encoding utf8\n");
	strbuf_addf(gp, "if (gs_format eq \"svg\") {\n"
		    "    set terminal svg size %d,%d dynamic noenhanced "
		    "font \"%s,11\" background rgb \"white\"\n"
		    "} else {\n"
		    "    set terminal pngcairo size %d,%d noenhanced "
		    "font \"%s,10\" background rgb \"white\"\n"
		    "}\n", width, height, font, width, height, font);
	strbuf_adds(gp, "set output ");
	chart_quote(gp, base, LABEL_CHARS * 2);
	strbuf_adds(gp, " . gs_suffix . \".\" . gs_format\n");
	strbuf_adds(gp, "set title ");
	chart_quote(gp, title, TITLE_CHARS);
	strbuf_adds(gp, " font \",13\"\n");
}

/* End a chart: close its output file. */
void chart_end(struct strbuf *gp)
{
	strbuf_adds(gp, "set output\n");
}

/* Start a set's directory and script; NULL with *err on failure. */
struct chart_set *chart_new_set(struct chart_batch *b, struct strbuf *gp,
				 const char *country, const char *round,
				 char **err)
{
	struct chart_set *set = xcalloc(1, sizeof(*set));

	set->dir = xasprintf("%s/a%05zu", b->tmpdir, b->nsets);
	set->label = xasprintf("%s %s", country, round);
	if (mkdir(set->dir, 0700) != 0) {
		*err = xasprintf(_("cannot create '%s': %s"), set->dir,
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
		    chart_format_ext(b->format));
	return set;
}

/* Write the set's script and add the set to the batch. */
struct chart_set *chart_finish_set(struct chart_batch *b,
				    struct chart_set *set, struct strbuf *gp,
				    bool ok, char **err)
{
	if (ok)
		ok = chart_write_data(set->dir, "charts.gp", gp->buf, err);
	strbuf_release(gp);
	if (!ok) {
		set_free(set);
		return NULL;
	}
	GROW(b->sets, b->cap, b->nsets + 1);
	b->sets[b->nsets++] = set;
	return set;
}

/* The name of a trend line (a dimension, or combined) in lang. */
static const char *trend_key(const char *lang, const char *dimension)
{
	return !strcmp(dimension, "combined") ? tr_word(lang, "combined")
					      : tr_code(lang, dimension);
}

/* Begin a trend chart: its title (what code, "overall" or an
 * instrument, covers) in b's language, the font of its script and the
 * y axis. */
static void begin_trend_chart(struct chart_batch *b, const struct trend *tr,
			      const char *base, const char *code,
			      struct strbuf *gp)
{
	struct strbuf title;

	strbuf_init(&title);
	strbuf_addf(&title, tr_word(b->lang, "%s: %s over the rounds "
					     "(comparable indicators)"),
		    chart_country(tr->rounds[0]->country_name, tr->country),
		    !strcmp(code, "overall") ? tr_word(b->lang, "overall")
					      : code);
	chart_begin_lang(gp, base, 800, 480, title.buf, b->lang);
	strbuf_release(&title);
	strbuf_adds(gp, "set yrange [0:1]\nset xrange [-0.3:");
	strbuf_addf(gp, "%g]\nset ylabel ", (double)tr->nrounds - 0.7);
	chart_quote(gp, tr_word(b->lang, "Score"), LABEL_CHARS);
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
	struct strbuf data;
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
			chart_add_value(&data, tr->series[cols[c]].comparable[r].has,
				  tr->series[cols[c]].comparable[r].score);
		strbuf_addch(&data, '\n');
	}
	ok = chart_write_data(set->dir, dat, data.buf, err);
	strbuf_release(&data);
	begin_trend_chart(b, tr, base, code, gp);
	strbuf_adds(gp, "\nset grid ytics lc rgb \"#cccccc\"\n"
		    "set key outside bottom center horizontal\nset bmargin 5\n"
		    "set xtics (");
	for (size_t r = 0; r < tr->nrounds; r++) {
		strbuf_adds(gp, r ? ", " : "");
		chart_quote_tic(gp, tr->rounds[r]->round, LABEL_CHARS);
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
		chart_quote(gp, trend_key(b->lang, d < s->ndimensions
							   ? s->dimensions[d]
							   : "combined"),
			    LABEL_CHARS);
	}
	strbuf_adds(gp, "\n");
	chart_end(gp);
	if (ok)
		chart_list_file(set, b->format, base,
				ins == TREND_NONE ? NULL : code,
				tr_word(b->lang, "%s %s: scores over the "
						 "rounds, on the indicators "
						 "answered in every round"),
				tr->country,
				ins == TREND_NONE ? tr_word(b->lang, "overall")
						  : code);
	free(base);
	free(dat);
	return ok;
}

/* Plan a country's trend charts: overall, then per instrument. */
struct chart_set *chart_batch_add_trend(struct chart_batch *b,
					const struct trend *tr, char **err)
{
	struct strbuf gp;
	struct chart_set *set = chart_new_set(b, &gp, tr->country, "trend", err);
	bool ok = true;

	if (!set)
		return NULL;
	ok = plan_trend_chart(b, set, tr, TREND_NONE, &gp, err);
	for (size_t s = 0; ok && s < tr->set->ninstruments; s++)
		ok = plan_trend_chart(b, set, tr, s, &gp, err);
	return chart_finish_set(b, set, &gp, ok, err);
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
	struct chart_set *set = chart_new_set(b, &gp, "comparison", "heatmap", err);
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
	ok = chart_write_data(set->dir, dat, data.buf, err);
	strbuf_release(&data);
	chart_begin_lang(&gp, base, width < 700 ? 700 : width,
			 height < 320 ? 320 : height, title, b->lang);
	strbuf_adds(&gp, "set palette defined (0 \"#1a9850\", 0.35 \"#fee08b\", "
		    "0.65 \"#fc8d59\", 1 \"#d73027\")\nset cbrange [0:1]\n"
		    "set cblabel ");
	chart_quote(&gp, tr_word(b->lang, "Gap"), LABEL_CHARS);
	strbuf_addf(&gp, "\nset xrange [-0.5:%g]\n"
		    "set yrange [%g:-0.5]\nunset key\nset tics nomirror out\n"
		    "set xtics rotate by 90 right font \",8\"\n"
		    "set ytics font \",9\"\n", (double)ncols - 0.5,
		    (double)nrows - 0.5);
	strbuf_adds(&gp, "set xtics (");
	for (size_t k = 0; k < ncols; k++) {
		strbuf_adds(&gp, k ? ", " : "");
		chart_quote_tic(&gp, col_labels[k], LABEL_CHARS);
		strbuf_addf(&gp, " %zu", k);
	}
	strbuf_adds(&gp, ")\nset ytics (");
	for (size_t r = 0; r < nrows; r++) {
		strbuf_adds(&gp, r ? ", " : "");
		chart_quote_tic(&gp, row_labels[r], LABEL_CHARS);
		strbuf_addf(&gp, " %zu", r);
	}
	/* A cell with no value leaves the image transparent: hatched grey
	 * shows through, never a colour of the scale. */
	strbuf_adds(&gp, ")\nset object 1 rect from graph 0, graph 0 to graph "
		    "1, graph 1 behind fc rgb \"#9e9e9e\" fillstyle pattern 4 "
		    "border lc rgb \"#9e9e9e\"\nset label 1 ");
	chart_quote(&gp, tr_word(b->lang, "Hatched grey: no value (not "
					  "answered, or nothing scored)"),
		    TITLE_CHARS);
	strbuf_adds(&gp, " at screen 0.01, screen 0.02 left font \",8\"\n"
		    "plot ");
	chart_quote(&gp, dat, LABEL_CHARS * 2);
	strbuf_adds(&gp, " matrix with image pixels\n");
	chart_end(&gp);
	if (ok)
		chart_list_file(set, b->format, base, NULL,
				tr_word(b->lang, "%s; hatched grey cells have "
					"no value (the country did not answer "
					"the instrument, or nothing in the "
					"article was scored)"), title);
	free(dat);
	return chart_finish_set(b, set, &gp, ok, err);
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
			*err = xasprintf(_("cannot read '%s': %s"), set->dir,
					 strerror(errno));
		if (!ok)
			return false;
	}
	return true;
}

/* One chart as drawn, for a page (see chart.h): the SVG text, or the
 * PNG's bytes in base64 (nettle's encoder). */
char *chart_html_image(const struct chart_batch *b,
		       const struct chart_set *set, size_t index, bool *png)
{
	char *path = xasprintf("%s/%s", set->dir, set->files[index].name);
	size_t len = 0;
	char *bytes = fs_read_file(path, &len);
	char *text;

	free(path);
	*png = b->format == CHART_PNG;
	if (!bytes || !*png)
		return bytes;
	text = xmalloc(BASE64_ENCODE_RAW_LENGTH(len) + 1);
	base64_encode_raw(text, len, (const uint8_t *)bytes);
	text[BASE64_ENCODE_RAW_LENGTH(len)] = '\0';
	free(bytes);
	return text;
}

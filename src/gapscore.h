/*
 * gapscore.h - what every module of the gapscore core shares: the
 * allocation helpers (which abort on exhaustion, as there is no sensible
 * recovery for a batch tool), the growable string, and small text helpers
 * (trimming, UTF-8 validation, strict number parsing, rounding).
 */
#ifndef GAPSCORE_H
#define GAPSCORE_H

#include <stdbool.h>
#include <stddef.h>

/* Allocation: these never return NULL; on exhaustion they abort. */
void *xmalloc(size_t size);
void *xcalloc(size_t count, size_t size);
void *xrealloc(void *ptr, size_t size);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t len);
/* Grow *items (of *cap elements of elem_size bytes) to hold need elements. */
void grow_array(void **items, size_t *cap, size_t need, size_t elem_size);
#define GROW(items, cap, need) \
	grow_array((void **)&(items), &(cap), (need), sizeof(*(items)))

/* A growable, always NUL-terminated byte string. */
struct strbuf {
	char *buf;
	size_t len;
	size_t cap;
};
void strbuf_init(struct strbuf *sb);
void strbuf_release(struct strbuf *sb);
void strbuf_add(struct strbuf *sb, const char *data, size_t len);
void strbuf_adds(struct strbuf *sb, const char *s);
void strbuf_addch(struct strbuf *sb, char c);
void strbuf_addf(struct strbuf *sb, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* A freshly allocated formatted string (caller frees). */
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Hand the buffer to the caller (who frees it) and reset sb. */
char *strbuf_detach(struct strbuf *sb);

/* Text helpers. */
/* Pointer and length of s without leading and trailing ASCII white space. */
const char *trim_span(const char *s, size_t *len);
/* A fresh copy of s without leading and trailing white space. */
char *trim_dup(const char *s);
/* Is s (len bytes) well-formed UTF-8? On failure *bad_offset is set. */
bool utf8_valid(const char *s, size_t len, size_t *bad_offset);
/* ASCII case-insensitive comparison of two NUL-terminated strings. */
int ascii_casecmp(const char *a, const char *b);
bool ascii_caseeq(const char *a, const char *b);
/* Does s match the character class pattern [first][rest]{min_rest,max_rest}? */
bool str_matches_class(const char *s, const char *first, const char *rest,
		       size_t max_total);
/*
 * Parse the whole of s (no surrounding space) as a finite decimal number:
 * [+-]? (digits [. digits?] | . digits) ([eE] [+-]? digits)?
 * Independent of the locale; hex, inf and nan are refused.
 */
bool parse_number(const char *s, double *out);
/* x rounded to 4 decimals (exact decimal rounding of the binary value). */
double round4(double x);

#endif

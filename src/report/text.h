/*
 * Text helpers shared by the report writers. Every string in a report may
 * come from the image (paths, package names, titles read from files), so it
 * is hostile: it may be invalid UTF-8, carry terminal escape sequences, or
 * spell "<script>". The one idea: writers never print a report string
 * directly; they go through one of the encoders below, each of which emits
 * valid UTF-8 and neutralises what is special in its output language.
 */
#ifndef DD_REPORT_TEXT_H
#define DD_REPORT_TEXT_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "drydock/report.h"

/* Decodes one code point at s (NUL-terminated, *s != 0). Invalid or overlong
 * sequences yield U+FFFD and consume one byte. Returns bytes consumed. */
size_t dd_utf8_next(const char *s, uint32_t *cp);
/* Control characters that a terminal or an HTML page must never receive
 * raw: C0 (except tab when allow_tab), DEL, C1, and U+FFFD stays itself. */
bool dd_cp_is_control(uint32_t cp);
/* Columns a code point takes on a terminal (0 combining, 2 wide, 1 else). */
int dd_cp_width(uint32_t cp);

/* A JSON string of s (NULL: JSON null), invalid UTF-8 replaced by U+FFFD.
 * jansson escapes quotes and control characters itself. */
json_t *dd_json_text(const char *s);
/* Sets key to dd_json_text(s) when s is non-NULL and non-empty. Returns 0 or -1 (OOM). */
int dd_json_set_text(json_t *obj, const char *key, const char *s);

/*
 * A streaming JSON writer for the hot paths (one object per finding or
 * package): values go straight to the FILE with commas, escaping and UTF-8
 * repair handled here, so no per-item tree is allocated. Items at depth <=
 * nl_depth start on a new line, which keeps big documents readable and
 * diffable without the cost of full indentation.
 */
#define DD_JW_MAX_DEPTH 32
typedef struct dd_jw {
	FILE *fp;
	int depth;
	int nl_depth;
	bool after_key;
	bool has_items[DD_JW_MAX_DEPTH];
} dd_jw;
void dd_jw_init(dd_jw *w, FILE *fp, int nl_depth);
void dd_jw_obj(dd_jw *w);                       /* { as a value */
void dd_jw_arr(dd_jw *w);                       /* [ as a value */
void dd_jw_end_obj(dd_jw *w);
void dd_jw_end_arr(dd_jw *w);
void dd_jw_key(dd_jw *w, const char *key);      /* key is a trusted literal */
void dd_jw_str(dd_jw *w, const char *s);        /* NULL: null; invalid UTF-8 becomes U+FFFD */
void dd_jw_int(dd_jw *w, long long v);
void dd_jw_real(dd_jw *w, double v);            /* 4 significant digits */
void dd_jw_bool(dd_jw *w, bool v);
void dd_jw_json(dd_jw *w, json_t *j);           /* a jansson value, released */
/* key + string, skipped when s is NULL or empty */
void dd_jw_kstr(dd_jw *w, const char *key, const char *s);

/* Writes s HTML-escaped (& < > " ' escaped; controls and invalid UTF-8
 * become U+FFFD). Safe in element content and quoted attribute values. */
void dd_html_put(FILE *fp, const char *s);

/* dd_html_put with a line-break opportunity (<wbr>) after each '/', '!',
 * ':' and '@': for paths and package names, which CSS then never
 * breaks inside a word. */
void dd_html_put_breakable(FILE *fp, const char *s);

/* Terminal text: controls and invalid UTF-8 shown as '?', at most `width`
 * columns (0 = unlimited), ending in an ellipsis when cut; pads with spaces
 * to `pad` columns. Returns the columns written. */
int dd_term_put(FILE *fp, const char *s, int width, int pad);
/* The same for prose (titles): when s is wider than width, it is shortened
 * at the last word that fits and ends in an ellipsis, not cut mid-word. */
int dd_term_put_words(FILE *fp, const char *s, int width, int pad);
/* How much of s to show in width columns followed by an ellipsis: *cut
 * false and strlen(s) when it fits; else the bytes up to the last word that
 * fits (trailing punctuation dropped), 0 when even the first word does not. */
size_t dd_words_fit(const char *s, int width, bool *cut);
/* Columns dd_term_put would use for s without a limit. */
int dd_term_width(const char *s);

/* Percent-encodes a relative path as a URI reference ('/' and unreserved
 * characters stay). Returns malloc'ed text or NULL on OOM. */
char *dd_uri_path(const char *path);

/* Whether s is a plain http(s) URL (no spaces, controls or characters a URI
 * must not hold): the only references written where tools render links. */
bool dd_plain_url(const char *s);

/* RFC 4122 version-5 UUID of `name` in drydock's namespace, as 36 chars + NUL:
 * the same name always gives the same UUID. */
void dd_uuid5(const char *name, char out[37]);

/* Severity of a finding as a CVSS-like number for tools that want one
 * (GitHub's security-severity): the CVSS score when known, else the middle of
 * the severity's band. */
double dd_severity_score(const dd_finding *f);

/* Whether a finding is about a package (os-vuln, app-vuln). */
static inline bool dd_finding_is_vuln(const dd_finding *f)
{
	return f->cls == DD_CLASS_OS_VULN || f->cls == DD_CLASS_APP_VULN;
}

#endif

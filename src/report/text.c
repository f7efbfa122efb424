/*
 * Encoders for hostile report text (see text.h). The decoder is strict
 * UTF-8 (no overlongs, no surrogates, nothing past U+10FFFF) so that every
 * encoder downstream sees the same code points a browser or terminal would.
 */
#include <openssl/evp.h>
#include <stdlib.h>
#include <string.h>

#include "drydock/errors.h"
#include "report/text.h"
#include "util/buf.h"

size_t dd_utf8_next(const char *str, uint32_t *cp)
{
	const unsigned char *s = (const unsigned char *)str;
	unsigned char c = s[0];
	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	size_t n;
	uint32_t v, min;
	if (c >= 0xc2 && c <= 0xdf) {
		n = 2; v = c & 0x1f; min = 0x80;
	} else if (c >= 0xe0 && c <= 0xef) {
		n = 3; v = c & 0x0f; min = 0x800;
	} else if (c >= 0xf0 && c <= 0xf4) {
		n = 4; v = c & 0x07; min = 0x10000;
	} else {
		*cp = 0xfffd;
		return 1;
	}
	for (size_t i = 1; i < n; i++) {
		/* a NUL terminator fails this test, so we never read past it */
		if ((s[i] & 0xc0) != 0x80) {
			*cp = 0xfffd;
			return 1;
		}
		v = (v << 6) | (s[i] & 0x3f);
	}
	if (v < min || v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff)) {
		*cp = 0xfffd;
		return 1;
	}
	*cp = v;
	return n;
}

bool dd_cp_is_control(uint32_t cp)
{
	return cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp <= 0x9f) ||
		cp == 0x2028 || cp == 0x2029 || (cp >= 0x202a && cp <= 0x202e) ||
		(cp >= 0x2066 && cp <= 0x2069);
}

int dd_cp_width(uint32_t cp)
{
	if ((cp >= 0x300 && cp <= 0x36f) || (cp >= 0x200b && cp <= 0x200f) || cp == 0xfeff ||
	    (cp >= 0xfe00 && cp <= 0xfe0f))
		return 0;
	if ((cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf && cp != 0x303f) ||
	    (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff) ||
	    (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) ||
	    (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x1f300 && cp <= 0x1f64f) ||
	    (cp >= 0x1f900 && cp <= 0x1f9ff) || (cp >= 0x20000 && cp <= 0x3fffd))
		return 2;
	return 1;
}

static bool utf8_valid(const char *s, size_t *len)
{
	const char *p = s;
	bool ok = true;
	while (*p) {
		if ((unsigned char)*p < 0x80) {
			p++;
			continue;
		}
		uint32_t cp;
		size_t n = dd_utf8_next(p, &cp);
		if (cp == 0xfffd && n == 1)
			ok = false;
		p += n;
	}
	*len = (size_t)(p - s);
	return ok;
}

json_t *dd_json_text(const char *s)
{
	if (!s)
		return json_null();
	size_t len;
	if (utf8_valid(s, &len))
		return json_stringn_nocheck(s, len);
	dd_buf b = DD_BUF_INIT(len * 3 + 1);
	for (const char *p = s; *p;) {
		uint32_t cp;
		size_t n = dd_utf8_next(p, &cp);
		if (cp == 0xfffd && n == 1)
			dd_buf_puts(&b, "\xef\xbf\xbd");
		else
			dd_buf_put(&b, p, n);
		p += n;
	}
	json_t *j = b.ptr ? json_stringn_nocheck(b.ptr, b.len) : json_string("");
	dd_buf_free(&b);
	return j;
}

int dd_json_set_text(json_t *obj, const char *key, const char *s)
{
	if (!s || !*s)
		return 0;
	return json_object_set_new(obj, key, dd_json_text(s));
}

static void put_json_string(FILE *fp, const char *s);

static int emit_value(FILE *fp, json_t *j, int depth)
{
	if (depth > 64)
		return DD_ELIMIT;
	switch (json_typeof(j)) {
	case JSON_OBJECT: {
		bool first = true;
		putc_unlocked('{', fp);
		for (void *it = json_object_iter(j); it; it = json_object_iter_next(j, it)) {
			if (!first)
				putc_unlocked(',', fp);
			first = false;
			put_json_string(fp, json_object_iter_key(it));
			fputs_unlocked(": ", fp);
			int rc = emit_value(fp, json_object_iter_value(it), depth + 1);
			if (rc)
				return rc;
		}
		putc_unlocked('}', fp);
		return 0;
	}
	case JSON_ARRAY:
		putc_unlocked('[', fp);
		for (size_t i = 0; i < json_array_size(j); i++) {
			if (i)
				putc_unlocked(',', fp);
			int rc = emit_value(fp, json_array_get(j, i), depth + 1);
			if (rc)
				return rc;
		}
		putc_unlocked(']', fp);
		return 0;
	case JSON_STRING:
		/* strings we parse never hold NUL (no JSON_ALLOW_NUL) */
		put_json_string(fp, json_string_value(j));
		return 0;
	case JSON_INTEGER:
		fprintf(fp, "%" JSON_INTEGER_FORMAT, json_integer_value(j));
		return 0;
	case JSON_REAL: {
		double v = json_real_value(j);
		/* "%.4g" never yields inf/nan here: jansson refuses them */
		fprintf(fp, "%.4g", v);
		return 0;
	}
	case JSON_TRUE: fputs_unlocked("true", fp); return 0;
	case JSON_FALSE: fputs_unlocked("false", fp); return 0;
	default: fputs_unlocked("null", fp); return 0;
	}
}

static void jw_sep(dd_jw *w)
{
	if (w->after_key) {
		w->after_key = false;
		return;
	}
	int d = w->depth - 1;
	if (d >= 0 && d < DD_JW_MAX_DEPTH) {
		if (w->has_items[d])
			putc_unlocked(',', w->fp);
		w->has_items[d] = true;
	}
	if (w->depth > 0 && w->depth <= w->nl_depth)
		putc_unlocked('\n', w->fp);
}

void dd_jw_init(dd_jw *w, FILE *fp, int nl_depth)
{
	memset(w, 0, sizeof(*w));
	w->fp = fp;
	w->nl_depth = nl_depth;
}

static void jw_open(dd_jw *w, char c)
{
	jw_sep(w);
	putc_unlocked(c, w->fp);
	if (w->depth < DD_JW_MAX_DEPTH)
		w->has_items[w->depth] = false;
	w->depth++;
}

static void jw_close(dd_jw *w, char c)
{
	bool items = w->depth > 0 && w->depth <= DD_JW_MAX_DEPTH && w->has_items[w->depth - 1];
	w->depth--;
	if (items && w->depth < w->nl_depth)
		putc_unlocked('\n', w->fp);
	putc_unlocked(c, w->fp);
}

void dd_jw_obj(dd_jw *w) { jw_open(w, '{'); }
void dd_jw_arr(dd_jw *w) { jw_open(w, '['); }
void dd_jw_end_obj(dd_jw *w) { jw_close(w, '}'); }
void dd_jw_end_arr(dd_jw *w) { jw_close(w, ']'); }

void dd_jw_key(dd_jw *w, const char *key)
{
	jw_sep(w);
	/* "key": value, as most JSON tools print it (and people grep for);
	 * one stdio call, not three: keys are a third of a report's writes */
	char b[72];
	size_t n = strlen(key);
	if (n <= sizeof(b) - 4) {
		b[0] = '"';
		memcpy(b + 1, key, n);
		memcpy(b + 1 + n, "\": ", 3);
		fwrite_unlocked(b, 1, n + 4, w->fp);
	} else {
		putc_unlocked('"', w->fp);
		fputs_unlocked(key, w->fp);
		fputs_unlocked("\": ", w->fp);
	}
	w->after_key = true;
}

void dd_jw_str(dd_jw *w, const char *s)
{
	jw_sep(w);
	if (!s)
		fputs_unlocked("null", w->fp);
	else
		put_json_string(w->fp, s);
}

/* Only '"', '\\' and controls need escaping in JSON; invalid UTF-8 becomes
 * U+FFFD. Runs of plain bytes go out in one fwrite. */
static void put_json_string(FILE *fp, const char *s)
{
	static const char hex[] = "0123456789abcdef";
	putc_unlocked('"', fp);
	const char *run = s, *p = s, *end = s + strlen(s);
	while (p < end) {
		/* eight plain ASCII bytes at a time (no control, '"', '\\' or
		 * byte >= 0x80): most of a report is runs of those */
		while (end - p >= 8) {
			uint64_t x;
			memcpy(&x, p, 8);
			const uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
			uint64_t q = x ^ (ones * '"'), b = x ^ (ones * '\\');
			if (((x - ones * 0x20) | (q - ones) | (b - ones) | x) & high)
				break;
			p += 8;
		}
		if (p >= end)
			break;
		unsigned char c = (unsigned char)*p;
		if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
			p++;
			continue;
		}
		if (c >= 0x80) {
			uint32_t cp;
			size_t n = dd_utf8_next(p, &cp);
			if (!(cp == 0xfffd && n == 1)) {
				p += n; /* valid multi-byte sequence: part of the run */
				continue;
			}
		}
		if (p > run)
			fwrite_unlocked(run, 1, (size_t)(p - run), fp);
		switch (c) {
		case '"': fputs_unlocked("\\\"", fp); break;
		case '\\': fputs_unlocked("\\\\", fp); break;
		case '\n': fputs_unlocked("\\n", fp); break;
		case '\t': fputs_unlocked("\\t", fp); break;
		case '\r': fputs_unlocked("\\r", fp); break;
		default:
			if (c >= 0x80) {
				fputs_unlocked("\\ufffd", fp);
			} else {
				char u[7] = { '\\', 'u', '0', '0', hex[c >> 4], hex[c & 15], 0 };
				fputs_unlocked(u, fp);
			}
		}
		p++;
		run = p;
	}
	if (p > run)
		fwrite_unlocked(run, 1, (size_t)(p - run), fp);
	putc_unlocked('"', fp);
}

void dd_jw_int(dd_jw *w, long long v)
{
	jw_sep(w);
	fprintf(w->fp, "%lld", v);
}

void dd_jw_real(dd_jw *w, double v)
{
	jw_sep(w);
	if (v != v || v > 1e300 || v < -1e300)
		v = 0; /* JSON has no inf or nan */
	fprintf(w->fp, "%.4g", v);
}

void dd_jw_bool(dd_jw *w, bool v)
{
	jw_sep(w);
	fputs_unlocked(v ? "true" : "false", w->fp);
}

void dd_jw_json(dd_jw *w, json_t *j)
{
	jw_sep(w);
	if (!j) {
		fputs_unlocked("null", w->fp);
		return;
	}
	emit_value(w->fp, j, 0);
	json_decref(j);
}

void dd_jw_kstr(dd_jw *w, const char *key, const char *s)
{
	if (!s || !*s)
		return;
	dd_jw_key(w, key);
	dd_jw_str(w, s);
}


void dd_html_put(FILE *fp, const char *s)
{
	if (!s)
		return;
	const char *run = s;
	const char *p = s;
	/* copy runs of plain ASCII in one call: reports have many long strings */
	while (*p) {
		unsigned char c = (unsigned char)*p;
		if (c >= 0x20 && c < 0x7f && c != '&' && c != '<' && c != '>' && c != '"' && c != '\'') {
			p++;
			continue;
		}
		if (p > run)
			fwrite(run, 1, (size_t)(p - run), fp);
		uint32_t cp;
		size_t n = dd_utf8_next(p, &cp);
		switch (cp) {
		case '&': fputs("&amp;", fp); break;
		case '<': fputs("&lt;", fp); break;
		case '>': fputs("&gt;", fp); break;
		case '"': fputs("&quot;", fp); break;
		case '\'': fputs("&#39;", fp); break;
		case '\n': fputc('\n', fp); break;
		case '\t': fputc(' ', fp); break;
		default:
			if (dd_cp_is_control(cp) || cp == 0xfffd)
				fputs("\xef\xbf\xbd", fp);
			else
				fwrite(p, 1, n, fp);
		}
		p += n;
		run = p;
	}
	if (p > run)
		fwrite(run, 1, (size_t)(p - run), fp);
}

int dd_term_width(const char *s)
{
	int w = 0;
	if (!s)
		return 0;
	while (*s) {
		if ((unsigned char)*s >= 0x20 && (unsigned char)*s < 0x7f) {
			w++;
			s++;
			continue;
		}
		uint32_t cp;
		s += dd_utf8_next(s, &cp);
		w += dd_cp_is_control(cp) || cp == 0xfffd ? 1 : dd_cp_width(cp);
	}
	return w;
}

/* Callers hold the FILE lock (flockfile) around a whole table. */
int dd_term_put(FILE *fp, const char *s, int width, int pad)
{
	int used = 0;
	bool cut = width > 0 && dd_term_width(s) > width;
	int limit = cut ? width - 1 : width; /* room for the ellipsis */
	const char *p = s ? s : "", *run = p;
	while (*p) {
		unsigned char c = (unsigned char)*p;
		if (c >= 0x20 && c < 0x7f && (limit <= 0 || used + 1 <= limit)) {
			used++;
			p++;
			continue;
		}
		if (p > run)
			fwrite_unlocked(run, 1, (size_t)(p - run), fp);
		uint32_t cp;
		size_t n = dd_utf8_next(p, &cp);
		bool bad = dd_cp_is_control(cp) || cp == 0xfffd;
		int w = bad ? 1 : dd_cp_width(cp);
		if (limit > 0 && used + w > limit) {
			run = p;
			break;
		}
		if (bad)
			putc_unlocked('?', fp);
		else
			fwrite_unlocked(p, 1, n, fp);
		used += w;
		p += n;
		run = p;
	}
	if (!*p && p > run)
		fwrite_unlocked(run, 1, (size_t)(p - run), fp);
	if (cut) {
		fputs_unlocked("\xe2\x80\xa6", fp);
		used++;
	}
	for (; used < pad; used++)
		putc_unlocked(' ', fp);
	return used;
}

size_t dd_words_fit(const char *s, int width, bool *cut)
{
	*cut = false;
	if (!s || width <= 0 || dd_term_width(s) <= width)
		return s ? strlen(s) : 0;
	*cut = true;
	/* the last space before the text passes width - 1 (room for the ellipsis) */
	const char *p = s, *end = NULL;
	int used = 0;
	while (*p) {
		uint32_t cp;
		size_t n = dd_utf8_next(p, &cp);
		int w = dd_cp_is_control(cp) || cp == 0xfffd ? 1 : dd_cp_width(cp);
		if (used + w > width - 1)
			break;
		if (*p == ' ' && p > s)
			end = p;
		used += w;
		p += n;
	}
	while (end && end > s && strchr(" ,;:-", end[-1]))
		end--;
	return end ? (size_t)(end - s) : 0;
}

int dd_term_put_words(FILE *fp, const char *s, int width, int pad)
{
	bool cut;
	size_t keep = dd_words_fit(s, width, &cut);
	/* one word longer than the room: cut inside it rather than show nothing */
	if (!cut || !keep)
		return dd_term_put(fp, s, cut ? width : 0, pad);
	char *head = strndup(s, keep);
	if (!head)
		return dd_term_put(fp, s, width, pad);
	int used = dd_term_put(fp, head, 0, 0);
	free(head);
	fputs_unlocked("\xe2\x80\xa6", fp);
	for (used++; used < pad; used++)
		putc_unlocked(' ', fp);
	return used;
}

void dd_html_put_breakable(FILE *fp, const char *s)
{
	/* a break opportunity after each separator, and nowhere else: a long
	 * path or Maven name wraps between its parts, never inside a word */
	for (const char *p = s; p && *p;) {
		size_t n = strcspn(p, "/!:@");
		if (p[n])
			n++;
		char *part = strndup(p, n);
		if (!part)
			return;
		dd_html_put(fp, part);
		free(part);
		p += n;
		if (*p && strchr("/!:@", p[-1]))
			fputs("<wbr>", fp);
	}
}

char *dd_uri_path(const char *path)
{
	static const char hex[] = "0123456789ABCDEF";
	dd_buf b = DD_BUF_INIT(16u << 20);
	if (!path)
		path = "";
	dd_buf_reserve(&b, strlen(path) + 1);
	for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
		unsigned char c = *p;
		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
		    strchr("-._~/!$&'()*+,;=@", c)) {
			if (dd_buf_putc(&b, (char)c))
				goto fail;
		} else {
			char e[3] = { '%', hex[c >> 4], hex[c & 15] };
			if (dd_buf_put(&b, e, 3))
				goto fail;
		}
	}
	/* a first segment with ':' would read as a scheme; we never keep ':' */
	if (!b.ptr && dd_buf_puts(&b, ""))
		goto fail;
	return dd_buf_detach(&b);
fail:
	dd_buf_free(&b);
	return NULL;
}

void dd_uuid5(const char *name, char out[37])
{
	/* drydock's own namespace UUID: 6f1c3a52-4d7e-4c1b-9a53-0d2f8e6b7c41 */
	static const unsigned char ns[16] = { 0x6f, 0x1c, 0x3a, 0x52, 0x4d, 0x7e, 0x4c, 0x1b,
					      0x9a, 0x53, 0x0d, 0x2f, 0x8e, 0x6b, 0x7c, 0x41 };
	unsigned char md[EVP_MAX_MD_SIZE];
	unsigned int mdlen = 0;
	EVP_MD_CTX *ctx = EVP_MD_CTX_new();
	memset(md, 0, sizeof(md));
	if (ctx && EVP_DigestInit_ex(ctx, EVP_sha1(), NULL) && EVP_DigestUpdate(ctx, ns, sizeof(ns)) &&
	    EVP_DigestUpdate(ctx, name, strlen(name)))
		EVP_DigestFinal_ex(ctx, md, &mdlen);
	EVP_MD_CTX_free(ctx);
	md[6] = (unsigned char)((md[6] & 0x0f) | 0x50);
	md[8] = (unsigned char)((md[8] & 0x3f) | 0x80);
	static const char hex[] = "0123456789abcdef";
	size_t o = 0;
	for (int i = 0; i < 16; i++) {
		if (i == 4 || i == 6 || i == 8 || i == 10)
			out[o++] = '-';
		out[o++] = hex[md[i] >> 4];
		out[o++] = hex[md[i] & 15];
	}
	out[o] = '\0';
}

double dd_severity_score(const dd_finding *f)
{
	/* GitHub buckets the number back into a level: keep the score only when
	 * it lands in our own severity's band, so both tell the same story */
	static const double lo[DD_SEV_COUNT] = { 0, 0.1, 4.0, 7.0, 9.0 };
	static const double hi[DD_SEV_COUNT] = { 0, 3.9, 6.9, 8.9, 10.0 };
	unsigned s = (unsigned)f->severity < DD_SEV_COUNT ? (unsigned)f->severity : 0;
	if (s && f->cvss_score >= lo[s] && f->cvss_score <= hi[s])
		return f->cvss_score;
	switch (f->severity) {
	case DD_SEV_CRITICAL: return 9.5;
	case DD_SEV_HIGH: return 8.0;
	case DD_SEV_MEDIUM: return 5.5;
	case DD_SEV_LOW: return 2.0;
	default: return 0.0;
	}
}

bool dd_plain_url(const char *s)
{
	if (!s || (strncmp(s, "https://", 8) && strncmp(s, "http://", 7)))
		return false;
	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		if (*p <= 0x20 || *p >= 0x7f || strchr("\"<>\\^`{|}", *p))
			return false;
	return strlen(s) < 2048;
}

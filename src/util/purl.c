/* Package URLs: building, parsing and matching (see purl.h). */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "util/buf.h"
#include "util/purl.h"

/* purl spec: unreserved characters stay; everything else is %XX. ':' is
 * allowed unencoded in most parts, but encoding it is always valid, except we
 * keep it in versions because every tool writes epochs as "1:2.3". */
static int put_enc(dd_buf *b, const char *s, const char *keep)
{
	static const char hex[] = "0123456789ABCDEF";
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
		    c == '.' || c == '-' || c == '_' || c == '~' || (keep && strchr(keep, c))) {
			if (dd_buf_putc(b, (char)c))
				return -1;
		} else {
			char e[3] = { '%', hex[c >> 4], hex[c & 15] };
			if (dd_buf_put(b, e, 3))
				return -1;
		}
	}
	return 0;
}

char *dd_purl_build(const char *type, const char *namespace_, const char *name,
	const char *version, const char *const *qualifiers)
{
	dd_buf b = DD_BUF_INIT(1 << 16);
	if (dd_buf_puts(&b, "pkg:") || dd_buf_puts(&b, type) || dd_buf_putc(&b, '/'))
		goto fail;
	if (namespace_ && *namespace_) {
		/* each segment encoded on its own; the '/' between segments stays */
		const char *seg = namespace_;
		while (*seg) {
			const char *end = strchr(seg, '/');
			size_t n = end ? (size_t)(end - seg) : strlen(seg);
			char *part = strndup(seg, n);
			if (!part || put_enc(&b, part, NULL)) {
				free(part);
				goto fail;
			}
			free(part);
			if (dd_buf_putc(&b, '/'))
				goto fail;
			seg += n;
			if (*seg == '/')
				seg++;
		}
	}
	if (put_enc(&b, name, NULL))
		goto fail;
	if (version && *version) {
		if (dd_buf_putc(&b, '@') || put_enc(&b, version, ":"))
			goto fail;
	}
	if (qualifiers) {
		/* sort keys lexically: a tiny insertion sort over at most a few pairs */
		size_t n = 0;
		while (qualifiers[2 * n])
			n++;
		size_t order[16];
		if (n > 16)
			n = 16;
		for (size_t i = 0; i < n; i++) {
			size_t j = i;
			while (j > 0 && strcmp(qualifiers[2 * order[j - 1]], qualifiers[2 * i]) > 0) {
				order[j] = order[j - 1];
				j--;
			}
			order[j] = i;
		}
		char sep = '?';
		for (size_t k = 0; k < n; k++) {
			const char *key = qualifiers[2 * order[k]], *val = qualifiers[2 * order[k] + 1];
			if (!val || !*val)
				continue;
			if (dd_buf_putc(&b, sep) || dd_buf_puts(&b, key) || dd_buf_putc(&b, '=') ||
			    put_enc(&b, val, ":"))
				goto fail;
			sep = '&';
		}
	}
	return dd_buf_detach(&b);
fail:
	dd_buf_free(&b);
	return NULL;
}

static size_t pct_decode(const char *s, size_t n, char *out, size_t cap)
{
	size_t o = 0;
	for (size_t i = 0; i < n && o + 1 < cap; i++) {
		if (s[i] == '%' && i + 2 < n && isxdigit((unsigned char)s[i + 1]) &&
		    isxdigit((unsigned char)s[i + 2])) {
			char h[3] = { s[i + 1], s[i + 2], 0 };
			out[o++] = (char)strtol(h, NULL, 16);
			i += 2;
		} else
			out[o++] = s[i];
	}
	out[o] = '\0';
	return o;
}

bool dd_purl_parse(const char *s, dd_purl_view *v)
{
	memset(v, 0, sizeof(*v));
	if (!s || strncmp(s, "pkg:", 4))
		return false;
	s += 4;
	while (*s == '/')
		s++;
	size_t end = strcspn(s, "#");
	size_t q = strcspn(s, "?#");
	if (q < end) {
		v->qual = s + q + 1;
		v->qual_len = end - q - 1;
	}
	/* the version is after the last '@' (names encode their own '@') */
	const char *at = NULL;
	for (const char *p = s; p < s + q; p++)
		if (*p == '@')
			at = p;
	size_t base_len = at ? (size_t)(at - s) : q;
	if (at) {
		v->has_version = true;
		pct_decode(at + 1, (size_t)(s + q - at - 1), v->version, sizeof(v->version));
	}
	pct_decode(s, base_len, v->base, sizeof(v->base));
	for (char *p = v->base; *p && *p != '/'; p++)
		*p = (char)tolower((unsigned char)*p);
	return strchr(v->base, '/') != NULL;
}

/* Value of qualifier key in a raw qualifier string, decoded into out. */
static bool qual_get(const char *q, size_t len, const char *key, char *out, size_t cap)
{
	size_t kl = strlen(key);
	const char *p = q, *end = q + len;
	while (p < end) {
		const char *amp = memchr(p, '&', (size_t)(end - p));
		const char *stop = amp ? amp : end;
		const char *eq = memchr(p, '=', (size_t)(stop - p));
		if (eq && (size_t)(eq - p) == kl && !strncasecmp(p, key, kl)) {
			pct_decode(eq + 1, (size_t)(stop - eq - 1), out, cap);
			return true;
		}
		p = stop + 1;
	}
	return false;
}

bool dd_purl_qualifier(const dd_purl_view *v, const char *key, char *out, size_t cap)
{
	if (cap)
		out[0] = '\0';
	return v->qual && cap && qual_get(v->qual, v->qual_len, key, out, cap);
}

bool dd_purl_matches(const char *want_s, const char *have_s)
{
	dd_purl_view want, have;
	if (!dd_purl_parse(want_s, &want) || !dd_purl_parse(have_s, &have))
		return false;
	if (strcmp(want.base, have.base))
		return false;
	if (want.has_version && (!have.has_version || strcmp(want.version, have.version)))
		return false;
	/* every qualifier the statement gives must hold for the package */
	const char *p = want.qual, *end = want.qual ? want.qual + want.qual_len : NULL;
	while (p && p < end) {
		const char *amp = memchr(p, '&', (size_t)(end - p));
		const char *stop = amp ? amp : end;
		const char *eq = memchr(p, '=', (size_t)(stop - p));
		if (eq) {
			char key[64], wv[512], hv[512];
			snprintf(key, sizeof(key), "%.*s", (int)(eq - p), p);
			pct_decode(eq + 1, (size_t)(stop - eq - 1), wv, sizeof(wv));
			if (!have.qual || !qual_get(have.qual, have.qual_len, key, hv, sizeof(hv)) || strcmp(wv, hv))
				return false;
		}
		p = stop + 1;
	}
	return true;
}

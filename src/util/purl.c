/* Package URL builder (see purl.h). */
#include <stdlib.h>
#include <string.h>

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

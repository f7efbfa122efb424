/* Shared helpers for the application package analyzers (see apppkg.h). */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "analyzers/apppkg.h"
#include "util/error.h"
#include "util/purl.h"
#include "util/str.h"

/* Printable text without control bytes: what a name, version or license is. */
static bool clean(const char *s, size_t n, size_t max)
{
	if (n == 0 || n > max)
		return false;
	for (size_t i = 0; i < n; i++) {
		unsigned char ch = (unsigned char)s[i];
		if (ch < 0x20 || ch == 0x7f)
			return false;
	}
	return true;
}

static void lower(char *s)
{
	for (; *s; s++)
		*s = (char)tolower((unsigned char)*s);
}

char *dd_app_purl(const char *type, const char *name, const char *version)
{
	char *ns = NULL, *nm = NULL, *out = NULL;
	const char *slash = NULL;
	bool lower_all = false;
	if (!strcmp(type, "npm")) {
		/* the scope is the namespace: pkg:npm/%40babel/core@7.0.0 */
		if (name[0] == '@')
			slash = strchr(name, '/');
	} else if (!strcmp(type, "golang")) {
		/* the module path up to its last element is the namespace; the
		 * spec asks for both in lower case */
		slash = strrchr(name, '/');
		lower_all = true;
	} else if (!strcmp(type, "composer")) {
		slash = strchr(name, '/');
		lower_all = true;
	}
	if (slash) {
		ns = strndup(name, (size_t)(slash - name));
		nm = strdup(slash + 1);
	} else {
		nm = strdup(name);
	}
	if (!nm || (slash && !ns))
		goto out;
	if (lower_all) {
		lower(nm);
		if (ns)
			lower(ns);
	}
	if (!strcmp(type, "pypi"))
		dd_pypi_normalize(nm);
	out = dd_purl_build(type, ns, nm, version, NULL);
out:
	free(ns);
	free(nm);
	return out;
}

void dd_pypi_normalize(char *name)
{
	char *w = name;
	bool sep = false;
	for (const char *r = name; *r; r++) {
		if (*r == '-' || *r == '_' || *r == '.') {
			sep = true;
			continue;
		}
		if (sep && w != name)
			*w++ = '-';
		sep = false;
		*w++ = (char)tolower((unsigned char)*r);
	}
	*w = '\0';
}

int dd_app_addn(dd_app_ctx *c, const char *type, const char *name, size_t name_len,
	const char *version, size_t version_len, const char *licenses, bool dev)
{
	if (!name || !version || !clean(name, name_len, DD_APP_NAME_MAX) ||
	    !clean(version, version_len, DD_APP_VERSION_MAX)) {
		c->skipped++;
		if (!c->noted_bad)
			dd_analysis_note(c->a, false, "a %s package with an empty, overlong or binary name or version was skipped", type);
		c->noted_bad = true;
		return 0;
	}
	int rc = 0;
	char *n = strndup(name, name_len), *v = strndup(version, version_len), *purl = NULL;
	if (!n || !v) {
		rc = dd_error_oom();
		goto out;
	}
	if (!strcmp(type, "pypi"))
		dd_pypi_normalize(n);
	if (!(purl = dd_app_purl(type, n, v))) {
		rc = dd_error_oom();
		goto out;
	}
	if (licenses && !clean(licenses, strlen(licenses), DD_APP_LICENSE_MAX))
		licenses = NULL;
	dd_package p = { .type = (char *)type, .name = n, .version = v, .purl = purl,
		.licenses = (char *)licenses, .dev = dev };
	if ((rc = dd_analysis_add_package(c->a, &p)) == 0)
		c->added++;
out:
	free(n);
	free(v);
	free(purl);
	return rc;
}

int dd_app_add(dd_app_ctx *c, const char *type, const char *name, const char *version,
	const char *licenses, bool dev)
{
	return dd_app_addn(c, type, name, name ? strlen(name) : 0, version, version ? strlen(version) : 0,
		licenses, dev);
}

int dd_app_json_load(json_t **out, const uint8_t *data, size_t len)
{
	json_error_t err;
	/* a UTF-8 byte order mark is common in files written on Windows (.NET) */
	if (len >= 3 && data[0] == 0xef && data[1] == 0xbb && data[2] == 0xbf) {
		data += 3;
		len -= 3;
	}
	*out = json_loadb((const char *)data, len, 0, &err);
	if (!*out)
		return dd_error_set(DD_EFORMAT, "not valid JSON (line %d: %.120s)", err.line, err.text);
	return 0;
}

const char *dd_app_json_str(const json_t *obj, const char *key)
{
	json_t *v = json_is_object(obj) ? json_object_get(obj, key) : NULL;
	return json_is_string(v) ? json_string_value(v) : NULL;
}

void dd_app_license_add(dd_buf *b, const char *lic, size_t len, const char *sep)
{
	while (len && (lic[0] == ' ' || lic[0] == '\t')) {
		lic++;
		len--;
	}
	while (len && (lic[len - 1] == ' ' || lic[len - 1] == '\t'))
		len--;
	if (!len || !clean(lic, len, DD_APP_LICENSE_MAX))
		return;
	/* duplicates: compare against each entry already in the list */
	size_t seplen = strlen(sep);
	const char *p = b->ptr, *end = b->ptr ? b->ptr + b->len : NULL;
	while (p && p < end) {
		const char *next = seplen ? strstr(p, sep) : NULL;
		size_t n = next ? (size_t)(next - p) : (size_t)(end - p);
		if (n == len && !memcmp(p, lic, len))
			return;
		p = next ? next + seplen : end;
	}
	size_t need = len + (b->len ? seplen : 0);
	if (b->len + need > DD_APP_LICENSE_MAX)
		return;
	if (b->len)
		dd_buf_puts(b, sep);
	dd_buf_put(b, lic, len);
}

static void license_value(const json_t *v, dd_buf *out)
{
	if (json_is_string(v))
		dd_app_license_add(out, json_string_value(v), strlen(json_string_value(v)), ", ");
	else if (json_is_object(v)) {
		const char *t = dd_app_json_str(v, "type");
		if (t)
			dd_app_license_add(out, t, strlen(t), ", ");
	}
}

static void license_field(const json_t *v, dd_buf *out)
{
	if (!json_is_array(v)) {
		license_value(v, out);
		return;
	}
	size_t i;
	json_t *e;
	json_array_foreach(v, i, e) {
		if (i >= 64)
			break;
		license_value(e, out);
	}
}

void dd_app_json_licenses(const json_t *obj, dd_buf *out)
{
	if (!json_is_object(obj))
		return;
	/* "license" should be one SPDX expression, but arrays and legacy
	 * {"type": ...} objects are common in both fields */
	license_field(json_object_get(obj, "license"), out);
	license_field(json_object_get(obj, "licenses"), out);
}

int dd_app_list_push(dd_app_list *l, const char *name, size_t name_len, const char *version,
	size_t version_len, const char *licenses, bool dev)
{
	if (l->n >= l->max) {
		l->overflow = true;
		return 0;
	}
	if (l->n == l->cap) {
		size_t cap = l->cap ? l->cap * 2 : 64;
		dd_app_entry *p = realloc(l->items, cap * sizeof(*p));
		if (!p)
			return dd_error_oom();
		l->items = p;
		l->cap = cap;
	}
	l->items[l->n++] = (dd_app_entry){ name, version, licenses, name_len, version_len, dev };
	return 0;
}

static int cmp_slice(const char *a, size_t an, const char *b, size_t bn)
{
	int c = memcmp(a, b, an < bn ? an : bn);
	return c ? c : (an < bn ? -1 : an > bn);
}

static int cmp_entry(const void *x, const void *y)
{
	const dd_app_entry *a = x, *b = y;
	int c = cmp_slice(a->name, a->name_len, b->name, b->name_len);
	return c ? c : cmp_slice(a->version, a->version_len, b->version, b->version_len);
}

int dd_app_list_flush(dd_app_list *l, dd_app_ctx *c, const char *type)
{
	int rc = 0;
	if (l->n)
		qsort(l->items, l->n, sizeof(*l->items), cmp_entry);
	for (size_t i = 0; i < l->n && !rc;) {
		dd_app_entry e = l->items[i];
		size_t j = i + 1;
		for (; j < l->n && !cmp_entry(&l->items[i], &l->items[j]); j++) {
			e.dev = e.dev && l->items[j].dev;
			if (!e.licenses)
				e.licenses = l->items[j].licenses;
		}
		rc = dd_app_addn(c, type, e.name, e.name_len, e.version, e.version_len, e.licenses, e.dev);
		i = j;
	}
	if (!rc && l->overflow)
		dd_analysis_note(c->a, true, "more than %zu packages in one file; the rest were not recorded", l->max);
	dd_app_list_free(l);
	return rc;
}

const char *dd_app_list_keep(dd_app_list *l, const char *s, size_t n)
{
	/* all n bytes: a decoded "\u0000" is data here, and strndup() would
	 * stop at it while the caller goes on reading n bytes */
	char *copy = malloc(n + 1);
	if (!copy)
		return NULL;
	memcpy(copy, s, n);
	copy[n] = '\0';
	if (dd_strv_push_owned(&l->owned, copy))
		return NULL;
	return copy;
}

void dd_app_list_free(dd_app_list *l)
{
	dd_strv_free(&l->owned);
	free(l->items);
	l->items = NULL;
	l->n = l->cap = 0;
}

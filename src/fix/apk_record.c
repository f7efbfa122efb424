/*
 * apk's text records (apk_internal.h): APKINDEX and lib/apk/db/installed are
 * both "X:value" lines, one package per block, blocks separated by an empty
 * line. The parser keeps, per record, the first value of each field drydock
 * needs and where the record lies in the original text, so that the DB
 * writer can copy untouched records byte for byte.
 */
#include <stdlib.h>
#include <string.h>

#include "fix/apk_internal.h"
#include "util/error.h"

static int field_index(char c)
{
	const char *p = c ? strchr(DD_APK_FIELDS, c) : NULL;
	return p ? (int)(p - DD_APK_FIELDS) : -1;
}

const char *dd_apk_get(const dd_apk_rec *r, char field)
{
	int i = field_index(field);
	return i < 0 ? NULL : r->f[i];
}

void dd_apk_records_free(dd_apk_records *r)
{
	free(r->text);
	free(r->v);
	*r = (dd_apk_records){ 0 };
}

int dd_apk_records_parse(dd_apk_records *out, const char *text, size_t len, size_t max_records, const char *what)
{
	*out = (dd_apk_records){ .orig = text };
	if (!(out->text = malloc(len + 1)))
		return dd_error_oom();
	memcpy(out->text, text, len);
	out->text[len] = '\0';
	size_t cap = 0;
	dd_apk_rec cur = { 0 };
	bool open = false;
	for (size_t pos = 0; pos <= len + 1;) {
		char *line = out->text + (pos < len ? pos : len);
		char *nl = pos < len ? memchr(line, '\n', len - pos) : NULL;
		size_t next = nl ? (size_t)(nl - out->text) + 1 : pos < len ? len : len + 2;
		if (nl)
			*nl = '\0';
		bool blank = pos >= len || !*line;
		if (blank && open) {
			if (out->n >= max_records) {
				dd_apk_records_free(out);
				return dd_error_set(DD_ELIMIT, "%s: more than %zu records; refusing it", what, max_records);
			}
			if (out->n == cap) {
				cap = cap ? cap * 2 : 256;
				dd_apk_rec *v = realloc(out->v, cap * sizeof(*v));
				if (!v) {
					dd_apk_records_free(out);
					return dd_error_oom();
				}
				out->v = v;
			}
			cur.end = pos < len ? pos : len;
			out->v[out->n++] = cur;
			open = false;
		} else if (!blank) {
			if (!open) {
				cur = (dd_apk_rec){ .start = pos };
				open = true;
			}
			if (line[0] && line[1] == ':') {
				int i = field_index(line[0]);
				if (i >= 0 && !cur.f[i])
					cur.f[i] = line + 2;
			}
		}
		pos = next;
	}
	return 0;
}

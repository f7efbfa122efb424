/*
 * Python analyzer: installed distributions, *.dist-info/METADATA (wheels,
 * pip), *.egg-info/PKG-INFO and *.egg-info files (setuptools), and
 * EGG-INFO/PKG-INFO inside unpacked eggs.
 *
 * The one idea: the metadata is an RFC 822 header block (core metadata
 * spec) and only the block before the first blank line matters; the rest is
 * the long description, often most of the file. The exception is the older
 * layout that put the description in a "Description:" header whose
 * continuation lines may be blank: there the headers go on after it
 * (Classifier lines often follow the description). Licenses come from
 * License-Expression (PEP 639), else a short License line that names a
 * license (not its full text, not "UNKNOWN"), else the trove classifiers'
 * "License :: ... :: NAME". Names are normalized per PEP 503 on the way out.
 */
#include <string.h>

#include "analyzers/analyzer.h"
#include "analyzers/apppkg.h"
#include "analyzers/python_dist.h"
#include "analyzers/textdb.h"
#include "util/error.h"
#include "util/str.h"

/* A License field longer than this is the license's text, not its name. */
#define LICENSE_NAME_MAX 120

static bool parent_is(const char *path, const char *base, const char *suffix, bool exact)
{
	if (base == path)
		return false;
	const char *s;
	size_t n = dd_path_component_before(path, base - 1, &s), k = strlen(suffix);
	if (exact)
		return n == k && !memcmp(s, suffix, k);
	return n > k && !memcmp(s + n - k, suffix, k);
}

static bool wants(const char *path, uint32_t mode, uint64_t size)
{
	(void)size;
	if (!dd_mode_is_regular(mode))
		return false;
	const char *base = dd_path_basename(path);
	if (!strcmp(base, "METADATA"))
		return parent_is(path, base, ".dist-info", false);
	if (!strcmp(base, "PKG-INFO"))
		return parent_is(path, base, ".egg-info", false) || parent_is(path, base, "EGG-INFO", true);
	return dd_ends_with(base, ".egg-info") && strlen(base) > 9;
}

typedef struct fields {
	dd_slice name, version, license, expression;
	bool license_multiline;
} fields;

/* The value of "License :: A :: B" classifiers: the last part. */
static void classifier_license(dd_slice v, dd_buf *out)
{
	if (v.n < 11 || memcmp(v.p, "License :: ", 11))
		return;
	const char *last = v.p + 11;
	for (const char *p = last; p + 4 <= v.p + v.n; p++)
		if (!memcmp(p, " :: ", 4))
			last = p + 4;
	size_t n = (size_t)(v.p + v.n - last);
	/* "License :: OSI Approved" alone says nothing about which license */
	if (n == 12 && !memcmp(last, "OSI Approved", 12))
		return;
	dd_app_license_add(out, last, n, ", ");
}

int dd_python_metadata_add(dd_analysis *a, const uint8_t *data, size_t len)
{
	const char *pos = (const char *)data, *end = pos + len;
	fields fl = { 0 };
	dd_buf classifiers = DD_BUF_INIT(DD_APP_LICENSE_MAX + 1), lic = DD_BUF_INIT(DD_APP_LICENSE_MAX + 1);
	dd_slice line, *last = NULL;
	bool description_header = false;
	int rc = 0;
	while (dd_textdb_next_line(&pos, end, &line)) {
		if (!line.n) {
			if (!description_header)
				break;   /* end of the header block */
			last = NULL;
			continue;
		}
		if (line.p[0] == ' ' || line.p[0] == '\t') {
			if (last == &fl.license)
				fl.license_multiline = true;
			continue;
		}
		last = NULL;
		const char *colon = memchr(line.p, ':', line.n);
		if (!colon)
			continue;
		dd_slice key = { line.p, (size_t)(colon - line.p) };
		dd_slice val = dd_textdb_trim((dd_slice){ colon + 1, line.n - key.n - 1 });
		if (dd_textdb_eq(key, "Name", true))
			fl.name = val;
		else if (dd_textdb_eq(key, "Version", true))
			fl.version = val;
		else if (dd_textdb_eq(key, "License", true)) {
			fl.license = val;
			last = &fl.license;
		} else if (dd_textdb_eq(key, "License-Expression", true))
			fl.expression = val;
		else if (dd_textdb_eq(key, "Classifier", true))
			classifier_license(val, &classifiers);
		else if (dd_textdb_eq(key, "Description", true))
			description_header = true;
	}
	if (!fl.name.n || !fl.version.n) {
		rc = dd_error_set(DD_EFORMAT, "Python metadata without Name and Version");
		goto out;
	}
	if (fl.expression.n)
		dd_app_license_add(&lic, fl.expression.p, fl.expression.n, ", ");
	else if (fl.license.n && !fl.license_multiline && fl.license.n <= LICENSE_NAME_MAX &&
		 !dd_textdb_eq(fl.license, "UNKNOWN", true))
		dd_app_license_add(&lic, fl.license.p, fl.license.n, ", ");
	else if (classifiers.len)
		dd_buf_put(&lic, classifiers.ptr, classifiers.len);
	dd_app_ctx c = dd_app_ctx_make(a);
	rc = dd_app_addn(&c, "pypi", fl.name.p, fl.name.n, fl.version.p, fl.version.n,
		lic.len ? lic.ptr : NULL, false);
out:
	dd_buf_free(&classifiers);
	dd_buf_free(&lic);
	return rc;
}

static int analyze(dd_analysis *a, const dd_file *f, const uint8_t *data, size_t len)
{
	(void)f;
	return dd_python_metadata_add(a, data, len);
}

const dd_analyzer dd_analyzer_python_dist = {
	.name = "python-dist",
	.version = 1,
	.scanners = DD_SCANNER_VULN,
	.max_size = 4u << 20,
	.note_oversize = true,
	.wants = wants,
	.analyze = analyze,
};

/*
 * Python egg analyzer: zipped eggs (*.egg files on sys.path, as
 * easy_install and old setuptools installed them). The package is described
 * by EGG-INFO/PKG-INFO inside the zip; the file itself is its location.
 *
 * The one idea: the zip is read as a stream (util/zip.h's local-header
 * walk, bounded memory) and reading stops at EGG-INFO/PKG-INFO, so a large
 * egg costs only the bytes up to its metadata, and never a buffer of its
 * size. A zip without that entry is not an egg we can name and says so.
 */
#include <stdlib.h>
#include <string.h>

#include "analyzers/analyzer.h"
#include "analyzers/python_dist.h"
#include "util/error.h"
#include "util/str.h"
#include "util/zip.h"

#define METADATA_MAX (4u << 20)

static bool wants(const char *path, uint32_t mode, uint64_t size)
{
	return dd_mode_is_regular(mode) && size > 0 && dd_ends_with(dd_path_basename(path), ".egg");
}

static int analyze_stream(dd_analysis *a, const dd_file *f, dd_reader *in)
{
	dd_zip *z = NULL;
	dd_zip_limits lim = DD_ZIP_LIMITS_INIT;
	const dd_zip_entry *e;
	char *meta = NULL;
	size_t len = 0;
	int rc;
	lim.max_total = 1ull << 30;
	lim.zlib = dd_analysis_options(a)->image.inflate == DD_INFLATE_ZLIB;
	if ((rc = dd_zip_open_stream(&z, in, &lim, f->path)) != 0)
		return rc;
	while ((rc = dd_zip_next(z, &e)) == 0) {
		if (!strcmp(e->name, "EGG-INFO/PKG-INFO")) {
			if ((rc = dd_zip_read_entry(z, METADATA_MAX, &meta, &len)) == 0)
				rc = dd_python_metadata_add(a, (const uint8_t *)meta, len);
			goto out;
		}
	}
	if (rc == DD_ITEROVER)
		rc = dd_error_set(DD_EFORMAT, "egg without EGG-INFO/PKG-INFO");
out:
	free(meta);
	dd_zip_free(z);
	return rc;
}

const dd_analyzer dd_analyzer_python_egg = {
	.name = "python-egg",
	.version = 1,
	.scanners = DD_SCANNER_VULN,
	/* from a buffer only when another streaming analyzer read the file first */
	.max_size = 64u << 20,
	.wants = wants,
	.analyze_stream = analyze_stream,
};

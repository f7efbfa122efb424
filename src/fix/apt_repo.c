/*
 * apt repository loading (apt_repo.h). Layout: URI/dists/SUITE/InRelease
 * and URI/dists/SUITE/COMPONENT/binary-ARCH/Packages.xz; a flat repository
 * ("SUITE/") has URI/SUITE/InRelease and URI/SUITE/Packages.xz.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fix/apt_release.h"
#include "fix/apt_repo.h"
#include "fix/apt_verify.h"
#include "image/stream.h"
#include "util/error.h"
#include "util/reader.h"

#define INRELEASE_MAX (32u << 20)
#define PACKAGES_FILE_MAX (256ull << 20)

static void base_url(const dd_apt_source *src, char *out, size_t cap)
{
	size_t n = strlen(src->suite);
	if (n && src->suite[n - 1] == '/')
		snprintf(out, cap, "%s/%.*s", src->uri, (int)(n - 1), src->suite);
	else
		snprintf(out, cap, "%s/dists/%s", src->uri, src->suite);
}

/* Decompresses a verified index file into memory, bounded. */
static int read_index(const char *path, dd_compression c, const char *what, char **text, size_t *len)
{
	dd_reader *raw = NULL, *dec = NULL;
	int rc = dd_reader_from_file(&raw, path, 0, UINT64_MAX);
	if (rc)
		return rc;
	dd_inflate_limits lim = { .max_output = DD_APT_INDEX_MAX_BYTES, .max_ratio = 1000 };
	if ((rc = dd_decompress_reader_new(&dec, raw, c, &lim, what)))
		return rc;
	rc = dd_reader_read_all(dec, (size_t)DD_APT_INDEX_MAX_BYTES, text, len);
	if (rc == DD_ELIMIT)
		rc = dd_error_set(DD_ELIMIT, "%s: over %llu MiB uncompressed (decompression bomb?)", what,
			(unsigned long long)(DD_APT_INDEX_MAX_BYTES >> 20));
	dd_reader_close(dec);
	return rc;
}

static int load_component(const dd_apt_source *src, unsigned origin, const char *comp, const char *release,
	size_t release_len, const dd_apt_repo_options *o, dd_apt_index *ix)
{
	/* gzip first when the suite has it: ISA-L inflates bookworm's 50 MB
	 * Packages about ten times faster than liblzma, for 3 MB more download */
	static const struct { const char *ext; dd_compression c; } kinds[] = {
		{ ".gz", DD_COMPRESSION_GZIP }, { ".xz", DD_COMPRESSION_XZ }, { "", DD_COMPRESSION_NONE },
	};
	char name[512], url[4700], path[4096], what[4800], base[4096];
	uint64_t size;
	char hex[65];
	int rc = DD_ENOTFOUND;
	size_t k;
	base_url(src, base, sizeof(base));
	for (k = 0; k < sizeof(kinds) / sizeof(kinds[0]); k++) {
		if (*comp)
			snprintf(name, sizeof(name), "%s/binary-%s/Packages%s", comp, o->arch, kinds[k].ext);
		else
			snprintf(name, sizeof(name), "Packages%s", kinds[k].ext);
		rc = dd_apt_release_lookup(release, release_len, name, &size, hex);
		if (rc != DD_ENOTFOUND)
			break;
	}
	if (rc == DD_ENOTFOUND) {
		dd_error_clear();
		return 0; /* the suite has no such component for this architecture (apt: a warning) */
	}
	if (rc)
		return dd_error_prefix(rc, "%s", src->where);
	snprintf(url, sizeof(url), "%s/%s", base, name);
	snprintf(path, sizeof(path), "%s/index-%u-%s", o->work_dir, origin, *comp ? comp : "flat");
	for (char *p = path + strlen(o->work_dir) + 1; *p; p++)
		if (*p == '/')
			*p = '_';
	snprintf(what, sizeof(what), "%s", url);
	if (size > PACKAGES_FILE_MAX)
		return dd_error_set(DD_ELIMIT, "%s: the Release file gives it %llu bytes, over the %llu MiB cap", url,
			(unsigned long long)size, PACKAGES_FILE_MAX >> 20);
	if ((rc = dd_apt_repo_fetch(o->ctx, url, path, size, o->allow_file)))
		return rc;
	char *text = NULL;
	size_t len = 0;
	if (!(rc = dd_apt_file_verify(path, size, hex, what)))
		rc = read_index(path, kinds[k].c, what, &text, &len);
	unlink(path);
	if (rc)
		return rc;
	return dd_apt_index_add(ix, text, len, origin, o->arch, what);
}

static int load_source(const dd_apt_source *src, unsigned origin, const dd_apt_repo_options *o, dd_apt_index *ix)
{
	char base[4096], url[4200], path[4096];
	char **rings = NULL, *text = NULL;
	size_t n_rings = 0, len = 0;
	int rc;
	base_url(src, base, sizeof(base));
	snprintf(url, sizeof(url), "%s/InRelease", base);
	snprintf(path, sizeof(path), "%s/InRelease-%u", o->work_dir, origin);
	rc = dd_apt_repo_fetch(o->ctx, url, path, INRELEASE_MAX, o->allow_file);
	if (rc)
		return dd_error_prefix(rc, "%s (drydock reads signed InRelease files, not Release + Release.gpg)", src->where);
	if ((rc = dd_apt_keyrings_write(o->keyfiles, o->n_keyfiles, src->signed_by, o->work_dir, origin, src->where, &rings,
		     &n_rings)))
		goto cleanup;
	char what[4400];
	snprintf(what, sizeof(what), "%s (%s)", url, src->where);
	if ((rc = dd_apt_inrelease_verify(o->gpgv, path, rings, n_rings, o->work_dir, what, &text, &len)) ||
	    (rc = dd_apt_release_check_date(text, len, o->now, what)))
		goto cleanup;
	if (!src->n_components)
		rc = load_component(src, origin, "", text, len, o, ix);
	for (size_t i = 0; !rc && i < src->n_components; i++)
		rc = load_component(src, origin, src->components[i], text, len, o, ix);
cleanup:
	unlink(path);
	for (size_t i = 0; i < n_rings; i++)
		unlink(rings[i]);
	dd_apt_keyrings_free(rings, n_rings);
	free(text);
	return rc;
}

int dd_apt_repo_load(const dd_apt_sources *s, const dd_apt_repo_options *o, dd_apt_index *ix)
{
	int rc = 0;
	if (!s->n)
		return dd_error_set(DD_EINVAL, "no apt sources (etc/apt/sources.list[.d] has no enabled 'deb' entry); give --sources");
	for (size_t i = 0; i < s->n && !rc; i++)
		rc = load_source(&s->v[i], (unsigned)i, o, ix);
	if (!rc)
		dd_apt_index_finish(ix);
	return rc;
}

int dd_apt_repo_url(const dd_apt_sources *s, unsigned origin, dd_span filename, char **out)
{
	if (origin >= s->n)
		return dd_error_set(DD_EINVAL, "package origin %u out of range", origin);
	/* a Filename climbing out of the repository is refused */
	if (!filename.n || filename.p[0] == '/' || memmem(filename.p, filename.n, "..", 2))
		return dd_error_set(DD_EFORMAT, "index Filename '%.*s' is not a path inside the repository",
			(int)(filename.n > 200 ? 200 : filename.n), filename.p);
	/* a flat repository's Filename is relative to its directory, a
	 * dists/ repository's to the URI */
	const dd_apt_source *src = &s->v[origin];
	size_t sl = strlen(src->suite);
	bool flat = sl && src->suite[sl - 1] == '/';
	if (asprintf(out, "%s/%.*s%.*s", src->uri, flat ? (int)sl : 0, src->suite, (int)filename.n, filename.p) < 0) {
		*out = NULL;
		return dd_error_oom();
	}
	return 0;
}

int dd_apt_repo_fetch(const dd_fix_ctx *ctx, const char *url, const char *dest, uint64_t max, bool allow_file)
{
	/* apt writes local repositories as file:/path (or file:///path) */
	if (!strncmp(url, "file:", 5)) {
		const char *path = url + 5;
		while (path[0] == '/' && path[1] == '/')
			path++;
		if (!allow_file)
			return dd_error_set(DD_EINVAL, "%s: a file: URI in the image's own sources names the image's "
				"filesystem, not this host's; give --sources", url);
		return dd_fix_fetch_signed(ctx, path, dest, max, true);
	}
	return dd_fix_fetch_signed(ctx, url, dest, max, false);
}

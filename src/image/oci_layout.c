/*
 * OCI image layouts, as a directory (oci:DIR[:TAG]) or as a tar of one
 * (oci-archive:FILE[:TAG]). Both read index.json and blobs/<alg>/<hex>; they
 * differ only in how a file is read, so one backend serves both with a tiny
 * "open this file" switch. Digests are validated before they become paths,
 * so a hostile index.json cannot point outside blobs/.
 */
#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "image/archive.h"
#include "image/image.h"
#include "image/source.h"
#include "util/error.h"
#include "util/str.h"

typedef struct oci_source {
	dd_source base;
	char *location;       /* directory or archive file */
	char *tag;            /* org.opencontainers.image.ref.name, or NULL */
	dd_archive *archive;  /* oci-archive only */
} oci_source;

/* Splits "PATH[:TAG]": the whole string when it names an existing file or
 * directory, else at the last ':' (tags cannot contain '/'). */
int dd_split_path_tag(const char *locator, char **path, char **tag)
{
	struct stat st;
	*tag = NULL;
	const char *colon = strrchr(locator, ':');
	if (stat(locator, &st) == 0 || !colon || strchr(colon, '/')) {
		*path = strdup(locator);
		return *path ? 0 : dd_error_oom();
	}
	*path = strndup(locator, (size_t)(colon - locator));
	*tag = strdup(colon + 1);
	if (!*path || !*tag) {
		/* the caller frees what *path and *tag hold on failure too */
		free(*path);
		free(*tag);
		*path = *tag = NULL;
		return dd_error_oom();
	}
	return 0;
}

static int blob_name(const char *digest, char *out, size_t outlen)
{
	if (!dd_digest_valid(digest))
		return dd_error_set(DD_EFORMAT, "invalid digest '%.100s'", digest);
	const char *colon = strchr(digest, ':');
	snprintf(out, outlen, "blobs/%.*s/%s", (int)(colon - digest), digest, colon + 1);
	return 0;
}

static int read_member(oci_source *s, const char *name, size_t max, char **data, size_t *len)
{
	if (s->archive)
		return dd_archive_read(s->archive, name, max, data, len);
	char *path = dd_asprintf("%s/%s", s->location, name);
	if (!path)
		return dd_error_oom();
	struct stat st;
	if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
		int rc = dd_error_set(DD_EFORMAT, "%s is a directory, not a file; not a valid OCI layout", path);
		free(path);
		return rc;
	}
	dd_reader *r;
	int rc = dd_reader_from_file(&r, path, 0, UINT64_MAX);
	free(path);
	if (rc)
		return rc;
	rc = dd_reader_read_all(r, max, data, len);
	dd_reader_close(r);
	return rc;
}

static int open_member(oci_source *s, const char *name, dd_reader **out)
{
	if (s->archive)
		return dd_archive_open_member(s->archive, name, out, NULL);
	char *path = dd_asprintf("%s/%s", s->location, name);
	if (!path)
		return dd_error_oom();
	int rc = dd_reader_from_file(out, path, 0, UINT64_MAX);
	free(path);
	return rc;
}

static void oci_close(dd_source *base)
{
	oci_source *s = (oci_source *)base;
	if (!s)
		return;
	dd_archive_free(s->archive);
	free(s->location);
	free(s->tag);
	free(s);
}

static int oci_open_common(dd_source **out, const char *locator, bool archive, const dd_image_options *opts,
	const dd_source_ops *ops)
{
	int rc;
	oci_source *s = calloc(1, sizeof(*s));
	if (!s)
		return dd_error_oom();
	s->base.ops = ops;
	if ((rc = dd_split_path_tag(locator, &s->location, &s->tag)) != 0)
		goto fail;
	struct stat st;
	if (stat(s->location, &st) != 0) {
		rc = dd_error_set(DD_ENOTFOUND, "%s: %s", s->location, strerror(errno));
		goto fail;
	}
	if (archive) {
		if ((rc = dd_archive_open(&s->archive, s->location, opts->inflate == DD_INFLATE_ZLIB)) != 0)
			goto fail;
	} else if (!S_ISDIR(st.st_mode)) {
		rc = dd_error_set(DD_EINVAL, "%s is not a directory; use oci-archive: for a tar of an OCI layout", s->location);
		goto fail;
	}
	*out = &s->base;
	return 0;
fail:
	oci_close(&s->base);
	return rc;
}

static int oci_dir_open(dd_source **out, const char *locator, const dd_image_options *opts)
{
	return oci_open_common(out, locator, false, opts, &dd_source_oci_layout);
}

static int oci_archive_open(dd_source **out, const char *locator, const dd_image_options *opts)
{
	return oci_open_common(out, locator, true, opts, &dd_source_oci_archive);
}

static const char *ref_name(json_t *m)
{
	return json_string_value(json_object_get(json_object_get(m, "annotations"), "org.opencontainers.image.ref.name"));
}

/* How many different tags index.json names (a multi-arch layout may tag
 * each platform's entry alike: that is one image, not a choice). */
static size_t distinct_tags(json_t *manifests)
{
	size_t n = 0, i, j;
	json_t *m;
	json_array_foreach(manifests, i, m) {
		const char *t = ref_name(m);
		bool seen = false;
		for (j = 0; t && !seen && j < i; j++) {
			const char *u = ref_name(json_array_get(manifests, j));
			seen = u && !strcmp(t, u);
		}
		n += t && !seen;
	}
	return n;
}

/* "3.10, 3.11, edge" into out (cap >= 4), cut with "..." when it does not
 * fit. Tags are image bytes; the error line is sanitized where it is set. */
static void list_tags(json_t *manifests, char *out, size_t cap)
{
	size_t o = 0, i;
	json_t *m;
	out[0] = '\0';
	json_array_foreach(manifests, i, m) {
		const char *t = ref_name(m);
		if (!t)
			continue;
		int n = snprintf(out + o, cap - o, "%s%.100s", o ? ", " : "", t);
		if (n < 0 || (size_t)n >= cap - o) {
			memcpy(out + (o + 4 <= cap ? o : cap - 4), "...", 4);
			return;
		}
		o += (size_t)n;
	}
}

static int oci_get_manifest(dd_source *base, const char *digest, char **data, size_t *len, char **media_type)
{
	oci_source *s = (oci_source *)base;
	char name[200];
	int rc;
	*media_type = NULL;
	if (digest) {
		if ((rc = blob_name(digest, name, sizeof(name))) != 0)
			return rc;
		return read_member(s, name, DD_MANIFEST_MAX, data, len);
	}
	/* the reference names index.json's entry with the tag, or its only entry */
	char *idx = NULL;
	size_t idxlen = 0;
	if ((rc = read_member(s, "index.json", DD_MANIFEST_MAX, &idx, &idxlen)) != 0)
		return dd_error_prefix(rc, "%s: unable to read index.json", s->location);
	json_error_t jerr;
	json_t *root = json_loadb(idx, idxlen, 0, &jerr);
	json_t *manifests = root ? json_object_get(root, "manifests") : NULL;
	if (!root || !json_is_object(root)) {
		rc = dd_error_set(DD_EFORMAT, "%s: invalid index.json (%s)", s->location, root ? "not an object" : jerr.text);
		goto out;
	}
	if (!json_is_array(manifests) || json_array_size(manifests) == 0) {
		rc = dd_error_set(DD_EFORMAT, "%s: no valid manifest in index.json", s->location);
		goto out;
	}
	json_t *pick = NULL;
	size_t i, n_tagged = 0;
	json_t *m;
	json_array_foreach(manifests, i, m) {
		const char *ref = ref_name(m);
		if (ref)
			n_tagged++;
		if (s->tag && ref && strcmp(ref, s->tag) == 0)
			pick = m;
	}
	if (s->tag && !pick) {
		rc = dd_error_set(DD_ENOTFOUND, "%s: invalid OCI image ref: no image tagged '%s' in index.json",
			s->location, s->tag);
		goto out;
	}
	if (!pick && n_tagged > 1 && distinct_tags(manifests) > 1) {
		/* several tagged images and no tag: picking one by platform
		 * would scan an arbitrary image; name the choices instead */
		char tags[600];
		list_tags(manifests, tags, sizeof(tags));
		rc = dd_error_set(DD_EINVAL, "%s holds %zu tagged images; name one as %s:%s:TAG (tags: %s)", s->location,
			n_tagged, s->archive ? "oci-archive" : "oci", s->location, tags);
		goto out;
	}
	if (!pick) {
		if (json_array_size(manifests) == 1)
			pick = json_array_get(manifests, 0);
		else {
			/* several entries: hand back index.json itself so the platform
			 * selection picks one (a multi-arch layout) */
			*data = idx;
			*len = idxlen;
			*media_type = strdup("application/vnd.oci.image.index.v1+json");
			idx = NULL;
			rc = 0;
			goto out;
		}
	}
	const char *d = json_string_value(json_object_get(pick, "digest"));
	const char *mt = json_string_value(json_object_get(pick, "mediaType"));
	if (!d || (rc = blob_name(d, name, sizeof(name))) != 0) {
		rc = dd_error_set(DD_EFORMAT, "%s: index.json entry without a valid digest", s->location);
		goto out;
	}
	if (mt && !dd_media_type_is_manifest(mt) && !dd_media_type_is_index(mt)) {
		rc = dd_error_set(DD_EFORMAT, "%s: invalid OCI image: index.json entry has media type '%.100s'", s->location, mt);
		goto out;
	}
	if ((rc = read_member(s, name, DD_MANIFEST_MAX, data, len)) != 0) {
		rc = dd_error_prefix(rc, "%s: manifest %s", s->location, d);
		goto out;
	}
	if (!dd_sha256_matches(*data, *len, d)) {
		free(*data);
		*data = NULL;
		rc = dd_error_set(DD_EDIGEST, "%s: manifest blob does not match its digest %s", s->location, d);
		goto out;
	}
	*media_type = mt ? strdup(mt) : NULL;
out:
	json_decref(root);
	free(idx);
	return rc;
}

static int oci_open_blob(dd_source *base, const dd_descriptor *d, dd_reader **out)
{
	oci_source *s = (oci_source *)base;
	char name[200];
	int rc = blob_name(d->digest, name, sizeof(name));
	if (rc)
		return rc;
	rc = open_member(s, name, out);
	/* only an absent blob is "missing"; an unreadable one (permissions,
	 * I/O) says why: another fix entirely */
	if (rc)
		return dd_error_prefix(rc, "%s: blob %s %s", s->location, d->digest,
			rc == DD_ENOTFOUND ? "missing" : "unreadable");
	return 0;
}

static const char *oci_repository(dd_source *base)
{
	(void)base;
	return NULL;
}

const dd_source_ops dd_source_oci_layout = {
	.transport = "oci",
	.open = oci_dir_open,
	.get_manifest = oci_get_manifest,
	.open_blob = oci_open_blob,
	.repository = oci_repository,
	.close = oci_close,
};

const dd_source_ops dd_source_oci_archive = {
	.transport = "oci-archive",
	.open = oci_archive_open,
	.get_manifest = oci_get_manifest,
	.open_blob = oci_open_blob,
	.repository = oci_repository,
	.close = oci_close,
};

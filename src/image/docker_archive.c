/*
 * `docker save` archives (docker-archive:FILE[:NAME:TAG]). Their manifest.json
 * lists, per image, a config file and layer tar files; there is no
 * distribution manifest, so we describe the image as a Docker schema-2
 * manifest whose layer digests are unknown and verify each layer's
 * uncompressed bytes against the config's diff_ids instead. That stand-in
 * manifest exists nowhere but here: the image has no manifest digest
 * (dd_image leaves it unset; the config digest is the image ID), while the
 * sizes in it are the real sizes of the files in the archive.
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "image/archive.h"
#include "image/image.h"
#include "image/registry.h"
#include "image/source.h"
#include "image/tar.h"
#include "util/error.h"
#include "util/str.h"

typedef struct docker_source {
	dd_source base;
	char *file;
	char *want;             /* NAME:TAG, or NULL for the only image */
	dd_archive *archive;
	json_t *entry;          /* the chosen manifest.json entry */
	char *config_name;
	char *config_digest;
	char **layer_names;
	size_t n_layers;
	char *repository;       /* from RepoTags, as a registry reference names it */
} docker_source;

static void docker_close(dd_source *base)
{
	docker_source *s = (docker_source *)base;
	if (!s)
		return;
	dd_archive_free(s->archive);
	json_decref(s->entry);
	free(s->file);
	free(s->want);
	free(s->config_name);
	free(s->config_digest);
	free(s->repository);
	for (size_t i = 0; i < s->n_layers; i++)
		free(s->layer_names[i]);
	free(s->layer_names);
	free(s);
}

/* The RepoTags entry equal to want, or NULL. */
static const char *tag_match(json_t *entry, const char *want)
{
	json_t *tags = json_object_get(entry, "RepoTags"), *t;
	size_t i;
	json_array_foreach(tags, i, t) {
		const char *tag = json_string_value(t);
		if (!tag)
			continue;
		if (!strcmp(tag, want))
			return tag;
		/* "alpine:3.11" also matches "docker.io/library/alpine:3.11" */
		if (dd_starts_with(tag, "docker.io/library/") && !strcmp(tag + 18, want))
			return tag;
	}
	return NULL;
}

/* "alpine:3.11" -> "library/alpine", as for a registry reference, so that
 * whitelist 'repositories' globs apply to saved images alike. */
static char *repository_of(const char *tag)
{
	dd_registry_ref ref;
	if (!tag || dd_registry_ref_parse(&ref, tag) != 0)
		return NULL;
	char *repo = ref.repository;
	ref.repository = NULL;
	dd_registry_ref_clear(&ref);
	return repo;
}

static char *member_name(const char *s)
{
	char *n = s ? strdup(s) : NULL;
	if (n && dd_tar_normalize_path(n) != 0) {
		free(n);
		return NULL;
	}
	return n;
}

static int docker_open(dd_source **out, const char *locator, const dd_image_options *opts)
{
	int rc;
	char *manifest = NULL;
	size_t len = 0;
	json_t *root = NULL;
	docker_source *s = calloc(1, sizeof(*s));
	if (!s)
		return dd_error_oom();
	s->base.ops = &dd_source_docker_archive;
	/* FILE[:NAME:TAG]: the file is what exists; the rest names an image */
	if ((rc = dd_split_path_tag(locator, &s->file, &s->want)) != 0)
		goto fail;
	if (s->want) {
		/* the split took only ":TAG"; NAME may hold its own ':' (a port): retry from the first ':' */
		char *colon = strchr(locator, ':');
		free(s->file);
		free(s->want);
		s->file = strndup(locator, (size_t)(colon - locator));
		s->want = strdup(colon + 1);
		if (!s->file || !s->want) {
			rc = dd_error_oom();
			goto fail;
		}
	}
	if ((rc = dd_archive_open(&s->archive, s->file, opts->inflate == DD_INFLATE_ZLIB)) != 0)
		goto fail;
	if ((rc = dd_archive_read(s->archive, "manifest.json", DD_MANIFEST_MAX, &manifest, &len)) != 0) {
		rc = dd_error_prefix(rc, "%s: not a docker save archive (manifest.json missing)", s->file);
		goto fail;
	}
	json_error_t jerr;
	root = json_loadb(manifest, len, 0, &jerr);
	if (!json_is_array(root) || json_array_size(root) == 0) {
		rc = dd_error_set(DD_EFORMAT, "%s: manifest.json is not a non-empty array (%s)", s->file, root ? "wrong shape" : jerr.text);
		goto fail;
	}
	json_t *pick = NULL, *e;
	const char *picked_tag = NULL;
	size_t i;
	if (s->want) {
		json_array_foreach(root, i, e) {
			const char *t = tag_match(e, s->want);
			if (t) {
				pick = e;
				picked_tag = t;
			}
		}
		if (!pick && s->want[0] == '@') {
			char *end;
			unsigned long idx = strtoul(s->want + 1, &end, 10);
			if (!*end && idx < json_array_size(root))
				pick = json_array_get(root, idx);
		}
		if (!pick) {
			rc = dd_error_set(DD_ENOTFOUND, "%s: no image tagged '%s' in the archive", s->file, s->want);
			goto fail;
		}
	} else if (json_array_size(root) == 1) {
		pick = json_array_get(root, 0);
	} else {
		rc = dd_error_set(DD_EINVAL, "%s holds %zu images; name one as docker-archive:%s:NAME:TAG or :@INDEX",
			s->file, json_array_size(root), s->file);
		goto fail;
	}
	s->entry = json_incref(pick);
	if (!picked_tag)
		picked_tag = json_string_value(json_array_get(json_object_get(pick, "RepoTags"), 0));
	s->repository = repository_of(picked_tag);
	s->config_name = member_name(json_string_value(json_object_get(pick, "Config")));
	json_t *layers = json_object_get(pick, "Layers");
	if (!s->config_name || !json_is_array(layers)) {
		rc = dd_error_set(DD_EFORMAT, "%s: manifest.json entry lacks Config or Layers", s->file);
		goto fail;
	}
	s->n_layers = json_array_size(layers);
	if (s->n_layers > 1000 || !(s->layer_names = calloc(s->n_layers + 1, sizeof(char *)))) {
		rc = s->n_layers > 1000 ? dd_error_set(DD_ELIMIT, "%s: too many layers", s->file) : dd_error_oom();
		goto fail;
	}
	for (i = 0; i < s->n_layers; i++)
		if (!(s->layer_names[i] = member_name(json_string_value(json_array_get(layers, i))))) {
			rc = dd_error_set(DD_EFORMAT, "%s: layer %zu has an invalid file name", s->file, i);
			goto fail;
		}
	/* the image ID is the config's digest: hash it once here */
	char *config = NULL;
	size_t clen = 0;
	if ((rc = dd_archive_read(s->archive, s->config_name, DD_CONFIG_MAX, &config, &clen)) != 0)
		goto fail;
	char d[72];
	dd_sha256_digest(config, clen, d);
	free(config);
	if (!(s->config_digest = strdup(d))) {
		rc = dd_error_oom();
		goto fail;
	}
	json_decref(root);
	free(manifest);
	*out = &s->base;
	return 0;
fail:
	json_decref(root);
	free(manifest);
	docker_close(&s->base);
	return rc;
}

/* Layer descriptors carry a pseudo digest "sha256:<index>"-free form: the
 * member name is looked up by position, encoded in the digest we hand out. */
static int docker_get_manifest(dd_source *base, const char *digest, char **data, size_t *len, char **media_type)
{
	docker_source *s = (docker_source *)base;
	if (digest)
		return dd_error_set(DD_ENOTFOUND, "%s: docker archives hold a single manifest", s->file);
	uint64_t size = 0;
	int rc = dd_archive_member_size(s->archive, s->config_name, &size);
	if (rc)
		return rc;
	json_t *m = json_pack("{s:i, s:s, s:{s:s, s:s, s:I}}", "schemaVersion", 2,
		"mediaType", "application/vnd.docker.distribution.manifest.v2+json",
		"config", "mediaType", "application/vnd.docker.container.image.v1+json",
		"digest", s->config_digest, "size", (json_int_t)size);
	json_t *layers = json_array();
	if (!m || !layers) {
		json_decref(m);
		json_decref(layers);
		return dd_error_oom();
	}
	for (size_t i = 0; i < s->n_layers; i++) {
		/* a stand-in digest naming the position; dd_image replaces layer
		 * digests with diff_ids for this transport */
		char d[72];
		snprintf(d, sizeof(d), "sha256:%064zx", i);
		if ((rc = dd_archive_member_size(s->archive, s->layer_names[i], &size)) != 0) {
			json_decref(m);
			json_decref(layers);
			return dd_error_prefix(rc, "%s: layer %zu", s->file, i);
		}
		json_array_append_new(layers, json_pack("{s:s, s:s, s:I}", "mediaType",
			"application/vnd.docker.image.rootfs.diff.tar", "digest", d, "size", (json_int_t)size));
	}
	json_object_set_new(m, "layers", layers);
	*data = json_dumps(m, JSON_COMPACT);
	json_decref(m);
	if (!*data)
		return dd_error_oom();
	*len = strlen(*data);
	*media_type = strdup("application/vnd.docker.distribution.manifest.v2+json");
	return 0;
}

/* The layer's position, recovered from the stand-in digest; -1 if none. */
static size_t layer_index(const docker_source *s, const dd_descriptor *d)
{
	for (size_t i = 0; i < s->n_layers; i++) {
		char stand_in[72];
		snprintf(stand_in, sizeof(stand_in), "sha256:%064zx", i);
		if (d->digest && !strcmp(d->digest, stand_in))
			return i;
	}
	return (size_t)-1;
}

static const char *docker_blob_name(dd_source *base, const dd_descriptor *d)
{
	docker_source *s = (docker_source *)base;
	size_t idx = layer_index(s, d);
	return idx == (size_t)-1 ? NULL : s->layer_names[idx];
}

static int docker_open_blob(dd_source *base, const dd_descriptor *d, dd_reader **out)
{
	docker_source *s = (docker_source *)base;
	if (d->digest && !strcmp(d->digest, s->config_digest))
		return dd_archive_open_member(s->archive, s->config_name, out, NULL);
	size_t idx = layer_index(s, d);
	if (idx == (size_t)-1)
		return dd_error_set(DD_ENOTFOUND, "%s: no blob %s", s->file, d->digest ? d->digest : "(null)");
	return dd_archive_open_member(s->archive, s->layer_names[idx], out, NULL);
}

static const char *docker_repository(dd_source *base)
{
	return ((docker_source *)base)->repository;
}

const dd_source_ops dd_source_docker_archive = {
	.transport = "docker-archive",
	.open = docker_open,
	.get_manifest = docker_get_manifest,
	.open_blob = docker_open_blob,
	.blob_name = docker_blob_name,
	.repository = docker_repository,
	.close = docker_close,
};

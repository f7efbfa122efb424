/*
 * Resolving a reference to one image (see image.h): pick the source backend
 * from the transport prefix, fetch the manifest, walk an index down to the
 * requested platform, fetch and verify the config, and describe the layers.
 */
#include <jansson.h>
#include <openssl/evp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "image/image.h"
#include "util/buf.h"
#include "util/error.h"
#include "util/str.h"

#define MAX_LAYERS 1000
#define MAX_INDEX_DEPTH 4

static const struct {
	const char *prefix;
	const dd_source_ops *ops;
} transports[] = {
	{ "oci-archive:", &dd_source_oci_archive },
	{ "oci:", &dd_source_oci_layout },
	{ "docker-archive:", &dd_source_docker_archive },
};

void dd_descriptor_clear(dd_descriptor *d)
{
	free(d->media_type);
	free(d->digest);
	free(d->platform_os);
	free(d->platform_arch);
	free(d->platform_variant);
	memset(d, 0, sizeof(*d));
}

bool dd_digest_valid(const char *d)
{
	if (!d || strncmp(d, "sha256:", 7) != 0 || strlen(d) != 71)
		return false;
	for (const char *p = d + 7; *p; p++)
		if (!((*p >= '0' && *p <= '9') || (*p >= 'a' && *p <= 'f')))
			return false;
	return true;
}

void dd_sha256_digest(const void *data, size_t len, char out[72])
{
	unsigned char md[32];
	unsigned n = 0;
	EVP_Digest(data, len, md, &n, EVP_sha256(), NULL);
	dd_sha256_name(md, out);
}

void dd_sha256_name(const unsigned char md[32], char out[72])
{
	static const char hex[] = "0123456789abcdef";
	memcpy(out, "sha256:", 7);
	for (unsigned i = 0; i < 32; i++) {
		out[7 + 2 * i] = hex[md[i] >> 4];
		out[8 + 2 * i] = hex[md[i] & 15];
	}
	out[71] = '\0';
}

bool dd_sha256_matches(const void *data, size_t len, const char *digest)
{
	char got[72];
	if (!dd_digest_valid(digest))
		return false;
	dd_sha256_digest(data, len, got);
	return strcmp(got, digest) == 0;
}

bool dd_media_type_is_manifest(const char *mt)
{
	return mt && (!strcmp(mt, "application/vnd.oci.image.manifest.v1+json") ||
		!strcmp(mt, "application/vnd.docker.distribution.manifest.v2+json"));
}

bool dd_media_type_is_index(const char *mt)
{
	return mt && (!strcmp(mt, "application/vnd.oci.image.index.v1+json") ||
		!strcmp(mt, "application/vnd.docker.distribution.manifest.list.v2+json"));
}

static bool media_type_schema1(const char *mt)
{
	return mt && (strstr(mt, "manifest.v1+json") || strstr(mt, "manifest.v1+prettyjws")) &&
		strstr(mt, "docker");
}

void dd_image_free(dd_image *img)
{
	if (!img)
		return;
	if (img->source)
		img->source->ops->close(img->source);
	free(img->ref);
	free(img->transport);
	free(img->rootfs_dir);
	free(img->repository);
	free(img->manifest_digest);
	free(img->config_digest);
	free(img->config_raw);
	json_decref(img->config);
	for (size_t i = 0; i < img->n_layers; i++) {
		dd_descriptor_clear(&img->layers[i]);
		if (img->diff_ids)
			free(img->diff_ids[i]);
	}
	free(img->layers);
	free(img->diff_ids);
	dd_strv_free(&img->notes);
	free(img->os);
	free(img->arch);
	free(img->variant);
	free(img->manifest_raw);
	free(img->manifest_media_type);
	free(img);
}

static int parse_platform(const char *platform, char **os, char **arch, char **variant)
{
	*os = *arch = *variant = NULL;
	const char *p = platform && *platform ? platform : "linux/amd64";
	const char *s1 = strchr(p, '/');
	if (!s1)
		return dd_error_set(DD_EINVAL, "--platform '%s': expected OS/ARCH[/VARIANT]", p);
	const char *s2 = strchr(s1 + 1, '/');
	*os = strndup(p, (size_t)(s1 - p));
	*arch = s2 ? strndup(s1 + 1, (size_t)(s2 - s1 - 1)) : strdup(s1 + 1);
	*variant = s2 ? strdup(s2 + 1) : NULL;
	if (!*os || !*arch || (s2 && !*variant))
		return dd_error_oom();
	return 0;
}

/* arm64 images usually say variant "v8" or nothing; treat them as equal. */
static bool variant_matches(const char *arch, const char *want, const char *have)
{
	if (!want || !*want)
		return true;
	if (!have || !*have)
		return !strcmp(arch, "arm64") && !strcmp(want, "v8");
	return !strcmp(want, have);
}

static int select_platform(dd_image *img, json_t *index, char **digest, char **media_type)
{
	json_t *manifests = json_object_get(index, "manifests"), *m;
	size_t i;
	dd_buf seen = DD_BUF_INIT(4096);
	if (!json_is_array(manifests))
		return dd_error_set(DD_EFORMAT, "%s: image index without manifests", img->ref);
	json_array_foreach(manifests, i, m) {
		json_t *p = json_object_get(m, "platform");
		const char *os = json_string_value(json_object_get(p, "os"));
		const char *arch = json_string_value(json_object_get(p, "architecture"));
		const char *variant = json_string_value(json_object_get(p, "variant"));
		const char *d = json_string_value(json_object_get(m, "digest"));
		const char *mt = json_string_value(json_object_get(m, "mediaType"));
		if (os && arch && strcmp(os, "unknown") != 0)
			dd_buf_printf(&seen, "%s%s/%s%s%s", seen.len ? ", " : "", os, arch, variant ? "/" : "", variant ? variant : "");
		if (!os || !arch || strcmp(os, img->os) || strcmp(arch, img->arch) ||
		    !variant_matches(arch, img->variant, variant))
			continue;
		if (!dd_digest_valid(d)) {
			dd_buf_free(&seen);
			return dd_error_set(DD_EFORMAT, "%s: index entry with an invalid digest", img->ref);
		}
		*digest = strdup(d);
		*media_type = mt ? strdup(mt) : NULL;
		dd_buf_free(&seen);
		return *digest ? 0 : dd_error_oom();
	}
	int rc = dd_error_set(DD_ENOTFOUND, "%s: no image for platform %s/%s%s%s in the index (it has: %s); choose one with --platform",
		img->ref, img->os, img->arch, img->variant ? "/" : "", img->variant ? img->variant : "",
		seen.len ? seen.ptr : "none");
	dd_buf_free(&seen);
	return rc;
}

static char *json_str_dup(json_t *o, const char *key)
{
	const char *s = json_string_value(json_object_get(o, key));
	return s ? strdup(s) : NULL;
}

/* true when size was a usable byte count */
static bool parse_descriptor_size(json_t *o, dd_descriptor *d)
{
	json_t *size = json_object_get(o, "size");
	if (!json_is_integer(size) || json_integer_value(size) < 0)
		return false;
	d->size = (uint64_t)json_integer_value(size);
	return true;
}

static int parse_descriptor(json_t *o, dd_descriptor *d, const char *what, const char *ref)
{
	memset(d, 0, sizeof(*d));
	d->media_type = json_str_dup(o, "mediaType");
	d->digest = json_str_dup(o, "digest");
	if (!d->digest || !dd_digest_valid(d->digest))
		return dd_error_set(DD_EFORMAT, "%s: %s descriptor has %s digest", ref, what, d->digest ? "an unsupported or invalid" : "no");
	parse_descriptor_size(o, d);
	return 0;
}

/* OCI and Docker layer media types (plain, gzip, zstd, non-distributable). */
static bool media_type_is_layer(const char *mt)
{
	return dd_starts_with(mt, "application/vnd.oci.image.layer.") ||
		dd_starts_with(mt, "application/vnd.docker.image.rootfs.");
}

/* A layer descriptor a runtime would not take as it is: read all the same
 * (the digest still holds it), and said. */
static int note_odd_layer(dd_image *img, json_t *o, const dd_descriptor *d)
{
	int rc = 0;
	if (d->media_type && !media_type_is_layer(d->media_type))
		rc = dd_strv_push_owned(&img->notes, dd_asprintf("layer %s: media type '%.100s' is not a layer type; "
			"read as a tar stream anyway", d->digest, d->media_type));
	if (!rc && json_object_get(o, "size") && !parse_descriptor_size(o, &(dd_descriptor){ 0 }))
		rc = dd_strv_push_owned(&img->notes, dd_asprintf("layer %s: descriptor size is not a byte count; "
			"the blob's size was not checked (its digest was)", d->digest));
	return rc;
}

static int load_config(dd_image *img)
{
	dd_descriptor cd = { 0 };
	dd_reader *r = NULL;
	int rc;
	cd.digest = img->config_digest;
	if ((rc = img->source->ops->open_blob(img->source, &cd, &r)) != 0)
		return dd_error_prefix(rc, "%s: config %s", img->ref, img->config_digest);
	rc = dd_reader_read_all(r, DD_CONFIG_MAX, &img->config_raw, &img->config_len);
	dd_reader_close(r);
	if (rc)
		return dd_error_prefix(rc, "%s: config %s", img->ref, img->config_digest);
	if (!dd_sha256_matches(img->config_raw, img->config_len, img->config_digest))
		return dd_error_set(DD_EDIGEST, "%s: config blob does not match its digest %s", img->ref, img->config_digest);
	json_error_t jerr;
	img->config = json_loadb(img->config_raw, img->config_len, 0, &jerr);
	if (!json_is_object(img->config))
		return dd_error_set(DD_EFORMAT, "%s: config %s is not valid JSON (%s)", img->ref, img->config_digest, jerr.text);
	json_t *diff_ids = json_object_get(json_object_get(img->config, "rootfs"), "diff_ids");
	if (!json_is_array(diff_ids) || json_array_size(diff_ids) != img->n_layers)
		return dd_error_set(DD_EFORMAT, "%s: config lists %zu diff_ids for %zu layers", img->ref,
			json_is_array(diff_ids) ? json_array_size(diff_ids) : 0, img->n_layers);
	if (!(img->diff_ids = calloc(img->n_layers ? img->n_layers : 1, sizeof(char *))))
		return dd_error_oom();
	for (size_t i = 0; i < img->n_layers; i++) {
		const char *d = json_string_value(json_array_get(diff_ids, i));
		if (!dd_digest_valid(d))
			return dd_error_set(DD_EFORMAT, "%s: config diff_id %zu is not a valid sha256 digest", img->ref, i);
		if (!(img->diff_ids[i] = strdup(d)))
			return dd_error_oom();
	}
	const char *os = json_string_value(json_object_get(img->config, "os"));
	const char *arch = json_string_value(json_object_get(img->config, "architecture"));
	if (os) {
		free(img->os);
		img->os = strdup(os);
	}
	if (arch) {
		free(img->arch);
		img->arch = strdup(arch);
	}
	return 0;
}

static int load_manifest(dd_image *img, char *data, size_t len)
{
	json_error_t jerr;
	json_t *m = json_loadb(data, len, 0, &jerr);
	int rc = 0;
	if (!json_is_object(m)) {
		rc = dd_error_set(DD_EFORMAT, "%s: manifest is not valid JSON (%s)", img->ref, jerr.text);
		goto out;
	}
	json_t *config = json_object_get(m, "config"), *layers = json_object_get(m, "layers");
	if (!json_is_object(config) || !json_is_array(layers)) {
		rc = dd_error_set(DD_EFORMAT, "%s: manifest lacks config or layers", img->ref);
		goto out;
	}
	dd_descriptor cd;
	if ((rc = parse_descriptor(config, &cd, "config", img->ref)) != 0) {
		dd_descriptor_clear(&cd);
		goto out;
	}
	img->config_digest = cd.digest;
	cd.digest = NULL;
	dd_descriptor_clear(&cd);
	size_t n = json_array_size(layers);
	if (n > MAX_LAYERS) {
		rc = dd_error_set(DD_ELIMIT, "%s: manifest lists %zu layers (limit %d)", img->ref, n, MAX_LAYERS);
		goto out;
	}
	if (!(img->layers = calloc(n ? n : 1, sizeof(dd_descriptor)))) {
		rc = dd_error_oom();
		goto out;
	}
	for (size_t i = 0; i < n; i++) {
		img->n_layers = i + 1;
		if ((rc = parse_descriptor(json_array_get(layers, i), &img->layers[i], "layer", img->ref)) != 0 ||
		    (rc = note_odd_layer(img, json_array_get(layers, i), &img->layers[i])) != 0)
			goto out;
		const char *mt = img->layers[i].media_type;
		if (mt && strstr(mt, "encrypted")) {
			rc = dd_error_set(DD_EUNSUPPORTED, "%s: layer %s is encrypted (%s); decrypt the image first",
				img->ref, img->layers[i].digest, mt);
			goto out;
		}
	}
	img->n_layers = n;
	rc = load_config(img);
out:
	json_decref(m);
	return rc;
}

static int resolve(dd_image *img)
{
	char *data = NULL, *mt = NULL, *digest = NULL;
	size_t len = 0;
	int rc = img->source->ops->get_manifest(img->source, NULL, &data, &len, &mt);
	if (rc)
		return dd_error_prefix(rc, "%s", img->ref);
	for (int depth = 0;; depth++) {
		json_error_t jerr;
		json_t *doc = json_loadb(data, len, 0, &jerr);
		if (!json_is_object(doc)) {
			json_decref(doc);
			rc = dd_error_set(DD_EFORMAT, "%s: manifest is not valid JSON (%s)", img->ref, jerr.text);
			break;
		}
		const char *doc_mt = json_string_value(json_object_get(doc, "mediaType"));
		json_int_t schema = json_integer_value(json_object_get(doc, "schemaVersion"));
		const char *kind = mt ? mt : doc_mt;
		if (schema == 1 || media_type_schema1(kind)) {
			json_decref(doc);
			rc = dd_error_set(DD_EUNSUPPORTED, "%s: Docker schema 1 manifests are not supported; re-push the image with a current docker or skopeo", img->ref);
			break;
		}
		bool is_index = dd_media_type_is_index(kind) ||
			(!kind && json_is_array(json_object_get(doc, "manifests")));
		if (!is_index) {
			char *doc_mt_copy = doc_mt ? strdup(doc_mt) : NULL;
			json_decref(doc);
			/* a docker save archive has no manifest: the one its
			 * backend describes has no digest worth reporting */
			if (!img->manifest_digest && img->source->ops != &dd_source_docker_archive) {
				char d[72];
				dd_sha256_digest(data, len, d);
				img->manifest_digest = strdup(d);
			}
			rc = load_manifest(img, data, len);
			if (!rc) {
				/* kept for the image writers: a new image starts from these bytes */
				const char *own = doc_mt_copy ? doc_mt_copy : mt;
				if (own && !(img->manifest_media_type = strdup(own)))
					rc = dd_error_oom();
				img->manifest_raw = data;
				img->manifest_len = len;
				data = NULL;
			}
			free(doc_mt_copy);
			break;
		}
		if (depth >= MAX_INDEX_DEPTH) {
			json_decref(doc);
			rc = dd_error_set(DD_ELIMIT, "%s: image indexes nested deeper than %d", img->ref, MAX_INDEX_DEPTH);
			break;
		}
		free(digest);
		free(mt);
		digest = mt = NULL;
		rc = select_platform(img, doc, &digest, &mt);
		json_decref(doc);
		if (rc)
			break;
		free(data);
		data = NULL;
		char *sub_mt = NULL;   /* the index entry's mediaType is the one used */
		rc = img->source->ops->get_manifest(img->source, digest, &data, &len, &sub_mt);
		free(sub_mt);
		if (rc) {
			rc = dd_error_prefix(rc, "%s: manifest %s", img->ref, digest);
			break;
		}
		if (!dd_sha256_matches(data, len, digest)) {
			rc = dd_error_set(DD_EDIGEST, "%s: manifest does not match its digest %s", img->ref, digest);
			break;
		}
		free(img->manifest_digest);
		img->manifest_digest = strdup(digest);
	}
	free(data);
	free(mt);
	free(digest);
	return rc;
}

static int open_with(dd_image *img, const char *ref, const dd_source_ops *ops, const char *locator,
	const dd_image_options *opts)
{
	img->zlib = opts->inflate == DD_INFLATE_ZLIB;
	int rc;
	img->transport = strdup(ops->transport);
	img->ref = ops == &dd_source_registry && !dd_starts_with(ref, "docker://") ? dd_asprintf("docker://%s", ref) : strdup(ref);
	if (!img->transport || !img->ref) {
		return dd_error_oom();
	}
	if ((rc = ops->open(&img->source, locator, opts)) != 0) {
		img->source = NULL;
		return rc;
	}
	const char *repo = ops->repository ? ops->repository(img->source) : NULL;
	if (repo && !(img->repository = strdup(repo))) {
		return dd_error_oom();
	}
	/* docker save archives carry no blob digests; their layers are checked
	 * against the config's diff_ids instead */
	img->verify_diff_ids = ops == &dd_source_docker_archive;
	if ((rc = resolve(img)) != 0)
		return rc;
	return 0;
}

int dd_image_open_source(dd_image **out, const char *ref, const dd_source_ops *ops, const char *locator,
	const dd_image_options *opts)
{
	dd_image_options defaults = DD_IMAGE_OPTIONS_INIT;
	if (!opts)
		opts = &defaults;
	dd_image *img = calloc(1, sizeof(*img));
	if (!img)
		return dd_error_oom();
	int rc = parse_platform(opts->platform, &img->os, &img->arch, &img->variant);
	if (!rc)
		rc = open_with(img, ref, ops, locator, opts);
	if (rc) {
		dd_image_free(img);
		return rc;
	}
	*out = img;
	return 0;
}

int dd_image_open(dd_image **out, const char *ref, const dd_image_options *opts)
{
	dd_image_options defaults = DD_IMAGE_OPTIONS_INIT;
	if (!opts)
		opts = &defaults;
	int rc;
	dd_image *img = calloc(1, sizeof(*img));
	if (!img)
		return dd_error_oom();
	if ((rc = parse_platform(opts->platform, &img->os, &img->arch, &img->variant)) != 0)
		goto fail;
	if (dd_starts_with(ref, "dir:")) {
		struct stat st;
		if (!ref[4]) {
			rc = dd_error_set(DD_EINVAL, "empty image reference 'dir:': name a root filesystem, e.g. dir:/proc/PID/root");
			goto fail;
		}
		img->transport = strdup("dir");
		img->ref = strdup(ref);
		img->rootfs_dir = strdup(ref + 4);
		if (!img->transport || !img->ref || !img->rootfs_dir) {
			rc = dd_error_oom();
			goto fail;
		}
		if (stat(img->rootfs_dir, &st) != 0 || !S_ISDIR(st.st_mode)) {
			rc = dd_error_set(DD_ENOTFOUND, "%s: not a directory", ref);
			goto fail;
		}
		if (!opts->platform || !*opts->platform) {
			/* a root filesystem does not say its architecture; the
			 * default platform is not a fact about it */
			free(img->arch);
			img->arch = NULL;
		}
		*out = img;
		return 0;
	}
	const dd_source_ops *ops = NULL;
	const char *locator = ref;
	for (size_t i = 0; i < sizeof(transports) / sizeof(*transports); i++)
		if (dd_starts_with(ref, transports[i].prefix)) {
			ops = transports[i].ops;
			locator = ref + strlen(transports[i].prefix);
			break;
		}
	if (!ops) {
		if (dd_starts_with(ref, "docker://"))
			locator = ref + 9;
		else if (strstr(ref, "://") || (strchr(ref, ':') && !strchr(ref, '/') && strchr(ref, ':') == ref)) {
			rc = dd_error_set(DD_EINVAL, "unknown image reference '%s' (use docker://HOST/NAME:TAG, NAME:TAG, "
				"oci:DIR[:TAG], oci-archive:FILE[:TAG], docker-archive:FILE[:NAME:TAG], dir:PATH or sbom:FILE)", ref);
			goto fail;
		}
		ops = &dd_source_registry;
	}
	if (!*locator) {
		rc = dd_error_set(DD_EINVAL, "empty image reference '%s'", ref);
		goto fail;
	}
	rc = open_with(img, ref, ops, locator, opts);
	if (rc)
		goto fail;
	*out = img;
	return 0;
fail:
	dd_image_free(img);
	return rc;
}

int dd_image_open_layer(dd_image *img, size_t i, const dd_inflate_limits *limits, dd_reader **out)
{
	return dd_image_open_layer_flags(img, i, limits, 0, out);
}

/* Read-ahead ring: 4 x 1 MiB per layer read this way. */
#define READAHEAD_CHUNK (1u << 20)
#define READAHEAD_DEPTH 4

int dd_image_open_layer_flags(dd_image *img, size_t i, const dd_inflate_limits *limits, unsigned flags,
	dd_reader **out)
{
	dd_reader *raw = NULL, *checked = NULL;
	const dd_descriptor *d = &img->layers[i];
	dd_inflate_limits lim = { 0 };
	if (limits)
		lim = *limits;
	lim.zlib = img->zlib;
	limits = &lim;
	char what[600];
	int rc;
	const char *member = img->source->ops->blob_name ? img->source->ops->blob_name(img->source, d) : NULL;
	if (member) /* its digest is a stand-in: the diff_id and the member name it */
		snprintf(what, sizeof(what), "%s: layer %s (%.200s)", img->ref,
			img->diff_ids && img->diff_ids[i] ? img->diff_ids[i] : d->digest, member);
	else
		snprintf(what, sizeof(what), "%s: layer %s", img->ref, d->digest);
	if ((rc = img->source->ops->open_blob(img->source, d, &raw)) != 0)
		return dd_error_prefix(rc, "%s", what);
	if (img->verify_diff_ids) {
		/* no compressed digest to check: verify the uncompressed bytes */
		dd_reader *dec = NULL;
		if ((rc = dd_decompress_reader_new(&dec, raw, DD_COMPRESSION_AUTO, limits, what)) != 0)
			return rc;
		/* here the hash is over the inflated bytes: inflate on the helper */
		if ((flags & DD_LAYER_READAHEAD) && (rc = dd_readahead_new(&dec, dec, READAHEAD_CHUNK, READAHEAD_DEPTH)) != 0)
			return rc;
		return dd_digest_reader_new(out, dec, img->diff_ids ? img->diff_ids[i] : NULL, 0, what);
	}
	if ((rc = dd_digest_reader_new(&checked, raw, d->digest, d->size, what)) != 0)
		return rc;
	/* the helper thread takes the kernel's copy and the SHA-256; this one inflates */
	if ((flags & DD_LAYER_READAHEAD) &&
	    (rc = dd_readahead_new(&checked, checked, READAHEAD_CHUNK, READAHEAD_DEPTH)) != 0)
		return rc;
	dd_compression c = DD_COMPRESSION_AUTO;
	if (d->media_type) {
		if (strstr(d->media_type, "zstd"))
			c = DD_COMPRESSION_ZSTD;
		else if (strstr(d->media_type, "gzip"))
			c = DD_COMPRESSION_GZIP;
	}
	return dd_decompress_reader_new(out, checked, c, limits, what);
}

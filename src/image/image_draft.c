/*
 * Image drafts: a new image made from an opened one, ready for a sink
 * (oci_layout_write.c, registry_push.c). The manifest and config are kept
 * as the bytes that will be stored, so their digests are fixed the moment
 * the draft changes; layer blobs stay where they are (the base image's
 * source, or the file a layer writer just wrote) until a sink copies them.
 *
 * The one idea: only what an appended layer must change is changed. The
 * base manifest and config are edited as JSON (every other field, unknown
 * ones included, kept in order), the new layer is appended to manifest
 * layers[], config rootfs.diff_ids and history, and both digests are
 * recomputed; the base layers are never re-compressed, so their digests
 * stay and a registry that has them is not sent them again.
 */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "image/writer.h"
#include "util/error.h"
#include "util/str.h"

#define MT_OCI_MANIFEST "application/vnd.oci.image.manifest.v1+json"
#define MT_DOCKER_MANIFEST "application/vnd.docker.distribution.manifest.v2+json"
#define MT_OCI_CONFIG "application/vnd.oci.image.config.v1+json"
#define MT_OCI_LAYER_GZ "application/vnd.oci.image.layer.v1.tar+gzip"
#define MT_DOCKER_LAYER_GZ "application/vnd.docker.image.rootfs.diff.tar.gzip"
#define MAX_DRAFT_LAYERS 1000

static int copy_descriptor(dd_descriptor *dst, const dd_descriptor *src)
{
	memset(dst, 0, sizeof(*dst));
	dst->size = src->size;
	if ((src->media_type && !(dst->media_type = strdup(src->media_type))) ||
	    !(dst->digest = strdup(src->digest))) {
		dd_descriptor_clear(dst);
		return dd_error_oom();
	}
	return 0;
}

void dd_image_draft_free(dd_image_draft *d)
{
	if (!d)
		return;
	free(d->manifest);
	free(d->manifest_media_type);
	free(d->config);
	free(d->config_media_type);
	for (size_t i = 0; i < d->n_layers; i++) {
		dd_descriptor_clear(&d->layers[i]);
		free(d->layer_files[i]);
	}
	free(d->layers);
	free(d->layer_files);
	free(d);
}

int dd_image_draft_new(dd_image_draft **out, dd_image *base)
{
	if (!base->manifest_raw || !base->config_raw)
		return dd_error_set(DD_EUNSUPPORTED, "%s: no manifest to start a new image from (a dir: root has none)", base->ref);
	if (base->verify_diff_ids)
		return dd_error_set(DD_EUNSUPPORTED, "%s: a docker save archive has no compressed blobs to write; "
			"convert it first (skopeo copy docker-archive:... oci:...)", base->ref);
	dd_image_draft *d = calloc(1, sizeof(*d));
	if (!d)
		return dd_error_oom();
	d->base = base;
	json_t *m = json_loadb(base->manifest_raw, base->manifest_len, 0, NULL);
	const char *cmt = json_string_value(json_object_get(json_object_get(m, "config"), "mediaType"));
	const char *mt = base->manifest_media_type;
	if (!mt)   /* neither the document nor the source says: the config's kind does */
		mt = cmt && strstr(cmt, "docker") ? MT_DOCKER_MANIFEST : MT_OCI_MANIFEST;
	d->manifest_media_type = strdup(mt);
	d->config_media_type = strdup(cmt ? cmt : MT_OCI_CONFIG);
	json_decref(m);
	d->manifest = malloc(base->manifest_len + 1);
	d->config = malloc(base->config_len + 1);
	d->layers = calloc(base->n_layers + 1, sizeof(*d->layers));
	d->layer_files = calloc(base->n_layers + 1, sizeof(*d->layer_files));
	if (!d->manifest_media_type || !d->config_media_type || !d->manifest || !d->config || !d->layers ||
	    !d->layer_files) {
		dd_image_draft_free(d);
		return dd_error_oom();
	}
	memcpy(d->manifest, base->manifest_raw, base->manifest_len);
	d->manifest[base->manifest_len] = '\0';
	d->manifest_len = base->manifest_len;
	memcpy(d->config, base->config_raw, base->config_len);
	d->config[base->config_len] = '\0';
	d->config_len = base->config_len;
	dd_sha256_digest(d->manifest, d->manifest_len, d->manifest_digest);
	snprintf(d->config_digest, sizeof(d->config_digest), "%s", base->config_digest);
	for (size_t i = 0; i < base->n_layers; i++) {
		int rc = copy_descriptor(&d->layers[i], &base->layers[i]);
		if (rc) {
			dd_image_draft_free(d);
			return rc;
		}
		d->n_layers = i + 1;
	}
	*out = d;
	return 0;
}

static void now_rfc3339(char *out, size_t cap)
{
	time_t t = time(NULL);
	struct tm tm;
	gmtime_r(&t, &tm);
	strftime(out, cap, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

/* obj[key] as an object, created when absent (NULL when it is not one). */
static json_t *object_member(json_t *obj, const char *key)
{
	json_t *o = json_object_get(obj, key);
	if (!o || json_is_null(o)) {
		o = json_object();
		if (!o || json_object_set_new(obj, key, o) != 0)
			return NULL;
	}
	return json_is_object(o) ? o : NULL;
}

static int add_pairs(json_t *obj, const char *const *kv, const char *what)
{
	for (size_t i = 0; kv && kv[i]; i += 2) {
		if (!kv[i + 1])
			return dd_error_set(DD_EINVAL, "%s: key '%.100s' has no value", what, kv[i]);
		if (json_object_set_new(obj, kv[i], json_string(kv[i + 1])) != 0)
			return dd_error_set(DD_EINVAL, "%s: '%.100s' is not valid UTF-8", what, kv[i]);
	}
	return 0;
}

/* The config with the layer's diff_id and history entry (and labels). */
static int edit_config(json_t *c, const dd_layer_digests *l, const dd_append_options *o, const char *created)
{
	json_t *rootfs = object_member(c, "rootfs");
	json_t *ids = rootfs ? json_object_get(rootfs, "diff_ids") : NULL;
	if (!json_is_array(ids))
		return dd_error_set(DD_EFORMAT, "base config has no rootfs.diff_ids array");
	if (json_array_append_new(ids, json_string(l->diff_id)) != 0)
		return dd_error_oom();
	json_t *hist = json_object_get(c, "history");
	if (!hist) {
		hist = json_array();
		if (!hist || json_object_set_new(c, "history", hist) != 0)
			return dd_error_oom();
	}
	if (!json_is_array(hist))
		return dd_error_set(DD_EFORMAT, "base config history is not an array");
	json_t *h = json_pack("{s:s}", "created", created);
	if (!h)
		return dd_error_oom();
	if (o->created_by)
		json_object_set_new(h, "created_by", json_string(o->created_by));
	if (o->comment)
		json_object_set_new(h, "comment", json_string(o->comment));
	if (json_array_append_new(hist, h) != 0)
		return dd_error_oom();
	json_object_set_new(c, "created", json_string(created));
	if (o->labels) {
		json_t *cfg = object_member(c, "config");
		json_t *labels = cfg ? object_member(cfg, "Labels") : NULL;
		if (!labels)
			return dd_error_set(DD_EFORMAT, "base config's config.Labels is not an object");
		return add_pairs(labels, o->labels, "label");
	}
	return 0;
}

static int dump(json_t *j, char **out, size_t *len)
{
	char *s = json_dumps(j, JSON_COMPACT);
	if (!s)
		return dd_error_oom();
	*out = s;
	*len = strlen(s);
	return 0;
}

/* The draft takes a rewritten manifest and config (and the config's digest,
 * which the manifest names); *m and *c become NULL. */
static void adopt(dd_image_draft *d, char **m, size_t m_len, char **c, size_t c_len, const char config_digest[72])
{
	free(d->manifest);
	d->manifest = *m;
	d->manifest_len = m_len;
	*m = NULL;
	dd_sha256_digest(d->manifest, d->manifest_len, d->manifest_digest);
	free(d->config);
	d->config = *c;
	d->config_len = c_len;
	*c = NULL;
	memcpy(d->config_digest, config_digest, sizeof(d->config_digest));
}

int dd_image_draft_append_layer(dd_image_draft *d, const char *layer_file, const dd_layer_digests *l,
	const dd_append_options *opts)
{
	dd_append_options def = DD_APPEND_OPTIONS_INIT;
	if (!opts)
		opts = &def;
	if (opts->version != DD_APPEND_OPTIONS_VERSION)
		return dd_error_set(DD_EINVAL, "append layer: options version %u, this drydock knows %u", opts->version,
			DD_APPEND_OPTIONS_VERSION);
	if (d->n_layers >= MAX_DRAFT_LAYERS)
		return dd_error_set(DD_ELIMIT, "append layer: the image has %zu layers already", d->n_layers);
	char created[64];
	if (opts->created)
		snprintf(created, sizeof(created), "%s", opts->created);
	else
		now_rfc3339(created, sizeof(created));
	json_t *m = json_loadb(d->manifest, d->manifest_len, 0, NULL);
	json_t *c = json_loadb(d->config, d->config_len, 0, NULL);
	char *new_m = NULL, *new_c = NULL, *file = NULL;
	size_t new_m_len = 0, new_c_len = 0;
	dd_descriptor desc = { 0 };
	int rc;
	json_t *layers = json_object_get(m, "layers");
	json_t *cdesc = json_object_get(m, "config");
	if (!json_is_object(c) || !json_is_array(layers) || !json_is_object(cdesc)) {
		rc = dd_error_set(DD_EFORMAT, "append layer: base manifest or config is not what was read");
		goto cleanup;
	}
	if ((rc = edit_config(c, l, opts, created)) != 0 || (rc = dump(c, &new_c, &new_c_len)) != 0)
		goto cleanup;
	char config_digest[72];
	dd_sha256_digest(new_c, new_c_len, config_digest);
	json_object_set_new(cdesc, "digest", json_string(config_digest));
	json_object_set_new(cdesc, "size", json_integer((json_int_t)new_c_len));
	const char *lmt = strcmp(d->manifest_media_type, MT_DOCKER_MANIFEST) ? MT_OCI_LAYER_GZ : MT_DOCKER_LAYER_GZ;
	json_t *ld = json_pack("{s:s,s:s,s:I}", "mediaType", lmt, "digest", l->digest, "size", (json_int_t)l->size);
	if (!ld) {
		rc = dd_error_oom();
		goto cleanup;
	}
	if (opts->annotations) {
		json_t *ann = json_object();
		if (!ann || json_object_set_new(ld, "annotations", ann) != 0 ||
		    (rc = add_pairs(ann, opts->annotations, "annotation")) != 0) {
			json_decref(ld);
			rc = rc ? rc : dd_error_oom();
			goto cleanup;
		}
	}
	if (json_array_append_new(layers, ld) != 0 || (rc = dump(m, &new_m, &new_m_len)) != 0) {
		rc = rc ? rc : dd_error_oom();
		goto cleanup;
	}
	desc.media_type = strdup(lmt);
	desc.digest = strdup(l->digest);
	desc.size = l->size;
	file = strdup(layer_file);
	dd_descriptor *nl = realloc(d->layers, (d->n_layers + 1) * sizeof(*nl));
	if (nl)
		d->layers = nl;
	char **nf = realloc(d->layer_files, (d->n_layers + 1) * sizeof(*nf));
	if (nf)
		d->layer_files = nf;
	if (!desc.media_type || !desc.digest || !file || !nl || !nf) {
		rc = dd_error_oom();
		goto cleanup;
	}
	d->layers[d->n_layers] = desc;
	d->layer_files[d->n_layers] = file;
	d->n_layers++;
	memset(&desc, 0, sizeof(desc));
	file = NULL;
	adopt(d, &new_m, new_m_len, &new_c, new_c_len, config_digest);
cleanup:
	dd_descriptor_clear(&desc);
	free(file);
	free(new_m);
	free(new_c);
	json_decref(m);
	json_decref(c);
	return rc;
}

int dd_image_draft_drop_top_layer(dd_image_draft *d)
{
	if (d->n_layers < 2)
		return dd_error_set(DD_EINVAL, "drop layer: the image has %zu layer(s); a base must remain", d->n_layers);
	json_t *m = json_loadb(d->manifest, d->manifest_len, 0, NULL);
	json_t *c = json_loadb(d->config, d->config_len, 0, NULL);
	char *new_m = NULL, *new_c = NULL;
	size_t new_m_len = 0, new_c_len = 0;
	int rc = 0;
	json_t *layers = json_object_get(m, "layers");
	json_t *ids = json_object_get(json_object_get(c, "rootfs"), "diff_ids");
	json_t *hist = json_object_get(c, "history");
	json_t *cdesc = json_object_get(m, "config");
	size_t nl = json_array_size(layers), ni = json_array_size(ids);
	if (!json_is_array(layers) || !json_is_array(ids) || nl != d->n_layers || ni != nl || !json_is_object(cdesc)) {
		rc = dd_error_set(DD_EFORMAT, "drop layer: manifest layers and config diff_ids do not match");
		goto cleanup;
	}
	json_array_remove(layers, nl - 1);
	json_array_remove(ids, ni - 1);
	/* the top layer's history entry: the last one that made a layer */
	for (size_t i = json_array_size(hist); i-- > 0;)
		if (!json_is_true(json_object_get(json_array_get(hist, i), "empty_layer"))) {
			json_array_remove(hist, i);
			break;
		}
	if ((rc = dump(c, &new_c, &new_c_len)) != 0)
		goto cleanup;
	char config_digest[72];
	dd_sha256_digest(new_c, new_c_len, config_digest);
	json_object_set_new(cdesc, "digest", json_string(config_digest));
	json_object_set_new(cdesc, "size", json_integer((json_int_t)new_c_len));
	if ((rc = dump(m, &new_m, &new_m_len)) != 0)
		goto cleanup;
	d->n_layers--;
	dd_descriptor_clear(&d->layers[d->n_layers]);
	free(d->layer_files[d->n_layers]);
	d->layer_files[d->n_layers] = NULL;
	adopt(d, &new_m, new_m_len, &new_c, new_c_len, config_digest);
cleanup:
	free(new_m);
	free(new_c);
	json_decref(m);
	json_decref(c);
	return rc;
}

int dd_image_draft_open_blob(const dd_image_draft *d, const dd_descriptor *desc, dd_reader **out)
{
	if (!strcmp(desc->digest, d->config_digest))
		return dd_reader_from_memory(out, d->config, d->config_len);
	for (size_t i = 0; i < d->n_layers; i++) {
		if (strcmp(d->layers[i].digest, desc->digest))
			continue;
		if (d->layer_files[i])
			return dd_reader_from_file(out, d->layer_files[i], 0, UINT64_MAX);
		int rc = d->base->source->ops->open_blob(d->base->source, &d->layers[i], out);
		return rc ? dd_error_prefix(rc, "%s: layer %s", d->base->ref, desc->digest) : 0;
	}
	return dd_error_set(DD_ENOTFOUND, "image draft: no blob %s", desc->digest);
}

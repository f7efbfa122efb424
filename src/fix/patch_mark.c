/*
 * The patch layer's mark (fix_internal.h). A fixed image carries the same
 * small JSON text twice: as the label io.drydock.patch in its config (what
 * `docker inspect` shows) and as an annotation on the patch layer's
 * descriptor. Only when both are there and the annotated layer is the top
 * one is the top layer ours to replace: an image built FROM a fixed image
 * keeps the label but has other layers on top, and is then fixed like any
 * image (a patch on top of its layers).
 *
 *   {"type":"apk","upgrades":[{"name":"busybox","from":"1.36.1-r15","to":"1.36.1-r20"}]}
 */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "fix/fix_internal.h"
#include "util/error.h"
#include "util/str.h"

#define MAX_MARK (256u << 10)
#define MAX_CARRIED 10000

void dd_fix_carried_free(dd_fix_carried *c, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(c[i].name);
		free(c[i].from);
		free(c[i].to);
	}
	free(c);
}

static const char *top_annotation(const dd_image *img)
{
	json_t *m = img->manifest_raw ? json_loadb(img->manifest_raw, img->manifest_len, 0, NULL) : NULL;
	json_t *layers = json_object_get(m, "layers");
	size_t n = json_array_size(layers);
	const char *v = n ? json_string_value(json_object_get(json_object_get(json_array_get(layers, n - 1),
		"annotations"), DD_FIX_PATCH_KEY)) : NULL;
	/* the label's text is what is parsed; the annotation only has to exist */
	const char *found = v ? "" : NULL;
	json_decref(m);
	return found;
}

int dd_fix_patch_read(const dd_image *img, bool *is_patched, dd_fix_carried **carried, size_t *n)
{
	*is_patched = false;
	*carried = NULL;
	*n = 0;
	const char *label = json_string_value(json_object_get(json_object_get(json_object_get(img->config, "config"),
		"Labels"), DD_FIX_PATCH_KEY));
	if (!label || img->n_layers < 2 || !top_annotation(img))
		return 0;
	if (strlen(label) > MAX_MARK)
		return dd_error_set(DD_ELIMIT, "%s: label %s is over %u bytes", img->ref, DD_FIX_PATCH_KEY, MAX_MARK);
	json_error_t jerr;
	json_t *j = json_loads(label, 0, &jerr);
	json_t *ups = json_object_get(j, "upgrades");
	int rc = 0;
	if (!json_is_array(ups)) {
		rc = dd_error_set(DD_EFORMAT, "%s: label %s is not a drydock patch mark (%s)", img->ref, DD_FIX_PATCH_KEY,
			j ? "no upgrades" : jerr.text);
		goto cleanup;
	}
	size_t count = json_array_size(ups);
	if (count > MAX_CARRIED) {
		rc = dd_error_set(DD_ELIMIT, "%s: the patch mark names %zu upgrades", img->ref, count);
		goto cleanup;
	}
	*carried = calloc(count ? count : 1, sizeof(**carried));
	if (!*carried) {
		rc = dd_error_oom();
		goto cleanup;
	}
	for (size_t i = 0; i < count; i++) {
		json_t *u = json_array_get(ups, i);
		const char *name = json_string_value(json_object_get(u, "name"));
		const char *from = json_string_value(json_object_get(u, "from"));
		const char *to = json_string_value(json_object_get(u, "to"));
		if (!name || !to || !*name || !*to) {
			rc = dd_error_set(DD_EFORMAT, "%s: the patch mark's upgrade %zu has no name or version", img->ref, i + 1);
			goto cleanup;
		}
		dd_fix_carried *c = &(*carried)[(*n)++];
		c->name = dd_strdup(name);
		c->from = dd_strdup(from ? from : "");
		c->to = dd_strdup(to);
		if (!c->name || !c->from || !c->to) {
			rc = dd_error_oom();
			goto cleanup;
		}
	}
	*is_patched = true;
cleanup:
	if (rc < 0) {
		dd_fix_carried_free(*carried, *n);
		*carried = NULL;
		*n = 0;
	}
	json_decref(j);
	return rc;
}

char *dd_fix_patch_mark(const dd_fix_result *res, const char *type)
{
	json_t *ups = json_array();
	json_t *j = json_pack("{s:s,s:o}", "type", type, "upgrades", ups);
	char *s = NULL;
	if (!j)
		return NULL;
	for (size_t i = 0; i < res->n_upgrades; i++) {
		const dd_fix_upgrade *u = &res->upgrades[i];
		if (json_array_append_new(ups, json_pack("{s:s,s:s,s:s}", "name", u->name, "from", u->from, "to", u->to)))
			goto cleanup;
	}
	s = json_dumps(j, JSON_COMPACT);
cleanup:
	json_decref(j);
	return s;
}

/*
 * Where a fixed image goes (fix_internal.h): the target reference and the
 * sink that writes it. The default keeps the user's repository and adds
 * "_fixed" to the tag, so `drydock fix app:1.2` writes app:1.2_fixed next
 * to the original; fixing app:1.2_fixed again writes app:1.2_fixed.
 */
#include <stdlib.h>
#include <string.h>

#include "fix/fix_internal.h"
#include "image/registry.h"
#include "image/writer.h"
#include "util/error.h"
#include "util/str.h"

#define FIXED_SUFFIX "_fixed"

static bool ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);
	return n >= m && !strcmp(s + n - m, suffix);
}

int dd_fix_target(char **out, const char *ref, const dd_fix_options *o, bool refix)
{
	*out = NULL;
	if (o->overwrite && o->to)
		return dd_error_set(DD_EINVAL, "--to and --overwrite exclude each other");
	const char *t = o->overwrite ? ref : o->to;
	if (t) {
		*out = dd_strdup(t);
		return *out ? 0 : dd_error_oom();
	}
	const char *loc = ref;
	const char *prefix = "";
	if (dd_starts_with(ref, "oci:")) {
		prefix = "oci:";
		loc = ref + 4;
	} else if (dd_starts_with(ref, "docker://")) {
		prefix = "docker://";
		loc = ref + 9;
	} else if (strstr(ref, ":") && (dd_starts_with(ref, "oci-archive:") || dd_starts_with(ref, "docker-archive:") ||
		dd_starts_with(ref, "dir:") || dd_starts_with(ref, "sbom:"))) {
		return dd_error_set(DD_EINVAL, "%s: an archive or directory cannot take a new tag; say where the fixed "
			"image goes with --to oci:DIR:TAG or --to HOST/NAME:TAG", ref);
	}
	if (strchr(loc, '@'))
		return dd_error_set(DD_EINVAL, "%s names a digest, not a tag: say where the fixed image goes with --to", ref);
	const char *slash = strrchr(loc, '/');
	const char *colon = strrchr(slash ? slash : loc, ':');
	if (*prefix == 'o' && !colon)
		return dd_error_set(DD_EINVAL, "%s has no tag: say where the fixed image goes with --to oci:DIR:TAG", ref);
	/* a registry name without a tag means :latest */
	const char *tag = colon ? colon + 1 : "latest";
	size_t base = colon ? (size_t)(colon - loc) : strlen(loc);
	bool keep = refix && ends_with(tag, FIXED_SUFFIX);
	*out = dd_asprintf("%s%.*s:%s%s", prefix, (int)base, loc, tag, keep ? "" : FIXED_SUFFIX);
	return *out ? 0 : dd_error_oom();
}

static bool same_registry(const char *a, const char *b)
{
	dd_registry_ref ra = { 0 }, rb = { 0 };
	bool same = dd_registry_ref_parse(&ra, a) == 0 && dd_registry_ref_parse(&rb, b) == 0 &&
		!strcmp(ra.host, rb.host);
	dd_registry_ref_clear(&ra);
	dd_registry_ref_clear(&rb);
	return same;
}

int dd_fix_write_target(const dd_image_draft *draft, const dd_image *src, const char *target,
	const dd_fix_options *o, char **digest)
{
	*digest = NULL;
	int rc;
	if (dd_starts_with(target, "oci:")) {
		char *dir = NULL, *tag = NULL;
		if ((rc = dd_split_path_tag(target + 4, &dir, &tag)) == 0)
			rc = dd_oci_layout_write(draft, dir, tag ? tag : "latest");
		free(dir);
		free(tag);
		if (rc == 0 && !(*digest = dd_strdup(draft->manifest_digest)))
			rc = dd_error_oom();
		return rc ? dd_error_prefix(rc, "writing %s", target) : 0;
	}
	if ((!dd_starts_with(target, "docker://") && strstr(target, "://")) || dd_starts_with(target, "oci-archive:") ||
		dd_starts_with(target, "docker-archive:") || dd_starts_with(target, "dir:") || dd_starts_with(target, "sbom:"))
		return dd_error_set(DD_EINVAL, "%s: the fixed image goes to a registry (HOST/NAME:TAG) or an OCI layout "
			"(oci:DIR:TAG)", target);
	dd_push_options po = DD_PUSH_OPTIONS_INIT;
	po.image = o->image;
	const char *loc = dd_starts_with(target, "docker://") ? target + 9 : target;
	const char *mount[2] = { NULL, NULL };
	if (src->repository && !strcmp(src->transport, "docker") &&
		same_registry(src->ref + (dd_starts_with(src->ref, "docker://") ? 9 : 0), loc)) {
		mount[0] = src->repository;
		po.mount_from = mount;
	}
	dd_push_stats st = { 0 };
	if ((rc = dd_registry_push(draft, loc, &po, &st)) != 0)
		return dd_error_prefix(rc, "pushing %s (the original image is untouched)", target);
	*digest = dd_strdup(*st.manifest_digest ? st.manifest_digest : draft->manifest_digest);
	return *digest ? 0 : dd_error_oom();
}

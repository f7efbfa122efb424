/*
 * CycloneDX JSON (1.2 to 1.6): components, nested components, the
 * operating-system component, and the properties drydock and Trivy write
 * for what a purl cannot say (source package, file path, layer).
 */
#include <stdio.h>
#include <string.h>

#include "sbom/sbom_input.h"
#include "util/error.h"
#include "util/json_get.h"

typedef struct {
	const char *src_name, *src_version, *src_release, *src_epoch, *path, *layer;
} props;

static void read_props(json_t *c, props *p)
{
	memset(p, 0, sizeof(*p));
	json_t *arr = json_object_get(c, "properties"), *e;
	size_t i;
	if (!json_is_array(arr))
		return;
	json_array_foreach(arr, i, e) {
		const char *k = dd_json_str(e, "name"), *v = dd_json_str(e, "value");
		if (!k || !v)
			continue;
		if (!strcmp(k, "drydock:package:source_name") || !strcmp(k, "aquasecurity:trivy:SrcName"))
			p->src_name = v;
		else if (!strcmp(k, "drydock:package:source_version") || !strcmp(k, "aquasecurity:trivy:SrcVersion"))
			p->src_version = v;
		else if (!strcmp(k, "aquasecurity:trivy:SrcRelease"))
			p->src_release = v;
		else if (!strcmp(k, "aquasecurity:trivy:SrcEpoch"))
			p->src_epoch = v;
		else if (!strcmp(k, "drydock:package:path") || !strcmp(k, "aquasecurity:trivy:FilePath"))
			p->path = v;
		else if (!strcmp(k, "drydock:package:layer") || !strcmp(k, "aquasecurity:trivy:LayerDigest"))
			p->layer = v;
	}
}

static int walk(dd_sbom_state *st, json_t *arr, int depth)
{
	if (!json_is_array(arr))
		return 0;
	if (depth > DD_SBOM_DEPTH_MAX)
		return dd_error_set(DD_ELIMIT, "sbom:%s: components nested deeper than %d levels", st->file, DD_SBOM_DEPTH_MAX);
	size_t i;
	json_t *c;
	json_array_foreach(arr, i, c) {
		if (!json_is_object(c))
			continue;
		if (++st->count > DD_SBOM_COMPONENTS_MAX)
			return dd_error_set(DD_ELIMIT, "sbom:%s: more than %u components", st->file, DD_SBOM_COMPONENTS_MAX);
		const char *type = dd_json_str(c, "type"), *purl = dd_json_str(c, "purl");
		int rc = 0;
		if (type && !strcmp(type, "operating-system"))
			rc = dd_sbom_set_os(st, dd_json_str(c, "name"), dd_json_str(c, "version"));
		else if (purl) {
			props p;
			read_props(c, &p);
			/* Trivy splits the source version as the distro does:
			 * [EPOCH:]VERSION[-RELEASE] */
			char srcver[600] = "", name[1200] = "";
			if (p.src_version)
				snprintf(srcver, sizeof(srcver), "%s%s%s%s%s", p.src_epoch && strcmp(p.src_epoch, "0") ? p.src_epoch : "",
					p.src_epoch && strcmp(p.src_epoch, "0") ? ":" : "", p.src_version,
					p.src_release ? "-" : "", p.src_release ? p.src_release : "");
			const char *group = dd_json_str(c, "group"), *nm = dd_json_str(c, "name");
			if (nm)
				snprintf(name, sizeof(name), "%s%s%s", group ? group : "", group ? "/" : "", nm);
			dd_sbom_hint h = { .name = nm ? name : NULL, .source_name = p.src_name,
				.source_version = *srcver ? srcver : NULL, .path = p.path, .layer = p.layer };
			rc = dd_sbom_add_purl(st, purl, &h);
		} else if (type && (!strcmp(type, "library") || !strcmp(type, "framework"))) {
			st->no_purl++;
		}
		if (!rc)
			rc = walk(st, json_object_get(c, "components"), depth + 1);
		if (rc)
			return rc;
	}
	return 0;
}

int dd_sbom_read_cyclonedx(dd_sbom_state *st, json_t *doc)
{
	return walk(st, json_object_get(doc, "components"), 0);
}

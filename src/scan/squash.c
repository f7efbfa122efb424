/* Squash in layer order (see squash.h). */
#include <stdlib.h>
#include <string.h>

#include "report/model.h"
#include "scan/squash.h"
#include "util/error.h"
#include "util/str.h"

void dd_layer_result_sort_paths(dd_layer_result *r)
{
	if (r->n_hashes > 1)
		qsort(r->path_hashes, r->n_hashes, sizeof(uint64_t), dd_u64_cmp);
	/* dd_hardlink starts with path_hash: hardlinks sort by it */
	if (r->n_hardlinks > 1)
		qsort(r->hardlinks, r->n_hardlinks, sizeof(dd_hardlink), dd_u64_cmp);
	dd_layer_result_unique_dirs(r);
	/* whiteouts and opaque directories are looked up by exact path too */
	dd_strv_sort(&r->whiteouts);
	dd_strv_sort(&r->opaque_dirs);
}

static bool has_hash(const dd_layer_result *r, uint64_t h)
{
	return r->n_hashes && bsearch(&h, r->path_hashes, r->n_hashes, sizeof(uint64_t), dd_u64_cmp) != NULL;
}

static int cmp_strp(const void *key, const void *item)
{
	return strcmp((const char *)key, *(char *const *)item);
}

static bool has_path(const dd_strv *v, const char *path)
{
	return v->count && bsearch(path, v->items, v->count, sizeof(char *), cmp_strp) != NULL;
}

/* At most 4095 bytes of path: at most 2048 parents. */
#define PATH_MAX_LEN 4096
#define MAX_PARENTS (PATH_MAX_LEN / 2)

/*
 * Later layers delete P when they white out P or a parent, make a strict
 * parent opaque, or hold P or a parent as an entry of their own. Every test
 * is an exact lookup of P or one of its parents (binary searches over the
 * sorted index, whiteouts and opaque directories), so the cost per item and
 * layer is the path's depth, whatever a hostile layer holds.
 */
bool dd_squash_alive(dd_layer_result *const *layers, size_t n, size_t i, const char *item_path)
{
	/* items inside archives live or die with the archive file */
	char path[PATH_MAX_LEN];
	const char *bang = strstr(item_path, "!/");
	size_t len = bang ? (size_t)(bang - item_path) : strlen(item_path);
	if (len >= sizeof(path))
		len = sizeof(path) - 1;
	memcpy(path, item_path, len);
	path[len] = '\0';
	/* hashes of the path and of each parent ("a", "a/b" in "a/b/c"), in one pass */
	uint64_t parent_hash[MAX_PARENTS];
	size_t parent_end[MAX_PARENTS], n_parents = 0;
	uint64_t h = DD_PATH_HASH_INIT;
	for (size_t k = 0; k < len; k++) {
		if (path[k] == '/' && k > 0 && n_parents < MAX_PARENTS) {
			parent_hash[n_parents] = h;
			parent_end[n_parents++] = k;
		}
		h = dd_path_hash_step(h, (unsigned char)path[k]);
	}
	for (size_t j = i + 1; j < n; j++) {
		const dd_layer_result *r = layers[j];
		bool names = r->whiteouts.count || r->opaque_dirs.count;
		if (has_hash(r, h) || has_path(&r->whiteouts, path) || has_path(&r->opaque_dirs, ""))
			return false;
		for (size_t k = 0; k < n_parents; k++) {
			if (has_hash(r, parent_hash[k]))
				return false;
			if (!names)
				continue;
			path[parent_end[k]] = '\0';
			bool hit = has_path(&r->whiteouts, path) || has_path(&r->opaque_dirs, path);
			path[parent_end[k]] = '/';
			if (hit)
				return false;
		}
	}
	return true;
}

/* A secret or malware sample in a deleted file is still in the image's
 * bytes (anyone can read the lower layer); a configuration finding only
 * matters for the file the container will see. */
static bool ships_bytes(dd_finding_class c)
{
	return c == DD_CLASS_SECRET || c == DD_CLASS_MALWARE;
}

int dd_squash_into_report(dd_layer_result *const *layers, size_t n, dd_report *r)
{
	int rc;
	for (size_t i = 0; i < n; i++) {
		dd_layer_result *l = layers[i];
		for (size_t k = 0; k < l->n_packages; k++) {
			if (!dd_squash_alive(layers, n, i, l->packages[k].path))
				continue;
			if ((rc = dd_report_add_package(r, &l->packages[k])) != 0)
				return rc;
		}
		for (size_t k = 0; k < l->n_findings; k++) {
			const dd_finding *lf = &l->findings[k];
			bool alive = !lf->path || dd_squash_alive(layers, n, i, lf->path);
			if (!alive && !ships_bytes(lf->cls))
				continue;
			if ((rc = dd_report_add_finding(r, lf)) != 0)
				return rc;
			r->findings[r->n_findings - 1].removed_in_final = !alive;
		}
		for (size_t k = 0; k < l->notes.count; k++)
			dd_report_note(r, false, "%s", l->notes.items[k]);
		if (l->incomplete) {
			r->complete = false;
			r->inventory_incomplete = true;
		}
	}
	return 0;
}

static int cmp_final(const void *a, const void *b)
{
	return strcmp(((const dd_final_kept *)a)->kept->path, ((const dd_final_kept *)b)->kept->path);
}

int dd_squash_kept(dd_layer_result *const *layers, size_t n, dd_final_kept **out, size_t *count)
{
	size_t total = 0, m = 0;
	for (size_t i = 0; i < n; i++)
		total += layers[i]->n_kept;
	dd_final_kept *v = calloc(total ? total : 1, sizeof(*v));
	if (!v)
		return dd_error_oom();
	for (size_t i = 0; i < n; i++)
		for (size_t k = 0; k < layers[i]->n_kept; k++)
			if (dd_squash_alive(layers, n, i, layers[i]->kept[k].path)) {
				v[m].kept = &layers[i]->kept[k];
				v[m].layer = layers[i]->digest;
				m++;
			}
	/* within one layer a path is kept once; across layers only the top survives */
	if (m > 1)
		qsort(v, m, sizeof(*v), cmp_final);
	*out = v;
	*count = m;
	return 0;
}

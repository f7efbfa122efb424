/*
 * Collecting the final view of the files a fix backend needs (files.h). One
 * pass over each layer's verified tar stream; only wanted files are held, so
 * memory is bounded by the backend's max_total whatever the image's size.
 *
 * The one idea: a later layer changes the view of earlier ones in three ways
 * (a whiteout deletes a path and what is under it, an opaque marker empties
 * a directory of what the layers below put there, and any non-directory
 * entry replaces whatever tree was at its path), and each applies only to
 * what lower layers left, which is why every held file remembers its layer.
 */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "fix/files.h"
#include "image/tar.h"
#include "scan/names.h"
#include "util/u64set.h"
#include "util/error.h"
#include "util/str.h"

#define WH_PREFIX ".wh."
#define WH_OPAQUE ".wh..wh..opq"

typedef struct held {
	dd_fix_file f;
	size_t layer;
} held;

static void file_free(dd_fix_file *f)
{
	free(f->path);
	free(f->data);
	free(f->link);
}

void dd_fix_files_free(dd_fix_files *f)
{
	if (!f)
		return;
	for (size_t i = 0; i < f->n; i++)
		file_free(&f->v[i]);
	free(f->v);
	*f = (dd_fix_files){ 0 };
}

static bool under(const char *path, const char *dir, size_t dlen)
{
	return !strncmp(path, dir, dlen) && (dlen == 0 || path[dlen] == '/');
}

/* Drops held files that layers below `layer` gave at path (self) and under
 * it (tree). */
static void drop(dd_fix_files *f, size_t *layers, const char *path, size_t plen, bool self, bool tree,
	size_t layer)
{
	size_t j = 0;
	for (size_t i = 0; i < f->n; i++) {
		bool hit = layers[i] < layer &&
			((self && !strcmp(f->v[i].path, path)) || (tree && under(f->v[i].path, path, plen)));
		if (hit) {
			f->total -= f->v[i].len;
			file_free(&f->v[i]);
			continue;
		}
		f->v[j] = f->v[i];
		layers[j] = layers[i];
		j++;
	}
	f->n = j;
}

/* Every held path and each of its parent directories: an entry whose path
 * is not in this set cannot change a held file, which keeps the pass linear
 * (a dpkg image holds thousands of info files, its layers many more entries). */
static int touch_add(dd_u64set *touch, const char *path)
{
	int rc = 0;
	for (size_t len = strlen(path); len > 0 && rc == 0;) {
		rc = dd_u64set_add(touch, dd_path_hash_n(path, len));
		while (len > 0 && path[len - 1] != '/')
			len--;
		if (len > 0)
			len--;
	}
	return rc < 0 ? dd_error_oom() : 0;
}

static int add(dd_fix_files *f, size_t **layers, dd_u64set *touch, size_t layer, const dd_tar_entry *e, dd_tar *t,
	uint64_t max_file)
{
	if (e->type == DD_TAR_FILE && e->size > max_file)
		return dd_error_set(DD_ELIMIT, "%s is %llu bytes, over the %llu bytes a fix reads; the image's package "
			"state is too large to fix", e->path, (unsigned long long)e->size, (unsigned long long)max_file);
	if (f->n >= f->max_files)
		return dd_error_set(DD_ELIMIT, "more than %zu package-state files; refusing to fix (hostile image?)",
			f->max_files);
	if (e->type == DD_TAR_FILE && f->total + e->size > f->max_total)
		return dd_error_set(DD_ELIMIT, "the package-state files exceed %llu bytes at %s; refusing to fix",
			(unsigned long long)f->max_total, e->path);
	if (f->n == f->cap) {
		size_t cap = f->cap ? f->cap * 2 : 64;
		dd_fix_file *v = realloc(f->v, cap * sizeof(*v));
		if (!v)
			return dd_error_oom();
		f->v = v;
		size_t *l = realloc(*layers, cap * sizeof(*l));
		if (!l)
			return dd_error_oom();
		*layers = l;
		f->cap = cap;
	}
	dd_fix_file nf = { .mode = e->mode };
	nf.path = dd_strdup(e->path);
	if (!nf.path)
		return dd_error_oom();
	if (e->type == DD_TAR_SYMLINK) {
		if (!(nf.link = dd_strdup(e->linkname))) {
			file_free(&nf);
			return dd_error_oom();
		}
	} else {
		char *data = NULL;
		size_t len = 0;
		int rc = dd_reader_read_all(dd_tar_content(t), (size_t)e->size, &data, &len);
		if (rc < 0) {
			file_free(&nf);
			return rc;
		}
		nf.data = (unsigned char *)data;
		nf.len = len;
		f->total += len;
	}
	if (touch_add(touch, nf.path) < 0) {
		f->total -= nf.len;
		file_free(&nf);
		return DD_ENOMEM;
	}
	f->v[f->n] = nf;
	(*layers)[f->n] = layer;
	f->n++;
	return 0;
}

static int walk_layer(dd_fix_files *f, size_t **layers, dd_u64set *touch, dd_image *img, size_t li, bool (*wants)(const char *),
	uint64_t max_file)
{
	dd_reader *stream = NULL;
	dd_tar *t = NULL;
	char what[128];
	snprintf(what, sizeof(what), "layer %zu", li + 1);
	int rc = dd_image_open_layer(img, li, NULL, &stream);
	if (rc < 0)
		goto cleanup;
	if ((rc = dd_tar_open(&t, stream, NULL, what)) < 0)
		goto cleanup;
	const dd_tar_entry *e;
	while ((rc = dd_tar_next(t, &e)) == 0) {
		const char *base = strrchr(e->path, '/');
		size_t dlen = base ? (size_t)(base - e->path) : 0;
		base = base ? base + 1 : e->path;
		if (!strcmp(base, WH_OPAQUE)) {
			if (f->n > 0 && (dlen == 0 || dd_u64set_has(touch, dd_path_hash_n(e->path, dlen))))
				drop(f, *layers, e->path, dlen, false, true, li);
			continue;
		}
		if (!strncmp(base, WH_PREFIX, strlen(WH_PREFIX))) {
			if (f->n == 0)
				continue;
			/* the whiteout's target is its path without ".wh." */
			char *target = dd_asprintf("%.*s%s%s", (int)dlen, e->path, dlen ? "/" : "", base + strlen(WH_PREFIX));
			if (!target) {
				rc = dd_error_oom();
				goto cleanup;
			}
			if (dd_u64set_has(touch, dd_path_hash_n(target, strlen(target))))
				drop(f, *layers, target, strlen(target), true, true, li);
			free(target);
			continue;
		}
		/* any entry replaces its path; a non-directory also hides the tree
		 * the lower layers had under it */
		if (f->n > 0 && dd_u64set_has(touch, dd_path_hash_n(e->path, strlen(e->path))))
			drop(f, *layers, e->path, strlen(e->path), true, e->type != DD_TAR_DIR, li + 1);
		if ((e->type == DD_TAR_FILE || e->type == DD_TAR_SYMLINK) && wants(e->path) &&
			(rc = add(f, layers, touch, li, e, t, max_file)) < 0)
			goto cleanup;
	}
	if (rc == DD_ITEROVER)
		rc = 0;
cleanup:
	if (rc < 0)
		dd_error_prefix(rc, "reading %s of %s for the fix", what, img->ref);
	dd_tar_free(t);
	dd_reader_close(stream);
	return rc;
}

static int by_path(const void *a, const void *b)
{
	return strcmp(((const dd_fix_file *)a)->path, ((const dd_fix_file *)b)->path);
}

int dd_fix_files_collect(dd_fix_files *f, dd_image *img, size_t n_layers, bool (*wants)(const char *path),
	uint64_t max_file, uint64_t max_total)
{
	*f = (dd_fix_files){ .max_total = max_total, .max_files = 100000 };
	size_t *layers = NULL;
	dd_u64set touch = { 0 };
	int rc = 0;
	if (n_layers > img->n_layers)
		n_layers = img->n_layers;
	for (size_t i = 0; i < n_layers && rc == 0; i++)
		rc = walk_layer(f, &layers, &touch, img, i, wants, max_file);
	free(layers);
	dd_u64set_free(&touch);
	if (rc == 0) {
		qsort(f->v, f->n, sizeof(*f->v), by_path);
		f->sorted = true;
	}
	return rc;
}

const dd_fix_file *dd_fix_files_get(const dd_fix_files *f, const char *path)
{
	dd_fix_file key = { .path = (char *)path };
	return f->n ? bsearch(&key, f->v, f->n, sizeof(*f->v), by_path) : NULL;
}

size_t dd_fix_files_under(const dd_fix_files *f, const char *prefix, const dd_fix_file **first)
{
	size_t plen = strlen(prefix), lo = 0, hi = f->n;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (strcmp(f->v[mid].path, prefix) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	size_t n = 0;
	while (lo + n < f->n && !strncmp(f->v[lo + n].path, prefix, plen))
		n++;
	*first = n ? &f->v[lo] : NULL;
	return n;
}

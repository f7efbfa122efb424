/*
 * Layer results and the analysis context analyzers write into (see
 * layer_result.h). The context stamps every result with the file it came
 * from, so analyzers never have to know which layer they are in.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "report/model.h"
#include "scan/layer_result.h"
#include "util/budget.h"
#include "util/error.h"
#include "util/str.h"

#define DD_KEPT_FILE_MAX (1u << 20)
/* Caps on what one layer may produce: hostile layers must not exhaust memory
 * through results either. Hitting one marks the layer incomplete. */
#define DD_LAYER_MAX_PACKAGES 200000
#define DD_LAYER_MAX_FINDINGS 100000
#define DD_LAYER_MAX_KEPT 20000
#define DD_LAYER_MAX_NOTES 1000
/* Links and directories a layer may record for the squash (beyond: the
 * layer is incomplete; a real layer has a few thousand of each). */
#define DD_LAYER_MAX_SYMLINKS 500000
#define DD_LAYER_MAX_HARDLINKS 5000000
#define DD_LAYER_MAX_DIRS (4u << 20)

struct dd_analysis {
	dd_layer_result *res;
	const dd_scan_options *opts;
	const dd_analyzer *an;
	void *state;
	const dd_file *file;
	bool capped;
};

uint64_t dd_path_hash(const char *path)
{
	uint64_t h = DD_PATH_HASH_INIT;
	for (const unsigned char *p = (const unsigned char *)path; *p; p++)
		h = dd_path_hash_step(h, *p);
	return h;
}

dd_layer_result *dd_layer_result_new(const char *digest, const char *diff_id)
{
	dd_layer_result *r = calloc(1, sizeof(*r));
	if (!r)
		return NULL;
	if ((digest && !(r->digest = strdup(digest))) || (diff_id && !(r->diff_id = strdup(diff_id)))) {
		dd_layer_result_free(r);
		return NULL;
	}
	return r;
}

void dd_layer_result_free(dd_layer_result *r)
{
	if (!r)
		return;
	for (size_t i = 0; i < r->n_packages; i++)
		dd_package_clear(&r->packages[i]);
	free(r->packages);
	dd_budget_give(&dd_budget_packages, r->package_bytes);
	for (size_t i = 0; i < r->n_findings; i++)
		dd_finding_clear(&r->findings[i]);
	free(r->findings);
	for (size_t i = 0; i < r->n_kept; i++) {
		free(r->kept[i].path);
		free(r->kept[i].data);
	}
	free(r->kept);
	free(r->kept_slots);
	dd_strv_free(&r->whiteouts);
	dd_strv_free(&r->opaque_dirs);
	free(r->path_hashes);
	for (size_t i = 0; i < r->n_symlinks; i++) {
		free(r->symlinks[i].path);
		free(r->symlinks[i].target);
	}
	free(r->symlinks);
	free(r->hardlinks);
	free(r->dir_hashes);
	for (size_t i = 0; i < r->n_aliases; i++)
		free(r->aliases[i].path);
	free(r->aliases);
	dd_strv_free(&r->notes);
	free(r->digest);
	free(r->diff_id);
	free(r);
}

static int grow(void **arr, size_t *cap, size_t n, size_t elem)
{
	if (n < *cap)
		return 0;
	size_t ncap = *cap ? *cap * 2 : 16;
	void *p = realloc(*arr, ncap * elem);
	if (!p)
		return dd_error_oom();
	*arr = p;
	*cap = ncap;
	return 0;
}

dd_analysis *dd_analysis_new(dd_layer_result *res, const dd_scan_options *opts)
{
	dd_analysis *a = calloc(1, sizeof(*a));
	if (!a)
		return NULL;
	a->res = res;
	a->opts = opts;
	return a;
}

void dd_analysis_free(dd_analysis *a)
{
	free(a);
}

void dd_analysis_begin(dd_analysis *a, const dd_analyzer *an, void *state, const dd_file *f)
{
	a->an = an;
	a->state = state;
	a->file = f;
}

void *dd_analysis_state(dd_analysis *a)
{
	return a->state;
}

const dd_scan_options *dd_analysis_options(dd_analysis *a)
{
	static const dd_scan_options defaults = DD_SCAN_OPTIONS_INIT;
	return a->opts ? a->opts : &defaults;
}

void dd_layer_result_note(dd_layer_result *r, bool incomplete, const char *fmt, ...)
{
	if (incomplete)
		r->incomplete = true;
	if (r->notes.count >= DD_LAYER_MAX_NOTES)
		return;
	va_list ap;
	va_start(ap, fmt);
	char *msg = dd_vasprintf(fmt, ap);
	va_end(ap);
	char *full = msg && r->digest ? dd_asprintf("layer %s: %s", r->digest, msg) : msg;
	if (full != msg)
		free(msg);
	/* a note lost for want of memory is information the report lacks */
	if (!full)
		r->incomplete = true;
	else if (dd_strv_contains(&r->notes, full))
		free(full);
	else if (dd_strv_push_owned(&r->notes, full) != 0)
		r->incomplete = true;
}

static void cap_hit(dd_analysis *a, const char *what)
{
	if (a->capped)
		return;
	a->capped = true;
	dd_layer_result_note(a->res, true, "more than the allowed number of %s; the rest were not recorded", what);
}

/* What a package costs in a result: the struct and its strings, with
 * malloc's overhead. */
static uint64_t package_bytes(const dd_package *p, const dd_file *f)
{
	const char *s[] = { p->type, p->name, p->version, p->source_name, p->source_version, p->arch, p->purl,
		p->path ? p->path : f ? f->path : NULL, p->layer ? p->layer : f ? f->layer : NULL, p->licenses };
	uint64_t n = sizeof(dd_package);
	for (size_t i = 0; i < sizeof(s) / sizeof(s[0]); i++)
		n += s[i] ? strlen(s[i]) + 1 + 16 : 0;
	return n;
}

int dd_analysis_add_package(dd_analysis *a, const dd_package *pkg)
{
	dd_layer_result *r = a->res;
	if (r->n_packages >= DD_LAYER_MAX_PACKAGES) {
		cap_hit(a, "packages");
		return 0;
	}
	/* all layers' lists together: layers are read in parallel and their
	 * results kept until the report, so a per-layer cap alone would let a
	 * hostile image of many layers add up */
	uint64_t cost = package_bytes(pkg, a->file);
	if (dd_budget_try_take(&dd_budget_packages, cost) != 0) {
		if (!a->capped)
			dd_layer_result_note(r, true, "the package lists of this scan's layers reached the %llu-byte memory budget; the rest were not recorded",
				(unsigned long long)dd_budget_capacity(&dd_budget_packages));
		a->capped = true;
		return 0;
	}
	r->package_bytes += cost;
	if (grow((void **)&r->packages, &r->cap_packages, r->n_packages, sizeof(dd_package)))
		return DD_ENOMEM;
	dd_package *p = &r->packages[r->n_packages];
	if (dd_package_copy(p, pkg))
		return DD_ENOMEM;
	if (!p->path && a->file && !(p->path = strdup(a->file->path)))
		goto oom;
	if (!p->layer && a->file && a->file->layer && !(p->layer = strdup(a->file->layer)))
		goto oom;
	r->n_packages++;
	return 0;
oom:
	dd_package_clear(p);
	return dd_error_oom();
}

int dd_analysis_add_finding(dd_analysis *a, const dd_finding *f)
{
	dd_layer_result *r = a->res;
	if (r->n_findings >= DD_LAYER_MAX_FINDINGS) {
		cap_hit(a, "findings");
		return 0;
	}
	if (grow((void **)&r->findings, &r->cap_findings, r->n_findings, sizeof(dd_finding)))
		return DD_ENOMEM;
	dd_finding *d = &r->findings[r->n_findings];
	if (dd_finding_copy(d, f))
		return DD_ENOMEM;
	if (!d->path && a->file && !(d->path = strdup(a->file->path)))
		goto oom;
	if (!d->layer && a->file && a->file->layer && !(d->layer = strdup(a->file->layer)))
		goto oom;
	r->n_findings++;
	return 0;
oom:
	dd_finding_clear(d);
	return dd_error_oom();
}

/* Where path's slot is in the index: its entry's, or the empty one it
 * would take. The index is never more than half full. */
static size_t *kept_probe(dd_layer_result *r, const char *path)
{
	size_t mask = r->cap_kept_slots - 1;
	for (size_t i = (size_t)dd_path_hash(path) & mask;; i = (i + 1) & mask) {
		size_t *slot = &r->kept_slots[i];
		if (!*slot || strcmp(r->kept[*slot - 1].path, path) == 0)
			return slot;
	}
}

static int kept_index_grow(dd_layer_result *r)
{
	size_t ncap = r->cap_kept_slots ? r->cap_kept_slots * 2 : 64;
	size_t *slots = calloc(ncap, sizeof(*slots));
	if (!slots)
		return dd_error_oom();
	free(r->kept_slots);
	r->kept_slots = slots;
	r->cap_kept_slots = ncap;
	for (size_t i = 0; i < r->n_kept; i++)
		*kept_probe(r, r->kept[i].path) = i + 1;
	return 0;
}

/* Adds or replaces the kept entry for path within this layer. */
static dd_kept *kept_slot(dd_layer_result *r, const char *path, int *rc)
{
	if ((r->n_kept + 1) * 2 > r->cap_kept_slots && (*rc = kept_index_grow(r)) != 0)
		return NULL;
	size_t *slot = kept_probe(r, path);
	if (*slot)
		return &r->kept[*slot - 1];
	if (r->n_kept >= DD_LAYER_MAX_KEPT) {
		*rc = 1;
		return NULL;
	}
	if (grow((void **)&r->kept, &r->cap_kept, r->n_kept, sizeof(dd_kept))) {
		*rc = DD_ENOMEM;
		return NULL;
	}
	dd_kept *k = &r->kept[r->n_kept];
	memset(k, 0, sizeof(*k));
	if (!(k->path = strdup(path))) {
		*rc = dd_error_oom();
		return NULL;
	}
	*slot = ++r->n_kept;
	return k;
}

int dd_layer_result_keep(dd_layer_result *r, const dd_file *f, const void *data, size_t len, bool special_only)
{
	int rc = 0;
	if (len > DD_KEPT_FILE_MAX)
		len = DD_KEPT_FILE_MAX;
	dd_kept *k = kept_slot(r, f->path, &rc);
	if (!k) {
		if (rc == 1) {
			dd_layer_result_note(r, true, "more than %u configuration files to keep; the rest were not checked",
				DD_LAYER_MAX_KEPT);
			return 0;
		}
		return rc;
	}
	k->mode = f->mode;
	k->uid = f->uid;
	k->gid = f->gid;
	if (special_only) {
		/* a special-mode marker never replaces kept content of the same entry */
		if (!k->data)
			k->special_only = true;
		return 0;
	}
	char *copy = malloc(len + 1);
	if (!copy)
		return dd_error_oom();
	if (len)
		memcpy(copy, data, len);
	copy[len] = '\0';
	free(k->data);
	k->data = copy;
	k->len = len;
	k->special_only = false;
	return 0;
}

int dd_analysis_keep_file(dd_analysis *a, const dd_file *f, const void *data, size_t len)
{
	return dd_layer_result_keep(a->res, f, data, len, false);
}

void dd_analysis_note(dd_analysis *a, bool incomplete, const char *fmt, ...)
{
	dd_layer_result *r = a->res;
	if (incomplete)
		r->incomplete = true;
	if (r->notes.count >= DD_LAYER_MAX_NOTES)
		return;
	va_list ap;
	va_start(ap, fmt);
	char *msg = dd_vasprintf(fmt, ap);
	va_end(ap);
	if (!msg)
		return;
	/* "layer sha256:…: usr/lib/x.jar: java: what happened" */
	dd_layer_result_note(r, incomplete, "%s%s%s%s%s", a->file ? a->file->path : "", a->file ? ": " : "",
		a->an ? a->an->name : "", a->an ? ": " : "", msg);
	free(msg);
}

int dd_layer_result_add_path(dd_layer_result *r, const char *path)
{
	if (grow((void **)&r->path_hashes, &r->cap_hashes, r->n_hashes, sizeof(uint64_t)))
		return DD_ENOMEM;
	r->path_hashes[r->n_hashes++] = dd_path_hash(path);
	return 0;
}

int dd_layer_result_add_symlink(dd_layer_result *r, const char *path, const char *target)
{
	if (r->n_symlinks >= DD_LAYER_MAX_SYMLINKS) {
		dd_layer_result_note(r, true, "more than %d symlinks; the rest were not followed", DD_LAYER_MAX_SYMLINKS);
		return 0;
	}
	if (grow((void **)&r->symlinks, &r->cap_symlinks, r->n_symlinks, sizeof(dd_symlink)))
		return DD_ENOMEM;
	dd_symlink *s = &r->symlinks[r->n_symlinks];
	s->path = strdup(path);
	s->target = strdup(target);
	if (!s->path || !s->target) {
		free(s->path);
		free(s->target);
		return dd_error_oom();
	}
	s->hash = dd_path_hash(path);
	r->n_symlinks++;
	return 0;
}

void dd_layer_result_drop_symlink(dd_layer_result *r, const char *path)
{
	/* a path replaced in the same layer was usually written just before */
	for (size_t i = r->n_symlinks; i-- > 0;)
		if (!strcmp(r->symlinks[i].path, path)) {
			free(r->symlinks[i].path);
			free(r->symlinks[i].target);
			r->symlinks[i] = r->symlinks[--r->n_symlinks];
			return;
		}
}

int dd_layer_result_add_hardlink(dd_layer_result *r, uint64_t path_hash, uint64_t target_hash)
{
	if (r->n_hardlinks >= DD_LAYER_MAX_HARDLINKS) {
		dd_layer_result_note(r, true, "more than %d hardlinks; the rest were not followed", DD_LAYER_MAX_HARDLINKS);
		return 0;
	}
	if (grow((void **)&r->hardlinks, &r->cap_hardlinks, r->n_hardlinks, sizeof(dd_hardlink)))
		return DD_ENOMEM;
	r->hardlinks[r->n_hardlinks++] = (dd_hardlink){ path_hash, target_hash };
	return 0;
}

int dd_u64_cmp(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
	return x < y ? -1 : x > y;
}

void dd_layer_result_unique_dirs(dd_layer_result *r)
{
	if (r->n_dirs < 2)
		return;
	qsort(r->dir_hashes, r->n_dirs, sizeof(uint64_t), dd_u64_cmp);
	size_t j = 1;
	for (size_t i = 1; i < r->n_dirs; i++)
		if (r->dir_hashes[i] != r->dir_hashes[j - 1])
			r->dir_hashes[j++] = r->dir_hashes[i];
	r->n_dirs = j;
}

int dd_layer_result_add_dir(dd_layer_result *r, uint64_t h, bool entry)
{
	if (r->n_dirs == r->cap_dirs && r->n_dirs) {
		/* full: fold the repeats (parents recorded once per run of
		 * entries, but a hostile order repeats them) before growing */
		dd_layer_result_unique_dirs(r);
		if (r->n_dirs * 2 > r->cap_dirs && r->cap_dirs >= DD_LAYER_MAX_DIRS) {
			dd_layer_result_note(r, true, "more than %u directories; links through the rest were not followed",
				DD_LAYER_MAX_DIRS);
			return 0;
		}
	}
	if (r->n_dirs == r->cap_dirs || r->n_dirs * 2 > r->cap_dirs) {
		size_t ncap = r->cap_dirs ? r->cap_dirs * 2 : 64;
		uint64_t *p = realloc(r->dir_hashes, ncap * sizeof(uint64_t));
		if (!p)
			return dd_error_oom();
		r->dir_hashes = p;
		r->cap_dirs = ncap;
	}
	r->dir_hashes[r->n_dirs++] = DD_DIR_KEY(h, entry);
	return 0;
}

int dd_layer_result_add_alias(dd_layer_result *r, const char *path, uint64_t target_hash, dd_layer_result *into)
{
	if (grow((void **)&r->aliases, &r->cap_aliases, r->n_aliases, sizeof(dd_alias)))
		return DD_ENOMEM;
	char *p = strdup(path);
	if (!p)
		return dd_error_oom();
	r->aliases[r->n_aliases++] = (dd_alias){ p, target_hash, into };
	return 0;
}

void dd_layer_result_drop_alias(dd_layer_result *r, const char *path)
{
	for (size_t i = r->n_aliases; i-- > 0;)
		if (!strcmp(r->aliases[i].path, path)) {
			free(r->aliases[i].path);
			r->aliases[i] = r->aliases[--r->n_aliases];
		}
}

/* path itself, or an item inside it ("app.jar!/lib/x.jar") */
static bool from_path(const char *item, const char *path, size_t len)
{
	return item && !strncmp(item, path, len) && (!item[len] || !strncmp(item + len, "!/", 2));
}

void dd_layer_result_forget(dd_layer_result *r, const char *path)
{
	size_t len = strlen(path), j = 0;
	for (size_t i = 0; i < r->n_packages; i++) {
		if (from_path(r->packages[i].path, path, len))
			dd_package_clear(&r->packages[i]);
		else
			r->packages[j++] = r->packages[i];
	}
	r->n_packages = j;
	j = 0;
	for (size_t i = 0; i < r->n_findings; i++) {
		if (from_path(r->findings[i].path, path, len))
			dd_finding_clear(&r->findings[i]);
		else
			r->findings[j++] = r->findings[i];
	}
	r->n_findings = j;
	j = 0;
	bool dropped = false;
	for (size_t i = 0; i < r->n_kept; i++) {
		if (!strcmp(r->kept[i].path, path)) {
			free(r->kept[i].path);
			free(r->kept[i].data);
			dropped = true;
		} else {
			r->kept[j++] = r->kept[i];
		}
	}
	r->n_kept = j;
	if (dropped) {
		/* indices moved: rebuild the path index at its size */
		size_t cap = r->cap_kept_slots;
		free(r->kept_slots);
		r->kept_slots = NULL;
		r->cap_kept_slots = cap / 2;
		if (kept_index_grow(r) != 0)
			r->cap_kept_slots = 0; /* rebuilt on the next keep */
	}
}

int dd_analyzer_run_on_buffer(dd_layer_result **out, const dd_analyzer *an, const char *path,
	uint32_t mode, const void *data, size_t len, const dd_scan_options *opts)
{
	dd_scan_options defaults = DD_SCAN_OPTIONS_INIT;
	if (!opts)
		opts = &defaults;
	void *state = NULL;
	int rc = 0;
	dd_analysis *a = NULL;
	char *copy = NULL;
	dd_layer_result *res = dd_layer_result_new("sha256:test", "sha256:test");
	if (!res)
		return dd_error_oom();
	if (an->init && (rc = an->init(&state, opts)) != 0)
		goto cleanup;
	if (!(a = dd_analysis_new(res, opts))) {
		rc = dd_error_oom();
		goto cleanup;
	}
	dd_file f = { .path = path, .mode = mode ? mode : (S_IFREG | 0644), .size = len,
		.layer = res->digest, .layer_index = 0 };
	if (!an->wants(f.path, f.mode, f.size)) {
		rc = 0;
		goto cleanup;
	}
	dd_analysis_begin(a, an, state, &f);
	if (an->analyze_stream) {
		dd_reader *in = NULL;
		if ((rc = dd_reader_from_memory(&in, data, len)) != 0)
			goto cleanup;
		rc = an->analyze_stream(a, &f, in);
		dd_reader_close(in);
	} else {
		if (len > an->max_size) {
			if (an->note_oversize)
				dd_analysis_note(a, true, "file larger than %llu bytes was not analyzed",
					(unsigned long long)an->max_size);
			goto cleanup;
		}
		/* analyze() is promised a NUL-terminated buffer */
		if (!(copy = malloc(len + 1))) {
			rc = dd_error_oom();
			goto cleanup;
		}
		if (len)
			memcpy(copy, data, len);
		copy[len] = '\0';
		rc = an->analyze(a, &f, (const uint8_t *)copy, len);
	}
	if (rc) {
		dd_analysis_note(a, true, "%s", dd_error_last());
		rc = 0;
	}
cleanup:
	free(copy);
	dd_analysis_free(a);
	if (an->free && state)
		an->free(state);
	if (rc) {
		dd_layer_result_free(res);
		return rc;
	}
	*out = res;
	return 0;
}

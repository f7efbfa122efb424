/*
 * drydock fix: the framework (docs/fix.md). Reads the image's package state
 * once, scans, selects the OS vulnerabilities, lets the backend plan and
 * build one patch layer, writes the new image and rescans it.
 */
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "drydock/drydock.h"
#include "fix/files.h"
#include "fix/fix_internal.h"
#include "fix/post.h"
#include "image/writer.h"
#include "util/buf.h"
#include "util/cancel.h"
#include "util/default_paths.h"
#include "util/error.h"
#include "util/reader.h"
#include "util/str.h"

void dd_fix_result_free(dd_fix_result *r)
{
	if (!r)
		return;
	free(r->source_ref);
	free(r->source_digest);
	free(r->target_ref);
	free(r->target_digest);
	for (size_t i = 0; i < r->n_upgrades; i++) {
		free(r->upgrades[i].type);
		free(r->upgrades[i].name);
		free(r->upgrades[i].from);
		free(r->upgrades[i].to);
		dd_strv_free(&r->upgrades[i].closes);
	}
	free(r->upgrades);
	dd_strv_free(&r->fixed);
	dd_strv_free(&r->remaining);
	dd_strv_free(&r->new_ids);
	for (size_t i = 0; i < r->n_not_fixable; i++) {
		free(r->not_fixable[i].id);
		free(r->not_fixable[i].package);
		free(r->not_fixable[i].why);
	}
	free(r->not_fixable);
	for (size_t i = 0; i < r->n_advice; i++) {
		free(r->advice[i].id);
		free(r->advice[i].package);
		free(r->advice[i].path);
		free(r->advice[i].fixed_version);
	}
	free(r->advice);
	dd_strv_free(&r->notes);
	dd_strv_free(&r->scripts);
	free(r);
}

/* The private work directory and everything in it. */
static int rm_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	(void)st, (void)flag, (void)ftw;
	remove(path);
	return 0;
}

static int make_work_dir(char **out, const char *parent)
{
	*out = dd_asprintf("%s/drydock-fix-XXXXXX", parent ? parent : dd_temp_dir_default());
	if (!*out)
		return dd_error_oom();
	if (!mkdtemp(*out)) {
		int rc = dd_error_set(DD_EIO, "cannot make a work directory in %s: %s",
			parent ? parent : dd_temp_dir_default(), strerror(errno));
		free(*out);
		*out = NULL;
		return rc;
	}
	return 0;
}

/* The history entry: the upgrades and what they close, bounded. */
static char *created_by(const dd_fix_result *res)
{
	dd_buf b = DD_BUF_INIT(16384);
	dd_buf_puts(&b, "drydock fix:");
	for (size_t i = 0; i < res->n_upgrades; i++) {
		const dd_fix_upgrade *u = &res->upgrades[i];
		if (dd_buf_printf(&b, "%s %s %s -> %s", i ? "," : "", u->name, u->from, u->to) < 0)
			break;
		for (size_t k = 0; k < u->closes.count; k++)
			if (dd_buf_printf(&b, "%s%s", k ? " " : " (", u->closes.items[k]) < 0)
				break;
		if (u->closes.count)
			dd_buf_putc(&b, ')');
	}
	if (!b.ptr)
		return NULL;
	return dd_buf_detach(&b);
}

static int scan(dd_engine *e, dd_report **out, const char *ref, const dd_fix_options *o, const char *cache_dir,
	int64_t deadline, const char *what)
{
	dd_scan_options so = DD_SCAN_OPTIONS_INIT;
	so.image = o->image;
	so.scanners = DD_SCANNER_VULN;
	so.db_path = o->db_path;
	so.cache_dir = cache_dir;
	so.progress = o->progress;
	so.progress_payload = o->progress_payload;
	if (deadline) {
		so.timeout_ms = deadline - dd_now_ms();
		if (so.timeout_ms <= 0)
			return dd_error_set(DD_ETIMEOUT, "fix of %s timed out before the %s", ref, what);
	}
	int rc = dd_engine_scan(e, out, ref, &so);
	if (rc < 0)
		return dd_error_prefix(rc, "%s", what);
	if (!(*out)->complete)
		return dd_error_set(DD_ERROR, "the %s of %s is incomplete (%s); a fix needs the whole package state",
			what, ref, (*out)->notes.count ? (*out)->notes.items[0] : "see its notes");
	return 0;
}

/* Builds the patch layer into work_dir/patch.tar.gz. */
static int build_layer(const dd_fix_backend *b, const dd_fix_ctx *ctx, const dd_fix_plan *plan, const char *file,
	dd_layer_digests *d)
{
	int fd = open(file, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
	if (fd < 0)
		return dd_error_set(DD_EIO, "%s: %s", file, strerror(errno));
	dd_layer_writer *w = NULL;
	dd_layer_writer_options lo = DD_LAYER_WRITER_OPTIONS_INIT;
	lo.mtime = (int64_t)time(NULL);
	int rc = dd_layer_writer_new(&w, fd, &lo);
	if (rc == 0)
		rc = b->build(ctx, plan, w);
	if (rc == 0)
		rc = dd_layer_writer_finish(w, d);
	dd_layer_writer_free(w);
	if (close(fd) != 0 && rc == 0)
		rc = dd_error_set(DD_EIO, "%s: %s", file, strerror(errno));
	return rc ? dd_error_prefix(rc, "building the patch layer") : 0;
}

static int write_image(dd_fix_result *res, dd_image *img, bool refix, const char *layer_file,
	const dd_layer_digests *d, const dd_fix_backend *b, const dd_fix_options *o)
{
	dd_image_draft *draft = NULL;
	char *mark = dd_fix_patch_mark(res, b->pkg_type), *by = created_by(res), *digest = NULL;
	int rc = mark && by ? 0 : dd_error_oom();
	if (rc == 0)
		rc = dd_image_draft_new(&draft, img);
	if (rc == 0 && refix)
		rc = dd_image_draft_drop_top_layer(draft);
	if (rc == 0) {
		const char *kv[] = { DD_FIX_PATCH_KEY, mark, NULL };
		dd_append_options ao = DD_APPEND_OPTIONS_INIT;
		ao.created_by = by;
		ao.comment = "drydock fix: one patch layer of verified package upgrades";
		ao.annotations = kv;
		ao.labels = kv;
		rc = dd_image_draft_append_layer(draft, layer_file, d, &ao);
	}
	if (rc == 0)
		rc = dd_fix_write_target(draft, img, res->target_ref, o, &digest);
	if (rc == 0) {
		res->target_digest = digest;
		digest = NULL;
		res->written = true;
		res->has_patch_layer = true;
		snprintf(res->patch_digest, sizeof(res->patch_digest), "%s", d->digest);
		snprintf(res->patch_diff_id, sizeof(res->patch_diff_id), "%s", d->diff_id);
		res->patch_size = d->size;
	}
	free(digest);
	free(mark);
	free(by);
	dd_image_draft_free(draft);
	return rc;
}

/* Why there is no backend for the image: an OS drydock cannot fix yet
 * (naming those it can), or no OS at all. */
static int unsupported(const char *ref, const char *family)
{
	if (!family || !*family)
		return dd_error_set(DD_EINVAL, "%s: no OS package database found; there is nothing drydock fix can "
			"upgrade", ref);
	char families[256] = "";
	for (size_t i = 0; dd_fix_backends[i]; i++)
		for (const char *const *f = dd_fix_backends[i]->os_families; f && *f; f++)
			snprintf(families + strlen(families), sizeof(families) - strlen(families), "%s%s",
				*families ? ", " : "", *f);
	return dd_error_set(DD_EUNSUPPORTED, "%s: fixing %s images is not yet supported (drydock fix supports: %s)",
		ref, family, families);
}

/* The cancel token's poll: the caller's progress callback. */
static int poll_progress(void *arg)
{
	const dd_fix_options *o = arg;
	return o->progress ? o->progress("fix", 0, 0, o->progress_payload) : 0;
}

/* The sources file for backend b: --sources, else the caller's file for
 * b's package manager (the service's fix_sources), else NULL (the image's). */
static const char *sources_file(const dd_fix_options *o, const dd_fix_backend *b)
{
	if (o->sources_file)
		return o->sources_file;
	if (!strcmp(b->pkg_type, "deb"))
		return o->apt_sources_file;
	if (!strcmp(b->pkg_type, "apk"))
		return o->apk_sources_file;
	return NULL;
}

static int read_sources(const char *file, char **text, size_t *len)
{
	*text = NULL;
	*len = 0;
	if (!file)
		return 0;
	return dd_file_read_all("sources file", file, 1u << 20, text, len);
}

int dd_engine_fix(dd_engine *e, dd_fix_result **out, const char *ref, const dd_fix_options *o)
{
	*out = NULL;
	int rc;
	if (!o)
		return dd_error_set(DD_EINVAL, "dd_engine_fix: no options");
	if ((rc = dd_options_check(o->version, DD_FIX_OPTIONS_VERSION, "dd_engine_fix", "dd_fix_options")) < 0 ||
		(rc = dd_options_check(o->image.version, DD_IMAGE_OPTIONS_VERSION, "dd_engine_fix", "dd_image_options")) < 0)
		return rc;
	int64_t deadline = o->timeout_ms > 0 ? dd_now_ms() + o->timeout_ms : 0;
	dd_fix_result *res = calloc(1, sizeof(*res));
	dd_image *img = NULL;
	dd_report *before = NULL, *after = NULL;
	dd_fix_carried *carried = NULL;
	size_t n_carried = 0;
	bool refix = false;
	dd_fix_selection sel = { 0 };
	dd_fix_files files = { 0 };
	dd_fix_plan plan = { 0 };
	const dd_fix_backend *b = NULL;
	char *work = NULL, *sources = NULL, *layer_file = NULL, *layer_cache = NULL;
	size_t sources_len = 0;
	dd_cancel tok, *prev_tok = NULL;
	bool bound = false;
	if (!res)
		return dd_error_oom();
	res->dry_run = o->dry_run;
	if (!(res->source_ref = dd_strdup(ref))) {
		rc = dd_error_oom();
		goto cleanup;
	}
	if ((rc = dd_image_open(&img, ref, &o->image)) < 0 ||
		(rc = dd_fix_patch_read(img, &refix, &carried, &n_carried)) < 0)
		goto cleanup;
	if (!(res->source_digest = dd_strdup(img->manifest_digest ? img->manifest_digest : ""))) {
		rc = dd_error_oom();
		goto cleanup;
	}
	if ((rc = dd_fix_target(&res->target_ref, ref, o, refix)) < 0)
		goto cleanup;
	/* Without the caller's layer cache the scans share a private one: the
	 * rescan of the fixed image then reads only the patch layer, not every
	 * layer below it a second time. */
	if ((rc = make_work_dir(&work, o->work_dir)) < 0)
		goto cleanup;
	if (!o->cache_dir && (!(layer_cache = dd_asprintf("%s/layer-cache", work)) || mkdir(layer_cache, 0700) != 0)) {
		rc = layer_cache ? dd_error_set(DD_EIO, "cannot make %s: %s", layer_cache, strerror(errno)) : dd_error_oom();
		goto cleanup;
	}
	const char *cache_dir = o->cache_dir ? o->cache_dir : layer_cache;
	if ((rc = scan(e, &before, ref, o, cache_dir, deadline, "scan before the fix")) < 0)
		goto cleanup;
	dd_fix_count(before, res->before);
	if (!(b = dd_fix_backend_for(before->os_family))) {
		rc = unsupported(ref, before->os_family);
		goto cleanup;
	}
	if ((rc = dd_fix_select(&sel, res, before, b, o->ids, carried, n_carried)) < 0)
		goto cleanup;
	if (sel.n_wants == 0) {
		if (res->n_not_fixable)
			rc = dd_error_set(DD_ENOTFOUND, "%s: none of the named vulnerabilities can be fixed (see not_fixable); "
				"nothing written", ref);
		goto cleanup;
	}
	if ((rc = dd_fix_files_collect(&files, img, refix ? img->n_layers - 1 : img->n_layers, b->wants, b->max_file,
		b->max_total)) < 0)
		goto cleanup;
	if (!dd_fix_files_get(&files, b->db_path)) {
		rc = dd_error_set(DD_EINVAL, "%s: no %s package database (%s) in the image", ref, b->name, b->db_path);
		goto cleanup;
	}
	if ((rc = read_sources(sources_file(o, b), &sources, &sources_len)) < 0)
		goto cleanup;
	dd_fix_ctx ctx = {
		.files = &files, .work_dir = work, .sources = sources, .sources_len = sources_len,
		.sources_path = sources_file(o, b), .package_dir = o->package_dir,
		.arch = img->arch ? img->arch : "amd64", .opts = o, .notes = &res->notes,
	};
	size_t unfixed = 0;
	/* downloads and the layer build stop on the caller's callback and at
	 * the deadline like a scan does (the scans bind their own token) */
	int64_t left = deadline ? deadline - dd_now_ms() : 0;
	dd_cancel_init(&tok, deadline ? (left > 0 ? left : 1) : 0, poll_progress, (void *)o, "fix");
	prev_tok = dd_cancel_bind(&tok);
	bound = true;
	/* a plan that failed (unreachable source, bad signature) says nothing
	 * about which versions exist: only a finished plan is settled per id */
	if ((rc = b->plan(&ctx, sel.wants, sel.n_wants, &plan)) < 0 ||
		(rc = dd_fix_settle(res, &sel, &plan, b, &unfixed)) < 0)
		goto cleanup;
	if (unfixed) {
		rc = dd_error_set(DD_ENOTFOUND, "%s: %zu selected vulnerabilit%s cannot be fixed from the configured "
			"sources (see not_fixable; name the others with --ids); nothing written", ref, unfixed,
			unfixed == 1 ? "y" : "ies");
		goto cleanup;
	}
	if (o->dry_run || plan.n_upgrades == 0)
		goto cleanup;
	dd_layer_digests d;
	if (!(layer_file = dd_asprintf("%s/patch.tar.gz", work))) {
		rc = dd_error_oom();
		goto cleanup;
	}
	if ((rc = build_layer(b, &ctx, &plan, layer_file, &d)) < 0 ||
		(rc = dd_fix_post(b, &ctx, &plan, img, refix ? img->n_layers - 1 : img->n_layers, layer_file, &d, res,
			deadline)) < 0 ||
		(rc = write_image(res, img, refix, layer_file, &d, b, o)) < 0)
		goto cleanup;
	dd_cancel_bind(prev_tok);
	bound = false;
	if ((rc = scan(e, &after, res->target_ref, o, cache_dir, deadline, "rescan of the fixed image")) < 0)
		goto cleanup;
	dd_fix_count(after, res->after);
	res->rescanned = true;
	rc = dd_fix_compare(res, before, after);
cleanup:
	if (bound)
		dd_cancel_bind(prev_tok);
	if (work)
		nftw(work, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
	free(work);
	free(layer_file);
	free(layer_cache);
	free(sources);
	dd_fix_plan_clear(b, &plan);
	dd_fix_files_free(&files);
	dd_fix_selection_free(&sel);
	dd_fix_carried_free(carried, n_carried);
	dd_report_free(before);
	dd_report_free(after);
	dd_image_free(img);
	if (before || (rc == 0 && res)) {
		*out = res;
	} else {
		dd_fix_result_free(res);
	}
	return rc;
}

int dd_fix(dd_fix_result **out, const char *ref, const dd_fix_options *opts)
{
	dd_engine_options eo = DD_ENGINE_OPTIONS_INIT;
	eo.db_path = opts ? opts->db_path : NULL;
	eo.lazy = true;
	dd_engine *e = NULL;
	int rc = dd_engine_new(&e, &eo);
	if (rc == 0)
		rc = dd_engine_fix(e, out, ref, opts);
	else
		*out = NULL;
	dd_engine_free(e);
	return rc;
}

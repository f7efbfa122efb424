/*
 * After the patch layer is built: --run-scripts and etc/ld.so.cache
 * (docs/fix.md). Both need a real tree: the image's final view below the
 * patch is materialised in the work directory (rootfs.c), the scripts that
 * run before the unpack run on it in the sandbox (sandbox.c), the patch
 * layer is applied over it, the others run; the host's ldconfig reads it
 * when the library file names changed. What the scripts (or ldconfig)
 * created, changed or removed then goes into the patch layer, which is
 * written once more: its own entries as they were, except where the tree
 * now says otherwise, then those paths from the tree (or whiteouts).
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "fix/post.h"
#include "fix/rootfs.h"
#include "fix/sandbox.h"
#include "image/stream.h"
#include "image/tar.h"
#include "util/cancel.h"
#include "util/error.h"
#include "util/str.h"
#include "util/subprocess.h"

#define SCRIPT_TIMEOUT_MS 120000L
#define SCRIPT_OUT_MAX (1u << 20)
#define LDCONFIG_TIMEOUT_MS 60000L
#define LD_BEFORE "/.drydock-ld.so.cache.before"

typedef struct post {
	const dd_fix_ctx *ctx;
	dd_fix_rootfs root;
	char *scripts_dir;
	dd_strv changed;            /* paths the scripts or ldconfig changed, sorted and unique at the end */
	dd_fix_snap base;           /* the tree before anything ran (whiteouts only for what was there) */
	bool have_base;
	int64_t deadline;
} post;

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void sort_unique(dd_strv *v)
{
	if (!v->count)
		return;
	qsort(v->items, v->count, sizeof(*v->items), cmp_str);
	size_t j = 1;
	for (size_t i = 1; i < v->count; i++) {
		if (!strcmp(v->items[i], v->items[j - 1]))
			free(v->items[i]);
		else
			v->items[j++] = v->items[i];
	}
	v->count = j;
}

static bool has(const dd_strv *v, const char *path)
{
	return v->count && bsearch(&path, v->items, v->count, sizeof(*v->items), cmp_str);
}

/* ---- the scripts ---- */

static int write_scripts(post *p, const dd_fix_scripts *s)
{
	if (!(p->scripts_dir = dd_asprintf("%s/scripts", p->ctx->work_dir)))
		return dd_error_oom();
	if (mkdir(p->scripts_dir, 0700) < 0)
		return dd_error_set(DD_EIO, "cannot make %s: %s", p->scripts_dir, strerror(errno));
	for (size_t i = 0; i < s->n; i++) {
		char path[4096];
		snprintf(path, sizeof(path), "%s/%zu", p->scripts_dir, i);
		int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0755);
		if (fd < 0)
			return dd_error_set(DD_EIO, "cannot write %s: %s", path, strerror(errno));
		ssize_t w = write(fd, s->v[i].data, s->v[i].len);
		close(fd);
		if (w != (ssize_t)s->v[i].len)
			return dd_error_set(DD_EIO, "cannot write %s", path);
	}
	return chmod(p->scripts_dir, 0755) < 0 ? dd_error_set(DD_EIO, "chmod %s: %s", p->scripts_dir, strerror(errno)) : 0;
}

static int run_script(post *p, const dd_fix_script *x, size_t i, dd_fix_result *res)
{
	char inside[256];
	snprintf(inside, sizeof(inside), DD_FIX_SANDBOX_SCRIPTS "/%zu", i);
	const char *argv[] = { inside, x->args[0], x->args[1], NULL };
	const char *env[6] = { "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "HOME=/root",
		"LANG=C" };
	for (size_t k = 0; k < 2 && x->env[k]; k++)
		env[3 + k] = x->env[k];
	long timeout = SCRIPT_TIMEOUT_MS;
	if (p->deadline) {
		int64_t left = p->deadline - dd_now_ms();
		if (left <= 0)
			return dd_error_set(DD_ETIMEOUT, "the fix's time ran out before %s's %s", x->package, x->name);
		if (left < timeout)
			timeout = (long)left;
	}
	char what[512];
	snprintf(what, sizeof(what), "%s %s%s%s%s%s", x->package, x->name, x->args[0] ? " " : "",
		x->args[0] ? x->args[0] : "", x->args[1] ? " " : "", x->args[1] ? x->args[1] : "");
	dd_fix_sandbox_cmd c = { p->root.dir, p->scripts_dir, argv, env, timeout, SCRIPT_OUT_MAX };
	dd_subprocess_result r = { 0 };
	int rc = dd_fix_sandbox_run(&c, &r);
	const char *out = r.out && r.out_len ? r.out : "";
	size_t ol = strlen(out);
	const char *tail = ol > 300 ? out + ol - 300 : out;
	if (rc == DD_ETIMEOUT)
		rc = dd_error_set(DD_ETIMEOUT, "maintainer script '%s' did not finish within %ld s in the sandbox; killed, "
			"nothing written", what, timeout / 1000);
	else if (rc == DD_ELIMIT)
		rc = dd_error_set(DD_ELIMIT, "maintainer script '%s' wrote more than %u bytes; killed, nothing written",
			what, SCRIPT_OUT_MAX);
	else if (rc < 0)
		rc = dd_error_prefix(rc, "running maintainer script '%s' in the sandbox", what);
	else if (r.exit_code != 0)
		rc = dd_error_set(DD_ERROR, "maintainer script '%s' failed in the sandbox (no network, private /proc /dev "
			"/tmp) with %s %d: %s%s%s; nothing written", what, r.signal ? "signal" : "exit status",
			r.signal ? r.signal : r.exit_code, r.err[0] ? r.err : "(no message)", *tail ? " / output: " : "", tail);
	free(r.out);
	if (rc == 0)
		rc = dd_strv_push(&res->scripts, what) < 0 ? dd_error_oom() : 0;
	return rc;
}

/* Runs the scripts of one phase between two snapshots; what changed goes
 * into p->changed. */
static int run_phase(post *p, const dd_fix_scripts *s, bool before, dd_fix_result *res)
{
	size_t n = 0;
	for (size_t i = 0; i < s->n; i++)
		n += s->v[i].before == before;
	if (!n)
		return 0;
	dd_fix_snap a = { 0 }, b = { 0 };
	int rc = dd_fix_snap_take(&p->root, &a);
	for (size_t i = 0; i < s->n && rc == 0; i++)
		if (s->v[i].before == before)
			rc = run_script(p, &s->v[i], i, res);
	if (rc == 0 && (rc = dd_fix_snap_take(&p->root, &b)) == 0)
		rc = dd_fix_snap_diff(&a, &b, &p->changed);
	dd_fix_snap_free(&a);
	dd_fix_snap_free(&b);
	return rc;
}

/* ---- ld.so.cache ---- */

/* The sorted "SONAME (flags)" lines `ldconfig -p` prints for a cache file. */
static int soname_set(const char *cache, dd_strv *out)
{
	const char *argv[] = { "ldconfig", "-p", "-C", cache, NULL };
	dd_subprocess_result r = { 0 };
	int rc = dd_subprocess_run(argv, NULL, 64u << 20, LDCONFIG_TIMEOUT_MS, &r);
	if (rc == 0 && r.exit_code != 0)
		rc = dd_error_set(DD_EIO, "ldconfig -p -C %s failed: %s", cache, r.err);
	for (char *line = r.out, *next; rc == 0 && line && *line; line = next) {
		next = strchr(line, '\n');
		if (next)
			*next++ = 0;
		char *arrow = strstr(line, " => ");
		if (line[0] != '\t' || !arrow)
			continue;
		*arrow = 0;
		if (dd_strv_push(out, line + 1) < 0)
			rc = dd_error_oom();
	}
	free(r.out);
	sort_unique(out);
	return rc;
}

static int ldconfig(post *p, const char *cache)
{
	const char *argv[] = { "ldconfig", "-X", "-r", p->root.dir, "-C", cache, NULL };
	dd_subprocess_result r = { 0 };
	int rc = dd_subprocess_run(argv, NULL, 1u << 20, LDCONFIG_TIMEOUT_MS, &r);
	free(r.out);
	if (rc == DD_ENOTFOUND)
		return dd_error_set(DD_ENOTFOUND, "the upgrade changes shared-library names but the host has no ldconfig "
			"(Debian: libc-bin) to regenerate etc/ld.so.cache");
	if (rc == 0 && r.exit_code != 0)
		rc = dd_error_set(DD_EIO, "ldconfig -r %s failed: %s", p->root.dir, r.err);
	return rc;
}

static bool same_set(const dd_strv *a, const dd_strv *b)
{
	if (a->count != b->count)
		return false;
	for (size_t i = 0; i < a->count; i++)
		if (strcmp(a->items[i], b->items[i]))
			return false;
	return true;
}

/* ---- the layer, once more ---- */

/* Is path, or a directory above it, a changed path that is no longer a
 * directory in the tree (its old entries must not be written)? */
static bool shadowed(post *p, const char *path)
{
	if (has(&p->changed, path))
		return true;
	char buf[4096];
	snprintf(buf, sizeof(buf), "%s", path);
	for (char *s = strrchr(buf, '/'); s; s = strrchr(buf, '/')) {
		*s = 0;
		struct stat st;
		if (has(&p->changed, buf) && (dd_fix_rootfs_lstat(&p->root, buf, &st, NULL, 0) != 0 || !S_ISDIR(st.st_mode)))
			return true;
	}
	return false;
}

static int copy_entry(post *p, dd_tar *t, const dd_tar_entry *e, dd_layer_writer *w, dd_strv *extra)
{
	const char *base = strrchr(e->path, '/');
	size_t dlen = base ? (size_t)(base - e->path) : 0;
	base = base ? base + 1 : e->path;
	if (!strncmp(base, ".wh.", 4)) {
		char target[4096];
		snprintf(target, sizeof(target), "%.*s%s%s", (int)dlen, e->path, dlen ? "/" : "", base + 4);
		if (!strcmp(base, ".wh..wh..opq") || shadowed(p, target))
			return 0;
		return dd_layer_writer_add_whiteout(w, target);
	}
	if (shadowed(p, e->path))
		return 0;
	dd_layer_writer_owner(w, e->uid, e->gid);
	switch (e->type) {
	case DD_TAR_FILE:
		return dd_layer_writer_add_file(w, e->path, e->mode & 07777, dd_tar_content(t), e->size);
	case DD_TAR_DIR:
		return dd_layer_writer_add_dir(w, e->path, e->mode & 07777);
	case DD_TAR_SYMLINK:
		return dd_layer_writer_add_symlink(w, e->path, e->linkname);
	case DD_TAR_HARDLINK: {
		char target[4096];
		snprintf(target, sizeof(target), "%s", e->linkname);
		if (dd_tar_normalize_path(target) < 0)
			return dd_error_set(DD_EFORMAT, "%s: hard link out of the root", e->path);
		if (shadowed(p, target)) /* its target is written from the tree: so is it */
			return dd_strv_push(extra, e->path) < 0 ? dd_error_oom() : 0;
		return dd_layer_writer_add_hardlink(w, e->path, target);
	}
	default:
		return 0;
	}
}

/* Is a directory above path in gone (sorted)? */
static bool under_gone(const dd_strv *gone, const char *path)
{
	char buf[4096];
	snprintf(buf, sizeof(buf), "%s", path);
	for (char *s = strrchr(buf, '/'); s; s = strrchr(buf, '/')) {
		*s = 0;
		if (has(gone, buf))
			return true;
	}
	return false;
}

/* One changed path as the tree has it now, or a whiteout (only the top
 * one of a removed tree: a whiteout below it would make its parent again). */
static int emit(post *p, const char *path, dd_layer_writer *w, uint64_t *bytes, dd_strv *gone)
{
	char link[4096];
	struct stat st;
	int rc = dd_fix_rootfs_lstat(&p->root, path, &st, link, sizeof(link));
	if (rc < 0)
		return rc;
	if (rc == 1) {
		/* gone: a whiteout when the layers below had it */
		if ((p->have_base && !dd_fix_snap_get(&p->base, path)) || under_gone(gone, path))
			return 0;
		if (dd_strv_push(gone, path) < 0)
			return dd_error_oom();
		return dd_layer_writer_add_whiteout(w, path);
	}
	dd_layer_writer_owner(w, p->root.chown ? st.st_uid : 0, p->root.chown ? st.st_gid : 0);
	if (S_ISDIR(st.st_mode))
		return dd_layer_writer_add_dir(w, path, st.st_mode & 07777);
	if (S_ISLNK(st.st_mode))
		return dd_layer_writer_add_symlink(w, path, link);
	if (!S_ISREG(st.st_mode))
		return 0; /* a FIFO or socket a script left: not image content */
	int fd;
	rc = dd_fix_rootfs_open_file(&p->root, path, &fd);
	if (rc < 0)
		return rc;
	if (fstat(fd, &st) < 0 || (*bytes += (uint64_t)st.st_size) > p->root.max_bytes) {
		close(fd);
		return dd_error_set(DD_ELIMIT, "the maintainer scripts wrote more than %llu bytes (at %s); refusing it",
			(unsigned long long)p->root.max_bytes, path);
	}
	dd_reader *r = NULL;
	if ((rc = dd_reader_from_fd(&r, fd, 0, (uint64_t)st.st_size, 1)) < 0)
		return rc; /* fd closed by it */
	rc = dd_layer_writer_add_file(w, path, st.st_mode & 07777, r, (uint64_t)st.st_size);
	dd_reader_close(r);
	return rc;
}

static int rewrite_layer(post *p, const char *layer_file, dd_layer_digests *d)
{
	char *tmp = dd_asprintf("%s.post", layer_file);
	dd_reader *raw = NULL, *dec = NULL;
	dd_tar *t = NULL;
	dd_layer_writer *w = NULL;
	dd_strv extra = { 0 }, gone = { 0 };
	uint64_t bytes = 0;
	int fd = -1, rc = tmp ? 0 : dd_error_oom();
	if (rc == 0 && (fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600)) < 0)
		rc = dd_error_set(DD_EIO, "%s: %s", tmp, strerror(errno));
	dd_layer_writer_options lo = DD_LAYER_WRITER_OPTIONS_INIT;
	lo.mtime = (int64_t)time(NULL);
	dd_inflate_limits lim = { .max_output = p->root.max_bytes + (1ull << 30), .max_ratio = 1000 };
	if (rc == 0 && (rc = dd_layer_writer_new(&w, fd, &lo)) == 0 &&
	    (rc = dd_reader_from_file(&raw, layer_file, 0, UINT64_MAX)) == 0 &&
	    (rc = dd_decompress_reader_new(&dec, raw, DD_COMPRESSION_GZIP, &lim, "the patch layer")) == 0) {
		raw = NULL;
		rc = dd_tar_open(&t, dec, NULL, "the patch layer");
	}
	const dd_tar_entry *e;
	while (rc == 0 && (rc = dd_tar_next(t, &e)) == 0)
		rc = copy_entry(p, t, e, w, &extra);
	if (rc == DD_ITEROVER)
		rc = 0;
	/* changed is sorted, so gone is too: whiteouts are pushed in its order */
	for (size_t i = 0; i < p->changed.count && rc == 0; i++)
		rc = emit(p, p->changed.items[i], w, &bytes, &gone);
	for (size_t i = 0; i < extra.count && rc == 0; i++)
		if (!has(&p->changed, extra.items[i]))
			rc = emit(p, extra.items[i], w, &bytes, &gone);
	if (rc == 0)
		rc = dd_layer_writer_finish(w, d);
	dd_layer_writer_free(w);
	dd_tar_free(t);
	dd_reader_close(dec);
	dd_reader_close(raw);
	dd_strv_free(&extra);
	dd_strv_free(&gone);
	if (fd >= 0 && close(fd) != 0 && rc == 0)
		rc = dd_error_set(DD_EIO, "%s: %s", tmp, strerror(errno));
	if (rc == 0 && rename(tmp, layer_file) < 0)
		rc = dd_error_set(DD_EIO, "%s: %s", layer_file, strerror(errno));
	if (rc < 0 && tmp)
		unlink(tmp);
	free(tmp);
	return rc < 0 ? dd_error_prefix(rc, "writing the scripts' changes into the patch layer") : 0;
}

/* ---- the order of the steps ---- */

static int mount_points(post *p)
{
	static const char *const dirs[] = { "proc", "dev", "tmp", "run" };
	int rc = 0;
	for (size_t i = 0; i < 4 && rc == 0; i++)
		rc = dd_fix_rootfs_mkdirs(&p->root, dirs[i]);
	return rc;
}

int dd_fix_post(const dd_fix_backend *b, const dd_fix_ctx *ctx, const dd_fix_plan *plan, dd_image *img,
	size_t n_layers, const char *layer_file, dd_layer_digests *d, dd_fix_result *res, int64_t deadline)
{
	dd_fix_scripts scripts = { 0 };
	dd_strv before = { 0 }, after = { 0 };
	post p = { .ctx = ctx, .deadline = deadline, .root = { .fd = -1 } };
	bool run = ctx->opts && ctx->opts->run_scripts && b->scripts;
	bool libs = b->ld_cache && b->libs_changed && b->libs_changed(plan);
	int rc = 0;
	if (ctx->opts && ctx->opts->run_scripts && !b->scripts)
		rc = dd_strv_push(ctx->notes, "--run-scripts: this package manager's scripts are not run by drydock yet");
	if (run && (rc = b->scripts(ctx, plan, &scripts)) == 0 && scripts.n && dd_fix_sandbox_probe() < 0) {
		char *note = dd_asprintf("maintainer scripts were not run: %s; the fix goes on without them",
			dd_error_last());
		rc = note ? dd_strv_push_owned(ctx->notes, note) : dd_error_oom();
		res->scripts_skipped = true;
		run = false;
	}
	run = run && scripts.n;
	if (rc < 0 || (!run && !libs))
		goto done;
	char *dir = dd_asprintf("%s/root", ctx->work_dir);
	rc = dir ? dd_fix_rootfs_open(&p.root, dir) : dd_error_oom();
	free(dir);
	if (rc == 0)
		rc = dd_fix_rootfs_apply_image(&p.root, img, n_layers);
	if (rc == 0 && libs && (rc = ldconfig(&p, LD_BEFORE)) == 0) {
		char *cache = dd_asprintf("%s%s", p.root.dir, LD_BEFORE);
		rc = cache ? soname_set(cache, &before) : dd_error_oom();
		if (cache)
			unlink(cache);
		free(cache);
	}
	if (rc == 0 && run && (rc = write_scripts(&p, &scripts)) == 0 && (rc = mount_points(&p)) == 0 &&
	    (rc = dd_fix_snap_take(&p.root, &p.base)) == 0) {
		p.have_base = true;
		rc = run_phase(&p, &scripts, true, res);
	}
	if (rc == 0)
		rc = dd_fix_rootfs_apply_file(&p.root, layer_file);
	if (rc == 0 && run)
		rc = run_phase(&p, &scripts, false, res);
	if (rc == 0 && libs && (rc = ldconfig(&p, "/etc/ld.so.cache")) == 0) {
		char *cache = dd_asprintf("%s/%s", p.root.dir, b->ld_cache);
		rc = cache ? soname_set(cache, &after) : dd_error_oom();
		free(cache);
		if (rc == 0 && !same_set(&before, &after)) {
			res->ld_cache = true;
			if (dd_strv_push(&p.changed, b->ld_cache) < 0 ||
			    dd_strv_push(ctx->notes, "etc/ld.so.cache regenerated with the host's ldconfig: the upgrade changed "
				    "the set of shared-library SONAMEs") < 0)
				rc = dd_error_oom();
		}
	}
	sort_unique(&p.changed);
	if (rc == 0 && p.changed.count)
		rc = rewrite_layer(&p, layer_file, d);
done:
	dd_fix_scripts_free(&scripts);
	dd_strv_free(&before);
	dd_strv_free(&after);
	dd_strv_free(&p.changed);
	dd_fix_snap_free(&p.base);
	free(p.scripts_dir);
	dd_fix_rootfs_close(&p.root);
	return rc;
}

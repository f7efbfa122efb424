/*
 * The layer walker (see walker.h). The one idea: the cheap filters run on
 * every entry's header; content is read at most once per entry, and only
 * for entries somebody asked for, into one reused buffer.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "image/tar.h"
#include "scan/resolve.h"
#include "scan/walker.h"
#include "util/bloom.h"
#include "util/buf.h"
#include "util/cancel.h"
#include "util/error.h"
#include "util/str.h"
#include "util/u64set.h"

#define KEEP_MAX (1u << 20)
#define MAX_WANTERS 32
#define DIR_MAX_DEPTH 128
/* One target's content handed to several link names is buffered up to this
 * much; past it the first name streams it and the others are noted. */
#define ALIAS_BUF_MAX (64u << 20)

typedef struct walk {
	const dd_walk_config *cfg;
	dd_layer_result *res;
	dd_analysis *a;
	char *buf;            /* reused content buffer */
	size_t buf_cap;
	int layer_index;
	dd_bloom seen;        /* non-directory entries so far (hardlink targets) */
	dd_names names;       /* this layer's symlinks, claimed hardlinks and shadows so far */
	dd_u64set claimed;    /* paths whose content was analyzed or kept (a duplicate forgets it) */
	char rpath[DD_RESOLVE_PATH_MAX];   /* the entry's path with its parents resolved */
	char prev[DD_RESOLVE_PATH_MAX];    /* the previous entry's, whose parents are recorded */
	bool *alias_hit;      /* per cfg->aliases: its target came by */
	int rootfd;           /* dd_walk_dir: the root, to resolve links in */
	bool stream_failed;   /* the layer stream itself failed under an analyzer */
	int stream_rc;
} walk;

/* Wraps an entry's content so a failure of the layer stream underneath an
 * analyzer is seen by the walker, not mistaken for the analyzer's own. */
typedef struct guard_reader {
	dd_reader base;
	dd_reader *inner;
	walk *w;
} guard_reader;

static ssize_t guard_read(dd_reader *r, void *buf, size_t len)
{
	guard_reader *g = (guard_reader *)r;
	ssize_t n = g->inner->read(g->inner, buf, len);
	if (n < 0) {
		g->w->stream_failed = true;
		g->w->stream_rc = (int)n;
	}
	return n;
}

/* Bytes already buffered, then the rest of the entry: a streaming analyzer
 * reads a file whose head was kept for a check without a second copy. */
typedef struct prefix_reader {
	dd_reader base;
	const char *head;
	size_t head_len, pos;
	dd_reader *rest;
} prefix_reader;

static ssize_t prefix_read(dd_reader *r, void *buf, size_t len)
{
	prefix_reader *p = (prefix_reader *)r;
	if (p->pos < p->head_len) {
		size_t k = p->head_len - p->pos < len ? p->head_len - p->pos : len;
		memcpy(buf, p->head + p->pos, k);
		p->pos += k;
		return (ssize_t)k;
	}
	return p->rest->read(p->rest, buf, len);
}

static bool keep_wanted(const dd_walk_config *cfg, const char *path)
{
	if (!cfg->keep_globs)
		return false;
	for (const char *const *g = cfg->keep_globs; *g; g++) {
		/* most globs start with a literal directory ("etc/ssh/..."): a
		 * cheap prefix test rejects nearly every entry before the matcher */
		const char *p = *g, *s = path;
		while (*p && *p != '*' && *p != '?' && *p == *s) {
			p++;
			s++;
		}
		if (*p && *p != '*' && *p != '?')
			continue;
		if (!*p && *s)
			continue;
		if (dd_glob_match(*g, path))
			return true;
	}
	return false;
}

static bool is_special(uint32_t mode)
{
	if (S_ISREG(mode))
		return (mode & (S_ISUID | S_ISGID)) || (mode & S_IWOTH);
	if (S_ISDIR(mode))
		return (mode & S_IWOTH) && !(mode & S_ISVTX);
	return false;
}

static int ensure_buf(walk *w, size_t n)
{
	if (n + 1 <= w->buf_cap)
		return 0;
	size_t cap = w->buf_cap ? w->buf_cap : 65536;
	while (cap < n + 1)
		cap *= 2;
	char *p = realloc(w->buf, cap);
	if (!p)
		return dd_error_oom();
	w->buf = p;
	w->buf_cap = cap;
	return 0;
}

/* More than a real layer deletes (one whiteout stands for a whole tree); a
 * layer over it could hide lower-layer results, so it is incomplete. */
#define MAX_WHITEOUTS 100000

static int record_whiteout(walk *w, const char *path)
{
	dd_layer_result *res = w->res;
	const char *base = dd_path_basename(path);
	size_t dirlen = (size_t)(base - path);
	bool opaque = !strcmp(base, ".wh..wh..opq");
	/* other ".wh..wh." names are aufs bookkeeping (.wh..wh.plnk), not
	 * deletions; ".wh." alone names nothing, and must not read as "the
	 * directory itself" (at the root: every lower layer) */
	if (!opaque && (dd_starts_with(base, ".wh..wh.") || !base[4]))
		return 0;
	if (res->whiteouts.count + res->opaque_dirs.count >= MAX_WHITEOUTS) {
		dd_layer_result_note(res, true, "deletes more than %d paths (whiteouts); the rest were not applied", MAX_WHITEOUTS);
		return 0;
	}
	char *target = opaque ? strndup(path, dirlen ? dirlen - 1 : 0)
			      : dd_asprintf("%.*s%s", (int)dirlen, path, base + 4);
	if (!target)
		return dd_error_oom();
	return dd_strv_push_owned(opaque ? &res->opaque_dirs : &res->whiteouts, target);
}

/* Patterns arrive normalized by dd_scan (scan.c: no leading '/' or './',
 * no trailing '/'). */
static bool dir_skipped(const dd_scan_options *o, const char *dir)
{
	for (size_t i = 0; o->skip_dirs && o->skip_dirs[i]; i++)
		if (dd_glob_match(o->skip_dirs[i], dir))
			return true;
	return false;
}

/* --skip-dirs / --skip-files: the entry itself, or any directory above it.
 * Patterns are few; a path is at most DIR_MAX_DEPTH-ish levels deep. */
static bool skipped(const dd_scan_options *o, const char *path, uint32_t mode)
{
	if (!o)
		return false;
	if (o->skip_files && !S_ISDIR(mode))
		for (size_t i = 0; o->skip_files[i]; i++)
			if (dd_glob_match(o->skip_files[i], path))
				return true;
	if (!o->skip_dirs || !o->skip_dirs[0])
		return false;
	if (S_ISDIR(mode) && dir_skipped(o, path))
		return true;
	char dir[4096];
	size_t n = strlen(path);
	if (n >= sizeof(dir))
		n = sizeof(dir) - 1;
	memcpy(dir, path, n);
	dir[n] = '\0';
	for (size_t k = 0; k < n; k++) {
		if (dir[k] != '/')
			continue;
		dir[k] = '\0';
		bool hit = dir_skipped(o, dir);
		dir[k] = '/';
		if (hit)
			return true;
	}
	return false;
}

static int analyze_content(walk *w, const dd_file *f, dd_reader *in, const char *except);

/*
 * One entry: content comes from `in` (exactly f->size bytes) when the entry
 * is a regular file; linkname is the symlink target for symlinks.
 */
static int dispatch(walk *w, const dd_file *f, const char *linkname, dd_reader *in)
{
	const dd_walk_config *cfg = w->cfg;
	int rc;
	/* skipped as the user asked: not in the final view, not analyzed (the
	 * tar reader still consumes the bytes, so the digest is checked) */
	if (skipped(cfg->opts, f->path, f->mode))
		return 0;
	w->res->entries++;
	if (!S_ISDIR(f->mode) && (rc = dd_layer_result_add_path(w->res, f->path)) != 0)
		return rc;
	if (is_special(f->mode) && ((rc = dd_layer_result_keep(w->res, f, NULL, 0, true)) != 0 ||
				     (rc = dd_u64set_add(&w->claimed, dd_path_hash(f->path))) != 0))
		return rc;
	if (S_ISLNK(f->mode)) {
		/* kept symlinks let checks follow etc/os-release -> ../usr/lib/os-release */
		if (!keep_wanted(cfg, f->path))
			return 0;
		if ((rc = dd_u64set_add(&w->claimed, dd_path_hash(f->path))) != 0)
			return rc;
		return dd_layer_result_keep(w->res, f, linkname, strlen(linkname), false);
	}
	if (!S_ISREG(f->mode) || !in)
		return 0;
	w->res->bytes += f->size;
	return analyze_content(w, f, in, NULL);
}

/*
 * A regular file's content (exactly f->size bytes from `in`) to the analyzers
 * and checks that want f->path; with `except`, only to those that do not also
 * want that path (a link's target, analyzed under its own name already).
 */
static int analyze_content(walk *w, const dd_file *f, dd_reader *in, const char *except)
{
	const dd_walk_config *cfg = w->cfg;
	int rc;
	const dd_analyzer *wanters[MAX_WANTERS];
	void *states[MAX_WANTERS];
	size_t n = 0;
	uint64_t buffer_need = 0;
	const dd_analyzer *streamer = NULL;
	void *streamer_state = NULL;
	for (size_t i = 0; cfg->analyzers[i] && n < MAX_WANTERS; i++) {
		const dd_analyzer *an = cfg->analyzers[i];
		if (!an->wants(f->path, f->mode, f->size) || (except && an->wants(except, f->mode, f->size)))
			continue;
		if (an->analyze_stream && !streamer) {
			streamer = an;
			streamer_state = cfg->states[i];
			continue;
		}
		/* a second streamer is served from the buffer, up to its max_size */
		if (f->size > an->max_size) {
			if (an->note_oversize) {
				dd_analysis_begin(w->a, an, cfg->states[i], f);
				dd_analysis_note(w->a, true, "file of %llu bytes is over this analyzer's %llu-byte limit; not analyzed",
					(unsigned long long)f->size, (unsigned long long)an->max_size);
			}
			continue;
		} else if (f->size > buffer_need) {
			buffer_need = f->size;
		}
		wanters[n] = an;
		states[n] = cfg->states[i];
		n++;
	}
	bool keep = keep_wanted(cfg, f->path) && !(except && keep_wanted(cfg, except));
	if (keep && buffer_need < f->size)
		buffer_need = f->size < KEEP_MAX ? f->size : KEEP_MAX;
	if (!n && !streamer && !keep)
		return 0;
	if ((rc = dd_u64set_add(&w->claimed, dd_path_hash(f->path))) != 0)
		return rc;

	guard_reader g = { .base = { guard_read, NULL }, .inner = in, .w = w };
	if (streamer && !n && !keep) {
		/* the common large-file case (jars, binaries): stream, never buffer */
		dd_analysis_begin(w->a, streamer, streamer_state, f);
		rc = streamer->analyze_stream(w->a, f, &g.base);
		if (w->stream_failed)
			return w->stream_rc;
		if (rc)
			dd_analysis_note(w->a, true, "%s", dd_error_last());
		return 0;
	}
	if (buffer_need > f->size)
		buffer_need = f->size;
	if ((rc = ensure_buf(w, (size_t)buffer_need)) != 0)
		return rc;
	if ((rc = dd_reader_read_full(&g.base, w->buf, (size_t)buffer_need)) != 0)
		return w->stream_failed ? w->stream_rc : rc;
	w->buf[buffer_need] = '\0';
	bool whole = buffer_need == f->size;
	if (keep && (rc = dd_layer_result_keep(w->res, f, w->buf, (size_t)buffer_need, false)) != 0)
		return rc;
	if (keep && f->size > KEEP_MAX) {
		/* a configuration file padded past the kept copy could hide the
		 * line that matters at its end */
		dd_layer_result_note(w->res, true, "%s: configuration file of %llu bytes; only its first %u bytes were checked",
			f->path, (unsigned long long)f->size, KEEP_MAX);
	}
	for (size_t i = 0; i < n; i++) {
		if (!whole)
			break;
		dd_analysis_begin(w->a, wanters[i], states[i], f);
		if (wanters[i]->analyze) {
			rc = wanters[i]->analyze(w->a, f, (const uint8_t *)w->buf, (size_t)f->size);
		} else {
			dd_reader *mem = NULL;
			if ((rc = dd_reader_from_memory(&mem, w->buf, (size_t)f->size)) != 0)
				return rc;
			rc = wanters[i]->analyze_stream(w->a, f, mem);
			dd_reader_close(mem);
		}
		if (rc)
			dd_analysis_note(w->a, true, "%s", dd_error_last());
	}
	if (streamer) {
		/* buffered already for someone else: stream from memory, then the rest */
		prefix_reader pr = { .base = { prefix_read, NULL }, .head = w->buf, .head_len = (size_t)buffer_need,
			.rest = &g.base };
		dd_analysis_begin(w->a, streamer, streamer_state, f);
		rc = streamer->analyze_stream(w->a, f, &pr.base);
		if (w->stream_failed)
			return w->stream_rc;
		if (rc)
			dd_analysis_note(w->a, true, "%s", dd_error_last());
	}
	return 0;
}

static void walk_fini(walk *w)
{
	free(w->alias_hit);
	dd_bloom_free(&w->seen);
	dd_names_free(&w->names);
	dd_u64set_free(&w->claimed);
	dd_analysis_free(w->a);
	free(w->buf);
}

bool dd_walk_claims(const dd_walk_config *cfg, const char *path, const char *instead)
{
	/* the target's mode and size are not known yet: assume a file
	 * anyone could want (executable, not tiny) */
	const uint32_t mode = S_IFREG | 0755;
	const uint64_t size = 1u << 20;
	if (skipped(cfg->opts, path, mode))
		return false;
	for (size_t i = 0; cfg->analyzers[i]; i++)
		if (cfg->analyzers[i]->wants(path, mode, size) && !(instead && cfg->analyzers[i]->wants(instead, mode, size)))
			return true;
	return keep_wanted(cfg, path) && !(instead && keep_wanted(cfg, instead));
}

/* Claimed exact paths are a few dozen, so "each once" is a linear check. */
#define CLAIMED_BELOW_MAX 128

typedef struct claimed_seen {
	const char *v[CLAIMED_BELOW_MAX];
	size_t n;
} claimed_seen;

/* path is strictly below dir, and not offered before */
static bool claimed_new(claimed_seen *seen, const char *path, const char *dir, size_t dlen)
{
	if (strncmp(path, dir, dlen) != 0 || path[dlen] != '/' || !path[dlen + 1])
		return false;
	for (size_t k = 0; k < seen->n; k++)
		if (strcmp(seen->v[k], path) == 0)
			return false;
	if (seen->n < CLAIMED_BELOW_MAX)
		seen->v[seen->n++] = path;
	return true;
}

int dd_walk_claimed_below(const dd_walk_config *cfg, const char *dir, int (*cb)(void *ctx, const char *path), void *ctx)
{
	claimed_seen seen = { .n = 0 };
	size_t dlen = strlen(dir);
	int rc;
	for (size_t i = 0; cfg->analyzers[i]; i++)
		for (const char *const *p = cfg->analyzers[i]->paths; p && *p; p++)
			if (claimed_new(&seen, *p, dir, dlen) && (rc = cb(ctx, *p)) != 0)
				return rc;
	for (const char *const *g = cfg->keep_globs; g && *g; g++)
		if (!strpbrk(*g, "*?[") && claimed_new(&seen, *g, dir, dlen) && (rc = cb(ctx, *g)) != 0)
			return rc;
	return 0;
}

/* A symlink of this layer, or of the layers below on a second read, unless
 * this layer made that name something else. */
static const char *walk_lookup(void *ctx, uint64_t hash, const char *path, size_t len)
{
	walk *w = ctx;
	const dd_name *n = dd_names_get(&w->names, hash, path, len);
	if (!n)
		n = dd_names_get(w->cfg->lower, hash, path, len);
	return n && n->kind == DD_NAME_SYMLINK ? n->target : NULL;
}

/* Where the runtime writes `path`: its parents resolved inside the root (the
 * last component is the entry itself). NULL with *rc 0: not placeable. */
static const char *place(walk *w, const char *path, char *buf, size_t cap, int *rc)
{
	*rc = 0;
	if (!w->names.count && !w->cfg->lower)
		return path;
	int r = dd_resolve(walk_lookup, w, path, false, buf, cap);
	if (r == 0)
		return path;
	if (r > 0 && *buf)
		return buf;
	if (r == DD_ENOMEM)
		*rc = r;
	else if (r < 0)
		dd_layer_result_note(w->res, true, "%.200s: %s; not analyzed", path, dd_error_last());
	return NULL;
}

/* Records the parents of path (and path itself when it is a directory
 * entry) for the squash: a lower layer's symlink under which this layer
 * writes, or which this layer replaces by a directory, changes what this
 * layer's entries mean. Parents shared with the previous entry are on
 * record already. */
static int note_dirs(walk *w, const char *path, bool is_dir)
{
	size_t common = 0;
	while (path[common] && path[common] == w->prev[common])
		common++;
	uint64_t h = DD_PATH_HASH_INIT;
	int rc;
	size_t k = 0;
	for (; path[k]; k++) {
		if (path[k] == '/' && k >= common && (rc = dd_layer_result_add_dir(w->res, h, false)) != 0)
			return rc;
		h = dd_path_hash_step(h, (unsigned char)path[k]);
	}
	if (is_dir && (rc = dd_layer_result_add_dir(w->res, h, true)) != 0)
		return rc;
	if (k >= sizeof(w->prev))
		k = sizeof(w->prev) - 1;
	memcpy(w->prev, path, k);
	w->prev[k] = '\0';
	return 0;
}

/* A later entry of a path replaces the earlier one, as extraction does:
 * what the earlier one produced goes, and so does its link. */
static int replace_name(walk *w, const char *path, uint64_t h, const dd_tar_entry *e)
{
	size_t len = strlen(path);
	int rc;
	if (dd_u64set_has(&w->claimed, h))
		dd_layer_result_forget(w->res, path);
	const dd_name *n = dd_names_get(&w->names, h, path, len);
	if (n && n->kind == DD_NAME_SYMLINK)
		dd_layer_result_drop_symlink(w->res, path);
	else if (n && n->kind == DD_NAME_HARDLINK)
		dd_layer_result_drop_alias(w->res, path);
	if (e->type == DD_TAR_SYMLINK) {
		if ((rc = dd_names_put(&w->names, path, len, DD_NAME_SYMLINK, e->linkname)) != 0)
			return rc;
		return dd_layer_result_add_symlink(w->res, path, e->linkname);
	}
	if (n || dd_names_get(w->cfg->lower, h, path, len))
		return dd_names_put(&w->names, path, len, DD_NAME_SHADOW, NULL);
	return 0;
}

/* A hardlink names content written earlier in the layer: recorded for the
 * squash; when the link's own name is claimed and the target's is not, the
 * target's content must be analyzed under the link's name (a second read). */
static int note_hardlink(walk *w, const char *path, uint64_t h, const char *linkname)
{
	dd_layer_result *res = w->res;
	char norm[DD_RESOLVE_PATH_MAX], buf[DD_RESOLVE_PATH_MAX];
	int rc;
	snprintf(norm, sizeof(norm), "%s", linkname);
	const char *target = NULL;
	if (dd_tar_normalize_path(norm) == 0 && *norm && (target = place(w, norm, buf, sizeof(buf), &rc)) == NULL && rc)
		return rc;
	uint64_t th = target ? dd_path_hash(target) : 0;
	if (!target || !dd_bloom_maybe(&w->seen, th))
		return dd_error_set(DD_EFORMAT, "layer %s: hardlink '%.200s' points to '%.200s', which is not a file earlier in the layer",
			res->digest ? res->digest : "?", path, linkname);
	if ((rc = dd_layer_result_add_hardlink(res, h, th)) != 0)
		return rc;
	if (w->cfg->aliases_only || !dd_walk_claims(w->cfg, path, target))
		return 0;
	if ((rc = dd_names_put(&w->names, path, strlen(path), DD_NAME_HARDLINK, NULL)) != 0)
		return rc;
	return dd_layer_result_add_alias(res, path, th, res);
}

static int cmp_alias_hash(const void *key, const void *item)
{
	uint64_t h = *(const uint64_t *)key, t = ((const dd_alias *)item)->target_hash;
	return h < t ? -1 : h > t;
}

/* The content of f analyzed under one alias's name, into the alias's result. */
static int analyze_as(walk *w, const dd_alias *al, const dd_file *f, dd_reader *in)
{
	dd_file af = *f;
	af.path = al->path;
	af.layer = al->into->digest;
	dd_layer_result *res = w->res;
	dd_analysis *a = w->a;
	if (!(w->a = dd_analysis_new(al->into, w->cfg->opts)))
		return dd_error_oom();
	w->res = al->into;
	int rc = analyze_content(w, &af, in, f->path);
	dd_analysis_free(w->a);
	w->a = a;
	w->res = res;
	return rc;
}

/* f is the target of one or more aliases: its content under each name. */
static int dispatch_aliases(walk *w, const dd_file *f, dd_reader *in)
{
	uint64_t h = dd_path_hash(f->path);
	const dd_alias *hit = bsearch(&h, w->cfg->aliases, w->cfg->n_aliases, sizeof(dd_alias), cmp_alias_hash);
	if (!hit)
		return 0;
	const dd_alias *lo = hit, *hi = hit + 1, *end = w->cfg->aliases + w->cfg->n_aliases;
	while (lo > w->cfg->aliases && lo[-1].target_hash == h)
		lo--;
	while (hi < end && hi->target_hash == h)
		hi++;
	for (const dd_alias *al = lo; al < hi; al++)
		w->alias_hit[al - w->cfg->aliases] = true;
	if (!in || !S_ISREG(f->mode)) {
		for (const dd_alias *al = lo; al < hi; al++)
			dd_layer_result_note(al->into, true, "%s: a link to '%.200s', which has no content here; not analyzed",
				al->path, f->path);
		return 0;
	}
	if (hi - lo == 1)
		return analyze_as(w, lo, f, in);
	int rc;
	if (f->size > ALIAS_BUF_MAX) {
		for (const dd_alias *al = lo + 1; al < hi; al++)
			dd_layer_result_note(al->into, true, "%s: a link to '%.200s' of %llu bytes, which another link "
				"already read (over %u MB to hold for both); not analyzed", al->path, f->path,
				(unsigned long long)f->size, ALIAS_BUF_MAX >> 20);
		return analyze_as(w, lo, f, in);
	}
	char *copy = malloc(f->size ? (size_t)f->size : 1);
	if (!copy)
		return dd_error_oom();
	if ((rc = dd_reader_read_full(in, copy, (size_t)f->size)) != 0)
		goto out;
	for (const dd_alias *al = lo; al < hi && !rc; al++) {
		dd_reader *mem = NULL;
		if ((rc = dd_reader_from_memory(&mem, copy, (size_t)f->size)) != 0)
			break;
		rc = analyze_as(w, al, f, mem);
		dd_reader_close(mem);
	}
out:
	free(copy);
	return rc;
}

/* One tar entry, placed where the runtime puts it. */
static int walk_entry(walk *w, dd_tar *t, const dd_tar_entry *e)
{
	int rc;
	const char *path = place(w, e->path, w->rpath, sizeof(w->rpath), &rc);
	if (!path)
		return rc;
	const char *base = dd_path_basename(path);
	bool whiteout = dd_starts_with(base, ".wh.");
	if ((rc = note_dirs(w, path, e->type == DD_TAR_DIR && !whiteout)) != 0)
		return rc;
	if (whiteout) {
		if (w->cfg->aliases_only)
			return 0;
		return record_whiteout(w, path);
	}
	uint64_t h = dd_path_hash(path);
	if (e->type != DD_TAR_DIR && (rc = dd_bloom_add(&w->seen, h)) != 0)
		return rc;
	dd_file f = { .path = path, .mode = e->mode, .size = e->size, .uid = e->uid, .gid = e->gid,
		.layer = w->res->digest, .layer_index = w->layer_index };
	if (w->cfg->aliases_only) {
		/* a second read for links: only their targets are analyzed */
		if ((rc = replace_name(w, path, h, e)) != 0)
			return rc;
		return dispatch_aliases(w, &f, e->type == DD_TAR_FILE ? dd_tar_content(t) : NULL);
	}
	if ((rc = replace_name(w, path, h, e)) != 0)
		return rc;
	if (e->type == DD_TAR_HARDLINK && (rc = note_hardlink(w, path, h, e->linkname)) != 0)
		return rc;
	return dispatch(w, &f, e->linkname, e->type == DD_TAR_FILE ? dd_tar_content(t) : NULL);
}

int dd_walk_tar(const dd_walk_config *cfg, dd_reader *stream, int layer_index, dd_layer_result *res)
{
	walk w = { .cfg = cfg, .res = res, .layer_index = layer_index };
	dd_tar *t = NULL;
	int rc;
	if (!(w.a = dd_analysis_new(res, cfg->opts)))
		return dd_error_oom();
	char what[200];
	snprintf(what, sizeof(what), "layer %s", res->digest ? res->digest : "?");
	if ((rc = dd_tar_open(&t, stream, NULL, what)) != 0)
		goto out;
	if (cfg->n_aliases && !(w.alias_hit = calloc(cfg->n_aliases, sizeof(bool)))) {
		rc = dd_error_oom();
		goto out;
	}
	const dd_tar_entry *e;
	while ((rc = dd_tar_next(t, &e)) == 0)
		if ((rc = walk_entry(&w, t, e)) != 0)
			goto out;
	if (rc == DD_ITEROVER) {
		rc = 0;
		for (size_t i = 0; i < cfg->n_aliases; i++)
			if (!w.alias_hit[i])
				dd_layer_result_note(cfg->aliases[i].into, true, "%s: a link whose target was not found "
					"on a second read of layer %s; not analyzed", cfg->aliases[i].path, res->digest ? res->digest : "?");
		/* drain: the digest is only checked once every byte went through */
		char tail[4096];
		ssize_t got;
		while ((got = stream->read(stream, tail, sizeof(tail))) > 0)
			;
		if (got < 0)
			rc = (int)got;
	}
out:
	dd_tar_free(t);
	walk_fini(&w);
	return rc;
}

typedef struct dir_links {
	int rootfd;
	char target[DD_RESOLVE_PATH_MAX];
} dir_links;

static const char *dir_lookup(void *ctx, uint64_t hash, const char *path, size_t len)
{
	dir_links *d = ctx;
	char name[DD_RESOLVE_PATH_MAX];
	(void)hash;
	if (len >= sizeof(name))
		return NULL;
	memcpy(name, path, len);
	name[len] = '\0';
	/* the resolver hands prefixes already resolved: no link is followed here */
	ssize_t n = readlinkat(d->rootfd, name, d->target, sizeof(d->target) - 1);
	if (n <= 0)
		return NULL;
	d->target[n] = '\0';
	return d->target;
}

/* A claimed name of a root filesystem that a symlink makes point elsewhere
 * (the link itself, or a directory link on the way): its target's content,
 * found inside the root, analyzed under that name (as the image walk does,
 * so dir: of an extracted image and the image agree). */
static int follow_claimed_path(walk *w, const char *path)
{
	if (!dd_walk_claims(w->cfg, path, NULL))
		return 0;
	char tpath[DD_RESOLVE_PATH_MAX];
	dir_links d = { .rootfd = w->rootfd };
	int r = dd_resolve(dir_lookup, &d, path, true, tpath, sizeof(tpath));
	if (r < 0) {
		dd_layer_result_note(w->res, true, "%s: %s; not analyzed", path, dd_error_last());
		return r == DD_ENOMEM ? r : 0;
	}
	if (r == 0 || !*tpath || !dd_walk_claims(w->cfg, path, tpath))
		return 0;
	int fd = openat(w->rootfd, tpath, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
	struct stat st;
	if (fd < 0 || fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
		/* dangling, or not a file: the container sees no content there either */
		if (fd >= 0)
			close(fd);
		return 0;
	}
	dd_reader *in = NULL;
	int rc;
	if ((rc = dd_reader_from_fd(&in, fd, 0, (uint64_t)st.st_size, 1)) != 0)
		return rc;
	dd_file tf = { .path = tpath, .mode = st.st_mode, .size = (uint64_t)st.st_size, .uid = st.st_uid, .gid = st.st_gid };
	dd_alias al = { .path = (char *)path, .into = w->res };
	rc = analyze_as(w, &al, &tf, in);
	dd_reader_close(in);
	if (rc) {
		dd_layer_result_note(w->res, true, "%s: %s", path, dd_error_last());
		w->stream_failed = false;
		rc = 0;
	}
	return rc;
}

static int follow_below(void *ctx, const char *path)
{
	return follow_claimed_path(ctx, path);
}

static int follow_claimed(walk *w, const dd_file *link)
{
	int rc = follow_claimed_path(w, link->path);
	return rc ? rc : dd_walk_claimed_below(w->cfg, link->path, follow_below, w);
}

static int walk_dir_rec(walk *w, int dfd, dd_buf *path, int depth)
{
	if (depth > DIR_MAX_DEPTH) {
		close(dfd);
		dd_layer_result_note(w->res, true, "%s: directory tree deeper than %d levels; the rest was not read",
			path->ptr, DIR_MAX_DEPTH);
		return 0;
	}
	DIR *d = fdopendir(dfd);
	if (!d) {
		close(dfd);
		return dd_error_set(DD_EIO, "%s: %s", path->len ? path->ptr : ".", strerror(errno));
	}
	int rc = 0;
	struct dirent *de;
	size_t base_len = path->len;
	while ((de = readdir(d)) != NULL) {
		if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, ".."))
			continue;
		/* dir: sources read files without the layer stream's check */
		if ((rc = dd_cancel_check()) != 0)
			break;
		path->len = base_len;
		if (path->ptr)
			path->ptr[base_len] = '\0';
		if ((rc = base_len ? dd_buf_putc(path, '/') : 0) != 0 || (rc = dd_buf_puts(path, de->d_name)) != 0) {
			if (rc != DD_ELIMIT)
				break;   /* out of memory: the walk cannot go on */
			/* a hostile tree can nest names past any path buffer: that
			 * entry is skipped and said, the walk goes on */
			rc = 0;
			path->len = base_len;
			if (path->ptr)
				path->ptr[base_len] = '\0';
			dd_layer_result_note(w->res, true, "%s/%.100s...: path longer than %zu bytes; not read", path->ptr,
				de->d_name, path->max);
			continue;
		}
		/* proc/sys/dev of a running container are not files */
		if (depth == 0 && (!strcmp(de->d_name, "proc") || !strcmp(de->d_name, "sys") || !strcmp(de->d_name, "dev")))
			continue;
		struct stat st;
		if (fstatat(dirfd(d), de->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0) {
			dd_layer_result_note(w->res, true, "%s: %s", path->ptr, strerror(errno));
			continue;
		}
		dd_file f = { .path = path->ptr, .mode = st.st_mode, .size = (uint64_t)st.st_size,
			.uid = st.st_uid, .gid = st.st_gid, .layer = NULL, .layer_index = 0 };
		if (S_ISDIR(st.st_mode)) {
			/* a skipped directory of a root filesystem is not even opened */
			if (w->cfg->opts && dir_skipped(w->cfg->opts, path->ptr))
				continue;
			if ((rc = dispatch(w, &f, "", NULL)) != 0)
				break;
			int sub = openat(dirfd(d), de->d_name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
			if (sub < 0) {
				dd_layer_result_note(w->res, true, "%s: %s", path->ptr, strerror(errno));
				continue;
			}
			if ((rc = walk_dir_rec(w, sub, path, depth + 1)) != 0)
				break;
		} else if (S_ISLNK(st.st_mode)) {
			char target[4096];
			ssize_t n = readlinkat(dirfd(d), de->d_name, target, sizeof(target) - 1);
			target[n > 0 ? n : 0] = '\0';
			if ((rc = dispatch(w, &f, target, NULL)) != 0 || (rc = follow_claimed(w, &f)) != 0)
				break;
		} else if (S_ISREG(st.st_mode)) {
			int fd = openat(dirfd(d), de->d_name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
			if (fd < 0) {
				dd_layer_result_note(w->res, true, "%s: %s", path->ptr, strerror(errno));
				continue;
			}
			dd_reader *in = NULL;
			if ((rc = dd_reader_from_fd(&in, fd, 0, (uint64_t)st.st_size, 1)) != 0)
				break;
			rc = dispatch(w, &f, "", in);
			dd_reader_close(in);
			if (rc) {
				/* a file that changed under us (running container) is not fatal */
				dd_layer_result_note(w->res, true, "%s: %s", path->ptr, dd_error_last());
				w->stream_failed = false;
				rc = 0;
			}
		} else {
			if ((rc = dispatch(w, &f, "", NULL)) != 0)
				break;
		}
	}
	closedir(d);
	path->len = base_len;
	if (path->ptr)
		path->ptr[base_len] = '\0';
	return rc;
}

int dd_walk_dir(const dd_walk_config *cfg, const char *root, dd_layer_result *res)
{
	walk w = { .cfg = cfg, .res = res };
	if (!(w.a = dd_analysis_new(res, cfg->opts)))
		return dd_error_oom();
	int fd = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	int rc;
	if (fd < 0)
		rc = dd_error_set(DD_ENOTFOUND, "dir:%s: %s", root, strerror(errno));
	else {
		dd_buf path = DD_BUF_INIT(16384);
		w.rootfd = fd;
		rc = walk_dir_rec(&w, dup(fd), &path, 0);
		close(fd);
		dd_buf_free(&path);
	}
	walk_fini(&w);
	return rc;
}

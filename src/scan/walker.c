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
#include "scan/walker.h"
#include "util/buf.h"
#include "util/cancel.h"
#include "util/error.h"
#include "util/str.h"
#include "util/u64set.h"

#define KEEP_MAX (1u << 20)
#define MAX_WANTERS 32
#define DIR_MAX_DEPTH 128

typedef struct walk {
	const dd_walk_config *cfg;
	dd_layer_result *res;
	dd_analysis *a;
	char *buf;            /* reused content buffer */
	size_t buf_cap;
	int layer_index;
	dd_u64set files;      /* regular files seen in this layer (hardlink targets) */
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
	if (is_special(f->mode) && (rc = dd_layer_result_keep(w->res, f, NULL, 0, true)) != 0)
		return rc;
	if (S_ISLNK(f->mode)) {
		/* kept symlinks let checks follow etc/os-release -> ../usr/lib/os-release */
		if (keep_wanted(cfg, f->path))
			return dd_layer_result_keep(w->res, f, linkname, strlen(linkname), false);
		return 0;
	}
	if (!S_ISREG(f->mode) || !in)
		return 0;
	w->res->bytes += f->size;

	const dd_analyzer *wanters[MAX_WANTERS];
	void *states[MAX_WANTERS];
	size_t n = 0;
	uint64_t buffer_need = 0;
	const dd_analyzer *streamer = NULL;
	void *streamer_state = NULL;
	for (size_t i = 0; cfg->analyzers[i] && n < MAX_WANTERS; i++) {
		const dd_analyzer *an = cfg->analyzers[i];
		if (!an->wants(f->path, f->mode, f->size))
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
	bool keep = keep_wanted(cfg, f->path);
	if (keep && buffer_need < f->size)
		buffer_need = f->size < KEEP_MAX ? f->size : KEEP_MAX;
	if (!n && !streamer && !keep)
		return 0;

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
	dd_u64set_free(&w->files);
	dd_analysis_free(w->a);
	free(w->buf);
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
	const dd_tar_entry *e;
	while ((rc = dd_tar_next(t, &e)) == 0) {
		const char *base = dd_path_basename(e->path);
		if (dd_starts_with(base, ".wh.")) {
			if ((rc = record_whiteout(&w, e->path)) != 0)
				goto out;
			continue;
		}
		if (e->type == DD_TAR_FILE && (rc = dd_u64set_add(&w.files, dd_path_hash(e->path))) != 0)
			goto out;
		if (e->type == DD_TAR_HARDLINK) {
			/* a layer's hardlinks point into the same layer; anything else
			 * is a broken or hostile archive */
			char *target = strdup(e->linkname);
			if (!target) {
				rc = dd_error_oom();
				goto out;
			}
			bool ok = dd_tar_normalize_path(target) == 0 && *target &&
				dd_u64set_has(&w.files, dd_path_hash(target));
			free(target);
			if (!ok) {
				rc = dd_error_set(DD_EFORMAT, "layer %s: hardlink '%.200s' points to '%.200s', which is not a file earlier in the layer",
					res->digest ? res->digest : "?", e->path, e->linkname);
				goto out;
			}
		}
		dd_file f = { .path = e->path, .mode = e->mode, .size = e->size, .uid = e->uid, .gid = e->gid,
			.layer = res->digest, .layer_index = layer_index };
		if ((rc = dispatch(&w, &f, e->linkname, e->type == DD_TAR_FILE ? dd_tar_content(t) : NULL)) != 0)
			goto out;
	}
	if (rc == DD_ITEROVER) {
		rc = 0;
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
		if ((base_len && dd_buf_putc(path, '/')) || dd_buf_puts(path, de->d_name)) {
			/* a hostile tree can nest names past any path buffer: that
			 * entry is skipped and said, the walk goes on */
			path->len = base_len;
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
			if ((rc = dispatch(w, &f, target, NULL)) != 0)
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
		rc = walk_dir_rec(&w, fd, &path, 0);
		dd_buf_free(&path);
	}
	walk_fini(&w);
	return rc;
}

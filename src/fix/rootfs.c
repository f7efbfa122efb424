/*
 * Materialising an image's final view in a private directory (rootfs.h).
 * Every path is hostile: parents are opened with openat2(RESOLVE_IN_ROOT),
 * the last component is acted on with *at() calls that never follow it.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <linux/openat2.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "fix/rootfs.h"
#include "image/stream.h"
#include "image/tar.h"
#include "util/error.h"
#include "util/str.h"

#define WH_PREFIX ".wh."
#define WH_OPAQUE ".wh..wh..opq"
#define MAX_DEPTH 256

static const char *const mount_points[] = { "proc", "dev", "sys", "tmp", "run" };

/* openat2 confined to the tree: symlinks resolve inside it, as the
 * container would see them; "." for the root itself. */
static int open_in(const dd_fix_rootfs *r, const char *path, int flags)
{
	struct open_how how = { .flags = (uint64_t)(flags | O_CLOEXEC),
		.resolve = RESOLVE_IN_ROOT | RESOLVE_NO_MAGICLINKS | RESOLVE_NO_XDEV };
	long fd;
	do
		fd = syscall(SYS_openat2, r->fd, *path ? path : ".", &how, sizeof(how));
	while (fd < 0 && errno == EAGAIN);
	return (int)fd;
}

/* Splits path into its parent (written to buf) and last component. */
static const char *split(const char *path, char *buf, size_t cap)
{
	const char *slash = strrchr(path, '/');
	size_t n = slash ? (size_t)(slash - path) : 0;
	if (n >= cap)
		n = cap - 1;
	memcpy(buf, path, n);
	buf[n] = 0;
	return slash ? slash + 1 : path;
}

int dd_fix_rootfs_mkdirs(dd_fix_rootfs *r, const char *path)
{
	char *p = dd_strdup(path);
	if (!p)
		return dd_error_oom();
	int rc = 0;
	for (char *s = p;; s++) {
		if (*s != '/' && *s)
			continue;
		char c = *s;
		*s = 0;
		int fd = open_in(r, p, O_PATH | O_DIRECTORY);
		if (fd >= 0) {
			close(fd);
		} else {
			char parent[4096];
			const char *base = split(p, parent, sizeof(parent));
			int pfd = open_in(r, parent, O_PATH | O_DIRECTORY);
			if (pfd < 0 || (mkdirat(pfd, base, 0755) < 0 && errno != EEXIST)) {
				rc = dd_error_set(DD_EIO, "cannot make directory %s in the fix's tree %s: %s", p, r->dir,
					strerror(errno));
				if (pfd >= 0)
					close(pfd);
				break;
			}
			close(pfd);
			r->entries++;
		}
		if (!c)
			break;
		*s = c;
	}
	free(p);
	return rc;
}

static int remove_at(int at, const char *name, int depth);

/* Removes everything in the open directory fd (taken, closed). */
static int remove_children(int fd, int depth)
{
	DIR *d = fdopendir(fd);
	if (!d) {
		close(fd);
		return -1;
	}
	struct dirent *de;
	int rc = 0;
	while (rc == 0 && (de = readdir(d)))
		if (strcmp(de->d_name, ".") && strcmp(de->d_name, ".."))
			rc = remove_at(dirfd(d), de->d_name, depth + 1);
	closedir(d);
	return rc;
}

/* Removes name under the directory at and, for a directory, everything in it. */
static int remove_at(int at, const char *name, int depth)
{
	if (unlinkat(at, name, 0) == 0 || errno == ENOENT)
		return 0;
	if (errno != EISDIR && errno != EPERM)
		return -1;
	if (depth > MAX_DEPTH) {
		errno = ELOOP;
		return -1;
	}
	int fd = openat(at, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	if (fd < 0 || remove_children(fd, depth) < 0)
		return -1;
	return unlinkat(at, name, AT_REMOVEDIR) < 0 && errno != ENOENT ? -1 : 0;
}

static int empty_dir(dd_fix_rootfs *r, const char *path)
{
	int fd = open_in(r, path, O_RDONLY | O_DIRECTORY);
	if (fd < 0)
		return errno == ENOENT ? 0 : -1;
	return remove_children(fd, 0);
}

static int copy_content(dd_fix_rootfs *r, int fd, dd_reader *in, uint64_t size, const char *path)
{
	char buf[65536];
	uint64_t left = size;
	if (r->bytes + size > r->max_bytes)
		return dd_error_set(DD_ELIMIT, "the image's files exceed %llu bytes at %s; too large to materialise for "
			"the fix", (unsigned long long)r->max_bytes, path);
	while (left) {
		ssize_t n = dd_reader_read(in, buf, left < sizeof(buf) ? (size_t)left : sizeof(buf));
		if (n < 0)
			return (int)n;
		if (n == 0)
			return dd_error_set(DD_EFORMAT, "%s: content ends early", path);
		for (ssize_t off = 0; off < n;) {
			ssize_t w = write(fd, buf + off, (size_t)(n - off));
			if (w < 0)
				return dd_error_set(DD_EIO, "writing %s into %s: %s", path, r->dir, strerror(errno));
			off += w;
		}
		left -= (uint64_t)n;
	}
	r->bytes += size;
	return 0;
}

static void set_owner(const dd_fix_rootfs *r, int pfd, const char *base, const dd_tar_entry *e)
{
	if (r->chown && fchownat(pfd, base, e->uid, e->gid, AT_SYMLINK_NOFOLLOW) < 0) {
		/* an owner the host cannot set (no such id here) stays root's */
	}
}

/* One non-whiteout entry. */
static int make_entry(dd_fix_rootfs *r, int pfd, const char *base, const dd_tar_entry *e, dd_reader *content)
{
	unsigned perm = e->mode & 07777;
	struct stat st;
	bool have = fstatat(pfd, base, &st, AT_SYMLINK_NOFOLLOW) == 0;
	if (have && !(e->type == DD_TAR_DIR && S_ISDIR(st.st_mode)) && remove_at(pfd, base, 0) < 0)
		return dd_error_set(DD_EIO, "cannot replace %s in %s: %s", e->path, r->dir, strerror(errno));
	switch (e->type) {
	case DD_TAR_DIR:
		if (!r->chown)
			perm |= 0700; /* an unprivileged owner must still write into it */
		if (!(have && S_ISDIR(st.st_mode)) && mkdirat(pfd, base, perm) < 0)
			return dd_error_set(DD_EIO, "cannot make %s in %s: %s", e->path, r->dir, strerror(errno));
		set_owner(r, pfd, base, e);
		fchmodat(pfd, base, perm, 0);
		return 0;
	case DD_TAR_FILE: {
		int fd = openat(pfd, base, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
		if (fd < 0)
			return dd_error_set(DD_EIO, "cannot write %s in %s: %s", e->path, r->dir, strerror(errno));
		int rc = copy_content(r, fd, content, e->size, e->path);
		if (rc == 0) {
			if (r->chown && fchown(fd, e->uid, e->gid) < 0) {
				/* as in set_owner */
			}
			fchmod(fd, perm); /* after chown, which clears setuid bits */
		}
		close(fd);
		return rc;
	}
	case DD_TAR_SYMLINK:
		/* the target is only ever resolved inside the tree (open_in) */
		if (symlinkat(e->linkname, pfd, base) < 0)
			return dd_error_set(DD_EIO, "cannot make symlink %s in %s: %s", e->path, r->dir, strerror(errno));
		set_owner(r, pfd, base, e);
		return 0;
	case DD_TAR_HARDLINK: {
		char *target = dd_strdup(e->linkname), tparent[4096];
		if (!target)
			return dd_error_oom();
		int rc = dd_tar_normalize_path(target);
		if (rc < 0 || !*target) {
			free(target);
			return dd_error_set(DD_EFORMAT, "%s: hard link to '%s' leaves the image's root; refused", e->path,
				e->linkname);
		}
		const char *tbase = split(target, tparent, sizeof(tparent));
		int tfd = open_in(r, tparent, O_PATH | O_DIRECTORY);
		if (tfd < 0 || linkat(tfd, tbase, pfd, base, 0) < 0)
			rc = dd_error_set(DD_EFORMAT, "%s: hard link to %s, which is not in the image before it: %s", e->path,
				target, strerror(errno));
		if (tfd >= 0)
			close(tfd);
		free(target);
		return rc;
	}
	default:
		return 0; /* device nodes, FIFOs: never made; the sandbox has its own /dev */
	}
}

int dd_fix_rootfs_apply(dd_fix_rootfs *r, dd_reader *in, const char *what)
{
	dd_tar *t = NULL;
	const dd_tar_entry *e;
	int rc = dd_tar_open(&t, in, NULL, what);
	while (rc == 0 && (rc = dd_tar_next(t, &e)) == 0) {
		if (++r->entries > r->max_entries) {
			rc = dd_error_set(DD_ELIMIT, "the image has more than %llu entries; too many to materialise for the fix",
				(unsigned long long)r->max_entries);
			break;
		}
		char parent[4096];
		const char *base = split(e->path, parent, sizeof(parent));
		if (!strcmp(base, WH_OPAQUE)) {
			if (empty_dir(r, parent) < 0)
				rc = dd_error_set(DD_EIO, "cannot empty %s in %s: %s", parent, r->dir, strerror(errno));
			continue;
		}
		bool wh = !strncmp(base, WH_PREFIX, strlen(WH_PREFIX));
		int pfd = open_in(r, parent, O_PATH | O_DIRECTORY);
		if (pfd < 0 && errno == ENOENT && !wh) {
			if ((rc = dd_fix_rootfs_mkdirs(r, parent)) < 0)
				break;
			pfd = open_in(r, parent, O_PATH | O_DIRECTORY);
		}
		if (pfd < 0) {
			if (wh && (errno == ENOENT || errno == ENOTDIR))
				continue; /* nothing there to delete */
			rc = dd_error_set(DD_EIO, "%s: cannot open the parent of %s in %s: %s", what, e->path, r->dir,
				strerror(errno));
			break;
		}
		if (wh) {
			if (remove_at(pfd, base + strlen(WH_PREFIX), 0) < 0)
				rc = dd_error_set(DD_EIO, "%s: cannot delete %s/%s in %s: %s", what, parent,
					base + strlen(WH_PREFIX), r->dir, strerror(errno));
		} else {
			rc = make_entry(r, pfd, base, e, dd_tar_content(t));
		}
		close(pfd);
	}
	if (rc == DD_ITEROVER)
		rc = 0;
	dd_tar_free(t);
	return rc < 0 ? dd_error_prefix(rc, "materialising %s", what) : 0;
}

int dd_fix_rootfs_apply_image(dd_fix_rootfs *r, dd_image *img, size_t n_layers)
{
	int rc = 0;
	for (size_t i = 0; i < n_layers && i < img->n_layers && rc == 0; i++) {
		dd_reader *stream = NULL;
		char what[160];
		snprintf(what, sizeof(what), "layer %zu of %s", i + 1, img->ref);
		if ((rc = dd_image_open_layer(img, i, NULL, &stream)) == 0)
			rc = dd_fix_rootfs_apply(r, stream, what);
		dd_reader_close(stream);
	}
	return rc;
}

int dd_fix_rootfs_apply_file(dd_fix_rootfs *r, const char *layer_file)
{
	dd_reader *raw = NULL, *dec = NULL;
	int rc = dd_reader_from_file(&raw, layer_file, 0, UINT64_MAX);
	dd_inflate_limits lim = { .max_output = r->max_bytes + (1ull << 30), .max_ratio = 1000 };
	if (rc == 0 && (rc = dd_decompress_reader_new(&dec, raw, DD_COMPRESSION_GZIP, &lim, "the patch layer")) == 0)
		rc = dd_fix_rootfs_apply(r, dec, "the patch layer");
	dd_reader_close(dec ? dec : raw);
	return rc;
}

int dd_fix_rootfs_open_file(dd_fix_rootfs *r, const char *path, int *fd)
{
	char parent[4096];
	const char *base = split(path, parent, sizeof(parent));
	int pfd = open_in(r, parent, O_PATH | O_DIRECTORY);
	*fd = pfd < 0 ? -1 : openat(pfd, base, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
	if (pfd >= 0)
		close(pfd);
	if (*fd < 0)
		return dd_error_set(DD_EIO, "cannot read %s in the fix's tree %s: %s", path, r->dir, strerror(errno));
	struct stat st;
	if (fstat(*fd, &st) < 0 || !S_ISREG(st.st_mode)) {
		close(*fd);
		*fd = -1;
		return dd_error_set(DD_EFORMAT, "%s in the fix's tree is not a regular file", path);
	}
	return 0;
}

int dd_fix_rootfs_lstat(dd_fix_rootfs *r, const char *path, struct stat *st, char *link, size_t cap)
{
	char parent[4096];
	const char *base = split(path, parent, sizeof(parent));
	int pfd = open_in(r, parent, O_PATH | O_DIRECTORY);
	if (pfd < 0)
		return errno == ENOENT || errno == ENOTDIR ? 1 : dd_error_set(DD_EIO, "%s in %s: %s", path, r->dir,
			strerror(errno));
	int rc = 0;
	if (fstatat(pfd, base, st, AT_SYMLINK_NOFOLLOW) < 0)
		rc = errno == ENOENT ? 1 : dd_error_set(DD_EIO, "%s in %s: %s", path, r->dir, strerror(errno));
	else if (link && cap) {
		ssize_t n = S_ISLNK(st->st_mode) ? readlinkat(pfd, base, link, cap - 1) : 0;
		if (n < 0)
			rc = dd_error_set(DD_EIO, "%s in %s: %s", path, r->dir, strerror(errno));
		link[n > 0 ? n : 0] = 0;
	}
	close(pfd);
	return rc;
}

int dd_fix_rootfs_open(dd_fix_rootfs *r, const char *dir)
{
	*r = (dd_fix_rootfs){ .fd = -1, .max_bytes = DD_FIX_ROOTFS_MAX_BYTES, .max_entries = DD_FIX_ROOTFS_MAX_ENTRIES,
		.chown = geteuid() == 0 };
	if (!(r->dir = dd_strdup(dir)))
		return dd_error_oom();
	if (mkdir(dir, 0700) < 0)
		return dd_error_set(DD_EIO, "cannot make the fix's tree %s: %s", dir, strerror(errno));
	if ((r->fd = open(dir, O_PATH | O_DIRECTORY | O_CLOEXEC)) < 0)
		return dd_error_set(DD_EIO, "cannot open the fix's tree %s: %s", dir, strerror(errno));
	/* probe openat2 once: without it (Linux < 5.6) nothing is confined */
	int probe = open_in(r, "", O_PATH | O_DIRECTORY);
	if (probe < 0)
		return dd_error_set(DD_EUNSUPPORTED, "this kernel has no openat2 (Linux 5.6+): the image cannot be "
			"materialised safely: %s", strerror(errno));
	close(probe);
	return 0;
}

void dd_fix_rootfs_close(dd_fix_rootfs *r)
{
	if (r->fd >= 0)
		close(r->fd);
	free(r->dir);
	*r = (dd_fix_rootfs){ .fd = -1 };
}

/* ---- snapshots ---- */

static void snap_entry_free(dd_fix_snap_entry *e)
{
	free(e->path);
	free(e->link);
}

void dd_fix_snap_free(dd_fix_snap *s)
{
	for (size_t i = 0; i < s->n; i++)
		snap_entry_free(&s->v[i]);
	free(s->v);
	*s = (dd_fix_snap){ 0 };
}

static int snap_add(dd_fix_rootfs *r, dd_fix_snap *s, int dfd, const char *name, const char *path,
	const struct stat *st)
{
	if (s->n >= r->max_entries)
		return dd_error_set(DD_ELIMIT, "the fix's tree has more than %llu entries", (unsigned long long)r->max_entries);
	if (s->n == s->cap) {
		size_t cap = s->cap ? s->cap * 2 : 1024;
		dd_fix_snap_entry *v = realloc(s->v, cap * sizeof(*v));
		if (!v)
			return dd_error_oom();
		s->v = v;
		s->cap = cap;
	}
	dd_fix_snap_entry e = { .mode = st->st_mode, .uid = st->st_uid, .gid = st->st_gid, .size = st->st_size,
		.ino = st->st_ino, .mtime = st->st_mtim, .ctime = st->st_ctim };
	if (!(e.path = dd_strdup(path)))
		return dd_error_oom();
	if (S_ISLNK(st->st_mode)) {
		char buf[4096];
		ssize_t n = readlinkat(dfd, name, buf, sizeof(buf) - 1);
		buf[n > 0 ? n : 0] = 0;
		if (!(e.link = dd_strdup(buf))) {
			free(e.path);
			return dd_error_oom();
		}
	}
	s->v[s->n++] = e;
	return 0;
}

static int snap_dir(dd_fix_rootfs *r, dd_fix_snap *s, int fd, const char *prefix, int depth)
{
	if (depth > MAX_DEPTH)
		return dd_error_set(DD_ELIMIT, "the fix's tree is deeper than %d directories at %s", MAX_DEPTH, prefix);
	DIR *d = fdopendir(fd);
	if (!d) {
		close(fd);
		return dd_error_set(DD_EIO, "cannot list %s in %s: %s", prefix, r->dir, strerror(errno));
	}
	struct dirent *de;
	int rc = 0;
	while (rc == 0 && (de = readdir(d))) {
		if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, ".."))
			continue;
		bool skip = false;
		for (size_t i = 0; !*prefix && i < sizeof(mount_points) / sizeof(mount_points[0]); i++)
			skip |= !strcmp(de->d_name, mount_points[i]);
		if (skip)
			continue;
		char *path = *prefix ? dd_asprintf("%s/%s", prefix, de->d_name) : dd_strdup(de->d_name);
		struct stat st;
		if (!path) {
			rc = dd_error_oom();
			break;
		}
		if (fstatat(dirfd(d), de->d_name, &st, AT_SYMLINK_NOFOLLOW) < 0)
			rc = dd_error_set(DD_EIO, "cannot stat %s in %s: %s", path, r->dir, strerror(errno));
		else if ((rc = snap_add(r, s, dirfd(d), de->d_name, path, &st)) == 0 && S_ISDIR(st.st_mode)) {
			int sub = openat(dirfd(d), de->d_name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
			rc = sub < 0 ? dd_error_set(DD_EIO, "cannot open %s in %s: %s", path, r->dir, strerror(errno))
				     : snap_dir(r, s, sub, path, depth + 1);
		}
		free(path);
	}
	closedir(d);
	return rc;
}

static int by_path(const void *a, const void *b)
{
	return strcmp(((const dd_fix_snap_entry *)a)->path, ((const dd_fix_snap_entry *)b)->path);
}

int dd_fix_snap_take(dd_fix_rootfs *r, dd_fix_snap *s)
{
	*s = (dd_fix_snap){ 0 };
	int fd = open_in(r, "", O_RDONLY | O_DIRECTORY);
	if (fd < 0)
		return dd_error_set(DD_EIO, "cannot open the fix's tree %s: %s", r->dir, strerror(errno));
	int rc = snap_dir(r, s, fd, "", 0);
	if (rc == 0)
		qsort(s->v, s->n, sizeof(*s->v), by_path);
	return rc;
}

const dd_fix_snap_entry *dd_fix_snap_get(const dd_fix_snap *s, const char *path)
{
	dd_fix_snap_entry key = { .path = (char *)path };
	return s->n ? bsearch(&key, s->v, s->n, sizeof(*s->v), by_path) : NULL;
}

static bool ts_eq(struct timespec a, struct timespec b)
{
	return a.tv_sec == b.tv_sec && a.tv_nsec == b.tv_nsec;
}

/* A directory's times change with its entries, which are compared on
 * their own: only its type, mode and owner count. */
static bool same(const dd_fix_snap_entry *a, const dd_fix_snap_entry *b)
{
	if (a->mode != b->mode || a->uid != b->uid || a->gid != b->gid)
		return false;
	if (S_ISDIR(a->mode))
		return true;
	if (S_ISLNK(a->mode))
		return !strcmp(a->link ? a->link : "", b->link ? b->link : "");
	return a->size == b->size && a->ino == b->ino && ts_eq(a->mtime, b->mtime) && ts_eq(a->ctime, b->ctime);
}

int dd_fix_snap_diff(const dd_fix_snap *a, const dd_fix_snap *b, dd_strv *paths)
{
	size_t i = 0, j = 0;
	int rc = 0;
	while (rc == 0 && (i < a->n || j < b->n)) {
		int c = i == a->n ? 1 : j == b->n ? -1 : strcmp(a->v[i].path, b->v[j].path);
		if (c < 0)
			rc = dd_strv_push(paths, a->v[i++].path);
		else if (c > 0)
			rc = dd_strv_push(paths, b->v[j++].path);
		else {
			if (!same(&a->v[i], &b->v[j]))
				rc = dd_strv_push(paths, b->v[j].path);
			i++, j++;
		}
	}
	return rc < 0 ? dd_error_oom() : 0;
}

/*
 * .deb unpacking into the patch layer (dpkg_unpack.h). Entry order in the
 * layer: each package's data.tar entries in its own order (dpkg's .list
 * keeps that order too, after "/."), then its info files; the whiteouts
 * and the status file come after every package.
 */
#include <openssl/evp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "fix/deb822.h"
#include "fix/dpkg_unpack.h"
#include "util/error.h"
#include "util/str.h"

#define INFO_DIR "var/lib/dpkg/info/"
#define LIST_MAX (256u << 20)

uint64_t dd_dpkg_path_hash(const char *p, size_t n)
{
	uint64_t h = 0xcbf29ce484222325ull;
	for (size_t i = 0; i < n; i++) {
		h ^= (unsigned char)p[i];
		h *= 0x100000001b3ull;
	}
	return h ? h : 1;
}

static uint64_t hash_str(const char *p)
{
	return dd_dpkg_path_hash(p, strlen(p));
}

int dd_dpkg_resolve_path(const dd_fix_files *files, const char *path, char *out, size_t cap, bool *is_link_dir)
{
	char cur[4096], tmp[4096];
	*is_link_dir = false;
	if (snprintf(cur, sizeof(cur), "%s", path) >= (int)sizeof(cur))
		return dd_error_set(DD_ELIMIT, "path %.100s... too long", path);
	for (unsigned hops = 0; hops < 16; hops++) {
		bool changed = false;
		/* each proper prefix, then the whole path */
		for (char *p = cur;; p++) {
			if (*p != '/' && *p)
				continue;
			char save = *p;
			*p = '\0';
			const dd_fix_file *f = dd_fix_files_get(files, cur);
			*p = save;
			if (f && f->link) {
				if (!save) {
					*is_link_dir = true;
					break;
				}
				/* replace the prefix [cur, p) with the link target */
				const char *dir_end = memrchr(cur, '/', (size_t)(p - cur));
				int n = f->link[0] == '/' ? snprintf(tmp, sizeof(tmp), "%s%s", f->link + 1, p) :
					snprintf(tmp, sizeof(tmp), "%.*s%s%s%s", dir_end ? (int)(dir_end - cur) : 0, cur,
						dir_end ? "/" : "", f->link, p);
				if (n < 0 || n >= (int)sizeof(tmp))
					return dd_error_set(DD_ELIMIT, "path %.100s... too long", path);
				if (dd_tar_normalize_path(tmp))
					return dd_error_set(DD_EFORMAT, "the image's symlink %.200s -> %.200s climbs out of the root",
						f->path, f->link);
				memcpy(cur, tmp, sizeof(cur));
				changed = true;
				break;
			}
			if (!save)
				break;
		}
		if (!changed) {
			if (snprintf(out, cap, "%s", cur) >= (int)cap)
				return dd_error_set(DD_ELIMIT, "path %.100s... too long", cur);
			return 0;
		}
	}
	return dd_error_set(DD_EFORMAT, "too many symlinks resolving %.200s in the image", path);
}

/* ---- an MD5-computing reader around a tar entry's content ---- */
typedef struct {
	dd_reader base;
	dd_reader *inner;
	EVP_MD_CTX *md;
} md5_reader;

static ssize_t md5_read(dd_reader *r, void *buf, size_t len)
{
	md5_reader *m = (md5_reader *)r;
	ssize_t n = dd_reader_read(m->inner, buf, len);
	if (n > 0)
		EVP_DigestUpdate(m->md, buf, (size_t)n);
	return n;
}

static void md5_hex(const void *data, size_t len, char out[33])
{
	unsigned char d[16];
	unsigned int n = 0;
	EVP_Digest(data, len, d, &n, EVP_md5(), NULL);
	for (int i = 0; i < 16; i++)
		snprintf(out + 2 * i, 3, "%02x", d[i]);
}

/* ---- per package ---- */
typedef struct {
	dd_dpkg_unpack *u;
	const dd_deb *deb;
	const dd_dpkg_pkg *old;
	dd_buf list;
	dd_buf conffiles;           /* "/etc/x md5\n" */
	const char *conf_list;      /* the package's conffiles control file */
	size_t conf_len;
} unpack_ctx;

static bool is_conffile(const unpack_ctx *c, const char *path)
{
	dd_span rest = { c->conf_list, c->conf_len }, line;
	dd_lines it;
	dd_lines_init(&it, rest.p, rest.n);
	while (dd_lines_next(&it, &line)) {
		dd_span w;
		line = dd_span_trim(line);
		/* "remove-on-upgrade /etc/x" (dpkg 1.20.1): not a conffile to install */
		if (!dd_deb822_word(&line, &w) || dd_span_eq(w, "remove-on-upgrade"))
			continue;
		if (w.n && w.p[0] == '/' && w.n - 1 == strlen(path) && !memcmp(w.p + 1, path, w.n - 1))
			return true;
	}
	return false;
}

/* A path of the layer (as resolved): not written twice, not whited out. */
static int add_written(dd_dpkg_unpack *u, const char *path)
{
	return dd_u64set_add(&u->written, hash_str(path));
}

/* Was the conffile changed by the user? Missing from the view: deleted by
 * the user, which dpkg also respects. */
static int conffile_state(const unpack_ctx *c, const char *path, bool *changed, bool *deleted)
{
	char abs[4200];
	*changed = *deleted = false;
	if (!c->old)
		return 0;
	snprintf(abs, sizeof(abs), "/%s", path);
	dd_span recorded = dd_dpkg_conffile_md5(c->old, abs);
	if (!recorded.p || recorded.n != 32)
		return 0; /* not a conffile of the old version ("newconffile"): install it */
	const dd_fix_file *f = dd_fix_files_get(c->u->files, path);
	if (!f) {
		/* not collected (outside etc/) or deleted: deleted only when it is a path we collect */
		*deleted = dd_starts_with(path, "etc/");
		return 0;
	}
	if (!f->data)
		return 0; /* a symlink in place of the conffile: leave the decision to the content */
	char now[33];
	md5_hex(f->data, f->len, now);
	*changed = memcmp(now, recorded.p, 32) != 0;
	return 0;
}

static int on_entry(void *ctx, const dd_tar_entry *e, dd_reader *content)
{
	unpack_ctx *c = ctx;
	dd_dpkg_unpack *u = c->u;
	int rc;
	char at[4096];
	bool link_dir;
	if ((rc = dd_buf_printf(&c->list, "/%s\n", e->path)) || (rc = dd_u64set_add(&u->owned_new, hash_str(e->path))))
		return rc;
	if ((rc = dd_dpkg_resolve_path(u->files, e->path, at, sizeof(at), &link_dir)))
		return dd_error_prefix(rc, "%s", c->deb->what);
	dd_layer_writer_owner(u->w, e->uid, e->gid);
	switch (e->type) {
	case DD_TAR_DIR:
		/* a directory that is a symlink in the image stays one (dpkg
		 * follows it), and one written already is not written twice */
		if (link_dir || dd_u64set_has(&u->written, hash_str(at)))
			return 0;
		if ((rc = dd_layer_writer_add_dir(u->w, at, e->mode & 07777)))
			return rc;
		return add_written(u, at);
	case DD_TAR_SYMLINK:
		if ((rc = dd_layer_writer_add_symlink(u->w, at, e->linkname)))
			return rc;
		return add_written(u, at);
	case DD_TAR_HARDLINK: {
		char target[4096], target_at[4096];
		bool ignored;
		snprintf(target, sizeof(target), "%s", e->linkname);
		if ((rc = dd_tar_normalize_path(target)))
			return dd_error_set(DD_EFORMAT, "%s: hard link target %.200s climbs out", c->deb->what, e->linkname);
		if ((rc = dd_dpkg_resolve_path(u->files, target, target_at, sizeof(target_at), &ignored)))
			return rc;
		if ((rc = dd_layer_writer_add_hardlink(u->w, at, target_at)))
			return rc;
		return add_written(u, at);
	}
	case DD_TAR_FILE:
		break;
	default:
		return dd_error_set(DD_EUNSUPPORTED, "%s: %s is a FIFO or special file, which drydock does not install",
			c->deb->what, e->path);
	}
	if (!is_conffile(c, e->path)) {
		if ((rc = dd_layer_writer_add_file(u->w, at, e->mode & 07777, content, e->size)))
			return rc;
		return add_written(u, at);
	}
	/* a conffile: hash what is installed, keep a user's version */
	bool changed, deleted;
	if ((rc = conffile_state(c, e->path, &changed, &deleted)))
		return rc;
	char target[4200];
	snprintf(target, sizeof(target), "%s%s", at, changed ? ".dpkg-dist" : "");
	md5_reader m = { { md5_read, NULL }, content, EVP_MD_CTX_new() };
	if (!m.md || !EVP_DigestInit_ex(m.md, EVP_md5(), NULL)) {
		EVP_MD_CTX_free(m.md);
		return dd_error_oom();
	}
	if (deleted) {
		/* dpkg does not bring back a conffile the user deleted; hash it only */
		char buf[65536];
		ssize_t n;
		while ((n = dd_reader_read(&m.base, buf, sizeof(buf))) > 0)
			;
		rc = n < 0 ? (int)n : 0;
	} else {
		rc = dd_layer_writer_add_file(u->w, target, e->mode & 07777, &m.base, e->size);
		if (!rc)
			rc = add_written(u, target);
	}
	unsigned char d[16];
	unsigned int dl = 0;
	EVP_DigestFinal_ex(m.md, d, &dl);
	EVP_MD_CTX_free(m.md);
	if (rc)
		return rc;
	char hex[33];
	for (int i = 0; i < 16; i++)
		snprintf(hex + 2 * i, 3, "%02x", d[i]);
	if (changed && u->notes) {
		char note[9000];
		snprintf(note, sizeof(note), "%s: /%s was changed in the image and is kept; the package's version is /%s",
			c->deb->what, e->path, target);
		if ((rc = dd_strv_push(u->notes, note)))
			return rc;
	}
	return dd_buf_printf(&c->conffiles, "/%s %s\n", e->path, hex);
}

static int add_info(dd_dpkg_unpack *u, const char *stem, const char *suffix, const void *data, size_t len, unsigned mode)
{
	char path[1024];
	dd_reader *r = NULL;
	snprintf(path, sizeof(path), INFO_DIR "%s.%s", stem, suffix);
	int rc = dd_reader_from_memory(&r, data, len);
	if (rc)
		return rc;
	dd_layer_writer_owner(u->w, 0, 0);
	rc = dd_layer_writer_add_file(u->w, path, mode, r, len);
	dd_reader_close(r);
	if (!rc)
		rc = add_written(u, path);
	return rc;
}

static bool info_name_ok(const char *n)
{
	/* control member names dpkg installs into info/ (no path, no dot) */
	if (!*n || strlen(n) > 40)
		return false;
	for (const char *p = n; *p; p++)
		if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '-' || *p == '_'))
			return false;
	return true;
}

/* "libfoo.so", "libfoo.so.2", "libfoo.so.2.1": the names ldconfig keys
 * its cache by live among these. */
static bool lib_name(dd_span line)
{
	const char *slash = memrchr(line.p, '/', line.n);
	dd_span base = slash ? (dd_span){ slash + 1, (size_t)(line.p + line.n - slash - 1) } : line;
	const char *so = base.n > 3 ? memmem(base.p, base.n, ".so", 3) : NULL;
	return so && (so + 3 == base.p + base.n || so[3] == '.');
}

static int lib_names(const char *text, size_t len, dd_strv *out)
{
	dd_lines it;
	dd_span line;
	dd_lines_init(&it, text, len);
	while (dd_lines_next(&it, &line))
		if (lib_name(line)) {
			char *s = dd_span_dup(line);
			if (!s || dd_strv_push_owned(out, s) < 0)
				return dd_error_oom();
		}
	dd_strv_sort(out);
	return 0;
}

/* Do the two .list texts name different shared-library files? */
static int libs_differ(const char *a, size_t al, const char *b, size_t bl, bool *differ)
{
	dd_strv x = { 0 }, y = { 0 };
	int rc = lib_names(a, al, &x);
	if (rc == 0)
		rc = lib_names(b, bl, &y);
	*differ = x.count != y.count;
	for (size_t i = 0; rc == 0 && !*differ && i < x.count; i++)
		*differ = strcmp(x.items[i], y.items[i]) != 0;
	dd_strv_free(&x);
	dd_strv_free(&y);
	return rc;
}

int dd_dpkg_unpack_one(dd_dpkg_unpack *u, const dd_deb *deb, const dd_dpkg_pkg *old, dd_dpkg_unpacked *out)
{
	unpack_ctx c = { u, deb, old, DD_BUF_INIT(LIST_MAX), DD_BUF_INIT(1u << 20), NULL, 0 };
	const dd_deb_file *control = dd_deb_control(deb, "control"), *conf = dd_deb_control(deb, "conffiles");
	int rc;
	memset(out, 0, sizeof(*out));
	dd_buf_init(&out->stanza, 4u << 20);
	if (conf) {
		c.conf_list = conf->data;
		c.conf_len = conf->len;
	}
	/* the info stem from the new control (Package, Architecture, Multi-Arch) */
	dd_deb822 it;
	dd_deb822_stanza *st = malloc(sizeof(*st));
	if (!st)
		return dd_error_oom();
	dd_deb822_init(&it, control->data, control->len, false, deb->what);
	if ((rc = dd_deb822_next(&it, st)) <= 0) {
		free(st);
		return rc ? rc : dd_error_set(DD_EFORMAT, "%s: empty control file", deb->what);
	}
	dd_dpkg_info_stem(dd_deb822_get(st, "Package"), dd_deb822_get(st, "Architecture"),
		dd_deb822_get(st, "Multi-Arch"), u->multiarch_db, out->stem, sizeof(out->stem));
	free(st);
	if (old)
		dd_dpkg_info_stem(old->name, old->arch, old->multi_arch, u->multiarch_db, out->old_stem, sizeof(out->old_stem));
	if ((rc = dd_buf_puts(&c.list, "/.\n")) || (rc = dd_deb_data_each(deb, on_entry, &c)))
		goto cleanup;
	{
		char path[700];
		snprintf(path, sizeof(path), INFO_DIR "%s.list", out->old_stem);
		const dd_fix_file *ol = old ? dd_fix_files_get(u->files, path) : NULL;
		if ((rc = libs_differ(c.list.ptr, c.list.len, ol && ol->data ? (const char *)ol->data : "",
			ol && ol->data ? ol->len : 0, &out->libs_changed)))
			goto cleanup;
	}
	/* info files: the list, then every control member but control itself */
	if ((rc = add_info(u, out->stem, "list", c.list.ptr, c.list.len, 0644)))
		goto cleanup;
	for (size_t i = 0; i < deb->n_files && !rc; i++) {
		const dd_deb_file *f = &deb->files[i];
		if (!strcmp(f->name, "control"))
			continue;
		if (!info_name_ok(f->name)) {
			rc = dd_error_set(DD_EFORMAT, "%s: control member '%.60s' is not a name dpkg installs", deb->what, f->name);
			break;
		}
		bool script = !strcmp(f->name, "preinst") || !strcmp(f->name, "postinst") || !strcmp(f->name, "prerm") ||
			!strcmp(f->name, "postrm") || !strcmp(f->name, "config");
		rc = add_info(u, out->stem, f->name, f->data, f->len, script ? 0755 : 0644);
	}
	if (!rc)
		rc = dd_dpkg_stanza_from_control(control->data, control->len, c.conffiles.ptr ? c.conffiles.ptr : "",
			&out->stanza);
cleanup:
	dd_buf_free(&c.list);
	dd_buf_free(&c.conffiles);
	if (rc)
		dd_dpkg_unpacked_free(out);
	return rc;
}

/* Is this path owned by an installed package other than the upgraded
 * ones? Answered from their .list files in the view. */
static int others_owning(dd_dpkg_unpack *u, const dd_dpkg_pkg *const *olds, size_t n, dd_u64set *owned)
{
	int rc = 0;
	for (size_t i = 0; i < u->db->n && !rc; i++) {
		const dd_dpkg_pkg *p = &u->db->v[i];
		bool upgraded = false;
		for (size_t k = 0; k < n && !upgraded; k++)
			upgraded = olds[k] == p;
		if (!p->installed || upgraded)
			continue;
		char stem[512], path[700];
		dd_dpkg_info_stem(p->name, p->arch, p->multi_arch, u->multiarch_db, stem, sizeof(stem));
		snprintf(path, sizeof(path), INFO_DIR "%s.list", stem);
		const dd_fix_file *f = dd_fix_files_get(u->files, path);
		if (!f || !f->data)
			continue;
		dd_lines it;
		dd_span line;
		dd_lines_init(&it, f->data, f->len);
		while (!rc && dd_lines_next(&it, &line))
			if (line.n > 1 && line.p[0] == '/')
				rc = dd_u64set_add(owned, dd_dpkg_path_hash(line.p + 1, line.n - 1));
	}
	return rc;
}

int dd_dpkg_unpack_whiteouts(dd_dpkg_unpack *u, const dd_dpkg_pkg *const *olds, const dd_dpkg_unpacked *done, size_t n)
{
	dd_u64set owned = { 0 };
	int rc = others_owning(u, olds, n, &owned);
	dd_layer_writer_owner(u->w, 0, 0);
	for (size_t k = 0; k < n && !rc; k++) {
		if (!olds[k])
			continue;
		char path[700];
		snprintf(path, sizeof(path), INFO_DIR "%s.list", done[k].old_stem);
		const dd_fix_file *f = dd_fix_files_get(u->files, path);
		dd_lines it;
		dd_span line;
		/* the old files, deepest first would matter only for directories,
		 * which are never whited out: a directory any package still lists
		 * is owned, and an unowned one dpkg would remove only when empty */
		if (f && f->data) {
			dd_lines_init(&it, f->data, f->len);
			while (!rc && dd_lines_next(&it, &line)) {
				if (line.n < 2 || line.p[0] != '/' || line.n > 4000 || (line.n == 2 && line.p[1] == '.'))
					continue;
				uint64_t h = dd_dpkg_path_hash(line.p + 1, line.n - 1);
				if (dd_u64set_has(&u->owned_new, h) || dd_u64set_has(&owned, h))
					continue;
				/* a directory of the old list: some other old entry lies under it */
				char rel[4001];
				dd_span_cpy(rel, sizeof(rel), (dd_span){ line.p + 1, line.n - 1 });
				char sub[4010];
				snprintf(sub, sizeof(sub), "\n/%s/", rel);
				if (memmem(f->data, f->len, sub, strlen(sub)))
					continue;
				char at[4096];
				bool link_dir;
				if ((rc = dd_dpkg_resolve_path(u->files, rel, at, sizeof(at), &link_dir)))
					break;
				if (link_dir || dd_u64set_has(&u->written, hash_str(at)))
					continue;
				rc = dd_layer_writer_add_whiteout(u->w, at);
				if (!rc)
					rc = dd_u64set_add(&u->written, hash_str(at));
			}
		}
		/* old info files the new version does not have */
		char prefix[600];
		snprintf(prefix, sizeof(prefix), INFO_DIR "%s.", done[k].old_stem);
		const dd_fix_file *first;
		size_t m = dd_fix_files_under(u->files, prefix, &first);
		for (size_t i = 0; i < m && !rc; i++) {
			const char *suffix = first[i].path + strlen(prefix);
			if (strchr(suffix, '.') || strchr(suffix, '/') || !info_name_ok(suffix))
				continue;
			if (dd_u64set_has(&u->written, hash_str(first[i].path)))
				continue;
			rc = dd_layer_writer_add_whiteout(u->w, first[i].path);
		}
	}
	dd_u64set_free(&owned);
	return rc;
}

void dd_dpkg_unpacked_free(dd_dpkg_unpacked *p)
{
	dd_buf_free(&p->stanza);
}

void dd_dpkg_unpack_free(dd_dpkg_unpack *u)
{
	dd_u64set_free(&u->written);
	dd_u64set_free(&u->owned_new);
}

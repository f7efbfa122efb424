/*
 * The package DB as apk would leave it after `apk upgrade` (apk_internal.h):
 *   lib/apk/db/installed   the upgraded packages' records replaced in place
 *                          (others copied byte for byte), fields in the order
 *                          apk-tools 2 writes them, then per directory F: (M:
 *                          when not root 0755) and per file R:, a: (when not
 *                          root 0644) and Z: (Q1 SHA-1 of the content, of
 *                          the target for a symlink)
 *   lib/apk/db/scripts.tar the old version's scripts out, the new one's in,
 *                          named NAME-VERSION.CHECKSUM.SCRIPT
 *   lib/apk/db/triggers    the line of the old checksum replaced
 */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "fix/apk_internal.h"
#include "image/tar.h"
#include "util/buf.h"
#include "util/error.h"
#include "util/str.h"

#define MAX_DB (128u << 20)

/* Appends "dir/name" for each R: line of a record. */
static int record_files(const dd_apk_records *db, const dd_apk_rec *r, dd_strv *out)
{
	const char *p = db->orig + r->start, *end = db->orig + r->end;
	char dir[4096] = "";
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);
		if (n >= 2 && p[1] == ':' && n - 2 < sizeof(dir)) {
			if (p[0] == 'F') {
				memcpy(dir, p + 2, n - 2);
				dir[n - 2] = '\0';
			} else if (p[0] == 'R') {
				char *path = dd_asprintf("%s%s%.*s", dir, *dir ? "/" : "", (int)(n - 2), p + 2);
				if (!path || dd_strv_push_owned(out, path) < 0)
					return dd_error_oom();
			}
		}
		p += n + 1;
	}
	return 0;
}

int dd_apk_db_dropped(const dd_apk_records *db, const dd_apk_change *c, dd_strv *paths)
{
	if (!c->old)
		return 0;
	dd_strv old = { 0 };
	int rc = record_files(db, c->old, &old);
	for (size_t i = 0; i < old.count && rc == 0; i++) {
		bool kept = false;
		for (size_t k = 0; k < c->pkg->n_entries && !kept; k++)
			kept = !S_ISDIR(c->pkg->entries[k].mode) && !strcmp(c->pkg->entries[k].path, old.items[i]);
		if (!kept && dd_strv_push(paths, old.items[i]) < 0)
			rc = dd_error_oom();
	}
	dd_strv_free(&old);
	return rc;
}

typedef struct dirent_ {
	const char *path;
	size_t len;
	const dd_apk_entry *self;   /* its own tar entry, or NULL */
} dirent_;

static int find_dir(dirent_ **dirs, size_t *n, const char *path, size_t len, const dd_apk_entry *self)
{
	for (size_t i = 0; i < *n; i++)
		if ((*dirs)[i].len == len && !strncmp((*dirs)[i].path, path, len)) {
			if (self && !(*dirs)[i].self)
				(*dirs)[i].self = self;
			return (int)i;
		}
	dirent_ *v = realloc(*dirs, (*n + 1) * sizeof(*v));
	if (!v)
		return dd_error_oom();
	*dirs = v;
	v[*n] = (dirent_){ path, len, self };
	return (int)(*n)++;
}

static int write_files(dd_buf *b, const dd_apk_pkg *p)
{
	dirent_ *dirs = NULL;
	size_t n = 0;
	int *of = calloc(p->n_entries ? p->n_entries : 1, sizeof(*of));
	int rc = of ? 0 : dd_error_oom();
	for (size_t i = 0; i < p->n_entries && rc >= 0; i++) {
		const dd_apk_entry *e = &p->entries[i];
		if (S_ISDIR(e->mode)) {
			rc = find_dir(&dirs, &n, e->path, strlen(e->path), e);
			of[i] = -1;
			continue;
		}
		const char *slash = strrchr(e->path, '/');
		if (!slash) {
			rc = dd_error_set(DD_EUNSUPPORTED, "%s: file '%s' at the root; apk's DB has no place for it", p->file,
				e->path);
			break;
		}
		rc = find_dir(&dirs, &n, e->path, (size_t)(slash - e->path), NULL);
		of[i] = rc;
	}
	for (size_t d = 0; d < n && rc >= 0; d++) {
		const dd_apk_entry *s = dirs[d].self;
		dd_buf_printf(b, "F:%.*s\n", (int)dirs[d].len, dirs[d].path);
		if (s && (s->uid || s->gid || (s->mode & 07777) != 0755))
			dd_buf_printf(b, "M:%u:%u:%o\n", s->uid, s->gid, s->mode & 07777);
		for (size_t i = 0; i < p->n_entries; i++) {
			const dd_apk_entry *e = &p->entries[i];
			if (of[i] != (int)d)
				continue;
			unsigned perm = S_ISLNK(e->mode) ? 0777 : e->mode & 07777;
			dd_buf_printf(b, "R:%s\n", strrchr(e->path, '/') + 1);
			if (e->uid || e->gid || perm != 0644)
				dd_buf_printf(b, "a:%u:%u:%o\n", e->uid, e->gid, perm);
			if (dd_buf_printf(b, "Z:%s\n", e->q1) < 0)
				rc = dd_error_set(DD_ELIMIT, "the new package DB is over %u bytes", MAX_DB);
		}
	}
	free(dirs);
	free(of);
	return rc < 0 ? rc : 0;
}

static int write_entry(dd_buf *b, const dd_apk_pkg *p)
{
	for (size_t i = 0; i < DD_APK_NFIELDS; i++) {
		char f = DD_APK_FIELDS[i];
		const char *v = p->rec->f[i];
		if (f == 'q' && !v)
			v = p->replaces_priority;
		if (v && *v)
			dd_buf_printf(b, "%c:%s\n", f, v);
	}
	return write_files(b, p);
}

int dd_apk_db_installed(const dd_apk_records *db, const dd_apk_change *c, size_t n, char **out, size_t *len)
{
	dd_buf b = DD_BUF_INIT(MAX_DB);
	int rc = 0;
	for (size_t i = 0; i < db->n && rc == 0; i++) {
		const dd_apk_change *ch = NULL;
		for (size_t k = 0; k < n && !ch; k++)
			if (c[k].old == &db->v[i])
				ch = &c[k];
		if (ch)
			rc = write_entry(&b, ch->pkg);
		else
			rc = dd_buf_put(&b, db->orig + db->v[i].start, db->v[i].end - db->v[i].start);
		if (rc == 0)
			rc = dd_buf_putc(&b, '\n');
	}
	for (size_t k = 0; k < n && rc == 0; k++)
		if (!c[k].old && (rc = write_entry(&b, c[k].pkg)) == 0)
			rc = dd_buf_putc(&b, '\n');
	if (rc < 0) {
		dd_buf_free(&b);
		return rc == DD_ELIMIT ? dd_error_set(DD_ELIMIT, "the new package DB is over %u bytes", MAX_DB) : rc;
	}
	*len = b.len;
	*out = dd_buf_detach(&b);
	return *out ? 0 : dd_error_oom();
}

/* ---- scripts.tar: a plain ustar archive ---- */

static int tar_put(dd_buf *b, const char *name, unsigned mode, int64_t mtime, const char *data, size_t len)
{
	unsigned char h[512] = { 0 };
	if (strlen(name) >= 100)
		return dd_error_set(DD_ELIMIT, "script name '%s' is over 99 bytes", name);
	memcpy(h, name, strlen(name));
	snprintf((char *)h + 100, 8, "%07o", mode & 07777);
	snprintf((char *)h + 108, 8, "%07o", 0);
	snprintf((char *)h + 116, 8, "%07o", 0);
	snprintf((char *)h + 124, 12, "%011llo", (unsigned long long)len & 077777777777ULL);
	snprintf((char *)h + 136, 12, "%011llo", (unsigned long long)(mtime > 0 ? mtime : 0) & 077777777777ULL);
	h[156] = '0';
	memcpy(h + 257, "ustar", 6);
	memcpy(h + 263, "00", 2);
	memcpy(h + 265, "root", 4);
	memcpy(h + 297, "root", 4);
	memset(h + 148, ' ', 8);
	unsigned sum = 0;
	for (int i = 0; i < 512; i++)
		sum += h[i];
	snprintf((char *)h + 148, 8, "%06o", sum);
	static const char zero[512];
	if (dd_buf_put(b, h, 512) < 0 || dd_buf_put(b, data, len) < 0 ||
		(len % 512 && dd_buf_put(b, zero, 512 - len % 512) < 0))
		return dd_error_set(DD_ELIMIT, "scripts.tar grows over %u bytes", MAX_DB);
	return 0;
}

static bool script_of(const char *name, const dd_apk_rec *r)
{
	const char *p = dd_apk_get(r, 'P'), *v = dd_apk_get(r, 'V'), *c = dd_apk_get(r, 'C');
	if (!p || !v || !c)
		return false;
	size_t pl = strlen(p), vl = strlen(v), cl = strlen(c);
	return !strncmp(name, p, pl) && name[pl] == '-' && !strncmp(name + pl + 1, v, vl) && name[pl + 1 + vl] == '.' &&
		!strncmp(name + pl + 2 + vl, c, cl) && name[pl + 2 + vl + cl] == '.';
}

int dd_apk_db_scripts(const dd_fix_file *old, const dd_apk_change *c, size_t n, char **out, size_t *len)
{
	dd_buf b = DD_BUF_INIT(MAX_DB);
	dd_reader *in = NULL;
	dd_tar *t = NULL;
	char *data = NULL;
	int rc = 0;
	if (old && old->data) {
		rc = dd_reader_from_memory(&in, old->data, old->len);
		if (rc == 0)
			rc = dd_tar_open(&t, in, NULL, "lib/apk/db/scripts.tar");
		const dd_tar_entry *e;
		while (rc == 0 && (rc = dd_tar_next(t, &e)) == 0) {
			bool drop = e->type != DD_TAR_FILE;
			for (size_t k = 0; k < n && !drop; k++)
				drop = c[k].old && script_of(e->path, c[k].old);
			if (drop)
				continue;
			size_t dl = 0;
			free(data);
			data = NULL;
			if ((rc = dd_reader_read_all(dd_tar_content(t), MAX_DB, &data, &dl)) == 0)
				rc = tar_put(&b, e->path, e->mode, e->mtime, data, dl);
		}
		if (rc == DD_ITEROVER)
			rc = 0;
	}
	for (size_t k = 0; k < n && rc == 0; k++) {
		const dd_apk_pkg *p = c[k].pkg;
		for (size_t s = 0; s < p->n_scripts && rc == 0; s++) {
			char name[256];
			snprintf(name, sizeof(name), "%s-%s.%s.%s", dd_apk_get(p->rec, 'P'), dd_apk_get(p->rec, 'V'),
				dd_apk_get(p->rec, 'C'), p->scripts[s].name);
			const char *t_ = dd_apk_get(p->rec, 't');
			rc = tar_put(&b, name, 0755, t_ ? strtoll(t_, NULL, 10) : 0, p->scripts[s].data, p->scripts[s].len);
		}
	}
	static const char zero[1024];
	if (rc == 0)
		rc = dd_buf_put(&b, zero, sizeof(zero));
	free(data);
	dd_tar_free(t);
	dd_reader_close(in);
	if (rc < 0) {
		dd_buf_free(&b);
		return rc;
	}
	*len = b.len;
	*out = dd_buf_detach(&b);
	return *out ? 0 : dd_error_oom();
}

int dd_apk_db_triggers(const dd_fix_file *old, const dd_apk_change *c, size_t n, char **out, size_t *len)
{
	dd_buf b = DD_BUF_INIT(MAX_DB);
	int rc = 0;
	const char *p = old && old->data ? (const char *)old->data : "";
	while (*p && rc == 0) {
		size_t l = strcspn(p, "\n");
		bool drop = false;
		for (size_t k = 0; k < n && !drop; k++) {
			const char *oc = c[k].old ? dd_apk_get(c[k].old, 'C') : NULL;
			drop = oc && !strncmp(p, oc, strlen(oc)) && p[strlen(oc)] == ' ';
		}
		if (!drop && l && (rc = dd_buf_put(&b, p, l)) == 0)
			rc = dd_buf_putc(&b, '\n');
		p += l + (p[l] == '\n');
	}
	for (size_t k = 0; k < n && rc == 0; k++)
		if (c[k].pkg->triggers && *c[k].pkg->triggers)
			rc = dd_buf_printf(&b, "%s %s\n", dd_apk_get(c[k].pkg->rec, 'C'), c[k].pkg->triggers);
	if (rc < 0) {
		dd_buf_free(&b);
		return rc;
	}
	if (!b.ptr && dd_buf_put(&b, "", 0) < 0)
		return dd_error_oom();
	*len = b.len;
	*out = dd_buf_detach(&b);
	return *out ? 0 : dd_error_oom();
}

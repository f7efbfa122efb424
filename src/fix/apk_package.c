/*
 * One .apk, verified before anything of it is used (apk_internal.h). An .apk
 * is three gzip members: the signature tar, the control tar (.PKGINFO and
 * the maintainer scripts) and the data tar. The chain of trust is the one
 * apk-tools 2 follows: the signed index gives C: = Q1 + base64(SHA-1 of the
 * control member), the control's .PKGINFO gives datahash = SHA-256 of the
 * data member; on top, the package's own signature must verify against the
 * image's keys. The data tar is then read once to list its entries and
 * their checksums (for the DB's Z: lines), refusing names and links that
 * would leave the root, and read again when the layer is written.
 */
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fix/apk_internal.h"
#include "image/stream.h"
#include "image/tar.h"
#include "util/error.h"
#include "util/str.h"

#define MAX_SIG_MEMBER (64u << 10)
#define MAX_CONTROL (8u << 20)
#define MAX_DATA (4ull << 30)
#define MAX_ENTRIES 200000
#define MAX_SCRIPT (1u << 20)

void dd_apk_q1(const unsigned char sha1[20], char out[32])
{
	memcpy(out, "Q1", 2);
	EVP_EncodeBlock((unsigned char *)out + 2, sha1, 20);
}

void dd_apk_package_free(dd_apk_pkg *p)
{
	if (!p)
		return;
	free(p->file);
	for (size_t i = 0; i < p->n_entries; i++) {
		free(p->entries[i].path);
		free(p->entries[i].link);
	}
	free(p->entries);
	for (size_t i = 0; i < p->n_scripts; i++) {
		free(p->scripts[i].name);
		free(p->scripts[i].data);
	}
	free(p->scripts);
	free(p->triggers);
	free(p->replaces_priority);
}

/* "key = value" lines of .PKGINFO: the first value of key, copied. */
static char *pkginfo_get(const char *text, const char *key)
{
	size_t kl = strlen(key);
	for (const char *l = text; l && *l; l = strchr(l, '\n') ? strchr(l, '\n') + 1 : NULL) {
		if (!strncmp(l, key, kl) && !strncmp(l + kl, " = ", 3)) {
			const char *v = l + kl + 3;
			return dd_strndup(v, strcspn(v, "\n"));
		}
	}
	return NULL;
}

static const char *const script_names[] = { "pre-install", "post-install", "pre-upgrade", "post-upgrade",
	"pre-deinstall", "post-deinstall", "trigger" };

static int read_control(dd_apk_pkg *p, const char *ctl, size_t len, char **pkginfo)
{
	dd_reader *in = NULL;
	dd_tar *t = NULL;
	int rc = dd_reader_from_memory(&in, ctl, len);
	if (rc == 0)
		rc = dd_tar_open(&t, in, NULL, p->file);
	const dd_tar_entry *e;
	while (rc == 0 && (rc = dd_tar_next(t, &e)) == 0) {
		if (e->type != DD_TAR_FILE)
			continue;
		if (!strcmp(e->path, ".PKGINFO")) {
			free(*pkginfo);
			*pkginfo = NULL;
			size_t n;
			rc = dd_reader_read_all(dd_tar_content(t), MAX_CONTROL, pkginfo, &n);
			continue;
		}
		for (size_t i = 0; i < sizeof(script_names) / sizeof(*script_names); i++) {
			if (e->path[0] != '.' || strcmp(e->path + 1, script_names[i]))
				continue;
			dd_apk_script *v = realloc(p->scripts, (p->n_scripts + 1) * sizeof(*v));
			if (!v)
				return dd_error_oom();
			p->scripts = v;
			dd_apk_script *s = &v[p->n_scripts];
			*s = (dd_apk_script){ .name = dd_strdup(script_names[i]) };
			if (!s->name) {
				rc = dd_error_oom();
				break;
			}
			p->n_scripts++;
			rc = dd_reader_read_all(dd_tar_content(t), MAX_SCRIPT, &s->data, &s->len);
		}
	}
	if (rc == DD_ITEROVER)
		rc = 0;
	if (rc == 0 && !*pkginfo)
		rc = dd_error_set(DD_EFORMAT, "%s: no .PKGINFO in the control member", p->file);
	dd_tar_free(t);
	dd_reader_close(in);
	return rc;
}

/* Whether a link target, seen from the directory of path, stays in the root. */
static bool link_stays(const char *path, const char *target)
{
	if (target[0] == '/')
		return true;   /* absolute: resolved in the container's root, never the host's */
	int depth = 0;
	for (const char *p = path; (p = strchr(p, '/')); p++)
		depth++;
	for (const char *c = target; *c;) {
		size_t n = strcspn(c, "/");
		if (n == 2 && !strncmp(c, "..", 2)) {
			if (--depth < 0)
				return false;
		} else if (n && !(n == 1 && *c == '.')) {
			depth++;
		}
		c += n;
		while (*c == '/')
			c++;
	}
	return true;
}

static int open_data(const dd_apk_pkg *p, int *fd, dd_reader **stream)
{
	dd_reader *raw = NULL;
	*stream = NULL;
	*fd = -1;
	int rc = dd_reader_from_file(&raw, p->file, p->data_off, UINT64_MAX);
	if (rc < 0)
		return rc;
	dd_inflate_limits lim = { .max_output = MAX_DATA, .max_ratio = 1000 };
	return dd_decompress_reader_new(stream, raw, DD_COMPRESSION_GZIP, &lim, p->file);
}

static int add_entry(dd_apk_pkg *p, const dd_tar_entry *e, dd_tar *t)
{
	if (p->n_entries >= MAX_ENTRIES)
		return dd_error_set(DD_ELIMIT, "%s: more than %d files", p->file, MAX_ENTRIES);
	if (e->type != DD_TAR_FILE && e->type != DD_TAR_DIR && e->type != DD_TAR_SYMLINK && e->type != DD_TAR_HARDLINK)
		return dd_error_set(DD_EUNSUPPORTED, "%s: '%s' is a device or fifo; drydock does not install those",
			p->file, e->path);
	const char *base = strrchr(e->path, '/') ? strrchr(e->path, '/') + 1 : e->path;
	if (!strncmp(base, ".wh.", 4) || !strncmp(e->path, "lib/apk/db/", 11))
		return dd_error_set(DD_EFORMAT, "%s: '%s' is %s; refusing the package", p->file, e->path,
			*base == '.' ? "a whiteout name (it would delete files of the image)" : "apk's own database");
	if ((e->type == DD_TAR_SYMLINK && !link_stays(e->path, e->linkname)) ||
		(e->type == DD_TAR_HARDLINK && (e->linkname[0] == '/' || strstr(e->linkname, ".."))))
		return dd_error_set(DD_EFORMAT, "%s: link '%s' -> '%s' leaves the root; refusing the package", p->file,
			e->path, e->linkname);
	dd_apk_entry *v = p->n_entries % 64 ? p->entries : realloc(p->entries, (p->n_entries + 64) * sizeof(*v));
	if (!v)
		return dd_error_oom();
	p->entries = v;
	dd_apk_entry *n = &v[p->n_entries];
	*n = (dd_apk_entry){ .mode = e->mode, .uid = e->uid, .gid = e->gid, .size = e->size,
		.hardlink = e->type == DD_TAR_HARDLINK };
	n->path = dd_strdup(e->path);
	if (e->type == DD_TAR_SYMLINK || e->type == DD_TAR_HARDLINK)
		n->link = dd_strdup(e->linkname);
	if (!n->path || ((e->type == DD_TAR_SYMLINK || e->type == DD_TAR_HARDLINK) && !n->link)) {
		free(n->path);
		free(n->link);
		return dd_error_oom();
	}
	p->n_entries++;
	unsigned char md[20];
	if (e->type == DD_TAR_FILE) {
		EVP_MD_CTX *sc = EVP_MD_CTX_new();
		if (!sc || EVP_DigestInit_ex(sc, EVP_sha1(), NULL) != 1) {
			EVP_MD_CTX_free(sc);
			return dd_error_oom();
		}
		char buf[65536];
		dd_reader *c = dd_tar_content(t);
		for (;;) {
			ssize_t r = dd_reader_read(c, buf, sizeof(buf));
			if (r < 0) {
				EVP_MD_CTX_free(sc);
				return (int)r;
			}
			if (r == 0)
				break;
			EVP_DigestUpdate(sc, buf, (size_t)r);
		}
		EVP_DigestFinal_ex(sc, md, NULL);
		EVP_MD_CTX_free(sc);
		dd_apk_q1(md, n->q1);
	} else if (e->type == DD_TAR_SYMLINK) {
		EVP_Digest(e->linkname, strlen(e->linkname), md, NULL, EVP_sha1(), NULL);
		dd_apk_q1(md, n->q1);
	} else if (e->type == DD_TAR_HARDLINK) {
		for (size_t i = 0; i + 1 < p->n_entries; i++)
			if (!strcmp(p->entries[i].path, e->linkname) && S_ISREG(p->entries[i].mode)) {
				memcpy(n->q1, p->entries[i].q1, sizeof(n->q1));
				n->mode = (p->entries[i].mode & ~(uint32_t)S_IFMT) | S_IFREG;
				n->size = p->entries[i].size;
				return 0;
			}
		return dd_error_set(DD_EFORMAT, "%s: hard link '%s' to '%s', which the package does not hold first",
			p->file, e->path, e->linkname);
	}
	return 0;
}

static int read_data(dd_apk_pkg *p)
{
	int fd;
	dd_reader *stream = NULL;
	dd_tar *t = NULL;
	int rc = open_data(p, &fd, &stream);
	if (rc == 0)
		rc = dd_tar_open(&t, stream, NULL, p->file);
	const dd_tar_entry *e;
	while (rc == 0 && (rc = dd_tar_next(t, &e)) == 0)
		rc = add_entry(p, e, t);
	if (rc == DD_ITEROVER)
		rc = 0;
	dd_tar_free(t);
	dd_reader_close(stream);
	return rc;
}

static bool hex_equal(const unsigned char *md, size_t n, const char *hex)
{
	static const char digits[] = "0123456789abcdef";
	if (!hex || strlen(hex) != 2 * n)
		return false;
	for (size_t i = 0; i < n; i++)
		if (hex[2 * i] != digits[md[i] >> 4] || hex[2 * i + 1] != digits[md[i] & 15])
			return false;
	return true;
}

int dd_apk_package_load(dd_apk_pkg *p, const dd_fix_files *files)
{
	char *sig = NULL, *ctl = NULL, *pkginfo = NULL, *datahash = NULL, *name = NULL, *ver = NULL;
	size_t sig_len = 0, ctl_len = 0;
	uint64_t ctl_off = 0, data_off = 0;
	int fd = open(p->file, O_RDONLY | O_CLOEXEC);
	struct stat st;
	int rc = 0;
	if (fd < 0 || fstat(fd, &st) != 0) {
		rc = dd_error_set(DD_EIO, "%s: cannot open the downloaded package", p->file);
		goto cleanup;
	}
	p->size = (uint64_t)st.st_size;
	if ((rc = dd_apk_gz_member(fd, 0, p->size, MAX_SIG_MEMBER, p->file, &ctl_off, &sig, &sig_len)) < 0 ||
		(rc = dd_apk_gz_member(fd, ctl_off, p->size, MAX_CONTROL, p->file, &data_off, &ctl, &ctl_len)) < 0)
		goto cleanup;
	if (data_off >= p->size) {
		rc = dd_error_set(DD_EFORMAT, "%s: no data member", p->file);
		goto cleanup;
	}
	/* C: of the signed index: the control member's SHA-1 */
	unsigned char md[EVP_MAX_MD_SIZE];
	unsigned mdlen = 0;
	char q1[32];
	if ((rc = dd_apk_digest_range(fd, ctl_off, data_off, EVP_sha1(), md, &mdlen)) < 0)
		goto cleanup;
	dd_apk_q1(md, q1);
	const char *want = dd_apk_get(p->rec, 'C');
	if (!want || strcmp(want, q1)) {
		rc = dd_error_set(DD_EDIGEST, "%s: checksum %s is not the index's %s (tampered or stale package); "
			"refusing it", p->file, q1, want ? want : "(none)");
		goto cleanup;
	}
	if ((rc = dd_apk_verify(files, sig, sig_len, fd, ctl_off, data_off, p->file)) < 0 ||
		(rc = read_control(p, ctl, ctl_len, &pkginfo)) < 0)
		goto cleanup;
	name = pkginfo_get(pkginfo, "pkgname");
	ver = pkginfo_get(pkginfo, "pkgver");
	datahash = pkginfo_get(pkginfo, "datahash");
	p->triggers = pkginfo_get(pkginfo, "triggers");
	p->replaces_priority = pkginfo_get(pkginfo, "replaces_priority");
	if (!name || !ver || strcmp(name, dd_apk_get(p->rec, 'P')) || strcmp(ver, dd_apk_get(p->rec, 'V'))) {
		rc = dd_error_set(DD_EFORMAT, "%s: .PKGINFO names %s %s, the index %s %s", p->file, name ? name : "?",
			ver ? ver : "?", dd_apk_get(p->rec, 'P'), dd_apk_get(p->rec, 'V'));
		goto cleanup;
	}
	if ((rc = dd_apk_digest_range(fd, data_off, p->size, EVP_sha256(), md, &mdlen)) < 0)
		goto cleanup;
	if (!hex_equal(md, mdlen, datahash)) {
		rc = dd_error_set(DD_EDIGEST, "%s: the data member does not match .PKGINFO's datahash (tampered); "
			"refusing it", p->file);
		goto cleanup;
	}
	p->data_off = data_off;
	rc = read_data(p);
cleanup:
	if (fd >= 0)
		close(fd);
	free(sig);
	free(ctl);
	free(pkginfo);
	free(datahash);
	free(name);
	free(ver);
	return rc;
}

int dd_apk_package_write(const dd_apk_pkg *p, dd_layer_writer *w)
{
	int fd;
	dd_reader *stream = NULL;
	dd_tar *t = NULL;
	int rc = open_data(p, &fd, &stream);
	if (rc == 0)
		rc = dd_tar_open(&t, stream, NULL, p->file);
	const dd_tar_entry *e;
	while (rc == 0 && (rc = dd_tar_next(t, &e)) == 0) {
		unsigned perm = e->mode & 07777;
		switch (e->type) {
		case DD_TAR_DIR: rc = dd_layer_writer_add_dir(w, e->path, perm); break;
		case DD_TAR_SYMLINK: rc = dd_layer_writer_add_symlink(w, e->path, e->linkname); break;
		case DD_TAR_FILE: rc = dd_layer_writer_add_file(w, e->path, perm, dd_tar_content(t), e->size); break;
		case DD_TAR_HARDLINK: {
			/* the layer writer has no hard links: the target's bytes again,
			 * from a second pass over the data member */
			int fd2;
			dd_reader *s2 = NULL;
			dd_tar *t2 = NULL;
			const dd_tar_entry *e2;
			rc = open_data(p, &fd2, &s2);
			if (rc == 0)
				rc = dd_tar_open(&t2, s2, NULL, p->file);
			while (rc == 0 && (rc = dd_tar_next(t2, &e2)) == 0)
				if (e2->type == DD_TAR_FILE && !strcmp(e2->path, e->linkname))
					break;
			if (rc == 0)
				rc = dd_layer_writer_add_file(w, e->path, e2->mode & 07777, dd_tar_content(t2), e2->size);
			else if (rc == DD_ITEROVER)
				rc = dd_error_set(DD_EFORMAT, "%s: hard link target '%s' missing", p->file, e->linkname);
			dd_tar_free(t2);
			dd_reader_close(s2);
			break;
		}
		default: break;
		}
	}
	if (rc == DD_ITEROVER)
		rc = 0;
	dd_tar_free(t);
	dd_reader_close(stream);
	return rc ? dd_error_prefix(rc, "writing %s into the patch layer", p->file) : 0;
}

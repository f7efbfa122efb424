/*
 * .deb reading (deb_archive.h). ar headers are 60 bytes: name[16]
 * mtime[12] uid[6] gid[6] mode[8] size[10] "`\n"; members are padded to an
 * even offset. dpkg-deb's own order is debian-binary, control.tar*,
 * data.tar*; members named "_..." (signatures) are skipped as dpkg does.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "fix/deb_archive.h"
#include "util/error.h"
#include "util/str.h"

#define AR_MAGIC "!<arch>\n"
#define AR_MAX_MEMBERS 16

static dd_compression member_compression(const char *name, const char *base)
{
	size_t n = strlen(base);
	if (strncmp(name, base, n))
		return (dd_compression)-1;
	const char *ext = name + n;
	if (!*ext)
		return DD_COMPRESSION_NONE;
	if (!strcmp(ext, ".gz"))
		return DD_COMPRESSION_GZIP;
	if (!strcmp(ext, ".xz"))
		return DD_COMPRESSION_XZ;
	if (!strcmp(ext, ".zst"))
		return DD_COMPRESSION_ZSTD;
	return (dd_compression)-1;
}

static int open_member(const dd_deb *d, uint64_t off, uint64_t size, dd_compression c, const char *name,
	uint64_t max_out, dd_reader **out)
{
	dd_reader *raw = NULL;
	char what[400];
	int rc = dd_reader_from_file(&raw, d->path, off, size);
	if (rc)
		return rc;
	snprintf(what, sizeof(what), "%s: %s", d->what, name);
	dd_inflate_limits lim = { .max_output = max_out, .max_ratio = 1000, .zlib = false };
	return dd_decompress_reader_new(out, raw, c, &lim, what);
}

static int read_control(dd_deb *d, uint64_t off, uint64_t size, dd_compression c)
{
	dd_reader *in = NULL;
	dd_tar *t = NULL;
	const dd_tar_entry *e;
	size_t total = 0;
	char what[400];
	int rc = open_member(d, off, size, c, "control.tar", DD_DEB_CONTROL_TOTAL_MAX + (1u << 20), &in);
	if (rc)
		return rc;
	snprintf(what, sizeof(what), "%s: control.tar", d->what);
	dd_tar_limits lim = { .max_entries = 256, .max_name = 4096, .max_pax = 64 << 10 };
	if ((rc = dd_tar_open(&t, in, &lim, what)))
		goto cleanup;
	while ((rc = dd_tar_next(t, &e)) == 0) {
		if (e->type == DD_TAR_DIR)
			continue;
		if (e->type != DD_TAR_FILE || strchr(e->path, '/') || strlen(e->path) >= sizeof(d->files[0].name)) {
			rc = dd_error_set(DD_EFORMAT, "%s: control.tar member '%.100s' is not a plain top-level file", d->what,
				e->path);
			break;
		}
		if (d->n_files == DD_DEB_CONTROL_FILES_MAX) {
			rc = dd_error_set(DD_ELIMIT, "%s: more than %d control files", d->what, DD_DEB_CONTROL_FILES_MAX);
			break;
		}
		if (e->size > DD_DEB_CONTROL_FILE_MAX || total + e->size > DD_DEB_CONTROL_TOTAL_MAX) {
			rc = dd_error_set(DD_ELIMIT, "%s: control file %s of %llu bytes is over the cap", d->what, e->path,
				(unsigned long long)e->size);
			break;
		}
		dd_deb_file *f = &d->files[d->n_files];
		snprintf(f->name, sizeof(f->name), "%s", e->path);
		f->mode = e->mode & 07777;
		if ((rc = dd_reader_read_all(dd_tar_content(t), (size_t)e->size, &f->data, &f->len)))
			break;
		total += f->len;
		d->n_files++;
	}
	if (rc == DD_ITEROVER)
		rc = 0;
	if (!rc && !dd_deb_control(d, "control"))
		rc = dd_error_set(DD_EFORMAT, "%s: control.tar has no control file", d->what);
cleanup:
	dd_tar_free(t);
	dd_reader_close(in);
	return rc;
}

static int parse_size(const char *f, size_t n, uint64_t *out)
{
	uint64_t v = 0;
	size_t i = 0;
	while (i < n && f[i] == ' ')
		i++;
	if (i == n || f[i] < '0' || f[i] > '9')
		return -1;
	for (; i < n && f[i] >= '0' && f[i] <= '9'; i++)
		v = v * 10 + (uint64_t)(f[i] - '0');
	for (; i < n; i++)
		if (f[i] != ' ')
			return -1;
	*out = v;
	return 0;
}

int dd_deb_open(dd_deb **out, const char *path, const char *what)
{
	dd_deb *d = calloc(1, sizeof(*d));
	FILE *fp = NULL;
	int rc = 0;
	bool have_binary = false, have_control = false, have_data = false;
	uint64_t control_off = 0, control_size = 0;
	dd_compression control_c = DD_COMPRESSION_NONE;
	if (!d || !(d->path = strdup(path))) {
		free(d);
		return dd_error_oom();
	}
	snprintf(d->what, sizeof(d->what), "%s", what);
	if (!(fp = fopen(path, "rb"))) {
		rc = dd_error_set(DD_EIO, "%s: cannot open %s: %m", what, path);
		goto cleanup;
	}
	struct stat sb;
	if (fstat(fileno(fp), &sb)) {
		rc = dd_error_set(DD_EIO, "%s: %m", what);
		goto cleanup;
	}
	uint64_t file_size = (uint64_t)sb.st_size, off = 8;
	char magic[8];
	if (fread(magic, 1, 8, fp) != 8 || memcmp(magic, AR_MAGIC, 8)) {
		rc = dd_error_set(DD_EFORMAT, "%s: not a Debian package (no ar header)", what);
		goto cleanup;
	}
	for (unsigned m = 0; off < file_size; m++) {
		char h[60], name[17];
		if (m == AR_MAX_MEMBERS) {
			rc = dd_error_set(DD_EFORMAT, "%s: more than %d ar members", what, AR_MAX_MEMBERS);
			goto cleanup;
		}
		if (fseeko(fp, (off_t)off, SEEK_SET) || fread(h, 1, 60, fp) != 60 || h[58] != '`' || h[59] != '\n') {
			rc = dd_error_set(DD_EFORMAT, "%s: a truncated or corrupt ar member header at offset %llu", what,
				(unsigned long long)off);
			goto cleanup;
		}
		uint64_t size;
		if (parse_size(h + 48, 10, &size) || size > file_size - off - 60) {
			rc = dd_error_set(DD_EFORMAT, "%s: ar member size out of the file at offset %llu", what,
				(unsigned long long)off);
			goto cleanup;
		}
		memcpy(name, h, 16);
		name[16] = '\0';
		for (int i = 15; i >= 0 && (name[i] == ' ' || name[i] == '/'); i--)
			name[i] = '\0';
		uint64_t data_off = off + 60;
		off = data_off + size + (size & 1);
		if (m == 0) {
			char v[4] = { 0 };
			if (strcmp(name, "debian-binary") || size < 4 || fread(v, 1, 4, fp) != 4 || memcmp(v, "2.", 2)) {
				rc = dd_error_set(DD_EFORMAT, "%s: first member is not debian-binary 2.x", what);
				goto cleanup;
			}
			have_binary = true;
			continue;
		}
		if (name[0] == '_')
			continue;
		dd_compression c = member_compression(name, "control.tar");
		if ((int)c >= 0 && !have_control) {
			have_control = true;
			control_off = data_off;
			control_size = size;
			control_c = c;
			continue;
		}
		c = member_compression(name, "data.tar");
		if ((int)c >= 0 && !have_data) {
			have_data = true;
			d->data_offset = data_off;
			d->data_size = size;
			d->data_compression = c;
			continue;
		}
		rc = dd_error_set(DD_EFORMAT, "%s: unexpected ar member '%s'", what, name);
		goto cleanup;
	}
	if (!have_binary || !have_control || !have_data) {
		rc = dd_error_set(DD_EFORMAT, "%s: a .deb needs debian-binary, control.tar and data.tar members", what);
		goto cleanup;
	}
	rc = read_control(d, control_off, control_size, control_c);
cleanup:
	if (fp)
		fclose(fp);
	if (rc) {
		dd_deb_free(d);
		return rc;
	}
	*out = d;
	return 0;
}

const dd_deb_file *dd_deb_control(const dd_deb *d, const char *name)
{
	for (size_t i = 0; i < d->n_files; i++)
		if (!strcmp(d->files[i].name, name))
			return &d->files[i];
	return NULL;
}

int dd_deb_symlink_ok(const char *path, const char *target)
{
	if (!*target)
		return 0;
	if (target[0] == '/')
		return 1;
	/* depth of the link's directory, then walk the target's components */
	long depth = 0;
	for (const char *p = path; *p; p++)
		if (*p == '/')
			depth++;
	const char *t = target;
	while (*t) {
		const char *slash = strchr(t, '/');
		size_t n = slash ? (size_t)(slash - t) : strlen(t);
		if (n == 2 && t[0] == '.' && t[1] == '.') {
			if (--depth < 0)
				return 0;
		} else if (n && !(n == 1 && t[0] == '.')) {
			depth++;
		}
		t += slash ? n + 1 : n;
	}
	return 1;
}

int dd_deb_data_each(const dd_deb *d, dd_deb_entry_fn fn, void *ctx)
{
	dd_reader *in = NULL;
	dd_tar *t = NULL;
	const dd_tar_entry *e;
	char what[400];
	int rc = open_member(d, d->data_offset, d->data_size, d->data_compression, "data.tar", DD_DEB_DATA_MAX, &in);
	if (rc)
		return rc;
	snprintf(what, sizeof(what), "%s: data.tar", d->what);
	dd_tar_limits lim = { .max_entries = 1000000, .max_name = 4096, .max_pax = 1 << 20 };
	if ((rc = dd_tar_open(&t, in, &lim, what)))
		goto cleanup;
	while ((rc = dd_tar_next(t, &e)) == 0) {
		if (e->type == DD_TAR_SYMLINK && !dd_deb_symlink_ok(e->path, e->linkname)) {
			rc = dd_error_set(DD_EFORMAT, "%s: symlink %.200s -> %.200s leaves the image root; refusing a hostile package",
				what, e->path, e->linkname);
			break;
		}
		if (e->type == DD_TAR_HARDLINK) {
			char target[4096];
			snprintf(target, sizeof(target), "%s", e->linkname);
			if (target[0] == '/' || dd_tar_normalize_path(target)) {
				rc = dd_error_set(DD_EFORMAT, "%s: hard link %.200s -> %.200s leaves the image root", what, e->path,
					e->linkname);
				break;
			}
		}
		if (e->type == DD_TAR_CHAR || e->type == DD_TAR_BLOCK || e->type == DD_TAR_OTHER) {
			rc = dd_error_set(DD_EUNSUPPORTED, "%s: %.200s is a device node or unknown entry type, which Debian packages do not ship",
				what, e->path);
			break;
		}
		if ((rc = fn(ctx, e, dd_tar_content(t))))
			break;
	}
	if (rc == DD_ITEROVER)
		rc = 0;
cleanup:
	dd_tar_free(t);
	dd_reader_close(in);
	return rc;
}

void dd_deb_free(dd_deb *d)
{
	if (!d)
		return;
	for (size_t i = 0; i < d->n_files; i++)
		free(d->files[i].data);
	free(d->path);
	free(d);
}

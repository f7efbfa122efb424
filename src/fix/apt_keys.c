/*
 * Image keyrings for gpgv (apt_keys.h). Armor is RFC 4880 section 6: a
 * "-----BEGIN PGP ...-----" line, header lines up to a blank line, base64,
 * an optional "=XXXX" CRC-24 line, "-----END ...". The CRC is not checked:
 * gpgv checks the key packets themselves, and the signature is what counts.
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fix/apt_keys.h"
#include "util/buf.h"
#include "util/error.h"
#include "util/span.h"
#include "util/str.h"

#define MAX_KEYRINGS 64

bool dd_apt_key_path(const char *path)
{
	return strcmp(path, "etc/apt/trusted.gpg") == 0 || dd_starts_with(path, "etc/apt/trusted.gpg.d/") ||
		dd_starts_with(path, "usr/share/keyrings/") || dd_starts_with(path, "etc/apt/keyrings/");
}

static int b64(unsigned char c)
{
	if (c >= 'A' && c <= 'Z')
		return c - 'A';
	if (c >= 'a' && c <= 'z')
		return c - 'a' + 26;
	if (c >= '0' && c <= '9')
		return c - '0' + 52;
	if (c == '+')
		return 62;
	if (c == '/')
		return 63;
	return -1;
}

int dd_apt_dearmor(const char *text, size_t len, unsigned char **out, size_t *outlen, const char *what)
{
	dd_buf b = DD_BUF_INIT(DD_APT_KEYRING_MAX);
	dd_lines it;
	dd_span line;
	enum { OUTSIDE, HEADERS, BODY } state = OUTSIDE;
	unsigned acc = 0, bits = 0;
	size_t blocks = 0;
	int rc = 0;
	dd_lines_init(&it, text, len);
	while (!rc && dd_lines_next(&it, &line)) {
		line = dd_span_trim(line);
		if (line.n == 1 && line.p[0] == '.')
			line.n = 0; /* a key inline in a .sources stanza writes blank lines as " ." */
		if (state == OUTSIDE) {
			if (dd_span_has_prefix(line, "-----BEGIN PGP PUBLIC KEY BLOCK-----")) {
				state = HEADERS;
				acc = bits = 0;
			}
			continue;
		}
		if (dd_span_has_prefix(line, "-----END PGP")) {
			state = OUTSIDE;
			blocks++;
			continue;
		}
		if (state == HEADERS) {
			if (!line.n) {
				state = BODY;
				continue;
			}
			if (memchr(line.p, ':', line.n))
				continue; /* "Comment: ..." (base64 has no ':') */
			state = BODY; /* no blank line after the BEGIN line: tolerated, as gpg does */
		}
		if (line.n && line.p[0] == '=')
			continue; /* CRC-24 */
		for (size_t i = 0; i < line.n && !rc; i++) {
			if (line.p[i] == '=')
				break;
			int v = b64((unsigned char)line.p[i]);
			if (v < 0) {
				rc = dd_error_set(DD_EFORMAT, "%s line %u: not base64 in an armored key", what, it.lineno);
				break;
			}
			acc = (acc << 6) | (unsigned)v;
			bits += 6;
			if (bits >= 8) {
				bits -= 8;
				rc = dd_buf_putc(&b, (char)((acc >> bits) & 0xff));
			}
		}
	}
	if (!rc && (!blocks || !b.len))
		rc = dd_error_set(DD_EFORMAT, "%s: no complete armored OpenPGP public key block", what);
	if (rc == DD_ELIMIT)
		rc = dd_error_set(DD_ELIMIT, "%s: keyring over %u bytes", what, DD_APT_KEYRING_MAX);
	if (rc) {
		dd_buf_free(&b);
		return rc;
	}
	*outlen = b.len;
	*out = (unsigned char *)dd_buf_detach(&b);
	return 0;
}

static bool armored(const unsigned char *d, size_t n)
{
	/* binary packets start with a byte having the high bit set */
	return n && !(d[0] & 0x80) && memmem(d, n, "-----BEGIN PGP", 14);
}

static int write_file(const char *path, const unsigned char *d, size_t n)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
	if (fd < 0)
		return dd_error_set(DD_EIO, "cannot create %s: %m", path);
	size_t off = 0;
	while (off < n) {
		ssize_t w = write(fd, d + off, n - off);
		if (w <= 0) {
			close(fd);
			return dd_error_set(DD_EIO, "cannot write %s: %m", path);
		}
		off += (size_t)w;
	}
	if (close(fd))
		return dd_error_set(DD_EIO, "cannot write %s: %m", path);
	return 0;
}

typedef struct {
	char **v;
	size_t n;
	const char *dir;
	unsigned tag;
	const char *where;
} ring_list;

static int add_ring(ring_list *l, const unsigned char *d, size_t n, const char *what)
{
	unsigned char *bin = NULL;
	size_t binlen = 0;
	int rc = 0;
	char path[4096];
	if (l->n == MAX_KEYRINGS)
		return dd_error_set(DD_ELIMIT, "%s: more than %d keyrings", l->where, MAX_KEYRINGS);
	if (n > DD_APT_KEYRING_MAX)
		return dd_error_set(DD_ELIMIT, "%s: keyring %s is over %u bytes", l->where, what, DD_APT_KEYRING_MAX);
	if (armored(d, n)) {
		if ((rc = dd_apt_dearmor((const char *)d, n, &bin, &binlen, what)))
			return rc;
		d = bin;
		n = binlen;
	}
	snprintf(path, sizeof(path), "%s/key-%u-%zu.gpg", l->dir, l->tag, l->n);
	char **v = realloc(l->v, (l->n + 1) * sizeof(*v));
	if (!v) {
		rc = dd_error_oom();
		goto cleanup;
	}
	l->v = v;
	if ((rc = write_file(path, d, n)))
		goto cleanup;
	if (!(l->v[l->n] = strdup(path))) {
		unlink(path);
		rc = dd_error_oom();
		goto cleanup;
	}
	l->n++;
cleanup:
	free(bin);
	return rc;
}

static const dd_apt_file *find(const dd_apt_file *files, size_t n, const char *path)
{
	while (*path == '/')
		path++;
	for (size_t i = 0; i < n; i++)
		if (strcmp(files[i].path, path) == 0)
			return &files[i];
	return NULL;
}

static bool is_fingerprint(dd_span w)
{
	if (w.n && w.p[w.n - 1] == '!')
		w.n--;
	if (w.n < 16)
		return false;
	for (size_t i = 0; i < w.n; i++)
		if (!((w.p[i] >= '0' && w.p[i] <= '9') || (w.p[i] >= 'A' && w.p[i] <= 'F') || (w.p[i] >= 'a' && w.p[i] <= 'f')))
			return false;
	return true;
}

int dd_apt_keyrings_write(const dd_apt_file *files, size_t n_files, const char *signed_by, const char *dir,
	unsigned tag, const char *where, char ***paths, size_t *n_paths)
{
	ring_list l = { NULL, 0, dir, tag, where };
	int rc = 0;
	if (signed_by && strstr(signed_by, "-----BEGIN PGP")) {
		rc = add_ring(&l, (const unsigned char *)signed_by, strlen(signed_by), "the inline Signed-By key");
	} else if (signed_by) {
		dd_span list = { signed_by, strlen(signed_by) };
		while (!rc && list.n) {
			size_t i = 0;
			while (i < list.n && list.p[i] != ',' && list.p[i] != ' ' && list.p[i] != '\t' && list.p[i] != '\n')
				i++;
			dd_span w = { list.p, i };
			list.p += i < list.n ? i + 1 : i;
			list.n -= i < list.n ? i + 1 : i;
			if (!w.n)
				continue;
			char name[1024];
			dd_span_cpy(name, sizeof(name), w);
			if (is_fingerprint(w)) {
				rc = dd_error_set(DD_EUNSUPPORTED,
					"%s: Signed-By names a key fingerprint (%s); drydock supports keyring file paths and inline keys",
					where, name);
				break;
			}
			const dd_apt_file *f = find(files, n_files, name);
			if (!f) {
				rc = dd_error_set(DD_ENOTFOUND, "%s: Signed-By keyring %s is not in the image", where, name);
				break;
			}
			rc = add_ring(&l, f->data, f->len, f->path);
		}
	} else {
		for (size_t i = 0; !rc && i < n_files; i++) {
			const char *p = files[i].path;
			bool def = strcmp(p, "etc/apt/trusted.gpg") == 0 ||
				(dd_starts_with(p, "etc/apt/trusted.gpg.d/") && !strchr(p + 22, '/') &&
				 (dd_ends_with(p, ".gpg") || dd_ends_with(p, ".asc")));
			if (def && files[i].len)
				rc = add_ring(&l, files[i].data, files[i].len, p);
		}
	}
	if (!rc && !l.n)
		rc = dd_error_set(DD_ENOTFOUND,
			"%s: the image has no apt keyring for this source (no Signed-By, nothing in etc/apt/trusted.gpg.d): it cannot be verified",
			where);
	if (rc) {
		for (size_t i = 0; i < l.n; i++)
			unlink(l.v[i]);
		dd_apt_keyrings_free(l.v, l.n);
		return rc;
	}
	*paths = l.v;
	*n_paths = l.n;
	return 0;
}

void dd_apt_keyrings_free(char **paths, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(paths[i]);
	free(paths);
}

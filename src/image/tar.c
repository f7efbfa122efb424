/*
 * Streaming tar reader (see tar.h). The one idea: a tar is a sequence of
 * 512-byte headers each followed by its content padded to 512 bytes, and
 * "extension" headers (GNU 'L'/'K', PAX 'x'/'g') describe the entry that
 * follows them. We read headers, fold extensions into the next real entry,
 * and expose content through a bounded sub-reader.
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "image/tar.h"
#include "util/buf.h"
#include "util/error.h"

#define BLOCK 512
#define DD_TAR_MAX_ENTRY_SIZE (1ull << 62)

struct dd_tar {
	dd_reader *in;
	dd_tar_limits limits;
	char what[256];
	uint64_t remaining;      /* content bytes of the current entry not yet read */
	uint64_t padding;        /* padding after the current entry's content */
	uint64_t count;
	dd_buf path, link;       /* current entry's names */
	dd_buf long_name, long_link;
	dd_buf pax_path, pax_link;
	bool have_long_name, have_long_link, have_pax_path, have_pax_link;
	bool have_pax_size, have_pax_uid, have_pax_gid;
	uint64_t pax_size;
	uint32_t pax_uid, pax_gid;
	dd_buf global_path;      /* PAX 'g' values are rare; only path-less keys are honoured */
	dd_tar_entry entry;
	struct content_reader {
		dd_reader base;
		dd_tar *t;
	} content;
	bool ended;
};

static ssize_t content_read(dd_reader *r, void *buf, size_t len)
{
	dd_tar *t = ((struct content_reader *)r)->t;
	if (t->remaining == 0)
		return 0;
	if (len > t->remaining)
		len = (size_t)t->remaining;
	ssize_t n = t->in->read(t->in, buf, len);
	if (n < 0)
		return n;
	if (n == 0)
		return dd_error_set(DD_EFORMAT, "%s: truncated tar: entry '%s' ends early", t->what, t->path.ptr ? t->path.ptr : "");
	t->remaining -= (uint64_t)n;
	return n;
}

int dd_tar_open(dd_tar **out, dd_reader *in, const dd_tar_limits *limits, const char *what)
{
	dd_tar *t = calloc(1, sizeof(*t));
	if (!t)
		return dd_error_oom();
	t->in = in;
	t->limits.max_entries = limits && limits->max_entries ? limits->max_entries : 10000000ull;
	t->limits.max_name = limits && limits->max_name ? limits->max_name : 65536;
	t->limits.max_pax = limits && limits->max_pax ? limits->max_pax : (1u << 20);
	snprintf(t->what, sizeof(t->what), "%s", what ? what : "tar");
	dd_buf_init(&t->path, t->limits.max_name);
	dd_buf_init(&t->link, t->limits.max_name);
	dd_buf_init(&t->long_name, t->limits.max_name);
	dd_buf_init(&t->long_link, t->limits.max_name);
	dd_buf_init(&t->pax_path, t->limits.max_name);
	dd_buf_init(&t->pax_link, t->limits.max_name);
	dd_buf_init(&t->global_path, t->limits.max_name);
	t->content.base.read = content_read;
	t->content.base.close = NULL;
	t->content.t = t;
	*out = t;
	return 0;
}

void dd_tar_free(dd_tar *t)
{
	if (!t)
		return;
	dd_buf_free(&t->path);
	dd_buf_free(&t->link);
	dd_buf_free(&t->long_name);
	dd_buf_free(&t->long_link);
	dd_buf_free(&t->pax_path);
	dd_buf_free(&t->pax_link);
	dd_buf_free(&t->global_path);
	free(t);
}

dd_reader *dd_tar_content(dd_tar *t)
{
	return &t->content.base;
}

uint64_t dd_tar_entry_count(dd_tar *t)
{
	return t->count;
}

/* Octal (space/NUL terminated) or GNU base-256 numeric field. */
static int parse_num(const char *f, size_t n, uint64_t *out)
{
	const unsigned char *u = (const unsigned char *)f;
	if (n && (u[0] & 0x80)) {
		if (u[0] & 0x40)
			return -1; /* negative */
		uint64_t v = u[0] & 0x3f;
		for (size_t i = 1; i < n; i++) {
			if (v >> 56)
				return -1;
			v = (v << 8) | u[i];
		}
		*out = v;
		return 0;
	}
	uint64_t v = 0;
	size_t i = 0;
	while (i < n && (f[i] == ' ' || f[i] == '\0'))
		i++;
	if (i == n) {
		*out = 0;
		return 0;
	}
	for (; i < n && f[i] >= '0' && f[i] <= '7'; i++) {
		if (v >> 60)
			return -1;
		v = v * 8 + (uint64_t)(f[i] - '0');
	}
	for (; i < n; i++)
		if (f[i] != ' ' && f[i] != '\0')
			return -1;
	*out = v;
	return 0;
}

static bool checksum_ok(const unsigned char *h)
{
	uint64_t want;
	if (parse_num((const char *)h + 148, 8, &want) != 0)
		return false;
	uint64_t sum_u = 0;
	int64_t sum_s = 0;
	for (int i = 0; i < BLOCK; i++) {
		unsigned char c = (i >= 148 && i < 156) ? ' ' : h[i];
		sum_u += c;
		sum_s += (signed char)c;
	}
	return want == sum_u || (int64_t)want == sum_s;
}

int dd_tar_normalize_path(char *path)
{
	/* split into components, fold "." and "", refuse ".." above root */
	char *src = path, *dst = path;
	size_t depth = 0;
	while (*src) {
		while (*src == '/')
			src++;
		if (!*src)
			break;
		char *end = strchr(src, '/');
		size_t n = end ? (size_t)(end - src) : strlen(src);
		if (n == 1 && src[0] == '.') {
			/* skip */
		} else if (n == 2 && src[0] == '.' && src[1] == '.') {
			if (depth == 0)
				return DD_EFORMAT;
			/* drop the previous component */
			if (dst > path)
				dst--;
			while (dst > path && dst[-1] != '/')
				dst--;
			if (dst > path)
				dst--;
			depth--;
		} else {
			if (dst > path)
				*dst++ = '/';
			memmove(dst, src, n);
			dst += n;
			depth++;
		}
		src += n;
	}
	*dst = '\0';
	return 0;
}

static int read_blob_into(dd_tar *t, dd_buf *b, uint64_t size, size_t max, const char *kind)
{
	if (size > max)
		return dd_error_set(DD_ELIMIT, "%s: %s header of %llu bytes exceeds the %zu-byte limit",
			t->what, kind, (unsigned long long)size, max);
	dd_buf_clear(b);
	int rc = dd_buf_reserve(b, (size_t)size);
	if (rc)
		return rc;
	if ((rc = dd_reader_read_full(t->in, b->ptr, (size_t)size)) != 0)
		return dd_error_prefix(rc, "%s: truncated %s header", t->what, kind);
	b->len = (size_t)size;
	b->ptr[b->len] = '\0';
	uint64_t pad = (BLOCK - size % BLOCK) % BLOCK;
	return dd_reader_skip(t->in, pad);
}

static int parse_pax(dd_tar *t, const char *p, size_t len, bool global)
{
	size_t pos = 0;
	while (pos < len) {
		/* "LEN KEY=VALUE\n", LEN counts the whole record */
		size_t reclen = 0, i = pos;
		while (i < len && p[i] >= '0' && p[i] <= '9') {
			reclen = reclen * 10 + (size_t)(p[i] - '0');
			if (reclen > len)
				return dd_error_set(DD_EFORMAT, "%s: malformed PAX record", t->what);
			i++;
		}
		if (i == pos || i >= len || p[i] != ' ' || reclen < 5 || pos + reclen > len || p[pos + reclen - 1] != '\n')
			return dd_error_set(DD_EFORMAT, "%s: malformed PAX record", t->what);
		const char *kv = p + i + 1;
		size_t kvlen = pos + reclen - 1 - (i + 1);
		const char *eq = memchr(kv, '=', kvlen);
		if (!eq)
			return dd_error_set(DD_EFORMAT, "%s: malformed PAX record (no '=')", t->what);
		size_t klen = (size_t)(eq - kv), vlen = kvlen - klen - 1;
		const char *val = eq + 1;
		char num[32];
		if (!global) {
			if (klen == 4 && !memcmp(kv, "path", 4)) {
				dd_buf_clear(&t->pax_path);
				if (dd_buf_put(&t->pax_path, val, vlen))
					return dd_error_set(DD_ELIMIT, "%s: PAX path too long", t->what);
				t->have_pax_path = true;
			} else if (klen == 8 && !memcmp(kv, "linkpath", 8)) {
				dd_buf_clear(&t->pax_link);
				if (dd_buf_put(&t->pax_link, val, vlen))
					return dd_error_set(DD_ELIMIT, "%s: PAX linkpath too long", t->what);
				t->have_pax_link = true;
			} else if ((klen == 4 && !memcmp(kv, "size", 4)) || (klen == 3 && !memcmp(kv, "uid", 3)) ||
				   (klen == 3 && !memcmp(kv, "gid", 3))) {
				if (vlen == 0 || vlen >= sizeof(num))
					return dd_error_set(DD_EFORMAT, "%s: bad PAX number", t->what);
				memcpy(num, val, vlen);
				num[vlen] = '\0';
				char *end;
				unsigned long long v = strtoull(num, &end, 10);
				if (*end || num[0] == '-')
					return dd_error_set(DD_EFORMAT, "%s: bad PAX number '%s'", t->what, num);
				if (klen == 4) {
					t->pax_size = v;
					t->have_pax_size = true;
				} else if (kv[0] == 'u') {
					t->pax_uid = (uint32_t)v;
					t->have_pax_uid = true;
				} else {
					t->pax_gid = (uint32_t)v;
					t->have_pax_gid = true;
				}
			}
		}
		pos += reclen;
	}
	return 0;
}

static void reset_ext(dd_tar *t)
{
	t->have_long_name = t->have_long_link = t->have_pax_path = t->have_pax_link = false;
	t->have_pax_size = t->have_pax_uid = t->have_pax_gid = false;
}

int dd_tar_next(dd_tar *t, const dd_tar_entry **entry)
{
	unsigned char h[BLOCK];
	int rc;
	if (t->ended)
		return DD_ITEROVER;
	/* finish the previous entry */
	if (t->remaining + t->padding) {
		if ((rc = dd_reader_skip(t->in, t->remaining + t->padding)) != 0)
			return dd_error_prefix(rc, "%s: entry '%s'", t->what, t->path.ptr ? t->path.ptr : "");
		t->remaining = t->padding = 0;
	}
	for (;;) {
		ssize_t got = 0;
		while (got < BLOCK) {
			ssize_t n = t->in->read(t->in, h + got, BLOCK - (size_t)got);
			if (n < 0)
				return (int)n;
			if (n == 0)
				break;
			got += n;
		}
		if (got == 0) {
			/* end of stream at a header boundary without the zero blocks:
			 * accepted, as the blob digest already vouches for the bytes */
			t->ended = true;
			return DD_ITEROVER;
		}
		if (got < BLOCK)
			return dd_error_set(DD_EFORMAT, "%s: truncated tar header", t->what);
		bool zero = true;
		for (int i = 0; i < BLOCK && zero; i++)
			zero = h[i] == 0;
		if (zero) {
			/* end-of-archive marker; trailing data after it is ignored */
			t->ended = true;
			return DD_ITEROVER;
		}
		if (!checksum_ok(h))
			return dd_error_set(DD_EFORMAT, "%s: corrupt tar header (bad checksum) after %llu entries",
				t->what, (unsigned long long)t->count);
		uint64_t size, mode, uid, gid, mtime;
		if (parse_num((char *)h + 124, 12, &size) || parse_num((char *)h + 100, 8, &mode) ||
		    parse_num((char *)h + 108, 8, &uid) || parse_num((char *)h + 116, 8, &gid) ||
		    parse_num((char *)h + 136, 12, &mtime))
			return dd_error_set(DD_EFORMAT, "%s: corrupt tar header (bad number field)", t->what);
		char type = (char)h[156];
		if (type == 'L' || type == 'K') {
			dd_buf *b = type == 'L' ? &t->long_name : &t->long_link;
			if ((rc = read_blob_into(t, b, size, t->limits.max_name, "GNU long name")) != 0)
				return rc;
			/* the field is NUL-terminated inside its data */
			b->len = strnlen(b->ptr, b->len);
			if (type == 'L')
				t->have_long_name = true;
			else
				t->have_long_link = true;
			continue;
		}
		if (type == 'x' || type == 'g' || type == 'X') {
			dd_buf pax = DD_BUF_INIT(t->limits.max_pax);
			rc = read_blob_into(t, &pax, size, t->limits.max_pax, "PAX");
			if (!rc)
				rc = parse_pax(t, pax.ptr ? pax.ptr : "", pax.len, type == 'g');
			dd_buf_free(&pax);
			if (rc)
				return rc;
			continue;
		}
		if (++t->count > t->limits.max_entries)
			return dd_error_set(DD_ELIMIT, "%s: more than %llu tar entries", t->what,
				(unsigned long long)t->limits.max_entries);

		/* name: GNU long name > PAX path > ustar prefix/name */
		dd_buf_clear(&t->path);
		if (t->have_pax_path)
			rc = dd_buf_put(&t->path, t->pax_path.ptr, t->pax_path.len);
		else if (t->have_long_name)
			rc = dd_buf_put(&t->path, t->long_name.ptr, t->long_name.len);
		else {
			bool ustar = memcmp(h + 257, "ustar", 5) == 0;
			size_t plen = ustar && h[345] ? strnlen((char *)h + 345, 155) : 0;
			rc = 0;
			if (plen && memcmp(h + 257, "ustar\0", 6) == 0) /* POSIX prefix; GNU uses the bytes otherwise */
				rc = dd_buf_put(&t->path, h + 345, plen) || dd_buf_putc(&t->path, '/');
			if (!rc)
				rc = dd_buf_put(&t->path, h, strnlen((char *)h, 100));
		}
		if (rc)
			return dd_error_set(DD_ELIMIT, "%s: entry name too long", t->what);
		dd_buf_clear(&t->link);
		if (t->have_pax_link)
			rc = dd_buf_put(&t->link, t->pax_link.ptr, t->pax_link.len);
		else if (t->have_long_link)
			rc = dd_buf_put(&t->link, t->long_link.ptr, t->long_link.len);
		else
			rc = dd_buf_put(&t->link, h + 157, strnlen((char *)h + 157, 100));
		if (rc)
			return dd_error_set(DD_ELIMIT, "%s: link name too long", t->what);
		if (t->path.ptr && memchr(t->path.ptr, '\0', t->path.len))
			return dd_error_set(DD_EFORMAT, "%s: entry name contains a NUL byte", t->what);
		if (t->have_pax_size)
			size = t->pax_size;
		/* no layer holds an entry of 2^62 bytes; capping here keeps the
		 * content-plus-padding skip from wrapping around, which would
		 * read the entry's content as the next header */
		if (size > DD_TAR_MAX_ENTRY_SIZE)
			return dd_error_set(DD_EFORMAT, "%s: entry of %llu bytes; corrupt or hostile tar", t->what,
				(unsigned long long)size);
		if (t->have_pax_uid)
			uid = t->pax_uid;
		if (t->have_pax_gid)
			gid = t->pax_gid;
		reset_ext(t);

		char *p = t->path.ptr ? t->path.ptr : (char *)"";
		bool absolute = p[0] == '/';
		if (absolute || dd_tar_normalize_path(p) != 0)
			return dd_error_set(DD_EFORMAT, "%s: entry '%.200s' %s; refusing a hostile layer",
				t->what, p, absolute ? "has an absolute path" : "climbs out of the image root with '..'");
		t->path.len = strlen(p);

		dd_tar_entry *e = &t->entry;
		memset(e, 0, sizeof(*e));
		e->path = p;
		e->linkname = t->link.ptr ? t->link.ptr : "";
		e->uid = (uint32_t)uid;
		e->gid = (uint32_t)gid;
		e->mtime = (int64_t)mtime;
		uint32_t perm = (uint32_t)(mode & 07777);
		/* header-only types carry no data blocks whatever their size field
		 * says (as Go's archive/tar and GNU tar read them) */
		uint64_t data = 0;
		switch (type) {
		case '0': case '\0': case '7':
			e->type = DD_TAR_FILE; e->mode = S_IFREG | perm; data = size; break;
		case '1':
			e->type = DD_TAR_HARDLINK; e->mode = S_IFREG | perm; break;
		case '2':
			e->type = DD_TAR_SYMLINK; e->mode = S_IFLNK | perm; break;
		case '3':
			e->type = DD_TAR_CHAR; e->mode = S_IFCHR | perm; break;
		case '4':
			e->type = DD_TAR_BLOCK; e->mode = S_IFBLK | perm; break;
		case '5':
			e->type = DD_TAR_DIR; e->mode = S_IFDIR | perm; break;
		case '6':
			e->type = DD_TAR_FIFO; e->mode = S_IFIFO | perm; break;
		default:
			/* GNU sparse ('S'), volume headers...: content skipped */
			e->type = DD_TAR_OTHER; e->mode = perm; data = size; break;
		}
		e->size = e->type == DD_TAR_FILE ? data : 0;
		t->remaining = e->size;
		t->padding = (data - e->size) + (BLOCK - data % BLOCK) % BLOCK;
		if (!*p) {
			/* the root directory itself ("./"): nothing to report */
			if ((rc = dd_reader_skip(t->in, t->remaining + t->padding)) != 0)
				return rc;
			t->remaining = t->padding = 0;
			continue;
		}
		*entry = e;
		return 0;
	}
}

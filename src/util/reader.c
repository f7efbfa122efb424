/* Generic readers over memory and file ranges (see reader.h). */
#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util/buf.h"
#include "util/error.h"
#include "util/reader.h"

int dd_reader_read_full(dd_reader *r, void *buf, size_t len)
{
	size_t got = 0;
	while (got < len) {
		ssize_t n = r->read(r, (char *)buf + got, len - got);
		if (n < 0)
			return (int)n;
		if (n == 0)
			return dd_error_set(DD_EFORMAT, "unexpected end of data (wanted %zu more bytes)", len - got);
		got += (size_t)n;
	}
	return 0;
}

int dd_reader_skip(dd_reader *r, uint64_t n)
{
	char tmp[65536];
	while (n) {
		size_t want = n < sizeof(tmp) ? (size_t)n : sizeof(tmp);
		ssize_t got = r->read(r, tmp, want);
		if (got < 0)
			return (int)got;
		if (got == 0)
			return dd_error_set(DD_EFORMAT, "unexpected end of data while skipping");
		n -= (uint64_t)got;
	}
	return 0;
}

int dd_reader_read_all(dd_reader *r, size_t max, char **out, size_t *outlen)
{
	dd_buf b = DD_BUF_INIT(max);
	int rc;
	for (;;) {
		size_t room = 0;
		if (b.len < b.max) {
			/* near the cap: a smaller read, so exactly-max inputs pass
			 * (out of memory is no reason to try a bigger block) */
			if ((rc = dd_buf_reserve(&b, 65536)) != 0 &&
			    (rc != DD_ELIMIT || (rc = dd_buf_reserve(&b, b.max - b.len)) != 0))
				goto fail;
			room = b.cap - b.len - 1;
			if (room > b.max - b.len)
				room = b.max - b.len;
		}
		if (room == 0) {
			char probe;
			ssize_t n = r->read(r, &probe, 1);
			if (n < 0) { rc = (int)n; goto fail; }
			if (n == 0) break;
			rc = dd_error_set(DD_ELIMIT, "data larger than the %zu-byte limit", max);
			goto fail;
		}
		ssize_t n = r->read(r, b.ptr + b.len, room);
		if (n < 0) { rc = (int)n; goto fail; }
		if (n == 0) break;
		b.len += (size_t)n;
		b.ptr[b.len] = '\0';
	}
	if (!b.ptr && (rc = dd_buf_reserve(&b, 0)) != 0)
		goto fail;
	b.ptr[b.len] = '\0';
	if (outlen)
		*outlen = b.len;
	*out = dd_buf_detach(&b);
	return *out ? 0 : dd_error_oom();
fail:
	dd_buf_free(&b);
	return rc;
}

typedef struct mem_reader {
	dd_reader base;
	const char *data;
	size_t len, pos;
} mem_reader;

static ssize_t mem_read(dd_reader *r, void *buf, size_t len)
{
	mem_reader *m = (mem_reader *)r;
	size_t n = m->len - m->pos;
	if (n > len)
		n = len;
	memcpy(buf, m->data + m->pos, n);
	m->pos += n;
	return (ssize_t)n;
}

static void mem_close(dd_reader *r)
{
	free(r);
}

int dd_reader_from_memory(dd_reader **out, const void *data, size_t len)
{
	mem_reader *m = calloc(1, sizeof(*m));
	if (!m)
		return dd_error_oom();
	m->base.read = mem_read;
	m->base.close = mem_close;
	m->data = data;
	m->len = len;
	*out = &m->base;
	return 0;
}

typedef struct fd_reader {
	dd_reader base;
	int fd;
	int close_fd;
	uint64_t pos, end;
} fd_reader;

static ssize_t fd_read(dd_reader *r, void *buf, size_t len)
{
	fd_reader *f = (fd_reader *)r;
	if (f->pos >= f->end)
		return 0;
	if (len > f->end - f->pos)
		len = (size_t)(f->end - f->pos);
	for (;;) {
		ssize_t n = pread(f->fd, buf, len, (off_t)f->pos);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return dd_error_set(DD_EIO, "read failed: %s", strerror(errno));
		f->pos += (uint64_t)n;
		return n;
	}
}

static void fd_close(dd_reader *r)
{
	fd_reader *f = (fd_reader *)r;
	if (f->close_fd)
		close(f->fd);
	free(f);
}

int dd_reader_from_fd(dd_reader **out, int fd, uint64_t offset, uint64_t len, int close_fd)
{
	fd_reader *f = calloc(1, sizeof(*f));
	if (!f) {
		if (close_fd)
			close(fd);
		return dd_error_oom();
	}
	f->base.read = fd_read;
	f->base.close = fd_close;
	f->fd = fd;
	f->close_fd = close_fd;
	f->pos = offset;
	f->end = len == UINT64_MAX || offset + len < offset ? UINT64_MAX : offset + len;
	*out = &f->base;
	return 0;
}

int dd_reader_from_file(dd_reader **out, const char *path, uint64_t offset, uint64_t len)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return dd_error_set(errno == ENOENT ? DD_ENOTFOUND : DD_EIO, "%s: %s", path, strerror(errno));
	return dd_reader_from_fd(out, fd, offset, len, 1);
}

int dd_file_parse(const char *what, const char *path, size_t max, dd_text_fn fn, void *ctx)
{
	char *text = NULL;
	size_t len = 0;
	int rc = dd_file_read_all(what, path, max, &text, &len);
	if (rc)
		return rc;
	rc = fn(ctx, path, text, len);
	free(text);
	return rc;
}

int dd_file_read_all(const char *what, const char *path, size_t max, char **out, size_t *outlen)
{
	*out = NULL;
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
	if (fd < 0)
		return dd_error_set(errno == ENOENT ? DD_ENOTFOUND : DD_EIO, "%s %s: %s", what, path, strerror(errno));
	struct stat st;
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
		bool dir = S_ISDIR(st.st_mode);
		close(fd);
		return dd_error_set(DD_EINVAL, "%s %s is %s", what, path, dir ? "a directory, not a file" : "not a regular file");
	}
	/* O_NONBLOCK only kept open() from waiting on a FIFO */
	fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK);
	if ((uint64_t)st.st_size > max) {
		close(fd);
		return dd_error_set(DD_ELIMIT, "%s %s is larger than the %zu-byte limit", what, path, max);
	}
	dd_reader *r = NULL;
	int rc = dd_reader_from_fd(&r, fd, 0, UINT64_MAX, 1);
	if (rc)
		return rc;
	rc = dd_reader_read_all(r, max, out, outlen);
	dd_reader_close(r);
	if (rc)
		return dd_error_prefix(rc, "%s %s", what, path);
	return 0;
}

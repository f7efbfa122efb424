/* Spill files (see spill.h). */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "util/budget.h"
#include "util/default_paths.h"
#include "util/error.h"
#include "util/spill.h"

#define CHUNK 65536

static const char *tmp_dir(void)
{
	return dd_temp_dir_default();
}

/* A new file nobody else can name: O_TMPFILE where the file system has it,
 * else mkstemp and unlink at once. */
static int open_private(const char *dir)
{
#ifdef O_TMPFILE
	int fd = open(dir, O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
	if (fd >= 0)
		return fd;
#endif
	char path[4096];
	if (snprintf(path, sizeof(path), "%s/drydock-spill.XXXXXX", dir) >= (int)sizeof(path)) {
		errno = ENAMETOOLONG;
		return -1;
	}
	int fd2 = mkostemp(path, O_CLOEXEC);
	if (fd2 >= 0)
		unlink(path);
	return fd2;
}

int dd_spill_from_reader(dd_spill *s, dd_reader *in, uint64_t size, const char *what)
{
	char *chunk = NULL;
	int rc;
	s->fd = -1;
	s->size = size;
	s->claimed = 0;
	if ((rc = dd_budget_take(&dd_budget_spill, size, what)) != 0)
		return rc;
	s->claimed = size;
	const char *dir = tmp_dir();
	if ((s->fd = open_private(dir)) < 0) {
		rc = dd_error_set(DD_EIO, "%s: cannot create a temporary file in %s: %s (set TMPDIR to a writable directory)",
			what, dir, strerror(errno));
		goto fail;
	}
	if (!(chunk = malloc(CHUNK))) {
		rc = dd_error_oom();
		goto fail;
	}
	for (uint64_t done = 0; done < size;) {
		size_t want = size - done < CHUNK ? (size_t)(size - done) : CHUNK;
		if ((rc = dd_reader_read_full(in, chunk, want)) != 0)
			goto fail;
		for (size_t off = 0; off < want;) {
			ssize_t n = pwrite(s->fd, chunk + off, want - off, (off_t)(done + off));
			if (n < 0 && errno == EINTR)
				continue;
			if (n <= 0) {
				rc = dd_error_set(DD_EIO, "%s: cannot write %llu bytes to a temporary file in %s: %s (set TMPDIR to a directory with room)",
					what, (unsigned long long)size, dir, n < 0 ? strerror(errno) : "no progress");
				goto fail;
			}
			off += (size_t)n;
		}
		done += want;
	}
	free(chunk);
	return 0;
fail:
	free(chunk);
	dd_spill_close(s);
	return rc;
}

int dd_spill_read(const dd_spill *s, uint64_t off, void *buf, size_t len)
{
	if (off > s->size || len > s->size - off)
		return dd_error_set(DD_EFORMAT, "offset %llu + %zu is past the end of the %llu-byte file",
			(unsigned long long)off, len, (unsigned long long)s->size);
	for (size_t got = 0; got < len;) {
		ssize_t n = pread(s->fd, (char *)buf + got, len - got, (off_t)(off + got));
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return dd_error_set(DD_EIO, "cannot read back the temporary copy: %s", n < 0 ? strerror(errno) : "file shrank");
		got += (size_t)n;
	}
	return 0;
}

void dd_spill_close(dd_spill *s)
{
	if (s->fd >= 0)
		close(s->fd);
	s->fd = -1;
	dd_budget_give(&dd_budget_spill, s->claimed);
	s->claimed = 0;
}

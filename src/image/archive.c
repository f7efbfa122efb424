/* Members of a tar file on disk (see archive.h). */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "image/archive.h"
#include "image/stream.h"
#include "image/tar.h"
#include "util/error.h"
#include "util/str.h"

#define MAX_MEMBERS 200000
#define MAX_LINK_DEPTH 8

typedef struct member {
	char *name;
	char *link;          /* symlink target, normalized against the member's directory */
	uint64_t offset;     /* content offset (plain tars) */
	uint64_t size;
	uint64_t ordinal;    /* position among the tar's entries: which of same-named ones */
} member;

struct dd_archive {
	char *path;
	bool compressed;
	bool zlib;           /* gzip through zlib (dd_image_options.inflate) */
	member *members;
	size_t n, cap;
};

/* Counts bytes read so plain-tar content offsets are known. */
typedef struct counting {
	dd_reader base;
	dd_reader *inner;
	uint64_t pos;
} counting;

static ssize_t counting_read(dd_reader *r, void *buf, size_t len)
{
	counting *c = (counting *)r;
	ssize_t n = c->inner->read(c->inner, buf, len);
	if (n > 0)
		c->pos += (uint64_t)n;
	return n;
}

static char *resolve_link(const char *member_name, const char *target)
{
	char *joined;
	if (target[0] == '/')
		joined = strdup(target + 1);
	else {
		const char *slash = strrchr(member_name, '/');
		size_t dirlen = slash ? (size_t)(slash - member_name) : 0;
		joined = dd_asprintf("%.*s%s%s", (int)dirlen, member_name, dirlen ? "/" : "", target);
	}
	if (joined && dd_tar_normalize_path(joined) != 0) {
		free(joined);
		return NULL;
	}
	return joined;
}

int dd_archive_open(dd_archive **out, const char *path, bool zlib)
{
	dd_inflate_limits lim = { .zlib = zlib };
	int rc = 0;
	dd_reader *file = NULL, *top = NULL;
	dd_tar *t = NULL;
	counting cnt = { .base = { counting_read, NULL } };
	dd_archive *a = calloc(1, sizeof(*a));
	if (!a || !(a->path = strdup(path))) {
		free(a);
		return dd_error_oom();
	}
	a->zlib = zlib;
	if ((rc = dd_reader_from_file(&file, path, 0, UINT64_MAX)) != 0)
		goto fail;
	unsigned char magic[4] = { 0 };
	ssize_t got = file->read(file, magic, 4);
	dd_reader_close(file);
	file = NULL;
	a->compressed = got >= 2 && ((magic[0] == 0x1f && magic[1] == 0x8b) ||
		(got == 4 && magic[0] == 0x28 && magic[1] == 0xb5 && magic[2] == 0x2f && magic[3] == 0xfd));
	if ((rc = dd_reader_from_file(&file, path, 0, UINT64_MAX)) != 0)
		goto fail;
	if (a->compressed) {
		if ((rc = dd_decompress_reader_new(&top, file, DD_COMPRESSION_AUTO, &lim, path)) != 0) {
			file = NULL;
			goto fail;
		}
		file = NULL;
	} else {
		cnt.inner = file;
		top = &cnt.base;
	}
	if ((rc = dd_tar_open(&t, top, NULL, path)) != 0)
		goto fail;
	const dd_tar_entry *e;
	while ((rc = dd_tar_next(t, &e)) == 0) {
		if (e->type != DD_TAR_FILE && e->type != DD_TAR_SYMLINK && e->type != DD_TAR_HARDLINK)
			continue;
		if (a->n >= MAX_MEMBERS) {
			rc = dd_error_set(DD_ELIMIT, "%s: more than %d members; not an image archive", path, MAX_MEMBERS);
			goto fail;
		}
		if (a->n == a->cap) {
			size_t ncap = a->cap ? a->cap * 2 : 32;
			member *m = realloc(a->members, ncap * sizeof(*m));
			if (!m) {
				rc = dd_error_oom();
				goto fail;
			}
			a->members = m;
			a->cap = ncap;
		}
		member *m = &a->members[a->n];
		memset(m, 0, sizeof(*m));
		if (!(m->name = strdup(e->path))) {
			rc = dd_error_oom();
			goto fail;
		}
		a->n++;
		if (e->type == DD_TAR_SYMLINK)
			m->link = resolve_link(e->path, e->linkname);
		else if (e->type == DD_TAR_HARDLINK) {
			m->link = strdup(e->linkname);
			if (m->link && dd_tar_normalize_path(m->link) != 0) {
				free(m->link);
				m->link = NULL;
			}
		}
		m->size = e->size;
		m->offset = a->compressed ? 0 : cnt.pos;
		m->ordinal = dd_tar_entry_count(t);
	}
	if (rc != DD_ITEROVER)
		goto fail;
	rc = 0;
	dd_tar_free(t);
	if (a->compressed)
		dd_reader_close(top);
	else
		dd_reader_close(file);
	*out = a;
	return 0;
fail:
	dd_tar_free(t);
	if (a->compressed)
		dd_reader_close(top);
	else
		dd_reader_close(file);
	dd_archive_free(a);
	return rc;
}

void dd_archive_free(dd_archive *a)
{
	if (!a)
		return;
	for (size_t i = 0; i < a->n; i++) {
		free(a->members[i].name);
		free(a->members[i].link);
	}
	free(a->members);
	free(a->path);
	free(a);
}

static const member *find(dd_archive *a, const char *name)
{
	for (int depth = 0; depth <= MAX_LINK_DEPTH; depth++) {
		const member *m = NULL;
		/* last one wins, as when a tar is extracted */
		for (size_t i = a->n; i-- > 0;)
			if (strcmp(a->members[i].name, name) == 0) {
				m = &a->members[i];
				break;
			}
		if (!m || !m->link)
			return m;
		name = m->link;
	}
	return NULL;
}

/* A compressed archive's member: the whole pipeline, positioned at it. */
typedef struct stream_member {
	dd_reader base;
	dd_reader *top;
	dd_tar *t;
} stream_member;

static ssize_t sm_read(dd_reader *r, void *buf, size_t len)
{
	stream_member *s = (stream_member *)r;
	return dd_tar_content(s->t)->read(dd_tar_content(s->t), buf, len);
}

static void sm_close(dd_reader *r)
{
	stream_member *s = (stream_member *)r;
	dd_tar_free(s->t);
	dd_reader_close(s->top);
	free(s);
}

int dd_archive_member_size(dd_archive *a, const char *name, uint64_t *size)
{
	const member *m = find(a, name);
	if (!m)
		return dd_error_set(DD_ENOTFOUND, "%s: no member '%s'", a->path, name);
	*size = m->size;
	return 0;
}

int dd_archive_open_member(dd_archive *a, const char *name, dd_reader **out, uint64_t *size)
{
	const member *m = find(a, name);
	int rc;
	if (!m)
		return dd_error_set(DD_ENOTFOUND, "%s: no member '%s'", a->path, name);
	if (size)
		*size = m->size;
	if (!a->compressed)
		return dd_reader_from_file(out, a->path, m->offset, m->size);
	stream_member *s = calloc(1, sizeof(*s));
	dd_reader *file = NULL;
	if (!s)
		return dd_error_oom();
	s->base.read = sm_read;
	s->base.close = sm_close;
	if ((rc = dd_reader_from_file(&file, a->path, 0, UINT64_MAX)) != 0)
		goto fail;
	dd_inflate_limits lim = { .zlib = a->zlib };
	if ((rc = dd_decompress_reader_new(&s->top, file, DD_COMPRESSION_AUTO, &lim, a->path)) != 0)
		goto fail;
	if ((rc = dd_tar_open(&s->t, s->top, NULL, a->path)) != 0)
		goto fail;
	const dd_tar_entry *e;
	/* the same entry as the index found (the last of that name), not the
	 * first one that happens to share its name */
	while ((rc = dd_tar_next(s->t, &e)) == 0)
		if (dd_tar_entry_count(s->t) == m->ordinal && e->type == DD_TAR_FILE && strcmp(e->path, m->name) == 0) {
			*out = &s->base;
			return 0;
		}
	if (rc == DD_ITEROVER)
		rc = dd_error_set(DD_EFORMAT, "%s: member '%s' vanished on the second read", a->path, m->name);
fail:
	sm_close(&s->base);
	return rc;
}

int dd_archive_read(dd_archive *a, const char *name, size_t max, char **data, size_t *len)
{
	dd_reader *r;
	int rc = dd_archive_open_member(a, name, &r, NULL);
	if (rc)
		return rc;
	rc = dd_reader_read_all(r, max, data, len);
	dd_reader_close(r);
	if (rc)
		return dd_error_prefix(rc, "%s: member '%s'", a->path, name);
	return 0;
}

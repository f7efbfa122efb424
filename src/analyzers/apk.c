/*
 * apk analyzer: Alpine packages from lib/apk/db/installed.
 *
 * The one idea: the database is a list of records separated by blank lines,
 * each line "K:value" with a one-letter key (P name, V version, A arch,
 * o origin = the source package, L license). Lines about files (F:, R:, Z:...)
 * are most of the bytes and are skipped without copying. The file is read
 * as a stream in small chunks, never whole: a record keeps only its five
 * fields, each bounded, so a hostile database of any size costs a few KiB
 * (and at most MAX_PACKAGES packages, ten times the whole Alpine archive).
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "analyzers/analyzer.h"
#include "analyzers/textdb.h"
#include "util/error.h"

#define FIELD_MAX 1024
#define LICENSE_MAX (16 * FIELD_MAX)
#define MAX_PACKAGES 100000u
#define CHUNK 65536
/* Real databases are a few MiB; this one is documented in docs/os-packages.md. */
#define DB_MAX (64u << 20)

enum { F_NAME, F_VERSION, F_ARCH, F_ORIGIN, F_LICENSE, F_COUNT };

/* One field's value: bytes past `max` are counted, not kept, so an overlong
 * field is still seen as overlong. */
typedef struct field {
	char *p;
	size_t n, max;
	bool set, overlong, binary;
} field;

typedef struct parser {
	dd_analysis *a;
	char name[FIELD_MAX + 1], version[FIELD_MAX + 1], arch[FIELD_MAX + 1], origin[FIELD_MAX + 1];
	char license[LICENSE_MAX + 1];
	field f[F_COUNT];
	bool any;            /* the record has a non-empty line */
	size_t col;          /* bytes of the current line seen so far */
	char key;            /* the current line's first byte */
	field *cur;          /* the field the current line sets, or NULL */
	bool noted;
	size_t packages;
	bool capped;
	bool content, named;  /* a non-blank line, a P: line anywhere */
} parser;

static const char *const paths[] = { "lib/apk/db/installed", NULL };

static bool wants(const char *path, uint32_t mode, uint64_t size)
{
	(void)size;
	return dd_mode_is_regular(mode) && strcmp(path, paths[0]) == 0;
}

static dd_slice value(const field *fl)
{
	return fl->set ? dd_textdb_trim((dd_slice){ fl->p, fl->n }) : (dd_slice){ NULL, 0 };
}

static bool bad(const field *fl)
{
	return fl->set && (fl->overlong || fl->binary);
}

static int emit(parser *ps)
{
	dd_slice name = value(&ps->f[F_NAME]), version = value(&ps->f[F_VERSION]);
	dd_slice arch = value(&ps->f[F_ARCH]), origin = value(&ps->f[F_ORIGIN]), license = value(&ps->f[F_LICENSE]);
	if (!name.n || !version.n)
		return 0;
	for (int i = 0; i < F_COUNT; i++) {
		if (!bad(&ps->f[i]))
			continue;
		if (!ps->noted)
			dd_analysis_note(ps->a, true, "a package record with an overlong or binary field was skipped");
		ps->noted = true;
		return 0;
	}
	if (ps->packages >= MAX_PACKAGES) {
		if (!ps->capped)
			dd_analysis_note(ps->a, true, "more than %u package records; the rest were not read", MAX_PACKAGES);
		ps->capped = true;
		return 0;
	}
	ps->packages++;
	int rc;
	dd_package p = { .type = "apk" };
	p.name = dd_textdb_dup(name);
	p.version = dd_textdb_dup(version);
	p.arch = arch.n ? dd_textdb_dup(arch) : NULL;
	/* a package built from its own APKBUILD has no o: line */
	p.source_name = dd_textdb_dup(origin.n ? origin : name);
	p.source_version = dd_textdb_dup(version);
	p.licenses = license.n ? dd_textdb_dup(license) : NULL;
	if (!p.name || !p.version || (arch.n && !p.arch) || !p.source_name || !p.source_version ||
	    (license.n && !p.licenses)) {
		rc = dd_error_oom();
		goto cleanup;
	}
	rc = dd_analysis_add_package(ps->a, &p);
cleanup:
	free(p.name);
	free(p.version);
	free(p.arch);
	free(p.source_name);
	free(p.source_version);
	free(p.licenses);
	return rc;
}

static field *field_for(parser *ps, char key)
{
	switch (key) {
	case 'P': return &ps->f[F_NAME];
	case 'V': return &ps->f[F_VERSION];
	case 'A': return &ps->f[F_ARCH];
	case 'o': return &ps->f[F_ORIGIN];
	case 'L': return &ps->f[F_LICENSE];
	default: return NULL;
	}
}

static void record_reset(parser *ps)
{
	for (int i = 0; i < F_COUNT; i++) {
		ps->f[i].n = 0;
		ps->f[i].set = ps->f[i].overlong = ps->f[i].binary = false;
	}
	ps->any = false;
}

/* The end of a line (or of the file): a blank line ends the record. */
static int line_end(parser *ps)
{
	int rc = 0;
	/* "\r\n" alone is a blank line too; a CR ending a value is trimmed */
	if (ps->col == 0 || (ps->col == 1 && ps->key == '\r')) {
		if (ps->any)
			rc = emit(ps);
		record_reset(ps);
	} else {
		ps->any = ps->content = true;
	}
	ps->col = 0;
	ps->cur = NULL;
	return rc;
}

/* Bytes of the current line, after its first two. The value is trimmed as
 * a whole-file parser would trim it: leading white space is not kept, and
 * past the cap only a byte that is not white space makes it overlong. */
static void field_put(field *fl, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (fl->n == 0 && isspace(c))
			continue;
		if (fl->n < fl->max) {
			fl->p[fl->n++] = (char)c;
			fl->binary |= c == '\0';
		} else if (!isspace(c)) {
			fl->overlong = true;
			return;
		}
	}
}

static int feed(parser *ps, const char *s, size_t n)
{
	int rc;
	while (n) {
		const char *nl = memchr(s, '\n', n);
		size_t seg = nl ? (size_t)(nl - s) : n;
		size_t i = 0;
		while (ps->col < 2 && i < seg) {
			if (ps->col == 0)
				ps->key = s[i];
			else if (s[i] == ':' && (ps->cur = field_for(ps, ps->key)) != NULL) {
				/* a later line with the same key replaces the earlier one */
				ps->cur->n = 0;
				ps->cur->set = true;
				ps->cur->overlong = ps->cur->binary = false;
				ps->named |= ps->key == 'P';
			}
			ps->col++;
			i++;
		}
		if (ps->cur && i < seg)
			field_put(ps->cur, s + i, seg - i);
		ps->col += seg - i;
		if (!nl)
			return 0;
		if ((rc = line_end(ps)) != 0)
			return rc;
		s += seg + 1;
		n -= seg + 1;
	}
	return 0;
}

static int analyze_stream(dd_analysis *a, const dd_file *f, dd_reader *in)
{
	/* as the walker says it for analyzers it buffers */
	if (f->size > DB_MAX) {
		dd_analysis_note(a, true, "file of %llu bytes is over this analyzer's %u-byte limit; not analyzed",
			(unsigned long long)f->size, DB_MAX);
		return 0;
	}
	parser *ps = calloc(1, sizeof(*ps));
	char *chunk = malloc(CHUNK);
	int rc = 0;
	if (!ps || !chunk) {
		rc = dd_error_oom();
		goto cleanup;
	}
	ps->a = a;
	char *bufs[F_COUNT] = { ps->name, ps->version, ps->arch, ps->origin, ps->license };
	for (int i = 0; i < F_COUNT; i++) {
		ps->f[i].p = bufs[i];
		ps->f[i].max = i == F_LICENSE ? LICENSE_MAX : FIELD_MAX;
	}
	for (;;) {
		ssize_t got = dd_reader_read(in, chunk, CHUNK);
		if (got < 0) {
			rc = (int)got;
			goto cleanup;
		}
		if (got == 0)
			break;
		if ((rc = feed(ps, chunk, (size_t)got)) != 0)
			goto cleanup;
	}
	if ((ps->col && (rc = line_end(ps)) != 0) || (rc = line_end(ps)) != 0)
		goto cleanup;
	/* a package DB that says nothing we can read is no empty DB: whatever
	 * it lists went unchecked */
	if (ps->content && !ps->named)
		dd_analysis_note(a, true, "no package record could be read (corrupt or not an apk database); "
			"the packages it lists were not checked");
cleanup:
	free(chunk);
	free(ps);
	return rc;
}

const dd_analyzer dd_analyzer_apk = {
	.name = "apk",
	.version = 1,
	.scanners = DD_SCANNER_VULN,
	.max_size = DB_MAX,
	.note_oversize = true,
	.wants = wants,
	.paths = paths,
	.analyze_stream = analyze_stream,
};

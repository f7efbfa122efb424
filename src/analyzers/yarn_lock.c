/*
 * yarn lock analyzer: yarn.lock in the classic v1 format and in the Berry
 * (yarn 2+) YAML format.
 *
 * The one idea: both formats are one block per resolved package, opened by
 * an unindented line of patterns ("name@range", ...:) and followed by
 * indented fields. v1 gives the version in `version "x"`; Berry gives
 * `version: x` and `resolution: "name@npm:x"`. Where the code came from
 * decides whether the block is a package we can name: registry ranges and
 * archives (tarball URLs, file:*.tgz) are; workspaces, links, portals,
 * local folders, patches and git checkouts are not (their "version" is
 * whatever a working tree says). yarn.lock does not say which packages are
 * dev dependencies (only package.json does), so none is flagged.
 */
#include <string.h>

#include "analyzers/analyzer.h"
#include "analyzers/apppkg.h"
#include "analyzers/textdb.h"
#include "util/error.h"

typedef struct block {
	dd_slice pattern;       /* first pattern of the header, unquoted */
	dd_slice version;
	dd_slice resolution;    /* Berry */
	bool open;
} block;

static bool wants(const char *path, uint32_t mode, uint64_t size)
{
	(void)size;
	return dd_mode_is_regular(mode) && dd_path_has_basename(path, "yarn.lock") &&
		!strstr(path, "node_modules/");
}

static dd_slice unquote(dd_slice s)
{
	s = dd_textdb_trim(s);
	if (s.n >= 2 && (s.p[0] == '"' || s.p[0] == '\'') && s.p[s.n - 1] == s.p[0]) {
		s.p++;
		s.n -= 2;
	}
	return s;
}

static bool has_prefix(dd_slice s, const char *pre)
{
	size_t n = strlen(pre);
	return s.n >= n && !memcmp(s.p, pre, n);
}

static bool has_suffix(dd_slice s, const char *suf)
{
	size_t n = strlen(suf);
	return s.n >= n && !memcmp(s.p + s.n - n, suf, n);
}

/* Splits "name@range" (name may be "@scope/x"); false when there is no range. */
static bool split_spec(dd_slice spec, dd_slice *name, dd_slice *range)
{
	if (spec.n < 2)
		return false;
	const char *at = memchr(spec.p + 1, '@', spec.n - 1);
	if (!at)
		return false;
	name->p = spec.p;
	name->n = (size_t)(at - spec.p);
	range->p = at + 1;
	range->n = spec.n - name->n - 1;
	return name->n > 0;
}

static bool is_archive_path(dd_slice s)
{
	return has_suffix(s, ".tgz") || has_suffix(s, ".tar.gz") || has_suffix(s, ".tar");
}

/*
 * Classifies a range. Returns true when the block is a package to report;
 * an "npm:real@range" alias replaces *name with the real package name.
 */
static bool registry_or_archive(dd_slice *name, dd_slice range)
{
	if (has_prefix(range, "npm:")) {
		dd_slice rest = { range.p + 4, range.n - 4 }, real, r2;
		/* "npm:1.2.3" (Berry) is the same name; "npm:real@^1" an alias */
		if (split_spec(rest, &real, &r2))
			*name = real;
		return true;
	}
	if (has_prefix(range, "http://") || has_prefix(range, "https://"))
		return !has_suffix(range, ".git") && !memmem(range.p, range.n, ".git#", 5);
	if (has_prefix(range, "file:"))
		return is_archive_path(range) || memmem(range.p, range.n, ".tgz#", 5) ||
			memmem(range.p, range.n, ".tar.gz#", 8);
	/* any other protocol (git, github:, link:, portal:, workspace:, patch:,
	 * exec:...) or a "user/repo" GitHub shorthand */
	for (size_t i = 0; i < range.n; i++)
		if (range.p[i] == ':' || range.p[i] == '/')
			return false;
	return true;
}

/* Strips a "#hash" or "::qualifier" tail that Berry adds to resolutions. */
static dd_slice cut_tail(dd_slice s)
{
	for (size_t i = 0; i < s.n; i++)
		if (s.p[i] == '#' || (s.p[i] == ':' && i + 1 < s.n && s.p[i + 1] == ':')) {
			s.n = i;
			break;
		}
	return s;
}

static int finish(dd_app_list *l, block *b)
{
	if (!b->open || !b->version.n)
		return 0;
	dd_slice name, range;
	if (b->resolution.n) {
		if (!split_spec(b->resolution, &name, &range) || !registry_or_archive(&name, cut_tail(range)))
			return 0;
	} else {
		if (!split_spec(b->pattern, &name, &range) || !registry_or_archive(&name, range))
			return 0;
	}
	return dd_app_list_push(l, name.p, name.n, b->version.p, b->version.n, NULL, false);
}

/* The first pattern of a header line: up to the first ", " outside quotes. */
static dd_slice first_pattern(dd_slice line)
{
	/* drop the trailing ':' */
	if (line.n && line.p[line.n - 1] == ':')
		line.n--;
	char q = 0;
	size_t i = 0;
	for (; i < line.n; i++) {
		char ch = line.p[i];
		if (q) {
			if (ch == q)
				q = 0;
		} else if (ch == '"' || ch == '\'') {
			q = ch;
		} else if (ch == ',') {
			break;
		}
	}
	return unquote((dd_slice){ line.p, i });
}

/* An indented "key value" (v1) or "key: value" (Berry) field line. */
static bool field(dd_slice line, dd_slice *key, dd_slice *val)
{
	dd_slice s = dd_textdb_trim(line);
	size_t i = 0;
	if (s.n && s.p[0] == '"') {
		const char *q = memchr(s.p + 1, '"', s.n - 1);
		if (!q)
			return false;
		i = (size_t)(q - s.p) + 1;
	} else {
		while (i < s.n && s.p[i] != ' ' && s.p[i] != ':')
			i++;
	}
	*key = unquote((dd_slice){ s.p, i });
	if (i < s.n && s.p[i] == ':')
		i++;
	*val = unquote((dd_slice){ s.p + i, s.n - i });
	return key->n > 0;
}

static int analyze(dd_analysis *a, const dd_file *f, const uint8_t *data, size_t len)
{
	(void)f;
	const char *pos = (const char *)data, *end = pos + len;
	dd_app_list l = DD_APP_LIST_INIT;
	dd_app_ctx c = dd_app_ctx_make(a);
	block b = { 0 };
	dd_slice line;
	int rc = 0;
	while (!rc && dd_textdb_next_line(&pos, end, &line)) {
		if (!line.n || line.p[0] == '#')
			continue;
		if (line.p[0] != ' ' && line.p[0] != '\t') {
			if ((rc = finish(&l, &b)) != 0)
				break;
			memset(&b, 0, sizeof(b));
			if (line.p[line.n - 1] != ':')
				continue;   /* not a block header: stray text */
			b.pattern = first_pattern(line);
			/* Berry's bookkeeping block is not a package */
			b.open = !dd_textdb_eq(b.pattern, "__metadata", false);
			continue;
		}
		if (!b.open)
			continue;
		/* fields of the block itself are indented by exactly two spaces;
		 * deeper lines belong to nested maps (dependencies) */
		if (line.n < 3 || line.p[0] != ' ' || line.p[1] != ' ' || line.p[2] == ' ')
			continue;
		dd_slice key, val;
		if (!field(line, &key, &val))
			continue;
		if (dd_textdb_eq(key, "version", false))
			b.version = val;
		else if (dd_textdb_eq(key, "resolution", false))
			b.resolution = val;
	}
	if (!rc)
		rc = finish(&l, &b);
	if (!rc)
		rc = dd_app_list_flush(&l, &c, "npm");
	dd_app_list_free(&l);
	return rc;
}

const dd_analyzer dd_analyzer_yarn_lock = {
	.name = "yarn-lock",
	.version = 1,
	.scanners = DD_SCANNER_VULN,
	.max_size = 64u << 20,
	.note_oversize = true,
	.wants = wants,
	.analyze = analyze,
};

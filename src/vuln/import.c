/*
 * The import walker: a JSON file, a zip of JSON files (osv.dev's
 * <ECOSYSTEM>/all.zip) or a folder tree of both, each document sniffed and
 * handed to its format's importer (import_osv.c, import_secdb.c,
 * import_kev.c). The one idea: a zip is read through its central directory,
 * so a truncated download is refused before a single record is taken from
 * it, instead of importing half an ecosystem.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util/cancel.h"
#include "util/error.h"
#include "util/reader.h"
#include "util/str.h"
#include "util/zip.h"
#include "vuln/import.h"

void dd_import_reject(dd_db_import_stats *st, const char *name)
{
	if (!st)
		return;
	if (!st->rejected++)
		snprintf(st->first_rejection, sizeof(st->first_rejection), "%s: %s", name, dd_error_last());
}

char *dd_import_text(const json_t *v, size_t max, bool first_line)
{
	const char *s = json_string_value(v);
	size_t n = json_string_length(v);
	if (!s || !n)
		return NULL;
	if (first_line) {
		while (n && (*s == ' ' || *s == '\n' || *s == '\r' || *s == '\t' || *s == '#'))
			s++, n--;
		size_t e = 0;
		while (e < n && s[e] != '\n' && s[e] != '\r')
			e++;
		n = e;
	}
	if (n > max) {
		n = max;
		/* never cut a UTF-8 sequence */
		while (n && ((unsigned char)s[n] & 0xC0) == 0x80)
			n--;
	}
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\n' || s[n - 1] == '\r' || s[n - 1] == '\t'))
		n--;
	if (!n)
		return NULL;
	char *out = malloc(n + 1);
	if (!out)
		return NULL;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		/* details keep their line breaks; nothing else below 0x20 survives */
		out[i] = (c < 0x20 && !(c == '\n' && !first_line)) || c == 0x7f ? ' ' : (char)c;
	}
	out[n] = '\0';
	return out;
}

dd_import_format dd_import_sniff(const json_t *doc)
{
	if (json_is_array(doc)) {
		const json_t *first = json_array_get(doc, 0);
		return json_is_object(first) && json_is_string(json_object_get(first, "id")) ? DD_IMPORT_OSV
			: DD_IMPORT_UNKNOWN;
	}
	if (!json_is_object(doc))
		return DD_IMPORT_UNKNOWN;
	if (json_is_array(json_object_get(doc, "vulnerabilities")) &&
	    (json_object_get(doc, "catalogVersion") || json_object_get(doc, "dateReleased")))
		return DD_IMPORT_KEV;
	const char *fmt = json_string_value(json_object_get(doc, "format"));
	if (json_is_array(json_object_get(doc, "vulnerabilities")) && fmt && !strcmp(fmt, "NVD_CVE"))
		return DD_IMPORT_NVD;
	const char *type = json_string_value(json_object_get(doc, "dataType"));
	if (type && !strcmp(type, "CVE_RECORD") && json_is_object(json_object_get(doc, "cveMetadata")))
		return DD_IMPORT_CVE5;
	if (json_is_string(json_object_get(doc, "distroversion")) &&
	    (json_object_get(doc, "packages") || json_object_get(doc, "secfixes")))
		return DD_IMPORT_SECDB;
	if (json_is_string(json_object_get(doc, "id")) &&
	    (json_object_get(doc, "affected") || json_object_get(doc, "modified") || json_object_get(doc, "schema_version")))
		return DD_IMPORT_OSV;
	return DD_IMPORT_UNKNOWN;
}

int dd_import_json(const dd_import_sink *s, const char *buf, size_t len, const char *name, bool strict)
{
	json_error_t err;
	/* an import stops between documents when its caller cancels it */
	int rc = dd_cancel_check();
	if (rc)
		return rc;
	json_t *doc = json_loadb(buf, len, JSON_ALLOW_NUL, &err);
	if (!doc)
		return dd_error_set(DD_EFORMAT, "%s: not valid JSON (line %d: %s)", name, err.line, err.text);
	if (s->stats)
		s->stats->files++;
	switch (dd_import_sniff(doc)) {
	case DD_IMPORT_OSV:
		rc = dd_import_osv(s, doc, name);
		break;
	case DD_IMPORT_SECDB:
		rc = dd_import_secdb(s, doc, name);
		break;
	case DD_IMPORT_KEV:
		rc = dd_import_kev(s, doc, name);
		break;
	case DD_IMPORT_CVE5:
		rc = dd_import_cve5(s, doc, name);
		break;
	case DD_IMPORT_NVD:
		rc = dd_import_nvd(s, doc, name);
		break;
	default:
		if (strict) {
			rc = dd_error_set(DD_EFORMAT, "%s: not an OSV record, Alpine secdb, CISA KEV catalog, CVE JSON 5 record or NVD CVE API answer", name);
		} else if (s->stats) {
			s->stats->files--;
			s->stats->ignored_files++;
		}
	}
	json_decref(doc);
	return rc;
}

/* cvelistV5's export is a zip holding cves.zip: of that inner zip only the
 * records (cves/<year>/<n>xxx/CVE-*.json) are read, not its delta lists. */
static bool cve_member(const char *name)
{
	const char *base = strrchr(name, '/');
	base = base ? base + 1 : name;
	return (!strncmp(name, "cves/", 5) || strstr(name, "/cves/")) && !strncmp(base, "CVE-", 4) &&
		dd_ends_with(base, ".json");
}

static void zip_limits(dd_zip_limits *lim, bool nested)
{
	*lim = (dd_zip_limits)DD_ZIP_LIMITS_INIT;
	lim->max_entries = DD_IMPORT_ZIP_ENTRIES_MAX;
	/* an advisory is read whole (at most DD_IMPORT_ENTRY_MAX, checked when
	 * it is read); a zip inside is walked, up to DD_IMPORT_NESTED_MAX */
	lim->max_entry_size = nested ? DD_IMPORT_ENTRY_MAX : DD_IMPORT_NESTED_MAX;
	lim->max_total = (uint64_t)1 << 38;   /* osv.dev's largest ecosystems inflate to a few GB */
}

typedef struct zip_walk {
	const dd_import_sink *s;
	const char *label;
	bool nested;          /* the walk is of the zip inside a zip (read as a stream) */
	void *map;            /* the outer zip's mapping, for dropping pages behind us */
	size_t maplen, released;
	size_t entries;
	char *buf;
} zip_walk;

static int walk_zip(zip_walk *w, dd_zip *z);

/* A zip inside the zip (cvelistV5's cves.zip), read as a stream of local
 * headers straight from the outer member: no temporary file, bounded memory,
 * each record checked by its CRC. One level: a zip in there is ignored. */
static int walk_nested(zip_walk *outer, dd_zip *z, const char *name)
{
	dd_zip_limits lim;
	dd_zip *inner = NULL;
	char label[1200];
	snprintf(label, sizeof(label), "%s!/%s", outer->label, name);
	zip_limits(&lim, true);
	zip_walk w = { .s = outer->s, .label = label, .nested = true, .entries = outer->entries };
	int rc = dd_zip_open_stream(&inner, dd_zip_content(z), &lim, label);
	if (!rc)
		rc = walk_zip(&w, inner);
	outer->entries = w.entries;
	free(w.buf);
	dd_zip_free(inner);
	return rc;
}

static int walk_zip(zip_walk *w, dd_zip *z)
{
	const dd_zip_entry *e;
	long page = sysconf(_SC_PAGESIZE);
	int rc;
	while ((rc = dd_zip_next(z, &e)) == 0) {
		const dd_zip_info *info = dd_zip_info_get(z);
		/* the central directory is the truth: without one, the download
		 * is truncated, and no record is taken from it */
		if (!w->nested && info->fell_back)
			return dd_error_set(DD_EFORMAT, "%s: not a complete zip archive (truncated or corrupt download?): %s",
				w->label, info->fallback_reason);
		if (++w->entries > DD_IMPORT_ZIP_ENTRIES_MAX)
			return dd_error_set(DD_ELIMIT, "%s: more than %d members", w->label, DD_IMPORT_ZIP_ENTRIES_MAX);
		if (!w->nested && !e->is_dir && dd_ends_with(e->name, ".zip")) {
			if ((rc = walk_nested(w, z, e->name)) != 0)
				return rc;
			continue;
		}
		if (e->is_dir || !dd_ends_with(e->name, ".json") || (w->nested && !cve_member(e->name))) {
			if (w->s->stats && !e->is_dir)
				w->s->stats->ignored_files++;
			continue;
		}
		size_t len = 0;
		free(w->buf);
		w->buf = NULL;
		if ((rc = dd_zip_read_entry(z, DD_IMPORT_ENTRY_MAX, &w->buf, &len)) != 0)
			return rc == DD_ELIMIT ? dd_error_prefix(rc, "%s: member %.200s refused (a record may inflate to %zu MB, 200:1 at most)", w->label,
					e->name, DD_IMPORT_ENTRY_MAX >> 20)
				: dd_error_prefix(rc, "%s: member %.200s is corrupt (truncated download?)", w->label, e->name);
		char member[1400];
		snprintf(member, sizeof(member), "%s!/%s", w->label, e->name);
		if ((rc = dd_import_json(w->s, w->buf, len, member, false)) != 0)
			return rc;
		/* members come in file order: the pages behind this one are done
		 * (dropping them keeps a multi-GB zip out of the resident set;
		 * touched again, they come back from the file) */
		size_t upto = (size_t)e->offset & ~((size_t)page - 1);
		if (w->map && upto > w->released && upto <= w->maplen) {
			madvise((char *)w->map + w->released, upto - w->released, MADV_DONTNEED);
			w->released = upto;
		}
	}
	if (rc == DD_ITEROVER)
		return 0;
	if (w->nested && rc == DD_ELIMIT)
		return dd_error_prefix(rc, "%s", w->label);
	if (!w->nested && w->entries == 0 && !dd_zip_info_get(z)->central_directory)
		return dd_error_prefix(rc, "%s: not a complete zip archive (truncated or corrupt download?)", w->label);
	return rc;
}

static int import_zip(const dd_import_sink *s, const char *path, const char *label)
{
	dd_zip_limits lim;
	dd_zip *z = NULL;
	zip_walk w = { .s = s, .label = label };
	void *map = MAP_FAILED;
	size_t maplen = 0;
	int rc = 0;
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	struct stat st;
	zip_limits(&lim, false);
	if (fd < 0 || fstat(fd, &st) != 0) {
		rc = dd_error_set(DD_EIO, "%s: %s", label, strerror(errno));
		goto cleanup;
	}
	maplen = (size_t)st.st_size;
	if (maplen && (map = mmap(NULL, maplen, PROT_READ, MAP_PRIVATE, fd, 0)) == MAP_FAILED) {
		rc = dd_error_set(DD_EIO, "%s: %s", label, strerror(errno));
		goto cleanup;
	}
	if (map != MAP_FAILED) {
		madvise(map, maplen, MADV_SEQUENTIAL);
		w.map = map;
		w.maplen = maplen;
	}
	if ((rc = dd_zip_open_memory(&z, map == MAP_FAILED ? "" : map, maplen, &lim, label)) != 0)
		goto cleanup;
	rc = walk_zip(&w, z);
cleanup:
	dd_zip_free(z);
	free(w.buf);
	if (map != MAP_FAILED)
		munmap(map, maplen);
	if (fd >= 0)
		close(fd);
	return rc;
}

static bool is_zip(const char *path)
{
	unsigned char magic[4];
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return false;
	ssize_t n = read(fd, magic, 4);
	close(fd);
	return n == 4 && magic[0] == 'P' && magic[1] == 'K' && (magic[2] == 3 || magic[2] == 5);
}

static int import_file(const dd_import_sink *s, const char *path, const char *label, bool strict)
{
	if (dd_ends_with(path, ".zip") || is_zip(path))
		return import_zip(s, path, label);
	char *buf = NULL;
	size_t len = 0;
	int rc = dd_file_read_all("advisory file", path, DD_IMPORT_FILE_MAX, &buf, &len);
	if (rc)
		return rc;
	rc = dd_import_json(s, buf, len, label, strict);
	free(buf);
	return rc;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int import_dir(const dd_import_sink *s, const char *dir, int depth)
{
	DIR *d;
	struct dirent *de;
	dd_strv names = DD_STRV_INIT;
	int rc = 0;
	if (depth > DD_IMPORT_DEPTH_MAX)
		return dd_error_set(DD_ELIMIT, "%s: folders nested deeper than %d", dir, DD_IMPORT_DEPTH_MAX);
	if (!(d = opendir(dir)))
		return dd_error_set(DD_EIO, "cannot read folder %s: %s", dir, strerror(errno));
	while ((de = readdir(d))) {
		if (de->d_name[0] == '.')
			continue;
		if (dd_strv_push(&names, de->d_name)) {
			closedir(d);
			dd_strv_free(&names);
			return dd_error_oom();
		}
	}
	closedir(d);
	/* a stable order: the same tree imports the same way every time */
	if (names.count)
		qsort(names.items, names.count, sizeof(char *), cmp_str);
	for (size_t i = 0; i < names.count && !rc; i++) {
		char *p = dd_asprintf("%s/%s", dir, names.items[i]);
		struct stat st;
		if (!p) {
			rc = dd_error_oom();
			break;
		}
		if (stat(p, &st) != 0) {
			rc = dd_error_set(DD_EIO, "cannot stat %s: %s", p, strerror(errno));
		} else if (S_ISDIR(st.st_mode)) {
			rc = import_dir(s, p, depth + 1);
		} else if (S_ISREG(st.st_mode) && (dd_ends_with(p, ".json") || dd_ends_with(p, ".zip"))) {
			rc = import_file(s, p, p, false);
		} else if (s->stats) {
			s->stats->ignored_files++;
		}
		free(p);
	}
	dd_strv_free(&names);
	return rc;
}

int dd_import_path(const dd_import_sink *s, const char *path)
{
	return dd_import_path_as(s, path, path);
}

int dd_import_path_as(const dd_import_sink *s, const char *path, const char *label)
{
	struct stat st;
	if (stat(path, &st) != 0)
		return dd_error_set(errno == ENOENT ? DD_ENOTFOUND : DD_EIO, "cannot read %s: %s", path, strerror(errno));
	if (S_ISDIR(st.st_mode))
		return import_dir(s, path, 0);
	if (!S_ISREG(st.st_mode))
		return dd_error_set(DD_EINVAL, "%s is not a regular file or folder", path);
	return import_file(s, path, label, true);
}

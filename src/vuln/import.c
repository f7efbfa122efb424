/*
 * The import walker: a JSON file, a zip of JSON files (osv.dev's
 * <ECOSYSTEM>/all.zip) or a folder tree of both, each document sniffed and
 * handed to its format's importer (import_osv.c, import_secdb.c,
 * import_kev.c). The one idea: a zip is read through its central directory,
 * so a truncated download is refused before a single record is taken from
 * it, instead of importing half an ecosystem.
 */
#include <archive.h>
#include <archive_entry.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util/error.h"
#include "util/reader.h"
#include "util/str.h"
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
	json_t *doc = json_loadb(buf, len, JSON_ALLOW_NUL, &err);
	int rc = 0;
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
	default:
		if (strict) {
			rc = dd_error_set(DD_EFORMAT, "%s: not an OSV record, Alpine secdb or CISA KEV catalog", name);
		} else if (s->stats) {
			s->stats->files--;
			s->stats->ignored_files++;
		}
	}
	json_decref(doc);
	return rc;
}

static int import_zip(const dd_import_sink *s, const char *path, const char *label)
{
	struct archive *ar = archive_read_new();
	struct archive_entry *e;
	char *buf = NULL;
	size_t cap = 0, entries = 0;
	int rc = 0, r;
	if (!ar)
		return dd_error_oom();
	/* seekable only: it reads the central directory first, so a truncated zip fails here */
	archive_read_support_format_zip_seekable(ar);
	if (archive_read_open_filename(ar, path, 1 << 16) != ARCHIVE_OK) {
		rc = dd_error_set(DD_EFORMAT, "%s: not a complete zip archive (truncated or corrupt download?): %s", label,
			archive_error_string(ar) ? archive_error_string(ar) : "no central directory");
		goto cleanup;
	}
	while ((r = archive_read_next_header(ar, &e)) == ARCHIVE_OK) {
		const char *name = archive_entry_pathname(e);
		if (++entries > DD_IMPORT_ZIP_ENTRIES_MAX) {
			rc = dd_error_set(DD_ELIMIT, "%s: more than %d members", label, DD_IMPORT_ZIP_ENTRIES_MAX);
			goto cleanup;
		}
		if (archive_entry_filetype(e) != AE_IFREG || !name || !dd_ends_with(name, ".json")) {
			if (s->stats && archive_entry_filetype(e) == AE_IFREG)
				s->stats->ignored_files++;
			continue;
		}
		int64_t size = archive_entry_size_is_set(e) ? archive_entry_size(e) : -1;
		if (size > (int64_t)DD_IMPORT_ENTRY_MAX) {
			rc = dd_error_set(DD_ELIMIT, "%s: member %.200s is %lld bytes, over the %zu MB limit", label, name,
				(long long)size, DD_IMPORT_ENTRY_MAX >> 20);
			goto cleanup;
		}
		size_t len = 0;
		for (;;) {
			if (cap - len < 65536) {
				size_t nc = cap ? cap * 2 : 1 << 17;
				if (nc > DD_IMPORT_ENTRY_MAX + 65536) {
					rc = dd_error_set(DD_ELIMIT, "%s: member %.200s is over the %zu MB limit", label, name,
						DD_IMPORT_ENTRY_MAX >> 20);
					goto cleanup;
				}
				char *nb = realloc(buf, nc);
				if (!nb) {
					rc = dd_error_oom();
					goto cleanup;
				}
				buf = nb;
				cap = nc;
			}
			la_ssize_t got = archive_read_data(ar, buf + len, cap - len - 1);
			if (got < 0) {
				rc = dd_error_set(DD_EFORMAT, "%s: member %.200s is corrupt (truncated download?): %s", label, name,
					archive_error_string(ar));
				goto cleanup;
			}
			if (got == 0)
				break;
			len += (size_t)got;
		}
		char member[1200];
		snprintf(member, sizeof(member), "%s!/%s", label, name);
		if ((rc = dd_import_json(s, buf, len, member, false)) != 0)
			goto cleanup;
	}
	if (r != ARCHIVE_EOF)
		rc = dd_error_set(DD_EFORMAT, "%s: corrupt zip archive (truncated download?): %s", label, archive_error_string(ar));
cleanup:
	free(buf);
	archive_read_free(ar);
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

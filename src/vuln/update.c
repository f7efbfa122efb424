/*
 * db update: download the configured sources over HTTPS and swap a new DB
 * into place. Steps: take the update lock; ask every source for what changed
 * (If-None-Match / If-Modified-Since from the feed table of the current DB);
 * when something did, copy the current DB to <db>.new-XXXXXX beside it,
 * replace the records of each changed feed, and rename the copy over the DB.
 *
 * The one idea: nothing touches the DB in use until the new file is
 * complete. Downloads go to temporary files, a truncated or corrupt one
 * fails its import (zips are read through their central directory), any
 * failure deletes the temporaries, and rename(2) makes the swap atomic, so a
 * scan running meanwhile reads either the old DB or the new one, never a mix.
 */
#include "util/curl_lib.h"   /* first: it renames curl_* (see there) */
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "drydock/drydock.h"
#include "util/buf.h"
#include "util/cancel.h"
#include "util/curl_global.h"
#include "util/error.h"
#include "util/str.h"
#include "vuln/db.h"
#include "vuln/db_sink.h"
#include "vuln/ecosystem.h"
#include "vuln/import.h"
#include "vuln/update.h"

#define SOURCES_MAX 256
#define DEFAULT_MAX_DOWNLOAD ((uint64_t)4 << 30)

/* What users of Trivy and Grype expect out of the box: every ecosystem the
 * matcher reads (dd_eco_matched), from osv.dev's public per-ecosystem
 * exports, and KEV. A mirror serves the same files under one base URL. */
#define OSV_EXPORTS "https://osv-vulnerabilities.storage.googleapis.com"
#define KEV_FEED "https://www.cisa.gov/sites/default/files/feeds/known_exploited_vulnerabilities.json"
#define KEV_FILE "known_exploited_vulnerabilities.json"
/* The CVE severity sources (import_cve.c): NVD's CVE API, paged and then
 * incremental (update_nvd.c), and the CVE List's daily export, found through
 * cvelistV5's latest GitHub release (update_release.c). A mirror serves the
 * API under the same path and the export as one file. */
#define NVD_API "https://services.nvd.nist.gov" DD_NVD_API_PATH
#define CVELIST_RELEASE "https://api.github.com/repos/CVEProject/cvelistV5/releases/latest"
#define CVELIST_FILE "cvelistV5/all_CVEs_at_midnight.zip.zip"

typedef struct source_state {
	const char *url;
	char *tmp;                 /* downloaded file, NULL when not modified */
	char etag[256];
	char last_modified[64];
	char old_etag[256];
	char old_last_modified[64];
	bool known;                /* the current DB holds records of this feed */
	bool incremental;          /* tmp holds changes only (NVD): the feed's other records stay */
	uint64_t bytes;
} source_state;

void dd_db_sources_free(char **v, size_t n)
{
	for (size_t i = 0; v && i < n; i++)
		free(v[i]);
	free(v);
}

static int push(char ***v, size_t *n, const char *s)
{
	if (*n >= SOURCES_MAX)
		return dd_error_set(DD_ELIMIT, "more than %d advisory sources", SOURCES_MAX);
	char **nv = realloc(*v, (*n + 1) * sizeof(char *));
	if (!nv)
		return dd_error_oom();
	*v = nv;
	if (!(nv[*n] = strdup(s)))
		return dd_error_oom();
	(*n)++;
	return 0;
}

static int push_defaults(char ***v, size_t *n, const char *mirror);

/* Drops the sources whose URL holds `text` ("-text" lines of the file). */
static void drop_matching(char **v, size_t *n, const char *text)
{
	size_t k = 0;
	for (size_t i = 0; i < *n; i++) {
		if (strstr(v[i], text))
			free(v[i]);
		else
			v[k++] = v[i];
	}
	*n = k;
}

/* The config file: one URL per line, '#' starts a comment; the line
 * "defaults" stands for the built-in list (served from mirror when set) and
 * "-TEXT" leaves out every source whose URL holds TEXT, so a user can drop
 * one default ("-services.nvd.nist.gov") and still follow the others. */
static int read_config(const char *path, const char *mirror, char ***v, size_t *n, bool *found)
{
	FILE *fp = fopen(path, "r");
	char line[4096];
	*found = false;
	if (!fp)
		return errno == ENOENT ? 0 : dd_error_set(DD_EIO, "cannot read %s: %s", path, strerror(errno));
	*found = true;
	int rc = 0;
	dd_strv drop = DD_STRV_INIT;
	while (!rc && fgets(line, sizeof(line), fp)) {
		char *hash = strchr(line, '#');
		if (hash)
			*hash = '\0';
		dd_trim(line);
		if (!strcmp(line, "defaults"))
			rc = push_defaults(v, n, mirror);
		else if (*line == '-' && line[1])
			rc = dd_strv_push(&drop, line + 1) ? dd_error_oom() : 0;
		else if (*line)
			rc = push(v, n, line);
	}
	fclose(fp);
	for (size_t i = 0; !rc && i < drop.count; i++)
		drop_matching(*v, n, drop.items[i]);
	dd_strv_free(&drop);
	return rc;
}

/* osv.dev names an export by its ecosystem, which may hold a space
 * ("Rocky Linux"): everything but unreserved characters is percent-encoded. */
static char *export_url(const char *base, const char *eco)
{
	char enc[3 * DD_ECO_NAME_MAX + 1];
	size_t k = 0;
	for (const unsigned char *p = (const unsigned char *)eco; *p && k + 4 < sizeof(enc); p++) {
		if (isalnum(*p) || strchr("-._~", *p))
			enc[k++] = (char)*p;
		else
			k += (size_t)snprintf(enc + k, sizeof(enc) - k, "%%%02X", *p);
	}
	enc[k] = '\0';
	return dd_asprintf("%s/%s/all.zip", base, enc);
}

/* The built-in list; mirror (a base URL without the trailing '/') replaces
 * osv.dev's bucket and CISA's site. */
static int push_defaults(char ***v, size_t *n, const char *mirror)
{
	char *base = NULL;
	int rc = 0;
	if (mirror) {
		size_t len = strlen(mirror);
		while (len && mirror[len - 1] == '/')
			len--;
		if (!(base = strndup(mirror, len)))
			return dd_error_oom();
	}
	for (size_t i = 0; !rc && dd_eco_matched(i); i++) {
		char *url = export_url(base ? base : OSV_EXPORTS, dd_eco_matched(i));
		rc = url ? push(v, n, url) : dd_error_oom();
		free(url);
	}
	const char *const fixed[][2] = {
		{ KEV_FEED, KEV_FILE }, { NVD_API, &DD_NVD_API_PATH[1] }, { CVELIST_RELEASE, CVELIST_FILE },
	};
	for (size_t i = 0; !rc && i < sizeof(fixed) / sizeof(*fixed); i++) {
		char *url = base ? dd_asprintf("%s/%s", base, fixed[i][1]) : strdup(fixed[i][0]);
		rc = url ? push(v, n, url) : dd_error_oom();
		free(url);
	}
	free(base);
	return rc;
}

/* A remembered list that is the built-in one (from osv.dev and CISA, or a
 * mirror of them: every URL is a default of the base its KEV URL names)
 * follows the built-in list as it grows: a DB last updated before the CVE
 * severity sources were defaults gets them on its next update. */
static int follow_defaults(char ***v, size_t *n)
{
	char *base = NULL, **d = NULL;
	size_t nd = 0;
	bool all = true;
	int rc = 0;
	for (size_t i = 0; i < *n && !base; i++) {
		size_t len = strlen((*v)[i]), kl = strlen(KEV_FILE);
		if (!strcmp((*v)[i], KEV_FEED))
			base = strdup("");
		else if (len > kl + 1 && (*v)[i][len - kl - 1] == '/' && !strcmp((*v)[i] + len - kl, KEV_FILE))
			base = strndup((*v)[i], len - kl - 1);
	}
	if (!base)
		return 0;   /* not the defaults: a list of the user's */
	if ((rc = push_defaults(&d, &nd, *base ? base : NULL)) != 0)
		goto cleanup;
	for (size_t i = 0; i < *n && all; i++) {
		bool found = false;
		for (size_t j = 0; j < nd && !found; j++)
			found = !strcmp((*v)[i], d[j]);
		all = found;
	}
	if (all && nd > *n) {
		dd_db_sources_free(*v, *n);
		*v = d;
		*n = nd;
		d = NULL;
	}
cleanup:
	dd_db_sources_free(d, d ? nd : 0);
	free(base);
	return rc;
}

int dd_db_sources(char ***out, size_t *n, const char *db_path, const char *config_file, const char *mirror)
{
	char **v = NULL;
	size_t count = 0;
	bool found = false;
	char *cfg = config_file ? strdup(config_file) : dd_db_sources_default_path();
	int rc;
	*out = NULL;
	*n = 0;
	if (!cfg)
		return dd_error_oom();
	rc = read_config(cfg, mirror, &v, &count, &found);
	if (!rc && config_file && !found)
		rc = dd_error_set(DD_ENOTFOUND, "sources file %s does not exist", config_file);
	free(cfg);
	if (!rc && !count && db_path) {
		/* the sources the DB was last updated from */
		dd_vdb *db = NULL;
		if (dd_vdb_open(&db, db_path, DD_VDB_READ) == 0) {
			char *list = dd_vdb_meta_get(db, "sources");
			char *save = NULL;
			for (char *p = list ? strtok_r(list, "\n", &save) : NULL; p && !rc; p = strtok_r(NULL, "\n", &save))
				rc = push(&v, &count, p);
			free(list);
			if (!rc)
				rc = follow_defaults(&v, &count);
			dd_vdb_close(db);
		}
		dd_error_clear();
	}
	if (!rc && !count)
		rc = push_defaults(&v, &count, mirror);
	if (rc) {
		dd_db_sources_free(v, count);
		return rc;
	}
	*out = v;
	*n = count;
	return 0;
}

typedef struct import_poll_arg {
	const dd_db_update_options *opts;
	const char *what;
} import_poll_arg;

static int import_poll(void *arg)
{
	import_poll_arg *a = arg;
	return a->opts->progress ? a->opts->progress(a->what, 0, 0, a->opts->progress_payload) : 0;
}

/* The NVD CVE API: every page since the last sync, into a folder. */
static int fetch_nvd(source_state *st, const char *db_path, const dd_db_update_options *opts)
{
	dd_nvd_sync sync;
	bool again = st->known && !opts->force && st->old_last_modified[0];
	int rc = dd_update_nvd(st->url, again ? st->old_last_modified : NULL, db_path, opts, &sync);
	if (rc)
		return rc;
	st->tmp = sync.dir;
	st->incremental = sync.incremental;
	st->bytes = sync.bytes;
	/* the feed's Last-Modified is where the next sync starts */
	snprintf(st->last_modified, sizeof(st->last_modified), "%s", sync.synced);
	return 0;
}

/* Downloads one source into a temporary file beside the DB; st->tmp stays
 * NULL when the server says nothing changed. */
static int fetch(source_state *st, const char *db_path, const dd_db_update_options *opts)
{
	char *tmp = NULL, *asset = NULL, cond[400] = "", what[300];
	const char *hdrs[2] = { NULL, NULL }, *url = st->url;
	dd_update_http h;
	int fd = -1, rc;
	if (dd_update_is_nvd(url))
		return fetch_nvd(st, db_path, opts);
	if (dd_update_is_release(url)) {
		if ((rc = dd_update_release_asset(url, db_path, opts, &asset)) != 0)
			return rc;
		url = asset;
	}
	snprintf(what, sizeof(what), "source %.280s", url);
	if ((rc = dd_update_tmpfile(db_path, "dl", &tmp, &fd)) != 0)
		goto cleanup;
	if (st->known && !opts->force && (st->old_etag[0] || st->old_last_modified[0])) {
		/* raw headers, so that only the server decides: a 304 means unchanged,
		 * a 200 is new data (curl's own time condition would drop a 200 whose
		 * Last-Modified did not move although the ETag did) */
		snprintf(cond, sizeof(cond), st->old_etag[0] ? "If-None-Match: %s" : "If-Modified-Since: %s",
			st->old_etag[0] ? st->old_etag : st->old_last_modified);
		hdrs[0] = cond;
	}
	if ((rc = dd_update_get(url, what, fd, opts->max_download ? opts->max_download : DEFAULT_MAX_DOWNLOAD, hdrs, opts,
		&h)) != 0)
		goto cleanup;
	if (h.status == 304)
		goto cleanup; /* nothing new: keep the feed's records as they are */
	if (h.status != 200) {
		rc = dd_error_set(h.status == 404 ? DD_ENOTFOUND : DD_ENET, "%s: HTTP %ld", what, h.status);
		goto cleanup;
	}
	memcpy(st->etag, h.etag, sizeof(st->etag));
	memcpy(st->last_modified, h.last_modified, sizeof(st->last_modified));
	st->bytes = h.bytes;
	st->tmp = tmp;
	tmp = NULL;
cleanup:
	if (fd >= 0)
		close(fd);
	if (tmp) {
		unlink(tmp);
		free(tmp);
	}
	free(asset);
	return rc;
}

static void load_feed_state(dd_vdb *db, source_state *st)
{
	sqlite3_stmt *s = NULL;
	if (sqlite3_prepare_v2(dd_vdb_sqlite(db), "SELECT etag, last_modified, records FROM feed WHERE url = ?1", -1, &s,
		NULL) != SQLITE_OK)
		return;
	sqlite3_bind_text(s, 1, st->url, -1, SQLITE_STATIC);
	if (sqlite3_step(s) == SQLITE_ROW) {
		const char *e = (const char *)sqlite3_column_text(s, 0), *lm = (const char *)sqlite3_column_text(s, 1);
		snprintf(st->old_etag, sizeof(st->old_etag), "%s", e ? e : "");
		snprintf(st->old_last_modified, sizeof(st->old_last_modified), "%s", lm ? lm : "");
		st->known = true;
	}
	sqlite3_finalize(s);
}

static int copy_db(const char *from, const char *to)
{
	sqlite3 *src = NULL, *dst = NULL;
	int rc = 0;
	if (sqlite3_open_v2(from, &src, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK ||
	    sqlite3_open_v2(to, &dst, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK) {
		rc = dd_error_set(DD_EIO, "cannot copy the advisory DB %s: %s", from, sqlite3_errmsg(dst ? dst : src));
		goto cleanup;
	}
	sqlite3_busy_timeout(src, 10000);
	sqlite3_backup *b = sqlite3_backup_init(dst, "main", src, "main");
	if (!b || sqlite3_backup_step(b, -1) != SQLITE_DONE) {
		rc = dd_error_set(DD_EIO, "cannot copy the advisory DB %s: %s", from, sqlite3_errmsg(dst));
		sqlite3_backup_finish(b);
		goto cleanup;
	}
	if (sqlite3_backup_finish(b) != SQLITE_OK)
		rc = dd_error_set(DD_EIO, "cannot copy the advisory DB %s: %s", from, sqlite3_errmsg(dst));
cleanup:
	sqlite3_close(src);
	sqlite3_close(dst);
	return rc;
}

static int feed_id(dd_vdb *db, const char *url, int64_t *id)
{
	sqlite3 *h = dd_vdb_sqlite(db);
	sqlite3_stmt *s = NULL;
	*id = 0;
	if (sqlite3_prepare_v2(h, "INSERT INTO feed(url) VALUES(?1) ON CONFLICT(url) DO UPDATE SET url = url RETURNING id",
		-1, &s, NULL) != SQLITE_OK)
		return dd_error_set(DD_EIO, "advisory DB: %s", sqlite3_errmsg(h));
	sqlite3_bind_text(s, 1, url, -1, SQLITE_STATIC);
	if (sqlite3_step(s) == SQLITE_ROW)
		*id = sqlite3_column_int64(s, 0);
	sqlite3_finalize(s);
	return *id ? 0 : dd_error_set(DD_EIO, "advisory DB: %s", sqlite3_errmsg(h));
}

/* Drops what a feed brought last time, before its new data goes in. */
static int clear_feed(dd_vdb *db, int64_t feed)
{
	sqlite3 *h = dd_vdb_sqlite(db);
	static const char *const sql[] = {
		"DELETE FROM affected WHERE vuln IN (SELECT id FROM vuln WHERE feed = ?1)",
		"DELETE FROM sev_alias WHERE vuln IN (SELECT id FROM vuln WHERE feed = ?1)",
		"DELETE FROM vuln WHERE feed = ?1",
		"DELETE FROM kev WHERE feed = ?1",
	};
	for (size_t i = 0; i < sizeof(sql) / sizeof(*sql); i++) {
		sqlite3_stmt *s = NULL;
		if (sqlite3_prepare_v2(h, sql[i], -1, &s, NULL) != SQLITE_OK)
			return dd_error_set(DD_EIO, "advisory DB: %s", sqlite3_errmsg(h));
		sqlite3_bind_int64(s, 1, feed);
		int r = sqlite3_step(s);
		sqlite3_finalize(s);
		if (r != SQLITE_DONE)
			return dd_error_set(DD_EIO, "advisory DB: %s", sqlite3_errmsg(h));
	}
	return 0;
}

/* The feed's records are counted in the DB: an incremental source (NVD)
 * brought only some of them this time. */
static int record_feed(dd_vdb *db, int64_t feed, const source_state *st)
{
	sqlite3 *h = dd_vdb_sqlite(db);
	sqlite3_stmt *s = NULL;
	char ts[32];
	time_t t = time(NULL);
	struct tm tm;
	gmtime_r(&t, &tm);
	strftime(ts, sizeof(ts), "%Y-%m-%dT%H:%M:%SZ", &tm);
	if (sqlite3_prepare_v2(h, "UPDATE feed SET etag = ?2, last_modified = ?3, fetched_at = ?4, bytes = ?5,"
		" records = (SELECT COUNT(*) FROM vuln WHERE feed = ?1) + (SELECT COUNT(*) FROM kev WHERE feed = ?1) WHERE id = ?1", -1, &s, NULL) != SQLITE_OK)
		return dd_error_set(DD_EIO, "advisory DB: %s", sqlite3_errmsg(h));
	sqlite3_bind_int64(s, 1, feed);
	if (st->etag[0])
		sqlite3_bind_text(s, 2, st->etag, -1, SQLITE_STATIC);
	if (st->last_modified[0])
		sqlite3_bind_text(s, 3, st->last_modified, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 4, ts, -1, SQLITE_STATIC);
	sqlite3_bind_int64(s, 5, (int64_t)st->bytes);
	int r = sqlite3_step(s);
	sqlite3_finalize(s);
	return r == SQLITE_DONE ? 0 : dd_error_set(DD_EIO, "advisory DB: %s", sqlite3_errmsg(h));
}

static int fsync_path(const char *path, bool dir)
{
	int fd = open(path, (dir ? O_RDONLY | O_DIRECTORY : O_RDWR) | O_CLOEXEC);
	if (fd < 0)
		return -1;
	int r = fsync(fd);
	close(fd);
	return r;
}

/* Builds the new DB file from the current one and the downloads. */
static int build(const char *path, const char *tmp, bool have_old, source_state *st, size_t n, char **urls,
	dd_db_import_stats *stats)
{
	dd_vdb *db = NULL;
	int rc;
	if (have_old && (rc = copy_db(path, tmp)) != 0)
		return rc;
	if ((rc = dd_vdb_open(&db, tmp, DD_VDB_WRITE | DD_VDB_CREATE | DD_VDB_SCRATCH)) != 0)
		return rc;
	if ((rc = dd_vdb_begin(db)) != 0)
		goto cleanup;
	for (size_t i = 0; i < n && !rc; i++) {
		if (!st[i].tmp)
			continue;
		int64_t feed;
		dd_db_import_stats one;
		memset(&one, 0, sizeof(one));
		if ((rc = feed_id(db, st[i].url, &feed)) != 0 || (!st[i].incremental && (rc = clear_feed(db, feed)) != 0))
			break;
		dd_db_sink ds;
		dd_import_sink sink;
		dd_db_sink_init(&ds, &sink, db, feed, &one);
		if ((rc = dd_import_path_as(&sink, st[i].tmp, st[i].url)) != 0) {
			rc = dd_error_prefix(rc, "source");
			break;
		}
		if (!ds.records && !one.kev && !st[i].incremental) {
			/* a 200 with no advisories is a broken mirror, not "all fixed" */
			rc = dd_error_set(DD_EFORMAT, "source %s: the download holds no advisories; keeping the current DB",
				st[i].url);
			break;
		}
		if ((rc = record_feed(db, feed, &st[i])) != 0)
			break;
		stats->files += one.files;
		stats->ignored_files += one.ignored_files;
		stats->added += one.added;
		stats->replaced += one.replaced;
		stats->kept_newer += one.kept_newer;
		stats->withdrawn += one.withdrawn;
		stats->not_security += one.not_security;
		stats->git_ranges += one.git_ranges;
		stats->kev += one.kev;
		if (one.rejected && !stats->rejected)
			memcpy(stats->first_rejection, one.first_rejection, sizeof(stats->first_rejection));
		stats->rejected += one.rejected;
	}
	if (!rc) {
		dd_buf list = DD_BUF_INIT(SOURCES_MAX * 4096);
		for (size_t i = 0; i < n && !rc; i++)
			if (dd_buf_puts(&list, urls[i]) || dd_buf_putc(&list, '\n'))
				rc = dd_error_oom();
		if (!rc)
			rc = dd_vdb_meta_set(db, "sources", list.ptr ? list.ptr : "");
		dd_buf_free(&list);
	}
	if (!rc)
		rc = dd_vdb_finish(db);
	if (!rc)
		rc = dd_vdb_commit(db);
cleanup:
	dd_vdb_close(db);
	return rc;
}

int dd_db_update(const dd_db_update_options *opts_in, dd_db_update_result *result)
{
	dd_db_update_options opts = opts_in ? *opts_in : (dd_db_update_options)DD_DB_UPDATE_OPTIONS_INIT;
	dd_db_update_result res;
	char *path = NULL, *lock = NULL, *tmp = NULL, **urls = NULL;
	size_t n = 0;
	source_state *st = NULL;
	int lock_fd = -1, rc;
	bool have_old = false;
	memset(&res, 0, sizeof(res));

	if ((rc = dd_options_check(opts.version, DD_DB_UPDATE_OPTIONS_VERSION, "dd_db_update", "dd_db_update_options")) != 0)
		return rc;
	if (!(path = opts.db_path ? strdup(opts.db_path) : dd_db_default_path()) || !(lock = dd_asprintf("%s.lock", path))) {
		rc = path ? dd_error_oom() : dd_error_last_code();
		goto cleanup;
	}
	if ((rc = dd_db_mkdir_parent(path)) != 0)
		goto cleanup;
	if ((lock_fd = open(lock, O_RDWR | O_CREAT | O_CLOEXEC, 0644)) < 0) {
		rc = dd_error_set(DD_EIO, "cannot create %s: %s", lock, strerror(errno));
		goto cleanup;
	}
	if (flock(lock_fd, LOCK_EX | LOCK_NB) != 0) {
		rc = dd_error_set(DD_EIO, "another 'drydock db update' is running on %s (lock %s)", path, lock);
		goto cleanup;
	}
	if (opts.n_sources) {
		for (size_t i = 0; i < opts.n_sources && !rc; i++)
			rc = push(&urls, &n, opts.sources[i]);
	} else {
		rc = dd_db_sources(&urls, &n, path, opts.config_file, opts.mirror);
	}
	if (rc)
		goto cleanup;
	for (size_t i = 0; i < n; i++)
		if (strncasecmp(urls[i], "https://", 8)) {
			rc = dd_error_set(DD_EINVAL, "source %s: only https:// sources are allowed (use 'drydock db import' for local files)",
				urls[i]);
			goto cleanup;
		}
	if ((rc = dd_curl_global_setup()) != 0) {
		rc = dd_error_prefix(rc, "db update");
		goto cleanup;
	}
	if (!(st = calloc(n, sizeof(*st)))) {
		rc = dd_error_oom();
		goto cleanup;
	}
	/* the current DB, if usable, says what we already have */
	dd_vdb *old = NULL;
	if (access(path, F_OK) == 0) {
		int orc = dd_vdb_open(&old, path, DD_VDB_READ);
		if (orc == 0)
			have_old = true;
		else if (orc != DD_ENODB) {
			rc = orc;
			goto cleanup;
		}
		/* an unusable file (other schema, not a DB) is rebuilt from scratch */
	}
	for (size_t i = 0; i < n; i++) {
		st[i].url = urls[i];
		if (old)
			load_feed_state(old, &st[i]);
	}
	dd_vdb_close(old);
	for (size_t i = 0; i < n && !rc; i++) {
		rc = fetch(&st[i], path, &opts);
		res.sources++;
		if (!rc && st[i].tmp)
			res.downloaded++;
		else if (!rc)
			res.not_modified++;
	}
	if (rc)
		goto cleanup;
	if (!res.downloaded && have_old)
		goto cleanup; /* up to date: the DB stays as it is */
	if (!(tmp = dd_asprintf("%s.new-XXXXXX", path))) {
		rc = dd_error_oom();
		goto cleanup;
	}
	int fd = mkstemp(tmp);
	if (fd < 0) {
		rc = dd_error_set(DD_EIO, "cannot create a new DB file beside %s: %s", path, strerror(errno));
		free(tmp);
		tmp = NULL;
		goto cleanup;
	}
	fchmod(fd, 0644);
	close(fd);
	/* the import checks the token between advisory documents; the
	 * callback may stop it there, before anything replaces the old DB */
	dd_cancel cancel;
	import_poll_arg pa = { &opts, "import" };
	dd_cancel_init(&cancel, 0, import_poll, &pa, "db update");
	dd_cancel *prev = dd_cancel_bind(&cancel);
	rc = build(path, tmp, have_old, st, n, urls, &res.stats);
	if (!rc)
		rc = dd_cancel_check();
	dd_cancel_bind(prev);
	if (rc == DD_ECANCELED)
		rc = dd_error_set(rc, "db update canceled while importing; the DB at %s was not changed", path);
	if (rc)
		goto cleanup;
	if (fsync_path(tmp, false) != 0 || rename(tmp, path) != 0) {
		rc = dd_error_set(DD_EIO, "cannot move the new DB into place at %s: %s", path, strerror(errno));
		goto cleanup;
	}
	free(tmp);
	tmp = NULL;
	char *dir = strdup(path), *slash = dir ? strrchr(dir, '/') : NULL;
	if (slash) {
		*slash = '\0';
		fsync_path(*dir ? dir : "/", true);
	} else if (dir) {
		fsync_path(".", true);
	}
	free(dir);
	res.swapped = true;
cleanup:
	if (tmp) {
		unlink(tmp);
		free(tmp);
	}
	for (size_t i = 0; st && i < n; i++)
		if (st[i].tmp) {
			dd_update_remove(st[i].tmp);
			free(st[i].tmp);
		}
	free(st);
	dd_db_sources_free(urls, n);
	if (lock_fd >= 0)
		close(lock_fd);
	free(lock);
	free(path);
	if (result)
		*result = res;
	return rc;
}

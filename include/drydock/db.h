/*
 * The advisory DB: building it from advisory data (import, update) and
 * describing it (info). One SQLite file; where it lives by default is
 * dd_db_default_path() (drydock.h). See docs/vulndb.md.
 */
#ifndef DRYDOCK_DB_H
#define DRYDOCK_DB_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* What an import (or update) read and did. */
typedef struct dd_db_import_stats {
	size_t files;            /* advisory documents read (zip members included) */
	size_t ignored_files;    /* files met in folders/zips that are not advisory data */
	size_t added;            /* records new to the DB */
	size_t replaced;         /* records replaced by a same-or-newer `modified` */
	size_t kept_newer;       /* records skipped: the DB already holds a newer version */
	size_t withdrawn;        /* withdrawn records dropped */
	size_t not_security;     /* bug-fix / enhancement advisories (ALBA, ALEA...) skipped */
	size_t rejected;         /* records refused (over a bound, malformed fields) */
	size_t git_ranges;       /* GIT ranges skipped (commit ranges cannot match packages) */
	size_t kev;              /* CISA KEV catalog entries */
	char first_rejection[256]; /* why the first refused record was refused */
} dd_db_import_stats;

/*
 * Imports advisory data into the DB at db_path (created when absent): OSV
 * JSON files, folder trees of them, osv.dev-style zips (<ECOSYSTEM>/all.zip),
 * Alpine secdb JSON and the CISA KEV catalog. One transaction: on any error
 * nothing is imported. stats may be NULL.
 */
int dd_db_import(const char *db_path, const char *const *paths, size_t n_paths, dd_db_import_stats *stats);

/* dd_db_import with a progress callback that can stop it: called on the
 * calling thread between advisory documents (at most every 50 ms) with the
 * documents read so far; non-zero stops the import, which is rolled back
 * (DD_ECANCELED; the DB as it was, a DB the import created removed). */
typedef struct dd_db_import_options {
	unsigned version;
	int (*progress)(const char *phase, uint64_t done, uint64_t total, void *payload);
	void *progress_payload;
} dd_db_import_options;
#define DD_DB_IMPORT_OPTIONS_VERSION 1
#define DD_DB_IMPORT_OPTIONS_INIT { DD_DB_IMPORT_OPTIONS_VERSION, NULL, NULL }
int dd_db_import_with(const char *db_path, const char *const *paths, size_t n_paths, const dd_db_import_options *opts,
	dd_db_import_stats *stats);

typedef struct dd_db_update_options {
	unsigned version;
	const char *db_path;           /* NULL: dd_db_default_path() */
	const char *const *sources;    /* URLs to download; NULL: the configured ones */
	size_t n_sources;
	const char *ca_file;           /* extra CA bundle (PEM) for HTTPS */
	const char *config_file;       /* sources file; NULL: $XDG_CONFIG_HOME/drydock/db-sources */
	bool force;                    /* ignore ETag / Last-Modified: download everything */
	uint64_t max_download;         /* bytes per source; 0: 4 GiB */
	/* called while downloading (url, bytes) and while importing (url, 0, 0;
	 * at least every 50 ms), on the calling thread; non-zero stops the
	 * update: DD_ECANCELED, the old DB untouched, no temporary file left */
	int (*progress)(const char *url, uint64_t done, uint64_t total, void *payload);
	void *progress_payload;
	const char *mirror;            /* base URL serving the default sources as <ECOSYSTEM>/all.zip,
	                                  known_exploited_vulnerabilities.json, the NVD CVE API under
	                                  rest/json/cves/2.0 and cvelistV5/all_CVEs_at_midnight.zip.zip;
	                                  NULL: osv.dev, CISA, NVD and cvelistV5's GitHub releases */
	/* version 3 */
	const char *nvd_api_key;       /* NVD API key (header apiKey): 50 requests per 30 s instead of 5 */
} dd_db_update_options;
#define DD_DB_UPDATE_OPTIONS_VERSION 3
#define DD_DB_UPDATE_OPTIONS_INIT { DD_DB_UPDATE_OPTIONS_VERSION, NULL, NULL, 0, NULL, NULL, false, 0, NULL, NULL, NULL, NULL }

typedef struct dd_db_update_result {
	size_t sources;                /* sources checked */
	size_t downloaded;             /* sources that had new data */
	size_t not_modified;           /* sources that answered 304 / unchanged */
	bool swapped;                  /* a new DB file replaced the old one */
	dd_db_import_stats stats;      /* what the new data held */
} dd_db_update_result;

/*
 * Downloads the sources over HTTPS (conditional requests with the ETag and
 * Last-Modified stored from the last run), builds a new DB beside the old
 * one and renames it into place. On any failure (network, truncated or
 * corrupt download, full disk) the old DB stays untouched and in use, and
 * the message says which source failed and why. result may be NULL.
 */
int dd_db_update(const dd_db_update_options *opts, dd_db_update_result *result);

/* The sources db update uses when none are given: the config file's, else
 * the ones the DB recorded at its last update, else the built-in defaults
 * (osv.dev's per-ecosystem zip of every ecosystem the matcher reads, CISA
 * KEV, the NVD CVE API and cvelistV5's daily export), served from mirror
 * when it is not NULL. Caller frees with
 * dd_db_sources_free(). */
int dd_db_sources(char ***out, size_t *n, const char *db_path, const char *config_file, const char *mirror);
void dd_db_sources_free(char **v, size_t n);

typedef struct dd_db_count {
	char *ecosystem;               /* "" for records without packages (CVE-only severity records) */
	char *source;
	uint64_t records;
} dd_db_count;

typedef struct dd_db_feed {
	char *url;
	char *etag;
	char *last_modified;
	char *fetched_at;
	uint64_t bytes;
	uint64_t records;
} dd_db_feed;

typedef struct dd_db_summary {
	char *path;
	int schema_version;
	char *built_at;                /* ISO 8601 UTC, NULL if never finished */
	char *created_at;
	uint64_t file_size;
	uint64_t records;              /* vulnerability records */
	uint64_t affected;             /* (record, package) rows */
	uint64_t kev;                  /* KEV entries */
	dd_db_count *counts;           /* per (ecosystem, source) */
	size_t n_counts;
	dd_db_feed *feeds;
	size_t n_feeds;
} dd_db_summary;

/* Describes the DB at db_path (NULL: the default). DD_ENODB when missing. */
int dd_db_info(dd_db_summary **out, const char *db_path);
void dd_db_summary_free(dd_db_summary *s);

/* Seconds since the DB was built (*age), and its built_at string (may be NULL). */
int dd_db_age(const char *db_path, int64_t *age, char **built_at);

#ifdef __cplusplus
}
#endif
#endif

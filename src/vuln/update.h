/*
 * db update's pieces (internal): one HTTPS GET into a file (update_http.c),
 * shared by the plain downloads of update.c, the NVD CVE API pager
 * (update_nvd.c) and the GitHub release asset lookup (update_release.c).
 */
#ifndef DD_VULN_UPDATE_H
#define DD_VULN_UPDATE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "drydock/db.h"

/* What one GET answered. */
typedef struct dd_update_http {
	long status;
	char etag[256];
	char last_modified[64];
	unsigned retry_after;          /* seconds from Retry-After (capped), 0: none */
	uint64_t bytes;                /* body bytes written */
} dd_update_http;

/*
 * GETs url over HTTPS into fd (from its current offset), at most max body
 * bytes (a larger Content-Length or body is DD_ELIMIT), with the extra
 * request headers (NULL-terminated "Name: value" strings; NULL: none).
 * Transport failures, a cancel from opts->progress (DD_ECANCELED) and the
 * size cap are errors; any HTTP status is returned in out->status for the
 * caller to judge. `what` names the request in messages.
 */
int dd_update_get(const char *url, const char *what, int fd, uint64_t max, const char *const *headers,
	const dd_db_update_options *opts, dd_update_http *out);

/* A new temporary file beside the DB (<db>.<kind>-XXXXXX). */
int dd_update_tmpfile(const char *db_path, const char *kind, char **path, int *fd);

/* Removes a download: a file, or a folder of page files (one level). */
void dd_update_remove(const char *path);

/* Sleeps ms milliseconds in slices, asking opts->progress between them:
 * DD_ECANCELED when it says stop. */
int dd_update_sleep(unsigned ms, const char *what, const dd_db_update_options *opts);

/* The NVD CVE API 2.0 (update_nvd.c). */
#define DD_NVD_API_PATH "/rest/json/cves/2.0"
#define DD_NVD_WINDOW_DAYS 120          /* the API's longest lastModified window */
#define DD_NVD_PAGE_MAX ((uint64_t)64 << 20)   /* bytes of one answer page */
#define DD_NVD_RESULTS_MAX 2000         /* resultsPerPage the API allows */
#define DD_NVD_TOTAL_MAX 2000000        /* totalResults believed */

/* A URL whose path is the CVE API's (a source read page by page). */
bool dd_update_is_nvd(const char *url);

typedef struct dd_nvd_sync {
	char *dir;                     /* folder of page files, NULL: nothing changed */
	char synced[32];               /* when this sync started, the next one's lastModStartDate */
	bool incremental;              /* pages hold changes only: keep the feed's other records */
	uint64_t bytes;
	size_t pages;
} dd_nvd_sync;

/*
 * Pages through the API: everything (since NULL, or force), else what
 * changed since `since` (ISO 8601 UTC), in windows of at most 120 days.
 * Each page is checked (size, JSON, counts) as it arrives and kept in a
 * folder beside the DB for the import.
 */
int dd_update_nvd(const char *url, const char *since, const char *db_path, const dd_db_update_options *opts,
	dd_nvd_sync *out);

/* GitHub's release API (update_release.c). */
bool dd_update_is_release(const char *url);
/* Asks a GitHub release API URL (.../releases/latest) for the asset whose
 * name holds "_all_CVEs_at_midnight.zip" (cvelistV5's daily export) and
 * returns its download URL. */
int dd_update_release_asset(const char *api_url, const char *db_path, const dd_db_update_options *opts, char **asset);

#endif

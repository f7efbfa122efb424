/*
 * The NVD CVE API 2.0 as a db update source: paged with startIndex and
 * resultsPerPage, following totalResults; after a first full sync only what
 * changed since it (lastModStartDate / lastModEndDate, in windows of at most
 * the 120 days the API allows).
 *
 * The one idea: NVD is a shared public service that bans the impolite, and
 * each page is hostile input. So requests keep to the published rate (5 per
 * rolling 30 s, 50 with an API key), a 403/429/503 waits (Retry-After, else
 * a growing backoff) and is asked again a few times, and every page is
 * checked as it arrives: its size before reading it (DD_NVD_PAGE_MAX), then
 * that it is NVD_CVE JSON, answers the startIndex asked, holds at most the
 * results asked for, and moves the sync forward. Pages go to a folder
 * beside the DB; update.c imports them only once all have arrived, so an
 * interrupted sync leaves the DB as it was.
 */
#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "util/error.h"
#include "util/str.h"
#include "vuln/advisory.h"
#include "vuln/update.h"

#define RATE_WINDOW_MS 30000
#define RATE_ANON 5
#define RATE_KEYED 50
#define RETRIES 5
#define BACKOFF_FIRST_MS 6000u      /* NVD's advice: sleep 6 s between requests */
#define BACKOFF_CAP_MS 120000u
#define PAGES_MAX (DD_NVD_TOTAL_MAX / 100)   /* with pages of at least 100: no endless paging */
#define API_KEY_MAX 128

bool dd_update_is_nvd(const char *url)
{
	const char *q = strchr(url, '?');
	size_t n = q ? (size_t)(q - url) : strlen(url), k = strlen(DD_NVD_API_PATH);
	while (n && url[n - 1] == '/')
		n--;
	return !q && n > k && !strncmp(url + n - k, DD_NVD_API_PATH, k);
}

static int64_t now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* The last requests' start times: a new one waits until fewer than `limit`
 * fall in the rolling window. */
typedef struct pacer {
	int64_t at[RATE_KEYED];
	size_t n, limit;
} pacer;

static int pace(pacer *p, const char *what, const dd_db_update_options *opts)
{
	if (p->n == p->limit) {
		int64_t wait = p->at[0] + RATE_WINDOW_MS - now_ms();
		if (wait > 0) {
			int rc = dd_update_sleep((unsigned)wait, what, opts);
			if (rc)
				return rc;
		}
		memmove(p->at, p->at + 1, (p->n - 1) * sizeof(*p->at));
		p->n--;
	}
	p->at[p->n++] = now_ms();
	return 0;
}

static void iso(char *out, size_t cap, int64_t t, bool for_url)
{
	time_t tt = (time_t)t;
	struct tm tm;
	gmtime_r(&tt, &tm);
	/* the API's form, as its documentation writes it: an explicit +00:00,
	 * percent-encoded in a query */
	strftime(out, cap, for_url ? "%Y-%m-%dT%H:%M:%S.000%%2B00:00" : "%Y-%m-%dT%H:%M:%S.000Z", &tm);
}

typedef struct pager {
	const char *base;
	const char *dir;
	const dd_db_update_options *opts;
	const char *headers[2];
	char key_header[API_KEY_MAX + 16];
	pacer pace;
	size_t pages;
	uint64_t bytes;
	int64_t server_time;           /* the first answer's timestamp, 0 until known */
} pager;

/* One page into dir/page-NNNNNN.json, asked again after a 403/429/503. */
static int get_page(pager *pg, const char *url, char **file)
{
	char *path = dd_asprintf("%s/page-%06zu.json", pg->dir, pg->pages);
	char what[300];
	int rc = 0;
	*file = NULL;
	if (!path)
		return dd_error_oom();
	snprintf(what, sizeof(what), "NVD CVE API %.200s (page %zu)", pg->base, pg->pages + 1);
	for (unsigned attempt = 0;; attempt++) {
		dd_update_http h;
		FILE *fp = NULL;
		if ((rc = pace(&pg->pace, what, pg->opts)) != 0)
			break;
		if (!(fp = fopen(path, "w"))) {
			rc = dd_error_set(DD_EIO, "cannot write %s: %s", path, strerror(errno));
			break;
		}
		rc = dd_update_get(url, what, fileno(fp), DD_NVD_PAGE_MAX, pg->headers, pg->opts, &h);
		fclose(fp);
		if (rc)
			break;
		if (h.status == 200) {
			pg->bytes += h.bytes;
			break;
		}
		if ((h.status != 403 && h.status != 429 && h.status != 503) || attempt + 1 >= RETRIES) {
			rc = dd_error_set(h.status == 404 ? DD_ENOTFOUND : DD_ENET, "%s: HTTP %ld%s", what, h.status,
				h.status == 403 || h.status == 429 || h.status == 503
					? " after retries (rate limited: wait, or pass an API key with --nvd-api-key)"
				: h.status == 404 ? " (is this an NVD CVE API 2.0 endpoint?)" : "");
			break;
		}
		unsigned ms = h.retry_after ? h.retry_after * 1000u : BACKOFF_FIRST_MS << attempt;
		if ((rc = dd_update_sleep(ms < BACKOFF_CAP_MS ? ms : BACKOFF_CAP_MS, what, pg->opts)) != 0)
			break;
	}
	if (rc) {
		unlink(path);
		free(path);
		return rc;
	}
	*file = path;
	return 0;
}

static int json_count(const json_t *doc, const char *key, json_int_t lo, json_int_t hi, json_int_t *out)
{
	const json_t *v = json_object_get(doc, key);
	if (!json_is_integer(v) || json_integer_value(v) < lo || json_integer_value(v) > hi)
		return -1;
	*out = json_integer_value(v);
	return 0;
}

/* Checks one page and says how many results it holds and how many there are. */
static int check_page(pager *pg, const char *file, json_int_t start, json_int_t *count, json_int_t *total)
{
	json_error_t err;
	json_t *doc = json_load_file(file, JSON_ALLOW_NUL, &err);
	json_int_t got_start = -1, per_page = -1;
	char what[300];
	int rc = 0;
	snprintf(what, sizeof(what), "NVD CVE API %.200s (page %zu)", pg->base, pg->pages + 1);
	if (!doc)
		return dd_error_set(DD_EFORMAT, "%s: not valid JSON (line %d: %s)", what, err.line, err.text);
	const char *fmt = json_string_value(json_object_get(doc, "format"));
	const json_t *list = json_object_get(doc, "vulnerabilities");
	if (!fmt || strcmp(fmt, "NVD_CVE") || !json_is_array(list)) {
		rc = dd_error_set(DD_EFORMAT, "%s: not an NVD CVE API answer (format NVD_CVE with a vulnerabilities list)", what);
	} else if (json_count(doc, "totalResults", 0, DD_NVD_TOTAL_MAX, total) ||
		   json_count(doc, "startIndex", 0, DD_NVD_TOTAL_MAX, &got_start) ||
		   json_count(doc, "resultsPerPage", 0, DD_NVD_RESULTS_MAX, &per_page)) {
		rc = dd_error_set(DD_EFORMAT, "%s: totalResults, startIndex or resultsPerPage missing or out of range "
			"(at most %d results, %d per page)", what, DD_NVD_TOTAL_MAX, DD_NVD_RESULTS_MAX);
	} else if (got_start != start) {
		rc = dd_error_set(DD_EFORMAT, "%s: answers startIndex %lld, asked %lld", what, (long long)got_start,
			(long long)start);
	} else if ((*count = (json_int_t)json_array_size(list)) > DD_NVD_RESULTS_MAX) {
		rc = dd_error_set(DD_ELIMIT, "%s: %lld results on one page, more than the %d asked for", what,
			(long long)*count, DD_NVD_RESULTS_MAX);
	} else if (!*count && start < *total) {
		rc = dd_error_set(DD_EFORMAT, "%s: an empty page at %lld of %lld results; the sync would not end", what,
			(long long)start, (long long)*total);
	}
	if (!rc && !pg->server_time) {
		int64_t t = dd_adv_parse_time(json_string_value(json_object_get(doc, "timestamp")));
		pg->server_time = t > 0 ? t : 0;
	}
	json_decref(doc);
	return rc;
}

/* Every page of one query (all CVEs, or one lastModified window). */
static int sync_window(pager *pg, const char *dates)
{
	json_int_t start = 0, total = 0;
	do {
		json_int_t count = 0;
		char *file = NULL;
		char *url = dd_asprintf("%s?resultsPerPage=%d&startIndex=%lld%s", pg->base, DD_NVD_RESULTS_MAX,
			(long long)start, dates);
		if (!url)
			return dd_error_oom();
		if (pg->pages >= PAGES_MAX) {
			free(url);
			return dd_error_set(DD_ELIMIT, "NVD CVE API %s: more than %d pages", pg->base, PAGES_MAX);
		}
		int rc = get_page(pg, url, &file);
		free(url);
		if (!rc)
			rc = check_page(pg, file, start, &count, &total);
		if (rc) {
			if (file)
				unlink(file);
			free(file);
			return rc;
		}
		if (count)
			pg->pages++;
		else
			unlink(file);   /* nothing changed in this window */
		free(file);
		start += count;
	} while (start < total);
	return 0;
}

int dd_update_nvd(const char *url, const char *since, const char *db_path, const dd_db_update_options *opts,
	dd_nvd_sync *out)
{
	pager pg = { .base = url, .opts = opts };
	char *dir = dd_asprintf("%s.nvd-XXXXXX", db_path);
	int64_t began = (int64_t)time(NULL), from = since ? dd_adv_parse_time(since) : -1;
	int rc = 0;
	memset(out, 0, sizeof(*out));
	if (!dir)
		return dd_error_oom();
	if (!mkdtemp(dir)) {
		rc = dd_error_set(DD_EIO, "cannot create a download folder beside %s: %s", db_path, strerror(errno));
		free(dir);
		return rc;
	}
	pg.dir = dir;
	pg.pace.limit = RATE_ANON;
	if (opts->nvd_api_key && *opts->nvd_api_key) {
		const char *k = opts->nvd_api_key;
		for (const char *p = k; *p; p++)
			if ((unsigned char)*p <= 0x20 || *p == 0x7f) {
				rc = dd_error_set(DD_EINVAL, "the NVD API key holds a space or control character; "
					"it is a UUID such as 00000000-0000-0000-0000-000000000000");
				goto cleanup;
			}
		if (strlen(k) > API_KEY_MAX) {
			rc = dd_error_set(DD_EINVAL, "the NVD API key is longer than %d characters", API_KEY_MAX);
			goto cleanup;
		}
		snprintf(pg.key_header, sizeof(pg.key_header), "apiKey: %s", k);
		pg.headers[0] = pg.key_header;
		pg.pace.limit = RATE_KEYED;
	}
	if (from <= 0 || from > began) {
		/* first sync (or a sync time we cannot use): everything */
		rc = sync_window(&pg, "");
	} else {
		out->incremental = true;
		/* at least one window, even one within the same second as the last
		 * sync: "nothing changed" is the server's to say */
		int64_t a = from;
		do {
			int64_t b = a + (int64_t)DD_NVD_WINDOW_DAYS * 86400;
			char s[48], e[48], dates[160];
			if (b > began)
				b = began;
			iso(s, sizeof(s), a, true);
			iso(e, sizeof(e), b, true);
			snprintf(dates, sizeof(dates), "&lastModStartDate=%s&lastModEndDate=%s", s, e);
			rc = sync_window(&pg, dates);
			a = b;
		} while (!rc && a < began);
	}
	if (!rc && !out->incremental && !pg.pages)
		rc = dd_error_set(DD_EFORMAT, "NVD CVE API %s: a full sync answered no CVEs at all (a broken mirror?); "
			"keeping the current DB", url);
	if (rc)
		goto cleanup;
	/* the next sync starts where the server's clock said this one did
	 * (ours may be off), never later than ours */
	iso(out->synced, sizeof(out->synced), pg.server_time && pg.server_time < began ? pg.server_time : began, false);
	out->bytes = pg.bytes;
	out->pages = pg.pages;
	if (pg.pages) {
		out->dir = dir;
		dir = NULL;
	}
cleanup:
	if (dir) {
		dd_update_remove(dir);
		free(dir);
	}
	return rc;
}

/*
 * drydock public API. The command line (src/cli) and the service use only
 * what this header and the ones it includes declare.
 *
 * Conventions (libgit2's): functions return 0 or a negative dd_error_code and
 * leave a one-line message in dd_error_last(); a `T **out` first argument is
 * owned by the caller, who frees it with the matching *_free().
 */
#ifndef DRYDOCK_H
#define DRYDOCK_H

#include <stdio.h>

#include "drydock/common.h"
#include "drydock/db.h"
#include "drydock/errors.h"
#include "drydock/report.h"

#ifdef __cplusplus
extern "C" {
#endif

const char *dd_version_string(void);

/* Scanner groups (--scanners). */
enum {
	DD_SCANNER_VULN = 1u << 0,      /* OS and application packages + vulnerability matching */
	DD_SCANNER_SECRET = 1u << 1,
	DD_SCANNER_BASELINE = 1u << 2,
	DD_SCANNER_MALWARE = 1u << 3,
	DD_SCANNER_HISTORY = 1u << 4,
	DD_SCANNER_ALL = 0x1f
};
/* Parses "vuln,secret" into bits; returns -1 on an unknown name. */
int dd_scanners_parse(const char *list, unsigned *out);

typedef enum dd_format {
	DD_FORMAT_TABLE = 0,
	DD_FORMAT_JSON,
	DD_FORMAT_SARIF,
	DD_FORMAT_CYCLONEDX,
	DD_FORMAT_SPDX_JSON,
	DD_FORMAT_HTML
} dd_format;
int dd_format_parse(const char *s, dd_format *out);

/* How to reach an image. */
typedef struct dd_image_options {
	unsigned version;
	const char *platform;       /* "linux/amd64" (default) */
	const char *username;       /* registry credentials; NULL: authfile or anonymous */
	const char *password;
	const char *authfile;       /* Docker config.json; NULL: $DOCKER_CONFIG or ~/.docker */
	bool plain_http;            /* allow http:// registries */
	bool tls_verify;            /* default true */
	const char *ca_file;        /* extra CA bundle for registry TLS */
	int max_retries;            /* per request, on 429/5xx/timeouts (default 4) */
} dd_image_options;
#define DD_IMAGE_OPTIONS_VERSION 1
#define DD_IMAGE_OPTIONS_INIT { DD_IMAGE_OPTIONS_VERSION, NULL, NULL, NULL, NULL, false, true, NULL, 4 }

/* Package kinds (Trivy's --pkg-types): distro packages, and the
 * applications' libraries (jars, npm, Python, Go, Rust, Ruby, PHP, .NET). */
#define DD_PKG_OS 1u
#define DD_PKG_LIBRARY 2u

/*
 * Progress and cancellation (curl's XFERINFO convention): return 0 to go on,
 * non-zero to stop the scan, which then returns DD_ECANCELED within 200 ms.
 * Phases: "opening" (manifest, config), "layers" (done/total layers),
 * "bytes" (done: uncompressed bytes read so far), "matching", "checks".
 * It is called only on the thread that called dd_scan()/dd_engine_scan(),
 * never with a drydock lock held, and at least every 50 ms while the scan
 * runs (also when nothing moved), so that a flag set elsewhere (a signal
 * handler) is seen in time.
 */
typedef int (*dd_progress_cb)(const char *phase, uint64_t done, uint64_t total, void *payload);

typedef struct dd_scan_options {
	unsigned version;
	dd_image_options image;
	unsigned scanners;          /* DD_SCANNER_* bits; 0 means the default (all) */
	const char *db_path;        /* advisory DB; NULL: $DRYDOCK_DB or the cache default */
	const char *cache_dir;      /* per-layer result cache; NULL: no cache */
	const char *rules_dir;      /* extra YARA rules */
	const char *clamav_db;      /* ClamAV signature folder (optional) */
	const char *ignore_file;    /* whitelist YAML */
	const char *vex_file;       /* OpenVEX or CycloneDX VEX */
	unsigned severities;        /* bit (1 << dd_severity) per severity to report; 0 = all */
	int threads;                /* layers read in parallel; 0 = number of CPUs */
	bool inventory_only;        /* sbom: packages only, no findings, no DB needed */
	dd_progress_cb progress;
	void *progress_payload;
	const char *secret_config;  /* extra secret rules (YAML, docs/secrets.md); NULL: built-in only */
	bool ignore_unfixed;        /* drop vulnerabilities without a fixed version */
	/* paths not scanned at all, as globs on the image-relative path
	 * ('*', '**', '?'; a leading '/' is ignored); NULL-terminated or NULL */
	const char *const *skip_dirs;   /* a directory and everything under it */
	const char *const *skip_files;  /* files (and symlinks) */
	unsigned pkg_types;         /* DD_PKG_OS | DD_PKG_LIBRARY: packages listed and matched; 0 = both */
	/* deadline: the scan returns DD_ETIMEOUT at most ~200 ms after this many
	 * milliseconds from its start, whatever it is doing; 0 = none */
	int64_t timeout_ms;
} dd_scan_options;
#define DD_SCAN_OPTIONS_VERSION 1
#define DD_SCAN_OPTIONS_INIT { DD_SCAN_OPTIONS_VERSION, DD_IMAGE_OPTIONS_INIT, 0, NULL, NULL, NULL, NULL, NULL, NULL, 0, 0, false, NULL, NULL, NULL, false, NULL, NULL, 0, 0 }

/*
 * Scans the image REF (see docs/CLI.md for reference forms). On success *out
 * holds the report, which may be incomplete (report->complete false) when a
 * part of the image could not be read; an incomplete report is never clean.
 * A one-shot engine (engine.h): rules compiled and the DB opened for this
 * scan only. A scan stopped by its progress callback returns DD_ECANCELED,
 * one past its deadline DD_ETIMEOUT; either frees everything and leaves
 * the layer cache without partial entries.
 */
int dd_scan(dd_report **out, const char *ref, const dd_scan_options *opts);

#include "drydock/engine.h"

/* Writes the report in a format. `color` applies to the table only. */
int dd_report_write(const dd_report *r, dd_format fmt, FILE *fp, bool color);

/*
 * Reads a drydock JSON report (schema drydock.report/v1, `--format json`)
 * into *out (free with dd_report_free). The summary is recomputed.
 */
int dd_report_read_json(dd_report **out, const char *path);

/*
 * Applies a whitelist (YAML, may be NULL) and a VEX file (OpenVEX or
 * CycloneDX, may be NULL) to a report, then keeps only what `filter` (NULL:
 * everything) keeps and recomputes the summaries. DD_EFORMAT names the file
 * and line of a malformed input.
 */
int dd_report_apply_policy(dd_report *r, const char *ignore_file, const char *vex_file, const dd_finding_filter *filter);

/* Highest severity among unsuppressed findings; -1 when there are none. */
int dd_report_max_severity(const dd_report *r);

/* Default DB path: $DRYDOCK_DB, else $XDG_CACHE_HOME/drydock/drydock.db, else
 * ~/.cache/drydock/drydock.db. Returns a malloc'ed string. */
char *dd_db_default_path(void);

/*
 * Compares two versions in an OSV ecosystem's own order ("Debian", "Alpine",
 * "npm", "Go", ...). *out is -1, 0 or 1. DD_EINVAL for an invalid version or an
 * unknown ecosystem.
 */
int dd_vercmp(const char *ecosystem, const char *a, const char *b, int *out);
/* 1 when v is a valid version of the ecosystem's strict grammar, 0 when not,
 * DD_EINVAL for an unknown ecosystem. (dd_vercmp may order versions the
 * strict grammar rejects, as the ecosystem's own tools do.) */
int dd_version_valid(const char *ecosystem, const char *v);

#ifdef __cplusplus
}
#endif
#endif

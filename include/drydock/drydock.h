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

/* The gzip decoder: ISA-L by default, zlib to compare (tests, benchmarks). */
typedef enum dd_inflate {
	DD_INFLATE_DEFAULT = 0,
	DD_INFLATE_ZLIB
} dd_inflate;

/* Reading a layer ahead of its inflate on a helper thread. */
typedef enum dd_readahead {
	DD_READAHEAD_AUTO = 0,      /* for the last layers, when cores would idle */
	DD_READAHEAD_ON,
	DD_READAHEAD_OFF
} dd_readahead;

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
	/* Knobs the library once read from the environment; 0 means the
	 * default. The CLI fills them from DRYDOCK_* variables (docs/CLI.md). */
	int http_timeout;           /* seconds: connect limit and longest silence of a transfer (default 15 and 30) */
	int retry_base_ms;          /* first retry backoff step (default 500) */
	int credential_helper_timeout; /* seconds a docker-credential-* helper may take (default 30) */
	dd_inflate inflate;         /* gzip decoder for layers and archives */
	/* a registry bearer token sent as given on every request (a Harbor
	 * ScanRequest's "Bearer" authorization: Harbor minted it for this
	 * pull); no token service is asked, and username/password/authfile
	 * are not read. NULL: none */
	const char *registry_token;
} dd_image_options;
#define DD_IMAGE_OPTIONS_VERSION 1
#define DD_IMAGE_OPTIONS_INIT { DD_IMAGE_OPTIONS_VERSION, NULL, NULL, NULL, NULL, false, true, NULL, 4, 0, 0, 0, DD_INFLATE_DEFAULT, NULL }

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
	/* Knobs the library once read from the environment; 0 means the default. */
	dd_readahead readahead;
	bool jar_stream;            /* read every jar through its local headers (tests compare both paths) */
	unsigned password_budget_ms;/* wall clock for the weak-password check per scan (default 3000) */
	/* deadline: the scan returns DD_ETIMEOUT at most ~200 ms after this many
	 * milliseconds from its start, whatever it is doing; 0 = none */
	int64_t timeout_ms;
} dd_scan_options;
#define DD_SCAN_OPTIONS_VERSION 1
#define DD_SCAN_OPTIONS_INIT { DD_SCAN_OPTIONS_VERSION, DD_IMAGE_OPTIONS_INIT, 0, NULL, NULL, NULL, NULL, NULL, NULL, 0, 0, false, NULL, NULL, NULL, false, NULL, NULL, 0, DD_READAHEAD_AUTO, false, 0, 0 }

/*
 * Scans the image REF (see docs/CLI.md for reference forms). On success *out
 * holds the report, which may be incomplete (report->complete false) when a
 * part of the image could not be read; an incomplete report is never clean.
 * DD_EINVAL when opts (or opts->image) has a version this library does not
 * know. A one-shot engine (engine.h): rules compiled and the DB opened for this
 * scan only. A scan stopped by its progress callback returns DD_ECANCELED,
 * one past its deadline DD_ETIMEOUT; either frees everything and leaves
 * the layer cache without partial entries.
 */
int dd_scan(dd_report **out, const char *ref, const dd_scan_options *opts);

#include "drydock/engine.h"

/*
 * A plain path typed as an image reference ("./app.tar", "/srv/layout",
 * "rootfs"): *out is the reference with the transport read off the disk
 * (docker-archive:, oci-archive:, oci:, dir: or sbom:), malloc'ed; NULL when
 * ref already names a transport or is a registry reference. A name starting
 * with '/', './' or '../' must exist (DD_ENOTFOUND); a bare name is a path
 * only when it exists, and then *ambiguous is true (it could also have meant
 * a registry image: the caller says which was chosen).
 */
int dd_ref_from_path(char **out, const char *ref, bool *ambiguous);


/* How a report is written. */
typedef struct dd_write_options {
	unsigned version;
	bool color;                 /* ANSI colors (table only) */
	int width;                  /* table width in columns; 0: the terminal's when fp is one, else unbounded */
} dd_write_options;
#define DD_WRITE_OPTIONS_VERSION 1
#define DD_WRITE_OPTIONS_INIT { DD_WRITE_OPTIONS_VERSION, false, 0 }

/* Writes the report in a format. opts NULL: the defaults. DD_EINVAL for an
 * unknown opts->version. */
int dd_report_write_ext(const dd_report *r, dd_format fmt, FILE *fp, const dd_write_options *opts);
/* The same with only `color` (table only) set. */
int dd_report_write(const dd_report *r, dd_format fmt, FILE *fp, bool color);

#include "drydock/fix.h"

/*
 * Reads a drydock JSON report (schema drydock.report/v1, `--format json`)
 * into *out (free with dd_report_free). The summary is recomputed.
 */
int dd_report_read_json(dd_report **out, const char *path);

/* The same from a JSON text in memory; name (e.g. "stored scan 12") is
 * what messages call it. */
int dd_report_read_json_buffer(dd_report **out, const char *text, size_t len, const char *name);

/*
 * What a stored scan result depends on besides the image: this drydock's
 * version, the scanner set, every analyzer's and check's version and the
 * built-in rules (not the advisory DB: a newer DB means a rematch, not a
 * rescan). out receives 64 hex digits. The service keys stored scans by
 * digest + this.
 */
void dd_scan_fingerprint(unsigned scanners, char out[65]);

/* Frees a dd_strv's strings and array and empties it. */
void dd_strv_free(dd_strv *v);

/* Unix seconds of an RFC 3339 time ("2026-12-07T14:11:35.848Z", offsets
 * allowed; a date alone is its midnight UTC); -1 when malformed. The one
 * reader of times in requests and webhook bodies. */
int64_t dd_time_parse(const char *s);

/*
 * Applies a whitelist (YAML, may be NULL) and a VEX file (OpenVEX or
 * CycloneDX, may be NULL) to a report, then keeps only what `filter` (NULL:
 * everything) keeps and recomputes the summaries. DD_EFORMAT names the file
 * and line of a malformed input.
 */
int dd_report_apply_policy(dd_report *r, const char *ignore_file, const char *vex_file, const dd_finding_filter *filter);

/* One whitelist rule kept outside a file (the service's /whitelists). */
typedef struct dd_whitelist_rule {
	const char *cls;                  /* "vuln" (OS and application vulnerabilities, by id or alias), or
	                                   * "secret", "malware", "baseline", "build" (by rule id) */
	const char *id;                   /* required */
	const char *const *repositories;  /* globs on the report's repository ('*', '**', '?') */
	size_t n_repositories;            /* 0: every repository */
	int64_t expires;                  /* unix seconds from which the rule no longer applies; 0: never */
	const char *note;                 /* shown as the reason of what it suppresses (may be NULL) */
	const char *name;                 /* names the rule in suppressed_by and expired_ignores ("whitelist 7") */
} dd_whitelist_rule;

/*
 * Applies whitelist rules to a report as at `now` (unix seconds): matching
 * findings are marked suppressed (they stay in the report), expired rules
 * are listed in r->expired_ignores and apply to nothing; then keeps what
 * `filter` (NULL: everything) keeps and recomputes the summaries. The same
 * matching as --ignore-file's entries. DD_EINVAL for a rule without class
 * or id, or of an unknown class.
 */
int dd_report_apply_whitelist(dd_report *r, const dd_whitelist_rule *rules, size_t n, int64_t now,
	const dd_finding_filter *filter);

/*
 * Matches a stored report's packages (a dd_scan result, or one read back with
 * dd_report_read_json) against the advisory DB at db_path (NULL: the
 * default) without reading the image: *out (free with dd_report_free) holds
 * the vulnerability findings against that DB, its built_at and sources, and
 * everything else of the stored report unchanged (packages, OS, layers,
 * secret, baseline, malware and build findings, the notes of reading the
 * image). The old match's notes are dropped and the new match's added; the
 * result is incomplete when the stored report was for any reason but the
 * old DB's gaps, or when the new DB lacks data for its packages. The new
 * findings carry no whitelist or VEX decision and every severity: apply
 * them with dd_report_apply_policy. DD_ENODB when the DB cannot be opened,
 * DD_EINVAL for a report without a package inventory (scanned without the
 * vuln scanner). The same findings as a rescan of the image with that DB.
 */
int dd_report_rematch(dd_report **out, const dd_report *stored, const char *db_path);

/* Highest severity among unsuppressed findings; -1 when there are none. */
int dd_report_max_severity(const dd_report *r);

/* What the CI gate (--fail-on) saw. */
typedef struct dd_gate_result {
	size_t tripped;       /* unsuppressed findings at or above the threshold */
	size_t unrated;       /* unsuppressed findings of unknown severity the threshold cannot judge */
} dd_gate_result;

/*
 * Applies the gate `fail_on` (a dd_severity, or -1: never fails) to a report.
 * Unrated findings are not "below the threshold", they are unjudged: when a
 * threshold above unknown leaves some out, a note says how many (it is in
 * every format), so call this before writing the report.
 */
void dd_report_gate(dd_report *r, int fail_on, dd_gate_result *out);

/*
 * The only functions of the library that read the environment: the default
 * locations that every caller of a convention (XDG, Docker) expects. A
 * process that wants none of it passes explicit paths in the options.
 * The strings are malloc'ed (NULL: out of memory).
 */
/* Default DB path: $DRYDOCK_DB, else $XDG_CACHE_HOME/drydock/drydock.db, else
 * ~/.cache/drydock/drydock.db. */
char *dd_db_default_path(void);
/* db update's sources file: $XDG_CONFIG_HOME/drydock/db-sources, else
 * ~/.config/drydock/db-sources. */
char *dd_db_sources_default_path(void);
/* Docker's credentials file into *out: $DOCKER_CONFIG/config.json, else
 * ~/.docker/config.json; *out NULL when neither variable is set. Read when
 * dd_image_options.authfile is NULL (a missing file is no error). */
int dd_docker_config_default_path(char **out);

/*
 * libcurl and libclamav are loaded at their first use, once per process (a
 * shared library cannot be loaded per scan). `which` is "libcurl" or
 * "libclamav"; `file` replaces the soname given to dlopen() (NULL: the
 * soname). DD_EINVAL for another name, a path over 4095 bytes, or once the
 * library was loaded (the call would have no effect).
 */
int dd_optional_library_set(const char *which, const char *file);

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

/*
 * The report model: what a scan found, in a form every writer (table, JSON,
 * SARIF, CycloneDX, SPDX, HTML) and the service read. A report is owned by
 * whoever received it from dd_scan() and freed with dd_report_free().
 *
 * All paths are relative to the image root without a leading '/'. A path
 * inside an archive is a chain: "opt/app.war!/WEB-INF/lib/x.jar".
 */
#ifndef DRYDOCK_REPORT_H
#define DRYDOCK_REPORT_H

#include <stdio.h>

#include "drydock/common.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum dd_severity {
	DD_SEV_UNKNOWN = 0,
	DD_SEV_LOW,
	DD_SEV_MEDIUM,
	DD_SEV_HIGH,
	DD_SEV_CRITICAL
} dd_severity;
#define DD_SEV_COUNT 5

typedef enum dd_finding_class {
	DD_CLASS_OS_VULN = 0,
	DD_CLASS_APP_VULN,
	DD_CLASS_SECRET,
	DD_CLASS_BASELINE,
	DD_CLASS_MALWARE,
	DD_CLASS_BUILD
} dd_finding_class;
#define DD_CLASS_COUNT 6

typedef enum dd_vuln_status {
	DD_STATUS_NONE = 0,       /* not a vulnerability finding */
	DD_STATUS_FIXED,          /* a fixed version exists */
	DD_STATUS_AFFECTED,       /* no fix yet */
	DD_STATUS_WILL_NOT_FIX,   /* vendor declined (no-dsa, ignored, postponed) */
	DD_STATUS_END_OF_LIFE
} dd_vuln_status;

/* Which findings a report keeps (dd_report_apply_policy). */
typedef struct dd_finding_filter {
	unsigned severities;   /* bit (1 << dd_severity) per severity kept; 0 = all */
	bool ignore_unfixed;   /* drop vulnerabilities that have no fixed version */
} dd_finding_filter;

/* "critical", "high", ... and back (-1 when unknown text). */
const char *dd_severity_name(dd_severity s);
int dd_severity_parse(const char *s);
/* "os-vuln", "app-vuln", "secret", "baseline", "malware", "build". */
const char *dd_class_name(dd_finding_class c);
int dd_class_parse(const char *s);
/* "fixed", "affected", "will_not_fix", "end_of_life" ("" for NONE). */
const char *dd_status_name(dd_vuln_status s);

typedef struct dd_package {
	char *type;            /* purl type: deb apk rpm maven npm pypi golang cargo gem composer nuget */
	char *name;
	char *version;         /* full version as the ecosystem writes it (rpm: [E:]V-R) */
	char *source_name;     /* distro source package (dpkg Source:, apk origin, rpm SRPM name) */
	char *source_version;
	char *arch;
	char *purl;
	char *path;            /* file the package was read from (DB file, jar chain, lock file) */
	char *layer;           /* digest of the layer that holds path (NULL for dir:) */
	char *licenses;        /* SPDX-ish expression when known */
	bool dev;              /* development-only dependency (lock files) */
} dd_package;

typedef struct dd_finding {
	dd_finding_class cls;
	char *id;                  /* CVE id, rule id */
	dd_severity severity;
	char *severity_source;     /* where the severity came from: "cvss:3.1", "ghsa", "debian", "rule" */
	double cvss_score;         /* 0 when none */
	char *cvss_vector;
	char *title;
	char *description;
	char *remediation;
	dd_strv aliases;
	dd_strv references;

	/* vulnerabilities (os-vuln, app-vuln) */
	char *pkg_type, *pkg_name, *pkg_version, *pkg_path, *pkg_purl;
	char *fixed_version;
	dd_vuln_status status;
	bool kev;

	/* file findings (secret, malware, baseline on files) */
	char *path;
	unsigned line;             /* 1-based; 0 when not line-oriented */
	char *match;               /* redacted excerpt; never the full secret */
	char *layer;               /* layer digest */
	bool removed_in_final;     /* a later layer deleted the file */

	/* build findings */
	int history_index;         /* index into the config history; -1 when none */

	/* whitelist / VEX */
	bool suppressed;
	char *suppressed_by;       /* reason text or VEX statement */

	/* VEX statement about this finding (also when it does not suppress) */
	char *vex_status;          /* not_affected, fixed, affected, under_investigation, false_positive */
	char *vex_justification;   /* as the statement gives it (OpenVEX or CycloneDX word) */
} dd_finding;

typedef struct dd_layer_info {
	char *digest;              /* compressed blob digest */
	char *diff_id;             /* uncompressed digest (config rootfs.diff_ids) */
	char *media_type;
	uint64_t size;
	bool from_cache;           /* results came from the layer cache */
	unsigned rereads;          /* second reads for links (symlinked parents, claimed links' targets) */
} dd_layer_info;

typedef struct dd_history_entry {
	char *created_by;
	char *created;
	bool empty_layer;
} dd_history_entry;

typedef struct dd_report {
	char *ref;                 /* as the user wrote it (normalized) */
	char *repository;          /* "library/alpine" for registry refs; used by whitelists */
	char *digest;              /* manifest digest */
	char *config_digest;
	char *os_family;           /* "alpine", "debian", "ubuntu", "rhel", "almalinux"... */
	char *os_version;
	char *os_name;             /* pretty name */
	char *architecture;
	char *created;             /* image creation time */
	dd_layer_info *layers;
	size_t n_layers;
	dd_history_entry *history;
	size_t n_history;

	dd_package *packages;
	size_t n_packages;
	dd_finding *findings;
	size_t n_findings;

	bool complete;             /* false: something could not be read; never "clean" */
	dd_strv notes;             /* one line per problem or caveat (why incomplete, unknown OS...) */
	char *db_built_at;
	dd_strv db_sources;
	char *scanned_at;
	unsigned scanners;         /* DD_SCANNER_* bits that ran */

	size_t summary[DD_SEV_COUNT];              /* unsuppressed findings per severity */
	size_t class_summary[DD_CLASS_COUNT];      /* unsuppressed findings per class */
	size_t suppressed;                         /* findings hidden by whitelist / VEX */
	dd_strv expired_ignores;                   /* whitelist entries past their expiry */

	/* something other than the vulnerability match's gaps (a release or
	 * ecosystem the DB lacks) made the report incomplete: what a rematch
	 * against another DB cannot repair (JSON "inventory_complete") */
	bool inventory_incomplete;
	size_t hidden_by_severity;                 /* findings --severity left out of this report */
	size_t hidden_unfixed;                     /* findings --ignore-unfixed left out */
} dd_report;

void dd_report_free(dd_report *r);

#ifdef __cplusplus
}
#endif
#endif

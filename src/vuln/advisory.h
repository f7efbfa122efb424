/*
 * The advisory record every importer produces and the DB stores: one
 * vulnerability as one source describes it, with the packages it affects.
 *
 * The one idea: ranges are kept in a tiny line format ("range blob") that the
 * matcher reads without a JSON parser. Each line is one tag character and a
 * value: 'E'/'S' start an ECOSYSTEM/SEMVER range, 'i' introduced, 'f' fixed,
 * 'l' last_affected, 'L' limit, 'v' one explicitly listed version. Values
 * never hold control characters (importers refuse such versions).
 */
#ifndef DD_VULN_ADVISORY_H
#define DD_VULN_ADVISORY_H

#include <stdbool.h>
#include <stdint.h>

#include "drydock/common.h"
#include "util/buf.h"

/* Bounds on what one record may hold: advisory files are hostile too. */
#define DD_ADV_ID_MAX 128            /* id, alias */
#define DD_ADV_NAME_MAX 512          /* package name */
#define DD_ADV_ECO_MAX 64            /* ecosystem */
#define DD_ADV_VERSION_MAX 256       /* one version in a range or list */
#define DD_ADV_TITLE_MAX 240         /* bytes of title kept */
#define DD_ADV_DETAILS_MAX 4096      /* bytes of details kept */
#define DD_ADV_REF_MAX 1024          /* one reference URL */
#define DD_ADV_REFS_MAX 32           /* references kept */
#define DD_ADV_IDS_MAX 256           /* aliases + upstream + related */
#define DD_ADV_AFFECTED_MAX 20000    /* affected packages per record */
#define DD_ADV_RANGES_BLOB_MAX (1u << 20) /* encoded ranges of one affected package */
#define DD_ADV_VECTOR_MAX 200        /* CVSS vector */

/* Vendor status of one affected package (stored as an integer). */
typedef enum dd_adv_status {
	DD_ADV_UNSPECIFIED = 0,   /* decided by the ranges alone */
	DD_ADV_OPEN = 1,          /* vendor says affected, no fix yet */
	DD_ADV_WILL_NOT_FIX = 2,  /* no-dsa, ignored, postponed, "Will not fix" */
	DD_ADV_END_OF_LIFE = 3,
	DD_ADV_NOT_AFFECTED = 4   /* vendor says this package never was affected */
} dd_adv_status;

/* Record flags. */
enum {
	/* A distro advisory (ALSA, RLSA...) that fixes several CVEs listed in
	 * `related`: matched, it yields one finding per CVE. */
	DD_ADV_FANOUT = 1u << 0,
};

typedef struct dd_adv_affected {
	char *ecosystem;          /* "Debian:12", "Alpine:v3.10", "npm"... */
	char *package;            /* normalized name (source package for distros) */
	dd_buf ranges;            /* range blob (see above) */
	int status;               /* dd_adv_status */
	int vendor_severity;      /* dd_severity, or -1 */
} dd_adv_affected;

typedef struct dd_adv {
	char *rid;                /* unique record key in the DB (OSV id, or a synthetic key) */
	char *id;                 /* id to show (the OSV id; the CVE for secdb) */
	char *source;             /* "osv:Debian", "alpine-secdb"... */
	int64_t modified;         /* unix seconds; 0 unknown */
	unsigned flags;           /* DD_ADV_* */
	dd_strv ids;              /* aliases, upstream (and related CVEs for FANOUT records) */
	char *title;
	char *details;
	dd_strv refs;
	/* severity the record itself states */
	char *cvss_vector;        /* best vector (v3.x, else v4, else v2) */
	double cvss_score;
	int cvss_version;         /* dd_cvss_version, 0 none */
	int vendor_severity;      /* dd_severity from a vendor/GHSA word, -1 none */
	char *vendor_severity_source; /* "ghsa", "almalinux", "ubuntu"... */
	dd_adv_affected *affected;
	size_t n_affected, cap_affected;
} dd_adv;

void dd_adv_init(dd_adv *a);
void dd_adv_clear(dd_adv *a);
/* Appends an affected package (copies strings); returns it or NULL (OOM). */
dd_adv_affected *dd_adv_add_affected(dd_adv *a, const char *ecosystem, const char *package);
/* Appends one line to a range blob; DD_ELIMIT past the blob cap, DD_EFORMAT
 * for a value that is empty, too long or holds control characters. */
int dd_adv_range_put(dd_buf *blob, char tag, const char *value);

/* True for an id or version string importers accept (printable, bounded). */
bool dd_adv_text_ok(const char *s, size_t max);

/* Parses RFC 3339 ("2023-11-07T20:24:25.753827Z", offsets allowed) to unix
 * seconds (times before 1970 are 0); -1 when malformed. */
int64_t dd_adv_parse_time(const char *s);

/*
 * Canonical package name in an ecosystem: PyPI per PEP 503 (lower case,
 * runs of '-', '_', '.' become '-'), NuGet lower case, others unchanged.
 * Writes at most cap bytes; returns false when it does not fit.
 */
bool dd_adv_normalize_name(const char *ecosystem, const char *name, char *out, size_t cap);

/* The ecosystem without its release: "Debian:12" -> "Debian" (into out). */
void dd_adv_ecosystem_base(const char *ecosystem, char *out, size_t cap);

#endif

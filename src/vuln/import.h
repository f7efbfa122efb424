/*
 * Importers: one per advisory format (import_osv.c, import_secdb.c,
 * import_kev.c) turning a parsed JSON document into dd_adv records, and the
 * walker (import.c) that reads files, folder trees and zips and sniffs which
 * format each document is.
 *
 * The one idea: importers never touch the DB; they hand records to a sink.
 * The DB sink stores them; fuzz targets and unit tests pass their own.
 * A malformed *document* (bad JSON, truncated zip) is an error that aborts the
 * import; a well-formed record that breaks a bound or holds garbage is
 * refused and counted (stats->rejected), so one odd record never blocks an
 * update of half a million.
 */
#ifndef DD_VULN_IMPORT_H
#define DD_VULN_IMPORT_H

#include <jansson.h>

#include "drydock/db.h"
#include "vuln/advisory.h"

/* Bounds on the input itself. */
#define DD_IMPORT_FILE_MAX ((size_t)64 << 20)      /* one JSON file (jansson needs ~10x that) */
#define DD_IMPORT_ENTRY_MAX ((size_t)16 << 20)     /* one zip member (real OSV records are kilobytes) */
#define DD_IMPORT_ZIP_ENTRIES_MAX 4000000          /* members of one zip (and the zip inside it) */
#define DD_IMPORT_NESTED_MAX ((uint64_t)8 << 30)   /* a zip inside a zip (cvelistV5's cves.zip) */
#define DD_IMPORT_DEPTH_MAX 32                     /* folder nesting */
#define DD_IMPORT_LIST_MAX 2000000                 /* records in one JSON array, KEV entries... */

typedef struct dd_kev_entry {
	const char *cve;
	const char *added;        /* dateAdded */
	const char *name;         /* vulnerabilityName */
	bool ransomware;          /* knownRansomwareCampaignUse == "Known" */
} dd_kev_entry;

typedef struct dd_import_sink {
	/* a parsed record; the sink may read it, the caller clears it */
	int (*advisory)(void *ctx, const dd_adv *a);
	/* a withdrawn record: drop the stored one unless it is newer */
	int (*withdraw)(void *ctx, const char *rid, int64_t modified);
	int (*kev)(void *ctx, const dd_kev_entry *e);
	void *ctx;
	dd_db_import_stats *stats;
} dd_import_sink;

typedef enum dd_import_format {
	DD_IMPORT_UNKNOWN = 0,
	DD_IMPORT_OSV,          /* one OSV record, or a JSON array of them */
	DD_IMPORT_SECDB,        /* Alpine secdb (whole branch file, or one package as vuln-list stores it) */
	DD_IMPORT_KEV,          /* CISA KEV catalog */
	DD_IMPORT_CVE5,         /* one CVE JSON 5.x record (cvelistV5) */
	DD_IMPORT_NVD           /* an NVD CVE API 2.0 answer */
} dd_import_format;

dd_import_format dd_import_sniff(const json_t *doc);

/*
 * Parses one OSV record into *out. 0: a record to store; DD_ITEROVER: a
 * record to skip (withdrawn, bug-fix advisory; counted in stats); another
 * negative code: the record is refused, with the reason in dd_error_last().
 * out is initialized here and must be cleared by the caller in every case.
 */
int dd_osv_parse(const json_t *rec, dd_adv *out, dd_db_import_stats *stats);

/* The per-format importers: each calls the sink for every record of doc. */
int dd_import_osv(const dd_import_sink *s, const json_t *doc, const char *name);
int dd_import_secdb(const dd_import_sink *s, const json_t *doc, const char *name);
int dd_import_kev(const dd_import_sink *s, const json_t *doc, const char *name);
/* CVE severity sources (import_cve.c): records that rate a CVE, with no
 * affected packages; a record without a usable CVSS is skipped. */
int dd_import_cve5(const dd_import_sink *s, const json_t *doc, const char *name);
int dd_import_nvd(const dd_import_sink *s, const json_t *doc, const char *name);

/* Records a refused record in the stats (first reason kept). */
void dd_import_reject(dd_db_import_stats *st, const char *name);

/*
 * Parses a JSON document from memory and dispatches it. With strict, a
 * document of no known format is an error (a file the user named); without,
 * it is counted in stats->ignored_files (a file met while walking a folder).
 */
int dd_import_json(const dd_import_sink *s, const char *buf, size_t len, const char *name, bool strict);

/* Imports a JSON file, a zip of JSON files, or a folder tree of both. */
int dd_import_path(const dd_import_sink *s, const char *path);
/* Same, naming the input `label` in messages (a URL for a download). */
int dd_import_path_as(const dd_import_sink *s, const char *path, const char *label);

/* Copies a JSON string member into a bounded, printable form (titles and
 * details): control characters become spaces, the cut lands on a UTF-8
 * boundary. NULL when absent or empty. */
char *dd_import_text(const json_t *v, size_t max, bool first_line);

#endif

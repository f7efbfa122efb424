/*
 * The advisory DB schema (PRAGMA user_version = DD_VDB_SCHEMA_VERSION).
 * Bump the version for any change here: a drydock that finds another
 * version refuses the file and says to rebuild it (2: the zdict table of
 * the detail codec; a schema-1 file failed with "no such table: zdict").
 *
 * Space matters (osv.dev holds ~500k records): `affected` is a WITHOUT ROWID
 * table clustered on its lookup key, so the hot index is the table itself;
 * ecosystems and sources are small integers; details are compressed.
 */
#include "vuln/db.h"

const char dd_vdb_schema_sql[] =
	"CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;"
	"CREATE TABLE ecosystem(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);"
	"CREATE TABLE source(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);"
	/* a URL that db update downloads; records remember the feed they came from */
	"CREATE TABLE feed(id INTEGER PRIMARY KEY, url TEXT NOT NULL UNIQUE, etag TEXT,"
	" last_modified TEXT, fetched_at TEXT, bytes INTEGER, records INTEGER);"
	/* one row per record (OSV id, or a synthetic key such as alpine-secdb:v3.10:musl:CVE-…);
	 * vid is the id to show when it differs from rid; ids are aliases/upstream/related,
	 * '\n'-joined; detail is details + references (see detail.c) */
	"CREATE TABLE vuln(id INTEGER PRIMARY KEY, rid TEXT NOT NULL UNIQUE, vid TEXT,"
	" source INTEGER NOT NULL, feed INTEGER, modified INTEGER NOT NULL, flags INTEGER NOT NULL,"
	" ids TEXT, title TEXT, vsev INTEGER, vsev_src TEXT, cvss TEXT, score REAL, cvss_ver INTEGER,"
	" detail BLOB);"
	"CREATE INDEX vuln_feed ON vuln(feed) WHERE feed IS NOT NULL;"
	/* what the matcher reads: ranges as the advisory.h line format */
	"CREATE TABLE affected(eco INTEGER NOT NULL, pkg TEXT NOT NULL, vuln INTEGER NOT NULL,"
	" seq INTEGER NOT NULL, status INTEGER NOT NULL, vsev INTEGER, ranges BLOB,"
	" PRIMARY KEY(eco, pkg, vuln, seq)) WITHOUT ROWID;"
	"CREATE INDEX affected_vuln ON affected(vuln);"
	/* CVE -> records that rate it (a CVSS vector or a GHSA level): severity and
	 * title for records that carry none of their own (Alpine secdb) */
	"CREATE TABLE sev_alias(cve TEXT NOT NULL, vuln INTEGER NOT NULL, PRIMARY KEY(cve, vuln)) WITHOUT ROWID;"
	"CREATE INDEX sev_alias_vuln ON sev_alias(vuln);"
	/* the zstd dictionary detail blobs of kind 'd' are compressed with (detail.c) */
	"CREATE TABLE zdict(id INTEGER PRIMARY KEY, dict BLOB NOT NULL);"
	"CREATE TABLE kev(cve TEXT PRIMARY KEY, added TEXT, name TEXT, ransomware INTEGER, feed INTEGER) WITHOUT ROWID;"
	/* records per (ecosystem, source), recomputed after each import (eco 0: none) */
	"CREATE TABLE stats(eco INTEGER NOT NULL, source INTEGER NOT NULL, records INTEGER NOT NULL,"
	" PRIMARY KEY(eco, source)) WITHOUT ROWID;";

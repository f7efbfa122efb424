/*
 * Internals shared by the matcher's two halves: match.c (keys, lookups,
 * range evaluation) and match_findings.c (records, merging by alias,
 * severity, findings). Not a public interface.
 */
#ifndef DD_VULN_MATCH_INTERNAL_H
#define DD_VULN_MATCH_INTERNAL_H

#include <stdbool.h>
#include <stdint.h>
#include <sqlite3.h>

#include "drydock/report.h"
#include "vuln/db.h"
#include "vuln/ecosystem.h"
#include "vuln/match.h"
#include "vuln/version.h"

#define DD_MATCH_ECOS_MAX 64

typedef struct dd_eco_slot {
	char name[DD_ECO_NAME_MAX];
	int64_t id;               /* 0: no data in the DB */
	const dd_version_scheme *scheme, *semver;
	bool os;
	size_t unmatched;         /* packages not checked for want of data */
	size_t bad_versions;      /* installed versions the comparator refused */
	size_t no_scheme;         /* packages of an ecosystem without a comparator */
} dd_eco_slot;

/* One advisory row that holds an installed package. */
typedef struct dd_hit {
	size_t pkg;               /* index into r->packages */
	int64_t vuln;             /* vuln row id */
	int status;               /* dd_adv_status of the row */
	int vsev;                 /* vendor severity of the row, -1 none */
	size_t eco;               /* index into the matcher's ecosystems */
	char *fixed;              /* lowest fix above the installed version, or NULL */
	bool not_affected;        /* the vendor says this package never was affected */
} dd_hit;

typedef struct dd_matcher {
	dd_vdb *db;
	sqlite3_stmt *q_aff, *q_vuln, *q_sev, *q_kev;
	dd_eco_slot ecos[DD_MATCH_ECOS_MAX];
	size_t n_ecos;
	const dd_version_scheme *semver;
	char **kev;               /* the KEV CVE ids, sorted (loaded on first use) */
	size_t n_kev;
	bool kev_loaded;
	struct alias_memo *aliases;  /* during dd_match_findings: the records rating each CVE, looked up once */
} dd_matcher;

/* Matches r's packages and appends the findings (the hot path; benchmarked
 * in bench/vuln_match.c with an already open matcher). */
int dd_matcher_run(dd_matcher *m, dd_report *r);
/* Turns the hits (sorted by package, then vuln) into findings. */
int dd_match_findings(dd_matcher *m, dd_report *r, dd_hit *hits, size_t n);

#endif

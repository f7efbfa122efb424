/*
 * Vulnerability matching: report packages against the advisory DB.
 */
#ifndef DD_VULN_MATCH_H
#define DD_VULN_MATCH_H

#include "drydock/report.h"

/*
 * Appends one os-vuln/app-vuln finding per (package, vulnerability) to r,
 * with aliases merged, and fills r->db_built_at / r->db_sources. OS packages
 * are matched in the release ecosystem derived from r->os_family/os_version
 * ("Debian:12", "Alpine:v3.10", "AlmaLinux:9"...); an unknown release adds a
 * note and marks the report incomplete for OS packages. Returns DD_ENODB
 * when db_path cannot be opened as a drydock DB (dd_scan turns that into a
 * note: an incomplete report, exit 3).
 */
int dd_vuln_match_report(dd_report *r, const char *db_path);

/* True when a report note is one the matcher (or a DB it could not open)
 * writes: the notes a rematch against another DB replaces. */
bool dd_vuln_note_from_match(const char *note);
/* An open DB with its prepared lookups (match_internal.h). One matcher
 * serves one scan at a time; the engine keeps a pool of them per DB file. */
typedef struct dd_matcher dd_matcher;
int dd_matcher_open(dd_matcher **out, const char *db_path);
void dd_matcher_close(dd_matcher *m);
/* dd_vuln_match_report with an already open matcher. */
int dd_vuln_match_with(dd_report *r, dd_matcher *m);

#endif

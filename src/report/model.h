/*
 * Internal helpers over the public report model: deep copy and free of
 * packages and findings, and growing the report's arrays.
 */
#ifndef DD_REPORT_MODEL_H
#define DD_REPORT_MODEL_H

#include "drydock/report.h"

int dd_package_copy(dd_package *dst, const dd_package *src);
void dd_package_clear(dd_package *p);
int dd_finding_copy(dd_finding *dst, const dd_finding *src);
void dd_finding_clear(dd_finding *f);
/* A zeroed finding with history_index -1. */
void dd_finding_init(dd_finding *f);

/* Appends a deep copy to the report. */
int dd_report_add_package(dd_report *r, const dd_package *p);
int dd_report_add_finding(dd_report *r, const dd_finding *f);
/* Appends, taking ownership of f's members (f is zeroed afterwards). */
int dd_report_take_finding(dd_report *r, dd_finding *f);
/* A deep copy of src in *out (free with dd_report_free). */
int dd_report_copy(dd_report **out, const dd_report *src);
/* Adds a note; `incomplete` also clears r->complete. */
void dd_report_note(dd_report *r, bool incomplete, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/*
 * Sorts findings (severity desc, class, id, package, path), recomputes the
 * summaries, and drops the findings `filter` does not keep (NULL keeps all).
 */
void dd_report_finalize(dd_report *r, const dd_finding_filter *filter);

#endif

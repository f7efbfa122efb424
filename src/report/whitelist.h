/*
 * Whitelists (--ignore-file YAML, docs/CLI.md) and VEX input (--vex, OpenVEX
 * or CycloneDX VEX): mark matching findings suppressed (they stay in the
 * report, counted in r->suppressed), record expired entries.
 */
#ifndef DD_REPORT_WHITELIST_H
#define DD_REPORT_WHITELIST_H

#include "drydock/report.h"

int dd_whitelist_apply(dd_report *r, const char *ignore_file);
int dd_vex_apply(dd_report *r, const char *vex_file);

/* The same from text already in memory (fuzzing, tests); `name` names the
 * input in messages. */
int dd_whitelist__apply_text(dd_report *r, const char *name, const char *text, size_t len);
int dd_vex__apply_text(dd_report *r, const char *name, const char *text, size_t len);
int dd_report__read_json_text(dd_report **out, const char *name, const char *text, size_t len);

#endif

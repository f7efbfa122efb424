/*
 * The service's whitelist rules (whitelist_rules.c): checked as the API
 * receives them, applied to reports as they are served.
 */
#ifndef DD_SERVER_WHITELIST_H
#define DD_SERVER_WHITELIST_H

#include "server/server.h"

/* Checks a POST /whitelists body (known fields already checked) and
 * normalizes it (expires to RFC 3339 UTC seconds, [] repositories to
 * absent); DD_EINVAL with a message naming the field. */
int dd_srv_whitelist_check(json_t *w);
/* Applies every stored rule to r as served for `repository` (which
 * becomes r->repository), then recomputes its summaries. */
int dd_srv_whitelist_apply(dd_srv *srv, dd_report *r, const char *repository);

/* Every stored rule at once, for applying to many reports (the overview,
 * the image list): load once, then touch/apply/summary per image. */
typedef struct dd_srv_whitelists dd_srv_whitelists;
int dd_srv_whitelists_load(dd_srv *srv, dd_srv_whitelists **out);
void dd_srv_whitelists_free(dd_srv_whitelists *w);
/* true when a rule live at now may apply to repository (its globs match,
 * or it has none): a false spares reading the report */
bool dd_srv_whitelists_touch(const dd_srv_whitelists *w, const char *repository, int64_t now);
/* dd_srv_whitelist_apply with rules loaded before */
int dd_srv_whitelists_apply(const dd_srv_whitelists *w, dd_report *r, const char *repository);
/* An image row of image_summaries made what the image's page shows: when
 * a rule touches its repository, the stored report is read, the rules
 * applied, and its "summary" replaced by the counts left; "whitelisted"
 * is set to the findings the rules hide (0 when none touches it). A stored
 * report that cannot be read keeps the stored summary (logged); only
 * DD_ENOMEM fails. */
int dd_srv_whitelists_summary(dd_srv *srv, const dd_srv_whitelists *w, json_t *row);

#endif

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

#endif

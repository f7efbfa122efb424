/*
 * Delivery chains (issue 15, chains; SERVICE.md `chains`): after the scan
 * of a pushed image, every chain that watches its registry, repository
 * glob and tag regex gives a verdict from the stored report (whitelists
 * applied): block when a count of block_if reaches its number. Blocked:
 * the digest is blocked, backed up to on_block.backup_to, deleted from
 * its repository (by digest: every tag of it), notifiers told, and with
 * auto_fix a fix queued (once per digest). Passed by every chain: copied
 * to each chain's on_pass.promote_to. Copies mount blobs, never upload.
 */
#ifndef DD_SERVER_CHAINS_H
#define DD_SERVER_CHAINS_H

#include <jansson.h>
#include <stdbool.h>

#include "server/server.h"

/* Checks and normalizes a chain body (API fields): defaults filled
 * (tag_regex ".*", auto_fix false, block_if {}, on_block {delete: false}),
 * DD_EINVAL with err naming the field. */
int dd_srv_chain_check(dd_srv *srv, json_t *chain, char *err, size_t cap);
/* Does some chain watch registry/repository:tag? (a push then gets a
 * task even when no scan rule covers it) */
bool dd_srv_chains_watch(dd_srv *srv, const char *registry, const char *repository, const char *tag);
/* Log a chain step into the item's task log (the runner's item_log). */
typedef void (*dd_srv_chain_log_fn)(dd_srv *srv, const dd_store_item *it, const char *step, const char *msg);
/* Judges the item's image (digest, its stored scan scan_id) by every
 * matching chain, logged in the item; each chain with something to do gets
 * its run: a task of kind chain whose items are its steps (blocked: block,
 * backup, delete, notify, auto_fix as the chain says; passed by every
 * chain: promote). Created once per chain, item and digest: the item run
 * again after a kill -9 finds its runs. 0, or a negative dd_error_code
 * with err saying which chain failed (the item then fails). */
int dd_srv_chains_run(dd_srv *srv, const dd_store_item *it, const char *digest, int64_t scan_id,
	dd_srv_chain_log_fn log, char *err, size_t cap);
/* Runs a chain task's item (it->step), logged through log: the item's end
 * state (succeeded; failed with err; skipped with err when an earlier step
 * it needs did not succeed). A step recorded done in the store is not done
 * again. */
const char *dd_srv_chain_step(dd_srv *srv, const dd_store_item *it, dd_srv_chain_log_fn log, char *err, size_t cap);

#endif

/*
 * The layer cache: one file per (layer diff_id, analyzer-set fingerprint)
 * under --cache-dir, holding the layer's complete result. A rescan of an
 * image whose layers are all cached reads no layer bytes. An entry that does
 * not parse is deleted and recomputed, never trusted; incomplete results are
 * never stored.
 */
#ifndef DD_SCAN_CACHE_H
#define DD_SCAN_CACHE_H

#include "scan/layer_result.h"

/* Loads the entry for key into *out (NULL on a miss). Errors are misses,
 * except DD_ENOMEM. */
int dd_cache_load(const char *dir, const char *key, const char *digest, dd_layer_result **out);
/* Parses one entry's bytes (the layer cache's own format; fuzzed). */
int dd_cache_parse(const void *data, size_t len, const char *digest, dd_layer_result **out);
/* Stores res atomically (write to a temp file, then rename). */
/* Creates dir when absent and checks that entries can be written there.
 * DD_EINVAL names the directory and why: a cache that silently stores
 * nothing would only make every scan slow. */
int dd_cache_dir_check(const char *dir);
int dd_cache_store(const char *dir, const char *key, const dd_layer_result *res);
/* key = sha256(diff_id + fingerprint) as hex; out has 65 bytes. */
void dd_cache_key(const char *diff_id, const char *fingerprint, char out[65]);

#endif

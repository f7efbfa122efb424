/*
 * The secret rule engine: every content rule of a rule set compiled into one
 * hyperscan database, scanned once over a file's bytes, with each candidate
 * confirmed by PCRE2 on a small window around the hit.
 *
 * The one idea: hyperscan (block mode, prefilter semantics) tells us *where*
 * a rule may match at multi-GB/s, but has no capture groups; PCRE2 with JIT
 * then runs the exact regex only on [hit - max_width, hit + slack], which is
 * tiny, and extracts the secret group. Keywords and required words are extra
 * caseless literals in the same database, so checking them costs no second
 * pass. Nothing of the secret leaves this module except as offsets; callers
 * redact with dd_redact() (util/redact.h).
 */
#ifndef DD_ANALYZERS_SECRETS_ENGINE_H
#define DD_ANALYZERS_SECRETS_ENGINE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "analyzers/secrets_rules.h"

typedef struct dd_secret_engine dd_secret_engine;

/* Per-file caps against hostile content. */
#define DD_SECRET_MAX_REGIONS 65536     /* candidate windows per file */
#define DD_SECRET_MAX_HITS 1000         /* reported hits per file */

typedef struct dd_secret_hit {
	const dd_secret_rule *rule;
	size_t start, end;      /* the secret part: data[start, end) */
	unsigned line;          /* 1-based line of start */
	bool example;           /* a documented example value: not a finding */
} dd_secret_hit;

typedef struct dd_secret_result {
	dd_secret_hit *hits;    /* sorted by start */
	size_t n_hits;
	bool truncated;         /* a cap was hit: some candidates were not confirmed */
} dd_secret_result;

/*
 * Compiles rs (which the engine takes over: rs is left empty) into an
 * engine. Disabled rules are dropped. Errors name the rule whose regex does
 * not compile.
 */
int dd_secret_engine_new(dd_secret_engine **out, dd_secret_ruleset *rs);
/* Builds the engine from the built-in rules plus, when user_yaml is not
 * NULL, a user rule document merged on top. */
int dd_secret_engine_new_default(dd_secret_engine **out, const char *user_name, const char *user_yaml, size_t user_len);
void dd_secret_engine_free(dd_secret_engine *e);

/* Number of active rules; rule i (for tests and listings). */
size_t dd_secret_engine_rule_count(const dd_secret_engine *e);
const dd_secret_rule *dd_secret_engine_rule(const dd_secret_engine *e, size_t i);
const dd_secret_rule *dd_secret_engine_find(const dd_secret_engine *e, const char *id);
/* True when hyperscan could not take rule i's pattern, so PCRE2 runs over
 * whole files for it (fine for a user rule, a bug in a built-in one). */
bool dd_secret_engine_rule_is_slow(const dd_secret_engine *e, size_t i);

/*
 * Scans one file's content. Safe to call from several threads at once on
 * one engine. *res receives the confirmed hits (free with
 * dd_secret_result_clear()). Returns 0 or DD_ENOMEM.
 */
int dd_secret_scan(const dd_secret_engine *e, const char *path, const uint8_t *data, size_t len, dd_secret_result *res);
void dd_secret_result_clear(dd_secret_result *res);

/* Shannon entropy in bits per byte. */
double dd_secret_entropy(const uint8_t *s, size_t len);

#endif

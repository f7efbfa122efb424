/*
 * Weak-password verification against crypt(3) hashes with libxcrypt's
 * crypt_rn: yescrypt ($y$), sha512crypt ($6$), sha256crypt ($5$), md5crypt
 * ($1$), bcrypt ($2a$/$2b$/$2y$) and traditional DES.
 *
 * The one idea: work is bounded before it starts. A hash's cost parameters
 * are read first and hashes too expensive to try (hostile rounds=999999999,
 * yescrypt asking for gigabytes) are refused; then candidates run against a
 * wall-clock deadline shared fairly between the accounts, most likely
 * candidates first, round-robin across accounts, and the caller learns
 * how many were not tried.
 */
#ifndef DD_CHECKS_WEAKPW_H
#define DD_CHECKS_WEAKPW_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum dd_hash_kind {
	DD_HASH_EMPTY = 0,      /* "": no password at all */
	DD_HASH_LOCKED,         /* '!' or '*' prefix, "x", "!!": cannot log in with a password */
	DD_HASH_YESCRYPT,
	DD_HASH_SHA512,
	DD_HASH_SHA256,
	DD_HASH_MD5,
	DD_HASH_BCRYPT,
	DD_HASH_DES,
	DD_HASH_UNSUPPORTED     /* a scheme we do not try (or too costly: see why) */
} dd_hash_kind;

/* Classifies a hash; for DD_HASH_UNSUPPORTED `why` says why (may be NULL). */
dd_hash_kind dd_hash_classify(const char *hash, char *why, size_t why_cap);
const char *dd_hash_kind_name(dd_hash_kind k);

/* The candidate list: account-derived guesses first, then the bundled
 * dictionary (rules/passwords.txt) in order. */
typedef struct dd_weakpw {
	char **words;           /* dictionary, owned */
	size_t n_words;
	void *crypt_data;       /* struct crypt_data scratch */
	uint64_t deadline_ns;   /* CLOCK_MONOTONIC; 0 = none */
	size_t max_candidates;  /* per account */
} dd_weakpw;

/* Loads the dictionary; budget_ms 0 means no deadline. */
int dd_weakpw_init(dd_weakpw *w, unsigned budget_ms, size_t max_candidates);
void dd_weakpw_free(dd_weakpw *w);

typedef struct dd_weakpw_result {
	bool found;
	char password[128];     /* the matching candidate */
	bool from_name;         /* derived from the account name */
	size_t tried, total;    /* candidates tried / that would have been */
	bool out_of_time;
} dd_weakpw_result;

typedef struct dd_weakpw_target {
	const char *account;
	const char *hash;
	dd_weakpw_result res;   /* filled in */
} dd_weakpw_target;

/*
 * Tries candidates for every target, round-robin: candidate i for every
 * account still unmatched before candidate i+1, so when the deadline or the
 * cap stops the work every account got its most likely guesses.
 */
int dd_weakpw_run(dd_weakpw *w, dd_weakpw_target *t, size_t n);

/* For plain-text passwords (tomcat-users.xml): is `pw` one of the candidates
 * for `account`? Sets *from_name when it is an account-name guess. */
bool dd_weakpw_is_candidate(const dd_weakpw *w, const char *account, const char *pw, bool *from_name);

uint64_t dd_monotonic_ns(void);

#endif

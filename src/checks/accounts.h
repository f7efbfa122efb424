/*
 * Parsers for etc/passwd, etc/shadow and etc/group. Entries are spans into
 * the file's bytes (never copied); malformed lines are counted and skipped,
 * NIS compat lines ('+'/'-') ignored. At most DD_ACCOUNTS_MAX entries.
 */
#ifndef DD_CHECKS_ACCOUNTS_H
#define DD_CHECKS_ACCOUNTS_H

#include "checks/check_util.h"

#define DD_ACCOUNTS_MAX 65536
#define DD_ID_MAX 4294967295ull

typedef struct dd_account {
	dd_span name;
	dd_span pw;              /* passwd: 'x' or a hash; shadow: the hash; group: unused */
	unsigned long long id;   /* uid (passwd) or gid (group) */
	unsigned long long gid;  /* passwd: primary gid */
	bool id_ok;              /* the id field was a valid number */
	unsigned line;
} dd_account;

typedef enum { DD_ACCT_PASSWD, DD_ACCT_SHADOW, DD_ACCT_GROUP } dd_account_kind;

typedef struct dd_accounts {
	dd_account *v;
	size_t n;
	size_t malformed;        /* lines skipped */
	bool truncated;          /* more than DD_ACCOUNTS_MAX entries */
} dd_accounts;

/* Parses a file; *out owns v (free with dd_accounts_free). DD_ENOMEM only. */
int dd_accounts_parse(dd_accounts *out, dd_account_kind kind, const char *data, size_t len);
void dd_accounts_free(dd_accounts *a);
/* The entry named `name`, or NULL. */
const dd_account *dd_accounts_find(const dd_accounts *a, dd_span name);

#endif

/*
 * pg_hba.conf records: TYPE DATABASE USER [ADDRESS [MASK]] METHOD [OPTIONS],
 * with "quoted" fields, '#' comments outside quotes and (PostgreSQL 16)
 * backslash continuation lines. Calls back once per record.
 */
#ifndef DD_CHECKS_PG_HBA_PARSE_H
#define DD_CHECKS_PG_HBA_PARSE_H

#include <stdbool.h>
#include <stddef.h>

typedef struct dd_hba_record {
	char type[16];        /* local, host, hostssl, hostnossl, hostgssenc, hostnogssenc */
	char database[128];
	char user[128];
	char address[128];    /* "" for local */
	char method[32];
	unsigned line;
} dd_hba_record;

/* Returns fn's first non-zero result; malformed records are skipped. */
int dd_pg_hba_parse(const char *data, size_t len, int (*fn)(const dd_hba_record *r, void *arg), void *arg);

/* Loopback-only address field (127.0.0.1/32, ::1/128, localhost, samehost)? */
bool dd_hba_loopback(const char *address);

#endif

/*
 * What the PostgreSQL feature files (store_pg_<feature>.c) share on top of
 * store_pg.h: a call on a pooled connection and a query's rows (text
 * columns that hold JSON: dd_store_json_fields in store_json.h). The one idea: a store function holds its
 * connection for exactly its own statements (PG_CALL), so a transaction
 * never spans two calls and the pool's connections stay few.
 */
#ifndef DD_STORE_PG_CALL_H
#define DD_STORE_PG_CALL_H

#include "store/store_json.h"
#include "store/store_pg.h"

/* Returns expr's value, evaluated with a pooled connection named c. */
#define PG_CALL(s, c, expr) \
	do { \
		dd_pg_conn *c = NULL; \
		int rc_ = dd_pg_acquire(s, &c); \
		if (!rc_) { \
			rc_ = (expr); \
			dd_pg_release(s, c); \
		} \
		return rc_; \
	} while (0)

/* The rows of a query dd_pg_exec ran (its rc first), for
 * `return pg_rows_after(s, dd_pg_exec(s, c, &r, ...), &r, out);` */
static inline int pg_rows_after(dd_store *s, int rc, PGresult **res, json_t **out)
{
	return rc ? rc : dd_pg_rows(s, *res, out);
}

#endif

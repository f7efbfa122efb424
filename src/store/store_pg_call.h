/*
 * What the PostgreSQL feature files (store_pg_<feature>.c) share on top of
 * store_pg.h: a call on a pooled connection, a query's rows, and text
 * columns that hold JSON. The one idea: a store function holds its
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

/* Text columns of row holding JSON, parsed in place (names NULL-terminated);
 * a column that does not parse stays text. */
static inline void pg_parse_json_fields(json_t *row, const char *const *names)
{
	for (size_t i = 0; names[i]; i++) {
		const char *t = json_string_value(json_object_get(row, names[i]));
		json_t *v = t ? json_loads(t, 0, NULL) : NULL;
		if (v)
			json_object_set_new(row, names[i], v);
	}
}

static inline void pg_parse_json_rows(json_t *rows, const char *const *names)
{
	size_t i;
	json_t *row;
	json_array_foreach(rows, i, row)
		pg_parse_json_fields(row, names);
}

#endif

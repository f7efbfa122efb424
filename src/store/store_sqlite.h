/* The SQLite backend's parts: the migrations (store_sqlite_schema.c). */
#ifndef DD_STORE_SQLITE_H
#define DD_STORE_SQLITE_H

/* Migration i (0-based) brings user_version i to i+1; NULL-terminated. */
extern const char *const dd_store_sqlite_migrations[];

#endif

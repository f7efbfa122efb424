/*
 * A read-only SQLite VFS over a spill file (util/spill.h): SQLite reads the
 * database a page at a time with pread, through its own bounded page cache,
 * so a database of any size costs a few MiB of memory, never a copy of it.
 *
 * The one idea: the file is a copy nobody else sees and nobody writes, so
 * the VFS says so (immutable: no locks, no journal, no -wal or -shm files
 * looked up on disk). A database that rpm left in WAL mode (header bytes
 * 18/19 = 2) reads as a legacy-journal one: without shared memory SQLite
 * cannot open a WAL index, and frames left in a -wal file are judged by
 * rpm.c on their own.
 */
#ifndef DD_ANALYZERS_SQLITE_SPILL_H
#define DD_ANALYZERS_SQLITE_SPILL_H

#include <sqlite3.h>

#include "util/spill.h"

/* Opens the spill file read-only as a database; *db is set even on failure
 * (close it with sqlite3_close). Returns an SQLite result code. The spill
 * must outlive the connection. */
int dd_sqlite_open_spill(const dd_spill *s, sqlite3 **db);

#endif

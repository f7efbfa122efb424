/*
 * The SQLite store's part of scale-out (issue 17; store.h "scale-out"):
 * SQLite is one process's store, so there is nobody to share leases,
 * leadership or scan keys with. A lease never runs out while the process
 * lives (the process that holds the file is the only one working its
 * queue) and recover at start is its lease expiry; this process is always
 * the leader; a key lock is always got (the runner's in-process key table
 * already keeps two workers of this process off one digest).
 */
#include "store/store_sqlite.h"

int dd_sq_lease_renew(dd_store *s, size_t *lost)
{
	(void)s;
	*lost = 0;
	return 0;
}

int dd_sq_lease_expire(dd_store *s, size_t *requeued)
{
	(void)s;
	*requeued = 0;
	return 0;
}

int dd_sq_leader_try(dd_store *s, const char *role, bool *leader)
{
	(void)s;
	(void)role;
	*leader = true;
	return 0;
}

int dd_sq_key_lock(dd_store *s, const char *key, bool *got)
{
	(void)s;
	(void)key;
	*got = true;
	return 0;
}

int dd_sq_key_unlock(dd_store *s, const char *key)
{
	(void)s;
	(void)key;
	return 0;
}

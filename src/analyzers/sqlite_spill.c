/* A read-only SQLite VFS over a spill file (see sqlite_spill.h). */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "analyzers/sqlite_spill.h"

#define VFS_NAME "drydock-spill"
#define NAME_PREFIX "/drydock-spill/"

typedef struct spill_file {
	sqlite3_file base;
	int fd;
	sqlite3_int64 size;
} spill_file;

static int f_close(sqlite3_file *f)
{
	(void)f;
	return SQLITE_OK; /* the fd belongs to the dd_spill */
}

static int f_read(sqlite3_file *f, void *buf, int amt, sqlite3_int64 off)
{
	spill_file *sf = (spill_file *)f;
	int got = 0;
	while (got < amt && off + got < sf->size) {
		ssize_t n = pread(sf->fd, (char *)buf + got, (size_t)(amt - got), (off_t)(off + got));
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return SQLITE_IOERR_READ;
		if (n == 0)
			break;
		got += (int)n;
	}
	/* WAL (2) -> legacy (1) in the header's write/read version bytes */
	for (sqlite3_int64 at = 18; at <= 19; at++)
		if (at >= off && at < off + got && ((unsigned char *)buf)[at - off] == 2)
			((unsigned char *)buf)[at - off] = 1;
	if (got < amt) {
		memset((char *)buf + got, 0, (size_t)(amt - got));
		return SQLITE_IOERR_SHORT_READ;
	}
	return SQLITE_OK;
}

static int f_write(sqlite3_file *f, const void *buf, int amt, sqlite3_int64 off)
{
	(void)f, (void)buf, (void)amt, (void)off;
	return SQLITE_READONLY;
}

static int f_truncate(sqlite3_file *f, sqlite3_int64 size)
{
	(void)f, (void)size;
	return SQLITE_READONLY;
}

static int f_sync(sqlite3_file *f, int flags)
{
	(void)f, (void)flags;
	return SQLITE_OK;
}

static int f_size(sqlite3_file *f, sqlite3_int64 *size)
{
	*size = ((spill_file *)f)->size;
	return SQLITE_OK;
}

static int f_lock(sqlite3_file *f, int level)
{
	(void)f, (void)level;
	return SQLITE_OK;
}

static int f_reserved(sqlite3_file *f, int *out)
{
	(void)f;
	*out = 0;
	return SQLITE_OK;
}

static int f_control(sqlite3_file *f, int op, void *arg)
{
	(void)f, (void)op, (void)arg;
	return SQLITE_NOTFOUND;
}

static int f_sector(sqlite3_file *f)
{
	(void)f;
	return 4096;
}

static int f_caps(sqlite3_file *f)
{
	(void)f;
	return SQLITE_IOCAP_IMMUTABLE;
}

static const sqlite3_io_methods io_methods = {
	.iVersion = 1,
	.xClose = f_close,
	.xRead = f_read,
	.xWrite = f_write,
	.xTruncate = f_truncate,
	.xSync = f_sync,
	.xFileSize = f_size,
	.xLock = f_lock,
	.xUnlock = f_lock,
	.xCheckReservedLock = f_reserved,
	.xFileControl = f_control,
	.xSectorSize = f_sector,
	.xDeviceCharacteristics = f_caps,
};

/* The main database only, named NAME_PREFIX<fd>:<size> by
 * dd_sqlite_open_spill; journals and temporary files are refused. */
static int v_open(sqlite3_vfs *vfs, const char *name, sqlite3_file *f, int flags, int *out_flags)
{
	(void)vfs;
	spill_file *sf = (spill_file *)f;
	sf->base.pMethods = NULL;
	int fd;
	long long size;
	char tail;
	if (!(flags & SQLITE_OPEN_MAIN_DB) || !(flags & SQLITE_OPEN_READONLY) || !name ||
	    strncmp(name, NAME_PREFIX, strlen(NAME_PREFIX)) != 0 ||
	    sscanf(name + strlen(NAME_PREFIX), "%d:%lld%c", &fd, &size, &tail) != 2 || fd < 0 || size < 0)
		return SQLITE_CANTOPEN;
	sf->fd = fd;
	sf->size = size;
	sf->base.pMethods = &io_methods;
	if (out_flags)
		*out_flags = SQLITE_OPEN_READONLY;
	return SQLITE_OK;
}

static int v_delete(sqlite3_vfs *vfs, const char *name, int sync)
{
	(void)vfs, (void)name, (void)sync;
	return SQLITE_IOERR_DELETE;
}

/* no journal, -wal or -shm file exists beside a spill file */
static int v_access(sqlite3_vfs *vfs, const char *name, int flags, int *out)
{
	(void)vfs, (void)name, (void)flags;
	*out = 0;
	return SQLITE_OK;
}

static int v_fullname(sqlite3_vfs *vfs, const char *name, int n, char *out)
{
	(void)vfs;
	if ((int)strlen(name) >= n)
		return SQLITE_CANTOPEN;
	strcpy(out, name);
	return SQLITE_OK;
}

static int v_random(sqlite3_vfs *vfs, int n, char *out)
{
	sqlite3_vfs *d = vfs->pAppData;
	return d->xRandomness(d, n, out);
}

static int v_sleep(sqlite3_vfs *vfs, int us)
{
	sqlite3_vfs *d = vfs->pAppData;
	return d->xSleep(d, us);
}

static int v_time(sqlite3_vfs *vfs, double *out)
{
	sqlite3_vfs *d = vfs->pAppData;
	return d->xCurrentTime(d, out);
}

static int v_error(sqlite3_vfs *vfs, int n, char *out)
{
	(void)vfs;
	if (n > 0)
		out[0] = '\0';
	return 0;
}

static sqlite3_vfs spill_vfs = {
	.iVersion = 1,
	.szOsFile = sizeof(spill_file),
	.mxPathname = 64,
	.zName = VFS_NAME,
	.xOpen = v_open,
	.xDelete = v_delete,
	.xAccess = v_access,
	.xFullPathname = v_fullname,
	.xRandomness = v_random,
	.xSleep = v_sleep,
	.xCurrentTime = v_time,
	.xGetLastError = v_error,
};

static pthread_once_t once = PTHREAD_ONCE_INIT;
static int registered = SQLITE_ERROR;

static void register_vfs(void)
{
	spill_vfs.pAppData = sqlite3_vfs_find(NULL);
	if (spill_vfs.pAppData)
		registered = sqlite3_vfs_register(&spill_vfs, 0);
}

int dd_sqlite_open_spill(const dd_spill *s, sqlite3 **db)
{
	*db = NULL;
	pthread_once(&once, register_vfs);
	if (registered != SQLITE_OK)
		return registered;
	char name[64];
	snprintf(name, sizeof(name), NAME_PREFIX "%d:%llu", s->fd, (unsigned long long)s->size);
	return sqlite3_open_v2(name, db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, VFS_NAME);
}

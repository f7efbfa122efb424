/*
 * The engine's advisory DB (engine.h). A generation is one DB file as
 * identified on disk (device, inode, size, mtime): `db update` renames a new
 * file over the old one, so the next scan's stat() sees another identity and
 * starts a new generation, while scans in flight keep the matcher of the
 * generation they started with (SQLite holds the old file open; its inode
 * lives until the last matcher closes). Each generation keeps the matchers
 * scans gave back, so a DB is opened once per concurrently matching scan,
 * not once per scan.
 */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "scan/engine.h"
#include "util/error.h"

struct dd_engine_db {
	dev_t dev;
	ino_t ino;
	off_t size;
	struct timespec mtime;
	size_t refs;          /* scans holding it, plus one while it is e->db */
	dd_matcher **pool;
	size_t n_pool, cap;
};

static bool same_file(const dd_engine_db *g, const struct stat *st)
{
	return g->dev == st->st_dev && g->ino == st->st_ino && g->size == st->st_size &&
		g->mtime.tv_sec == st->st_mtim.tv_sec && g->mtime.tv_nsec == st->st_mtim.tv_nsec;
}

static void gen_free(dd_engine_db *g)
{
	for (size_t i = 0; i < g->n_pool; i++)
		dd_matcher_close(g->pool[i]);
	free(g->pool);
	free(g);
}

/* Drops one reference, under db_lock; returns the generation when it must be
 * freed (outside the lock). */
static dd_engine_db *unref(dd_engine_db *g)
{
	return --g->refs == 0 ? g : NULL;
}

/* The DB is not a file: the opener's own words for why (missing, not a
 * regular file), or it appeared just now and the next scan will take it. */
static int no_db(const char *path)
{
	dd_matcher *probe = NULL;
	int rc = dd_matcher_open(&probe, path);
	dd_matcher_close(probe);
	if (!rc)
		return dd_error_set(DD_ENODB, "advisory DB %s appeared while this scan started; scan again", path);
	return rc == DD_ENODB ? rc : dd_error_set(DD_ENODB, "%s", dd_error_last());
}

int dd_engine_db_acquire(dd_engine *e, dd_engine_db **gen, dd_matcher **m)
{
	struct stat st;
	dd_engine_db *g = NULL, *old = NULL;
	*gen = NULL;
	*m = NULL;
	/* identity first, open second: a file replaced in between is opened
	 * newer than its label says, and the next scan's stat starts over */
	if (!e->db_path)
		return dd_error_set(DD_ENODB, "%s", e->db_why);
	if (stat(e->db_path, &st) != 0 || !S_ISREG(st.st_mode))
		return no_db(e->db_path);
	pthread_mutex_lock(&e->db_lock);
	if (!e->db || !same_file(e->db, &st)) {
		dd_engine_db *n = calloc(1, sizeof(*n));
		if (!n) {
			pthread_mutex_unlock(&e->db_lock);
			return dd_error_oom();
		}
		n->dev = st.st_dev;
		n->ino = st.st_ino;
		n->size = st.st_size;
		n->mtime = st.st_mtim;
		n->refs = 1;
		if (e->db)
			old = unref(e->db);
		e->db = n;
	}
	g = e->db;
	g->refs++;
	if (g->n_pool)
		*m = g->pool[--g->n_pool];
	pthread_mutex_unlock(&e->db_lock);
	if (old)
		gen_free(old);
	*gen = g;
	if (*m)
		return 0;
	int rc = dd_matcher_open(m, e->db_path);
	if (rc) {
		dd_engine_db_release(e, g, NULL);
		*gen = NULL;
		return rc == DD_ENODB ? rc : dd_error_set(DD_ENODB, "%s", dd_error_last());
	}
	return 0;
}

void dd_engine_db_release(dd_engine *e, dd_engine_db *gen, dd_matcher *m)
{
	if (!gen) {
		dd_matcher_close(m);
		return;
	}
	pthread_mutex_lock(&e->db_lock);
	if (m && gen == e->db && gen->n_pool == gen->cap) {
		size_t nc = gen->cap ? gen->cap * 2 : 4;
		dd_matcher **nv = realloc(gen->pool, nc * sizeof(*nv));
		if (nv) {
			gen->pool = nv;
			gen->cap = nc;
		}
	}
	if (m && gen == e->db && gen->n_pool < gen->cap) {
		gen->pool[gen->n_pool++] = m;
		m = NULL;
	}
	dd_engine_db *dead = unref(gen);
	pthread_mutex_unlock(&e->db_lock);
	dd_matcher_close(m);
	if (dead)
		gen_free(dead);
}

void dd_engine_db_free_all(dd_engine *e)
{
	if (e->db && !unref(e->db))
		return; /* a scan still holds it: dd_engine_free's contract is broken */
	if (e->db)
		gen_free(e->db);
	e->db = NULL;
}

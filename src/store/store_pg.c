/*
 * The PostgreSQL store: several `drydock serve` processes on one database
 * (issue 17). The one idea: every state change is one transaction on a
 * pooled connection, and the queue is shared through leases: a claimed item
 * carries its process's id and an expiry (unix ms), a process renews its
 * leases while it works, and any process puts items whose lease ran out
 * back in the queue. A late writer whose lease was taken writes nothing
 * (DD_ECANCELED). Two dedicated connections hold session advisory locks:
 * leadership (leader_try) and scan keys (key_lock); when such a connection
 * dies, PostgreSQL lets its locks go, which is the point.
 *
 * Connections: a pool per store handle (the service opens one per
 * process), at most POOL_MAX, made lazily. A pooled connection PostgreSQL
 * dropped (a restart) is reset on acquire with backoff for a bounded time.
 * The conninfo's password is never logged nor returned: messages name the
 * masked location.
 */
#include <errno.h>
#include <poll.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

#include "store/store.h"
#include "store/store_json.h"
#include "store/store_pg.h"

#define REPORT_MAX (512u << 20)
#define POOL_MAX 8
#define PARAMS_MAX 32
#define HELD_MAX 4096          /* items one process holds at once (its workers) */
#define KEYS_MAX 1024          /* scan keys one process holds at once */
#define ROLES_MAX 8
#define RECONNECT_MAX_MS 30000
#define LEASE_DEFAULT_MS 30000
#define ATTEMPTS_MAX 5         /* claims of an item whose lease ran out each time */
/* pg_advisory_lock keys: the migrations, the quota; task closes use the
 * two-int form (another key space) */
#define LOCK_MIGRATE 0x6472796d69677261LL   /* "drymigra" */
#define LOCK_QUOTA 0x647279717569746fLL     /* "dryquoto" */
#define LOCK_TASK_CLASS 17017

struct dd_pg_conn {
	PGconn *pg;
};

typedef struct pg_store {
	dd_store base;
	char *conninfo;
	char where[256];        /* the masked location, for messages */
	char owner[128];
	int64_t lease_ms;
	bool opened;            /* past open: a lost server is waited for */
	pthread_mutex_t lock;   /* the pool and `held` */
	pthread_cond_t freed;
	dd_pg_conn *idle[POOL_MAX];
	size_t nidle, nopen;
	int64_t *held;          /* items this handle claimed and still holds */
	size_t nheld;
	/* items being finished or requeued right now: out of `held`, so that a
	 * renewal that no longer sees them running does not call them lost */
	int64_t *closing;
	size_t nclosing;
	/* leadership: a session lock per role on its own connection */
	pthread_mutex_t lead_mu;
	PGconn *lead;
	char roles[ROLES_MAX][32];
	size_t nroles;
	/* scan keys: session locks on another connection */
	pthread_mutex_t key_mu;
	PGconn *keys;
	char **keys_held;
	size_t nkeys;
} pg_store;

#define PG(base) pg_store *s = (pg_store *)(base)

/* ---- location, owner, clock ---- */

static bool pg_handles(const char *location)
{
	return !strncmp(location, "postgres://", 11) || !strncmp(location, "postgresql://", 13);
}

/* The location with the password (user:PASSWORD@ and password=...) replaced
 * by "***". */
static void mask_location(const char *loc, char *out, size_t cap)
{
	size_t o = 0;
	const char *p = loc, *scheme = strstr(loc, "://");
	const char *at = scheme ? strchr(scheme + 3, '@') : NULL;
	const char *slash = scheme ? strchr(scheme + 3, '/') : NULL;
	if (at && slash && slash < at)
		at = NULL;   /* an '@' in the path or query is no userinfo */
	const char *colon = at ? memchr(scheme + 3, ':', (size_t)(at - scheme - 3)) : NULL;
	while (*p && o + 4 < cap) {
		if (colon && p == colon + 1) {
			o += (size_t)snprintf(out + o, cap - o, "***");
			p = at;
			continue;
		}
		if (!strncmp(p, "password=", 9) && (p == loc || p[-1] == '?' || p[-1] == '&' || p[-1] == ' ')) {
			o += (size_t)snprintf(out + o, cap - o, "password=***");
			p += 9;
			while (*p && *p != '&' && *p != ' ')
				p++;
			continue;
		}
		out[o++] = *p++;
	}
	out[o < cap ? o : cap - 1] = '\0';
}

static int pg_fail(pg_store *s, int code, const char *what, const char *detail)
{
	char msg[300];
	snprintf(msg, sizeof(msg), "%s", detail ? detail : "");
	size_t n = strlen(msg);
	while (n && (msg[n - 1] == '\n' || msg[n - 1] == ' '))
		msg[--n] = '\0';
	return dd_store_error(code, "store %s: %s: %s", s->where, what, msg);
}

static void make_owner(pg_store *s)
{
	char host[64] = "host";
	unsigned char r[4] = { 0 };
	gethostname(host, sizeof(host) - 1);
	host[sizeof(host) - 1] = '\0';
	if (getrandom(r, sizeof(r), 0) != (ssize_t)sizeof(r)) {
		unsigned v = (unsigned)time(NULL) ^ (unsigned)(uintptr_t)s;
		memcpy(r, &v, sizeof(r));
	}
	snprintf(s->owner, sizeof(s->owner), "%.60s:%ld:%02x%02x%02x%02x", host, (long)getpid(), r[0], r[1], r[2], r[3]);
}

/* DRYDOCK_STORE_LEASE_MS: a test knob (docs/store.md), 10 ms .. 1 hour */
static int64_t lease_from_env(void)
{
	const char *e = getenv("DRYDOCK_STORE_LEASE_MS");
	if (!e || !*e)
		return LEASE_DEFAULT_MS;
	char *end;
	long long v = strtoll(e, &end, 10);
	if (*end || v < 10 || v > 3600000)
		return LEASE_DEFAULT_MS;
	return v;
}

static void sleep_ms(int64_t ms)
{
	struct timespec ts = { .tv_sec = ms / 1000, .tv_nsec = (ms % 1000) * 1000000 };
	while (nanosleep(&ts, &ts) && errno == EINTR)
		;
}

/* ---- connections ---- */

/* PostgreSQL's notices ("... already exists, skipping") are not the
 * service's to print */
static void notice_quiet(void *arg, const char *msg)
{
	(void)arg;
	(void)msg;
}

static PGconn *connect_once(pg_store *s)
{
	/* the location's own settings win over these defaults (expand_dbname:
	 * the keywords after dbname would override it) */
	/* a server gone without a word (a cut network) is noticed within about
	 * 30 s instead of a TCP timeout's minutes: keepalives and a user timeout */
	const char *keys[] = { "connect_timeout", "application_name", "keepalives_idle", "keepalives_interval",
		"keepalives_count", "tcp_user_timeout", "dbname", NULL };
	const char *vals[] = { "10", "drydock", "10", "5", "3", "30000", s->conninfo, NULL };
	PGconn *pg = PQconnectdbParams(keys, vals, 1);
	if (pg)
		PQsetNoticeProcessor(pg, notice_quiet, NULL);
	return pg;
}

/* A connection that may be used: an idle connection has nothing to say,
 * so one whose socket is readable is closing (PostgreSQL says "terminating
 * connection" when it stops, then closes it) and is reset; a poll without
 * waiting sees that before a statement fails on it. */
static bool conn_alive(PGconn *pg)
{
	if (PQstatus(pg) != CONNECTION_OK)
		return false;
	struct pollfd p = { .fd = PQsocket(pg), .events = POLLIN };
	return p.fd >= 0 && poll(&p, 1, 0) == 0;
}

/* Makes *pg a live connection: a new one, or the reset of a dead one, with
 * backoff (100 ms doubling to 2 s) for at most RECONNECT_MAX_MS once the
 * store is open (at open: one attempt, a wrong location fails fast). */
static int conn_ready(pg_store *s, PGconn **pg)
{
	if (*pg && conn_alive(*pg))
		return 0;
	int64_t waited = 0, pause = 100;
	for (;;) {
		if (*pg)
			PQreset(*pg);
		else
			*pg = connect_once(s);
		if (!*pg)
			return dd_store_error(DD_ENOMEM, "store %s: out of memory connecting", s->where);
		if (PQstatus(*pg) == CONNECTION_OK)
			return 0;
		if (!s->opened || waited >= RECONNECT_MAX_MS)
			return pg_fail(s, DD_EIO, s->opened ? "PostgreSQL does not answer (gave up reconnecting)" :
				"cannot connect (is PostgreSQL running, the location right?)", PQerrorMessage(*pg));
		sleep_ms(pause);
		waited += pause;
		pause = pause * 2 > 2000 ? 2000 : pause * 2;
	}
}

int dd_pg_acquire(dd_store *base, dd_pg_conn **out)
{
	PG(base);
	dd_pg_conn *c = NULL;
	*out = NULL;
	pthread_mutex_lock(&s->lock);
	while (!s->nidle && s->nopen >= POOL_MAX)
		pthread_cond_wait(&s->freed, &s->lock);
	if (s->nidle)
		c = s->idle[--s->nidle];
	else
		s->nopen++;
	pthread_mutex_unlock(&s->lock);
	if (!c && !(c = calloc(1, sizeof(*c)))) {
		dd_pg_release(base, NULL);
		return dd_store_error(DD_ENOMEM, "store: out of memory");
	}
	int rc = conn_ready(s, &c->pg);
	if (rc) {
		dd_pg_release(base, c);
		return rc;
	}
	*out = c;
	return 0;
}

/* Back to the pool; a connection that is not idle and healthy (NULL: a
 * slot that never got one) is closed, so the next acquire makes a new one. */
void dd_pg_release(dd_store *base, dd_pg_conn *c)
{
	PG(base);
	if (c && c->pg && PQstatus(c->pg) == CONNECTION_OK && PQtransactionStatus(c->pg) != PQTRANS_IDLE)
		PQclear(PQexec(c->pg, "ROLLBACK"));   /* a caller's bug: never leave a transaction open */
	bool keep = c && c->pg && PQstatus(c->pg) == CONNECTION_OK && PQtransactionStatus(c->pg) == PQTRANS_IDLE;
	if (c && !keep) {
		PQfinish(c->pg);
		free(c);
		c = NULL;
	}
	pthread_mutex_lock(&s->lock);
	if (c)
		s->idle[s->nidle++] = c;
	else
		s->nopen--;
	pthread_cond_signal(&s->freed);
	pthread_mutex_unlock(&s->lock);
}

/* ---- statements ---- */

static int execv_pg(pg_store *s, PGconn *pg, PGresult **res, int *changes, const char *sql, const char *fmt,
	va_list ap)
{
	const char *vals[PARAMS_MAX];
	int lens[PARAMS_MAX], fmts[PARAMS_MAX];
	Oid types[PARAMS_MAX];
	char nums[PARAMS_MAX][24];
	int n = 0;
	if (res)
		*res = NULL;
	for (; fmt[n]; n++) {
		if (n >= PARAMS_MAX)
			return dd_store_error(DD_EINVAL, "store: more than %d parameters", PARAMS_MAX);
		vals[n] = NULL;
		lens[n] = 0;
		fmts[n] = 0;
		types[n] = 0;
		if (fmt[n] == 's') {
			vals[n] = va_arg(ap, const char *);
		} else if (fmt[n] == 'i' || fmt[n] == 'I') {
			int64_t v = va_arg(ap, int64_t);
			snprintf(nums[n], sizeof(nums[n]), "%lld", (long long)v);
			if (fmt[n] == 'i' || v)
				vals[n] = nums[n];
			types[n] = 20;   /* int8 */
		} else if (fmt[n] == 'b') {
			vals[n] = (const char *)va_arg(ap, const void *);
			size_t len = va_arg(ap, size_t);
			if (len > (size_t)0x7fffffff)
				return dd_store_error(DD_ELIMIT, "store: a value of %zu bytes is too big", len);
			lens[n] = (int)len;
			fmts[n] = 1;
			types[n] = 17;   /* bytea, sent as is */
		} else {
			return dd_store_error(DD_EINVAL, "store: bad parameter kind '%c'", fmt[n]);
		}
	}
	PGresult *r = PQexecParams(pg, sql, n, types, vals, lens, fmts, 0);
	ExecStatusType st = PQresultStatus(r);
	if (st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK) {
		if (changes)
			*changes = st == PGRES_TUPLES_OK ? PQntuples(r) : atoi(PQcmdTuples(r));
		if (res)
			*res = r;
		else
			PQclear(r);
		return 0;
	}
	int rc;
	const char *state = r ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : NULL;
	if (state && !strcmp(state, "23505"))
		rc = dd_store_error(DD_EINVAL, "store: already exists");
	else if (PQstatus(pg) != CONNECTION_OK)
		rc = pg_fail(s, DD_EIO, "the connection to PostgreSQL was lost (nothing was written; retry)",
			PQerrorMessage(pg));
	else
		rc = pg_fail(s, DD_EIO, "statement failed", r ? PQresultErrorMessage(r) : PQerrorMessage(pg));
	PQclear(r);
	return rc;
}

static int exec_on(pg_store *s, PGconn *pg, PGresult **res, int *changes, const char *sql, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int rc = execv_pg(s, pg, res, changes, sql, fmt, ap);
	va_end(ap);
	return rc;
}

int dd_pg_exec(dd_store *base, dd_pg_conn *c, PGresult **res, int *changes, const char *sql, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int rc = execv_pg((pg_store *)base, c->pg, res, changes, sql, fmt, ap);
	va_end(ap);
	return rc;
}

int dd_pg_begin(dd_store *base, dd_pg_conn *c)
{
	return dd_pg_exec(base, c, NULL, NULL, "BEGIN", "");
}

int dd_pg_end(dd_store *base, dd_pg_conn *c, int rc)
{
	if (rc == 0)
		rc = dd_pg_exec(base, c, NULL, NULL, "COMMIT", "");
	if (rc && PQstatus(c->pg) == CONNECTION_OK && PQtransactionStatus(c->pg) != PQTRANS_IDLE)
		PQclear(PQexec(c->pg, "ROLLBACK"));
	return rc;
}

int64_t dd_pg_int(PGresult *res, int row, int col)
{
	if (!res || row >= PQntuples(res) || col >= PQnfields(res) || PQgetisnull(res, row, col))
		return 0;
	return strtoll(PQgetvalue(res, row, col), NULL, 10);
}

const char *dd_pg_text(PGresult *res, int row, int col)
{
	if (!res || row >= PQntuples(res) || col >= PQnfields(res) || PQgetisnull(res, row, col))
		return "";
	return PQgetvalue(res, row, col);
}

static json_t *row_json(PGresult *r, int row)
{
	json_t *o = json_object();
	int n = PQnfields(r);
	for (int i = 0; o && i < n; i++) {
		if (PQgetisnull(r, row, i))
			continue;
		const char *name = PQfname(r, i), *t = PQgetvalue(r, row, i);
		json_t *v = NULL;
		switch (PQftype(r, i)) {
		case 20: case 21: case 23: {   /* int8, int2, int4 */
			long long x = strtoll(t, NULL, 10);
			v = dd_store_bool_column(name) ? json_boolean(x) : json_integer(x);
			break;
		}
		case 16:   /* bool */
			v = json_boolean(t[0] == 't');
			break;
		case 17:   /* bytea: never part of a JSON row */
			continue;
		default:
			if (dd_store_json_column(name))
				v = json_loads(t, 0, NULL);
			if (!v)
				v = json_string(t);
			if (!strcmp(name, "scanners_list"))
				name = "scanners";
			break;
		}
		if (v)
			json_object_set_new(o, name, v);
	}
	return o;
}

int dd_pg_rows(dd_store *base, PGresult *res, json_t **out)
{
	(void)base;
	json_t *a = json_array();
	int n = PQntuples(res);
	for (int i = 0; a && i < n; i++)
		json_array_append_new(a, row_json(res, i));
	PQclear(res);
	if (!a)
		return dd_store_error(DD_ENOMEM, "store: out of memory");
	*out = a;
	return 0;
}

int dd_pg_row_one(dd_store *base, PGresult *res, json_t **out, const char *what)
{
	(void)base;
	*out = NULL;
	if (PQntuples(res) < 1) {
		PQclear(res);
		return dd_store_error(DD_ENOTFOUND, "%s not found", what);
	}
	*out = row_json(res, 0);
	PQclear(res);
	return 0;
}

const char *dd_pg_owner(dd_store *base)
{
	return ((pg_store *)base)->owner;
}

/* The common shape of a store function: a pooled connection around
 * `expr`, which sees it as `c`. */
#define WITH_CONN(base, expr) \
	do { \
		dd_pg_conn *c; \
		int rc_ = dd_pg_acquire((base), &c); \
		if (rc_) \
			return rc_; \
		rc_ = (expr); \
		dd_pg_release((base), c); \
		return rc_; \
	} while (0)

/* rows of a query into a JSON array */
static int query_rows(dd_store *s, dd_pg_conn *c, json_t **out, const char *sql, const char *fmt, ...)
{
	PGresult *r;
	va_list ap;
	va_start(ap, fmt);
	int rc = execv_pg((pg_store *)s, c->pg, &r, NULL, sql, fmt, ap);
	va_end(ap);
	return rc ? rc : dd_pg_rows(s, r, out);
}

static int query_one(dd_store *s, dd_pg_conn *c, json_t **out, const char *what, const char *sql, const char *fmt, ...)
{
	PGresult *r;
	va_list ap;
	va_start(ap, fmt);
	int rc = execv_pg((pg_store *)s, c->pg, &r, NULL, sql, fmt, ap);
	va_end(ap);
	return rc ? rc : dd_pg_row_one(s, r, out, what);
}

/* the first column of the first row as int64 into *v (0 when none) */
static int query_int(dd_store *s, dd_pg_conn *c, int64_t *v, const char *sql, const char *fmt, ...)
{
	PGresult *r;
	va_list ap;
	va_start(ap, fmt);
	int rc = execv_pg((pg_store *)s, c->pg, &r, NULL, sql, fmt, ap);
	va_end(ap);
	if (!rc) {
		*v = dd_pg_int(r, 0, 0);
		PQclear(r);
	}
	return rc;
}

/* ---- open, migrate, close ---- */

/* Runs the missing migrations under a session advisory lock, so that
 * processes starting together migrate once; a database a newer drydock
 * migrated is refused untouched. */
static int migrate(pg_store *s, PGconn *pg)
{
	int n = 0, rc;
	while (dd_store_pg_migrations[n])
		n++;
	if ((rc = exec_on(s, pg, NULL, NULL, "SELECT pg_advisory_lock($1)", "i", (int64_t)LOCK_MIGRATE)) != 0)
		return rc;
	PGresult *r = NULL;
	int64_t have = 0;
	rc = exec_on(s, pg, NULL, NULL, "CREATE TABLE IF NOT EXISTS schema_version (version BIGINT NOT NULL)", "");
	if (!rc)
		rc = exec_on(s, pg, &r, NULL, "SELECT version FROM schema_version", "");
	if (!rc) {
		if (PQntuples(r) > 1)
			rc = pg_fail(s, DD_EFORMAT, "schema_version", "more than one row: not a drydock store?");
		have = dd_pg_int(r, 0, 0);
		if (!rc && PQntuples(r) == 0)
			rc = exec_on(s, pg, NULL, NULL, "INSERT INTO schema_version(version) VALUES (0)", "");
		PQclear(r);
	}
	if (!rc && have > n)
		rc = dd_store_error(DD_EUNSUPPORTED, "store %s has schema %lld, this drydock knows %d: upgrade drydock",
			s->where, (long long)have, n);
	for (int64_t v = have; !rc && v < n; v++) {
		char what[64];
		snprintf(what, sizeof(what), "migration %lld", (long long)v + 1);
		rc = exec_on(s, pg, NULL, NULL, "BEGIN", "");
		if (rc)
			break;
		/* several statements in one string: the simple query protocol */
		PGresult *m = PQexec(pg, dd_store_pg_migrations[v]);
		if (PQresultStatus(m) != PGRES_COMMAND_OK)
			rc = pg_fail(s, DD_EIO, what, PQresultErrorMessage(m));
		PQclear(m);
		if (!rc)
			rc = exec_on(s, pg, NULL, NULL, "UPDATE schema_version SET version = $1", "i", v + 1);
		if (!rc)
			rc = exec_on(s, pg, NULL, NULL, "COMMIT", "");
		if (rc && PQstatus(pg) == CONNECTION_OK)
			PQclear(PQexec(pg, "ROLLBACK"));
	}
	if (PQstatus(pg) == CONNECTION_OK)
		PQclear(PQexecParams(pg, "SELECT pg_advisory_unlock_all()", 0, NULL, NULL, NULL, NULL, 0));
	return rc;
}

static void pg_close(dd_store *base)
{
	PG(base);
	if (!s)
		return;
	for (size_t i = 0; i < s->nidle; i++) {
		PQfinish(s->idle[i]->pg);
		free(s->idle[i]);
	}
	if (s->lead)
		PQfinish(s->lead);
	if (s->keys)
		PQfinish(s->keys);
	for (size_t i = 0; i < s->nkeys; i++)
		free(s->keys_held[i]);
	free(s->keys_held);
	free(s->held);
	free(s->closing);
	free(s->conninfo);
	pthread_mutex_destroy(&s->lock);
	pthread_cond_destroy(&s->freed);
	pthread_mutex_destroy(&s->lead_mu);
	pthread_mutex_destroy(&s->key_mu);
	free(s);
}

static int pg_open(dd_store **out, const char *location, const char *data_dir)
{
	(void)data_dir;
	*out = NULL;
	if (strlen(location) > 4000)
		return dd_store_error(DD_EINVAL, "store: the PostgreSQL location is over 4000 characters");
	pg_store *s = calloc(1, sizeof(*s));
	if (!s)
		return dd_store_error(DD_ENOMEM, "store: out of memory");
	s->base.be = &dd_store_postgres;
	pthread_mutex_init(&s->lock, NULL);
	pthread_cond_init(&s->freed, NULL);
	pthread_mutex_init(&s->lead_mu, NULL);
	pthread_mutex_init(&s->key_mu, NULL);
	mask_location(location, s->where, sizeof(s->where));
	make_owner(s);
	s->lease_ms = lease_from_env();
	s->conninfo = strdup(location);
	s->held = calloc(HELD_MAX, sizeof(*s->held));
	s->closing = calloc(HELD_MAX, sizeof(*s->closing));
	s->keys_held = calloc(KEYS_MAX, sizeof(*s->keys_held));
	int rc = 0;
	if (!s->conninfo || !s->held || !s->closing || !s->keys_held) {
		rc = dd_store_error(DD_ENOMEM, "store: out of memory");
		goto fail;
	}
	dd_pg_conn *c;
	if ((rc = dd_pg_acquire(&s->base, &c)) != 0)
		goto fail;
	rc = migrate(s, c->pg);
	dd_pg_release(&s->base, c);
	if (rc)
		goto fail;
	s->opened = true;
	*out = &s->base;
	return 0;
fail:
	pg_close(&s->base);
	return rc;
}

static int pg_ping(dd_store *base)
{
	int64_t one = 0;
	WITH_CONN(base, query_int(base, c, &one, "SELECT 1", ""));
}

/* ---- tokens ---- */

static int token_add(dd_store *s, dd_pg_conn *c, const char *name, const char *role, const char *hash)
{
	char now[32];
	dd_store_time(0, now);
	int rc = dd_pg_exec(s, c, NULL, NULL, "INSERT INTO tokens(name, role, hash, created_at) VALUES ($1, $2, $3, $4)",
		"ssss", name, role, hash, now);
	if (rc == DD_EINVAL)
		return dd_store_error(DD_EINVAL, "a token named '%s' exists already: choose another name", name);
	return rc;
}

static int pg_token_add(dd_store *base, const char *name, const char *role, const char *hash)
{
	WITH_CONN(base, token_add(base, c, name, role, hash));
}

static int token_role(dd_store *s, dd_pg_conn *c, const char *hash, char *role, size_t cap)
{
	PGresult *r;
	int rc = dd_pg_exec(s, c, &r, NULL, "SELECT role FROM tokens WHERE hash = $1", "s", hash);
	if (rc)
		return rc;
	if (PQntuples(r) > 0)
		snprintf(role, cap, "%s", dd_pg_text(r, 0, 0));
	else
		rc = dd_store_error(DD_ENOTFOUND, "unknown token");
	PQclear(r);
	return rc;
}

static int pg_token_role(dd_store *base, const char *hash, char *role, size_t cap)
{
	WITH_CONN(base, token_role(base, c, hash, role, cap));
}

/* ---- registries ---- */

#define REG_COLS \
	"name, url, type, username, password_env, authfile, plain_http, speed_limit, secret, created_at, updated_at, " \
	"api_url, api_token_env"

static int registry_put(dd_store *s, dd_pg_conn *c, json_t *r, bool create)
{
	char now[32];
	dd_store_time(0, now);
	const char *name = jstr(r, "name");
	int n = 0, rc;
	if (create) {
		rc = dd_pg_exec(s, c, NULL, &n, "INSERT INTO registries(" REG_COLS ") VALUES ($1, $2, $3, $4, $5, $6, $7, "
			"$8, $9, $10, $11, $12, $13)", "ssssssiisssss", name, jstr(r, "url"), jstr(r, "type"),
			jstr(r, "username"), jstr(r, "password_env"), jstr(r, "authfile"), jbool(r, "plain_http"),
			jint(r, "speed_limit"), jstr(r, "secret"), now, now, jstr(r, "api_url"), jstr(r, "api_token_env"));
		if (rc == DD_EINVAL)
			return dd_store_error(DD_EINVAL, "registry '%s' exists already", name);
		return rc;
	}
	rc = dd_pg_exec(s, c, NULL, &n, "UPDATE registries SET url = $1, type = $2, username = $3, password_env = $4, "
		"authfile = $5, plain_http = $6, speed_limit = $7, secret = COALESCE($8, secret), updated_at = $9, "
		"api_url = $10, api_token_env = $11 WHERE name = $12", "sssssiisssss",
		jstr(r, "url"), jstr(r, "type"), jstr(r, "username"), jstr(r, "password_env"), jstr(r, "authfile"),
		jbool(r, "plain_http"), jint(r, "speed_limit"), jstr(r, "secret"), now, jstr(r, "api_url"),
		jstr(r, "api_token_env"), name);
	if (!rc && !n)
		return dd_store_error(DD_ENOTFOUND, "registry '%s' not found", name);
	return rc;
}

static int pg_registry_put(dd_store *base, json_t *r, bool create)
{
	WITH_CONN(base, registry_put(base, c, r, create));
}

static int pg_registry_get(dd_store *base, const char *name, json_t **out)
{
	WITH_CONN(base, query_one(base, c, out, "registry", "SELECT " REG_COLS " FROM registries WHERE name = $1", "s",
		name));
}

static int pg_registry_list(dd_store *base, json_t **out)
{
	WITH_CONN(base, query_rows(base, c, out, "SELECT " REG_COLS " FROM registries ORDER BY name LIMIT 10000", ""));
}

static int registry_delete(dd_store *s, dd_pg_conn *c, const char *name)
{
	int n = 0;
	int rc = dd_pg_exec(s, c, NULL, &n, "DELETE FROM registries WHERE name = $1", "s", name);
	return !rc && !n ? dd_store_error(DD_ENOTFOUND, "registry '%s' not found", name) : rc;
}

static int pg_registry_delete(dd_store *base, const char *name)
{
	WITH_CONN(base, registry_delete(base, c, name));
}

/* ---- rules ---- */

#define RULE_COLS "id, name, registry, namespace, repository, tag_regex, on_push, cycle, time_range_days, " \
	"retention_days, scanners AS scanners_list, notifiers, created_at, updated_at"

static int rule_put(dd_store *s, dd_pg_conn *c, int64_t *id, json_t *r)
{
	char now[32];
	dd_store_time(0, now);
	char *scanners = jdump(r, "scanners"), *notifiers = jdump(r, "notifiers");
	const char *cycle = jstr(r, "cycle");
	int n = 0, rc;
	if (!*id) {
		PGresult *res = NULL;
		rc = dd_pg_exec(s, c, &res, NULL, "INSERT INTO rules(name, registry, namespace, repository, tag_regex, "
			"on_push, cycle, time_range_days, retention_days, scanners, notifiers, created_at, updated_at) "
			"VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id", "sssssisiissss",
			jstr(r, "name"), jstr(r, "registry"), jstr(r, "namespace"), jstr(r, "repository"), jstr(r, "tag_regex"),
			jbool(r, "on_push"), cycle ? cycle : "off", jint(r, "time_range_days"), jint(r, "retention_days"),
			scanners, notifiers, now, now);
		if (!rc)
			*id = dd_pg_int(res, 0, 0);
		PQclear(res);
	} else {
		rc = dd_pg_exec(s, c, NULL, &n, "UPDATE rules SET name = $1, registry = $2, namespace = $3, repository = $4, "
			"tag_regex = $5, on_push = $6, cycle = $7, time_range_days = $8, retention_days = $9, scanners = $10, "
			"notifiers = $11, updated_at = $12 WHERE id = $13", "sssssisiisssi",
			jstr(r, "name"), jstr(r, "registry"), jstr(r, "namespace"), jstr(r, "repository"), jstr(r, "tag_regex"),
			jbool(r, "on_push"), cycle ? cycle : "off", jint(r, "time_range_days"), jint(r, "retention_days"),
			scanners, notifiers, now, *id);
		if (!rc && !n)
			rc = dd_store_error(DD_ENOTFOUND, "rule %lld not found", (long long)*id);
	}
	free(scanners);
	free(notifiers);
	return rc;
}

static int pg_rule_put(dd_store *base, int64_t *id, json_t *r)
{
	WITH_CONN(base, rule_put(base, c, id, r));
}

static int pg_rule_get(dd_store *base, int64_t id, json_t **out)
{
	WITH_CONN(base, query_one(base, c, out, "rule", "SELECT " RULE_COLS " FROM rules WHERE id = $1", "i", id));
}

static int pg_rule_list(dd_store *base, int64_t after, size_t limit, json_t **out)
{
	WITH_CONN(base, query_rows(base, c, out, "SELECT " RULE_COLS " FROM rules WHERE id > $1 ORDER BY id LIMIT $2",
		"ii", after, (int64_t)limit));
}

/* a row by id: DD_ENOTFOUND naming `what` when there is none */
static int delete_by_id(dd_store *s, dd_pg_conn *c, const char *sql, int64_t id, const char *what)
{
	int n = 0;
	int rc = dd_pg_exec(s, c, NULL, &n, sql, "i", id);
	return !rc && !n ? dd_store_error(DD_ENOTFOUND, "%s %lld not found", what, (long long)id) : rc;
}

static int pg_rule_delete(dd_store *base, int64_t id)
{
	WITH_CONN(base, delete_by_id(base, c, "DELETE FROM rules WHERE id = $1", id, "rule"));
}

/* ---- tasks ---- */

#define TASK_COLS \
	"id, kind, state, rule, chain, scan_task, image, total, done, failed, created_at, started_at, finished_at"
#define ITEM_COLS "id, registry, repository, tag, digest, step, state, error, attempts, started_at, finished_at"

int dd_pg_task_insert(dd_store *s, dd_pg_conn *c, const char *kind, int64_t rule, unsigned scanners, json_t *items,
	int64_t deadline, int64_t *id)
{
	char now[32];
	dd_store_time(0, now);
	size_t n = json_array_size(items);
	PGresult *r = NULL;
	int rc = dd_pg_exec(s, c, &r, NULL, "INSERT INTO tasks(kind, state, rule, scanners, deadline, total, done, "
		"failed, created_at, finished_at) VALUES ($1, $2, $3, $4, $5, $6, 0, 0, $7, $8) RETURNING id", "ssIiiiss",
		kind, n ? DD_STATE_QUEUED : DD_STATE_SUCCEEDED, rule, (int64_t)scanners, deadline, (int64_t)n, now,
		n ? NULL : now);
	if (rc)
		return rc;
	*id = dd_pg_int(r, 0, 0);
	PQclear(r);
	if (!n)
		return 0;
	/* every item in one statement, in the array's order (ids ascending) */
	json_t *rows = json_array();
	for (size_t i = 0; rows && i < n; i++) {
		json_t *it = json_array_get(items, i);
		/* step: a chain task's step; absent (NULL): a scan */
		json_array_append_new(rows, json_pack("{s:s?,s:s?,s:s?,s:s?,s:s?}", "registry", jstr(it, "registry"),
			"repository", jstr(it, "repository"), "tag", jstr(it, "tag"), "digest", jstr(it, "digest"), "step",
			jstr(it, "step")));
	}
	char *text = rows ? json_dumps(rows, JSON_COMPACT) : NULL;
	json_decref(rows);
	if (!text)
		return dd_store_error(DD_ENOMEM, "store: out of memory writing task items");
	int added = 0;
	rc = dd_pg_exec(s, c, NULL, &added, "INSERT INTO task_items(task, registry, repository, tag, digest, step, state) "
		"SELECT $1, x.registry, x.repository, x.tag, x.digest, x.step, 'queued' FROM ROWS FROM "
		"(json_to_recordset($2::json) AS (registry text, repository text, tag text, digest text, step text)) WITH "
		"ORDINALITY AS x(registry, repository, tag, digest, step, n) ORDER BY x.n", "is", *id, text);
	free(text);
	if (!rc && (size_t)added != n)
		rc = dd_store_error(DD_EIO, "store: %d of %zu task items written", added, n);
	return rc;
}

static int task_create(dd_store *s, dd_pg_conn *c, const char *kind, int64_t rule, unsigned scanners, json_t *items,
	int64_t deadline, int64_t *id)
{
	int rc = dd_pg_begin(s, c);
	return rc ? rc : dd_pg_end(s, c, dd_pg_task_insert(s, c, kind, rule, scanners, items, deadline, id));
}

static int pg_task_create(dd_store *base, const char *kind, int64_t rule, unsigned scanners, json_t *items,
	int64_t deadline, int64_t *id)
{
	WITH_CONN(base, task_create(base, c, kind, rule, scanners, items, deadline, id));
}

static int task_get(dd_store *s, dd_pg_conn *c, int64_t id, int64_t after, size_t limit, json_t **out)
{
	int rc = query_one(s, c, out, "task", "SELECT " TASK_COLS " FROM tasks WHERE id = $1", "i", id);
	if (rc)
		return rc;
	json_t *items = NULL;
	rc = query_rows(s, c, &items, "SELECT " ITEM_COLS " FROM task_items WHERE task = $1 AND id > $2 ORDER BY id "
		"LIMIT $3", "iii", id, after, (int64_t)limit);
	if (rc) {
		json_decref(*out);
		*out = NULL;
		return rc;
	}
	json_object_set_new(*out, "items", items);
	return 0;
}

static int pg_task_get(dd_store *base, int64_t id, int64_t after, size_t limit, json_t **out)
{
	WITH_CONN(base, task_get(base, c, id, after, limit, out));
}

static int pg_task_list(dd_store *base, int64_t after, size_t limit, json_t **out)
{
	WITH_CONN(base, query_rows(base, c, out, "SELECT " TASK_COLS " FROM tasks WHERE id > $1 ORDER BY id LIMIT $2",
		"ii", after, (int64_t)limit));
}

/* Ends a task in state `to` when it is still open (store_sqlite.c's
 * close_task: at the deadline its queued items end skipped, with the
 * reason in the item and the log). Inside the caller's transaction; two
 * processes closing one task take turns on a transaction lock of the task,
 * so the second sees it closed and logs nothing twice. */
static int close_task(dd_store *s, dd_pg_conn *c, int64_t id, const char *to, int *closed)
{
	char now[32];
	dd_store_time(0, now);
	int n = 0;
	bool timed_out = !strcmp(to, DD_STATE_TIMED_OUT);
	const char *why = "not started: the task reached max_task_duration";
	int rc = dd_pg_exec(s, c, NULL, NULL, "SELECT pg_advisory_xact_lock($1::int, ($2 % 2147483647)::int)", "ii",
		(int64_t)LOCK_TASK_CLASS, id);
	if (!rc && timed_out)
		rc = dd_pg_exec(s, c, NULL, NULL, "INSERT INTO task_logs(task, at, image, step, message) SELECT task, $1, "
			"registry || '/' || repository || ':' || tag, 'skipped', $2 FROM task_items WHERE task = $3 AND "
			"state = 'queued' ORDER BY id", "ssi", now, why, id);
	if (!rc)
		rc = dd_pg_exec(s, c, NULL, &n, "UPDATE task_items SET state = $1, error = $2, finished_at = $3 WHERE "
			"task = $4 AND state = 'queued'", "sssi", timed_out ? DD_STATE_SKIPPED : to, timed_out ? why : NULL,
			now, id);
	if (!rc)
		rc = dd_pg_exec(s, c, NULL, NULL, "UPDATE tasks SET done = done + $1 WHERE id = $2", "ii", (int64_t)n, id);
	if (!rc)
		rc = dd_pg_exec(s, c, NULL, closed, "UPDATE tasks SET state = $1, finished_at = $2 WHERE id = $3 AND "
			"state IN ('queued', 'running')", "ssi", to, now, id);
	return rc;
}

static int task_cancel(dd_store *s, dd_pg_conn *c, int64_t id)
{
	int64_t known = 0;
	int rc = query_int(s, c, &known, "SELECT count(*) FROM tasks WHERE id = $1", "i", id);
	if (rc)
		return rc;
	if (known <= 0)
		return dd_store_error(DD_ENOTFOUND, "task %lld not found", (long long)id);
	int closed = 0;
	if ((rc = dd_pg_begin(s, c)) != 0)
		return rc;
	rc = close_task(s, c, id, DD_STATE_CANCELED, &closed);
	if (!rc && !closed)
		rc = dd_store_error(DD_EINVAL, "task %lld has already finished", (long long)id);
	return dd_pg_end(s, c, rc);
}

static int pg_task_cancel(dd_store *base, int64_t id)
{
	WITH_CONN(base, task_cancel(base, c, id));
}

static int task_state(dd_store *s, dd_pg_conn *c, int64_t id, char *state, size_t cap)
{
	PGresult *r;
	int rc = dd_pg_exec(s, c, &r, NULL, "SELECT state FROM tasks WHERE id = $1", "i", id);
	if (rc)
		return rc;
	if (PQntuples(r) > 0)
		snprintf(state, cap, "%s", dd_pg_text(r, 0, 0));
	else
		rc = dd_store_error(DD_ENOTFOUND, "task %lld not found", (long long)id);
	PQclear(r);
	return rc;
}

static int pg_task_state(dd_store *base, int64_t id, char *state, size_t cap)
{
	WITH_CONN(base, task_state(base, c, id, state, cap));
}

static int task_expire(dd_store *s, dd_pg_conn *c, int64_t now, size_t *expired)
{
	PGresult *r;
	*expired = 0;
	int rc = dd_pg_exec(s, c, &r, NULL, "SELECT id FROM tasks WHERE state IN ('queued', 'running') AND deadline > 0 "
		"AND deadline <= $1 LIMIT 64", "i", now);
	if (rc)
		return rc;
	int n = PQntuples(r);
	if (n && (rc = dd_pg_begin(s, c)) == 0) {
		for (int i = 0; !rc && i < n; i++) {
			int closed = 0;
			rc = close_task(s, c, dd_pg_int(r, i, 0), DD_STATE_TIMED_OUT, &closed);
			*expired += (size_t)closed;
		}
		rc = dd_pg_end(s, c, rc);
	}
	PQclear(r);
	if (rc)
		*expired = 0;
	return rc;
}

static int pg_task_expire(dd_store *base, int64_t now, size_t *expired)
{
	WITH_CONN(base, task_expire(base, c, now, expired));
}

static int task_log_add(dd_store *s, dd_pg_conn *c, int64_t task, const char *image, const char *step, const char *msg)
{
	char now[32];
	dd_store_time(0, now);
	return dd_pg_exec(s, c, NULL, NULL, "INSERT INTO task_logs(task, at, image, step, message) VALUES ($1, $2, $3, "
		"$4, $5)", "issss", task, now, image, step, msg);
}

static int pg_task_log_add(dd_store *base, int64_t task, const char *image, const char *step, const char *msg)
{
	WITH_CONN(base, task_log_add(base, c, task, image, step, msg));
}

static int pg_task_log(dd_store *base, int64_t task, int64_t after, size_t limit, json_t **out)
{
	WITH_CONN(base, query_rows(base, c, out, "SELECT id, at, image, step, message FROM task_logs WHERE task = $1 "
		"AND id > $2 ORDER BY id LIMIT $3", "iii", task, after, (int64_t)limit));
}

/* ---- items and their leases ---- */

static void held_add(pg_store *s, int64_t id)
{
	pthread_mutex_lock(&s->lock);
	if (s->nheld < HELD_MAX)
		s->held[s->nheld++] = id;
	pthread_mutex_unlock(&s->lock);
}

static bool id_remove(int64_t *ids, size_t *n, int64_t id)
{
	for (size_t i = 0; i < *n; i++)
		if (ids[i] == id) {
			ids[i] = ids[--*n];
			return true;
		}
	return false;
}

/* Before the statement that ends the item: from held to closing. A
 * renewal racing with it (the end committed, this process's list not yet
 * updated) then does not count the item lost. */
static void held_close(pg_store *s, int64_t id)
{
	pthread_mutex_lock(&s->lock);
	if (id_remove(s->held, &s->nheld, id) && s->nclosing < HELD_MAX)
		s->closing[s->nclosing++] = id;
	pthread_mutex_unlock(&s->lock);
}

/* After it: gone, or back to held when the store did not answer (the item
 * is still this process's, its lease still to be renewed). */
static void held_closed(pg_store *s, int64_t id, bool still_held)
{
	pthread_mutex_lock(&s->lock);
	if (id_remove(s->closing, &s->nclosing, id) && still_held && s->nheld < HELD_MAX)
		s->held[s->nheld++] = id;
	pthread_mutex_unlock(&s->lock);
}

static void text_copy(PGresult *r, int col, char *dst, size_t cap)
{
	snprintf(dst, cap, "%s", dd_pg_text(r, 0, col));
}

/* The best queued item of an open task, leased to this process, and its
 * task marked running: one statement (atomic without BEGIN, one round
 * trip). The row lock with SKIP LOCKED lets concurrent claimers pass each
 * other instead of waiting or taking the same item. As in store_sqlite.c,
 * a chain task's steps come first (short, and a verdict's block must not
 * wait behind the scan queue), a step only once no earlier item of its
 * task is queued or running; then the scans, oldest first (COALESCE runs
 * the second subquery only when the first found nothing).
 *
 * Why two claimers never run two steps of one task at once: an item's
 * state only moves queued -> running -> ended (or back to queued when its
 * lease runs out), and every statement's snapshot is taken before its row
 * locks. A claimer that takes step k locks it while still queued; a second
 * claimer whose snapshot predates that commit sees step k queued, so
 * NOT EXISTS rules out step k+1; one whose snapshot follows it sees step k
 * running. Either way step k+1 waits until step k ended and that committed. */
static int item_claim(pg_store *s, dd_pg_conn *c, dd_store_item *out)
{
	char now[32];
	dd_store_time(0, now);
	PGresult *r = NULL;
	int rc = dd_pg_exec(&s->base, c, &r, NULL, "WITH c AS (UPDATE task_items i SET state = 'running', "
		"lease_owner = $1, lease_until = $2, attempts = i.attempts + 1, started_at = $3 FROM tasks t WHERE "
		"t.id = i.task AND i.id = COALESCE((SELECT q.id FROM task_items q JOIN tasks qt ON qt.id = q.task WHERE "
		"q.state = 'queued' AND q.step IS NOT NULL AND qt.state IN ('queued', 'running') AND NOT EXISTS (SELECT 1 "
		"FROM task_items p WHERE p.task = q.task AND p.id < q.id AND p.state IN ('queued', 'running')) ORDER BY "
		"q.id LIMIT 1 FOR UPDATE OF q SKIP LOCKED), (SELECT q.id FROM task_items q JOIN tasks qt ON qt.id = q.task "
		"WHERE q.state = 'queued' AND q.step IS NULL AND qt.state IN ('queued', 'running') ORDER BY q.id LIMIT 1 "
		"FOR UPDATE OF q SKIP LOCKED)) "
		"RETURNING i.id, i.task, i.registry, i.repository, i.tag, i.digest, t.scanners, t.deadline, i.attempts, "
		"t.kind, i.step), u AS (UPDATE tasks SET state = 'running', started_at = COALESCE(started_at, $3) WHERE id = "
		"(SELECT task FROM c) AND state = 'queued') SELECT * FROM c", "sis", s->owner,
		dd_store_now_ms() + s->lease_ms, now);
	if (rc)
		return rc;
	if (PQntuples(r) == 0) {
		PQclear(r);
		return DD_ITEROVER;
	}
	memset(out, 0, sizeof(*out));
	out->id = dd_pg_int(r, 0, 0);
	out->task = dd_pg_int(r, 0, 1);
	text_copy(r, 2, out->registry, sizeof(out->registry));
	text_copy(r, 3, out->repository, sizeof(out->repository));
	text_copy(r, 4, out->tag, sizeof(out->tag));
	text_copy(r, 5, out->digest, sizeof(out->digest));
	out->scanners = (unsigned)dd_pg_int(r, 0, 6);
	out->task_deadline = dd_pg_int(r, 0, 7);
	out->attempts = (int)dd_pg_int(r, 0, 8);
	text_copy(r, 9, out->kind, sizeof(out->kind));
	text_copy(r, 10, out->step, sizeof(out->step));
	PQclear(r);
	held_add(s, out->id);
	return 0;
}

static int pg_item_claim(dd_store *base, dd_store_item *out)
{
	PG(base);
	WITH_CONN(base, item_claim(s, c, out));
}

static bool failed_state(const char *st)
{
	return !strcmp(st, DD_STATE_FAILED) || !strcmp(st, DD_STATE_TIMED_OUT);
}

/* Ends the task when none of its items is open any more (inside the
 * caller's transaction, as a statement of its own: its snapshot sees the
 * items other processes finished meanwhile, so the last finisher of two
 * concurrent ones always sees the task done). */
static int task_close_done(dd_store *s, dd_pg_conn *c, int64_t task, const char *now)
{
	return dd_pg_exec(s, c, NULL, NULL, "UPDATE tasks SET state = CASE WHEN failed > 0 THEN 'failed' ELSE "
		"'succeeded' END, finished_at = $1 WHERE id = $2 AND state IN ('queued', 'running') AND NOT EXISTS "
		"(SELECT 1 FROM task_items WHERE task = $2 AND state IN ('queued', 'running'))", "si", now, task);
}

/* Counts items' ends in their task (failed of them failed) and ends the
 * task with its last item. */
static int task_count_end(dd_store *s, dd_pg_conn *c, int64_t task, int64_t ended, int64_t failed, const char *now)
{
	int rc = dd_pg_exec(s, c, NULL, NULL, "UPDATE tasks SET done = done + $1, failed = failed + $2 WHERE id = $3",
		"iii", ended, failed, task);
	return rc ? rc : task_close_done(s, c, task, now);
}

/* Why a write on an item this process does not hold (any more) did nothing. */
static int lease_lost(dd_store *s, dd_pg_conn *c, int64_t item)
{
	int64_t known = 0;
	int rc = query_int(s, c, &known, "SELECT count(*) FROM task_items WHERE id = $1", "i", item);
	if (rc)
		return rc;
	if (!known)
		return dd_store_error(DD_ENOTFOUND, "task item %lld not found", (long long)item);
	return dd_store_error(DD_ECANCELED, "the lease on item %lld ran out and another process took it (or it "
		"ended already): nothing written", (long long)item);
}

static int item_finish(pg_store *s, dd_pg_conn *c, int64_t item, const char *state, const char *digest, int64_t scan,
	const char *error)
{
	char now[32];
	dd_store_time(0, now);
	PGresult *r = NULL;
	held_close(s, item);
	int rc = dd_pg_begin(&s->base, c);
	if (rc) {
		held_closed(s, item, rc == DD_EIO);
		return rc;
	}
	/* the item and its count in one statement: 4 round trips in all */
	rc = dd_pg_exec(&s->base, c, &r, NULL, "WITH i AS (UPDATE task_items SET state = $1, digest = COALESCE($2, "
		"digest), scan = $3, error = $4, finished_at = $5, lease_owner = NULL, lease_until = NULL WHERE id = $6 AND "
		"state = 'running' AND lease_owner = $7 RETURNING task) UPDATE tasks SET done = done + 1, failed = failed + "
		"$8 FROM i WHERE tasks.id = i.task RETURNING tasks.id", "ssIssisi", state, digest, scan > 0 ? scan : 0,
		error, now, item, s->owner, (int64_t)failed_state(state));
	if (!rc && PQntuples(r) == 0)
		rc = 1;   /* not ours: say why after the rollback */
	if (!rc)
		rc = task_close_done(&s->base, c, dd_pg_int(r, 0, 0), now);
	PQclear(r);
	if (rc == 1) {
		dd_pg_end(&s->base, c, rc);
		rc = lease_lost(&s->base, c, item);
	} else {
		rc = dd_pg_end(&s->base, c, rc);
	}
	held_closed(s, item, rc == DD_EIO);
	return rc;
}

static int pg_item_finish(dd_store *base, int64_t item, const char *state, const char *digest, int64_t scan,
	const char *error)
{
	PG(base);
	WITH_CONN(base, item_finish(s, c, item, state, digest, scan, error));
}

static int item_requeue(pg_store *s, dd_pg_conn *c, int64_t item)
{
	int n = 0;
	held_close(s, item);
	int rc = dd_pg_exec(&s->base, c, NULL, &n, "UPDATE task_items SET state = 'queued', started_at = NULL, "
		"lease_owner = NULL, lease_until = NULL WHERE id = $1 AND state = 'running' AND lease_owner = $2", "is",
		item, s->owner);
	if (!rc && !n)
		rc = lease_lost(&s->base, c, item);
	held_closed(s, item, rc == DD_EIO);
	return rc;
}

static int pg_item_requeue(dd_store *base, int64_t item)
{
	PG(base);
	WITH_CONN(base, item_requeue(s, c, item));
}

static int queue_depth(dd_store *s, dd_pg_conn *c, int64_t *queued, int64_t *running)
{
	PGresult *r;
	int rc = dd_pg_exec(s, c, &r, NULL, "SELECT count(*) FILTER (WHERE state = 'queued'), count(*) FILTER "
		"(WHERE state = 'running') FROM task_items WHERE state IN ('queued', 'running')", "");
	if (!rc) {
		*queued = dd_pg_int(r, 0, 0);
		*running = dd_pg_int(r, 0, 1);
		PQclear(r);
	}
	return rc;
}

static int pg_queue_depth(dd_store *base, int64_t *queued, int64_t *running)
{
	WITH_CONN(base, queue_depth(base, c, queued, running));
}

/* Every lease this process holds, extended; the items it claimed that are
 * no longer its own (another process took them after a lapse) are counted
 * once in *lost. Only items held before the UPDATE began are judged: one
 * claimed while it ran is this process's and may be missing from its rows
 * (and one being finished left the held list first: held_close). */
static int lease_renew(pg_store *s, dd_pg_conn *c, size_t *lost)
{
	PGresult *r;
	*lost = 0;
	int64_t before[HELD_MAX];
	pthread_mutex_lock(&s->lock);
	size_t nbefore = s->nheld;
	memcpy(before, s->held, nbefore * sizeof(*before));
	pthread_mutex_unlock(&s->lock);
	int rc = dd_pg_exec(&s->base, c, &r, NULL, "UPDATE task_items SET lease_until = $1 WHERE state = 'running' AND "
		"lease_owner = $2 RETURNING id", "is", dd_store_now_ms() + s->lease_ms, s->owner);
	if (rc)
		return rc;
	int n = PQntuples(r);
	pthread_mutex_lock(&s->lock);
	for (size_t b = 0; b < nbefore; b++) {
		bool mine = false;
		for (int j = 0; !mine && j < n; j++)
			mine = dd_pg_int(r, j, 0) == before[b];
		if (!mine && id_remove(s->held, &s->nheld, before[b]))
			(*lost)++;
	}
	pthread_mutex_unlock(&s->lock);
	PQclear(r);
	return 0;
}

static int pg_lease_renew(dd_store *base, size_t *lost)
{
	PG(base);
	WITH_CONN(base, lease_renew(s, c, lost));
}

/* Items whose lease ran out: back to the queue, or failed once they were
 * claimed ATTEMPTS_MAX times (a scan that kills its process each time),
 * or canceled when their task ended meanwhile. Rows another process is
 * expiring or finishing right now are skipped, not waited for. */
static int lease_expire(dd_store *s, dd_pg_conn *c, size_t *requeued)
{
	char now[32], why[160];
	dd_store_time(0, now);
	snprintf(why, sizeof(why), "the lease ran out %d times (the process holding it died or hung): not retried",
		ATTEMPTS_MAX);
	PGresult *r = NULL;
	*requeued = 0;
	int rc = dd_pg_begin(s, c);
	if (rc)
		return rc;
	rc = dd_pg_exec(s, c, &r, NULL, "WITH e AS (UPDATE task_items i SET state = CASE WHEN t.state NOT IN "
		"('queued', 'running') "
		"THEN 'canceled' WHEN i.attempts >= $1 THEN 'failed' ELSE 'queued' END, error = CASE WHEN t.state IN "
		"('queued', 'running') AND i.attempts >= $1 THEN $2 ELSE i.error END, finished_at = CASE WHEN t.state NOT "
		"IN ('queued', 'running') OR i.attempts >= $1 THEN $3 END, started_at = CASE WHEN t.state NOT IN "
		"('queued', 'running') OR i.attempts >= $1 THEN i.started_at END, lease_owner = NULL, lease_until = NULL "
		"FROM tasks t WHERE t.id = i.task AND i.id IN (SELECT id FROM task_items WHERE state = 'running' AND "
		"lease_until < $4 ORDER BY id LIMIT 1000 FOR UPDATE SKIP LOCKED) RETURNING i.task, i.state) "
		"SELECT task, count(*) FILTER (WHERE state = 'queued'), count(*) FILTER (WHERE state <> 'queued'), "
		"count(*) FILTER (WHERE state = 'failed') FROM e GROUP BY task ORDER BY task",
		"issi", (int64_t)ATTEMPTS_MAX, why, now, dd_store_now_ms());
	/* the tasks in id order: two processes expiring at once lock them in
	 * the same order, never in a deadlock */
	int n = rc ? 0 : PQntuples(r);
	for (int i = 0; !rc && i < n; i++) {
		*requeued += (size_t)dd_pg_int(r, i, 1);
		if (dd_pg_int(r, i, 2))
			rc = task_count_end(s, c, dd_pg_int(r, i, 0), dd_pg_int(r, i, 2), dd_pg_int(r, i, 3), now);
	}
	PQclear(r);
	rc = dd_pg_end(s, c, rc);
	if (rc)
		*requeued = 0;
	return rc;
}

static int pg_lease_expire(dd_store *base, size_t *requeued)
{
	WITH_CONN(base, lease_expire(base, c, requeued));
}

/* At a process's start: only the items whose lease ran out. The items a
 * live process holds stay its own (SQLite's recover requeues all). */
static int pg_recover(dd_store *base, size_t *requeued)
{
	return pg_lease_expire(base, requeued);
}

/* ---- leadership and scan keys: session advisory locks ---- */

/* A role's or key's lock: the first 8 bytes of SHA-256 of ns + name. */
#define LOCK_KEY_SQL "('x' || left(encode(sha256(convert_to($1::text || $2::text, 'UTF8')), 'hex'), 16))::bit(64)::bigint"

/* True when the dedicated connection *pg died (it is closed, *pg NULL):
 * PostgreSQL let its session locks go with it, so the caller forgets
 * them. A round trip, not only a poll: a cut that sent nothing shows. */
static bool dedicated_lost(PGconn **pg)
{
	if (!*pg)
		return false;
	bool ok = conn_alive(*pg);
	if (ok) {
		PGresult *r = PQexecParams(*pg, "SELECT 1", 0, NULL, NULL, NULL, NULL, 0);
		ok = PQresultStatus(r) == PGRES_TUPLES_OK;
		PQclear(r);
	}
	if (ok)
		return false;
	PQfinish(*pg);
	*pg = NULL;
	return true;
}

/* One try on a fresh connection, no backoff: a caller of leader_try and
 * key_lock asks again later. */
static int dedicated_connect(pg_store *s, PGconn **pg)
{
	if (*pg)
		PQfinish(*pg);
	*pg = connect_once(s);
	if (*pg && PQstatus(*pg) == CONNECTION_OK)
		return 0;
	int rc = pg_fail(s, DD_EIO, "cannot connect for a lock", *pg ? PQerrorMessage(*pg) : "out of memory");
	PQfinish(*pg);
	*pg = NULL;
	return rc;
}

static int try_lock(pg_store *s, PGconn *pg, const char *ns, const char *name, bool *got)
{
	PGresult *r;
	int rc = exec_on(s, pg, &r, NULL, "SELECT pg_try_advisory_lock(" LOCK_KEY_SQL ")", "ss", ns, name);
	if (!rc) {
		*got = dd_pg_text(r, 0, 0)[0] == 't';
		PQclear(r);
	}
	return rc;
}

static int leader_try(pg_store *s, const char *role, bool *leader)
{
	size_t i;
	*leader = false;
	if (!role || strlen(role) >= sizeof(s->roles[0]))
		return dd_store_error(DD_EINVAL, "store: a leader role of 1 to 31 characters");
	if (dedicated_lost(&s->lead)) {
		/* another process may hold the roles now; a later call tries
		 * again on a new connection */
		bool had = false;
		for (i = 0; i < s->nroles; i++)
			had = had || !strcmp(s->roles[i], role);
		s->nroles = 0;
		if (had)
			return 0;
	}
	for (i = 0; i < s->nroles; i++)
		if (!strcmp(s->roles[i], role)) {
			*leader = true;
			return 0;
		}
	if (s->nroles >= ROLES_MAX)
		return dd_store_error(DD_ELIMIT, "store: more than %d leader roles", ROLES_MAX);
	int rc = s->lead ? 0 : dedicated_connect(s, &s->lead);
	if (!rc)
		rc = try_lock(s, s->lead, "drydock leader ", role, leader);
	if (!rc && *leader)
		snprintf(s->roles[s->nroles++], sizeof(s->roles[0]), "%s", role);
	return rc;
}

/* returns expr's value, evaluated holding the mutex mu */
#define UNDER(mu, expr) \
	do { \
		pthread_mutex_lock(mu); \
		int rc_ = (expr); \
		pthread_mutex_unlock(mu); \
		return rc_; \
	} while (0)

static int pg_leader_try(dd_store *base, const char *role, bool *leader)
{
	PG(base);
	UNDER(&s->lead_mu, leader_try(s, role, leader));
}

static ssize_t key_index(pg_store *s, const char *key)
{
	for (size_t i = 0; i < s->nkeys; i++)
		if (!strcmp(s->keys_held[i], key))
			return (ssize_t)i;
	return -1;
}

static void keys_forget(pg_store *s)
{
	for (size_t i = 0; i < s->nkeys; i++)
		free(s->keys_held[i]);
	s->nkeys = 0;
}

static int key_lock(pg_store *s, const char *key, bool *got)
{
	*got = false;
	if (!key || strlen(key) > 1024)
		return dd_store_error(DD_EINVAL, "store: a scan key of at most 1024 bytes");
	if (dedicated_lost(&s->keys))
		keys_forget(s);
	if (key_index(s, key) >= 0)
		return 0;         /* another thread of this process pulls it */
	if (s->nkeys >= KEYS_MAX)
		return dd_store_error(DD_ELIMIT, "store: more than %d scan keys locked at once", KEYS_MAX);
	char *copy = strdup(key);
	if (!copy)
		return dd_store_error(DD_ENOMEM, "store: out of memory");
	int rc = s->keys ? 0 : dedicated_connect(s, &s->keys);
	if (!rc)
		rc = try_lock(s, s->keys, "drydock key ", key, got);
	if (!rc && *got)
		s->keys_held[s->nkeys++] = copy;
	else
		free(copy);
	return rc;
}

static int pg_key_lock(dd_store *base, const char *key, bool *got)
{
	PG(base);
	UNDER(&s->key_mu, key_lock(s, key, got));
}

static int key_unlock(pg_store *s, const char *key)
{
	ssize_t i = key ? key_index(s, key) : -1;
	if (i < 0)
		return 0;   /* not held (or gone with a dead connection) */
	free(s->keys_held[i]);
	s->keys_held[i] = s->keys_held[--s->nkeys];
	if (!s->keys || PQstatus(s->keys) != CONNECTION_OK)
		return 0;
	PGresult *r;
	int rc = exec_on(s, s->keys, &r, NULL, "SELECT pg_advisory_unlock(" LOCK_KEY_SQL ")", "ss", "drydock key ", key);
	if (!rc)
		PQclear(r);
	return rc;
}

static int pg_key_unlock(dd_store *base, const char *key)
{
	PG(base);
	UNDER(&s->key_mu, key_unlock(s, key));
}

/* ---- images ---- */

static int image_put(dd_store *s, dd_pg_conn *c, const char *registry, const char *repository, const char *tag,
	const char *digest, const char *pushed_at, int64_t scan)
{
	char now[32];
	dd_store_time(0, now);
	return dd_pg_exec(s, c, NULL, NULL, "INSERT INTO images(registry, repository, tag, digest, pushed_at, scan, "
		"updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT(registry, repository, tag) DO UPDATE SET "
		"scan = CASE WHEN excluded.scan > 0 THEN excluded.scan WHEN excluded.digest IS NOT NULL AND "
		"excluded.digest IS DISTINCT FROM images.digest THEN NULL ELSE images.scan END, "
		"digest = COALESCE(excluded.digest, images.digest), pushed_at = COALESCE(excluded.pushed_at, "
		"images.pushed_at), updated_at = excluded.updated_at", "sssssIs", registry, repository, tag, digest,
		pushed_at, scan > 0 ? scan : 0, now);
}

static int pg_image_put(dd_store *base, const char *registry, const char *repository, const char *tag,
	const char *digest, const char *pushed_at, int64_t scan)
{
	WITH_CONN(base, image_put(base, c, registry, repository, tag, digest, pushed_at, scan));
}

static int pg_image_list(dd_store *base, const char *registry, const char *repository, int64_t after, size_t limit,
	json_t **out)
{
	WITH_CONN(base, query_rows(base, c, out, "SELECT i.id, i.registry, i.repository, i.tag, i.digest, i.pushed_at, "
		"i.updated_at, s.scanned_at, s.complete FROM images i LEFT JOIN scans s ON s.id = i.scan WHERE i.id > $1 AND "
		"($2::text IS NULL OR i.registry = $2) AND ($3::text IS NULL OR i.repository = $3) ORDER BY i.id LIMIT $4",
		"issi", after, registry, repository, (int64_t)limit));
}

static int image_get(dd_store *s, dd_pg_conn *c, const char *registry, const char *repository, const char *tag,
	json_t **out)
{
	json_t *img = NULL, *item = NULL;
	int rc = query_one(s, c, &img, "image", "SELECT digest, pushed_at, scan FROM images WHERE registry = $1 AND "
		"repository = $2 AND tag = $3", "sss", registry, repository, tag);
	if (rc && rc != DD_ENOTFOUND)
		return rc;
	rc = query_one(s, c, &item, "image", "SELECT state AS item_state, error AS item_error, digest AS item_digest "
		"FROM task_items WHERE registry = $1 AND repository = $2 AND tag = $3 AND step IS NULL AND task NOT IN "
		"(SELECT id FROM tasks WHERE kind = 'fix') ORDER BY id DESC LIMIT 1", "sss", registry, repository, tag);
	if (rc && rc != DD_ENOTFOUND) {
		json_decref(img);
		return rc;
	}
	return dd_store_image_merge(img, item, registry, repository, tag, out);
}

static int pg_image_get(dd_store *base, const char *registry, const char *repository, const char *tag, json_t **out)
{
	WITH_CONN(base, image_get(base, c, registry, repository, tag, out));
}

/* ---- scans ---- */

#define SCAN_COLS "id, key, digest, scanners, complete, db_built_at, scanned_at, summary, report"

static int scan_row(PGresult *r, dd_store_scan *out, const char *what)
{
	int rc = 0;
	memset(out, 0, sizeof(*out));
	if (PQntuples(r) < 1) {
		PQclear(r);
		return dd_store_error(DD_ENOTFOUND, "%s not found", what);
	}
	out->id = dd_pg_int(r, 0, 0);
	text_copy(r, 1, out->key, sizeof(out->key));
	text_copy(r, 2, out->digest, sizeof(out->digest));
	out->scanners = (unsigned)dd_pg_int(r, 0, 3);
	out->complete = dd_pg_int(r, 0, 4) != 0;
	text_copy(r, 5, out->db_built_at, sizeof(out->db_built_at));
	text_copy(r, 6, out->scanned_at, sizeof(out->scanned_at));
	if (!PQgetisnull(r, 0, 7) && !(out->summary = strdup(PQgetvalue(r, 0, 7))))
		rc = dd_store_error(DD_ENOMEM, "store: out of memory reading a scan");
	size_t blen = 0;
	unsigned char *blob = rc ? NULL : PQunescapeBytea((const unsigned char *)PQgetvalue(r, 0, 8), &blen);
	if (!rc && !blob)
		rc = dd_store_error(DD_ENOMEM, "store: out of memory reading a report");
	if (!rc)
		rc = dd_store_decompress(blob, blen, REPORT_MAX, &out->report, &out->report_len);
	PQfreemem(blob);
	PQclear(r);
	if (rc)
		dd_store_scan_clear(out);
	return rc;
}

static int scan_by(dd_store *s, dd_pg_conn *c, const char *sql, const char *fmt, const char *key, int64_t id,
	dd_store_scan *out)
{
	PGresult *r;
	int rc = fmt[0] == 's' ? dd_pg_exec(s, c, &r, NULL, sql, "s", key) : dd_pg_exec(s, c, &r, NULL, sql, "i", id);
	if (rc) {
		memset(out, 0, sizeof(*out));
		return rc;
	}
	return scan_row(r, out, "scan");
}

static int pg_scan_find(dd_store *base, const char *key, dd_store_scan *out)
{
	WITH_CONN(base, scan_by(base, c, "SELECT " SCAN_COLS " FROM scans WHERE key = $1", "s", key, 0, out));
}

static int pg_scan_get(dd_store *base, int64_t id, dd_store_scan *out)
{
	WITH_CONN(base, scan_by(base, c, "SELECT " SCAN_COLS " FROM scans WHERE id = $1", "i", NULL, id, out));
}

static int scan_put(dd_store *s, dd_pg_conn *c, const dd_store_scan *in, int64_t *id, const void *blob, size_t blen)
{
	PGresult *r = NULL;
	int rc = dd_pg_exec(s, c, &r, NULL, "INSERT INTO scans(key, digest, scanners, complete, db_built_at, scanned_at, "
		"summary, report) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT(key) DO UPDATE SET complete = "
		"excluded.complete, db_built_at = excluded.db_built_at, scanned_at = excluded.scanned_at, summary = "
		"excluded.summary, report = excluded.report RETURNING id", "ssiisssb", in->key, in->digest,
		(int64_t)in->scanners, (int64_t)in->complete, in->db_built_at[0] ? in->db_built_at : NULL, in->scanned_at,
		in->summary, blob, blen);
	if (!rc) {
		*id = dd_pg_int(r, 0, 0);
		PQclear(r);
	}
	return rc;
}

static int pg_scan_put(dd_store *base, const dd_store_scan *in, int64_t *id)
{
	void *blob;
	size_t blen;
	int rc = dd_store_compress(in->report, in->report_len, &blob, &blen);
	if (rc)
		return rc;
	dd_pg_conn *c;
	if ((rc = dd_pg_acquire(base, &c)) == 0) {
		rc = scan_put(base, c, in, id, blob, blen);
		dd_pg_release(base, c);
	}
	free(blob);
	return rc;
}

static int pg_scan_count(dd_store *base, int64_t *n)
{
	WITH_CONN(base, query_int(base, c, n, "SELECT count(*) FROM scans", ""));
}

/* ---- quota ---- */

/* The limit holds across processes: the claims take turns on a
 * transaction lock, so two processes never both see room for one. */
static int quota_claim(dd_store *s, dd_pg_conn *c, const char *digest, int64_t limit)
{
	char now[32];
	dd_store_time(0, now);
	int64_t seen = 0, used = 0;
	int rc = dd_pg_begin(s, c);
	if (rc)
		return rc;
	rc = dd_pg_exec(s, c, NULL, NULL, "SELECT pg_advisory_xact_lock($1)", "i", (int64_t)LOCK_QUOTA);
	if (!rc)
		rc = query_int(s, c, &seen, "SELECT count(*) FROM quota WHERE digest = $1", "s", digest);
	if (rc || seen > 0)
		return dd_pg_end(s, c, rc);
	if ((rc = query_int(s, c, &used, "SELECT count(*) FROM quota", "")) != 0)
		return dd_pg_end(s, c, rc);
	if (limit > 0 && used >= limit)
		return dd_pg_end(s, c, dd_store_error(DD_ELIMIT, "quota reached (%lld of %lld digests scanned): raise "
			"`quota` in the config", (long long)used, (long long)limit));
	return dd_pg_end(s, c, dd_pg_exec(s, c, NULL, NULL, "INSERT INTO quota(digest, first_at) VALUES ($1, $2)", "ss",
		digest, now));
}

static int pg_quota_claim(dd_store *base, const char *digest, int64_t limit)
{
	WITH_CONN(base, quota_claim(base, c, digest, limit));
}

static int pg_quota_used(dd_store *base, int64_t *used)
{
	WITH_CONN(base, query_int(base, c, used, "SELECT count(*) FROM quota", ""));
}

/* ---- whitelists and registry pushes ---- */

static int whitelist_add(dd_store *s, dd_pg_conn *c, json_t *w, int64_t *id)
{
	char now[32];
	dd_store_time(0, now);
	char *repos = jdump(w, "repositories");
	PGresult *r = NULL;
	int rc = dd_pg_exec(s, c, &r, NULL, "INSERT INTO whitelists(class, vuln_id, repositories, note, expires, "
		"created_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id", "ssssss", jstr(w, "class"), jstr(w, "id"), repos,
		jstr(w, "note"), jstr(w, "expires"), now);
	if (!rc) {
		*id = dd_pg_int(r, 0, 0);
		PQclear(r);
	}
	free(repos);
	return rc;
}

static int pg_whitelist_add(dd_store *base, json_t *w, int64_t *id)
{
	WITH_CONN(base, whitelist_add(base, c, w, id));
}

static int pg_whitelist_list(dd_store *base, int64_t after, size_t limit, json_t **out)
{
	WITH_CONN(base, query_rows(base, c, out, "SELECT id AS whitelist, class, vuln_id AS id, repositories, note, "
		"expires, created_at FROM whitelists WHERE id > $1 ORDER BY id LIMIT $2", "ii", after, (int64_t)limit));
}

static int pg_whitelist_delete(dd_store *base, int64_t id)
{
	WITH_CONN(base, delete_by_id(base, c, "DELETE FROM whitelists WHERE id = $1", id, "whitelist"));
}

static int push_accept(dd_store *s, dd_pg_conn *c, const char *event_id, json_t *image, json_t *tasks,
	int64_t deadline, json_t *task_ids, bool *fresh)
{
	char now[32];
	int n = 0, rc = dd_pg_begin(s, c);
	dd_store_time(0, now);
	*fresh = false;
	if (rc)
		return rc;
	/* a replay (in another process too: the second insert waits for the
	 * first's commit, then does nothing) */
	rc = dd_pg_exec(s, c, NULL, &n, "INSERT INTO push_events(id, received_at) VALUES ($1, $2) ON CONFLICT (id) DO "
		"NOTHING", "ss", event_id, now);
	if (rc || !n)
		return dd_pg_end(s, c, rc);
	*fresh = true;
	if (image)
		rc = image_put(s, c, jstr(image, "registry"), jstr(image, "repository"), jstr(image, "tag"),
			jstr(image, "digest"), jstr(image, "pushed_at"), 0);
	size_t first = json_array_size(task_ids);
	for (size_t i = 0; !rc && i < json_array_size(tasks); i++) {
		json_t *t = json_array_get(tasks, i);
		int64_t id = 0;
		rc = dd_pg_task_insert(s, c, jstr(t, "kind"), jint(t, "rule"), (unsigned)jint(t, "scanners"),
			json_object_get(t, "items"), deadline, &id);
		if (!rc)
			json_array_append_new(task_ids, json_integer(id));
	}
	if (rc) {
		*fresh = false;
		while (json_array_size(task_ids) > first)   /* rolled back: those ids are no tasks */
			json_array_remove(task_ids, json_array_size(task_ids) - 1);
	}
	return dd_pg_end(s, c, rc);
}

static int pg_push_accept(dd_store *base, const char *event_id, json_t *image, json_t *tasks, int64_t deadline,
	json_t *task_ids, bool *fresh)
{
	WITH_CONN(base, push_accept(base, c, event_id, image, tasks, deadline, task_ids, fresh));
}

const dd_store_backend dd_store_postgres = {
	.version = 1,
	.name = "postgres",
	.handles = pg_handles,
	.open = pg_open,
	.close = pg_close,
	.ping = pg_ping,
	.recover = pg_recover,
	.token_add = pg_token_add,
	.token_role = pg_token_role,
	.registry_put = pg_registry_put,
	.registry_get = pg_registry_get,
	.registry_list = pg_registry_list,
	.registry_delete = pg_registry_delete,
	.rule_put = pg_rule_put,
	.rule_get = pg_rule_get,
	.rule_list = pg_rule_list,
	.rule_delete = pg_rule_delete,
	.task_create = pg_task_create,
	.task_get = pg_task_get,
	.task_list = pg_task_list,
	.task_cancel = pg_task_cancel,
	.task_state = pg_task_state,
	.task_expire = pg_task_expire,
	.task_log_add = pg_task_log_add,
	.task_log = pg_task_log,
	.item_claim = pg_item_claim,
	.item_finish = pg_item_finish,
	.item_requeue = pg_item_requeue,
	.queue_depth = pg_queue_depth,
	.image_put = pg_image_put,
	.image_list = pg_image_list,
	.image_get = pg_image_get,
	.scan_find = pg_scan_find,
	.scan_get = pg_scan_get,
	.scan_put = pg_scan_put,
	.scan_count = pg_scan_count,
	.quota_claim = pg_quota_claim,
	.quota_used = pg_quota_used,
	.whitelist_add = pg_whitelist_add,
	.whitelist_list = pg_whitelist_list,
	.whitelist_delete = pg_whitelist_delete,
	.push_accept = pg_push_accept,
	/* the features (store_pg_<feature>.c) */
	.fix_submit = dd_pg_fix_submit,
	.fix_get = dd_pg_fix_get,
	.fix_finish = dd_pg_fix_finish,
	.fix_tag = dd_pg_fix_tag,
	.image_scanned_list = dd_pg_image_scanned_list,
	.image_by_scan = dd_pg_image_by_scan,
	.change_add = dd_pg_change_add,
	.change_list = dd_pg_change_list,
	.rule_last_run = dd_pg_rule_last_run,
	.periodic_create = dd_pg_periodic_create,
	.retention_list = dd_pg_retention_list,
	.scan_drop = dd_pg_scan_drop,
	.speed_take = dd_pg_speed_take,
	.speed_refund = dd_pg_speed_refund,
	.notifier_put = dd_pg_notifier_put,
	.notifier_get = dd_pg_notifier_get,
	.notifier_list = dd_pg_notifier_list,
	.notifier_delete = dd_pg_notifier_delete,
	.outbox_add = dd_pg_outbox_add,
	.outbox_due = dd_pg_outbox_due,
	.outbox_result = dd_pg_outbox_result,
	.outbox_list = dd_pg_outbox_list,
	.harbor_scan_put = dd_pg_harbor_scan_put,
	.harbor_scan_get = dd_pg_harbor_scan_get,
	.image_block_set = dd_pg_image_block_set,
	.image_block_get = dd_pg_image_block_get,
	.image_block_list = dd_pg_image_block_list,
	.image_summaries = dd_pg_image_summaries,
	.task_recent = dd_pg_task_recent,
	.chain_put = dd_pg_chain_put,
	.chain_get = dd_pg_chain_get,
	.chain_list = dd_pg_chain_list,
	.chain_delete = dd_pg_chain_delete,
	.chain_step_done = dd_pg_chain_step_done,
	.chain_step_get = dd_pg_chain_step_get,
	/* scale-out (issue 17) */
	.lease_renew = pg_lease_renew,
	.lease_expire = pg_lease_expire,
	.leader_try = pg_leader_try,
	.key_lock = pg_key_lock,
	.key_unlock = pg_key_unlock,
	/* chain runs as tasks (issue 15, chains2): store_pg_chains.c */
	.chain_run_create = dd_pg_chain_run_create,
	.chain_run_get = dd_pg_chain_run_get,
	/* console sessions: store_pg_session.c */
	.session_put = dd_pg_session_put,
	.session_get = dd_pg_session_get,
	.session_delete = dd_pg_session_delete,
	.token_list = dd_pg_token_list,
	.token_revoke = dd_pg_token_revoke,
};

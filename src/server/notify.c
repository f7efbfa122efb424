/*
 * Delivery: a dispatcher thread reads due rows from the outbox (the store)
 * and hands each notifier's rows to one of SENDERS sender threads, which
 * sends them in order through the notifier type's backend and records the
 * outcome in each row. A notifier is with one sender at a time, so its
 * events keep their order and a receiver that hangs (up to the 15 s
 * request timeout) holds only its own sender. The one idea: nothing here is state that matters after a
 * crash. A row is pending until a receiver accepted it; a failure moves
 * its next try out by the backoff (initial * 2^(attempts-1), at most max,
 * with "equal jitter": half fixed, half random, so many services that
 * lost the same receiver do not come back in step), and the notifier's
 * other due rows wait with it (one row probes a dead receiver). Scans
 * never wait for any of this: emitting is a store write.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "server/notify.h"

#define BATCH 64
#define TICK_MS 1000
#define SENDERS 4           /* notifiers sent to at once */
#define WINDOWS 64          /* notifiers with a rate limit tracked at once */
#define WINDOW_SLOTS 60     /* highest per_minute a backend may have */
#define SECRET_MAX 1024
/* a delivery begun this long after its rows were read ends (the 15 s
 * request timeout, 5 s to spare) before the store's claim on them does */
#define CLAIM_USE_MS (DD_STORE_OUTBOX_CLAIM_MS - 20000)

static const dd_notify_backend *const backends[] = {
	&dd_notify_http,
	&dd_notify_https,
	&dd_notify_dingtalk,
	NULL
};

const dd_notify_backend *dd_notify_backend_find(const char *type)
{
	for (size_t i = 0; type && backends[i]; i++)
		if (!strcmp(backends[i]->type, type))
			return backends[i];
	return NULL;
}

/* The send times of the last minute of one notifier (a ring). */
typedef struct window {
	char name[65];
	int64_t sent[WINDOW_SLOTS];
	size_t next;
	int64_t used;               /* last use, to evict the stalest */
} window;

/* A sender works through the due rows of one notifier at a time, in order;
 * the dispatcher hands them out, so a receiver that hangs holds one sender,
 * not the others' deliveries. */
typedef struct sender {
	struct dd_srv_notify *n;
	pthread_t thread;
	bool started;
	char name[65];              /* the notifier it works on; "" when idle */
	json_t *rows;               /* assigned rows (owned), NULL when idle */
	int64_t read_at;            /* when they were read (claimed, on a shared store) */
	unsigned seed;              /* jitter (this sender only) */
} sender;

struct dd_srv_notify {
	dd_srv *srv;
	pthread_t thread;           /* the dispatcher */
	bool started;
	pthread_mutex_t lock;       /* everything below */
	pthread_cond_t wake;        /* dispatcher: kicked, a sender is free, stopping */
	pthread_cond_t work;        /* senders: rows assigned, stopping */
	bool stopping, kicked;
	atomic_bool abort;          /* shutdown: an attempt in flight gives up */
	sender senders[SENDERS];
	window windows[WINDOWS];
};

static int64_t now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static window *window_of(dd_srv_notify *n, const char *name)
{
	window *stalest = &n->windows[0];
	for (size_t i = 0; i < WINDOWS; i++) {
		if (!strcmp(n->windows[i].name, name))
			return &n->windows[i];
		if (n->windows[i].used < stalest->used)
			stalest = &n->windows[i];
	}
	memset(stalest, 0, sizeof(*stalest));
	snprintf(stalest->name, sizeof(stalest->name), "%s", name);
	return stalest;
}

/* When the notifier may send again under per_minute (now: at once). The
 * ring holds the last per_minute send times: the oldest of them must be a
 * minute old. */
static int64_t window_free_at(dd_srv_notify *n, const char *name, int per_minute, int64_t now)
{
	window *w = window_of(n, name);
	w->used = now;
	int64_t oldest = w->sent[w->next % (size_t)per_minute];
	return oldest && oldest + 60000 > now ? oldest + 60000 : now;
}

static void window_note(dd_srv_notify *n, const char *name, int per_minute, int64_t now)
{
	window *w = window_of(n, name);
	w->sent[w->next % (size_t)per_minute] = now;
	w->next = (w->next + 1) % (size_t)per_minute;
}

static int64_t backoff_ms(dd_srv_notify *n, unsigned *seed, int64_t attempts)
{
	int64_t d = n->srv->cfg.notify_backoff_initial_ms, max = n->srv->cfg.notify_backoff_max_ms;
	for (int64_t i = 1; i < attempts && d < max; i++)
		d *= 2;
	if (d > max)
		d = max;
	return d / 2 + (int64_t)(rand_r(seed) % (unsigned)(d / 2 + 1));
}

static const char *jstr(json_t *o, const char *k)
{
	return json_string_value(json_object_get(o, k));
}

/* One attempt of notifier object nt (store fields) with body. */
static int send_one(dd_srv *srv, const atomic_bool *abort, json_t *nt, const char *event_id, const char *body,
	char *err, size_t cap)
{
	const dd_notify_backend *be = dd_notify_backend_find(jstr(nt, "type"));
	char secret[SECRET_MAX] = "";
	int rc;
	if (!be) {
		snprintf(err, cap, "unknown notifier type '%s'", jstr(nt, "type") ?: "");
		return dd_error_set_str(DD_EINVAL, err);
	}
	if (jstr(nt, "secret") && (rc = dd_srv_secret_open(srv, jstr(nt, "secret"), secret, sizeof(secret))) != 0) {
		snprintf(err, cap, "cannot open the notifier's secret: %s", dd_error_last());
		return rc;
	}
	dd_notify_msg m = {
		.event_id = event_id,
		.body = body,
		.body_len = strlen(body),
		.doc = json_loads(body, 0, NULL),
		.url = jstr(nt, "url") ?: "",
		.secret = secret,
		.ca_file = jstr(nt, "ca_file"),
		.abort = abort,
	};
	if (!m.doc) {
		snprintf(err, cap, "the stored event is not JSON");
		rc = dd_error_set_str(DD_EFORMAT, err);
	} else {
		rc = be->deliver(&m, err, cap);
	}
	json_decref(m.doc);
	explicit_bzero(secret, sizeof(secret));
	return rc;
}

int dd_srv_notify_send(dd_srv *srv, json_t *n, const char *event_id, const char *body)
{
	char err[1024] = "";
	int rc = send_one(srv, srv->notify ? &srv->notify->abort : NULL, n, event_id, body, err, sizeof(err));
	return rc ? dd_error_set_str(rc, err) : 0;
}

static void task_note(dd_srv *srv, json_t *row, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static void task_note(dd_srv *srv, json_t *row, const char *fmt, ...)
{
	int64_t task = json_integer_value(json_object_get(row, "task"));
	char msg[1400];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	if (task)
		srv->store->be->task_log_add(srv->store, task, jstr(row, "image"), "notify", msg);
}

/* The rate limit's windows are shared by the senders. */
static int64_t limit_free_at(dd_srv_notify *n, const char *name, int per_minute, int64_t now)
{
	pthread_mutex_lock(&n->lock);
	int64_t at = window_free_at(n, name, per_minute, now);
	pthread_mutex_unlock(&n->lock);
	return at;
}

static void limit_note(dd_srv_notify *n, const char *name, int per_minute, int64_t now)
{
	pthread_mutex_lock(&n->lock);
	window_note(n, name, per_minute, now);
	pthread_mutex_unlock(&n->lock);
}

/* Rows from index `from` on that this process read and will not send now
 * go back to the outbox, due at `at` (not attempted): a store shared by
 * several processes (PostgreSQL) claimed them for the reader, and would
 * hold them until its claim window is over. */
static void give_back(dd_store *st, json_t *rows, size_t from, int64_t at)
{
	for (size_t i = from; i < json_array_size(rows); i++)
		st->be->outbox_result(st, json_integer_value(json_object_get(json_array_get(rows, i), "id")), false, NULL, at);
}

/* The rate limit of processes that share the store (issue 17): each of
 * them may send a notifier's rows, so the minute's sends are counted in
 * the store. per_minute tokens per notifier, each a bucket of the store's
 * speed limits (speed_take, burst 1) named "notifier:NAME#K" (registry
 * names have no ':') that comes back a minute after it was taken: a send
 * takes the first free one, so at most per_minute go out in any minute,
 * in a burst as on one process, whatever the number of processes. 0 with
 * *at the time the next send may go (now: at once; else the soonest token). */
static int shared_limit_wait(dd_store *st, const char *name, int per_minute, int64_t now, int64_t *at)
{
	int64_t soonest = INT64_MAX;
	for (int k = 0; k < per_minute; k++) {
		char bucket[96];
		int64_t wait = 0;
		snprintf(bucket, sizeof(bucket), "notifier:%.64s#%d", name, k);
		int rc = st->be->speed_take(st, bucket, now, 60000, &wait);
		if (rc)
			return rc;
		if (!wait) {
			*at = now;
			return 0;
		}
		if (wait < soonest)
			soonest = wait;
	}
	*at = now + soonest;
	return 0;
}

/* Sends one notifier's due rows in order until one fails or must wait
 * (its later rows then wait with it: the store moved them, and the ones
 * this sender read are given back for then too). */
static void send_rows(dd_srv_notify *n, sender *sd, json_t *rows)
{
	dd_srv *srv = n->srv;
	dd_store *st = srv->store;
	json_t *row;
	size_t i;
	json_array_foreach(rows, i, row) {
		if (atomic_load(&n->abort)) {
			give_back(st, rows, i, now_ms());
			break;
		}
		/* a slow receiver: the claim would run out during the next attempt */
		if (now_ms() - sd->read_at > CLAIM_USE_MS) {
			give_back(st, rows, i, now_ms());
			break;
		}
		const char *name = jstr(row, "notifier"), *type = jstr(row, "type"), *event = jstr(row, "event");
		int64_t id = json_integer_value(json_object_get(row, "id"));
		int64_t attempts = json_integer_value(json_object_get(row, "attempts")) + 1;
		const dd_notify_backend *be = dd_notify_backend_find(type);
		bool limited = be && be->per_minute > 0 && be->per_minute <= WINDOW_SLOTS;
		int64_t now = now_ms();
		if (limited) {
			int64_t at = limit_free_at(n, name, be->per_minute, now);
			/* the store did not answer: do not send blind, ask again soon */
			if (srv->shared && at <= now && shared_limit_wait(st, name, be->per_minute, now, &at) != 0)
				at = now + 1000;
			if (at > now) {
				give_back(st, rows, i, at);
				break;
			}
		}
		char err[1024] = "";
		int rc = send_one(srv, &n->abort, row, jstr(row, "event_id"), jstr(row, "body") ?: "", err, sizeof(err));
		if (rc && atomic_load(&n->abort)) {
			give_back(st, rows, i, now_ms());
			break;   /* stopped, not failed: the row goes out after the restart */
		}
		if (limited)
			limit_note(n, name, be->per_minute, now);
		char labels[96];
		snprintf(labels, sizeof(labels), "type=\"%s\",result=\"%s\"", be ? be->type : "unknown", rc ? "failed" : "delivered");
		dd_srv_counter_add("drydock_notifications_total", labels, 1);
		if (!rc) {
			st->be->outbox_result(st, id, true, NULL, 0);
			if (attempts > 1)
				task_note(srv, row, "notifier %s: %s delivered (event %s) after %lld attempts", name, event,
					jstr(row, "event_id"), (long long)attempts);
			continue;
		}
		int64_t delay = backoff_ms(n, &sd->seed, attempts);
		int64_t next = now_ms() + delay;
		st->be->outbox_result(st, id, false, err, next);
		give_back(st, rows, i + 1, next);
		char at[24], nx[24];
		snprintf(at, sizeof(at), "%lld", (long long)attempts);
		snprintf(nx, sizeof(nx), "%.1fs", (double)delay / 1000.0);
		dd_srv_log("warn", "notification not delivered; retried later", "notifier", name, "event", event, "event_id",
			jstr(row, "event_id"), "attempt", at, "next_try_in", nx, "error", err, NULL);
		task_note(srv, row, "notifier %s: %s not delivered (attempt %lld, next try in %.1fs): %s", name, event,
			(long long)attempts, (double)delay / 1000.0, err);
		break;
	}
}

static void *sender_loop(void *arg)
{
	sender *sd = arg;
	dd_srv_notify *n = sd->n;
	pthread_mutex_lock(&n->lock);
	for (;;) {
		while (!n->stopping && !sd->rows)
			pthread_cond_wait(&n->work, &n->lock);
		if (n->stopping)
			break;   /* rows assigned and not begun are freed by dd_srv_notify_stop */
		json_t *rows = sd->rows;
		pthread_mutex_unlock(&n->lock);
		send_rows(n, sd, rows);
		pthread_mutex_lock(&n->lock);
		json_decref(rows);
		sd->rows = NULL;
		sd->name[0] = '\0';
		n->kicked = true;   /* a sender is free: the dispatcher looks again */
		pthread_cond_broadcast(&n->wake);
	}
	pthread_mutex_unlock(&n->lock);
	return NULL;
}

static bool busy(dd_srv_notify *n, const char *name)
{
	for (size_t i = 0; i < SENDERS; i++)
		if (!strcmp(n->senders[i].name, name))
			return true;
	return false;
}

/* Hands the due rows of notifiers nobody works on to idle senders. The
 * notifiers busy when the rows were read are left out of the read: their
 * rows may have been sent since. */
static void dispatch(dd_srv_notify *n)
{
	dd_store *st = n->srv->store;
	char names[SENDERS][65];
	const char *skip[SENDERS + 1];
	size_t k = 0, i;
	json_t *rows = NULL, *row, *groups = json_object(), *order = json_array();
	pthread_mutex_lock(&n->lock);
	for (i = 0; i < SENDERS; i++)
		if (n->senders[i].name[0]) {
			memcpy(names[k], n->senders[i].name, sizeof(names[k]));
			skip[k] = names[k];
			k++;
		}
	skip[k] = NULL;
	bool idle = k < SENDERS;
	pthread_mutex_unlock(&n->lock);
	if (!idle)
		goto cleanup;
	int64_t read_at = now_ms();
	if (st->be->outbox_due(st, read_at, skip, BATCH, &rows) != 0) {
		dd_srv_log("error", "notifications: the store refused the outbox read", "detail", dd_error_last(), NULL);
		goto cleanup;
	}
	json_array_foreach(rows, i, row) {
		const char *name = jstr(row, "notifier");
		json_t *g = json_object_get(groups, name);
		if (!g) {
			json_object_set_new(groups, name, g = json_array());
			json_array_append_new(order, json_string(name));
		}
		json_array_append(g, row);
	}
	pthread_mutex_lock(&n->lock);
	json_array_foreach(order, i, row) {
		const char *name = json_string_value(row);
		sender *free_one = NULL;
		for (size_t j = 0; j < SENDERS && !free_one; j++)
			if (!n->senders[j].rows && !n->senders[j].name[0])
				free_one = &n->senders[j];
		if (!free_one || n->stopping)
			break;
		if (busy(n, name))
			continue;
		snprintf(free_one->name, sizeof(free_one->name), "%s", name);
		free_one->rows = json_incref(json_object_get(groups, name));
		free_one->read_at = read_at;
		json_object_del(groups, name);
		pthread_cond_broadcast(&n->work);
	}
	pthread_mutex_unlock(&n->lock);
	/* what no sender took is read again on the next pass */
	const char *left;
	json_object_foreach(groups, left, row)
		give_back(st, row, 0, now_ms());
cleanup:
	json_decref(rows);
	json_decref(groups);
	json_decref(order);
}

static void *loop(void *arg)
{
	dd_srv_notify *n = arg;
	for (;;) {
		pthread_mutex_lock(&n->lock);
		bool stop = n->stopping;
		n->kicked = false;
		pthread_mutex_unlock(&n->lock);
		if (stop)
			break;
		dispatch(n);
		pthread_mutex_lock(&n->lock);
		if (!n->stopping && !n->kicked) {
			struct timespec ts;
			clock_gettime(CLOCK_REALTIME, &ts);
			ts.tv_nsec += (long)TICK_MS % 1000 * 1000000L;
			ts.tv_sec += TICK_MS / 1000 + ts.tv_nsec / 1000000000L;
			ts.tv_nsec %= 1000000000L;
			pthread_cond_timedwait(&n->wake, &n->lock, &ts);
		}
		pthread_mutex_unlock(&n->lock);
	}
	return NULL;
}

int dd_srv_notify_start(dd_srv *srv, dd_srv_notify **out)
{
	dd_srv_notify *n = calloc(1, sizeof(*n));
	*out = NULL;
	if (!n)
		return dd_error_set_str(DD_ENOMEM, "out of memory");
	n->srv = srv;
	pthread_mutex_init(&n->lock, NULL);
	pthread_cond_init(&n->wake, NULL);
	pthread_cond_init(&n->work, NULL);
	atomic_init(&n->abort, false);
	for (size_t i = 0; i < SENDERS; i++) {
		sender *sd = &n->senders[i];
		sd->n = n;
		sd->seed = (unsigned)now_ms() ^ (unsigned)(uintptr_t)sd;
		if (pthread_create(&sd->thread, NULL, sender_loop, sd) != 0)
			goto fail;
		sd->started = true;
	}
	if (pthread_create(&n->thread, NULL, loop, n) != 0)
		goto fail;
	n->started = true;
	*out = n;
	return 0;
fail:
	dd_srv_notify_stop(n);
	return dd_error_set_str(DD_ERROR, "cannot start the notification threads");
}

void dd_srv_notify_kick(dd_srv_notify *n)
{
	pthread_mutex_lock(&n->lock);
	n->kicked = true;
	pthread_cond_broadcast(&n->wake);
	pthread_mutex_unlock(&n->lock);
}

void dd_srv_notify_stop(dd_srv_notify *n)
{
	if (!n)
		return;
	pthread_mutex_lock(&n->lock);
	n->stopping = true;
	atomic_store(&n->abort, true);
	pthread_cond_broadcast(&n->wake);
	pthread_cond_broadcast(&n->work);
	pthread_mutex_unlock(&n->lock);
	if (n->started)
		pthread_join(n->thread, NULL);
	for (size_t i = 0; i < SENDERS; i++) {
		if (n->senders[i].started)
			pthread_join(n->senders[i].thread, NULL);
		if (n->senders[i].rows)
			give_back(n->srv->store, n->senders[i].rows, 0, now_ms());
		json_decref(n->senders[i].rows);
	}
	pthread_cond_destroy(&n->work);
	pthread_cond_destroy(&n->wake);
	pthread_mutex_destroy(&n->lock);
	free(n);
}

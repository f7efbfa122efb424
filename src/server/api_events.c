/*
 * GET /api/v1/events: task progress as Server-Sent Events (web console,
 * issue 16). The store is the only state (docs/server.md), so a stream
 * polls it: every 500 ms the newest tasks are read and a `task` event is
 * sent for each one whose state or counters changed since this stream
 * last said (all of them at the start). A comment line every 15 s keeps
 * proxies from closing an idle stream; after 5 minutes the stream ends
 * and EventSource reconnects (a bounded lifetime per connection). A
 * client that does not accept text/event-stream (curl, a probe) gets the
 * first snapshot and the end.
 *
 * A stream with nothing to say must not hold one of libmicrohttpd's few
 * pool threads: the content reader suspends its connection and one ticker
 * thread resumes every suspended stream each 250 ms. Suspend and the stop
 * flag are under one lock, so the stop resumes every stream exactly once.
 */
#include <microhttpd.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "server/api.h"
#include "server/sse.h"

#define POLL_MS 500
#define KEEPALIVE_MS 15000
#define LIFETIME_MS (5 * 60 * 1000)
#define TRACKED 64                  /* newest tasks a stream follows */
#define MAX_STREAMS 256

typedef struct seen {
	int64_t id, done, failed, total;
	char state[16];
} seen;

typedef struct stream {
	struct stream *prev, *next;
	struct MHD_Connection *conn;
	dd_srv *srv;
	bool suspended;
	char *buf;
	size_t len, off;
	int64_t started, next_poll, last_write;
	seen seen[TRACKED];
	size_t n_seen;
	bool once;          /* not an EventSource: the snapshot, then the end */
	int polled;
} stream;

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t wake = PTHREAD_COND_INITIALIZER;
static stream *streams;
static size_t n_streams;
static bool stopping, running;
static pthread_t ticker;

static int64_t now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* under lock */
static void resume_all(void)
{
	for (stream *s = streams; s; s = s->next)
		if (s->suspended) {
			s->suspended = false;
			MHD_resume_connection(s->conn);
		}
}

static void *tick(void *arg)
{
	pthread_mutex_lock(&lock);
	while (!stopping) {
		struct timespec ts;
		clock_gettime(CLOCK_REALTIME, &ts);
		ts.tv_nsec += 250 * 1000000L;
		if (ts.tv_nsec >= 1000000000L) {
			ts.tv_sec++;
			ts.tv_nsec -= 1000000000L;
		}
		pthread_cond_timedwait(&wake, &lock, &ts);
		resume_all();
	}
	pthread_mutex_unlock(&lock);
	return NULL;
}

int dd_srv_sse_start(void)
{
	pthread_mutex_lock(&lock);
	stopping = false;
	int rc = pthread_create(&ticker, NULL, tick, NULL);
	running = rc == 0;
	pthread_mutex_unlock(&lock);
	return rc ? dd_error_set_str(DD_EIO, "cannot start the event stream thread") : 0;
}

void dd_srv_sse_stop(void)
{
	pthread_mutex_lock(&lock);
	stopping = true;
	resume_all();
	pthread_cond_broadcast(&wake);
	bool was = running;
	running = false;
	pthread_mutex_unlock(&lock);
	if (was)
		pthread_join(ticker, NULL);
}

static int append(stream *s, const char *text, size_t n)
{
	char *nb = realloc(s->buf, s->len + n);
	if (!nb)
		return -1;
	s->buf = nb;
	memcpy(s->buf + s->len, text, n);
	s->len += n;
	return 0;
}

/* The changed tasks as events into s->buf (the store read outside the lock). */
static void poll_tasks(stream *s)
{
	json_t *tasks = NULL, *t;
	size_t i;
	if (s->srv->store->be->task_recent(s->srv->store, TRACKED, &tasks))
		return;     /* the store is busy or gone: the next poll tries again */
	seen fresh[TRACKED];
	size_t n = 0;
	json_array_foreach(tasks, i, t) {
		if (n >= TRACKED)
			break;
		seen *f = &fresh[n++];
		f->id = json_integer_value(json_object_get(t, "id"));
		f->done = json_integer_value(json_object_get(t, "done"));
		f->failed = json_integer_value(json_object_get(t, "failed"));
		f->total = json_integer_value(json_object_get(t, "total"));
		snprintf(f->state, sizeof(f->state), "%s", json_string_value(json_object_get(t, "state")) ?: "");
		bool same = false;
		for (size_t j = 0; j < s->n_seen && !same; j++)
			same = s->seen[j].id == f->id && s->seen[j].done == f->done && s->seen[j].failed == f->failed &&
				s->seen[j].total == f->total && !strcmp(s->seen[j].state, f->state);
		if (same)
			continue;
		char *data = json_dumps(t, JSON_COMPACT);
		if (data) {
			/* JSON_COMPACT has no newline, so one data line carries it */
			append(s, "event: task\ndata: ", 18);
			append(s, data, strlen(data));
			append(s, "\n\n", 2);
			free(data);
		}
	}
	memcpy(s->seen, fresh, n * sizeof(*fresh));
	s->n_seen = n;
	json_decref(tasks);
}

static ssize_t stream_read(void *cls, char *buf, size_t max)
{
	stream *s = cls;
	int64_t now = now_ms();
	if (s->off < s->len) {
		size_t n = s->len - s->off < max ? s->len - s->off : max;
		memcpy(buf, s->buf + s->off, n);
		s->off += n;
		if (s->off == s->len)
			s->off = s->len = 0;
		s->last_write = now;
		return (ssize_t)n;
	}
	pthread_mutex_lock(&lock);
	bool end = stopping || now - s->started > LIFETIME_MS;
	pthread_mutex_unlock(&lock);
	if (end)
		return -1;
	if (s->once && s->n_seen + s->polled > 0)
		return -1;
	if (now >= s->next_poll) {
		s->next_poll = now + POLL_MS;
		poll_tasks(s);
		s->polled = 1;
		if (!s->len && now - s->last_write >= KEEPALIVE_MS)
			append(s, ": keepalive\n\n", 13);
		if (s->len)
			return stream_read(cls, buf, max);
	}
	/* nothing to say yet: give the thread back until the ticker resumes us */
	pthread_mutex_lock(&lock);
	if (stopping) {
		pthread_mutex_unlock(&lock);
		return -1;
	}
	s->suspended = true;
	MHD_suspend_connection(s->conn);
	pthread_mutex_unlock(&lock);
	return 0;
}

static void stream_done(void *cls)
{
	stream *s = cls;
	pthread_mutex_lock(&lock);
	if (s->prev)
		s->prev->next = s->next;
	else
		streams = s->next;
	if (s->next)
		s->next->prev = s->prev;
	n_streams--;
	pthread_mutex_unlock(&lock);
	free(s->buf);
	free(s);
}

static void events_get(const dd_api_request *req, dd_api_response *resp)
{
	stream *s = calloc(1, sizeof(*s));
	if (!s) {
		dd_api_error(resp, 500, "internal", "out of memory");
		return;
	}
	s->conn = req->conn;
	s->srv = req->srv;
	s->started = s->last_write = now_ms();
	const char *accept = req->header(req, "Accept");
	s->once = !accept || !strstr(accept, "text/event-stream");
	/* the first bytes right away: the client sees the stream open, and the
	 * retry hint sets how soon EventSource comes back after the end */
	append(s, "retry: 1000\n\n", 13);
	pthread_mutex_lock(&lock);
	if (n_streams >= MAX_STREAMS || !running) {
		pthread_mutex_unlock(&lock);
		free(s->buf);
		free(s);
		dd_api_error(resp, 503, "busy", "too many event streams are open (at most %d): close a console tab", MAX_STREAMS);
		return;
	}
	s->next = streams;
	if (streams)
		streams->prev = s;
	streams = s;
	n_streams++;
	pthread_mutex_unlock(&lock);
	resp->status = 200;
	resp->content_type = "text/event-stream";
	resp->stream = s;
	resp->stream_read = stream_read;
	resp->stream_done = stream_done;
}

const dd_api_route dd_api_events_routes[] = {
	{ "GET", "/api/v1/events", DD_ROLE_READ, events_get },
	{ NULL, NULL, DD_ROLE_NONE, NULL }
};

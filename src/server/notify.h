/*
 * Notification delivery (issue 15): one thread takes due rows from the
 * store's outbox and hands each to its notifier type's backend, a const
 * struct in one table (curl's Curl_ssl pattern): notify_http.c (`http`,
 * `https` JSON webhooks), notify_dingtalk.c (`dingtalk` robot). Failures
 * are retried with exponential backoff and jitter (config notify_backoff);
 * a row stays pending in the store until its receiver accepted it, so a
 * restart loses nothing. docs/notify.md.
 */
#ifndef DD_SERVER_NOTIFY_H
#define DD_SERVER_NOTIFY_H

#include <jansson.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "server/server.h"

/* ---- the delivery thread (notify.c) ---- */

int dd_srv_notify_start(dd_srv *srv, dd_srv_notify **out);
/* new rows are due: look now instead of at the next tick */
void dd_srv_notify_kick(dd_srv_notify *n);
/* stops the thread (an attempt in flight is abandoned: its row stays
 * pending and goes out again after the restart) */
void dd_srv_notify_stop(dd_srv_notify *n);
/* One attempt for notifier object n (store fields, sealed secret) with
 * body (an event JSON); the API's test message. 0, or an error with the
 * receiver's answer in dd_error_last(). */
int dd_srv_notify_send(dd_srv *srv, json_t *n, const char *event_id, const char *body);

/* ---- backends ---- */

typedef struct dd_notify_msg {
	const char *event_id;       /* Idempotency-Key */
	const char *body;           /* the stored event, JSON */
	size_t body_len;
	json_t *doc;                /* body, parsed */
	const char *url;
	const char *secret;         /* "" without one */
	const char *ca_file;        /* NULL or "": the system's CAs */
	const atomic_bool *abort;   /* true: give up the request now (shutdown); may be NULL */
} dd_notify_msg;

typedef struct dd_notify_backend {
	const char *type;           /* the notifier's `type` */
	const char *scheme;         /* what its url must start with */
	int per_minute;             /* messages a minute the receiver takes (0: no limit) */
	/* 0: the receiver accepted it; else a negative dd_error_code and err
	 * says what failed in words for the API and the task log */
	int (*deliver)(const dd_notify_msg *m, char *err, size_t cap);
} dd_notify_backend;

extern const dd_notify_backend dd_notify_http;
extern const dd_notify_backend dd_notify_https;
extern const dd_notify_backend dd_notify_dingtalk;

/* the backend of a notifier type; NULL when unknown */
const dd_notify_backend *dd_notify_backend_find(const char *type);

/* ---- what the backends share (notify_post.c) ---- */

#define DD_NOTIFY_ANSWER_MAX 65536   /* receiver answers beyond this are refused */

/* POSTs body (Content-Type: application/json) to url with the extra
 * headers (NULL-terminated "Name: value" strings), certificate
 * verification on (ca_file when given), no redirects, bounded time. 0
 * when an answer came (any status: *status, the first
 * DD_NOTIFY_ANSWER_MAX bytes in answer, NUL-terminated, which the caller
 * frees); else an error with err set. */
int dd_notify_post(const dd_notify_msg *m, const char *url, const char *const *headers, const char *body, size_t len,
	long *status, char **answer, char *err, size_t cap);
/* HMAC-SHA256 of data under key: raw (32 bytes) and lowercase hex */
void dd_notify_hmac(const char *key, const void *data, size_t len, unsigned char out[32]);
void dd_notify_hmac_hex(const char *key, const void *data, size_t len, char out[65]);

#endif

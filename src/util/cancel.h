/*
 * Stopping a running operation: a cancel token shared by every thread that
 * works for one scan (or one DB update). Deep code (tar reader, inflate,
 * registry transfer loop, matcher, checks) cannot be handed the token through
 * every signature, so each thread binds the token it works for
 * (dd_cancel_bind) and checks calls dd_cancel_check(), which sees the
 * thread's token. A thread with no token bound is never cancelled.
 *
 * The token stops for three reasons: the deadline passed (DD_ETIMEOUT), the
 * owner's poll function (the user's progress callback) returned non-zero, or
 * dd_cancel_set() was called (DD_ECANCELED). The first reason is sticky: all
 * threads see the same code. The poll function runs only on the owner
 * thread (the one that called dd_engine_scan), never with a lock held, at
 * most every DD_CANCEL_POLL_MS.
 */
#ifndef DD_UTIL_CANCEL_H
#define DD_UTIL_CANCEL_H

#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>

/* How often the owner thread polls at most, and how long any wait sleeps
 * before it checks again: half the 200 ms the API promises. */
#define DD_CANCEL_POLL_MS 50

typedef struct dd_cancel {
	atomic_int code;            /* 0, DD_ECANCELED or DD_ETIMEOUT */
	int64_t deadline_ms;        /* dd_now_ms() clock; 0 none */
	pthread_t owner;
	int (*poll)(void *arg);     /* owner thread only; non-zero cancels */
	void *poll_arg;
	int64_t last_poll_ms;
	const char *what;           /* "scan of REF": used in the message */
} dd_cancel;

/* Monotonic milliseconds. */
int64_t dd_now_ms(void);

/* A token owned by the calling thread; timeout_ms 0 means no deadline. */
void dd_cancel_init(dd_cancel *c, int64_t timeout_ms, int (*poll)(void *), void *poll_arg, const char *what);
/* Makes c the calling thread's token (NULL unbinds); returns the previous one. */
dd_cancel *dd_cancel_bind(dd_cancel *c);
dd_cancel *dd_cancel_current(void);
/* Stops c (from any thread). */
void dd_cancel_set(dd_cancel *c, int code);

/* 0, or the code with the message set ("scan of X timed out after N ms" /
 * "... canceled"), for the calling thread's token. Polls on the owner. */
int dd_cancel_check(void);
/* As dd_cancel_check but never polls (callable with a lock held). */
int dd_cancel_peek(void);
/* Milliseconds until the deadline (at least 1), or `cap` when there is no
 * deadline or it is further away: how long a wait may block. */
long dd_cancel_wait_ms(long cap);
/* Sleeps ms, waking every DD_CANCEL_POLL_MS to check; returns the check. */
int dd_cancel_sleep_ms(long ms);

#endif

/*
 * A ticker: one thread that calls fn(arg) at once and then every period_ms
 * until stopped; the stop wakes it from its wait, lets a running call end
 * and joins the thread. What the scheduler and the lease keeper are built
 * on: a periodic job whose every run reads the store afresh, so nothing is
 * lost when a run is skipped or late.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "server/server.h"

struct dd_srv_ticker {
	void (*fn)(void *arg);
	void *arg;
	long period_ms;
	pthread_t thread;
	pthread_mutex_t lock;
	pthread_cond_t wake;
	bool stopping;
};

static void *run(void *p)
{
	dd_srv_ticker *t = p;
	pthread_mutex_lock(&t->lock);
	while (!t->stopping) {
		pthread_mutex_unlock(&t->lock);
		t->fn(t->arg);
		pthread_mutex_lock(&t->lock);
		struct timespec ts;
		clock_gettime(CLOCK_REALTIME, &ts);
		ts.tv_nsec += t->period_ms % 1000 * 1000000L;
		ts.tv_sec += t->period_ms / 1000 + ts.tv_nsec / 1000000000L;
		ts.tv_nsec %= 1000000000L;
		while (!t->stopping && pthread_cond_timedwait(&t->wake, &t->lock, &ts) != ETIMEDOUT)
			;
	}
	pthread_mutex_unlock(&t->lock);
	return NULL;
}

int dd_srv_ticker_start(dd_srv_ticker **out, void (*fn)(void *arg), void *arg, long period_ms, const char *what)
{
	dd_srv_ticker *t = calloc(1, sizeof(*t));
	*out = NULL;
	if (!t)
		return dd_error_set_str(DD_ENOMEM, "out of memory");
	t->fn = fn;
	t->arg = arg;
	t->period_ms = period_ms > 0 ? period_ms : 1000;
	pthread_mutex_init(&t->lock, NULL);
	pthread_cond_init(&t->wake, NULL);
	if (pthread_create(&t->thread, NULL, run, t) != 0) {
		pthread_cond_destroy(&t->wake);
		pthread_mutex_destroy(&t->lock);
		free(t);
		char m[128];
		snprintf(m, sizeof(m), "cannot start the %s thread", what);
		return dd_error_set_str(DD_ERROR, m);
	}
	*out = t;
	return 0;
}

void dd_srv_ticker_stop(dd_srv_ticker *t)
{
	if (!t)
		return;
	pthread_mutex_lock(&t->lock);
	t->stopping = true;
	pthread_cond_broadcast(&t->wake);
	pthread_mutex_unlock(&t->lock);
	pthread_join(t->thread, NULL);
	pthread_cond_destroy(&t->wake);
	pthread_mutex_destroy(&t->lock);
	free(t);
}

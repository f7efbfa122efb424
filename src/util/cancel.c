/* Cancel tokens (cancel.h). */
#include <errno.h>
#include <stdbool.h>
#include <time.h>

#include "util/cancel.h"
#include "util/error.h"

static _Thread_local dd_cancel *bound;

int64_t dd_now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

void dd_cancel_init(dd_cancel *c, int64_t timeout_ms, int (*poll)(void *), void *poll_arg, const char *what)
{
	atomic_init(&c->code, 0);
	c->deadline_ms = timeout_ms > 0 ? dd_now_ms() + timeout_ms : 0;
	c->owner = pthread_self();
	c->poll = poll;
	c->poll_arg = poll_arg;
	c->last_poll_ms = 0;
	c->what = what ? what : "operation";
}

dd_cancel *dd_cancel_bind(dd_cancel *c)
{
	dd_cancel *prev = bound;
	bound = c;
	return prev;
}

dd_cancel *dd_cancel_current(void)
{
	return bound;
}

void dd_cancel_set(dd_cancel *c, int code)
{
	int zero = 0;
	atomic_compare_exchange_strong(&c->code, &zero, code);
}

static int report(const dd_cancel *c, int code)
{
	if (code == DD_ETIMEOUT)
		return dd_error_set(code, "%s: timed out (deadline passed); nothing was written or cached for the unfinished part",
			c->what);
	return dd_error_set(code, "%s: canceled", c->what);
}

static int check(bool may_poll)
{
	dd_cancel *c = bound;
	if (!c)
		return 0;
	int code = atomic_load(&c->code);
	if (code)
		return report(c, code);
	int64_t now = 0;
	if (c->deadline_ms && (now = dd_now_ms()) >= c->deadline_ms) {
		dd_cancel_set(c, DD_ETIMEOUT);
		return report(c, atomic_load(&c->code));
	}
	if (may_poll && c->poll && pthread_equal(c->owner, pthread_self())) {
		if (!now)
			now = dd_now_ms();
		if (now - c->last_poll_ms >= DD_CANCEL_POLL_MS) {
			c->last_poll_ms = now;
			if (c->poll(c->poll_arg) != 0)
				dd_cancel_set(c, DD_ECANCELED);
			if ((code = atomic_load(&c->code)) != 0)
				return report(c, code);
		}
	}
	return 0;
}

int dd_cancel_check(void)
{
	return check(true);
}

int dd_cancel_peek(void)
{
	return check(false);
}

long dd_cancel_wait_ms(long cap)
{
	dd_cancel *c = bound;
	if (!c)
		return cap;
	if (c->poll && cap > DD_CANCEL_POLL_MS)
		cap = DD_CANCEL_POLL_MS;
	if (c->deadline_ms) {
		int64_t left = c->deadline_ms - dd_now_ms();
		if (left < cap)
			return left < 1 ? 1 : (long)left;
	}
	return cap;
}

int dd_cancel_sleep_ms(long ms)
{
	int64_t end = dd_now_ms() + ms;
	int rc;
	while ((rc = dd_cancel_check()) == 0) {
		int64_t left = end - dd_now_ms();
		if (left <= 0)
			break;
		long step = dd_cancel_wait_ms(left < DD_CANCEL_POLL_MS ? (long)left : DD_CANCEL_POLL_MS);
		struct timespec ts = { step / 1000, (step % 1000) * 1000000L };
		while (nanosleep(&ts, &ts) != 0 && errno == EINTR) {
		}
	}
	return rc;
}

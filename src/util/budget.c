/* Process-wide byte budgets (see budget.h). */
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <time.h>

#include "util/budget.h"
#include "util/error.h"

struct dd_budget {
	pthread_mutex_t lock;
	pthread_cond_t freed;
	uint64_t capacity, used;
	const char *name;
};

dd_budget dd_budget_spill = { PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, 1024ull << 20, 0, "temporary-file" };
dd_budget dd_budget_records = { PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, 96ull << 20, 0, "large-record memory" };
/* ~200000 packages of ~500 bytes: ten times the largest real images */
dd_budget dd_budget_packages = { PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, 96ull << 20, 0, "package-list memory" };

int dd_budget_take(dd_budget *b, uint64_t n, const char *what)
{
	if (n > b->capacity)
		return dd_error_set(DD_ELIMIT, "%s: %llu bytes is more than the whole %s budget of %llu bytes",
			what, (unsigned long long)n, b->name, (unsigned long long)b->capacity);
	struct timespec until;
	clock_gettime(CLOCK_REALTIME, &until);
	until.tv_sec += DD_BUDGET_WAIT_S;
	int rc = 0;
	pthread_mutex_lock(&b->lock);
	while (b->used + n > b->capacity) {
		if (pthread_cond_timedwait(&b->freed, &b->lock, &until) == ETIMEDOUT && b->used + n > b->capacity) {
			rc = dd_error_set(DD_ELIMIT, "%s: other layers held the %s budget (%llu bytes) for %d s; not read",
				what, b->name, (unsigned long long)b->capacity, DD_BUDGET_WAIT_S);
			break;
		}
	}
	if (rc == 0)
		b->used += n;
	pthread_mutex_unlock(&b->lock);
	return rc;
}

int dd_budget_try_take(dd_budget *b, uint64_t n)
{
	int rc = DD_ELIMIT;
	pthread_mutex_lock(&b->lock);
	if (n <= b->capacity && b->used + n <= b->capacity) {
		b->used += n;
		rc = 0;
	}
	pthread_mutex_unlock(&b->lock);
	return rc;
}

void dd_budget_give(dd_budget *b, uint64_t n)
{
	if (!n)
		return;
	pthread_mutex_lock(&b->lock);
	b->used = n > b->used ? 0 : b->used - n;
	pthread_cond_broadcast(&b->freed);
	pthread_mutex_unlock(&b->lock);
}

uint64_t dd_budget_capacity(const dd_budget *b)
{
	return b->capacity;
}

uint64_t dd_budget_used(dd_budget *b)
{
	pthread_mutex_lock(&b->lock);
	uint64_t u = b->used;
	pthread_mutex_unlock(&b->lock);
	return u;
}

int dd_recbuf_reserve(dd_recbuf *b, size_t n, const char *what)
{
	if (n + 1 <= b->cap)
		return 0;
	dd_recbuf_done(b);
	size_t cap = n + 1 < 4096 ? 4096 : n + 1;
	uint64_t claim = cap > DD_BUDGET_SMALL ? cap : 0;
	int rc;
	if (claim && (rc = dd_budget_take(&dd_budget_records, claim, what)) != 0)
		return rc;
	uint8_t *p = realloc(b->p, cap);
	if (!p) {
		dd_budget_give(&dd_budget_records, claim);
		return dd_error_oom();
	}
	b->p = p;
	b->cap = cap;
	b->claimed = claim;
	return 0;
}

void dd_recbuf_done(dd_recbuf *b)
{
	if (!b->claimed)
		return;
	free(b->p);
	b->p = NULL;
	b->cap = 0;
	dd_budget_give(&dd_budget_records, b->claimed);
	b->claimed = 0;
}

void dd_recbuf_free(dd_recbuf *b)
{
	dd_recbuf_done(b);
	free(b->p);
	b->p = NULL;
	b->cap = 0;
}

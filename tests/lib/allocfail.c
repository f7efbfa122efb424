/* Allocation-failure injection (see allocfail.h). */
#include <errno.h>
#include <execinfo.h>
#include <pthread.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "allocfail.h"

static bool active;              /* DD_ALLOCFAIL_REPORT given: count and track */
static long fail_at;             /* DD_ALLOCFAIL */
static atomic_long counted;
static atomic_bool was_hit;
static atomic_bool paused;
static bool backtrace_at_failure;  /* DD_ALLOCFAIL_BACKTRACE=1 */
static char report_path[4096];
static char violations[4096];

/* The live set: pointers the wrappers handed out and nobody freed yet.
 * Open addressing, linear probing, backward-shift deletion. Pointers that
 * libraries allocated (and drydock frees) are simply not found. */
static pthread_mutex_t set_lock = PTHREAD_MUTEX_INITIALIZER;
static uintptr_t *slots;
static size_t cap, used;

static size_t slot_of(uintptr_t p)
{
	uint64_t h = (uint64_t)p * 0x9e3779b97f4a7c15ull;
	return (size_t)(h >> 20) & (cap - 1);
}

static void set_put_locked(uintptr_t p)
{
	size_t i = slot_of(p);
	while (slots[i])
		i = (i + 1) & (cap - 1);
	slots[i] = p;
	used++;
}

static void track(void *ptr)
{
	if (!active || !ptr)
		return;
	pthread_mutex_lock(&set_lock);
	if ((used + 1) * 2 > cap) {
		size_t old_cap = cap;
		uintptr_t *old = slots;
		cap = cap ? cap * 2 : 1024;
		slots = calloc(cap, sizeof(*slots));
		if (!slots) {
			fprintf(stderr, "allocfail: cannot grow the live set\n");
			abort();
		}
		used = 0;
		for (size_t i = 0; i < old_cap; i++)
			if (old[i])
				set_put_locked(old[i]);
		free(old);
	}
	set_put_locked((uintptr_t)ptr);
	pthread_mutex_unlock(&set_lock);
}

/* true when p was in the set */
static bool untrack(uintptr_t p)
{
	bool found = false;
	if (!active || !p)
		return false;
	pthread_mutex_lock(&set_lock);
	size_t i = cap ? slot_of(p) : 0;
	while (cap && slots[i] && slots[i] != p)
		i = (i + 1) & (cap - 1);
	if (cap && slots[i] == p) {
		found = true;
		slots[i] = 0;
		used--;
		/* shift the rest of the cluster back so lookups never stop early */
		for (size_t j = (i + 1) & (cap - 1); slots[j]; j = (j + 1) & (cap - 1)) {
			size_t home = slot_of(slots[j]);
			if ((j > i && (home <= i || home > j)) || (j < i && home <= i && home > j)) {
				slots[i] = slots[j];
				slots[j] = 0;
				i = j;
			}
		}
	}
	pthread_mutex_unlock(&set_lock);
	return found;
}

/* true: this allocation is the one that fails */
static bool inject(void)
{
	if (!active || atomic_load(&paused))
		return false;
	long k = atomic_fetch_add(&counted, 1) + 1;
	if (fail_at && k == fail_at) {
		atomic_store(&was_hit, true);
		if (backtrace_at_failure) {
			void *frames[32];
			fprintf(stderr, "allocfail: allocation %ld fails here:\n", k);
			backtrace_symbols_fd(frames, backtrace(frames, 32), 2);
		}
		errno = ENOMEM;
		return true;
	}
	return false;
}

void *__wrap_malloc(size_t n);
void *__wrap_calloc(size_t n, size_t size);
void *__wrap_realloc(void *p, size_t n);
void __wrap_free(void *p);
char *__wrap_strdup(const char *s);
char *__wrap_strndup(const char *s, size_t n);
int __wrap_vasprintf(char **out, const char *fmt, va_list ap);

void *__wrap_malloc(size_t n)
{
	if (inject())
		return NULL;
	void *p = malloc(n);
	track(p);
	return p;
}

void *__wrap_calloc(size_t n, size_t size)
{
	if (inject())
		return NULL;
	void *p = calloc(n, size);
	track(p);
	return p;
}

void *__wrap_realloc(void *p, size_t n)
{
	if (inject())
		return NULL;   /* p stays valid, as with a real failure */
	/* out of the set first: after realloc p may not be looked at */
	uintptr_t old = (uintptr_t)p;
	bool had = untrack(old);
	void *q = realloc(p, n);
	if (q)
		track(q);
	else if (n && had)
		track((void *)old);   /* a real failure: the old block lives on */
	return q;
}

void __wrap_free(void *p)
{
	untrack((uintptr_t)p);
	free(p);
}

char *__wrap_strdup(const char *s)
{
	if (inject())
		return NULL;
	char *p = strdup(s);
	track(p);
	return p;
}

char *__wrap_strndup(const char *s, size_t n)
{
	if (inject())
		return NULL;
	char *p = strndup(s, n);
	track(p);
	return p;
}

int __wrap_vasprintf(char **out, const char *fmt, va_list ap)
{
	if (inject()) {
		*out = NULL;
		return -1;
	}
	int n = vasprintf(out, fmt, ap);
	if (n >= 0)
		track(*out);
	return n;
}

long dd_allocfail_count(void)
{
	return atomic_load(&counted);
}

bool dd_allocfail_hit(void)
{
	return atomic_load(&was_hit);
}

long dd_allocfail_live(void)
{
	pthread_mutex_lock(&set_lock);
	long n = (long)used;
	pthread_mutex_unlock(&set_lock);
	return n;
}

void dd_allocfail_begin(void)
{
	atomic_store(&counted, 0);
	atomic_store(&paused, false);
}

void dd_allocfail_end(void)
{
	atomic_store(&paused, true);
}

void dd_allocfail_violation(const char *fmt, ...)
{
	size_t o = strlen(violations);
	if (o + 2 >= sizeof(violations))
		return;
	o += (size_t)snprintf(violations + o, sizeof(violations) - o, "violation ");
	va_list ap;
	va_start(ap, fmt);
	if (o < sizeof(violations))
		vsnprintf(violations + o, sizeof(violations) - o, fmt, ap);
	va_end(ap);
	o = strlen(violations);
	if (o + 1 < sizeof(violations))
		strcpy(violations + o, "\n");
}

static void write_report(void)
{
	FILE *fp = fopen(report_path, "w");
	if (!fp)
		return;
	fprintf(fp, "allocs %ld hit %d live %ld\n%s", dd_allocfail_count(), dd_allocfail_hit(), dd_allocfail_live(),
		violations);
	fclose(fp);
}

__attribute__((constructor)) static void allocfail_setup(void)
{
	const char *report = getenv("DD_ALLOCFAIL_REPORT"), *n = getenv("DD_ALLOCFAIL"), *test = getenv("DD_ALLOCFAIL_TEST");
	if (test && *test)
		cmocka_set_test_filter(test);
	if (!report || !*report)
		return;
	snprintf(report_path, sizeof(report_path), "%s", report);
	fail_at = n ? atol(n) : 0;
	const char *bt = getenv("DD_ALLOCFAIL_BACKTRACE");
	backtrace_at_failure = bt && !strcmp(bt, "1");
	active = true;
	atexit(write_report);
}

/*
 * Process-wide byte budgets: a claim over the whole budget is refused at
 * once, a claim that fits waits for another thread to give bytes back, and
 * record buffers give their claim back after each large record.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "testutil.h"
#include "util/budget.h"
#include "util/error.h"

static void test_refuse_over_capacity(void **state)
{
	(void)state;
	uint64_t cap = dd_budget_capacity(&dd_budget_records);
	assert_int_equal(dd_budget_take(&dd_budget_records, cap + 1, "a test record"), DD_ELIMIT);
	assert_non_null(strstr(dd_error_last(), "a test record"));
	assert_non_null(strstr(dd_error_last(), "large-record memory budget"));
	assert_int_equal(dd_budget_used(&dd_budget_records), 0);
	assert_int_equal(dd_budget_take(&dd_budget_records, cap, "all of it"), 0);
	dd_budget_give(&dd_budget_records, cap);
	assert_int_equal(dd_budget_used(&dd_budget_records), 0);
}

typedef struct waiter {
	uint64_t n;
	int rc;
	volatile int done;
} waiter;

static void *take_in_thread(void *arg)
{
	waiter *w = arg;
	w->rc = dd_budget_take(&dd_budget_records, w->n, "second claim");
	w->done = 1;
	return NULL;
}

static void test_wait_for_give(void **state)
{
	(void)state;
	uint64_t cap = dd_budget_capacity(&dd_budget_records);
	assert_int_equal(dd_budget_take(&dd_budget_records, cap - 10, "first claim"), 0);
	waiter w = { .n = 20 };
	pthread_t t;
	assert_int_equal(pthread_create(&t, NULL, take_in_thread, &w), 0);
	usleep(100 * 1000);
	assert_int_equal(w.done, 0); /* 20 bytes do not fit in the 10 left */
	dd_budget_give(&dd_budget_records, cap - 10);
	pthread_join(t, NULL);
	assert_int_equal(w.rc, 0);
	assert_int_equal(dd_budget_used(&dd_budget_records), 20);
	dd_budget_give(&dd_budget_records, 20);
}

static void test_recbuf(void **state)
{
	(void)state;
	dd_recbuf b = { 0 };
	/* small records keep their buffer and claim nothing */
	assert_int_equal(dd_recbuf_reserve(&b, 1000, "small"), 0);
	assert_int_equal(dd_budget_used(&dd_budget_records), 0);
	dd_recbuf_done(&b);
	assert_non_null(b.p);
	/* a large one is claimed while it lives, and given back after */
	assert_int_equal(dd_recbuf_reserve(&b, 5u << 20, "large"), 0);
	assert_true(dd_budget_used(&dd_budget_records) >= (5u << 20));
	memset(b.p, 1, 5u << 20);
	dd_recbuf_done(&b);
	assert_int_equal(dd_budget_used(&dd_budget_records), 0);
	assert_null(b.p);
	/* larger than the whole budget: refused, nothing held */
	assert_int_equal(dd_recbuf_reserve(&b, (size_t)dd_budget_capacity(&dd_budget_records), "huge"), DD_ELIMIT);
	assert_int_equal(dd_budget_used(&dd_budget_records), 0);
	dd_recbuf_free(&b);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_refuse_over_capacity),
		cmocka_unit_test(test_wait_for_give),
		cmocka_unit_test(test_recbuf),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}

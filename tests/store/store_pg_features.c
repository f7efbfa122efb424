/*
 * The PostgreSQL store's feature functions where several processes meet
 * (src/store/store_pg_notify.c, store_pg_sched.c): each case opens two
 * store handles on one fresh database (two pools, as two `drydock serve`
 * processes have) and races them from threads. Two readers of the outbox
 * never both get a row; a row whose reader died comes due again once the
 * claim window is over, and a deferred row is due at the deferral's time,
 * not the window's; a periodic run is created once however many handles
 * ask; a registry's token bucket never gives two pulls in one interval;
 * a chain run is created once however many handles ask, and its steps are
 * claimed in order, never two of one run at once, while scans are claimed
 * beside them.
 * PostgreSQL only: without DD_TEST_PG (store/store_pg_features@pg sets it)
 * it is skipped.
 */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "drydock/drydock.h"
#include "store/store.h"
#include "store_fixture.h"
#include "testutil.h"

#define THREADS 4   /* two per handle */

/* the store's clock, moved by the cases (dd_store_clock_set) */
static _Atomic int64_t clock_now = 1800000000;

static int64_t test_clock(void)
{
	return atomic_load(&clock_now);
}

/* every thread starts its loop at once */
static pthread_barrier_t start;

static void run_threads(void *(*fn)(void *), void *args, size_t argsize)
{
	pthread_t t[THREADS];
	assert_int_equal(pthread_barrier_init(&start, NULL, THREADS), 0);
	for (size_t i = 0; i < THREADS; i++)
		assert_int_equal(pthread_create(&t[i], NULL, fn, (char *)args + i * argsize), 0);
	for (size_t i = 0; i < THREADS; i++)
		pthread_join(t[i], NULL);
	pthread_barrier_destroy(&start);
}

/* ---- outbox ---- */

#define ROWS 300

typedef struct {
	dd_store *s;
	int64_t ids[ROWS];
	size_t n;
	int rc;
} reader;

static void *read_due(void *arg)
{
	reader *r = arg;
	pthread_barrier_wait(&start);
	/* bounded: rows that stayed due (a broken claim) would come back forever */
	while (r->n < ROWS) {
		json_t *rows = NULL, *row;
		size_t i;
		if ((r->rc = r->s->be->outbox_due(r->s, 1000, NULL, 7, &rows)) != 0)
			return NULL;
		size_t got = json_array_size(rows);
		json_array_foreach(rows, i, row)
			if (r->n < ROWS)
				r->ids[r->n++] = json_integer_value(json_object_get(row, "id"));
		json_decref(rows);
		if (!got)
			return NULL;
	}
	return NULL;
}

static void add_rows(dd_store *s, const char *notifier, size_t n, int64_t next_at)
{
	json_t *rows = json_array();
	for (size_t i = 0; i < n; i++) {
		char id[32];
		snprintf(id, sizeof(id), "ev-%s-%zu", notifier, i);
		json_array_append_new(rows, json_pack("{s:s,s:s,s:s,s:I,s:s,s:s,s:I}", "event_id", id, "notifier", notifier,
			"event", "scan_completed", "task", (json_int_t)0, "image", "local/a:1", "body", "{}", "next_at",
			(json_int_t)next_at));
	}
	size_t added = 0;
	assert_int_equal(s->be->outbox_add(s, rows, &added), 0);
	assert_int_equal(added, n);
	json_decref(rows);
}

static void add_notifier(dd_store *s, const char *name)
{
	json_t *n = json_pack("{s:s,s:s,s:s,s:[s]}", "name", name, "type", "http", "url", "http://127.0.0.1:9/hook",
		"events", "scan_completed");
	assert_int_equal(s->be->notifier_put(s, n, true), 0);
	json_decref(n);
}

static void outbox_readers_share(void **state)
{
	(void)state;
	dd_store *a = open_store(), *b = open_store();
	add_notifier(a, "one");
	add_notifier(a, "two");
	add_rows(a, "one", ROWS / 2, 0);
	add_rows(b, "two", ROWS / 2, 0);
	static reader r[THREADS];
	memset(r, 0, sizeof(r));
	for (size_t i = 0; i < THREADS; i++)
		r[i].s = i % 2 ? b : a;
	run_threads(read_due, r, sizeof(r[0]));
	/* every row went to exactly one reader */
	static unsigned char seen[ROWS * 4];
	memset(seen, 0, sizeof(seen));
	size_t total = 0, readers_with_rows = 0;
	for (size_t i = 0; i < THREADS; i++) {
		assert_int_equal(r[i].rc, 0);
		readers_with_rows += r[i].n > 0;
		for (size_t j = 0; j < r[i].n; j++) {
			int64_t id = r[i].ids[j];
			assert_true(id > 0 && id < (int64_t)sizeof(seen));
			if (seen[id])
				fail_msg("outbox row %lld was given to two readers", (long long)id);
			seen[id] = 1;
			total++;
		}
	}
	assert_int_equal(total, ROWS);
	print_message("%zu rows over %zu readers\n", total, readers_with_rows);
	dd_store_close(a);
	dd_store_close(b);
}

static size_t due_count(dd_store *s, int64_t now_ms, int64_t *id)
{
	json_t *rows = NULL;
	assert_int_equal(s->be->outbox_due(s, now_ms, NULL, 10, &rows), 0);
	size_t n = json_array_size(rows);
	if (n && id)
		*id = json_integer_value(json_object_get(json_array_get(rows, 0), "id"));
	json_decref(rows);
	return n;
}

static void outbox_claim_expires(void **state)
{
	(void)state;
	dd_store_clock_set(test_clock);
	int64_t now = test_clock() * 1000, id = 0, again = 0;
	dd_store *a = open_store(), *b = open_store();
	add_notifier(a, "hook");
	add_rows(a, "hook", 1, now);
	/* a claims the row and dies without a word */
	assert_int_equal(due_count(a, now, &id), 1);
	dd_store_close(a);
	assert_int_equal(due_count(b, now, NULL), 0);
	assert_int_equal(due_count(b, now + DD_STORE_OUTBOX_CLAIM_MS - 1, NULL), 0);
	atomic_store(&clock_now, test_clock() + DD_STORE_OUTBOX_CLAIM_MS / 1000);
	assert_int_equal(due_count(b, now + DD_STORE_OUTBOX_CLAIM_MS, &again), 1);
	assert_int_equal(again, id);
	/* a deferral (rate limit: no attempt) ends the claim: due at its time */
	now += DD_STORE_OUTBOX_CLAIM_MS;
	assert_int_equal(b->be->outbox_result(b, id, false, NULL, now + 1000), 0);
	assert_int_equal(due_count(b, now + 999, NULL), 0);
	assert_int_equal(due_count(b, now + 1000, NULL), 1);
	/* a failure too: due at its retry time */
	assert_int_equal(b->be->outbox_result(b, id, false, "refused", now + 2000), 0);
	assert_int_equal(due_count(b, now + 1999, NULL), 0);
	assert_int_equal(due_count(b, now + 2000, NULL), 1);
	/* delivered: never due again */
	assert_int_equal(b->be->outbox_result(b, id, true, NULL, 0), 0);
	assert_int_equal(due_count(b, now + 3600000, NULL), 0);
	dd_store_close(b);
	dd_store_clock_set(NULL);
}

/* ---- periodic runs ---- */

#define ROUNDS 20

typedef struct {
	dd_store *s;
	const char (*last)[32];   /* the round's last_seen */
	int64_t ids[ROUNDS];
	int rc;
} runner;

static pthread_barrier_t round_start, round_end;

static void *create_runs(void *arg)
{
	runner *r = arg;
	pthread_barrier_wait(&start);
	for (int i = 0; i < ROUNDS; i++) {
		pthread_barrier_wait(&round_start);
		json_t *items = json_pack("[{s:s,s:s,s:s}]", "registry", "local", "repository", "a", "tag", "1");
		int rc = r->s->be->periodic_create(r->s, 7, *r->last, 0, items, 0, NULL, &r->ids[i]);
		json_decref(items);
		if (rc && !r->rc)
			r->rc = rc;
		pthread_barrier_wait(&round_end);
	}
	return NULL;
}

static void periodic_once(void **state)
{
	(void)state;
	dd_store_clock_set(test_clock);
	dd_store *a = open_store(), *b = open_store();
	static char last[32];
	static runner r[THREADS];
	memset(r, 0, sizeof(r));
	for (size_t i = 0; i < THREADS; i++) {
		r[i].s = i % 2 ? b : a;
		r[i].last = (const char (*)[32])&last;
	}
	pthread_t t[THREADS];
	assert_int_equal(pthread_barrier_init(&start, NULL, THREADS), 0);
	assert_int_equal(pthread_barrier_init(&round_start, NULL, THREADS + 1), 0);
	assert_int_equal(pthread_barrier_init(&round_end, NULL, THREADS + 1), 0);
	for (size_t i = 0; i < THREADS; i++)
		assert_int_equal(pthread_create(&t[i], NULL, create_runs, &r[i]), 0);
	for (int round = 0; round < ROUNDS; round++) {
		/* a second later each round: a new run is a new last run */
		atomic_store(&clock_now, test_clock() + 1);
		assert_int_equal(a->be->rule_last_run(a, 7, last), 0);
		pthread_barrier_wait(&round_start);
		pthread_barrier_wait(&round_end);
	}
	for (size_t i = 0; i < THREADS; i++)
		pthread_join(t[i], NULL);
	pthread_barrier_destroy(&start);
	pthread_barrier_destroy(&round_start);
	pthread_barrier_destroy(&round_end);
	for (int round = 0; round < ROUNDS; round++) {
		int made = 0;
		for (size_t i = 0; i < THREADS; i++)
			made += r[i].ids[round] != 0;
		if (made != 1)
			fail_msg("round %d: %d periodic tasks created, want 1", round, made);
	}
	for (size_t i = 0; i < THREADS; i++)
		assert_int_equal(r[i].rc, 0);
	json_t *tasks = NULL;
	assert_int_equal(a->be->task_list(a, 0, 1000, &tasks), 0);
	assert_int_equal(json_array_size(tasks), ROUNDS);
	json_decref(tasks);
	dd_store_close(a);
	dd_store_close(b);
	dd_store_clock_set(NULL);
}

/* ---- the token bucket ---- */

#define TAKES 150
#define INTERVAL 100

/* a virtual clock in ms every call moves on: no sleeping, no wall time */
static _Atomic int64_t virtual_ms = 5000;

typedef struct {
	dd_store *s;
	int64_t granted[TAKES];
	size_t n;
	int rc;
} taker;

static void *take(void *arg)
{
	taker *t = arg;
	pthread_barrier_wait(&start);
	for (int i = 0; i < TAKES; i++) {
		int64_t now = atomic_fetch_add(&virtual_ms, 7), wait = -1;
		if ((t->rc = t->s->be->speed_take(t->s, "reg", now, INTERVAL, &wait)) != 0)
			return NULL;
		if (!wait)
			t->granted[t->n++] = now;
	}
	return NULL;
}

static int cmp64(const void *x, const void *y)
{
	int64_t a = *(const int64_t *)x, b = *(const int64_t *)y;
	return (a > b) - (a < b);
}

static void speed_bucket_shared(void **state)
{
	(void)state;
	dd_store *a = open_store(), *b = open_store();
	static taker t[THREADS];
	memset(t, 0, sizeof(t));
	for (size_t i = 0; i < THREADS; i++)
		t[i].s = i % 2 ? b : a;
	int64_t from = atomic_load(&virtual_ms);
	run_threads(take, t, sizeof(t[0]));
	int64_t all[THREADS * TAKES];
	size_t n = 0;
	for (size_t i = 0; i < THREADS; i++) {
		assert_int_equal(t[i].rc, 0);
		memcpy(all + n, t[i].granted, t[i].n * sizeof(int64_t));
		n += t[i].n;
	}
	qsort(all, n, sizeof(all[0]), cmp64);
	for (size_t i = 1; i < n; i++)
		if (all[i] - all[i - 1] < INTERVAL)
			fail_msg("pulls at %lld and %lld ms: closer than the %d ms interval", (long long)all[i - 1],
				(long long)all[i], INTERVAL);
	/* and the bucket does give: about one pull per interval of the clock */
	int64_t span = atomic_load(&virtual_ms) - from;
	print_message("%zu pulls in %lld virtual ms\n", n, (long long)span);
	assert_true(n >= 2 && (int64_t)n <= span / INTERVAL + 1);
	dd_store_close(a);
	dd_store_close(b);
}

/* ---- chain runs: created once, steps in order across handles ---- */

#define RUNS 12
#define SCANS 24
static const char *const step_names[] = {"block", "backup", "delete"};
#define STEPS (sizeof(step_names) / sizeof(step_names[0]))

/* by task id (a run that lost the race to create it used up an id too) */
#define TASK_IDS 256
static _Atomic int step_running[TASK_IDS];   /* steps of the task running now */
static _Atomic size_t step_next[TASK_IDS];   /* the step the task's next claim must be */
static _Atomic size_t items_done;
static atomic_bool steps_stop;   /* a thread failed: the others end too */

typedef struct {
	dd_store *s;
	int64_t tasks[RUNS];
	int rc;
	char why[160];
} stepper;

static json_t *run_of(int64_t item)
{
	char digest[80];
	snprintf(digest, sizeof(digest), "sha256:%064lld", (long long)item);
	return json_pack("{s:s,s:I,s:s,s:I,s:I,s:s,s:s,s:s,s:s,s:s,s:[sss]}", "chain", "a", "item", (json_int_t)item,
		"digest", digest, "scan_task", (json_int_t)1, "scan", (json_int_t)0, "registry", "local", "repository",
		"staging/app", "tag", "1", "doc", "{\"name\":\"a\"}", "verdict", "{}", "steps", step_names[0],
		step_names[1], step_names[2]);
}

static void *run_steps(void *arg)
{
	stepper *r = arg;
	bool fresh;
	pthread_barrier_wait(&start);
	/* every thread asks for every run: each is created once */
	for (int64_t i = 0; i < RUNS && !r->rc; i++) {
		json_t *run = run_of(i + 1);
		r->rc = r->s->be->chain_run_create(r->s, run, 0, &r->tasks[i], &fresh);
		json_decref(run);
	}
	while (!r->rc && !atomic_load(&steps_stop) && atomic_load(&items_done) < RUNS * STEPS + SCANS) {
		dd_store_item it;
		int rc = r->s->be->item_claim(r->s, &it);
		if (rc == DD_ITEROVER) {
			usleep(1000);   /* the next steps wait for running ones */
			continue;
		}
		if (rc) {
			r->rc = rc;
			break;
		}
		if (it.step[0]) {
			int none = 0;
			size_t want = atomic_load(&step_next[it.task]);
			if (it.task < 1 || it.task >= TASK_IDS ||
			    !atomic_compare_exchange_strong(&step_running[it.task], &none, 1)) {
				snprintf(r->why, sizeof(r->why), "task %lld: step %s claimed while another runs",
					(long long)it.task, it.step);
				r->rc = -1;
				break;
			}
			if (want >= STEPS || strcmp(it.step, step_names[want])) {
				snprintf(r->why, sizeof(r->why), "task %lld: step %s claimed, want step %zu", (long long)it.task,
					it.step, want);
				r->rc = -1;
				break;
			}
			usleep(500);   /* the step's work: a window for another claimer */
			/* cleared before the finish commits: a claim after that commit may take the next step */
			atomic_store(&step_next[it.task], want + 1);
			atomic_store(&step_running[it.task], 0);
		}
		if ((r->rc = r->s->be->item_finish(r->s, it.id, DD_STATE_SUCCEEDED, NULL, 0, NULL)) != 0)
			snprintf(r->why, sizeof(r->why), "task %lld: finishing item %lld", (long long)it.task,
				(long long)it.id);
		atomic_fetch_add(&items_done, 1);
	}
	if (r->rc)
		atomic_store(&steps_stop, true);
	return NULL;
}

static void chain_steps_in_order(void **state)
{
	(void)state;
	dd_store *a = open_store(), *b = open_store();
	static stepper r[THREADS];
	memset(r, 0, sizeof(r));
	atomic_store(&items_done, 0);
	atomic_store(&steps_stop, false);
	for (size_t i = 0; i < TASK_IDS; i++) {
		atomic_store(&step_running[i], 0);
		atomic_store(&step_next[i], 0);
	}
	/* scans queued first (task 1 .. SCANS): the steps still interleave with them */
	for (int i = 0; i < SCANS; i++) {
		int64_t id;
		json_t *items = json_pack("[{s:s,s:s,s:s}]", "registry", "local", "repository", "other", "tag", "1");
		assert_int_equal(a->be->task_create(a, "scan", 0, 0, items, 0, &id), 0);
		json_decref(items);
	}
	for (size_t i = 0; i < THREADS; i++)
		r[i].s = i % 2 ? b : a;
	run_threads(run_steps, r, sizeof(r[0]));
	for (size_t i = 0; i < THREADS; i++)
		if (r[i].rc)
			print_error("thread %zu: %d %s\n", i, r[i].rc, r[i].why);
	for (size_t i = 0; i < THREADS; i++) {
		assert_int_equal(r[i].rc, 0);
		assert_memory_equal(r[i].tasks, r[0].tasks, sizeof(r[0].tasks));
	}
	json_t *tasks = NULL;
	assert_int_equal(a->be->task_list(a, 0, 1000, &tasks), 0);
	assert_int_equal(json_array_size(tasks), SCANS + RUNS);
	for (size_t i = SCANS; i < SCANS + RUNS; i++)
		assert_string_equal(json_string_value(json_object_get(json_array_get(tasks, i), "state")), "succeeded");
	json_decref(tasks);
	for (size_t i = 0; i < RUNS; i++)
		assert_int_equal(atomic_load(&step_next[r[0].tasks[i]]), STEPS);
	dd_store_close(a);
	dd_store_close(b);
}

int main(void)
{
	if (!store_is_pg()) {
		printf("SKIP: PostgreSQL only (DD_TEST_PG unset; store/store_pg_features@pg runs it)\n");
		return DD_SKIP_EXIT;
	}
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(outbox_readers_share, setup, teardown),
		cmocka_unit_test_setup_teardown(outbox_claim_expires, setup, teardown),
		cmocka_unit_test_setup_teardown(periodic_once, setup, teardown),
		cmocka_unit_test_setup_teardown(speed_bucket_shared, setup, teardown),
		cmocka_unit_test_setup_teardown(chain_steps_in_order, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}

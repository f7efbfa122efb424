/*
 * The SQLite store's notifications (src/store/store_sqlite_notify.c):
 * notifiers created once, changed, listed with their delivery state; the
 * outbox keeps one row per (event, notifier) however often it is added
 * (a re-emit after a crash), gives due rows oldest first, and survives a
 * close and reopen; a failed attempt moves the notifier's other due rows
 * with it, a deferral (rate limit) counts no attempt, a delivered row is
 * never due again; deleting a notifier drops its undelivered rows; a
 * notifier keeps its last 1,000 delivered rows. The cases read as a
 * sender does, giving back what it read and does not send (PostgreSQL
 * claims what it returns: store/store_sqlite_notify@pg runs them there).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "drydock/drydock.h"
#include "store/store.h"
#include "store_fixture.h"
#include "testutil.h"

static json_t *notifier(const char *name, const char *type)
{
	return json_pack("{s:s,s:s,s:s,s:s,s:[s]}", "name", name, "type", type, "url", "http://127.0.0.1:9/hook", "secret",
		"plain:k", "events", "scan_completed");
}

static void add(dd_store *s, const char *event_id, const char *to, int64_t next_at, size_t want_added)
{
	json_t *rows = json_pack("[{s:s,s:s,s:s,s:I,s:s,s:s,s:I}]", "event_id", event_id, "notifier", to, "event",
		"scan_completed", "task", (json_int_t)3, "image", "local/a:1", "body", "{\"id\":1}", "next_at", (json_int_t)next_at);
	size_t added = 99;
	assert_int_equal(s->be->outbox_add(s, rows, &added), 0);
	assert_int_equal(added, want_added);
	json_decref(rows);
}

static int64_t num(json_t *o, const char *k)
{
	return json_integer_value(json_object_get(o, k));
}

static json_t *due(dd_store *s, int64_t now)
{
	json_t *rows = NULL;
	assert_int_equal(s->be->outbox_due(s, now, NULL, 10, &rows), 0);
	return rows;
}

/* A reader gives back the rows it read and will not send now (error NULL:
 * not attempted), due again at `at`: on PostgreSQL reading claimed them
 * (store_pg_notify.c), on SQLite it changes nothing that matters here. */
static void give_back(dd_store *s, json_t *rows, size_t from, size_t to, int64_t at)
{
	for (size_t i = from; i < to && i < json_array_size(rows); i++)
		assert_int_equal(s->be->outbox_result(s, num(json_array_get(rows, i), "id"), false, NULL, at), 0);
}

static json_t *find(dd_store *s, const char *name)
{
	json_t *all = NULL, *n, *got = NULL;
	size_t i;
	assert_int_equal(s->be->notifier_list(s, true, &all), 0);
	json_array_foreach(all, i, n)
		if (!strcmp(json_string_value(json_object_get(n, "name")), name))
			got = json_incref(n);
	json_decref(all);
	assert_non_null(got);
	return got;
}

static void notifiers_crud(void **state)
{
	(void)state;
	dd_store *s = open_store();
	json_t *n = notifier("hook", "http"), *got = NULL;
	assert_int_equal(s->be->notifier_put(s, n, true), 0);
	assert_int_equal(s->be->notifier_put(s, n, true), DD_EINVAL);   /* taken */
	json_object_set_new(n, "url", json_string("http://127.0.0.1:10/other"));
	assert_int_equal(s->be->notifier_put(s, n, false), 0);
	assert_int_equal(s->be->notifier_get(s, "hook", &got), 0);
	assert_string_equal(json_string_value(json_object_get(got, "url")), "http://127.0.0.1:10/other");
	assert_true(json_is_array(json_object_get(got, "events")));
	json_decref(got);
	json_object_set_new(n, "name", json_string("nope"));
	assert_int_equal(s->be->notifier_put(s, n, false), DD_ENOTFOUND);
	assert_int_equal(s->be->notifier_get(s, "nope", &got), DD_ENOTFOUND);
	assert_int_equal(s->be->notifier_delete(s, "nope"), DD_ENOTFOUND);
	json_decref(n);
	dd_store_close(s);
}

static void outbox_once_and_in_order(void **state)
{
	(void)state;
	dd_store *s = open_store();
	json_t *n = notifier("hook", "http");
	assert_int_equal(s->be->notifier_put(s, n, true), 0);
	json_decref(n);
	add(s, "e1", "hook", 1000, 1);
	add(s, "e2", "hook", 500, 1);
	add(s, "e1", "hook", 1000, 0);   /* the same event again: nothing */
	json_t *rows = due(s, 999);
	assert_int_equal(json_array_size(rows), 1);   /* e1 is not due yet */
	assert_string_equal(json_string_value(json_object_get(json_array_get(rows, 0), "event_id")), "e2");
	assert_string_equal(json_string_value(json_object_get(json_array_get(rows, 0), "url")), "http://127.0.0.1:9/hook");
	give_back(s, rows, 0, 1, 999);
	json_decref(rows);
	dd_store_close(s);
	/* a restart: the rows are there */
	s = open_store();
	rows = due(s, 2000);
	assert_int_equal(json_array_size(rows), 2);
	assert_string_equal(json_string_value(json_object_get(json_array_get(rows, 0), "event_id")), "e2");
	assert_int_equal(num(json_array_get(rows, 0), "task"), 3);
	json_decref(rows);
	dd_store_close(s);
}

static void failures_hold_the_notifier(void **state)
{
	(void)state;
	dd_store *s = open_store();
	json_t *n = notifier("hook", "http"), *m = notifier("other", "http"), *rows, *st;
	assert_int_equal(s->be->notifier_put(s, n, true), 0);
	assert_int_equal(s->be->notifier_put(s, m, true), 0);
	add(s, "e1", "hook", 100, 1);
	add(s, "e2", "hook", 100, 1);
	add(s, "e3", "other", 100, 1);
	rows = due(s, 100);
	assert_int_equal(json_array_size(rows), 3);
	int64_t first = num(json_array_get(rows, 0), "id");
	/* e1 fails: e2 (same notifier) waits with it, e3 does not (its
	 * sender gives back what it did not get to) */
	assert_int_equal(s->be->outbox_result(s, first, false, "refused", 5000), 0);
	give_back(s, rows, 1, 2, 5000);
	assert_int_equal(s->be->outbox_list(s, "hook", 0, 10, &st), 0);
	assert_int_equal(num(json_array_get(st, 1), "next_at"), 5000);
	json_decref(st);
	give_back(s, rows, 2, 3, 100);
	json_decref(rows);
	rows = due(s, 4999);
	assert_int_equal(json_array_size(rows), 1);
	assert_string_equal(json_string_value(json_object_get(json_array_get(rows, 0), "event_id")), "e3");
	give_back(s, rows, 0, 1, 100);
	json_decref(rows);
	/* a notifier being sent to is left out */
	const char *const skip[] = { "other", NULL };
	assert_int_equal(s->be->outbox_due(s, 4999, skip, 10, &rows), 0);
	assert_int_equal(json_array_size(rows), 0);
	json_decref(rows);
	st = find(s, "hook");
	assert_int_equal(num(st, "pending"), 2);
	assert_int_equal(num(st, "failing"), 1);
	assert_string_equal(json_string_value(json_object_get(st, "last_error")), "refused");
	json_decref(st);
	/* a deferral counts no attempt */
	rows = due(s, 5000);
	assert_int_equal(json_array_size(rows), 3);
	int64_t second = num(json_array_get(rows, 1), "id");
	assert_int_equal(s->be->outbox_result(s, second, false, NULL, 9000), 0);
	give_back(s, rows, 2, 3, 9000);
	json_decref(rows);
	assert_int_equal(s->be->outbox_list(s, "hook", 0, 10, &rows), 0);
	assert_int_equal(json_array_size(rows), 2);
	assert_int_equal(num(json_array_get(rows, 0), "attempts"), 1);
	assert_int_equal(num(json_array_get(rows, 1), "attempts"), 0);
	assert_int_equal(num(json_array_get(rows, 1), "next_at"), 9000);
	json_decref(rows);
	/* delivered: never due again */
	assert_int_equal(s->be->outbox_result(s, first, true, NULL, 0), 0);
	rows = due(s, 1 << 30);
	assert_int_equal(json_array_size(rows), 2);   /* e2 and e3 */
	give_back(s, rows, 0, 2, 1 << 30);
	json_decref(rows);
	st = find(s, "hook");
	assert_int_equal(num(st, "delivered"), 1);
	assert_int_equal(num(st, "pending"), 1);
	assert_non_null(json_object_get(st, "last_delivered_at"));
	json_decref(st);
	/* delete: the undelivered rows go too */
	assert_int_equal(s->be->notifier_delete(s, "other"), 0);
	rows = due(s, 1 << 30);
	assert_int_equal(json_array_size(rows), 1);
	json_decref(rows);
	json_decref(n);
	json_decref(m);
	dd_store_close(s);
}

static void delivered_history_is_bounded(void **state)
{
	(void)state;
	dd_store *s = open_store();
	json_t *n = notifier("hook", "http"), *rows = json_array(), *st;
	assert_int_equal(s->be->notifier_put(s, n, true), 0);
	for (int i = 0; i < 1003; i++) {
		char id[16];
		snprintf(id, sizeof(id), "e%d", i);
		json_array_append_new(rows, json_pack("{s:s,s:s,s:s,s:s,s:I}", "event_id", id, "notifier", "hook", "event",
			"scan_completed", "body", "{}", "next_at", (json_int_t)1));
	}
	size_t added = 0;
	assert_int_equal(s->be->outbox_add(s, rows, &added), 0);
	assert_int_equal(added, 1003);
	json_decref(rows);
	for (int64_t id = 1; id <= 1002; id++)
		assert_int_equal(s->be->outbox_result(s, id, true, NULL, 0), 0);
	st = find(s, "hook");
	assert_int_equal(num(st, "delivered"), 1000);
	assert_int_equal(num(st, "pending"), 1);
	json_decref(st);
	assert_int_equal(s->be->outbox_list(s, "hook", 0, 1, &rows), 0);
	assert_int_equal(num(json_array_get(rows, 0), "id"), 3);   /* the two oldest went */
	json_decref(rows);
	json_decref(n);
	dd_store_close(s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(notifiers_crud, setup, teardown),
		cmocka_unit_test_setup_teardown(outbox_once_and_in_order, setup, teardown),
		cmocka_unit_test_setup_teardown(failures_hold_the_notifier, setup, teardown),
		cmocka_unit_test_setup_teardown(delivered_history_is_bounded, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}

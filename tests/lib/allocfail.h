/*
 * Allocation-failure injection for tests, SQLite's habit (its *fault.test).
 * Test programs link the library's objects with their allocation calls
 * renamed to __wrap_malloc, __wrap_calloc, ... (ld -r --wrap, see
 * tests/CMakeLists.txt); allocfail.c defines them. Only drydock's own calls
 * go through here: the allocations that libraries (jansson, SQLite, YARA,
 * libc's vasprintf internals...) make for themselves do not.
 *
 * Driven by the environment of the test process (tests/lib/alloc_sweep.py):
 *   DD_ALLOCFAIL=N         the Nth allocation (counted from the start, or
 *                          from dd_allocfail_begin()) returns NULL; 0 or
 *                          unset: none fails, allocations are only counted
 *   DD_ALLOCFAIL_TEST=NAME run only the cmocka test NAME
 *   DD_ALLOCFAIL_REPORT=F  at exit, write "allocs A hit H live L" to F, and
 *                          one "violation ..." line per dd_allocfail_violation()
 *   DD_ALLOCFAIL_BACKTRACE=1  print where the failing allocation was made
 *                          (addr2line -e PROGRAM turns the offsets into lines)
 * Without DD_ALLOCFAIL_REPORT the wrappers only forward (one branch).
 *
 * "live" counts the wrapped allocations not freed: the sweep runs without
 * ASan (too slow for hundreds of runs), so this is its leak check.
 */
#ifndef DD_TEST_ALLOCFAIL_H
#define DD_TEST_ALLOCFAIL_H

#include <stdbool.h>

/* Allocations counted so far. */
long dd_allocfail_count(void);
/* True once the injected failure happened. */
bool dd_allocfail_hit(void);
/* Wrapped allocations not yet freed. */
long dd_allocfail_live(void);
/* Counting (and so N) starts again here, after dd_allocfail_end(): a test
 * that calls them counts (and fails) only the allocations in between, not
 * those of its set-up. */
void dd_allocfail_begin(void);
/* No allocation is counted or failed until the next dd_allocfail_begin(). */
void dd_allocfail_end(void);
/* Records a broken promise (a scan that lost an allocation yet claims to
 * be complete) in the report: the sweep fails on it. */
void dd_allocfail_violation(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif

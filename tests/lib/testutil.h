/* Shared helpers for cmocka tests. */
#ifndef DD_TESTUTIL_H
#define DD_TESTUTIL_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

/* Reads a whole file (NUL-terminated); NULL if missing. */
char *dd_test_read_file(const char *path, size_t *len);
/* Path under tests/data (static buffer per call site is not used: malloc'ed). */
char *dd_test_data_path(const char *rel);
/* Path under ../shared/data, or NULL when ../shared is absent (skip the test). */
char *dd_test_shared_path(const char *rel);

#define DD_SKIP_EXIT 77

#endif

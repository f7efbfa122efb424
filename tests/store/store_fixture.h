/*
 * What every SQLite store unit test starts from: a private data directory
 * per test (setup/teardown for cmocka_unit_test_setup_teardown) and the
 * store opened in it (open_store; reopen it to see what survives a close).
 */
#ifndef DD_TEST_STORE_FIXTURE_H
#define DD_TEST_STORE_FIXTURE_H

#include <stdio.h>
#include <stdlib.h>

#include "drydock/drydock.h"
#include "store/store.h"
#include "testutil.h"

static char dir[256];

static int setup(void **state)
{
	(void)state;
	snprintf(dir, sizeof(dir), "/tmp/dd-store-test.XXXXXX");
	assert_non_null(mkdtemp(dir));
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	char cmd[300];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	return system(cmd) == 0 ? 0 : -1;
}

static dd_store *open_store(void)
{
	dd_store *s = NULL;
	if (dd_store_open(&s, "sqlite", dir))
		fail_msg("open: %s", dd_error_last());
	return s;
}

#endif

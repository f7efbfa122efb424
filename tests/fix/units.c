/* Unit tests of the fix framework's and the apk backend's pure parts: the
 * default target (<tag>_fixed, never _fixed_fixed), apk's records (the
 * fields apk writes, record spans for byte-exact copies, truncated and
 * hostile input, the record cap), and the triggers file rewrite. */
#include <stdlib.h>
#include <string.h>

#include "fix/apk_internal.h"
#include "fix/fix_internal.h"
#include "testutil.h"
#include "util/error.h"

static void target_is(const char *ref, bool refix, const char *want)
{
	dd_fix_options o = DD_FIX_OPTIONS_INIT;
	char *t = NULL;
	assert_int_equal(dd_fix_target(&t, ref, &o, refix), 0);
	assert_string_equal(t, want);
	free(t);
}

static void test_target(void **state)
{
	(void)state;
	target_is("oci:/srv/l:3.20", false, "oci:/srv/l:3.20_fixed");
	target_is("oci:/srv/l:3.20_fixed", true, "oci:/srv/l:3.20_fixed");
	target_is("oci:/srv/l:3.20_fixed", false, "oci:/srv/l:3.20_fixed_fixed");   /* a tag that only looks fixed */
	target_is("127.0.0.1:5000/team/app:1.2", false, "127.0.0.1:5000/team/app:1.2_fixed");
	target_is("docker://127.0.0.1:5000/team/app", false, "docker://127.0.0.1:5000/team/app:latest_fixed");
	target_is("alpine:3.20", false, "alpine:3.20_fixed");
	dd_fix_options o = DD_FIX_OPTIONS_INIT;
	char *t = NULL;
	assert_int_equal(dd_fix_target(&t, "host/app@sha256:" "0000000000000000000000000000000000000000000000000000000000000000",
		&o, false), DD_EINVAL);
	assert_int_equal(dd_fix_target(&t, "docker-archive:/x.tar", &o, false), DD_EINVAL);
	assert_int_equal(dd_fix_target(&t, "oci:/srv/l", &o, false), DD_EINVAL);
	o.to = "oci:/a:b";
	o.overwrite = true;
	assert_int_equal(dd_fix_target(&t, "alpine:3.20", &o, false), DD_EINVAL);
	o.to = NULL;
	assert_int_equal(dd_fix_target(&t, "alpine:3.20", &o, false), 0);
	assert_string_equal(t, "alpine:3.20");
	free(t);
}

static void test_records(void **state)
{
	(void)state;
	const char text[] = "C:Q1abc=\nP:musl\nV:1.2.5-r0\np:so:libc.musl-x86_64.so.1=1\nF:lib\nR:x\nZ:Q1z=\n\n"
		"P:busybox\nV:1.36.1-r29\nD:so:libc.musl-x86_64.so.1\nq:\n\n\nP:last\nV:1";
	dd_apk_records r;
	assert_int_equal(dd_apk_records_parse(&r, text, strlen(text), 10, "t"), 0);
	assert_int_equal(r.n, 3);
	assert_string_equal(dd_apk_get(&r.v[0], 'P'), "musl");
	assert_string_equal(dd_apk_get(&r.v[0], 'p'), "so:libc.musl-x86_64.so.1=1");
	assert_null(dd_apk_get(&r.v[0], 'D'));
	assert_null(dd_apk_get(&r.v[0], 'F'));      /* per-file lines are not record fields */
	assert_string_equal(dd_apk_get(&r.v[1], 'D'), "so:libc.musl-x86_64.so.1");
	assert_string_equal(dd_apk_get(&r.v[1], 'q'), "");
	assert_string_equal(dd_apk_get(&r.v[2], 'V'), "1");   /* no trailing newline */
	/* the spans copy each record byte for byte */
	assert_int_equal(strncmp(text + r.v[0].start, "C:Q1abc=\n", 9), 0);
	assert_int_equal(text[r.v[0].end - 1], '\n');
	assert_int_equal(strncmp(text + r.v[1].start, "P:busybox\n", 10), 0);
	assert_int_equal(r.v[2].end, strlen(text));
	dd_apk_records_free(&r);
	assert_int_equal(dd_apk_records_parse(&r, "", 0, 10, "t"), 0);
	assert_int_equal(r.n, 0);
	dd_apk_records_free(&r);
	assert_int_equal(dd_apk_records_parse(&r, "P:a\n\nP:b\n\nP:c\n", 14, 2, "t"), DD_ELIMIT);
	/* garbage: lines that are not "X:" count toward no field */
	const char junk[] = "\x01\x02:zz\n:\nPP:x\n\n";
	assert_int_equal(dd_apk_records_parse(&r, junk, sizeof(junk) - 1, 10, "t"), 0);
	assert_int_equal(r.n, 1);
	assert_null(dd_apk_get(&r.v[0], 'P'));
	dd_apk_records_free(&r);
}

static void test_triggers(void **state)
{
	(void)state;
	const char db[] = "C:Q1old=\nP:busybox\nV:1\n\n";
	dd_apk_records r;
	assert_int_equal(dd_apk_records_parse(&r, db, strlen(db), 10, "t"), 0);
	const char idx[] = "C:Q1new=\nP:busybox\nV:2\n\n";
	dd_apk_records ir;
	assert_int_equal(dd_apk_records_parse(&ir, idx, strlen(idx), 10, "t"), 0);
	dd_apk_pkg pkg = { .rec = &ir.v[0], .triggers = (char *)"/bin /usr/bin" };
	dd_apk_change c = { .old = &r.v[0], .pkg = &pkg };
	char old_text[] = "Q1keep= /lib\nQ1old= /bin /usr/bin\n";
	dd_fix_file old = { .path = (char *)"lib/apk/db/triggers", .data = (unsigned char *)old_text, .len = sizeof(old_text) - 1 };
	char *out = NULL;
	size_t len = 0;
	assert_int_equal(dd_apk_db_triggers(&old, &c, 1, &out, &len), 0);
	assert_string_equal(out, "Q1keep= /lib\nQ1new= /bin /usr/bin\n");
	assert_int_equal(len, strlen(out));
	free(out);
	dd_apk_records_free(&r);
	dd_apk_records_free(&ir);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_target),
		cmocka_unit_test(test_records),
		cmocka_unit_test(test_triggers),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}

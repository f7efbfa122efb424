/*
 * Dockle parity: on image configs shaped like Dockle's own fixtures and unit
 * tests (tests/data/checks/dockle/cases.json, provenance beside it), the
 * Dockle checkpoint ids that drydock's history and config checks attach as
 * aliases are exactly the checkpoints Dockle reports: one per checkpoint
 * and history entry, as Dockle counts them.
 */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "checks/dockle.h"
#include "report/model.h"
#include "scan/check_run.h"
#include "testutil.h"
#include "util/error.h"

extern const dd_check dd_check_history;
extern const dd_check dd_check_image_config;

/* "CODE@index" of every Dockle alias in the report, deduplicated. */
static void collect(const dd_report *r, json_t *out)
{
	for (size_t i = 0; i < r->n_findings; i++) {
		const dd_finding *f = &r->findings[i];
		for (size_t k = 0; k < f->aliases.count; k++) {
			const char *a = f->aliases.items[k];
			if (strncmp(a, "CIS-DI-", 7) && strncmp(a, "DKL-DI-", 7))
				continue;
			char key[64];
			snprintf(key, sizeof(key), "%s@%d", a, f->history_index);
			json_object_set_new(out, key, json_true());
		}
	}
}

static void test_cases(void **state)
{
	(void)state;
	char *p = dd_test_data_path("checks/dockle/cases.json");
	json_error_t err;
	json_t *cases = json_load_file(p, 0, &err);
	if (!cases)
		fail_msg("%s: %s", p, err.text);
	free(p);
	size_t i, failed = 0;
	json_t *c;
	json_array_foreach(cases, i, c) {
		char *cfg = json_dumps(json_object_get(c, "config"), 0);
		json_t *got = json_object();
		const dd_check *checks[] = { &dd_check_history, &dd_check_image_config };
		for (size_t k = 0; k < 2; k++) {
			dd_report *r = NULL;
			if (dd_check_run_on_files(&r, checks[k], NULL, 0, cfg, "oci:/tmp/x:1.0"))
				fail_msg("%s", dd_error_last());
			collect(r, got);
			dd_report_free(r);
		}
		/* compare the codes, as a sorted multiset */
		json_t *want = json_object_get(c, "expect");
		json_t *have = json_array();
		const char *key;
		json_t *v;
		json_object_foreach(got, key, v) {
			char code[32];
			snprintf(code, sizeof(code), "%.*s", (int)strcspn(key, "@"), key);
			json_array_append_new(have, json_string(code));
		}
		char *hs = NULL, *ws = json_dumps(want, JSON_COMPACT);
		/* sort have */
		size_t n = json_array_size(have);
		for (size_t a = 0; a < n; a++)
			for (size_t b = a + 1; b < n; b++)
				if (strcmp(json_string_value(json_array_get(have, a)), json_string_value(json_array_get(have, b))) > 0) {
					json_t *x = json_incref(json_array_get(have, a));
					json_array_set(have, a, json_array_get(have, b));
					json_array_set_new(have, b, x);
				}
		hs = json_dumps(have, JSON_COMPACT);
		if (strcmp(hs, ws)) {
			print_message("case '%s': Dockle reports %s, drydock's aliases are %s\n",
				json_string_value(json_object_get(c, "name")), ws, hs);
			failed++;
		}
		free(hs);
		free(ws);
		json_decref(have);
		json_decref(got);
		free(cfg);
	}
	assert_true(json_array_size(cases) >= 40);
	json_decref(cases);
	assert_int_equal(failed, 0);
}

/* The verdict functions on their own: the word rules Dockle uses. */
static void test_words(void **state)
{
	(void)state;
	const char *var = NULL;
	size_t n = 0;
	const char *s = "/bin/sh -c #(nop) ENV abc=hello password=sensibledata";
	assert_true(dd_dockle_history(s, strlen(s), &var, &n) & DD_DOCKLE_CREDENTIAL);
	assert_non_null(var);
	assert_int_equal(n, 8);
	assert_memory_equal(var, "password", 8);
	assert_true(dd_dockle_credential_name("db_token", 8));
	assert_false(dd_dockle_credential_name("GPG_KEYS", 8));
	assert_true(dd_dockle_credential_name("gpg_keys", 8));   /* Dockle's exemption is exact */
	assert_false(dd_dockle_root_user("0"));
	assert_true(dd_dockle_root_user(""));
	assert_false(dd_dockle_sensitive_volume("/sys/"));
	s = "apt-get install -y apt";
	assert_false(dd_dockle_history(s, strlen(s), NULL, NULL) & DD_DOCKLE_DIST_UPGRADE);
	/* an unterminated quote and a lone backslash end the word, no over-read */
	s = "X_TOKEN=\"abc";
	assert_true(dd_dockle_history(s, strlen(s), NULL, NULL) & DD_DOCKLE_CREDENTIAL);
	s = "A=b \\";
	assert_false(dd_dockle_history(s, strlen(s), NULL, NULL) & DD_DOCKLE_CREDENTIAL);
	assert_int_equal(dd_dockle_history("", 0, NULL, NULL), 0);
	/* drydock's one difference on CIS-DI-0010: a variable reference is no credential */
	s = "/bin/sh -c mysql --password=\"$DB_PASS\" -e 'select 1'";
	assert_false(dd_dockle_history(s, strlen(s), NULL, NULL) & DD_DOCKLE_CREDENTIAL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_cases),
		cmocka_unit_test(test_words),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}

/*
 * Build-history rules on hand-written history JSON (tests/data/checks):
 * every rule fires at the right history index, credentials are masked in
 * the quoted command, and a clean history gives nothing. Also the
 * created_by parser on each builder's shape.
 */
#include <stdlib.h>
#include <string.h>

#include "checks/history_cmd.h"
#include "report/model.h"
#include "scan/check_run.h"
#include "testutil.h"
#include "util/buf.h"
#include "util/error.h"

extern const dd_check dd_check_history;

static char *fixture(const char *name)
{
	char *p = dd_test_data_path(name);
	char *d = dd_test_read_file(p, NULL);
	if (!d)
		fail_msg("missing fixture %s", p);
	free(p);
	return d;
}

static const dd_finding *at(const dd_report *r, const char *id, int index)
{
	for (size_t i = 0; i < r->n_findings; i++)
		if (!strcmp(r->findings[i].id, id) && r->findings[i].history_index == index)
			return &r->findings[i];
	for (size_t i = 0; i < r->n_findings; i++)
		print_message("  have %s @%d: %s\n", r->findings[i].id, r->findings[i].history_index, r->findings[i].match);
	fail_msg("no %s at history index %d", id, index);
	return NULL;
}

static void test_parse_forms(void **state)
{
	(void)state;
	dd_history_cmd h;
	const char *s = "/bin/sh -c #(nop) ADD file:abc in / ";
	dd_history_parse(s, strlen(s), &h);
	assert_string_equal(h.instr, "ADD");
	assert_true(h.nop);
	assert_int_equal(h.args_len, strlen("file:abc in /"));
	s = "|2 A=1 PW=x /bin/sh -c make all";
	dd_history_parse(s, strlen(s), &h);
	assert_string_equal(h.instr, "RUN");
	assert_int_equal(h.n_build_args, 2);
	assert_memory_equal(h.build_args[1].p, "PW=x", 4);
	assert_int_equal(h.args_len, strlen("make all"));
	assert_memory_equal(h.args, "make all", h.args_len);
	s = "RUN |1 TOKEN=t /bin/sh -c echo $TOKEN # buildkit";
	dd_history_parse(s, strlen(s), &h);
	assert_true(h.buildkit);
	assert_string_equal(h.instr, "RUN");
	assert_int_equal(h.n_build_args, 1);
	assert_memory_equal(h.args, "echo $TOKEN", h.args_len);
	s = "ENV A=b # buildkit";
	dd_history_parse(s, strlen(s), &h);
	assert_string_equal(h.instr, "ENV");
	assert_memory_equal(h.args, "A=b", h.args_len);
	s = "/bin/sh -c apk add x";
	dd_history_parse(s, strlen(s), &h);
	assert_string_equal(h.instr, "RUN");
	assert_false(h.nop);
	s = "|9999999999999";
	dd_history_parse(s, strlen(s), &h);   /* hostile count: no crash, no args */
	assert_int_equal(h.n_build_args, 0);
}

static void test_shell_split(void **state)
{
	(void)state;
	dd_sh *sh = malloc(sizeof(*sh));
	const char *s = "FOO=1 sudo -E apt-get install -y 'a b' \"c\\\"d\" && curl -sSL x|sh; echo done &>/dev/null";
	dd_shell_split(sh, s, strlen(s));
	assert_int_equal(sh->n_cmds, 4);
	unsigned w = 0;
	bool sudo = false;
	assert_string_equal(dd_sh_program(sh, &sh->cmds[0], &w, &sudo), "apt-get");
	assert_true(sudo);
	assert_int_equal(w, 3);
	assert_string_equal(sh->words[sh->cmds[0].first + 6], "a b");
	assert_string_equal(sh->words[sh->cmds[0].first + 7], "c\"d");
	assert_true(sh->cmds[1].pipe_out);
	assert_true(sh->cmds[2].pipe_in);
	assert_string_equal(dd_sh_program(sh, &sh->cmds[2], NULL, NULL), "sh");
	assert_string_equal(dd_sh_program(sh, &sh->cmds[3], NULL, NULL), "echo");
	free(sh);
}

static void test_risky(void **state)
{
	(void)state;
	char *cfg = fixture("checks/history-risky.json");
	dd_report *r = NULL;
	if (dd_check_run_on_files(&r, &dd_check_history, NULL, 0, cfg, "docker://registry.example.com/app/web:latest"))
		fail_msg("%s", dd_error_last());
	const dd_finding *f = at(r, "update-alone", 1);
	assert_string_equal(f->aliases.items[0], "CIS-DI-0007");
	assert_int_equal(f->cls, DD_CLASS_BUILD);
	assert_string_equal(f->match, "apt-get update");
	at(r, "apt-lists-not-cleaned", 2);
	at(r, "sudo-in-build", 2);
	at(r, "distro-upgrade", 2);
	at(r, "apk-add-cache", 3);
	at(r, "untrusted-packages", 3);
	f = at(r, "curl-pipe-shell", 4);
	assert_string_equal(f->match, "curl -fsSL https://get.example.com/install.sh | sh");
	at(r, "curl-pipe-shell", 5);
	at(r, "tls-verify-disabled", 6);
	at(r, "tls-verify-disabled", 7);
	at(r, "tls-verify-disabled", 8);
	at(r, "tls-verify-disabled", 9);
	at(r, "tls-verify-disabled", 10);
	at(r, "chmod-777", 11);
	at(r, "setuid-in-build", 12);
	f = at(r, "credentials-in-command", 13);
	assert_null(strstr(f->match, "Hunter2Secret"));
	assert_non_null(strstr(f->match, "-p****"));
	f = at(r, "credentials-in-command", 14);
	assert_null(strstr(f->match, "Tr0ub4dor"));
	assert_non_null(strstr(f->match, "deploy:****@repo"));
	at(r, "add-instead-of-copy", 15);
	at(r, "add-remote-url", 16);
	f = at(r, "build-arg-secret", 17);
	assert_null(strstr(f->match, "SuperSecret99"));
	assert_non_null(strstr(f->title, "DB_PASSWORD"));
	f = at(r, "history-env-secret", 18);
	assert_null(strstr(f->match, "wJalrXUtnFEMI"));
	at(r, "package-cache-not-cleaned", 20);
	at(r, "untrusted-packages", 20);
	f = at(r, "credentials-in-command", 21);
	assert_null(strstr(f->match, "toor"));
	at(r, "curl-pipe-shell", 22);
	at(r, "tls-verify-disabled", 23);
	f = at(r, "latest-tag", -1);
	assert_string_equal(f->aliases.items[0], "DKL-DI-0006");
	/* the base image's own ADD is not reported; nothing at index 0 or 19 */
	for (size_t i = 0; i < r->n_findings; i++) {
		assert_int_not_equal(r->findings[i].history_index, 0);
		assert_int_not_equal(r->findings[i].history_index, 19);
	}
	dd_report_free(r);
	free(cfg);
}

static void test_clean(void **state)
{
	(void)state;
	char *cfg = fixture("checks/config-clean.json");
	dd_report *r = NULL;
	if (dd_check_run_on_files(&r, &dd_check_history, NULL, 0, cfg, "oci:/tmp/app:1.2.3"))
		fail_msg("%s", dd_error_last());
	/* only Dockle's verdict on ADD of a local archive (CIS-DI-0009: every ADD
	 * but the first), which drydock's own rule lets pass */
	for (size_t i = 0; i < r->n_findings; i++)
		if (strcmp(r->findings[i].id, "add-instead-of-copy") || r->findings[i].history_index != 5)
			print_message("unexpected %s @%d: %s\n", r->findings[i].id, r->findings[i].history_index, r->findings[i].match);
	assert_int_equal(r->n_findings, 1);
	assert_string_equal(r->findings[0].aliases.items[0], "CIS-DI-0009");
	dd_report_free(r);
	free(cfg);
}

/* A long command is quoted bounded; a hostile history does not blow up. */
static void test_bounds(void **state)
{
	(void)state;
	size_t n = 300000;
	char *big = malloc(n + 200);
	strcpy(big, "{\"history\":[{\"created_by\":\"/bin/sh -c chmod 777 /x ");
	size_t off = strlen(big);
	for (size_t i = 0; i < n; i++)
		big[off + i] = i % 3 ? 'a' : (i % 7 ? ' ' : '|');
	strcpy(big + off + n, "\"}]}");
	dd_report *r = NULL;
	if (dd_check_run_on_files(&r, &dd_check_history, NULL, 0, big, NULL))
		fail_msg("%s", dd_error_last());
	const dd_finding *f = at(r, "chmod-777", 0);
	assert_true(strlen(f->match) <= 210);
	dd_report_free(r);
	free(big);
}

/* Past 10,000 history entries the rest is not checked: the report says it
 * is incomplete (a risky command could hide at the end). */
static void test_too_long(void **state)
{
	(void)state;
	dd_buf b = DD_BUF_INIT(4u << 20);
	dd_buf_puts(&b, "{\"history\":[");
	for (int i = 0; i < 10001; i++)
		dd_buf_printf(&b, "%s{\"created_by\":\"/bin/sh -c true\",\"empty_layer\":true}", i ? "," : "");
	dd_buf_puts(&b, ",{\"created_by\":\"/bin/sh -c chmod 777 /x\",\"empty_layer\":true}]}");
	dd_report *r = NULL;
	if (dd_check_run_on_files(&r, &dd_check_history, NULL, 0, b.ptr, NULL))
		fail_msg("%s", dd_error_last());
	assert_false(r->complete);
	assert_int_equal(r->notes.count, 1);
	assert_non_null(strstr(r->notes.items[0], "more than 10000 entries"));
	dd_report_free(r);
	dd_buf_free(&b);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_parse_forms),
		cmocka_unit_test(test_shell_split),
		cmocka_unit_test(test_risky),
		cmocka_unit_test(test_clean),
		cmocka_unit_test(test_bounds),
		cmocka_unit_test(test_too_long),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}

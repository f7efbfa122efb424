/*
 * Baseline checks on hand-written fixtures (tests/data/checks): every rule
 * fires on its case with the right id, path and line, and stays silent on
 * the clean variant.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "checks/weakpw.h"
#include "report/model.h"
#include "scan/check_run.h"
#include "testutil.h"
#include "checks/accounts.h"
#include "util/buf.h"
#include "util/error.h"

extern const dd_check dd_check_passwords, dd_check_accounts_ids, dd_check_sudoers, dd_check_login_defs, dd_check_sshd,
	dd_check_redis, dd_check_mongodb, dd_check_elasticsearch, dd_check_memcached, dd_check_pg_hba, dd_check_tomcat_users,
	dd_check_world_writable, dd_check_setuid, dd_check_image_config, dd_check_ld_preload;

static char *fixture(const char *name)
{
	char *p = dd_test_data_path(name);
	char *d = dd_test_read_file(p, NULL);
	if (!d)
		fail_msg("missing fixture %s", p);
	free(p);
	return d;
}

/* the weak-password check's wall-clock budget; 0: the default */
static unsigned password_budget_ms;

static dd_report *run(const dd_check *chk, const dd_test_file *files, size_t n, const char *config)
{
	dd_report *r = NULL;
	dd_scan_options opts = DD_SCAN_OPTIONS_INIT;
	opts.password_budget_ms = password_budget_ms;
	int rc = dd_check_run_on_files_opts(&r, chk, files, n, config, NULL, &opts);
	if (rc)
		fail_msg("%s: %s", chk->name, dd_error_last());
	return r;
}

static size_t count(const dd_report *r, const char *id)
{
	size_t n = 0;
	for (size_t i = 0; i < r->n_findings; i++)
		n += !strcmp(r->findings[i].id, id);
	return n;
}

/* The finding with this id whose title mentions `needle`. */
static const dd_finding *find(const dd_report *r, const char *id, const char *needle)
{
	for (size_t i = 0; i < r->n_findings; i++)
		if (!strcmp(r->findings[i].id, id) && (!needle || (r->findings[i].title && strstr(r->findings[i].title, needle))))
			return &r->findings[i];
	return NULL;
}

static const dd_finding *must(const dd_report *r, const char *id, const char *needle)
{
	const dd_finding *f = find(r, id, needle);
	if (!f) {
		for (size_t i = 0; i < r->n_findings; i++)
			print_message("  have %s: %s\n", r->findings[i].id, r->findings[i].title);
		fail_msg("no finding %s mentioning '%s'", id, needle ? needle : "");
	}
	/* every check's finding is a baseline one (ld.so.preload's is malware),
	 * rated, titled and with a remediation */
	assert_true(f->cls == DD_CLASS_BASELINE || f->cls == DD_CLASS_MALWARE);
	assert_int_not_equal(f->severity, DD_SEV_UNKNOWN);
	assert_non_null(f->title);
	assert_non_null(f->remediation);
	return f;
}

static void test_passwords(void **state)
{
	(void)state;
	char *shadow = fixture("checks/shadow"), *passwd = fixture("checks/passwd");
	dd_test_file files[] = { { "etc/shadow", shadow, 0640, 0, 0 }, { "etc/passwd", passwd, 0, 0, 0 } };
	/* the full candidate list for every account, however loaded the machine */
	password_budget_ms = 60000;
	dd_report *r = run(&dd_check_passwords, files, 2, NULL);
	password_budget_ms = 0;
	const dd_finding *f = must(r, "empty-password", "'guest'");
	assert_string_equal(f->path, "etc/shadow");
	assert_int_equal(f->line, 3);
	assert_int_equal(f->severity, DD_SEV_HIGH);
	assert_int_equal(f->aliases.count, 1);
	assert_string_equal(f->aliases.items[0], "DKL-LI-0001");
	f = must(r, "weak-password", "'root' has a weak sha512crypt");
	assert_int_equal(f->severity, DD_SEV_CRITICAL);
	assert_int_equal(f->line, 1);
	assert_string_equal(f->match, "********");   /* never the password, its first character or its length */
	must(r, "weak-password", "'admin' has a weak sha256crypt password (guessable from the account name)");
	must(r, "weak-password", "'olduser' has a weak md5crypt password (in the common-password dictionary)");
	must(r, "weak-password", "'yes' has a weak yescrypt");
	must(r, "weak-password", "'bob' has a weak bcrypt");
	f = must(r, "weak-password", "'legacy' has a weak descrypt");
	assert_string_equal(f->path, "etc/passwd");
	assert_null(find(r, "weak-password", "'strong'"));
	assert_null(find(r, "weak-password", "'strongy'"));
	assert_null(find(r, "weak-password", "'locked'"));
	assert_int_equal(count(r, "weak-password"), 6);
	assert_int_equal(count(r, "empty-password"), 1);
	/* the hostile rounds= hash is refused up front, with a note */
	bool noted = false;
	for (size_t i = 0; i < r->notes.count; i++)
		noted |= strstr(r->notes.items[i], "'hostile'") && strstr(r->notes.items[i], "rounds=");
	assert_true(noted);
	assert_true(r->complete);
	dd_report_free(r);
	free(shadow);
	free(passwd);
}

/* More accounts than the parser keeps: the rest are unchecked, so the
 * report is incomplete (an empty password could hide at the end). */
static void test_too_many_accounts(void **state)
{
	(void)state;
	dd_buf b = DD_BUF_INIT(1u << 20);
	for (unsigned i = 0; i <= DD_ACCOUNTS_MAX; i++)
		dd_buf_printf(&b, "%x:!:\n", i);
	assert_true(b.len < (1u << 20));
	dd_test_file files[] = { { "etc/shadow", b.ptr, 0, 0, b.len } };
	dd_report *r = run(&dd_check_passwords, files, 1, NULL);
	assert_false(r->complete);
	bool noted = false;
	for (size_t i = 0; i < r->notes.count; i++)
		noted |= strstr(r->notes.items[i], "accounts; the rest were not checked") != NULL;
	assert_true(noted);
	dd_report_free(r);
	dd_buf_free(&b);
}

/* Alpine 3.3-3.9 images shipped "root:::0:::::" (CVE-2019-5021). */
static void test_empty_root(void **state)
{
	(void)state;
	dd_test_file files[] = { { "etc/shadow", "root:::0:::::\nbin:!::0:::::\n", 0, 0, 0 },
		{ "etc/passwd", "root:x:0:0:root:/root:/bin/ash\nbin:x:1:1:bin:/bin:/sbin/nologin\n", 0, 0, 0 } };
	dd_report *r = run(&dd_check_passwords, files, 2, NULL);
	assert_int_equal(r->n_findings, 1);
	assert_int_equal(must(r, "empty-password", "'root'")->severity, DD_SEV_CRITICAL);
	dd_report_free(r);
}

/* The time budget: bcrypt cost 12 with a 300 ms budget stops early and says so. */
static void test_password_budget(void **state)
{
	(void)state;
	char line[256];
	/* cost-12 bcrypt of a long random password: never in the dictionary */
	snprintf(line, sizeof(line), "slow:%s:19700::::::\n",
		"$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW");
	dd_test_file files[] = { { "etc/shadow", line, 0, 0, 0 } };
	password_budget_ms = 300;
	struct timespec a, b;
	clock_gettime(CLOCK_MONOTONIC, &a);
	dd_report *r = run(&dd_check_passwords, files, 1, NULL);
	clock_gettime(CLOCK_MONOTONIC, &b);
	password_budget_ms = 0;
	double ms = (double)(b.tv_sec - a.tv_sec) * 1e3 + (double)(b.tv_nsec - a.tv_nsec) / 1e6;
	print_message("bcrypt-12 account with a 300 ms budget: %.0f ms\n", ms);
	assert_true(ms < 1500);     /* one try past the deadline at most */
	assert_int_equal(r->n_findings, 0);
	bool noted = false;
	for (size_t i = 0; i < r->notes.count; i++)
		noted |= strstr(r->notes.items[i], "time budget") != NULL;
	assert_true(noted);
	dd_report_free(r);
}

static void test_hash_classify(void **state)
{
	(void)state;
	char why[96];
	assert_int_equal(dd_hash_classify("", why, sizeof(why)), DD_HASH_EMPTY);
	assert_int_equal(dd_hash_classify("!", why, sizeof(why)), DD_HASH_LOCKED);
	assert_int_equal(dd_hash_classify("*", why, sizeof(why)), DD_HASH_LOCKED);
	assert_int_equal(dd_hash_classify("!!", why, sizeof(why)), DD_HASH_LOCKED);
	assert_int_equal(dd_hash_classify("$y$j9T$abc$def", why, sizeof(why)), DD_HASH_YESCRYPT);
	assert_int_equal(dd_hash_classify("$y$jFT$abc$def", why, sizeof(why)), DD_HASH_UNSUPPORTED);   /* 1 GiB per try */
	assert_non_null(strstr(why, "64 MiB"));
	assert_int_equal(dd_hash_classify("$6$rounds=5000$s$h", why, sizeof(why)), DD_HASH_SHA512);
	assert_int_equal(dd_hash_classify("$5$rounds=100001$s$h", why, sizeof(why)), DD_HASH_UNSUPPORTED);
	assert_int_equal(dd_hash_classify("$2b$13$abcdefghijklmnopqrstuv", why, sizeof(why)), DD_HASH_UNSUPPORTED);
	assert_int_equal(dd_hash_classify("$2y$10$abcdefghijklmnopqrstuv", why, sizeof(why)), DD_HASH_BCRYPT);
	assert_int_equal(dd_hash_classify("$1$salt$hash", why, sizeof(why)), DD_HASH_MD5);
	assert_int_equal(dd_hash_classify("abg9KBFKAbVfM", why, sizeof(why)), DD_HASH_DES);
	assert_int_equal(dd_hash_classify("$gy$j9T$x$y", why, sizeof(why)), DD_HASH_UNSUPPORTED);
}

static void test_accounts_ids(void **state)
{
	(void)state;
	char *passwd = fixture("checks/passwd"), *group = fixture("checks/group");
	dd_test_file files[] = { { "etc/passwd", passwd, 0, 0, 0 }, { "etc/group", group, 0, 0, 0 } };
	dd_report *r = run(&dd_check_accounts_ids, files, 2, NULL);
	const dd_finding *f = must(r, "uid0-account", "'toor'");
	assert_int_equal(f->line, 12);
	f = must(r, "duplicate-uid", "'twin' shares UID 1005 with 'strong'");
	assert_string_equal(f->aliases.items[0], "DKL-LI-0002");
	f = must(r, "duplicate-gid", "'devs' shares GID 100 with 'users'");
	assert_string_equal(f->path, "etc/group");
	assert_int_equal(r->n_findings, 3);
	dd_report_free(r);
	free(passwd);
	free(group);
}

static void test_sudoers(void **state)
{
	(void)state;
	char *main_f = fixture("checks/sudoers"), *app = fixture("checks/sudoers.d-app");
	dd_test_file files[] = { { "etc/sudoers", main_f, 0440, 0, 0 }, { "etc/sudoers.d/app", app, 0440, 0, 0 },
		{ "etc/sudoers.d/README.dpkg-old", app, 0440, 0, 0 },   /* sudo skips names with a '.' */
		{ "etc/sudoers.d/ops", "ops ALL=(ALL) NOPASSWD: /bin/ls, PASSWD: ALL\n", 0440, 0, 0 },
		{ "etc/sudoers.d/ci", "Defaults:ci !authenticate\n", 0440, 0, 0 } };
	dd_report *r = run(&dd_check_sudoers, files, 5, NULL);
	const dd_finding *f = must(r, "sudo-nopasswd-all", "'app'");
	assert_string_equal(f->path, "etc/sudoers.d/app");
	assert_int_equal(f->line, 2);
	assert_int_equal(count(r, "sudo-nopasswd-all"), 1);   /* not the alias, not deploy, not ops */
	must(r, "sudo-no-authentication", NULL);
	dd_report_free(r);
	free(main_f);
	free(app);
}

static void test_login_defs(void **state)
{
	(void)state;
	char *d = fixture("checks/login.defs");
	dd_test_file files[] = { { "etc/login.defs", d, 0, 0, 0 } };
	dd_report *r = run(&dd_check_login_defs, files, 1, NULL);
	assert_int_equal(must(r, "password-max-days", "99999")->line, 3);
	must(r, "password-min-days", NULL);
	must(r, "password-weak-hash", "MD5");
	assert_int_equal(count(r, "password-warn-age"), 0);
	assert_int_equal(r->n_findings, 3);
	dd_report_free(r);
	free(d);
}

static void test_sshd(void **state)
{
	(void)state;
	char *m = fixture("checks/sshd/sshd_config"), *inc = fixture("checks/sshd/10-root.conf");
	dd_test_file files[] = { { "etc/ssh/sshd_config", m, 0, 0, 0 }, { "etc/ssh/sshd_config.d/10-root.conf", inc, 0, 0, 0 } };
	dd_report *r = run(&dd_check_sshd, files, 2, NULL);
	const dd_finding *f = must(r, "sshd-permit-root-login", NULL);
	assert_string_equal(f->path, "etc/ssh/sshd_config.d/10-root.conf");
	assert_int_equal(f->line, 2);
	f = must(r, "sshd-password-authentication", "PasswordAuthentication yes");
	assert_int_equal(f->line, 3);
	assert_int_equal(count(r, "sshd-permit-empty-passwords"), 0);
	dd_report_free(r);
	free(m);
	free(inc);

	/* Match blocks do not set global values; explicit no is clean */
	char *clean = fixture("checks/sshd/sshd_config.clean");
	dd_test_file c2[] = { { "etc/ssh/sshd_config", clean, 0, 0, 0 } };
	r = run(&dd_check_sshd, c2, 1, NULL);
	assert_int_equal(r->n_findings, 0);
	dd_report_free(r);
	free(clean);

	/* empty passwords, and password auth by default */
	dd_test_file c3[] = { { "etc/ssh/sshd_config", "PermitEmptyPasswords yes\nInclude missing/*.conf\n", 0, 0, 0 } };
	r = run(&dd_check_sshd, c3, 1, NULL);
	must(r, "sshd-permit-empty-passwords", NULL);
	assert_int_equal(must(r, "sshd-password-authentication", "default")->severity, DD_SEV_LOW);
	assert_true(r->notes.count >= 1 && strstr(r->notes.items[0], "etc/ssh/missing/*.conf"));
	dd_report_free(r);

	/* an Include loop is cut by the depth cap, and the report says what
	 * was not read */
	dd_test_file c4[] = { { "etc/ssh/sshd_config", "Include sshd_config\nPermitRootLogin yes\n", 0, 0, 0 } };
	r = run(&dd_check_sshd, c4, 1, NULL);
	must(r, "sshd-permit-root-login", NULL);
	assert_false(r->complete);
	dd_report_free(r);
}

static void test_services(void **state)
{
	(void)state;
	struct { const dd_check *chk; const char *path, *fixture, *clean, *id; unsigned line; } cases[] = {
		{ &dd_check_redis, "etc/redis/redis.conf", "checks/redis.conf", "checks/redis.clean.conf", "redis-protected-mode-off", 3 },
		{ &dd_check_redis, "etc/redis.conf", "checks/redis.conf", "checks/redis.clean.conf", "redis-no-password", 0 },
		{ &dd_check_mongodb, "etc/mongod.conf", "checks/mongod.conf", "checks/mongod.clean.conf", "mongodb-no-auth", 0 },
		{ &dd_check_elasticsearch, "etc/elasticsearch/elasticsearch.yml", "checks/elasticsearch.yml", NULL,
			"elasticsearch-security-disabled", 5 },
		{ &dd_check_memcached, "etc/memcached.conf", "checks/memcached.conf", "checks/memcached.clean.conf",
			"memcached-all-interfaces", 0 },
		{ &dd_check_pg_hba, "etc/postgresql/15/main/pg_hba.conf", "checks/pg_hba.conf", NULL, "postgres-trust", 5 },
		{ &dd_check_pg_hba, "var/lib/postgresql/data/pg_hba.conf", "checks/pg_hba.conf", NULL, "postgres-trust-local", 3 },
		{ &dd_check_tomcat_users, "usr/local/tomcat/conf/tomcat-users.xml", "checks/tomcat-users.xml", NULL,
			"tomcat-weak-password", 8 },
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(*cases); i++) {
		char *d = fixture(cases[i].fixture);
		dd_test_file f1[] = { { cases[i].path, d, 0, 0, 0 } };
		dd_report *r = run(cases[i].chk, f1, 1, NULL);
		const dd_finding *f = must(r, cases[i].id, NULL);
		assert_string_equal(f->path, cases[i].path);
		assert_string_equal(f->layer, "sha256:test");
		if (cases[i].line)
			assert_int_equal(f->line, cases[i].line);
		dd_report_free(r);
		free(d);
		if (!cases[i].clean)
			continue;
		d = fixture(cases[i].clean);
		dd_test_file f2[] = { { cases[i].path, d, 0, 0, 0 } };
		r = run(cases[i].chk, f2, 1, NULL);
		if (r->n_findings)
			fail_msg("%s: clean fixture gave %s", cases[i].clean, r->findings[0].id);
		dd_report_free(r);
		free(d);
	}
	/* details */
	char *d = fixture("checks/mongod.conf");
	dd_test_file m[] = { { "etc/mongod.conf", d, 0, 0, 0 } };
	dd_report *r = run(&dd_check_mongodb, m, 1, NULL);
	assert_int_equal(r->findings[0].severity, DD_SEV_CRITICAL);   /* bindIp 0.0.0.0 */
	dd_report_free(r);
	free(d);
	d = fixture("checks/tomcat-users.xml");
	dd_test_file t[] = { { "usr/local/tomcat/conf/tomcat-users.xml", d, 0, 0, 0 } };
	r = run(&dd_check_tomcat_users, t, 1, NULL);
	assert_int_equal(count(r, "tomcat-weak-password"), 2);   /* tomcat/tomcat and both/both123; not the commented samples */
	assert_int_equal(must(r, "tomcat-weak-password", "'tomcat'")->severity, DD_SEV_CRITICAL);
	assert_string_equal(must(r, "tomcat-weak-password", "'tomcat'")->match, "********");
	must(r, "tomcat-weak-password", "'both'");
	dd_report_free(r);
	free(d);
	d = fixture("checks/pg_hba.conf");
	dd_test_file p[] = { { "var/lib/postgresql/data/pg_hba.conf", d, 0, 0, 0 } };
	r = run(&dd_check_pg_hba, p, 1, NULL);
	assert_int_equal(r->n_findings, 2);
	assert_int_equal(must(r, "postgres-trust", "0.0.0.0/0")->severity, DD_SEV_CRITICAL);
	dd_report_free(r);
	free(d);
	/* Alpine's conf.d and RHEL's sysconfig forms of memcached */
	dd_test_file mc[] = { { "etc/sysconfig/memcached", "PORT=\"11211\"\nOPTIONS=\"-l 0.0.0.0,::\"\n", 0, 0, 0 },
		{ "etc/conf.d/memcached", "LISTENON=\"127.0.0.1\"\n", 0, 0, 0 } };
	r = run(&dd_check_memcached, mc, 2, NULL);
	assert_int_equal(r->n_findings, 1);
	assert_string_equal(r->findings[0].path, "etc/sysconfig/memcached");
	dd_report_free(r);
	/* redis ACL password and old-format mongodb */
	dd_test_file rc2[] = { { "etc/redis.conf", "user default on >longpassword ~* +@all\n", 0, 0, 0 },
		{ "etc/mongodb.conf", "bind_ip = 127.0.0.1\nauth = true\n", 0, 0, 0 } };
	r = run(&dd_check_redis, rc2, 2, NULL);
	assert_int_equal(r->n_findings, 0);
	dd_report_free(r);
	r = run(&dd_check_mongodb, rc2, 2, NULL);
	assert_int_equal(r->n_findings, 0);
	dd_report_free(r);
}

static void test_file_modes(void **state)
{
	(void)state;
	dd_test_file files[] = {
		{ "usr/bin/passwd", NULL, S_IFREG | 04755, 0, 0 },          /* allow-listed */
		{ "usr/bin/sudo", NULL, S_IFREG | 04755, 0, 0 },
		{ "usr/bin/wall", NULL, S_IFREG | 02755, 0, 0 },
		{ "tmp/passwd", NULL, S_IFREG | 04755, 0, 0 },              /* a copy in the wrong place */
		{ "usr/local/bin/rootme", NULL, S_IFREG | 04755, 0, 0 },
		{ "opt/app/bin/grp", NULL, S_IFREG | 02755, 1000, 0 },
		{ "etc/cron.d/job", NULL, S_IFREG | 0666, 0, 0 },
		{ "usr/lib/app", NULL, S_IFDIR | 0777, 0, 0 },
		{ "tmp", NULL, S_IFDIR | 01777, 0, 0 },                      /* sticky: fine */
		{ "var/tmp/x", NULL, S_IFREG | 0666, 0, 0 },                 /* not a system path */
	};
	dd_report *r = run(&dd_check_setuid, files, sizeof(files) / sizeof(*files), NULL);
	assert_int_equal(count(r, "unexpected-setuid"), 2);
	assert_int_equal(must(r, "unexpected-setuid", "'tmp/passwd'")->severity, DD_SEV_HIGH);
	must(r, "unexpected-setuid", "'usr/local/bin/rootme'");
	const dd_finding *f = must(r, "unexpected-setgid", "'opt/app/bin/grp'");
	assert_string_equal(f->aliases.items[0], "CIS-DI-0008");
	assert_int_equal(r->n_findings, 3);
	dd_report_free(r);
	r = run(&dd_check_world_writable, files, sizeof(files) / sizeof(*files), NULL);
	assert_string_equal(must(r, "world-writable-file", "etc/cron.d/job")->path, "etc/cron.d/job");
	must(r, "world-writable-directory", "usr/lib/app");
	assert_int_equal(r->n_findings, 2);
	dd_report_free(r);
}

static void test_image_config(void **state)
{
	(void)state;
	char *risky = fixture("checks/config-risky.json"), *clean = fixture("checks/config-clean.json");
	dd_report *r = run(&dd_check_image_config, NULL, 0, risky);
	assert_string_equal(must(r, "root-user", NULL)->aliases.items[0], "CIS-DI-0001");
	must(r, "no-healthcheck", NULL);
	assert_int_equal(must(r, "exposed-port", "Telnet")->severity, DD_SEV_HIGH);
	must(r, "exposed-port", "SSH (22/tcp)");
	must(r, "exposed-port", "Redis");
	assert_int_equal(count(r, "exposed-port"), 3);
	const dd_finding *f = must(r, "env-secret", "DB_PASSWORD");
	assert_string_equal(f->match, "Sup3************");   /* one redaction policy: util/redact.h */
	must(r, "env-secret", "CLOUD_ID holds an Alibaba Cloud AccessKey ID");
	assert_int_equal(count(r, "env-secret"), 2);   /* not GPG_KEY, not *_FILE */
	must(r, "sensitive-volume", "/proc");
	assert_int_equal(r->n_findings, 8);
	dd_report_free(r);
	r = run(&dd_check_image_config, NULL, 0, clean);
	assert_int_equal(r->n_findings, 0);
	dd_report_free(r);
	free(risky);
	free(clean);
}

static void test_ld_preload(void **state)
{
	(void)state;
	dd_test_file files[] = { { "etc/ld.so.preload", "# comment\n/usr/local/lib/libprocesshider.so\n", 0, 0, 0 } };
	dd_report *r = run(&dd_check_ld_preload, files, 1, NULL);
	const dd_finding *f = must(r, "ld-so-preload", "libprocesshider.so");
	assert_int_equal(f->cls, DD_CLASS_MALWARE);
	assert_int_equal(f->line, 2);
	dd_report_free(r);
	dd_test_file empty[] = { { "etc/ld.so.preload", "\n# nothing\n", 0, 0, 0 } };
	r = run(&dd_check_ld_preload, empty, 1, NULL);
	assert_int_equal(r->n_findings, 0);
	dd_report_free(r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_passwords),
		cmocka_unit_test(test_empty_root),
		cmocka_unit_test(test_too_many_accounts),
		cmocka_unit_test(test_password_budget),
		cmocka_unit_test(test_hash_classify),
		cmocka_unit_test(test_accounts_ids),
		cmocka_unit_test(test_sudoers),
		cmocka_unit_test(test_login_defs),
		cmocka_unit_test(test_sshd),
		cmocka_unit_test(test_services),
		cmocka_unit_test(test_file_modes),
		cmocka_unit_test(test_image_config),
		cmocka_unit_test(test_ld_preload),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}

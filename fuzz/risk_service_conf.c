/* Fuzzes the service-config parsers (redis.conf, pg_hba.conf, mongod.conf /
 * elasticsearch.yml YAML flattening, memcached, tomcat-users.xml, sudoers,
 * login.defs) through their checks, with one input as every file. */
#include <stdlib.h>
#include <string.h>

#include "report/model.h"
#include "scan/check_run.h"

extern const dd_check dd_check_redis, dd_check_pg_hba, dd_check_mongodb, dd_check_elasticsearch, dd_check_memcached,
	dd_check_tomcat_users, dd_check_sudoers, dd_check_login_defs, dd_check_ld_preload;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const struct { const dd_check *c; const char *path; } t[] = {
		{ &dd_check_redis, "etc/redis.conf" }, { &dd_check_pg_hba, "var/lib/postgresql/data/pg_hba.conf" },
		{ &dd_check_mongodb, "etc/mongod.conf" }, { &dd_check_elasticsearch, "etc/elasticsearch/elasticsearch.yml" },
		{ &dd_check_memcached, "etc/sysconfig/memcached" }, { &dd_check_memcached, "etc/memcached.conf" },
		{ &dd_check_tomcat_users, "usr/local/tomcat/conf/tomcat-users.xml" }, { &dd_check_sudoers, "etc/sudoers" },
		{ &dd_check_login_defs, "etc/login.defs" }, { &dd_check_ld_preload, "etc/ld.so.preload" },
	};
	char *buf = malloc(size + 1);
	if (!buf)
		return 0;
	memcpy(buf, data, size);
	buf[size] = '\0';
	for (size_t i = 0; i < sizeof(t) / sizeof(*t); i++) {
		dd_test_file f = { t[i].path, buf, 0, 0, size ? size : 0 };
		if (!size)
			f.data = "";
		dd_report *r = NULL;
		if (dd_check_run_on_files(&r, t[i].c, &f, 1, NULL, NULL) == 0)
			dd_report_free(r);
	}
	free(buf);
	return 0;
}

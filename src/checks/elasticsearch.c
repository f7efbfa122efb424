/*
 * Elasticsearch with its security features switched off
 * (xpack.security.enabled: false): no authentication and no TLS, so anyone
 * reaching port 9200 reads, writes and deletes every index. Since 8.0 the
 * default is on, so only an explicit false is reported.
 */
#include <string.h>

#include "checks/check_util.h"
#include "checks/yaml_flat.h"

static const char *const files[] = { "etc/elasticsearch/elasticsearch.yml", "usr/share/elasticsearch/config/elasticsearch.yml",
	"opt/elasticsearch/config/elasticsearch.yml", NULL };

static int kv(const char *key, dd_span v, unsigned line, void *arg)
{
	unsigned *out = arg;
	if (!strcmp(key, "xpack.security.enabled") && dd_span_eq(v, "false"))
		*out = line;
	return 0;
}

static int one(dd_check_ctx *c, const dd_kept_file *f, void *payload)
{
	(void)payload;
	unsigned line = 0;
	dd_yaml_flat((const char *)f->data, f->len, kv, &line);
	if (!line)
		return 0;
	return dd_check_emit(c, DD_CLASS_BASELINE, "elasticsearch-security-disabled", DD_SEV_HIGH, f, line,
		"Set 'xpack.security.enabled: true' (the default since 8.0), configure users and TLS.",
		"Elasticsearch security is disabled (xpack.security.enabled: false)");
}

static int run(dd_check_ctx *c)
{
	int rc = 0;
	for (size_t i = 0; files[i] && !rc; i++)
		rc = dd_check_foreach_file(c, files[i], one, NULL);
	return rc;
}

const dd_check dd_check_elasticsearch = {
	.name = "elasticsearch", .version = 1, .scanners = DD_SCANNER_BASELINE, .files = files, .run = run,
};

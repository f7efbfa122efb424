/*
 * MongoDB without access control: unless security.authorization is enabled
 * (YAML mongod.conf) or auth = true (the old INI format), any client that
 * reaches the port reads and writes every database. Listening on every
 * interface (net.bindIp 0.0.0.0, net.bindIpAll true, bind_ip = 0.0.0.0)
 * turns it into the well-known open-database exposure.
 */
#include <string.h>

#include "checks/check_util.h"
#include "checks/yaml_flat.h"

static const char *const files[] = { "etc/mongod.conf", "etc/mongodb.conf", NULL };

typedef struct state {
	bool auth, all_interfaces;
	unsigned auth_line;
} state;

static int kv(const char *key, dd_span v, unsigned line, void *arg)
{
	state *s = arg;
	if (!strcmp(key, "security.authorization")) {
		s->auth = dd_span_eq(v, "enabled");
		s->auth_line = line;
	} else if (!strcmp(key, "security.keyFile") || !strcmp(key, "security.clusterAuthMode")) {
		/* keyFile implies authorization for replica sets */
		if (v.n)
			s->auth = true;
	} else if (!strcmp(key, "net.bindIpAll")) {
		s->all_interfaces = dd_span_eq(v, "true");
	} else if (!strcmp(key, "net.bindIp")) {
		s->all_interfaces = memmem(v.p, v.n, "0.0.0.0", 7) || memmem(v.p, v.n, "::", 2) || dd_span_eq(v, "*");
	}
	return 0;
}

/* The pre-2.6 "key = value" format. */
static void ini(state *s, const dd_kept_file *f)
{
	dd_lines it;
	dd_span line, key, value;
	dd_lines_init(&it, f->data, f->len);
	while (dd_lines_next(&it, &line)) {
		if (!dd_conf_line(line, &key, &value))
			continue;
		if (dd_span_eq(key, "auth"))
			s->auth = dd_span_eq(value, "true"), s->auth_line = it.lineno;
		else if (dd_span_eq(key, "noauth") && dd_span_eq(value, "true"))
			s->auth = false, s->auth_line = it.lineno;
		else if (dd_span_eq(key, "bind_ip"))
			s->all_interfaces = memmem(value.p, value.n, "0.0.0.0", 7) != NULL;
		else if (dd_span_eq(key, "bind_ip_all"))
			s->all_interfaces = dd_span_eq(value, "true");
	}
}

static int one(dd_check_ctx *c, const dd_kept_file *f, void *payload)
{
	(void)payload;
	state s = { 0 };
	/* YAML configs have "section:" lines; INI ones "key = value" */
	bool yaml = memmem(f->data, f->len, ":\n", 2) || memmem(f->data, f->len, ": ", 2);
	if (yaml)
		dd_yaml_flat((const char *)f->data, f->len, kv, &s);
	else
		ini(&s, f);
	if (s.auth)
		return 0;
	return dd_check_emit(c, DD_CLASS_BASELINE, "mongodb-no-auth", s.all_interfaces ? DD_SEV_CRITICAL : DD_SEV_HIGH, f,
		s.auth_line, "Set 'security.authorization: enabled' in mongod.conf, create users, and bind to specific addresses.",
		"MongoDB runs without access control%s", s.all_interfaces ? " and listens on all interfaces" : "");
}

static int run(dd_check_ctx *c)
{
	int rc = 0;
	for (size_t i = 0; files[i] && !rc; i++)
		rc = dd_check_foreach_file(c, files[i], one, NULL);
	return rc;
}

const dd_check dd_check_mongodb = {
	.name = "mongodb", .version = 1, .scanners = DD_SCANNER_BASELINE, .files = files, .run = run,
};

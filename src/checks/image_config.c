/*
 * Risks in the image config itself, which every container started from the
 * image inherits: running as root (Dockle CIS-DI-0001), no HEALTHCHECK
 * (CIS-DI-0006), remote-login and database ports exposed, credentials in
 * Env (CIS-DI-0010; visible to anyone who can pull the image, and to every
 * process in the container), and sensitive host directories declared as
 * volumes (DKL-DI-0002). The Dockle checkpoint id is the finding's alias
 * where Dockle's own verdict agrees (dockle.h): Dockle's root is an empty
 * User or "root" (not "0"), its missing HEALTHCHECK is no Healthcheck at
 * all (not NONE), its sensitive volumes are /sys, /dev and /proc.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "checks/check_util.h"
#include "checks/dockle.h"
#include "checks/secret_names.h"
#include "util/error.h"
#include "util/redact.h"

typedef struct port_rule { unsigned port; const char *what; dd_severity sev; } port_rule;

static const port_rule ports[] = {
	{ 23, "Telnet", DD_SEV_HIGH }, { 2375, "Docker API without TLS", DD_SEV_HIGH },
	{ 22, "SSH", DD_SEV_MEDIUM }, { 21, "FTP", DD_SEV_MEDIUM }, { 5900, "VNC", DD_SEV_MEDIUM },
	{ 3389, "RDP", DD_SEV_MEDIUM }, { 2379, "etcd", DD_SEV_MEDIUM },
	{ 3306, "MySQL", DD_SEV_LOW }, { 5432, "PostgreSQL", DD_SEV_LOW }, { 6379, "Redis", DD_SEV_LOW },
	{ 27017, "MongoDB", DD_SEV_LOW }, { 9200, "Elasticsearch", DD_SEV_LOW }, { 11211, "memcached", DD_SEV_LOW },
	{ 1433, "SQL Server", DD_SEV_LOW }, { 1521, "Oracle", DD_SEV_LOW }, { 5984, "CouchDB", DD_SEV_LOW },
	{ 9042, "Cassandra", DD_SEV_LOW }, { 0, NULL, 0 }
};

static bool root_user(const char *u)
{
	if (!u || !*u)
		return true;
	size_t n = strcspn(u, ":");
	return (n == 4 && !strncmp(u, "root", 4)) || (n == 1 && u[0] == '0');
}

static int run(dd_check_ctx *c)
{
	json_t *cfg = dd_check_config(c);
	if (!cfg)
		return 0;
	json_t *cc = json_object_get(cfg, "config");
	int rc = 0;
	/* a config without "config" runs as root with defaults */
	const char *user = json_string_value(json_object_get(cc, "User"));
	if (root_user(user)) {
		dd_rule_hit h = { .cls = DD_CLASS_BASELINE, .id = "root-user", .sev = DD_SEV_MEDIUM,
			.alias = dd_dockle_root_user(user) ? "CIS-DI-0001" : NULL,
			.history_index = -1, .remediation = "Create an unprivileged user in the image (useradd / adduser -S) and end "
			"the Dockerfile with USER <name>." };
		if ((rc = dd_check_hit(c, &h, "the image runs as root (USER %s)", user && *user ? user : "not set")) != 0)
			return rc;
	}
	json_t *hc = json_object_get(cc, "Healthcheck");
	json_t *test = json_object_get(hc, "Test");
	bool disabled = json_is_array(test) && json_array_size(test) >= 1 &&
		json_string_value(json_array_get(test, 0)) && !strcmp(json_string_value(json_array_get(test, 0)), "NONE");
	if (!json_is_array(test) || !json_array_size(test) || disabled) {
		dd_rule_hit h = { .cls = DD_CLASS_BASELINE, .id = "no-healthcheck", .sev = DD_SEV_LOW,
			.alias = !hc || json_is_null(hc) ? "CIS-DI-0006" : NULL,
			.history_index = -1, .remediation = "Add a HEALTHCHECK instruction (needs the Docker image format with buildah: "
			"--format docker) so the runtime can replace a hung container." };
		if ((rc = dd_check_hit(c, &h, "%s", disabled ? "HEALTHCHECK is disabled (NONE)" : "the image defines no HEALTHCHECK")) != 0)
			return rc;
	}
	const char *key;
	json_t *val;
	json_object_foreach(json_object_get(cc, "ExposedPorts"), key, val) {
		unsigned p = (unsigned)strtoul(key, NULL, 10);
		for (size_t i = 0; ports[i].what; i++) {
			if (ports[i].port != p)
				continue;
			rc = dd_check_emit(c, DD_CLASS_BASELINE, "exposed-port", ports[i].sev, NULL, 0,
				"Do not expose the port unless the service must be reached from outside; put databases and remote "
				"administration behind a private network and authentication.",
				"the image exposes %s (%s)", ports[i].what, key);
			if (rc)
				return rc;
		}
	}
	/* Dockle judges credentials on the history's NAME=value words */
	size_t i;
	bool dockle_cred = false;
	json_array_foreach(json_object_get(cfg, "history"), i, val) {
		const char *cb = json_string_value(json_object_get(val, "created_by"));
		if (i < 10000 && cb && (dd_dockle_history(cb, strlen(cb), NULL, NULL) & DD_DOCKLE_CREDENTIAL)) {
			dockle_cred = true;
			break;
		}
	}
	json_array_foreach(json_object_get(cc, "Env"), i, val) {
		const char *e = json_string_value(val);
		const char *eq = e ? strchr(e, '=') : NULL;
		if (!eq || i > 4096)
			continue;
		const char *why = dd_secret_env_reason(e, (size_t)(eq - e), eq + 1, strlen(eq + 1));
		if (!why)
			continue;
		char *match = dd_redact(eq + 1, strlen(eq + 1));
		if (!match)
			return dd_error_oom();
		bool dockle = dockle_cred && eq[1] && dd_dockle_credential_name(e, (size_t)(eq - e));
		dd_rule_hit h = { .cls = DD_CLASS_BASELINE, .id = "env-secret", .sev = DD_SEV_HIGH, .alias = dockle ? "CIS-DI-0010" : NULL,
			.match = match, .history_index = -1,
			.remediation = "Pass credentials at run time (secrets, mounted files, or the orchestrator's secret store), "
			"not through ENV in the image; rotate the exposed value." };
		if (!strcmp(why, "name"))
			rc = dd_check_hit(c, &h, "environment variable %.*s holds a credential", (int)(eq - e), e);
		else
			rc = dd_check_hit(c, &h, "environment variable %.*s holds an %s", (int)(eq - e), e, why);
		free(match);
		if (rc)
			return rc;
	}
	static const char *const sensitive[] = { "/", "/dev", "/proc", "/sys", "/etc", "/root", "/var/run/docker.sock",
		"/run/docker.sock", "/boot", NULL };
	json_object_foreach(json_object_get(cc, "Volumes"), key, val) {
		for (size_t k = 0; sensitive[k]; k++) {
			size_t n = strlen(key);
			while (n > 1 && key[n - 1] == '/')
				n--;
			if (strlen(sensitive[k]) != n || strncmp(key, sensitive[k], n))
				continue;
			dd_rule_hit h = { .cls = DD_CLASS_BASELINE, .id = "sensitive-volume", .sev = DD_SEV_MEDIUM,
				.alias = dd_dockle_sensitive_volume(key) ? "DKL-DI-0002" : NULL, .history_index = -1,
				.remediation = "Remove the VOLUME for the system directory; mount only application data." };
			if ((rc = dd_check_hit(c, &h, "the image declares the sensitive directory %s as a volume", key)) != 0)
				return rc;
		}
	}
	return 0;
}

const dd_check dd_check_image_config = {
	.name = "image_config", .version = 1, .scanners = DD_SCANNER_BASELINE, .files = NULL, .run = run,
};

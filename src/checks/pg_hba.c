/*
 * PostgreSQL "trust" authentication: a pg_hba.conf record with method trust
 * lets a client connect as any role it names, superuser included, with no
 * password. From the network (host records for anything but loopback) that
 * is an open database; over the local socket or loopback it still hands
 * every process in the container the superuser.
 */
#include <string.h>

#include "checks/check_util.h"
#include "checks/pg_hba_parse.h"

static const char *const files[] = { "etc/postgresql/*/main/pg_hba.conf", "var/lib/postgresql/data/pg_hba.conf",
	"var/lib/postgresql/*/data/pg_hba.conf", "var/lib/pgsql/data/pg_hba.conf", "var/lib/pgsql/*/data/pg_hba.conf",
	"etc/postgresql/pg_hba.conf", NULL };

static const char REM[] = "Use scram-sha-256 instead of trust (and restrict the address range); for the local "
	"socket use peer.";

typedef struct arg { dd_check_ctx *c; const dd_kept_file *f; } arg;

static int record(const dd_hba_record *r, void *p)
{
	arg *a = p;
	if (strcmp(r->method, "trust") != 0)
		return 0;
	bool local = !strcmp(r->type, "local");
	bool loop = local || dd_hba_loopback(r->address);
	if (loop)
		return dd_check_emit(a->c, DD_CLASS_BASELINE, "postgres-trust-local", DD_SEV_MEDIUM, a->f, r->line, REM,
			"PostgreSQL trusts %s connections without a password (%s %s %s %s trust)",
			local ? "local-socket" : "loopback", r->type, r->database, r->user, local ? "" : r->address);
	return dd_check_emit(a->c, DD_CLASS_BASELINE, "postgres-trust", DD_SEV_CRITICAL, a->f, r->line, REM,
		"PostgreSQL trusts network connections from %s without a password (%s %s %s trust)",
		r->address, r->type, r->database, r->user);
}

static int one(dd_check_ctx *c, const dd_kept_file *f, void *payload)
{
	(void)payload;
	arg a = { c, f };
	return dd_pg_hba_parse((const char *)f->data, f->len, record, &a);
}

static int run(dd_check_ctx *c)
{
	int rc = 0;
	for (size_t i = 0; files[i] && !rc; i++)
		rc = dd_check_foreach_file(c, files[i], one, NULL);
	return rc;
}

const dd_check dd_check_pg_hba = {
	.name = "pg_hba", .version = 1, .scanners = DD_SCANNER_BASELINE, .files = files, .run = run,
};

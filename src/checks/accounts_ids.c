/*
 * Account identities: a second UID 0 account is a second root (often a
 * backdoor: "toor", "admin" with uid 0), and shared UIDs or GIDs make two
 * accounts one for every permission check (Dockle DKL-LI-0002).
 */
#include <stdlib.h>
#include <string.h>

#include "checks/accounts.h"
#include "util/error.h"

static const char *const files[] = { "etc/passwd", "etc/group", NULL };

static const char REM_UID0[] = "Give the account its own non-zero UID (usermod -u) or remove it; only root should have UID 0.";
static const char REM_DUP_UID[] = "Give each account a unique UID (usermod -u) so files and processes cannot be confused between them.";
static const char REM_DUP_GID[] = "Give each group a unique GID (groupmod -g).";

typedef struct idx { unsigned long long id; size_t i; } idx;

static int cmp_idx(const void *a, const void *b)
{
	const idx *x = a, *y = b;
	if (x->id != y->id)
		return x->id < y->id ? -1 : 1;
	return x->i < y->i ? -1 : x->i > y->i;
}

/* Reports every entry whose id an earlier entry already has. */
static int duplicates(dd_check_ctx *c, const dd_kept_file *f, const dd_accounts *a, bool group)
{
	idx *v = calloc(a->n + 1, sizeof(*v));
	size_t n = 0;
	int rc = 0;
	if (!v)
		return dd_error_oom();
	for (size_t i = 0; i < a->n; i++)
		if (a->v[i].id_ok)
			v[n++] = (idx){ a->v[i].id, i };
	qsort(v, n, sizeof(*v), cmp_idx);
	for (size_t k = 1; k < n && !rc; k++) {
		if (v[k].id != v[k - 1].id)
			continue;
		/* a second root is reported by its own rule */
		if (!group && v[k].id == 0)
			continue;
		size_t first = k - 1;
		while (first > 0 && v[first - 1].id == v[k].id)
			first--;
		const dd_account *e = &a->v[v[k].i], *orig = &a->v[v[first].i];
		char name[64], oname[64];
		dd_span_cpy(name, sizeof(name), e->name);
		dd_span_cpy(oname, sizeof(oname), orig->name);
		dd_rule_hit h = { .cls = DD_CLASS_BASELINE, .id = group ? "duplicate-gid" : "duplicate-uid",
			.sev = DD_SEV_MEDIUM, .alias = "DKL-LI-0002", .file = f, .line = e->line, .history_index = -1,
			.remediation = group ? REM_DUP_GID : REM_DUP_UID };
		rc = dd_check_hit(c, &h, "%s '%s' shares %s %llu with '%s'", group ? "group" : "account", name,
			group ? "GID" : "UID", e->id, oname);
	}
	free(v);
	return rc;
}

static int run(dd_check_ctx *c)
{
	int rc = 0;
	dd_accounts a = { 0 };
	const dd_kept_file *pf = dd_check_file(c, "etc/passwd");
	if (pf) {
		dd_kept_file f = *pf;
		if ((rc = dd_accounts_parse(&a, DD_ACCT_PASSWD, (const char *)f.data, f.len)) != 0)
			return rc;
		for (size_t i = 0; i < a.n && !rc; i++) {
			if (!a.v[i].id_ok || a.v[i].id != 0 || dd_span_eq(a.v[i].name, "root"))
				continue;
			char name[64];
			dd_span_cpy(name, sizeof(name), a.v[i].name);
			rc = dd_check_emit(c, DD_CLASS_BASELINE, "uid0-account", DD_SEV_HIGH, &f, a.v[i].line, REM_UID0,
				"account '%s' has UID 0 (a second root)", name);
		}
		if (!rc)
			rc = duplicates(c, &f, &a, false);
		dd_accounts_free(&a);
		if (rc)
			return rc;
	}
	const dd_kept_file *gf = dd_check_file(c, "etc/group");
	if (gf) {
		dd_kept_file f = *gf;
		if ((rc = dd_accounts_parse(&a, DD_ACCT_GROUP, (const char *)f.data, f.len)) != 0)
			return rc;
		rc = duplicates(c, &f, &a, true);
		dd_accounts_free(&a);
	}
	return rc;
}

const dd_check dd_check_accounts_ids = {
	.name = "accounts_ids", .version = 1, .scanners = DD_SCANNER_BASELINE, .files = files, .run = run,
};

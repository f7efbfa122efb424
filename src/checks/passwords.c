/*
 * Empty and weak passwords in etc/shadow (and hashes left in etc/passwd).
 * An empty password field lets anyone log in (Alpine's CVE-2019-5021 root
 * account, Dockle's DKL-LI-0001); a hash that one of a few hundred common
 * passwords or account-name guesses reproduces is as good as empty. The work
 * is bounded (weakpw.h): DRYDOCK_PASSWORD_BUDGET_MS (default 3000) of wall
 * time per scan and 200 candidates per account; what was not tried is noted.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "checks/accounts.h"
#include "checks/weakpw.h"
#include "util/error.h"
#include "util/redact.h"
#include "util/str.h"

#define DEFAULT_BUDGET_MS 3000
#define MAX_CANDIDATES 200

static const char *const files[] = { "etc/shadow", "etc/passwd", NULL };

static const char REM_EMPTY[] = "Lock the account (passwd -l NAME, or '!' / '*' in the shadow password field) "
	"or set a strong password; images should not ship accounts that log in without one.";
static const char REM_WEAK[] = "Lock the account or replace the password with a strong, unique one set at deploy "
	"time; never bake guessable passwords into an image.";

static unsigned budget_ms(dd_check_ctx *c)
{
	unsigned v = dd_check_options(c)->password_budget_ms;
	return v ? v : DEFAULT_BUDGET_MS;
}

typedef struct target {
	const dd_kept_file *file;
	const dd_account *acct;
	bool root;
} target;

static int report_empty(dd_check_ctx *c, const target *t, const char *name)
{
	dd_rule_hit h = { .cls = DD_CLASS_BASELINE, .id = "empty-password", .sev = t->root ? DD_SEV_CRITICAL : DD_SEV_HIGH,
		.alias = "DKL-LI-0001", .file = t->file, .line = t->acct->line, .history_index = -1, .remediation = REM_EMPTY };
	return dd_check_hit(c, &h, "account '%s' has an empty password", name);
}

static int run(dd_check_ctx *c)
{
	const dd_kept_file *shadow_f = dd_check_file(c, "etc/shadow");
	dd_kept_file shadow_copy, passwd_copy;
	/* dd_check_file returns scratch storage: copy before the next lookup */
	if (shadow_f)
		shadow_copy = *shadow_f;
	const dd_kept_file *passwd_f = dd_check_file(c, "etc/passwd");
	if (passwd_f)
		passwd_copy = *passwd_f;
	if (!shadow_f && !passwd_f)
		return 0;
	dd_accounts shadow = { 0 }, passwd = { 0 };
	target *targets = NULL;
	size_t n_targets = 0;
	dd_weakpw w = { 0 };
	int rc = 0;
	if (shadow_f && (rc = dd_accounts_parse(&shadow, DD_ACCT_SHADOW, (const char *)shadow_copy.data, shadow_copy.len)) != 0)
		goto out;
	if (passwd_f && (rc = dd_accounts_parse(&passwd, DD_ACCT_PASSWD, (const char *)passwd_copy.data, passwd_copy.len)) != 0)
		goto out;
	if (shadow.truncated || passwd.truncated)
		dd_check_note(c, true, "more than %d accounts; the rest were not checked", DD_ACCOUNTS_MAX);
	if (!(targets = calloc(shadow.n + passwd.n + 1, sizeof(*targets)))) {
		rc = dd_error_oom();
		goto out;
	}
	/* shadow entries; a passwd entry's own hash counts only when its field is not 'x' */
	for (size_t i = 0; i < shadow.n; i++) {
		const dd_account *pw = dd_accounts_find(&passwd, shadow.v[i].name);
		targets[n_targets++] = (target){ &shadow_copy, &shadow.v[i], pw && pw->id_ok && pw->id == 0 };
	}
	for (size_t i = 0; i < passwd.n; i++) {
		dd_span f = passwd.v[i].pw;
		if (dd_span_eq(f, "x") || (shadow_f && dd_accounts_find(&shadow, passwd.v[i].name) && !f.n))
			continue;
		targets[n_targets++] = (target){ &passwd_copy, &passwd.v[i], passwd.v[i].id_ok && passwd.v[i].id == 0 };
	}

	size_t n_hashed = 0;
	for (size_t i = 0; i < n_targets; i++) {
		char hash[256], name[64];
		dd_span_cpy(hash, sizeof(hash), targets[i].acct->pw);
		dd_span_cpy(name, sizeof(name), targets[i].acct->name);
		dd_hash_kind k = dd_hash_classify(hash, NULL, 0);
		if (k == DD_HASH_EMPTY) {
			if ((rc = report_empty(c, &targets[i], name)) != 0)
				goto out;
		} else if (k != DD_HASH_LOCKED) {
			n_hashed++;
		}
	}
	if (!n_hashed)
		goto out;
	if ((rc = dd_weakpw_init(&w, budget_ms(c), MAX_CANDIDATES)) != 0)
		goto out;
	dd_weakpw_target *wt = calloc(n_hashed, sizeof(*wt));
	char (*hashes)[256] = calloc(n_hashed, 256);
	char (*names)[64] = calloc(n_hashed, 64);
	size_t *which = calloc(n_hashed, sizeof(*which));
	size_t m = 0;
	if (!wt || !hashes || !names || !which) {
		rc = dd_error_oom();
		goto out2;
	}
	for (size_t i = 0; i < n_targets; i++) {
		const target *t = &targets[i];
		char why[96], hash[256], name[64];
		dd_span_cpy(hash, sizeof(hash), t->acct->pw);
		dd_span_cpy(name, sizeof(name), t->acct->name);
		dd_hash_kind k = dd_hash_classify(hash, why, sizeof(why));
		if (k == DD_HASH_EMPTY || k == DD_HASH_LOCKED)
			continue;
		if (k == DD_HASH_UNSUPPORTED) {
			dd_check_note(c, false, "%s: account '%s': %s; weak passwords not tried", t->file->path, name, why);
			continue;
		}
		if (m == n_hashed)
			break;
		memcpy(hashes[m], hash, sizeof(hash));
		memcpy(names[m], name, sizeof(name));
		wt[m] = (dd_weakpw_target){ .account = names[m], .hash = hashes[m] };
		which[m++] = i;
	}
	if ((rc = dd_weakpw_run(&w, wt, m)) != 0)
		goto out2;
	for (size_t j = 0; j < m && !rc; j++) {
		const target *t = &targets[which[j]];
		const dd_weakpw_result *res = &wt[j].res;
		dd_hash_kind k = dd_hash_classify(wt[j].hash, NULL, 0);
		if (res->found) {
			const char *match = DD_REDACTED_PASSWORD;
			dd_rule_hit h = { .cls = DD_CLASS_BASELINE, .id = "weak-password",
				.sev = t->root ? DD_SEV_CRITICAL : DD_SEV_HIGH, .file = t->file, .line = t->acct->line,
				.match = match, .history_index = -1, .remediation = REM_WEAK };
			rc = dd_check_hit(c, &h, "account '%s' has a weak %s password (%s)", wt[j].account, dd_hash_kind_name(k),
				res->from_name ? "guessable from the account name" : "in the common-password dictionary");
		} else if (res->tried < res->total) {
			dd_check_note(c, false, "%s: account '%s' (%s): %zu of %zu weak-password candidates tried before the time budget ran out",
				t->file->path, wt[j].account, dd_hash_kind_name(k), res->tried, res->total);
		}
	}
out2:
	free(wt);
	free(hashes);
	free(names);
	free(which);
out:
	dd_weakpw_free(&w);
	free(targets);
	dd_accounts_free(&shadow);
	dd_accounts_free(&passwd);
	return rc;
}

const dd_check dd_check_passwords = {
	.name = "passwords", .version = 1, .scanners = DD_SCANNER_BASELINE, .files = files, .run = run,
};

/*
 * Tomcat realm users with default or guessable passwords. tomcat-users.xml
 * holds plain-text passwords; one that is the user name, a Tomcat sample
 * ("tomcat", "s3cret") or in the common-password dictionary hands out the
 * roles it carries, and manager-gui / manager-script / admin-gui mean
 * deploying a WAR, i.e. code execution. The sample users Tomcat ships are
 * inside XML comments, which are skipped.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "checks/check_util.h"
#include "checks/weakpw.h"
#include "util/redact.h"
#include "util/str.h"

static const char *const files[] = { "usr/local/tomcat/conf/tomcat-users.xml",
	"opt/*/conf/tomcat-users.xml", "etc/tomcat*/tomcat-users.xml", "var/lib/tomcat*/conf/tomcat-users.xml",
	"usr/share/tomcat*/conf/tomcat-users.xml", NULL };

static const char *const samples[] = { "tomcat", "s3cret", "<must-be-changed>", "changeit", "admin", "manager", "password", NULL };

/* Value of attribute `name` inside the element text [p, end), or false. */
static bool attr(const char *p, const char *end, const char *name, char *out, size_t cap)
{
	size_t n = strlen(name);
	for (const char *s = p; s + n + 2 < end; s++) {
		if (memcmp(s, name, n) != 0 || (s > p && s[-1] != ' ' && s[-1] != '\t' && s[-1] != '\n' && s[-1] != '\r'))
			continue;
		const char *q = s + n;
		while (q < end && (*q == ' ' || *q == '\t'))
			q++;
		if (q >= end || *q != '=')
			continue;
		q++;
		while (q < end && (*q == ' ' || *q == '\t'))
			q++;
		if (q >= end || (*q != '"' && *q != '\''))
			continue;
		char quote = *q++;
		const char *close = memchr(q, quote, (size_t)(end - q));
		if (!close)
			return false;
		dd_span_cpy(out, cap, (dd_span){ q, (size_t)(close - q) });
		return true;
	}
	return false;
}

static unsigned line_of(const dd_kept_file *f, const char *at)
{
	unsigned line = 1;
	for (const char *p = (const char *)f->data; p < at; p++)
		line += *p == '\n';
	return line;
}

static int one(dd_check_ctx *c, const dd_kept_file *f, void *payload)
{
	dd_weakpw *w = payload;
	const char *p = (const char *)f->data, *end = p + f->len;
	int rc = 0;
	while (!rc && p < end) {
		const char *lt = memchr(p, '<', (size_t)(end - p));
		if (!lt)
			break;
		if (end - lt >= 4 && !memcmp(lt, "<!--", 4)) {
			const char *close = memmem(lt + 4, (size_t)(end - lt - 4), "-->", 3);
			p = close ? close + 3 : end;
			continue;
		}
		const char *gt = memchr(lt, '>', (size_t)(end - lt));
		if (!gt)
			break;
		p = gt + 1;
		if (end - lt < 6 || memcmp(lt, "<user", 5) != 0 || (lt[5] != ' ' && lt[5] != '\t' && lt[5] != '\n' && lt[5] != '\r'))
			continue;
		char user[128] = "", pw[128] = "", roles[512] = "";
		if (!attr(lt, gt, "username", user, sizeof(user)))
			attr(lt, gt, "name", user, sizeof(user));
		if (!attr(lt, gt, "password", pw, sizeof(pw)))
			continue;
		bool from_name = false, weak = !pw[0];
		for (size_t i = 0; !weak && samples[i]; i++)
			weak = !strcmp(pw, samples[i]);
		if (!weak)
			weak = dd_weakpw_is_candidate(w, user, pw, &from_name);
		if (!weak)
			continue;
		attr(lt, gt, "roles", roles, sizeof(roles));
		bool admin = strstr(roles, "manager-gui") || strstr(roles, "manager-script") || strstr(roles, "admin-gui") ||
			strstr(roles, "manager-jmx") || strstr(roles, "admin-script") || strstr(roles, "manager");
		const char *match = DD_REDACTED_PASSWORD;
		dd_rule_hit h = { .cls = DD_CLASS_BASELINE, .id = "tomcat-weak-password", .sev = admin ? DD_SEV_CRITICAL : DD_SEV_HIGH,
			.file = f, .line = line_of(f, lt), .match = match, .history_index = -1,
			.remediation = "Set a strong password for the user (or remove it) and keep manager roles off images that do not need them." };
		rc = dd_check_hit(c, &h, "Tomcat user '%s'%s%s has a %s password", user, roles[0] ? " with roles " : "", roles,
			!pw[0] ? "empty" : from_name ? "guessable" : "default or common");
	}
	return rc;
}

static int run(dd_check_ctx *c)
{
	dd_weakpw w;
	int rc = dd_weakpw_init(&w, 0, 0);
	for (size_t i = 0; files[i] && !rc; i++)
		rc = dd_check_foreach_file(c, files[i], one, &w);
	dd_weakpw_free(&w);
	return rc;
}

const dd_check dd_check_tomcat_users = {
	.name = "tomcat_users", .version = 1, .scanners = DD_SCANNER_BASELINE, .files = files, .run = run,
};

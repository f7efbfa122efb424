/*
 * OpenSSH server settings that open the door: root logging in with a
 * password (PermitRootLogin yes), accounts with empty passwords
 * (PermitEmptyPasswords yes) and password authentication, which is on when
 * the config does not turn it off. Evaluated as sshd does (sshd_parse.h),
 * through Include files inside etc/ssh. Only images that ship an sshd
 * config are judged.
 */
#include <stdio.h>
#include <string.h>

#include "checks/check_util.h"
#include "checks/sshd_parse.h"

static const char *const files[] = { "etc/ssh/sshd_config", "etc/ssh/sshd_config.d/**", NULL };

typedef struct each_arg {
	int (*fn)(void *arg, const char *path, const char *data, size_t len);
	void *arg;
} each_arg;

static int each_cb(dd_check_ctx *c, const dd_kept_file *f, void *payload)
{
	(void)c;
	each_arg *a = payload;
	return a->fn(a->arg, f->path, (const char *)f->data, f->len);
}

static int each(void *ctx, const char *glob, int (*fn)(void *arg, const char *path, const char *data, size_t len), void *arg)
{
	each_arg a = { fn, arg };
	return dd_check_foreach_file(ctx, glob, each_cb, &a);
}

static int report(dd_check_ctx *c, const dd_sshd_setting *s, const char *id, dd_severity sev,
	const char *rem, const char *title)
{
	const dd_kept_file *f = dd_check_file(c, s->path);
	return dd_check_emit(c, DD_CLASS_BASELINE, id, sev, f, s->line, rem, "%s", title);
}

static int run(dd_check_ctx *c)
{
	if (!dd_check_file(c, "etc/ssh/sshd_config"))
		return 0;
	dd_sshd_config cfg;
	int rc = dd_sshd_eval(&cfg, "etc/ssh/sshd_config", each, c);
	if (rc)
		return rc;
	if (cfg.unresolved[0])
		dd_check_note(c, false, "sshd_config Include '%s' matched no file kept from the image (only etc/ssh is read)",
			cfg.unresolved);
	if (cfg.limit_hit)
		dd_check_note(c, true, "sshd_config Include nesting or file count over the limit; the rest was not read");
	const dd_sshd_setting *s = &cfg.s[DD_SSHD_PERMIT_ROOT_LOGIN];
	if (s->set && !strcmp(s->value, "yes") &&
	    (rc = report(c, s, "sshd-permit-root-login", DD_SEV_HIGH,
		     "Set 'PermitRootLogin no' (or prohibit-password) and log in as an unprivileged user.",
		     "sshd allows root to log in with a password (PermitRootLogin yes)")) != 0)
		return rc;
	s = &cfg.s[DD_SSHD_PERMIT_EMPTY_PASSWORDS];
	if (s->set && !strcmp(s->value, "yes") &&
	    (rc = report(c, s, "sshd-permit-empty-passwords", DD_SEV_HIGH,
		     "Set 'PermitEmptyPasswords no' (the default).",
		     "sshd accepts logins to accounts with empty passwords (PermitEmptyPasswords yes)")) != 0)
		return rc;
	s = &cfg.s[DD_SSHD_PASSWORD_AUTHENTICATION];
	if (s->set && !strcmp(s->value, "yes"))
		rc = report(c, s, "sshd-password-authentication", DD_SEV_MEDIUM,
			"Set 'PasswordAuthentication no' and use keys; passwords can be guessed over the network.",
			"sshd accepts password authentication (PasswordAuthentication yes)");
	else if (!s->set) {
		const dd_kept_file *f = dd_check_file(c, "etc/ssh/sshd_config");
		rc = dd_check_emit(c, DD_CLASS_BASELINE, "sshd-password-authentication", DD_SEV_LOW, f, 0,
			"Set 'PasswordAuthentication no' and use keys; passwords can be guessed over the network.",
			"sshd accepts password authentication (the default; PasswordAuthentication is not set)");
	}
	return rc;
}

const dd_check dd_check_sshd = {
	.name = "sshd", .version = 1, .scanners = DD_SCANNER_BASELINE, .files = files, .run = run,
};

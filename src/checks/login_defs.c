/*
 * Password policy from etc/login.defs (shadow-utils' defaults for new
 * accounts): passwords that never expire (PASS_MAX_DAYS above 365, Debian
 * ships 99999), that can be changed back at once (PASS_MIN_DAYS 0), with
 * short warning (PASS_WARN_AGE < 7), and weak hashing for new passwords
 * (ENCRYPT_METHOD DES or MD5). CIS benchmarks ask for 365/1/7 and SHA512 or
 * YESCRYPT. These are low severity on their own: they matter for images
 * whose accounts log in.
 */
#include <string.h>

#include "checks/check_util.h"

static const char *const files[] = { "etc/login.defs", NULL };

static int run(dd_check_ctx *c)
{
	const dd_kept_file *fp = dd_check_file(c, "etc/login.defs");
	if (!fp)
		return 0;
	dd_kept_file f = *fp;
	dd_lines it;
	dd_span line, key, value;
	int rc = 0;
	dd_lines_init(&it, f.data, f.len);
	while (!rc && dd_lines_next(&it, &line)) {
		if (!dd_conf_line(line, &key, &value))
			continue;
		unsigned long long v;
		dd_span w[1];
		if (!dd_split_ws(value, w, 1))
			continue;
		if (dd_span_eq(key, "PASS_MAX_DAYS") && dd_span_uint(w[0], ~0ull, &v) && v > 365)
			rc = dd_check_emit(c, DD_CLASS_BASELINE, "password-max-days", DD_SEV_LOW, &f, it.lineno,
				"Set PASS_MAX_DAYS to 365 or less in etc/login.defs (and chage -M for existing accounts).",
				"passwords of new accounts never expire in practice (PASS_MAX_DAYS %llu)", v);
		else if (dd_span_eq(key, "PASS_MIN_DAYS") && dd_span_uint(w[0], ~0ull, &v) && v < 1)
			rc = dd_check_emit(c, DD_CLASS_BASELINE, "password-min-days", DD_SEV_LOW, &f, it.lineno,
				"Set PASS_MIN_DAYS to 1 or more in etc/login.defs.",
				"passwords can be changed back immediately (PASS_MIN_DAYS %llu)", v);
		else if (dd_span_eq(key, "PASS_WARN_AGE") && dd_span_uint(w[0], ~0ull, &v) && v < 7)
			rc = dd_check_emit(c, DD_CLASS_BASELINE, "password-warn-age", DD_SEV_LOW, &f, it.lineno,
				"Set PASS_WARN_AGE to 7 or more in etc/login.defs.",
				"users are warned of password expiry less than a week ahead (PASS_WARN_AGE %llu)", v);
		else if (dd_span_eq(key, "ENCRYPT_METHOD") && (dd_span_ieq(w[0], "DES") || dd_span_ieq(w[0], "MD5")))
			rc = dd_check_emit(c, DD_CLASS_BASELINE, "password-weak-hash", DD_SEV_MEDIUM, &f, it.lineno,
				"Set ENCRYPT_METHOD YESCRYPT or SHA512 in etc/login.defs.",
				"new passwords are hashed with %.*s (ENCRYPT_METHOD)", (int)w[0].n, w[0].p);
	}
	return rc;
}

const dd_check dd_check_login_defs = {
	.name = "login_defs", .version = 1, .scanners = DD_SCANNER_BASELINE, .files = files, .run = run,
};

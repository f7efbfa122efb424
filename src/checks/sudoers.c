/*
 * sudo rules that hand out root without a password: a user specification
 * whose command list, after a NOPASSWD: tag, contains ALL ("user
 * ALL=(ALL) NOPASSWD: ALL"), or "Defaults !authenticate". Reads etc/sudoers
 * and the files sudo includes from etc/sudoers.d (sudo skips names holding
 * a '.' or ending in '~', so do we). Continuation lines are joined.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "checks/check_util.h"
#include "util/buf.h"
#include "util/str.h"
#include "util/error.h"

static const char *const files[] = { "etc/sudoers", "etc/sudoers.d/*", NULL };

static const char REM[] = "Require a password (drop NOPASSWD / !authenticate) or limit the rule to the exact "
	"commands needed; a container user rarely needs sudo at all.";

/* Does a user specification grant ALL commands under NOPASSWD? Tags carry
 * over to later commands in the list until another tag overrides them. */
static bool nopasswd_all(const char *spec)
{
	const char *eq = strchr(spec, '=');
	if (!eq)
		return false;
	bool nopasswd = false;
	const char *p = eq + 1;
	while (*p) {
		while (*p == ' ' || *p == '\t' || *p == ',')
			p++;
		if (*p == '(') {  /* runas list */
			const char *close = strchr(p, ')');
			if (!close)
				return false;
			p = close + 1;
			continue;
		}
		if (!*p)
			break;
		const char *start = p;
		while (*p && *p != ' ' && *p != '\t' && *p != ',' && *p != ':')
			p++;
		size_t n = (size_t)(p - start);
		if (*p == ':') {
			/* a tag, or the ':' separating host lists (user A=... : B=...) */
			if (n == 8 && !strncmp(start, "NOPASSWD", 8))
				nopasswd = true;
			else if (n == 6 && !strncmp(start, "PASSWD", 6))
				nopasswd = false;
			p++;
			continue;
		}
		if (n == 3 && !strncmp(start, "ALL", 3) && nopasswd)
			return true;
	}
	return false;
}

static bool skip_name(const char *path)
{
	const char *base = strrchr(path, '/');
	base = base ? base + 1 : path;
	return strchr(base, '.') || (*base && base[strlen(base) - 1] == '~');
}

static int scan_file(dd_check_ctx *c, const dd_kept_file *f, void *payload)
{
	(void)payload;
	if (dd_glob_match("etc/sudoers.d/*", f->path) && skip_name(f->path))
		return 0;
	dd_lines it;
	dd_span line;
	dd_buf joined = DD_BUF_INIT(1 << 16);
	unsigned first_line = 0;
	int rc = 0;
	dd_lines_init(&it, f->data, f->len);
	while (!rc && dd_lines_next(&it, &line)) {
		if (!joined.len)
			first_line = it.lineno;
		dd_span t = dd_span_trim(line);
		bool cont = t.n && t.p[t.n - 1] == '\\';
		if (cont)
			t.n--;
		if (dd_buf_put(&joined, t.p, t.n) || dd_buf_putc(&joined, ' ')) {
			dd_buf_clear(&joined);
			continue;  /* absurdly long logical line: sudo would reject it too */
		}
		if (cont)
			continue;
		const char *s = joined.ptr;
		while (*s == ' ' || *s == '\t')
			s++;
		bool is_include = !strncmp(s, "#include", 8) || !strncmp(s, "@include", 8);
		if (*s && *s != '#' && !is_include) {
			if (!strncmp(s, "Defaults", 8)) {
				if (strstr(s, "!authenticate"))
					rc = dd_check_emit(c, DD_CLASS_BASELINE, "sudo-no-authentication", DD_SEV_HIGH, f, first_line, REM,
						"sudo 'Defaults !authenticate' lets every sudo rule run without a password");
			} else if (strncmp(s, "User_Alias", 10) && strncmp(s, "Runas_Alias", 11) && strncmp(s, "Host_Alias", 10) &&
				   strncmp(s, "Cmnd_Alias", 10) && strncmp(s, "Cmd_Alias", 9) && nopasswd_all(s)) {
				char who[64];
				size_t n = strcspn(s, " \t");
				dd_span_cpy(who, sizeof(who), (dd_span){ s, n });
				rc = dd_check_emit(c, DD_CLASS_BASELINE, "sudo-nopasswd-all", DD_SEV_HIGH, f, first_line, REM,
					"sudoers lets '%s' run any command as root without a password (NOPASSWD: ALL)", who);
			}
		}
		dd_buf_clear(&joined);
	}
	dd_buf_free(&joined);
	return rc;
}

static int run(dd_check_ctx *c)
{
	int rc = dd_check_foreach_file(c, "etc/sudoers", scan_file, NULL);
	if (!rc)
		rc = dd_check_foreach_file(c, "etc/sudoers.d/*", scan_file, NULL);
	return rc;
}

const dd_check dd_check_sudoers = {
	.name = "sudoers", .version = 1, .scanners = DD_SCANNER_BASELINE, .files = files, .run = run,
};

/* redis.conf parsing (see redis_parse.h). */
#include <string.h>

#include "checks/check_util.h"
#include "checks/redis_parse.h"

#define MAX_ARGS 32

/* Strips one level of "..." or '...' quoting. */
static dd_span unquote(dd_span s)
{
	if (s.n >= 2 && (s.p[0] == '"' || s.p[0] == '\'') && s.p[s.n - 1] == s.p[0])
		return (dd_span){ s.p + 1, s.n - 2 };
	return s;
}

static bool wildcard(dd_span a)
{
	a = unquote(a);
	if (a.n && a.p[0] == '-')   /* "-::*": optional address, same meaning */
		a = (dd_span){ a.p + 1, a.n - 1 };
	return dd_span_eq(a, "0.0.0.0") || dd_span_eq(a, "*") || dd_span_eq(a, "::") || dd_span_eq(a, "::*");
}

void dd_redis_parse(dd_redis_conf *out, const char *data, size_t len)
{
	memset(out, 0, sizeof(*out));
	dd_lines it;
	dd_span line;
	dd_lines_init(&it, data, len);
	while (dd_lines_next(&it, &line)) {
		line = dd_span_trim(line);
		if (!line.n || line.p[0] == '#')
			continue;
		dd_span a[MAX_ARGS];
		size_t n = dd_split_ws(line, a, MAX_ARGS);
		if (n > MAX_ARGS)
			n = MAX_ARGS;
		if (dd_span_ieq(a[0], "requirepass") && n >= 2 && unquote(a[1]).n) {
			out->requirepass = true;
			out->requirepass_line = it.lineno;
		} else if (dd_span_ieq(a[0], "user") && n >= 2 && dd_span_eq(unquote(a[1]), "default")) {
			bool on = false, pw = false, nopass = false;
			for (size_t i = 2; i < n; i++) {
				dd_span t = unquote(a[i]);
				if (dd_span_eq(t, "on"))
					on = true;
				else if (dd_span_eq(t, "off"))
					on = false;
				else if (dd_span_eq(t, "nopass"))
					nopass = true, pw = false;
				else if (dd_span_eq(t, "resetpass"))
					nopass = false, pw = false;
				else if (t.n > 1 && (t.p[0] == '>' || t.p[0] == '#'))
					pw = true, nopass = false;
			}
			out->acl_password = on && pw;
			out->acl_nopass = on && nopass;
			if (!on)          /* the default user disabled: nobody logs in without a named user */
				out->acl_password = true;
		} else if (dd_span_ieq(a[0], "aclfile") && n >= 2) {
			out->aclfile = true;
		} else if (dd_span_ieq(a[0], "bind")) {
			out->bind_set = true;
			out->bind_all = false;
			out->bind_line = it.lineno;
			for (size_t i = 1; i < n; i++)
				if (wildcard(a[i]))
					out->bind_all = true;
		} else if (dd_span_ieq(a[0], "protected-mode") && n >= 2) {
			out->protected_mode_off = dd_span_ieq(unquote(a[1]), "no");
			out->protected_line = it.lineno;
		} else if (dd_span_ieq(a[0], "port") && n >= 2) {
			out->port_zero = dd_span_eq(unquote(a[1]), "0");
		} else if (dd_span_ieq(a[0], "include")) {
			out->include = true;
		}
	}
}

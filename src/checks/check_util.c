/* Check helpers (see check_util.h). */
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "checks/check_util.h"
#include "report/model.h"
#include "util/error.h"
#include "util/str.h"

size_t dd_split(dd_span s, char delim, dd_span *out, size_t max)
{
	size_t count = 0;
	const char *p = s.p, *end = s.p + s.n;
	for (;;) {
		const char *d = memchr(p, delim, (size_t)(end - p));
		const char *stop = d ? d : end;
		if (count < max)
			out[count] = (dd_span){ p, (size_t)(stop - p) };
		count++;
		if (!d)
			break;
		p = d + 1;
	}
	return count;
}

size_t dd_split_ws(dd_span s, dd_span *out, size_t max)
{
	size_t count = 0, i = 0;
	while (i < s.n) {
		while (i < s.n && (s.p[i] == ' ' || s.p[i] == '\t'))
			i++;
		if (i >= s.n)
			break;
		size_t start = i;
		while (i < s.n && s.p[i] != ' ' && s.p[i] != '\t')
			i++;
		if (count < max)
			out[count] = (dd_span){ s.p + start, i - start };
		count++;
	}
	return count;
}

bool dd_conf_line(dd_span line, dd_span *key, dd_span *value)
{
	line = dd_span_trim(line);
	if (!line.n || line.p[0] == '#')
		return false;
	size_t i = 0;
	while (i < line.n && !isspace((unsigned char)line.p[i]) && line.p[i] != '=')
		i++;
	*key = (dd_span){ line.p, i };
	dd_span rest = { line.p + i, line.n - i };
	rest = dd_span_trim(rest);
	if (rest.n && rest.p[0] == '=') {
		rest.p++;
		rest.n--;
		rest = dd_span_trim(rest);
	}
	*value = rest;
	return key->n > 0;
}

static int hit_v(dd_check_ctx *c, const dd_rule_hit *h, const char *title_fmt, va_list ap)
{
	dd_finding fi;
	dd_finding_init(&fi);
	fi.cls = h->cls;
	fi.id = (char *)h->id;
	fi.severity = h->sev;
	fi.severity_source = (char *)"rule";
	fi.remediation = (char *)h->remediation;
	fi.line = h->line;
	fi.match = (char *)h->match;
	fi.history_index = h->history_index;
	if (h->file) {
		fi.path = (char *)h->file->path;
		fi.layer = (char *)h->file->layer;
	}
	if (h->layer)
		fi.layer = (char *)h->layer;
	char *alias = (char *)h->alias;
	if (alias) {
		fi.aliases.items = &alias;
		fi.aliases.count = 1;
		fi.aliases.cap = 1;
	}
	char *title = dd_vasprintf(title_fmt, ap);
	if (!title)
		return dd_error_oom();
	fi.title = title;
	int rc = dd_check_add_finding(c, &fi);
	free(title);
	return rc;
}

int dd_check_hit(dd_check_ctx *c, const dd_rule_hit *h, const char *title_fmt, ...)
{
	va_list ap;
	va_start(ap, title_fmt);
	int rc = hit_v(c, h, title_fmt, ap);
	va_end(ap);
	return rc;
}

int dd_check_emit(dd_check_ctx *c, dd_finding_class cls, const char *id, dd_severity sev,
	const dd_kept_file *f, unsigned line, const char *remediation, const char *title_fmt, ...)
{
	dd_rule_hit h = { .cls = cls, .id = id, .sev = sev, .file = f, .line = line, .history_index = -1,
		.remediation = remediation };
	va_list ap;
	va_start(ap, title_fmt);
	int rc = hit_v(c, &h, title_fmt, ap);
	va_end(ap);
	return rc;
}

bool dd_is_system_path(const char *path)
{
	static const char *const roots[] = { "bin", "sbin", "lib", "lib32", "lib64", "libx32", "usr", "etc", "boot", NULL };
	for (size_t i = 0; roots[i]; i++) {
		size_t n = strlen(roots[i]);
		if (strncmp(path, roots[i], n) == 0 && (path[n] == '/' || path[n] == '\0'))
			return true;
	}
	return false;
}

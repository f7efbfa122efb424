/* pg_hba.conf parsing (see pg_hba_parse.h). */
#include <string.h>
#include <strings.h>

#include "checks/check_util.h"
#include "checks/pg_hba_parse.h"
#include "util/buf.h"

#define MAX_FIELDS 12

/* Tokenizes one logical line into fields (quotes kept out, '#' ends it). */
static size_t tokens(const char *s, size_t n, char out[MAX_FIELDS][128])
{
	size_t nf = 0, i = 0;
	while (i < n && nf < MAX_FIELDS) {
		while (i < n && (s[i] == ' ' || s[i] == '\t'))
			i++;
		if (i >= n || s[i] == '#')
			break;
		size_t o = 0;
		bool q = false;
		while (i < n && (q || (s[i] != ' ' && s[i] != '\t' && s[i] != '#'))) {
			if (s[i] == '"')
				q = !q;
			else if (o < 127)
				out[nf][o++] = s[i];
			i++;
		}
		out[nf][o] = '\0';
		nf++;
	}
	return nf;
}

static void set(char *dst, size_t cap, const char *src)
{
	size_t n = strlen(src);
	if (n >= cap)
		n = cap - 1;
	memcpy(dst, src, n);
	dst[n] = '\0';
}

int dd_pg_hba_parse(const char *data, size_t len, int (*fn)(const dd_hba_record *r, void *arg), void *arg)
{
	dd_lines it;
	dd_span line;
	dd_buf joined = DD_BUF_INIT(1 << 16);
	unsigned first = 0;
	int rc = 0;
	dd_lines_init(&it, data, len);
	while (!rc && dd_lines_next(&it, &line)) {
		if (!joined.len)
			first = it.lineno;
		bool cont = line.n && line.p[line.n - 1] == '\\';
		if (dd_buf_put(&joined, line.p, cont ? line.n - 1 : line.n) || dd_buf_putc(&joined, ' ')) {
			dd_buf_clear(&joined);
			continue;
		}
		if (cont)
			continue;
		char f[MAX_FIELDS][128];
		size_t nf = tokens(joined.ptr, joined.len, f);
		dd_buf_clear(&joined);
		if (nf < 4)
			continue;
		dd_hba_record r;
		memset(&r, 0, sizeof(r));
		r.line = first;
		set(r.type, sizeof(r.type), f[0]);
		set(r.database, sizeof(r.database), f[1]);
		set(r.user, sizeof(r.user), f[2]);
		if (!strcmp(f[0], "local")) {
			set(r.method, sizeof(r.method), f[3]);
		} else if (!strncmp(f[0], "host", 4)) {
			if (nf < 5)
				continue;
			set(r.address, sizeof(r.address), f[3]);
			/* "IP MASK" form: the method comes after the mask */
			bool mask = nf >= 6 && !strchr(f[3], '/') && strchr(f[4], '.') && (f[4][0] >= '0' && f[4][0] <= '9');
			set(r.method, sizeof(r.method), f[mask ? 5 : 4]);
		} else {
			continue;  /* include directives and unknown types */
		}
		rc = fn(&r, arg);
	}
	dd_buf_free(&joined);
	return rc;
}

bool dd_hba_loopback(const char *a)
{
	return !strcmp(a, "127.0.0.1/32") || !strcmp(a, "::1/128") || !strcmp(a, "localhost") || !strcmp(a, "samehost") ||
		!strcmp(a, "127.0.0.1");
}

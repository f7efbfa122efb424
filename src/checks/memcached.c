/*
 * memcached on every interface. memcached has no authentication unless
 * built and started with SASL (-S); without a -l/--listen address it binds
 * INADDR_ANY, so an image whose config does not restrict it serves its cache
 * (and, over UDP, reflection attacks) to anyone. Reads Debian's
 * etc/memcached.conf (one option per line), RHEL's etc/sysconfig/memcached
 * (OPTIONS="...") and Alpine's etc/conf.d/memcached (LISTENON=...).
 */
#include <string.h>

#include "checks/check_util.h"
#include "util/str.h"

static const char *const files[] = { "etc/memcached.conf", "etc/sysconfig/memcached", "etc/conf.d/memcached", NULL };

typedef struct state {
	bool listen, listen_all, sasl;
	unsigned line;
} state;

static bool all_addr(dd_span a)
{
	return dd_span_has_prefix(a, "0.0.0.0") || dd_span_eq(a, "::") || dd_span_has_prefix(a, "[::]") || dd_span_eq(a, "*");
}

/* Options in a command line: -l ADDR, -lADDR, --listen=ADDR, --listen ADDR, -S, --enable-sasl. */
static void options(state *s, dd_span text, unsigned line)
{
	dd_span w[64];
	size_t n = dd_split_ws(text, w, 64);
	if (n > 64)
		n = 64;
	for (size_t i = 0; i < n; i++) {
		dd_span t = w[i];
		while (t.n && (t.p[0] == '"' || t.p[0] == '\''))
			t.p++, t.n--;
		while (t.n && (t.p[t.n - 1] == '"' || t.p[t.n - 1] == '\''))
			t.n--;
		dd_span addr = { NULL, 0 };
		if ((dd_span_eq(t, "-l") || dd_span_eq(t, "--listen")) && i + 1 < n)
			addr = w[++i];
		else if (dd_span_has_prefix(t, "--listen="))
			addr = (dd_span){ t.p + 9, t.n - 9 };
		else if (dd_span_has_prefix(t, "-l") && t.n > 2)
			addr = (dd_span){ t.p + 2, t.n - 2 };
		else if (dd_span_eq(t, "-S") || dd_span_eq(t, "--enable-sasl"))
			s->sasl = true;
		if (addr.p) {
			s->listen = true;
			s->line = line;
			if (all_addr(addr))
				s->listen_all = true;
		}
	}
}

static int one(dd_check_ctx *c, const dd_kept_file *f, void *payload)
{
	(void)payload;
	state s = { 0 };
	bool conf = dd_ends_with(f->path, ".conf");
	dd_lines it;
	dd_span line;
	dd_lines_init(&it, f->data, f->len);
	while (dd_lines_next(&it, &line)) {
		dd_span t = dd_span_trim(line);
		if (!t.n || t.p[0] == '#')
			continue;
		if (conf) {
			options(&s, t, it.lineno);
		} else if (dd_span_has_prefix(t, "OPTIONS=") || dd_span_has_prefix(t, "MEMCACHED_OPTS=")) {
			const char *eq = memchr(t.p, '=', t.n);
			options(&s, (dd_span){ eq + 1, t.n - (size_t)(eq + 1 - t.p) }, it.lineno);
		} else if (dd_span_has_prefix(t, "LISTENON=")) {
			dd_span v = { t.p + 9, t.n - 9 };
			while (v.n && (v.p[0] == '"' || v.p[0] == '\''))
				v.p++, v.n--;
			while (v.n && (v.p[v.n - 1] == '"' || v.p[v.n - 1] == '\''))
				v.n--;
			if (v.n) {
				s.listen = true;
				s.line = it.lineno;
				s.listen_all = all_addr(v);
			}
		}
	}
	if (s.sasl || (s.listen && !s.listen_all))
		return 0;
	return dd_check_emit(c, DD_CLASS_BASELINE, "memcached-all-interfaces", DD_SEV_HIGH, f, s.line,
		"Bind memcached to 127.0.0.1 (-l 127.0.0.1) or a private address, or enable SASL (-S).",
		"memcached listens on all interfaces without authentication (%s)",
		s.listen ? "-l 0.0.0.0" : "no -l option");
}

static int run(dd_check_ctx *c)
{
	int rc = 0;
	for (size_t i = 0; files[i] && !rc; i++)
		rc = dd_check_foreach_file(c, files[i], one, NULL);
	return rc;
}

const dd_check dd_check_memcached = {
	.name = "memcached", .version = 1, .scanners = DD_SCANNER_BASELINE, .files = files, .run = run,
};

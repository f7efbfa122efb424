/* passwd/shadow/group parsing (see accounts.h). */
#include <stdlib.h>
#include <string.h>

#include "checks/accounts.h"
#include "util/error.h"

int dd_accounts_parse(dd_accounts *out, dd_account_kind kind, const char *data, size_t len)
{
	memset(out, 0, sizeof(*out));
	size_t cap = 0;
	dd_lines it;
	dd_span line;
	dd_lines_init(&it, data, len);
	while (dd_lines_next(&it, &line)) {
		line = dd_span_trim(line);
		if (!line.n || line.p[0] == '#' || line.p[0] == '+' || line.p[0] == '-')
			continue;
		dd_span f[9];
		size_t nf = dd_split(line, ':', f, 9);
		/* passwd: 7 fields; shadow: 9 (8 on some old systems); group: 4 */
		bool ok = kind == DD_ACCT_PASSWD ? nf == 7 : kind == DD_ACCT_SHADOW ? (nf >= 2 && nf <= 9) : nf == 4;
		if (!ok || f[0].n == 0) {
			out->malformed++;
			continue;
		}
		if (out->n == DD_ACCOUNTS_MAX) {
			out->truncated = true;
			break;
		}
		if (out->n == cap) {
			size_t nc = cap ? cap * 2 : 64;
			dd_account *nv = realloc(out->v, nc * sizeof(*nv));
			if (!nv) {
				dd_accounts_free(out);
				return dd_error_oom();
			}
			out->v = nv;
			cap = nc;
		}
		dd_account *a = &out->v[out->n++];
		memset(a, 0, sizeof(*a));
		a->name = f[0];
		a->pw = f[1];
		a->line = it.lineno;
		if (kind == DD_ACCT_PASSWD) {
			a->id_ok = dd_span_uint(f[2], DD_ID_MAX, &a->id);
			if (!dd_span_uint(f[3], DD_ID_MAX, &a->gid))
				a->gid = 0;
		} else if (kind == DD_ACCT_GROUP) {
			a->id_ok = dd_span_uint(f[2], DD_ID_MAX, &a->id);
		}
	}
	return 0;
}

void dd_accounts_free(dd_accounts *a)
{
	free(a->v);
	memset(a, 0, sizeof(*a));
}

const dd_account *dd_accounts_find(const dd_accounts *a, dd_span name)
{
	for (size_t i = 0; i < a->n; i++)
		if (a->v[i].name.n == name.n && memcmp(a->v[i].name.p, name.p, name.n) == 0)
			return &a->v[i];
	return NULL;
}

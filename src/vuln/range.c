/*
 * Range evaluation (range.h). The one idea: the blob is read in place, one
 * range at a time, and events are sorted only when they are not already in
 * order (osv.dev and our importers write them in order almost always), so a
 * typical "introduced 0, fixed X" range costs one or two comparisons.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util/error.h"
#include "vuln/range.h"

typedef struct event {
	char tag;
	const char *v;
	size_t off;        /* offset of v in the blob */
	size_t idx;        /* position in the record: ties keep it */
} event;

typedef struct sort_ctx {
	const dd_version_scheme *s;
	bool bad;
} sort_ctx;

static bool is_zero(const event *e)
{
	return e->tag == 'i' && e->v[0] == '0' && e->v[1] == '\0';
}

static int event_cmp(const void *pa, const void *pb, void *pc)
{
	const event *a = pa, *b = pb;
	sort_ctx *c = pc;
	int r = 0;
	bool za = is_zero(a) || (a->tag == 'L' && !strcmp(a->v, "*")), zb = is_zero(b) || (b->tag == 'L' && !strcmp(b->v, "*"));
	if (za || zb) {
		/* "0" is below everything, limit "*" above everything */
		int ka = za ? (a->tag == 'L' ? 1 : -1) : 0, kb = zb ? (b->tag == 'L' ? 1 : -1) : 0;
		r = ka < kb ? -1 : ka > kb;
	} else if (c->s->compare(a->v, b->v, &r) != 0) {
		c->bad = true;
		r = 0;
	}
	if (r)
		return r;
	return a->idx < b->idx ? -1 : a->idx > b->idx;
}

static int cmp(const dd_version_scheme *s, const char *a, const char *b, bool *bad)
{
	int r = 0;
	if (s->compare(a, b, &r) != 0)
		*bad = true;
	return r;
}

/* One range: events[0..n). */
static void eval_range(const dd_version_scheme *s, const char *version, event *ev, size_t n, const char *blob,
	dd_range_result *out)
{
	sort_ctx sc = { s, false };
	bool sorted = true;
	for (size_t i = 1; i < n && sorted; i++)
		if (event_cmp(&ev[i - 1], &ev[i], &sc) > 0)
			sorted = false;
	if (!sorted)
		qsort_r(ev, n, sizeof(*ev), event_cmp, &sc);
	if (sc.bad) {
		out->bad++;
		return;
	}
	bool affected = false, bad = false, limited = false, below_limit = false;
	const event *next_fix = NULL;
	for (size_t i = 0; i < n; i++) {
		const event *e = &ev[i];
		switch (e->tag) {
		case 'i':
			if (is_zero(e) || cmp(s, version, e->v, &bad) >= 0)
				affected = true;
			break;
		case 'f':
			if (cmp(s, version, e->v, &bad) >= 0)
				affected = false;
			else if (!next_fix && affected)
				next_fix = e;
			break;
		case 'l':
			if (cmp(s, version, e->v, &bad) > 0)
				affected = false;
			break;
		case 'L':
			limited = true;
			if (!strcmp(e->v, "*") || cmp(s, version, e->v, &bad) < 0)
				below_limit = true;
			break;
		}
	}
	if (bad) {
		out->bad++;
		return;
	}
	if (limited && !below_limit)
		affected = false;
	if (!affected)
		return;
	out->affected = true;
	if (next_fix) {
		size_t len = strlen(next_fix->v);
		bool lower = !out->fixed;
		if (!lower) {
			char prev[512];
			if (out->fixed_len < sizeof(prev)) {
				memcpy(prev, out->fixed, out->fixed_len);
				prev[out->fixed_len] = '\0';
				lower = cmp(s, next_fix->v, prev, &bad) < 0 && !bad;
			}
		}
		if (lower) {
			out->fixed = blob + next_fix->off;
			out->fixed_len = len;
		}
	}
}

/* The first run of digits, without leading zeros: two versions that differ
 * there are never equal in any ecosystem's order (epochs aside), so a long
 * `versions` list is scanned with memcmp, not with the comparator. */
static void lead_digits(const char *v, const char **d, size_t *n)
{
	while (*v && (*v < '0' || *v > '9'))
		v++;
	while (*v == '0' && v[1] >= '0' && v[1] <= '9')
		v++;
	*d = v;
	*n = 0;
	while (v[*n] >= '0' && v[*n] <= '9')
		(*n)++;
}

static bool maybe_equal(const char *a, const char *b, const char *bd, size_t bn, bool b_epoch)
{
	const char *ad;
	size_t an;
	if (b_epoch || strchr(a, ':') || strchr(a, '!'))
		return true;
	lead_digits(a, &ad, &an);
	return an == bn && !memcmp(ad, bd, an);
}

int dd_range_eval(const dd_version_scheme *scheme, const dd_version_scheme *semver, const char *version,
	const char *blob, size_t len, dd_range_result *out)
{
	char stackbuf[4096], *buf = stackbuf;
	event stack_ev[64], *ev = stack_ev;
	size_t cap_ev = 64, n = 0;
	char kind = 0;
	int rc = 0;
	memset(out, 0, sizeof(*out));
	/* the caller decides which grammar a version must meet (match.c: the
	 * package manager's own for installed OS packages); here it only
	 * has to be comparable */
	int self = 0;
	if (scheme->compare(version, version, &self) != 0)
		return dd_error_set(DD_EINVAL, "invalid %s version '%.64s'", scheme->name, version);
	if (!blob || !len)
		return 0;
	if (len >= sizeof(stackbuf) && !(buf = malloc(len + 1)))
		return dd_error_oom();
	memcpy(buf, blob, len);
	buf[len] = '\0';
	const char *vd;
	size_t vn;
	bool v_epoch = strchr(version, ':') || strchr(version, '!');
	lead_digits(version, &vd, &vn);
	for (size_t i = 0; i <= len;) {
		size_t e = i;
		while (e < len && buf[e] != '\n')
			e++;
		char tag = i < len ? buf[i] : 'E'; /* end of blob closes the last range */
		buf[e] = '\0';
		if (tag == 'E' || tag == 'S') {
			if (kind && n)
				eval_range(kind == 'S' && semver ? semver : scheme, version, ev, n, blob, out);
			n = 0;
			kind = i < len ? tag : 0;
		} else if (tag == 'v') {
			const char *v = buf + i + 1;
			int r = 1;
			if (!out->affected && (!strcmp(v, version) ||
			    (maybe_equal(v, version, vd, vn, v_epoch) && scheme->compare(v, version, &r) == 0 && r == 0)))
				out->affected = true;
		} else if (tag == 'i' || tag == 'f' || tag == 'l' || tag == 'L') {
			if (n == DD_RANGE_EVENTS_MAX) {
				out->bad++;
			} else {
				if (n == cap_ev) {
					size_t nc = cap_ev * 4;
					event *ne = ev == stack_ev ? malloc(nc * sizeof(*ne)) : realloc(ev, nc * sizeof(*ne));
					if (!ne) {
						rc = dd_error_oom();
						break;
					}
					if (ev == stack_ev)
						memcpy(ne, stack_ev, sizeof(stack_ev));
					ev = ne;
					cap_ev = nc;
				}
				ev[n] = (event){ tag, buf + i + 1, i + 1, n };
				n++;
			}
		}
		if (i >= len)
			break;
		i = e + 1;
	}
	if (ev != stack_ev)
		free(ev);
	if (buf != stackbuf)
		free(buf);
	return rc;
}

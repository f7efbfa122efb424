/* sshd_config evaluation (see sshd_parse.h). */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "checks/check_util.h"
#include "checks/sshd_parse.h"
#include "util/str.h"

static const char *const keys[DD_SSHD_NKEYS] = { "permitrootlogin", "permitemptypasswords", "passwordauthentication" };

typedef struct eval {
	dd_sshd_config *out;
	dd_sshd_each_fn each;
	void *ctx;
	int depth;
	bool in_match;
	size_t matched;   /* files an Include glob matched */
} eval;

static int eval_file(void *arg, const char *path, const char *data, size_t len);

static void include(eval *e, dd_span arg)
{
	char glob[512], raw[400];
	dd_span_cpy(raw, sizeof(raw), arg);
	if (raw[0] == '/')
		snprintf(glob, sizeof(glob), "%s", raw + 1);
	else
		snprintf(glob, sizeof(glob), "etc/ssh/%s", raw);
	/* dd_glob_match backtracks: a hostile pattern full of '*' would take
	 * exponential time, and real Include patterns have one or two */
	size_t stars = 0;
	for (const char *p = glob; *p; p++)
		stars += *p == '*' || *p == '?';
	if (stars > 4) {
		e->out->limit_hit = true;
		return;
	}
	if (!e->each || e->depth >= DD_SSHD_MAX_DEPTH) {
		if (e->each)
			e->out->limit_hit = true;
		return;
	}
	size_t before = e->matched;
	e->matched = 0;
	e->depth++;
	e->each(e->ctx, glob, eval_file, e);
	e->depth--;
	if (!e->matched && !e->out->unresolved[0])
		snprintf(e->out->unresolved, sizeof(e->out->unresolved), "%s", glob);
	e->matched = before;
}

static void parse(eval *e, const char *path, const char *data, size_t len)
{
	dd_lines it;
	dd_span line, key, value;
	dd_lines_init(&it, data, len);
	while (dd_lines_next(&it, &line)) {
		if (!dd_conf_line(line, &key, &value))
			continue;
		if (dd_span_ieq(key, "match")) {
			dd_span w[2];
			size_t nw = dd_split_ws(value, w, 2);
			e->in_match = !(nw == 1 && dd_span_ieq(w[0], "all"));
			continue;
		}
		if (dd_span_ieq(key, "include")) {
			dd_span w[16];
			size_t nw = dd_split_ws(value, w, 16);
			for (size_t i = 0; i < nw && i < 16; i++)
				include(e, w[i]);
			continue;
		}
		if (e->in_match)
			continue;
		for (int k = 0; k < DD_SSHD_NKEYS; k++) {
			if (!dd_span_ieq(key, keys[k]) || e->out->s[k].set)
				continue;
			dd_sshd_setting *s = &e->out->s[k];
			dd_span w[1];
			if (!dd_split_ws(value, w, 1))
				continue;
			s->set = true;
			dd_span_cpy(s->value, sizeof(s->value), w[0]);
			for (char *p = s->value; *p; p++)
				*p = (char)tolower((unsigned char)*p);
			snprintf(s->path, sizeof(s->path), "%s", path);
			s->line = it.lineno;
		}
	}
}

static int eval_file(void *arg, const char *path, const char *data, size_t len)
{
	eval *e = arg;
	e->matched++;
	if (e->out->files >= DD_SSHD_MAX_FILES) {
		e->out->limit_hit = true;
		return 0;
	}
	e->out->files++;
	/* a Match block does not survive the end of the file that opened it
	 * when it was opened at top level; inside an Include it stays open,
	 * as in sshd, until the including file's next Match */
	parse(e, path, data, len);
	return 0;
}

int dd_sshd_eval(dd_sshd_config *out, const char *path, dd_sshd_each_fn each, void *ctx)
{
	memset(out, 0, sizeof(*out));
	eval e = { .out = out, .each = each, .ctx = ctx };
	return each(ctx, path, eval_file, &e);
}

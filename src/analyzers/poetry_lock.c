/*
 * poetry.lock analyzer: the [[package]] tables of Poetry's lock file (TOML).
 *
 * The one idea: each [[package]] table is one resolved package; what follows
 * it until the next [[package]] ([package.dependencies], [package.source]...)
 * describes that same package. Dev-only packages were marked with
 * category = "dev" (Poetry < 1.5) and are now those whose groups do not
 * include "main". A package whose [package.source] is a local directory or a
 * git checkout names no released version and is skipped.
 */
#include <string.h>

#include "analyzers/analyzer.h"
#include "analyzers/apppkg.h"
#include "util/error.h"
#include "util/toml.h"

typedef struct pkg {
	const char *name, *version;   /* kept by the list */
	bool in_package, dev_category, has_groups, group_main, local;
} pkg;

typedef struct state {
	dd_app_list list;
	pkg cur;
} state;

static bool wants(const char *path, uint32_t mode, uint64_t size)
{
	(void)size;
	return dd_mode_is_regular(mode) && dd_path_has_basename(path, "poetry.lock");
}

static int flush(state *s)
{
	pkg *p = &s->cur;
	int rc = 0;
	if (p->in_package && p->name && p->version && !p->local) {
		bool dev = p->dev_category || (p->has_groups && !p->group_main);
		rc = dd_app_list_push(&s->list, p->name, strlen(p->name), p->version, strlen(p->version), NULL, dev);
	}
	memset(p, 0, sizeof(*p));
	return rc;
}

static bool str_is(const dd_toml_event *ev, const char *s)
{
	return ev->kind == DD_TOML_STRING && ev->value_len == strlen(s) && !memcmp(ev->value, s, ev->value_len);
}

static int on_event(void *ctx, const dd_toml_event *ev)
{
	state *s = ctx;
	static const char *const package[] = { "package" }, *const source[] = { "package", "source" };
	if (ev->kind == DD_TOML_HEADER) {
		if (ev->array_table && dd_toml_table_is(ev, package, 1)) {
			int rc = flush(s);
			s->cur.in_package = true;
			return rc;
		}
		return 0;
	}
	if (!s->cur.in_package)
		return 0;
	if (dd_toml_table_is(ev, source, 2)) {
		if (dd_toml_key_is(ev, "type") && (str_is(ev, "directory") || str_is(ev, "git")))
			s->cur.local = true;
		return 0;
	}
	if (!dd_toml_table_is(ev, package, 1))
		return 0;
	if (ev->kind == DD_TOML_STRING && ev->array_index < 0 &&
	    (dd_toml_key_is(ev, "name") || dd_toml_key_is(ev, "version"))) {
		char *v = (char *)dd_app_list_keep(&s->list, ev->value, ev->value_len);
		if (!v)
			return dd_error_oom();
		if (dd_toml_key_is(ev, "name")) {
			dd_pypi_normalize(v);
			s->cur.name = v;
		} else {
			s->cur.version = v;
		}
	} else if (dd_toml_key_is(ev, "category")) {
		s->cur.dev_category = str_is(ev, "dev");
	} else if (dd_toml_key_is(ev, "groups")) {
		s->cur.has_groups = true;
		if (str_is(ev, "main"))
			s->cur.group_main = true;
	}
	return 0;
}

static int analyze(dd_analysis *a, const dd_file *f, const uint8_t *data, size_t len)
{
	(void)f;
	state s = { .list = DD_APP_LIST_INIT };
	dd_app_ctx c = dd_app_ctx_make(a);
	int rc = dd_toml_parse((const char *)data, len, on_event, &s);
	if (!rc)
		rc = flush(&s);
	if (!rc)
		rc = dd_app_list_flush(&s.list, &c, "pypi");
	dd_app_list_free(&s.list);
	return rc;
}

const dd_analyzer dd_analyzer_poetry_lock = {
	.name = "poetry-lock",
	.version = 1,
	.scanners = DD_SCANNER_VULN,
	.max_size = 32u << 20,
	.note_oversize = true,
	.wants = wants,
	.analyze = analyze,
};

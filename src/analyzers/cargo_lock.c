/*
 * Cargo.lock analyzer: the [[package]] tables of Cargo's lock file (TOML),
 * formats v1 to v4.
 *
 * The one idea: a package with a registry source ("registry+https://...",
 * "sparse+https://...") is a released crate; one without a source is a
 * member of the project's own workspace, and a "git+..." source is a
 * checkout whose version is whatever its Cargo.toml says, so neither is
 * reported. Cargo.lock does not tell dev-dependencies apart.
 */
#include <string.h>

#include "analyzers/analyzer.h"
#include "analyzers/apppkg.h"
#include "util/error.h"
#include "util/toml.h"

typedef struct state {
	dd_app_list list;
	const char *name, *version;
	bool in_package, registry;
} state;

static bool wants(const char *path, uint32_t mode, uint64_t size)
{
	(void)size;
	return dd_mode_is_regular(mode) && dd_path_has_basename(path, "Cargo.lock");
}

static int flush(state *s)
{
	int rc = 0;
	if (s->in_package && s->name && s->version && s->registry)
		rc = dd_app_list_push(&s->list, s->name, strlen(s->name), s->version, strlen(s->version), NULL, false);
	s->name = s->version = NULL;
	s->in_package = s->registry = false;
	return rc;
}

static int on_event(void *ctx, const dd_toml_event *ev)
{
	state *s = ctx;
	static const char *const package[] = { "package" };
	if (ev->kind == DD_TOML_HEADER) {
		int rc = flush(s);
		s->in_package = ev->array_table && dd_toml_table_is(ev, package, 1);
		return rc;
	}
	if (!s->in_package || ev->kind != DD_TOML_STRING || ev->array_index >= 0 || !dd_toml_table_is(ev, package, 1))
		return 0;
	if (dd_toml_key_is(ev, "source")) {
		s->registry = (ev->value_len > 9 && !memcmp(ev->value, "registry+", 9)) ||
			(ev->value_len > 7 && !memcmp(ev->value, "sparse+", 7));
	} else if (dd_toml_key_is(ev, "name") || dd_toml_key_is(ev, "version")) {
		const char *v = dd_app_list_keep(&s->list, ev->value, ev->value_len);
		if (!v)
			return dd_error_oom();
		if (dd_toml_key_is(ev, "name"))
			s->name = v;
		else
			s->version = v;
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
		rc = dd_app_list_flush(&s.list, &c, "cargo");
	dd_app_list_free(&s.list);
	return rc;
}

const dd_analyzer dd_analyzer_cargo_lock = {
	.name = "cargo-lock",
	.version = 1,
	.scanners = DD_SCANNER_VULN,
	.max_size = 32u << 20,
	.note_oversize = true,
	.wants = wants,
	.analyze = analyze,
};

/*
 * Bundler analyzer: Gemfile.lock, the gems of its GEM sections.
 *
 * The one idea: the lock is indentation-structured. A GEM section lists
 * every resolved gem under "  specs:" as "    name (version)" at exactly
 * four spaces; deeper lines are that gem's own requirements. A version may
 * carry a platform ("1.13.4-x86_64-linux"); RubyGems versions never contain
 * '-', so the platform is what follows the first one. GIT and PATH sections
 * are checkouts and local folders, not released gems, and are not reported;
 * the lock does not say which gems are development-only.
 */
#include <string.h>

#include "analyzers/analyzer.h"
#include "analyzers/apppkg.h"
#include "analyzers/textdb.h"
#include "util/error.h"

static bool wants(const char *path, uint32_t mode, uint64_t size)
{
	(void)size;
	return dd_mode_is_regular(mode) &&
		(dd_path_has_basename(path, "Gemfile.lock") || dd_path_has_basename(path, "gems.locked"));
}

static int analyze(dd_analysis *a, const dd_file *f, const uint8_t *data, size_t len)
{
	(void)f;
	const char *pos = (const char *)data, *end = pos + len;
	dd_app_list l = DD_APP_LIST_INIT;
	dd_app_ctx c = dd_app_ctx_make(a);
	dd_slice line;
	bool in_gem = false, in_specs = false;
	int rc = 0;
	while (!rc && dd_textdb_next_line(&pos, end, &line)) {
		if (!line.n)
			continue;
		if (line.p[0] != ' ') {
			in_gem = dd_textdb_eq(line, "GEM", false);
			in_specs = false;
			continue;
		}
		if (!in_gem)
			continue;
		if (line.n > 2 && line.p[1] == ' ' && line.p[2] != ' ') {
			in_specs = dd_textdb_eq(dd_textdb_trim(line), "specs:", false);
			continue;
		}
		if (!in_specs || line.n < 5 || memcmp(line.p, "    ", 4) || line.p[4] == ' ')
			continue;
		dd_slice s = dd_textdb_trim((dd_slice){ line.p + 4, line.n - 4 });
		const char *open = memchr(s.p, '(', s.n);
		if (!open || open == s.p || s.p[s.n - 1] != ')')
			continue;
		dd_slice name = dd_textdb_trim((dd_slice){ s.p, (size_t)(open - s.p) });
		dd_slice ver = { open + 1, (size_t)(s.p + s.n - 1 - open - 1) };
		const char *dash = memchr(ver.p, '-', ver.n);
		if (dash)
			ver.n = (size_t)(dash - ver.p);
		rc = dd_app_list_push(&l, name.p, name.n, ver.p, ver.n, NULL, false);
	}
	if (!rc)
		rc = dd_app_list_flush(&l, &c, "gem");
	dd_app_list_free(&l);
	return rc;
}

const dd_analyzer dd_analyzer_gemfile_lock = {
	.name = "gemfile-lock",
	.version = 1,
	.scanners = DD_SCANNER_VULN,
	.max_size = 32u << 20,
	.note_oversize = true,
	.wants = wants,
	.analyze = analyze,
};

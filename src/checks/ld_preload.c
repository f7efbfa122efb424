/*
 * etc/ld.so.preload: every dynamically linked program loads the libraries
 * it names, before its own. Userland rootkits (and cryptominer droppers
 * hiding their processes) install themselves there; distributions never
 * ship it with content, so any non-comment line is reported as malware.
 */
#include <stdio.h>

#include "checks/check_util.h"

static const char *const files[] = { "etc/ld.so.preload", NULL };

static int run(dd_check_ctx *c)
{
	const dd_kept_file *fp = dd_check_file(c, "etc/ld.so.preload");
	if (!fp)
		return 0;
	dd_kept_file f = *fp;
	dd_lines it;
	dd_span line;
	dd_lines_init(&it, f.data, f.len);
	while (dd_lines_next(&it, &line)) {
		line = dd_span_trim(line);
		if (!line.n || line.p[0] == '#')
			continue;
		char lib[256];
		dd_span w[1];
		dd_split_ws(line, w, 1);
		dd_span_cpy(lib, sizeof(lib), w[0]);
		dd_rule_hit h = { .cls = DD_CLASS_MALWARE, .id = "ld-so-preload", .sev = DD_SEV_HIGH, .file = &f,
			.line = it.lineno, .history_index = -1,
			.remediation = "Find out which layer added the preload and why; remove the entry and the library unless "
			"it is a known tool you installed on purpose, and rebuild from a clean base." };
		return dd_check_hit(c, &h, "etc/ld.so.preload forces '%s' into every process (userland rootkit technique)", lib);
	}
	return 0;
}

const dd_check dd_check_ld_preload = {
	.name = "ld_preload", .version = 1, .scanners = DD_SCANNER_MALWARE, .files = files, .run = run,
};

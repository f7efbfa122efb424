/*
 * Fuzzes the secret scanner on arbitrary file content: the built-in rule
 * engine (hyperscan windows, PCRE2 confirmation, allow-lists, overrides,
 * line counting) and every sensitive-file shape check (netrc tokens, pgpass
 * fields, INI/YAML key-values, Docker and Aliyun JSON, Terraform state,
 * PEM bodies, shell histories). The first byte picks the image path, so
 * path-scoped rules run too.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "analyzers/secrets_engine.h"
#include "analyzers/secrets_files.h"
#include "util/redact.h"

static const char *const paths[] = {
	"srv/app/config.txt", "srv/app/.env", "srv/app/application.yml", "var/www/wp-config.php", "root/.m2/settings.xml",
	"root/.m2/settings-security.xml", "srv/app/tests/x.txt", "srv/app/README.md",
};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static dd_secret_engine *e;
	if (!e && dd_secret_engine_new_default(&e, NULL, NULL, 0) != 0)
		abort();
	if (size == 0)
		return 0;
	const char *path = paths[data[0] % (sizeof(paths) / sizeof(paths[0]))];
	/* analyzers get NUL-terminated copies; keep ASan's bounds exact */
	uint8_t *copy = malloc(size);
	memcpy(copy, data + 1, size - 1);
	copy[size - 1] = 0;
	dd_secret_result res;
	if (dd_secret_scan(e, path, copy, size - 1, &res) == 0) {
		for (size_t i = 0; i < res.n_hits; i++) {
			if (res.hits[i].start > res.hits[i].end || res.hits[i].end > size - 1)
				abort();
			size_t n = res.hits[i].end - res.hits[i].start;
			char *masked = dd_redact(copy + res.hits[i].start, n);
			/* the redaction never shows the whole secret */
			if (masked && n > 1 && strlen(masked) >= n && !memcmp(masked, copy + res.hits[i].start, n))
				abort();
			free(masked);
		}
		dd_secret_result_clear(&res);
	}
	for (size_t i = 0; dd_secret_file_rules[i]; i++) {
		dd_secret_span sp;
		if (dd_secret_file_rules[i]->check(copy, size - 1, &sp) && (sp.start > sp.end || sp.end > size - 1))
			abort();
	}
	free(copy);
	return 0;
}

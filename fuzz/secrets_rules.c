/*
 * Fuzzes the secret rule file parser (YAML through libyaml, schema walk,
 * merge rules) on arbitrary documents merged over the built-in rules. Small
 * documents are also compiled, so regex, group and allow-list validation
 * runs on what the parser let through.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "analyzers/secrets_engine.h"
#include "analyzers/secrets_rules.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	dd_secret_ruleset rs;
	memset(&rs, 0, sizeof(rs));
	if (dd_secret_ruleset_parse(&rs, "fuzz", (const char *)data, size, false) == 0 && size < 512) {
		/* compile only the fuzzed rules: hyperscan on the built-ins each time
		 * would be all the fuzzer ever measured */
		dd_secret_engine *e = NULL;
		if (dd_secret_engine_new(&e, &rs) == 0) {
			dd_secret_result res;
			static const char text[] = "password=hunter2 secret: 'abcdefgh' token ghp_x LTAI0123\n";
			if (dd_secret_scan(e, "a/b.txt", (const uint8_t *)text, sizeof(text) - 1, &res) == 0)
				dd_secret_result_clear(&res);
			dd_secret_engine_free(e);
		}
	}
	dd_secret_ruleset_clear(&rs);
	return 0;
}

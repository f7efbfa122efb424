/* Fuzzes the pom.properties parser: whatever it accepts must be valid
 * coordinates. */
#include <stdint.h>
#include <stdlib.h>

#include "analyzers/java_meta.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	dd_java_gav g;
	if (dd_java_pom_parse(&g, (const char *)data, size) == 0) {
		if (!dd_java_valid_id(g.group) || !dd_java_valid_id(g.artifact) || !dd_java_valid_version(g.version))
			abort();
		dd_java_gav_clear(&g);
	}
	return 0;
}

/* Fuzzes the MANIFEST.MF parser and the coordinate rules built on it. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "analyzers/java_meta.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	dd_java_manifest m;
	if (dd_java_manifest_parse(&m, (const char *)data, size) != 0)
		return 0;
	/* the first line doubles as a file name */
	char name[256];
	size_t n = 0;
	while (n < size && n < sizeof(name) - 1 && data[n] && data[n] != '\n')
		n++;
	memcpy(name, data, n);
	name[n] = '\0';
	dd_java_gav g;
	bool by_manifest;
	if (dd_java_identify(&g, &by_manifest, &m, name) == 0) {
		if (!g.artifact || !g.version || !dd_java_valid_id(g.artifact) || !dd_java_valid_version(g.version) ||
		    (g.group && !dd_java_valid_id(g.group)))
			abort();
		dd_java_gav_clear(&g);
	}
	dd_java_manifest_clear(&m);
	return 0;
}

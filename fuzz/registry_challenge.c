/*
 * Fuzzes the registry's hostile-header parsers: the WWW-Authenticate
 * challenge parser (the whole input as one header value) and the image
 * reference parser (the input as a reference, when it is a C string).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "image/registry.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	dd_auth_challenge c;
	if (dd_auth_challenge_parse(&c, (const char *)data, size) == 0) {
		/* a parsed challenge always has its scheme, and Bearer its realm */
		if (c.scheme == DD_AUTH_NONE || (c.scheme == DD_AUTH_BEARER && !c.realm))
			abort();
		dd_auth_challenge_clear(&c);
	}
	char *s = malloc(size + 1);
	if (!s)
		return 0;
	memcpy(s, data, size);
	s[size] = '\0';
	dd_registry_ref r;
	if (dd_registry_ref_parse(&r, s) == 0) {
		/* what goes into a URL path has no byte that needs escaping */
		for (const char *p = r.repository; *p; p++)
			if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || strchr("._-/", *p)))
				abort();
		dd_registry_ref_clear(&r);
	}
	free(s);
	return 0;
}

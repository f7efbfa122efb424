/*
 * Fuzzes the Docker config.json credential parser: the first line of the
 * input is the registry host looked up, the rest the file.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "image/registry.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const uint8_t *nl = memchr(data, '\n', size);
	size_t hl = nl ? (size_t)(nl - data) : 0;
	char host[256];
	if (hl >= sizeof(host))
		hl = sizeof(host) - 1;
	memcpy(host, data, hl);
	host[hl] = '\0';
	const char *json = nl ? (const char *)nl + 1 : (const char *)data;
	size_t jl = nl ? size - (size_t)(nl - data) - 1 : size;
	dd_credentials c;
	if (dd_credentials_from_config(&c, json, jl, host) == 0) {
		if (!c.username && !c.identity_token)
			abort();
		if (c.username && !c.password)
			abort();
		dd_credentials_clear(&c);
	}
	return 0;
}

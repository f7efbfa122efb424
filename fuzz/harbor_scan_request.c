/*
 * Fuzzes the Harbor ScanRequest parser (src/server/harbor_request.c), then
 * checks what an accepted request promises: an http(s) URL of host and port
 * only, a valid repository and sha256 digest, a valid or empty tag,
 * credentials only from a Basic header, and a status of the spec's set.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "server/harbor.h"
#include "server/server.h"
#include "server/webhook.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static dd_harbor_request r;
	char err[512];
	int status = dd_harbor_request_parse(&r, (const char *)data, size, err, sizeof(err));
	if (status) {
		if ((status != 400 && status != 422 && status != 501) || !err[0])
			abort();
		return 0;
	}
	const char *host = !strncmp(r.url, "http://", 7) ? r.url + 7 : !strncmp(r.url, "https://", 8) ? r.url + 8 : NULL;
	if (!host || !*host || strpbrk(host, "/?#@ ") || !dd_srv_repository_ok(r.repository) ||
	    !dd_webhook_valid_digest(r.digest) || (r.tag[0] && !dd_srv_tag_ok(r.tag)))
		abort();
	if ((r.username[0] || r.password[0]) && strncmp(r.authorization, "Basic ", 6))
		abort();
	return 0;
}

/*
 * Fuzzes the Harbor ScanRequest parser (src/server/harbor_request.c), then
 * checks what an accepted request promises: an http(s) URL of host and port
 * only, a valid repository and sha256 digest, a valid or empty tag,
 * credentials only from a Basic header or a Bearer token (a token no
 * header line could carry never passes), and a status of the spec's set.
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
	bool bearer = !strncmp(r.authorization, "Bearer ", 7);
	if ((r.username[0] || r.password[0]) && strncmp(r.authorization, "Basic ", 6) && !bearer)
		abort();
	if (bearer != r.bearer || (bearer && (r.username[0] || !r.password[0] || strcmp(r.password, r.authorization + 7))))
		abort();
	for (const char *p = bearer ? r.password : ""; *p; p++)
		if ((unsigned char)*p <= 0x20 || (unsigned char)*p >= 0x7f)
			abort();
	return 0;
}

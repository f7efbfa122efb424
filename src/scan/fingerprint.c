/*
 * The scan fingerprint the service keys stored results by (digest + this):
 * everything that changes what a scan of the same image finds, except the
 * advisory DB, which a rematch of the stored inventory brings up to date.
 * It lists more than the layer cache's fingerprint (the checks and the
 * drydock version too) because it stands for a whole report.
 */
#include <openssl/evp.h>
#include <stdio.h>
#include <string.h>

#include "analyzers/analyzer.h"
#include "checks/check.h"
#include "drydock/drydock.h"
#include "util/embedded.h"

static void put(EVP_MD_CTX *ctx, const char *fmt, const char *name, unsigned long long v)
{
	char b[256];
	int n = snprintf(b, sizeof(b), fmt, name, v);
	if (n > 0)
		EVP_DigestUpdate(ctx, b, (size_t)n < sizeof(b) ? (size_t)n : sizeof(b) - 1);
}

void dd_scan_fingerprint(unsigned scanners, char out[65])
{
	unsigned char md[32];
	unsigned len = 0;
	EVP_MD_CTX *ctx = EVP_MD_CTX_new();
	out[0] = '\0';
	if (!ctx || !EVP_DigestInit_ex(ctx, EVP_sha256(), NULL)) {
		EVP_MD_CTX_free(ctx);
		return;
	}
	put(ctx, "drydock-scan-1;%s;%llx;", dd_version_string(), scanners ? scanners : DD_SCANNER_ALL);
	for (size_t i = 0; dd_analyzers[i]; i++)
		put(ctx, "a:%s:%llu;", dd_analyzers[i]->name, dd_analyzers[i]->version);
	for (size_t i = 0; dd_checks[i]; i++)
		put(ctx, "c:%s:%llu;", dd_checks[i]->name, dd_checks[i]->version);
	put(ctx, "%sembedded:%016llx;", "", dd_embedded_digest());
	EVP_DigestFinal_ex(ctx, md, &len);
	EVP_MD_CTX_free(ctx);
	for (unsigned i = 0; i < 32; i++)
		snprintf(out + 2 * i, 3, "%02x", md[i]);
}

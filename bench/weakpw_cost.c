/*
 * Worst case of the weak-password check: one account per hash scheme whose
 * password is in no candidate list, every candidate tried (no deadline).
 * Prints the candidates tried and the time per scheme.
 */
#include <crypt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "checks/weakpw.h"

int main(void)
{
	static const struct { const char *scheme, *prefix; unsigned long count; } s[] = {
		{ "yescrypt (j9T, Debian 12 default)", "$y$", 5 }, { "sha512crypt (5000)", "$6$", 0 }, { "sha256crypt (5000)", "$5$", 0 },
		{ "md5crypt", "$1$", 0 }, { "bcrypt (cost 10)", "$2b$", 10 }, { "bcrypt (cost 12)", "$2b$", 12 } };
	for (size_t i = 0; i < sizeof(s) / sizeof(*s); i++) {
		char setting[128];
		if (!crypt_gensalt_rn(s[i].prefix, s[i].count, NULL, 0, setting, sizeof(setting))) {
			printf("%s: gensalt failed\n", s[i].scheme);
			continue;
		}
		struct crypt_data cd;
		memset(&cd, 0, sizeof(cd));
		const char *h = crypt_rn("Zq8#unguessable-benchmark-pw", setting, &cd, sizeof(cd));
		char hash[256];
		snprintf(hash, sizeof(hash), "%s", h);
		printf("%.12s... ", hash);
		dd_weakpw w;
		dd_weakpw_init(&w, 0, 200);
		dd_weakpw_target t = { .account = "benchuser", .hash = hash };
		uint64_t t0 = dd_monotonic_ns();
		dd_weakpw_run(&w, &t, 1);
		double ms = (double)(dd_monotonic_ns() - t0) / 1e6;
		printf("%-36s %3zu candidates  %8.1f ms  (%.2f ms each)\n", s[i].scheme, t.res.tried, ms, ms / (double)t.res.tried);
		dd_weakpw_free(&w);
	}
	return 0;
}

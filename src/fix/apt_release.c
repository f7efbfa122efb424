/*
 * InRelease verification and Release parsing (apt_release.h). gpgv's
 * status lines (--status-fd, doc/DETAILS of GnuPG) are the contract read
 * here: VALIDSIG <fpr> <date> <ts> <expire> <ver> <res> <pkalgo> <hashalgo> ...
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "fix/apt_release.h"
#include "fix/deb822.h"
#include "util/subprocess.h"
#include "util/error.h"
#include "util/reader.h"

#define GPGV_TIMEOUT_MS 60000
#define STATUS_MAX (1u << 20)

static bool status_has(const char *status, const char *word)
{
	char key[64];
	snprintf(key, sizeof(key), "[GNUPG:] %s ", word);
	const char *p = strstr(status, key);
	if (p && (p == status || p[-1] == '\n'))
		return true;
	/* a word at the end of a line without arguments */
	snprintf(key, sizeof(key), "[GNUPG:] %s\n", word);
	return strstr(status, key) != NULL;
}

/* VALIDSIG lines whose digest apt accepts: MD5 (1), SHA1 (2) and
 * RIPEMD160 (3) are refused, as apt does. */
static size_t strong_validsigs(const char *status)
{
	size_t n = 0;
	for (const char *p = strstr(status, "[GNUPG:] VALIDSIG "); p; p = strstr(p + 1, "[GNUPG:] VALIDSIG ")) {
		const char *q = p + strlen("[GNUPG:] VALIDSIG ");
		/* skip 7 fields to the hash algorithm */
		for (int i = 0; i < 7 && q; i++) {
			q = strchr(q, ' ');
			if (q)
				q++;
		}
		if (!q)
			continue;
		int algo = atoi(q);
		if (algo > 3)
			n++;
	}
	return n;
}

int dd_apt_inrelease_verify(const char *gpgv, const char *inrelease, char *const *keyrings, size_t n_keyrings,
	const char *workdir, const char *what, char **text, size_t *len)
{
	size_t argc = 0, max = 10 + 2 * n_keyrings;
	const char **argv = calloc(max + 1, sizeof(*argv));
	char out[4096];
	dd_subprocess_result res = { 0 };
	int rc;
	if (!argv)
		return dd_error_oom();
	snprintf(out, sizeof(out), "%s/signed-text", workdir);
	remove(out);
	argv[argc++] = gpgv ? gpgv : "gpgv";
	argv[argc++] = "--homedir";
	argv[argc++] = workdir;
	argv[argc++] = "--status-fd";
	argv[argc++] = "1";
	for (size_t i = 0; i < n_keyrings; i++) {
		argv[argc++] = "--keyring";
		argv[argc++] = keyrings[i];
	}
	argv[argc++] = "--output";
	argv[argc++] = out;
	argv[argc++] = inrelease;
	rc = dd_subprocess_run(argv, NULL, STATUS_MAX, GPGV_TIMEOUT_MS, &res);
	if (rc == DD_ENOTFOUND) {
		rc = dd_error_set(DD_EUNSUPPORTED, "%s: gpgv is needed to verify apt repositories (Debian package gpgv)", what);
		goto cleanup;
	}
	if (rc)
		goto cleanup;
	/* apt's rule: at least one good signature by a key of the keyrings and
	 * no bad one; a signature by a key the image lacks (NO_PUBKEY: Debian
	 * signs with two or three keys) or an expired one is not counted, and
	 * gpgv's exit code is then non-zero, so it is not what decides */
	if (strong_validsigs(res.out) == 0 || status_has(res.out, "BADSIG")) {
		const char *why = status_has(res.out, "BADSIG") ? "BAD signature (the file was changed after signing)" :
			status_has(res.out, "VALIDSIG") ? "signed with a weak digest (MD5/SHA1/RIPEMD160), which apt refuses" :
			status_has(res.out, "EXPKEYSIG") ? "signed by an expired key" :
			status_has(res.out, "REVKEYSIG") ? "signed by a revoked key" :
			status_has(res.out, "NO_PUBKEY") ? "signed by a key the image does not trust (NO_PUBKEY)" :
			status_has(res.out, "NODATA") ? "no OpenPGP signature in it (NODATA)" : "not verified";
		rc = dd_error_set(DD_EDIGEST, "%s: InRelease signature check failed: %s (gpgv exit %d: %.300s)", what, why,
			res.exit_code, res.err);
		goto cleanup;
	}
	rc = dd_file_read_all("verified InRelease text", out, DD_APT_RELEASE_MAX, text, len);
cleanup:
	remove(out);
	free(res.out);
	free(argv);
	return rc;
}

int dd_apt_release_check_date(const char *text, size_t len, time_t now, const char *what)
{
	dd_deb822 it;
	dd_deb822_stanza *st = malloc(sizeof(*st));
	int rc;
	if (!st)
		return dd_error_oom();
	dd_deb822_init(&it, text, len, false, what);
	rc = dd_deb822_next(&it, st);
	if (rc < 0)
		goto cleanup;
	if (rc == 0) {
		rc = dd_error_set(DD_EFORMAT, "%s: an empty Release file", what);
		goto cleanup;
	}
	rc = 0;
	dd_span vu = dd_deb822_get(st, "Valid-Until");
	if (vu.p && vu.n) {
		char buf[128];
		struct tm tm;
		memset(&tm, 0, sizeof(tm));
		dd_span_cpy(buf, sizeof(buf), vu);
		const char *end = strptime(buf, "%a, %d %b %Y %H:%M:%S", &tm);
		if (!end) {
			rc = dd_error_set(DD_EFORMAT, "%s: Valid-Until '%s' is not a date", what, buf);
			goto cleanup;
		}
		time_t t = timegm(&tm);
		if (t < now)
			rc = dd_error_set(DD_EDIGEST,
				"%s: the Release file expired (Valid-Until %s): a stale or replayed mirror; try another mirror",
				what, buf);
	}
cleanup:
	free(st);
	return rc;
}

static bool hex64(dd_span s)
{
	if (s.n != 64)
		return false;
	for (size_t i = 0; i < 64; i++)
		if (!((s.p[i] >= '0' && s.p[i] <= '9') || (s.p[i] >= 'a' && s.p[i] <= 'f') || (s.p[i] >= 'A' && s.p[i] <= 'F')))
			return false;
	return true;
}

int dd_apt_release_lookup(const char *text, size_t len, const char *name, uint64_t *size, char sha256[65])
{
	dd_deb822 it;
	dd_deb822_stanza *st = malloc(sizeof(*st));
	int rc;
	if (!st)
		return dd_error_oom();
	dd_deb822_init(&it, text, len, false, "Release");
	rc = dd_deb822_next(&it, st);
	if (rc <= 0) {
		if (!rc)
			rc = dd_error_set(DD_EFORMAT, "Release: empty");
		goto cleanup;
	}
	dd_span list = dd_deb822_get(st, "SHA256"), line;
	rc = dd_error_set(DD_ENOTFOUND, "the Release file lists no SHA256 for %s", name);
	while (dd_deb822_value_lines(&list, &line)) {
		dd_span h, sz, path;
		if (!dd_deb822_word(&line, &h) || !dd_deb822_word(&line, &sz) || !dd_deb822_word(&line, &path))
			continue;
		if (!dd_span_eq(path, name))
			continue;
		unsigned long long v;
		if (!hex64(h) || !dd_span_uint(sz, 1ull << 40, &v)) {
			rc = dd_error_set(DD_EFORMAT, "Release: a malformed SHA256 line for %s", name);
			break;
		}
		for (size_t i = 0; i < 64; i++)
			sha256[i] = (char)((h.p[i] >= 'A' && h.p[i] <= 'F') ? h.p[i] + 32 : h.p[i]);
		sha256[64] = '\0';
		*size = v;
		rc = 0;
		dd_error_clear();
		break;
	}
cleanup:
	free(st);
	return rc;
}

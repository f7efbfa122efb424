/* Tests for image keyrings (dearmoring, Signed-By, defaults), InRelease
 * verification with the host's gpgv and the Release SHA256 list. The keys
 * and signatures are made at set-up time by gpg in a throwaway GNUPGHOME. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "fix/apt_keys.h"
#include "fix/apt_release.h"
#include "testutil.h"
#include "util/error.h"

static char dir[256];

static const char release_text[] =
	"Origin: Test\nSuite: stable\nCodename: t\nDate: Mon, 07 Dec 2026 10:00:00 UTC\n"
	"Valid-Until: Mon, 07 Dec 2099 10:00:00 UTC\nArchitectures: amd64\nComponents: main\n"
	"SHA256:\n"
	" 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef 1234 main/binary-amd64/Packages\n"
	" ABCDEF0123456789abcdef0123456789abcdef0123456789abcdef0123456789 99 main/binary-amd64/Packages.xz\n";

static int sh(const char *fmt, const char *arg)
{
	char cmd[2048];
	snprintf(cmd, sizeof(cmd), fmt, dir, arg, dir, dir, dir);
	return system(cmd);
}

static int setup(void **state)
{
	(void)state;
	if (system("command -v gpg >/dev/null && command -v gpgv >/dev/null") != 0) {
		fprintf(stderr, "SKIP: gpg/gpgv not installed\n");
		exit(DD_SKIP_EXIT);
	}
	snprintf(dir, sizeof(dir), "/tmp/dd-apt-release-XXXXXX");
	if (!mkdtemp(dir))
		return -1;
	char path[512];
	snprintf(path, sizeof(path), "%s/Release", dir);
	FILE *f = fopen(path, "w");
	if (!f)
		return -1;
	fputs(release_text, f);
	fclose(f);
	/* two keys: the repository's and another one; a home per key */
	const char *script =
		"set -e; d=%s; for k in repo other; do mkdir -m 700 $d/$k; "
		"GNUPGHOME=$d/$k gpg --batch --quiet --passphrase '' --quick-gen-key \"$k <$k@test>\" ed25519 sign never 2>/dev/null; "
		"GNUPGHOME=$d/$k gpg --batch --armor --export > $d/$k.asc; GNUPGHOME=$d/$k gpg --batch --export > $d/$k.gpg; done; "
		"GNUPGHOME=$d/repo gpg --batch --quiet --digest-algo SHA256 --clearsign -o $d/InRelease $d/Release; "
		"GNUPGHOME=$d/other gpg --batch --quiet --clearsign -o $d/InRelease.other $d/Release; "
		"sed 's/Codename: t/Codename: u/' $d/InRelease > $d/InRelease.bad; "
		"GNUPGHOME=$d/repo gpg --batch --quiet --digest-algo SHA1 --clearsign -o $d/InRelease.sha1 $d/Release; "
		"sed 's/2099/2001/' $d/Release > $d/Release.old; "
		"GNUPGHOME=$d/repo gpg --batch --quiet --clearsign -o $d/InRelease.old $d/Release.old; mkdir -m 700 $d/work #%s%s%s%s";
	return sh(script, "") == 0 ? 0 : -1;
}

static int teardown(void **state)
{
	(void)state;
	char cmd[512];
	snprintf(cmd, sizeof(cmd), "rm -rf %s", dir);
	return system(cmd) == 0 ? 0 : -1;
}

static unsigned char *slurp(const char *name, size_t *len)
{
	char path[512];
	snprintf(path, sizeof(path), "%s/%s", dir, name);
	return (unsigned char *)dd_test_read_file(path, len);
}

static void test_dearmor(void **state)
{
	(void)state;
	size_t alen, blen, olen;
	unsigned char *asc = slurp("repo.asc", &alen), *bin = slurp("repo.gpg", &blen), *out = NULL;
	assert_non_null(asc);
	assert_non_null(bin);
	assert_int_equal(dd_apt_dearmor((char *)asc, alen, &out, &olen, "repo.asc"), 0);
	assert_int_equal(olen, blen);
	assert_memory_equal(out, bin, blen);
	free(out);
	assert_int_equal(dd_apt_dearmor("hello\n", 6, &out, &olen, "x"), DD_EFORMAT);
	const char *bad = "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmDM*\n-----END PGP PUBLIC KEY BLOCK-----\n";
	assert_int_equal(dd_apt_dearmor(bad, strlen(bad), &out, &olen, "x"), DD_EFORMAT);
	free(asc);
	free(bin);
}

/* Verifies InRelease file `name` with the keyrings the image files give
 * for signed_by; returns the code, the text in *text. */
static int verify(const char *name, const dd_apt_file *files, size_t n, const char *signed_by, char **text, size_t *len)
{
	char **rings = NULL, work[512], in[512];
	size_t n_rings = 0;
	static unsigned tag;
	snprintf(work, sizeof(work), "%s/work", dir);
	snprintf(in, sizeof(in), "%s/%s", dir, name);
	int rc = dd_apt_keyrings_write(files, n, signed_by, work, tag++, "test source", &rings, &n_rings);
	if (rc)
		return rc;
	rc = dd_apt_inrelease_verify("gpgv", in, rings, n_rings, work, "test source", text, len);
	for (size_t i = 0; i < n_rings; i++)
		unlink(rings[i]);
	dd_apt_keyrings_free(rings, n_rings);
	return rc;
}

static void test_verify(void **state)
{
	(void)state;
	size_t alen, olen, blen;
	unsigned char *asc = slurp("repo.asc", &alen), *other = slurp("other.gpg", &olen), *bin = slurp("repo.gpg", &blen);
	assert_non_null(asc);
	assert_non_null(other);
	assert_non_null(bin);
	/* the default keyrings: trusted.gpg.d with an armored key among others */
	dd_apt_file files[] = {
		{ "etc/apt/trusted.gpg.d/other.gpg", other, olen },
		{ "etc/apt/trusted.gpg.d/repo.asc", asc, alen },
		{ "etc/apt/trusted.gpg.d/README", (const unsigned char *)"x", 1 },
		{ "usr/share/keyrings/repo-keyring.gpg", bin, blen },
	};
	char *text = NULL;
	size_t len = 0;
	assert_int_equal(verify("InRelease", files, 4, NULL, &text, &len), 0);
	assert_string_equal(text, release_text);
	uint64_t size;
	char hex[65];
	assert_int_equal(dd_apt_release_lookup(text, len, "main/binary-amd64/Packages", &size, hex), 0);
	assert_int_equal(size, 1234);
	assert_string_equal(hex, "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
	assert_int_equal(dd_apt_release_lookup(text, len, "main/binary-amd64/Packages.xz", &size, hex), 0);
	assert_string_equal(hex, "abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789");
	assert_int_equal(dd_apt_release_lookup(text, len, "main/binary-i386/Packages", &size, hex), DD_ENOTFOUND);
	assert_int_equal(dd_apt_release_check_date(text, len, time(NULL), "t"), 0);
	free(text);

	/* Signed-By a file of the image: the right one, a wrong one, a missing one */
	assert_int_equal(verify("InRelease", files, 4, "/usr/share/keyrings/repo-keyring.gpg", &text, &len), 0);
	free(text);
	assert_int_equal(verify("InRelease", files, 4, "/etc/apt/trusted.gpg.d/other.gpg", &text, &len), DD_EDIGEST);
	assert_non_null(strstr(dd_error_last(), "does not trust"));
	assert_int_equal(verify("InRelease", files, 4, "/etc/apt/keyrings/none.gpg", &text, &len), DD_ENOTFOUND);
	assert_non_null(strstr(dd_error_last(), "not in the image"));
	assert_int_equal(verify("InRelease", files, 4, "0123456789ABCDEF0123456789ABCDEF01234567", &text, &len),
		DD_EUNSUPPORTED);
	/* an inline armored key */
	char *inline_key = strndup((char *)asc, alen);
	assert_non_null(inline_key);
	assert_int_equal(verify("InRelease", files, 0, inline_key, &text, &len), 0);
	free(text);
	free(inline_key);

	/* changed after signing; signed by a key the image lacks; SHA1; no keys */
	assert_int_equal(verify("InRelease.bad", files, 4, NULL, &text, &len), DD_EDIGEST);
	assert_non_null(strstr(dd_error_last(), "BAD signature"));
	assert_int_equal(verify("InRelease.other", files + 1, 1, NULL, &text, &len), DD_EDIGEST);
	assert_non_null(strstr(dd_error_last(), "NO_PUBKEY"));
	assert_int_equal(verify("InRelease.sha1", files, 4, NULL, &text, &len), DD_EDIGEST);
	assert_non_null(strstr(dd_error_last(), "weak digest"));
	assert_int_equal(verify("Release", files, 4, NULL, &text, &len), DD_EDIGEST);
	assert_int_equal(verify("InRelease", files + 2, 1, NULL, &text, &len), DD_ENOTFOUND);
	assert_non_null(strstr(dd_error_last(), "no apt keyring"));

	/* a signed but expired Release (replay) */
	assert_int_equal(verify("InRelease.old", files, 4, NULL, &text, &len), 0);
	assert_int_equal(dd_apt_release_check_date(text, len, time(NULL), "t"), DD_EDIGEST);
	assert_non_null(strstr(dd_error_last(), "expired"));
	free(text);
	free(asc);
	free(other);
	free(bin);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_dearmor),
		cmocka_unit_test(test_verify),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}

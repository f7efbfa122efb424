/*
 * apk signatures (apk_internal.h), as apk-tools 2 checks them: the first
 * gzip member of an APKINDEX.tar.gz or .apk is a tar holding one file
 * ".SIGN.RSA.<key name>" (RSA PKCS#1 v1.5 over the SHA-1 of the next
 * member's compressed bytes) or ".SIGN.RSA256.<key name>" (SHA-256). The
 * key is the file of that name in the image's etc/apk/keys: the image's own
 * trust, never the host's.
 */
#include <openssl/pem.h>
#include <string.h>
#include <unistd.h>

#include "fix/apk_internal.h"
#include "image/tar.h"
#include "util/error.h"
#include "util/str.h"

#define MAX_SIG 8192

static int verify_with(EVP_PKEY *key, const EVP_MD *md, const unsigned char *sig, size_t sig_len, int fd,
	uint64_t off, uint64_t end, bool *ok)
{
	unsigned char buf[65536];
	EVP_MD_CTX *ctx = EVP_MD_CTX_new();
	int rc = 0;
	*ok = false;
	if (!ctx || EVP_DigestVerifyInit(ctx, NULL, md, NULL, key) != 1) {
		rc = dd_error_set(DD_ERROR, "cannot set up the signature check");
		goto cleanup;
	}
	for (uint64_t pos = off; pos < end;) {
		size_t want = end - pos < sizeof(buf) ? (size_t)(end - pos) : sizeof(buf);
		ssize_t n = pread(fd, buf, want, (off_t)pos);
		if (n <= 0) {
			rc = dd_error_set(DD_EIO, "read at %llu failed", (unsigned long long)pos);
			goto cleanup;
		}
		EVP_DigestVerifyUpdate(ctx, buf, (size_t)n);
		pos += (uint64_t)n;
	}
	*ok = EVP_DigestVerifyFinal(ctx, sig, sig_len) == 1;
cleanup:
	EVP_MD_CTX_free(ctx);
	return rc;
}

int dd_apk_verify(const dd_fix_files *files, const char *sig, size_t sig_len, int fd, uint64_t off, uint64_t end,
	const char *what)
{
	dd_reader *in = NULL;
	dd_tar *t = NULL;
	char *blob = NULL, *keyname = NULL;
	size_t blob_len = 0;
	const EVP_MD *md = NULL;
	int rc = dd_reader_from_memory(&in, sig, sig_len);
	if (rc == 0)
		rc = dd_tar_open(&t, in, NULL, what);
	const dd_tar_entry *e;
	while (rc == 0 && (rc = dd_tar_next(t, &e)) == 0) {
		const char *name = e->path;
		const char *k = NULL;
		if (dd_starts_with(name, ".SIGN.RSA256.")) {
			k = name + 13;
			md = EVP_sha256();
		} else if (dd_starts_with(name, ".SIGN.RSA.")) {
			k = name + 10;
			md = EVP_sha1();
		} else {
			continue;
		}
		if (!*k || strchr(k, '/') || e->size > MAX_SIG) {
			rc = dd_error_set(DD_EFORMAT, "%s: malformed signature entry '%s'", what, name);
			break;
		}
		if (!(keyname = dd_strdup(k))) {
			rc = dd_error_oom();
			break;
		}
		rc = dd_reader_read_all(dd_tar_content(t), MAX_SIG, &blob, &blob_len);
		break;
	}
	if (rc == DD_ITEROVER)
		rc = 0;
	if (rc == 0 && !keyname)
		rc = dd_error_set(DD_EDIGEST, "%s is not signed (no .SIGN.RSA entry); refusing it", what);
	if (rc < 0)
		goto cleanup;
	char path[512];
	snprintf(path, sizeof(path), "etc/apk/keys/%s", keyname);
	const dd_fix_file *kf = dd_fix_files_get(files, path);
	if (!kf || !kf->data) {
		rc = dd_error_set(DD_ENOTFOUND, "%s is signed with the key '%s', which the image does not trust "
			"(no /%s); refusing it", what, keyname, path);
		goto cleanup;
	}
	BIO *bio = BIO_new_mem_buf(kf->data, (int)kf->len);
	EVP_PKEY *key = bio ? PEM_read_bio_PUBKEY(bio, NULL, NULL, NULL) : NULL;
	BIO_free(bio);
	if (!key) {
		rc = dd_error_set(DD_EFORMAT, "/%s is not a PEM public key; cannot check %s", path, what);
		goto cleanup;
	}
	bool ok = false;
	rc = verify_with(key, md, (const unsigned char *)blob, blob_len, fd, off, end, &ok);
	EVP_PKEY_free(key);
	if (rc == 0 && !ok)
		rc = dd_error_set(DD_EDIGEST, "%s: the signature by '%s' does not verify (tampered or signed by "
			"another key); refusing it", what, keyname);
cleanup:
	free(blob);
	free(keyname);
	dd_tar_free(t);
	dd_reader_close(in);
	return rc;
}

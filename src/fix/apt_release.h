/*
 * A suite's InRelease: verified with gpgv against the image's keyrings as
 * apt does, then read for the indexes it vouches for. The one idea: only
 * the text gpgv itself writes out as signed (--output) is parsed, never the
 * file around it, so nothing outside the signature can add or change an
 * index line (the attack clearsigned files invite).
 */
#ifndef DD_FIX_APT_RELEASE_H
#define DD_FIX_APT_RELEASE_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#define DD_APT_RELEASE_MAX (32u << 20)

/* Runs gpgv (its path; "gpgv" looks it up on PATH) on the InRelease file at
 * inrelease with one --keyring per path, in the private directory workdir
 * (its homedir and output file). On a good signature that apt would accept
 * (exit 0, VALIDSIG, no BADSIG/EXPKEYSIG/REVKEYSIG, not a weak MD5/SHA1/
 * RIPEMD160 digest) *text is the signed text (malloc'ed, NUL-terminated).
 * Anything else is DD_EDIGEST naming `what` and what gpgv said. */
int dd_apt_inrelease_verify(const char *gpgv, const char *inrelease, char *const *keyrings, size_t n_keyrings,
	const char *workdir, const char *what, char **text, size_t *len);

/* DD_EDIGEST when the Release text has a Valid-Until before now (apt's
 * replay protection), DD_EFORMAT when it cannot be read. */
int dd_apt_release_check_date(const char *text, size_t len, time_t now, const char *what);

/* The size and SHA-256 (64 lowercase hex digits) the Release text's SHA256
 * section gives for an index path ("main/binary-amd64/Packages.xz");
 * DD_ENOTFOUND when it lists no such file. */
int dd_apt_release_lookup(const char *text, size_t len, const char *name, uint64_t *size, char sha256[65]);

#endif

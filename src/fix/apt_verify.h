/*
 * A downloaded apt file checked against the size and SHA-256 its signed
 * index gives. The one idea: nothing fetched is trusted for being fetched
 * (Debian mirrors are plain http); every byte is vouched for by a
 * signature the image trusts before a parser other than gpgv's sees it.
 */
#ifndef DD_FIX_APT_VERIFY_H
#define DD_FIX_APT_VERIFY_H

#include <stdint.h>

/* Checks that the file at path has exactly size bytes and the SHA-256
 * sha256_hex (64 hex digits) its signed index gives; DD_EDIGEST naming
 * `what` when not. */
int dd_apt_file_verify(const char *path, uint64_t size, const char *sha256_hex, const char *what);

#endif

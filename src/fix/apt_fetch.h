/*
 * Downloads for the apt backend: InRelease, Packages indexes and .debs, to
 * a file in the fix's private work directory. The one idea: nothing fetched
 * is trusted for being fetched (Debian mirrors are plain http); a size cap
 * bounds what a hostile mirror can send, and the caller verifies every
 * byte (signature, then the SHA-256 the signed text gives).
 */
#ifndef DD_FIX_APT_FETCH_H
#define DD_FIX_APT_FETCH_H

#include <stdbool.h>
#include <stdint.h>

/* Fetches url (http://, https://; file: only when allow_file, i.e. from the
 * user's own --sources) into dest, at most max bytes (DD_ELIMIT beyond).
 * HTTP 404 is DD_ENOTFOUND, other failures DD_ENET naming the URL. */
int dd_apt_fetch(const char *url, const char *dest, uint64_t max, bool allow_file);

/* Checks that the file at path has exactly size bytes and the SHA-256
 * sha256_hex (64 hex digits) its signed index gives; DD_EDIGEST naming
 * `what` when not. */
int dd_apt_file_verify(const char *path, uint64_t size, const char *sha256_hex, const char *what);

#endif

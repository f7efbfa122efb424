/*
 * The keyrings apt would check a source's InRelease with, taken from the
 * IMAGE (never the host): the source's Signed-By (file paths, or an armored
 * key written inline in a .sources stanza), else etc/apt/trusted.gpg and
 * etc/apt/trusted.gpg.d/{*.gpg,*.asc}. The one idea: gpgv reads binary
 * OpenPGP keyrings only (an armored file is "invalid packet" to it), so
 * armored keys are dearmored here, and every keyring is written as its own
 * file into a private directory that gpgv then gets one --keyring each.
 */
#ifndef DD_FIX_APT_KEYS_H
#define DD_FIX_APT_KEYS_H

#include <stdbool.h>
#include <stddef.h>

/* A file of the image's final view (path image-relative, "etc/apt/..."). */
typedef struct dd_apt_file {
	const char *path;
	const unsigned char *data;
	size_t len;
} dd_apt_file;

#define DD_APT_KEYRING_MAX (8u << 20)

/* True for the image paths apt may take keys from by default or by a
 * usual Signed-By (the backend keeps these from the final view). */
bool dd_apt_key_path(const char *path);

/* Decodes ASCII-armored OpenPGP data (one or more blocks) into binary
 * packets; *out is malloc'ed. DD_EFORMAT when there is no valid block. */
int dd_apt_dearmor(const char *text, size_t len, unsigned char **out, size_t *outlen, const char *what);

/* Writes the keyrings for a source with the given Signed-By (NULL: the
 * default ones) into dir as key-<tag>-<n>.gpg and returns their paths
 * (*paths: malloc'ed array of malloc'ed strings). A Signed-By file missing
 * from the image, a fingerprint (not supported), or no keyring at all is
 * an error naming the source `where`. */
int dd_apt_keyrings_write(const dd_apt_file *files, size_t n_files, const char *signed_by, const char *dir,
	unsigned tag, const char *where, char ***paths, size_t *n_paths);
void dd_apt_keyrings_free(char **paths, size_t n);

#endif

/*
 * The OCI layout sink: an image draft into blobs/sha256/<hex>, oci-layout
 * and index.json of a directory, the layout `oci:DIR:TAG` reads back (and
 * skopeo, umoci).
 *
 * The one idea: nothing a reader can see is ever half written. A blob is
 * streamed to a temporary file in blobs/sha256, hashed on the way, and
 * renamed to its digest only when the hash matches (a base blob that no
 * longer matches its digest is an error, not a corrupt layout). index.json
 * is read, changed (the tag moved to the new manifest, every other entry
 * kept) and written to a temporary file renamed over the old one; blobs go
 * first, so the index never names a blob that is not there. Concurrent
 * writers of one layout serialize on a lock file (flock) around the
 * read-change-rename of index.json.
 */
#include <errno.h>
#include <fcntl.h>
#include <jansson.h>
#include <openssl/evp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "image/writer.h"
#include "util/error.h"
#include "util/str.h"

#define INDEX_MAX (4u << 20)
#define INDEX_ENTRIES_MAX 10000
#define COPY_CHUNK (64u << 10)
#define REF_NAME "org.opencontainers.image.ref.name"

static int mkdir_p(const char *path)
{
	if (mkdir(path, 0755) == 0 || errno == EEXIST)
		return 0;
	return dd_error_set(DD_EIO, "OCI layout: cannot create %s: %s", path, strerror(errno));
}

static int write_fd_all(int fd, const void *p, size_t n, const char *path)
{
	const char *c = p;
	while (n) {
		ssize_t k = write(fd, c, n);
		if (k < 0 && errno == EINTR)
			continue;
		if (k < 0)
			return dd_error_set(DD_EIO, "OCI layout: writing %s: %s", path, strerror(errno));
		c += k;
		n -= (size_t)k;
	}
	return 0;
}

/* A temporary file beside final, renamed over it once complete. */
static int commit_file(const char *tmp, int fd, const char *final)
{
	if (fsync(fd) != 0 || close(fd) != 0) {
		int e = errno;
		unlink(tmp);
		return dd_error_set(DD_EIO, "OCI layout: %s: %s", tmp, strerror(e));
	}
	if (rename(tmp, final) != 0) {
		int e = errno;
		unlink(tmp);
		return dd_error_set(DD_EIO, "OCI layout: renaming to %s: %s", final, strerror(e));
	}
	return 0;
}

static int write_small_file(const char *dir, const char *name, const char *data, size_t len)
{
	char *final = dd_asprintf("%s/%s", dir, name), *tmp = dd_asprintf("%s/.%s.XXXXXX", dir, name);
	int rc = 0, fd = -1;
	if (!final || !tmp) {
		rc = dd_error_oom();
		goto out;
	}
	if ((fd = mkstemp(tmp)) < 0) {
		rc = dd_error_set(DD_EIO, "OCI layout: cannot create a file in %s: %s", dir, strerror(errno));
		goto out;
	}
	fchmod(fd, 0644);
	if ((rc = write_fd_all(fd, data, len, tmp)) != 0) {
		close(fd);
		unlink(tmp);
		goto out;
	}
	rc = commit_file(tmp, fd, final);
out:
	free(final);
	free(tmp);
	return rc;
}

static bool blob_present(const char *path, uint64_t size)
{
	struct stat st;
	return stat(path, &st) == 0 && S_ISREG(st.st_mode) && (uint64_t)st.st_size == size;
}

/* Streams one blob into blobs/sha256/<hex>, checking size and digest. */
static int write_blob(const dd_image_draft *d, const char *dir, const dd_descriptor *desc)
{
	const char *hex = desc->digest + 7;
	char *final = dd_asprintf("%s/blobs/sha256/%s", dir, hex);
	char *tmp = dd_asprintf("%s/blobs/sha256/.tmp-%.16s-XXXXXX", dir, hex);
	unsigned char *buf = malloc(COPY_CHUNK);
	EVP_MD_CTX *md = EVP_MD_CTX_new();
	dd_reader *r = NULL;
	int fd = -1, rc = 0;
	uint64_t got = 0;
	if (!final || !tmp || !buf || !md) {
		rc = dd_error_oom();
		goto out;
	}
	if (blob_present(final, desc->size))
		goto out;   /* content-addressed: same name and size, written by a writer that checked it */
	if ((rc = dd_image_draft_open_blob(d, desc, &r)) != 0)
		goto out;
	if ((fd = mkstemp(tmp)) < 0) {
		rc = dd_error_set(DD_EIO, "OCI layout: cannot create a file in %s/blobs/sha256: %s", dir, strerror(errno));
		goto out;
	}
	fchmod(fd, 0644);
	EVP_DigestInit_ex(md, EVP_sha256(), NULL);
	for (;;) {
		ssize_t n = dd_reader_read(r, buf, COPY_CHUNK);
		if (n < 0) {
			rc = dd_error_prefix((int)n, "OCI layout: blob %s", desc->digest);
			break;
		}
		if (n == 0)
			break;
		got += (uint64_t)n;
		if (got > desc->size) {
			rc = dd_error_set(DD_EDIGEST, "OCI layout: blob %s is longer than its %llu bytes", desc->digest,
				(unsigned long long)desc->size);
			break;
		}
		EVP_DigestUpdate(md, buf, (size_t)n);
		if ((rc = write_fd_all(fd, buf, (size_t)n, tmp)) != 0)
			break;
	}
	if (!rc) {
		char have[72];
		unsigned char h[EVP_MAX_MD_SIZE];
		unsigned hn = 0;
		EVP_DigestFinal_ex(md, h, &hn);
		dd_sha256_name(h, have);
		if (got != desc->size || strcmp(have, desc->digest))
			rc = dd_error_set(DD_EDIGEST, "OCI layout: blob %s: its bytes (%llu, %s) do not match the descriptor "
				"(%llu bytes); nothing was written", desc->digest, (unsigned long long)got, have,
				(unsigned long long)desc->size);
	}
	if (rc) {
		close(fd);
		unlink(tmp);
		goto out;
	}
	rc = commit_file(tmp, fd, final);
out:
	dd_reader_close(r);
	EVP_MD_CTX_free(md);
	free(buf);
	free(final);
	free(tmp);
	return rc;
}

/* index.json with tag moved to the new manifest; other entries kept. */
static int new_index(const char *dir, const dd_image_draft *d, const char *tag, char **out)
{
	char *path = dd_asprintf("%s/index.json", dir), *old = NULL;
	size_t old_len = 0;
	json_t *idx = NULL;
	int rc = 0;
	if (!path)
		return dd_error_oom();
	rc = dd_file_read_all("OCI layout index", path, INDEX_MAX, &old, &old_len);
	if (rc == DD_ENOTFOUND) {
		dd_error_clear();
		rc = 0;
		idx = json_pack("{s:i,s:s,s:[]}", "schemaVersion", 2, "mediaType", "application/vnd.oci.image.index.v1+json",
			"manifests");
	} else if (!rc) {
		json_error_t jerr;
		idx = json_loadb(old, old_len, 0, &jerr);
		if (!json_is_object(idx) || !json_is_array(json_object_get(idx, "manifests"))) {
			rc = dd_error_set(DD_EFORMAT, "OCI layout %s: index.json is not an image index (%s); refusing to replace it",
				dir, jerr.text);
			goto out;
		}
	} else {
		goto out;
	}
	if (!idx) {
		rc = dd_error_oom();
		goto out;
	}
	json_t *ms = json_object_get(idx, "manifests");
	if (json_array_size(ms) >= INDEX_ENTRIES_MAX) {
		rc = dd_error_set(DD_ELIMIT, "OCI layout %s: index.json lists %zu manifests (limit %d)", dir,
			json_array_size(ms), INDEX_ENTRIES_MAX);
		goto out;
	}
	for (size_t i = json_array_size(ms); i-- > 0;) {
		const char *name = json_string_value(json_object_get(json_object_get(json_array_get(ms, i), "annotations"), REF_NAME));
		if (name && !strcmp(name, tag))
			json_array_remove(ms, i);
	}
	json_t *e = json_pack("{s:s,s:s,s:I,s:{s:s}}", "mediaType", d->manifest_media_type, "digest", d->manifest_digest,
		"size", (json_int_t)d->manifest_len, "annotations", REF_NAME, tag);
	if (!e || json_array_append_new(ms, e) != 0 || !(*out = json_dumps(idx, JSON_COMPACT)))
		rc = dd_error_oom();
out:
	json_decref(idx);
	free(old);
	free(path);
	return rc;
}

static bool tag_ok(const char *t)
{
	/* the OCI ref.name grammar, loosely: printable, no '/' (dd_split_path_tag splits at the last ':') */
	if (!t || !*t || strlen(t) > 128)
		return false;
	for (; *t; t++)
		if ((unsigned char)*t <= 0x20 || *t == 0x7f || *t == '/' || *t == ':')
			return false;
	return true;
}

int dd_oci_layout_write(const dd_image_draft *d, const char *dir, const char *tag)
{
	char *blobs = NULL, *sha = NULL, *lock = NULL, *index = NULL;
	int rc = 0, lfd = -1;
	dd_descriptor mdesc = { .digest = (char *)d->manifest_digest, .size = d->manifest_len };
	dd_descriptor cdesc = { .digest = (char *)d->config_digest, .size = d->config_len };
	if (!tag_ok(tag))
		return dd_error_set(DD_EINVAL, "OCI layout: tag '%.100s' is empty, too long or has '/', ':' or spaces", tag ? tag : "");
	blobs = dd_asprintf("%s/blobs", dir);
	sha = dd_asprintf("%s/blobs/sha256", dir);
	lock = dd_asprintf("%s/.drydock-index.lock", dir);
	if (!blobs || !sha || !lock) {
		rc = dd_error_oom();
		goto out;
	}
	if ((rc = mkdir_p(dir)) != 0 || (rc = mkdir_p(blobs)) != 0 || (rc = mkdir_p(sha)) != 0)
		goto out;
	for (size_t i = 0; i < d->n_layers; i++)
		if ((rc = write_blob(d, dir, &d->layers[i])) != 0)
			goto out;
	if ((rc = write_blob(d, dir, &cdesc)) != 0)
		goto out;
	/* the manifest is in memory: written like the others, checked the same */
	{
		char *final = dd_asprintf("%s/blobs/sha256/%s", dir, d->manifest_digest + 7);
		if (!final) {
			rc = dd_error_oom();
			goto out;
		}
		if (!blob_present(final, mdesc.size))
			rc = write_small_file(sha, d->manifest_digest + 7, d->manifest, d->manifest_len);
		free(final);
		if (rc)
			goto out;
	}
	if ((lfd = open(lock, O_RDWR | O_CREAT | O_CLOEXEC, 0644)) < 0 || flock(lfd, LOCK_EX) != 0) {
		rc = dd_error_set(DD_EIO, "OCI layout: cannot lock %s: %s", lock, strerror(errno));
		goto out;
	}
	static const char layout[] = "{\"imageLayoutVersion\":\"1.0.0\"}";
	char *olpath = dd_asprintf("%s/oci-layout", dir);
	bool have_layout = olpath && access(olpath, F_OK) == 0;
	free(olpath);
	if (!have_layout && (rc = write_small_file(dir, "oci-layout", layout, sizeof(layout) - 1)) != 0)
		goto out;
	if ((rc = new_index(dir, d, tag, &index)) != 0)
		goto out;
	rc = write_small_file(dir, "index.json", index, strlen(index));
out:
	if (lfd >= 0)
		close(lfd);   /* releases the lock */
	free(index);
	free(blobs);
	free(sha);
	free(lock);
	return rc;
}

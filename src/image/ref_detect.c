/*
 * A plain path as an image reference (`drydock scan ./app.tar`), as Trivy's
 * --input and Grype's autodetection take it: the transport is read off what
 * is on disk. A directory with index.json is an OCI layout, any other
 * directory a root filesystem; a file is a docker save archive (manifest.json),
 * an OCI archive (index.json), or, starting with '{', a JSON SBOM.
 *
 * The one idea: a path must never be mistaken for a registry name nor the
 * reverse. What starts with '/', './' or '../' is a path (and must exist);
 * a bare name is a path only when it exists here, and the caller is told
 * that it could also have been a registry reference.
 */
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "drydock/drydock.h"
#include "image/archive.h"
#include "util/error.h"
#include "util/str.h"

static const char *const transports[] = { "docker://", "oci:", "oci-archive:", "docker-archive:", "dir:", "sbom:" };

static bool has_transport(const char *ref)
{
	for (size_t i = 0; i < sizeof(transports) / sizeof(*transports); i++)
		if (dd_starts_with(ref, transports[i]))
			return true;
	return false;
}

static bool path_like(const char *ref)
{
	return ref[0] == '/' || dd_starts_with(ref, "./") || dd_starts_with(ref, "../") || !strcmp(ref, ".") ||
	       !strcmp(ref, "..");
}

/* The first byte that is not white space, or -1 (empty, unreadable). */
static int first_byte(const char *path)
{
	unsigned char buf[256];
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
	if (fd < 0)
		return -1;
	ssize_t n = read(fd, buf, sizeof(buf));
	close(fd);
	for (ssize_t i = 0; i < n; i++)
		if (buf[i] != ' ' && buf[i] != '\t' && buf[i] != '\r' && buf[i] != '\n')
			return buf[i];
	return -1;
}

static int file_transport(const char *path, const char **transport)
{
	int c = first_byte(path);
	if (c == '{') {
		*transport = "sbom:";
		return 0;
	}
	dd_archive *a = NULL;
	int rc = dd_archive_open(&a, path, false);
	if (rc)
		return dd_error_prefix(rc, "%s is not an image archive (a docker save or OCI tar), an OCI layout, "
			"a directory or a JSON SBOM", path);
	uint64_t size;
	/* `docker save` from Docker 25 on writes both: the OCI index has the
	 * real manifest and its digest, so it wins */
	if (dd_archive_member_size(a, "index.json", &size) == 0)
		*transport = "oci-archive:";
	else if (dd_archive_member_size(a, "manifest.json", &size) == 0)
		*transport = "docker-archive:";
	else
		rc = dd_error_set(DD_EFORMAT, "%s is a tar but neither a docker save archive (manifest.json) nor an OCI "
			"archive (index.json); for a root filesystem, unpack it and scan the directory", path);
	dd_archive_free(a);
	return rc;
}

int dd_ref_from_path(char **out, const char *ref, bool *ambiguous)
{
	struct stat st;
	const char *transport;
	int rc;
	*out = NULL;
	*ambiguous = false;
	if (!ref || !*ref || has_transport(ref))
		return 0;
	bool is_path = path_like(ref);
	if (stat(ref, &st) != 0) {
		if (!is_path)
			return 0;
		/* "./layout:tag", "./saved.tar:app:1.0": the path is what
		 * exists before the first ':' that leaves one */
		for (const char *colon = strchr(ref, ':'); colon; colon = strchr(colon + 1, ':')) {
			char *base = strndup(ref, (size_t)(colon - ref));
			if (!base)
				return dd_error_oom();
			if (stat(base, &st) != 0)
				rc = 1;
			else if (S_ISDIR(st.st_mode)) {
				transport = "oci:";
				rc = 0;
			} else
				rc = file_transport(base, &transport);
			free(base);
			if (rc < 0)
				return rc;
			if (rc == 0) {
				*out = dd_asprintf("%s%s", transport, ref);
				return *out ? 0 : dd_error_oom();
			}
		}
		return dd_error_set(DD_ENOTFOUND, "%s: no such file or directory (a path, as it starts with '%c'; "
			"a registry image is NAME:TAG or docker://HOST/NAME:TAG)", ref, ref[0]);
	}
	*ambiguous = !is_path;
	if (S_ISDIR(st.st_mode)) {
		char *idx = dd_asprintf("%s/index.json", ref);
		if (!idx)
			return dd_error_oom();
		transport = access(idx, F_OK) == 0 ? "oci:" : "dir:";
		free(idx);
	} else if (S_ISREG(st.st_mode)) {
		if ((rc = file_transport(ref, &transport)) != 0)
			return rc;
	} else
		return dd_error_set(DD_EINVAL, "%s is neither a file nor a directory", ref);
	*out = dd_asprintf("%s%s", transport, ref);
	return *out ? 0 : dd_error_oom();
}

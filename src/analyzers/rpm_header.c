/*
 * rpm header blob parser (see rpm_header.h). The one idea: the index says
 * where each tag's data is, and none of it is trusted; every entry we use is
 * checked against the data store's bounds before a byte of it is read, and
 * strings must end with a NUL inside the store.
 */
#include <string.h>

#include "analyzers/rpm_header.h"
#include "util/error.h"

enum {
	TAG_NAME = 1000,
	TAG_VERSION = 1001,
	TAG_RELEASE = 1002,
	TAG_EPOCH = 1003,
	TAG_VENDOR = 1011,
	TAG_LICENSE = 1014,
	TAG_ARCH = 1022,
	TAG_SOURCERPM = 1044,
};

enum {
	TYPE_INT32 = 4,
	TYPE_STRING = 6,
	TYPE_STRING_ARRAY = 8,
	TYPE_I18NSTRING = 9,
};

static uint32_t be32(const uint8_t *p)
{
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

/* A string-typed entry's (first) string. */
static int get_string(const uint8_t *data, uint32_t dl, uint32_t type, uint32_t off, uint32_t count,
	uint32_t tag, dd_slice *out)
{
	if (type != TYPE_STRING && type != TYPE_STRING_ARRAY && type != TYPE_I18NSTRING)
		return dd_error_set(DD_EFORMAT, "rpm header: tag %u has type %u, not a string", tag, type);
	if (count == 0 || off >= dl)
		return dd_error_set(DD_EFORMAT, "rpm header: tag %u points outside the header data", tag);
	const uint8_t *s = data + off;
	const uint8_t *nul = memchr(s, '\0', dl - off);
	if (!nul)
		return dd_error_set(DD_EFORMAT, "rpm header: tag %u is not NUL-terminated", tag);
	out->p = (const char *)s;
	out->n = (size_t)(nul - s);
	return 0;
}

int dd_rpm_header_parse(const uint8_t *blob, size_t len, dd_rpm_header *out)
{
	memset(out, 0, sizeof(*out));
	if (len < 8)
		return dd_error_set(DD_EFORMAT, "rpm header: %zu bytes is too short for a header", len);
	uint32_t il = be32(blob), dl = be32(blob + 4);
	if (il == 0 || il > DD_RPM_HEADER_MAX_TAGS || dl > DD_RPM_HEADER_MAX_DATA)
		return dd_error_set(DD_EFORMAT, "rpm header: implausible counts (%u tags, %u data bytes)", il, dl);
	uint64_t need = 8 + (uint64_t)il * 16 + dl;
	if (need > len)
		return dd_error_set(DD_EFORMAT, "rpm header: truncated (%zu bytes, header says %llu)", len,
			(unsigned long long)need);
	const uint8_t *index = blob + 8, *data = index + (size_t)il * 16;
	int rc;
	for (uint32_t i = 0; i < il; i++) {
		const uint8_t *e = index + (size_t)i * 16;
		uint32_t tag = be32(e), type = be32(e + 4), off = be32(e + 8), count = be32(e + 12);
		dd_slice *dst = NULL;
		switch (tag) {
		case TAG_NAME: dst = &out->name; break;
		case TAG_VERSION: dst = &out->version; break;
		case TAG_RELEASE: dst = &out->release; break;
		case TAG_ARCH: dst = &out->arch; break;
		case TAG_SOURCERPM: dst = &out->sourcerpm; break;
		case TAG_LICENSE: dst = &out->license; break;
		case TAG_VENDOR: dst = &out->vendor; break;
		case TAG_EPOCH:
			if (type != TYPE_INT32 || count == 0 || off % 4 || off > dl || dl - off < 4)
				return dd_error_set(DD_EFORMAT, "rpm header: malformed EPOCH entry");
			out->epoch = be32(data + off);
			out->has_epoch = true;
			continue;
		default:
			continue;
		}
		if ((rc = get_string(data, dl, type, off, count, tag, dst)) != 0)
			return rc;
	}
	return 0;
}

static bool rsplit_dash(dd_slice s, dd_slice *left, dd_slice *right)
{
	for (size_t i = s.n; i > 0; i--) {
		if (s.p[i - 1] == '-') {
			*left = (dd_slice){ s.p, i - 1 };
			*right = (dd_slice){ s.p + i, s.n - i };
			return left->n && right->n;
		}
	}
	return false;
}

bool dd_rpm_split_srpm(dd_slice srpm, dd_slice *name, dd_slice *version, dd_slice *release)
{
	static const char *const suffixes[] = { ".src.rpm", ".nosrc.rpm", NULL };
	dd_slice nvr = { NULL, 0 };
	for (size_t i = 0; suffixes[i]; i++) {
		size_t k = strlen(suffixes[i]);
		if (srpm.n > k && memcmp(srpm.p + srpm.n - k, suffixes[i], k) == 0) {
			nvr = (dd_slice){ srpm.p, srpm.n - k };
			break;
		}
	}
	dd_slice nv;
	if (!nvr.n || !rsplit_dash(nvr, &nv, release) || !rsplit_dash(nv, name, version))
		return false;
	return true;
}

/*
 * rpm header blobs as the rpm databases store them (no 8-byte header magic
 * in front): il and dl (big-endian int32: index entries, data bytes), il
 * 16-byte index entries (tag, type, offset, count), then dl bytes of data.
 * Every rpmdb backend (sqlite, Berkeley DB, NDB) stores exactly this blob per
 * installed package, so one parser serves all three.
 *
 * The fields are slices into the caller's blob: nothing is allocated and a
 * hostile blob can make the parser reject it, never read outside it.
 */
#ifndef DD_ANALYZERS_RPM_HEADER_H
#define DD_ANALYZERS_RPM_HEADER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "analyzers/textdb.h"

/* Caps of rpm itself (hdrchkTags / hdrchkData): more is a broken header. */
#define DD_RPM_HEADER_MAX_TAGS 0xffffu
#define DD_RPM_HEADER_MAX_DATA (256u << 20)

typedef struct dd_rpm_header {
	dd_slice name, version, release, arch;
	dd_slice sourcerpm;      /* "bash-5.1.8-6.el9.src.rpm"; empty for gpg-pubkey */
	dd_slice license, vendor;
	bool has_epoch;
	uint32_t epoch;
} dd_rpm_header;

/*
 * Reads the tags drydock needs from one header blob. Returns 0, or DD_EFORMAT
 * (message set) when the blob is truncated, its counts exceed rpm's caps, or
 * an entry we use points outside the data or is not NUL-terminated. A tag
 * that occurs twice (a "dribble" entry after the immutable region) takes the
 * later value, as rpm does.
 */
int dd_rpm_header_parse(const uint8_t *blob, size_t len, dd_rpm_header *out);

/*
 * Splits a source rpm file name "NAME-VERSION-RELEASE.src.rpm" (or
 * .nosrc.rpm) into its parts. Returns false when it is not of that shape.
 */
bool dd_rpm_split_srpm(dd_slice srpm, dd_slice *name, dd_slice *version, dd_slice *release);

#endif

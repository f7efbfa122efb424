/*
 * Zip archive reader (jar, war, egg, whl...) over memory or a byte stream,
 * with hostile-input caps. Nothing is written to disk.
 *
 * Two ways to find the entries:
 * - memory (dd_zip_open_memory): the central directory at the end is the
 *   truth, as for the JVM's class loader. Bytes prepended to the archive (an
 *   executable jar's shell-script stub, a self-extractor) are found from the
 *   difference between where the directory is and where the end record says
 *   it is. Only the entries you read are inflated. When there is no usable
 *   central directory (a truncated download), the reader falls back to the
 *   local headers and says so in dd_zip_info().
 * - stream (dd_zip_open_stream): the local headers, in order, as they pass
 *   by (java.util.zip.ZipInputStream's view), for archives too big to hold.
 *   Bounded memory (a 192 KiB window and one inflater). Entries whose sizes
 *   follow the data (a data descriptor, bit 3) are walked through: deflate
 *   ends by itself; a STORED one is scanned for its descriptor, which must
 *   match the bytes seen (size and CRC).
 *
 * Both give the same entries one at a time (dd_zip_next) and a reader over
 * the current entry's inflated bytes (dd_zip_content), which checks the size
 * and CRC-32 when read to the end. Methods: STORED and DEFLATED (ISA-L's raw
 * inflate; DRYDOCK_INFLATE=zlib selects zlib); others are listed but reading
 * them fails with DD_EUNSUPPORTED. ZIP64 sizes and offsets are read in both
 * modes.
 *
 * Caps (dd_zip_limits): entries, name length, inflated bytes per entry and in
 * total (optionally drawn from a budget shared with nested archives), the
 * compression ratio of an entry (zip bombs) and the bytes before the first
 * local header. A cap hit is DD_ELIMIT; broken data is DD_EFORMAT.
 */
#ifndef DD_UTIL_ZIP_H
#define DD_UTIL_ZIP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "util/reader.h"

#define DD_ZIP_UNKNOWN UINT64_MAX
#define DD_ZIP_STORED 0
#define DD_ZIP_DEFLATED 8

typedef struct dd_zip_limits {
	uint64_t max_entries;     /* entries listed; default 1,000,000 */
	size_t max_name;          /* bytes of one entry name; default 4096 */
	uint64_t max_entry_size;  /* inflated bytes of one entry; default 4 GiB */
	uint64_t max_total;       /* inflated bytes over the whole archive; default 16 GiB */
	uint64_t max_ratio;       /* inflated:compressed of one entry past 1 MiB; default 200 */
	uint64_t max_prefix;      /* bytes before the first local header (stream mode); default 16 MiB */
	/* Optional budget shared by several archives (an outer jar and the jars
	 * inside it): every inflated byte is taken from *budget as well; at zero
	 * reads fail with DD_ELIMIT. NULL: none. */
	uint64_t *budget;
	bool zlib;                /* inflate with zlib instead of ISA-L (dd_image_options.inflate) */
} dd_zip_limits;

#define DD_ZIP_LIMITS_INIT { 1000000, 4096, 4ull << 30, 16ull << 30, 200, 16u << 20, NULL, false }

typedef struct dd_zip_entry {
	const char *name;         /* as stored (not normalized); NUL-terminated */
	size_t name_len;
	uint16_t method;          /* DD_ZIP_STORED, DD_ZIP_DEFLATED, or another zip method number */
	uint16_t flags;           /* general purpose bits */
	uint32_t crc32;           /* 0 when it follows the data (stream mode, bit 3) */
	uint64_t compressed_size; /* DD_ZIP_UNKNOWN when it follows the data (stream mode) */
	uint64_t size;            /* inflated size, or DD_ZIP_UNKNOWN likewise */
	uint64_t offset;          /* of the local header, counted from the start of the zip data */
	bool is_dir;              /* name ends with '/' */
	bool encrypted;
} dd_zip_entry;

typedef struct dd_zip_info {
	bool central_directory;   /* entries come from the central directory */
	bool fell_back;           /* memory mode without a usable central directory */
	bool not_zip;             /* no zip structure at all (set by a failed first dd_zip_next) */
	const char *fallback_reason;  /* why it fell back ("" if it did not) */
	uint64_t prefix;          /* bytes before the zip data (stub) */
	uint64_t entries;         /* entries returned so far */
	uint64_t inflated;        /* bytes produced by reading (and skipping) entries */
} dd_zip_info;

typedef struct dd_zip dd_zip;

/*
 * Opens a zip held in memory (data must outlive the handle). `what` names the
 * archive in error messages. limits NULL: the defaults. Never fails on the
 * data itself: problems show on the first dd_zip_next().
 */
int dd_zip_open_memory(dd_zip **out, const void *data, size_t len, const dd_zip_limits *limits, const char *what);
/* Opens a zip read from `in` (borrowed; must outlive the handle). */
int dd_zip_open_stream(dd_zip **out, dd_reader *in, const dd_zip_limits *limits, const char *what);
/* The next entry (valid until the next call), DD_ITEROVER at the end, or an
 * error; after an error the handle only answers dd_zip_info and dd_zip_free. */
int dd_zip_next(dd_zip *z, const dd_zip_entry **entry);
/* Reader over the current entry's inflated bytes; borrowed, valid until the
 * next dd_zip_next(). Reading past the declared size, a CRC mismatch or
 * truncated data fail with DD_EFORMAT. */
dd_reader *dd_zip_content(dd_zip *z);
/* Reads the current entry whole (NUL-terminated, malloc'ed) when it inflates
 * to at most max bytes; DD_ELIMIT beyond. */
int dd_zip_read_entry(dd_zip *z, size_t max, char **out, size_t *len);
const dd_zip_info *dd_zip_info_get(const dd_zip *z);
void dd_zip_free(dd_zip *z);

#endif

/*
 * A spill file: one file of a layer stream copied into a private temporary
 * file (in $TMPDIR, else /tmp; unlinked at once, so nothing is left behind
 * even on a crash), for readers that need random access to a file too large
 * to hold in memory (package databases). The bytes go from the stream to
 * the file in 64 KiB chunks and are read back a page at a time with pread:
 * never a whole copy in memory, and no mmap (mapped pages would count in the
 * process's resident set as they are touched).
 *
 * The one idea: disk is a shared resource too. Every spill claims its size
 * from dd_budget_spill first (util/budget.h), so N layer threads cannot
 * fill the disk with N copies of a hostile database.
 */
#ifndef DD_UTIL_SPILL_H
#define DD_UTIL_SPILL_H

#include <stddef.h>
#include <stdint.h>

#include "util/reader.h"

typedef struct dd_spill {
	int fd;
	uint64_t size;
	uint64_t claimed;   /* bytes of dd_budget_spill held */
} dd_spill;

#define DD_SPILL_INIT { -1, 0, 0 }

/*
 * Copies exactly `size` bytes of `in` into a new spill file. `what` names
 * the file in errors ("rpm database"). On failure *s is left closed; the
 * error says what failed (budget, TMPDIR full, the stream). Release with
 * dd_spill_close().
 */
int dd_spill_from_reader(dd_spill *s, dd_reader *in, uint64_t size, const char *what);
/* Reads exactly len bytes at off; a range past the end is DD_EFORMAT
 * (the file's own offsets pointed outside it). */
int dd_spill_read(const dd_spill *s, uint64_t off, void *buf, size_t len);
void dd_spill_close(dd_spill *s);

#endif

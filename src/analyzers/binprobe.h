/*
 * Probes over an executable's bytes as they stream past (see executable.c).
 *
 * The one idea: an executable in a layer is a tar entry stream that cannot
 * seek, can be hundreds of MB, and may hold Go build info, cargo-auditable
 * data, or neither. The executable analyzer reads it once, in windows, and
 * shows every window to each probe; a probe keeps only what it needs (a
 * pattern's position, a short capture, a running decompressor), never the
 * file. Each window starts with up to DD_BINWIN_HISTORY bytes of the
 * previous one, so a pattern or a short header that straddles two reads is
 * seen whole: a probe examines positions up to LOOK bytes before the end of
 * a window (all of them at EOF) and remembers where it stopped.
 */
#ifndef DD_ANALYZERS_BINPROBE_H
#define DD_ANALYZERS_BINPROBE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "analyzers/analyzer.h"
#include "util/buf.h"
#include "util/exe.h"

#define DD_BINWIN_HISTORY 4096
#define DD_BINWIN_CHUNK (256u << 10)

typedef struct dd_binwin {
	const uint8_t *p;
	size_t len;
	uint64_t off;          /* file offset of p[0] */
	bool eof;              /* p[len - 1] is the file's last byte */
} dd_binwin;

typedef struct dd_binprobe {
	const char *name;
	size_t state_size;
	/* Sets up zeroed state for one file; false: nothing to look for here. */
	bool (*begin)(void *st, const dd_exe *exe, uint64_t file_size);
	/* Sees one window. Returns 0 to go on, 1 when it needs no more bytes,
	 * or a negative error (the probe is then finished at once). */
	int (*feed)(void *st, const dd_binwin *w);
	/* Reports what it found (packages, notes) after its last window. */
	int (*finish)(void *st, dd_analysis *a);
	void (*cleanup)(void *st);
} dd_binprobe;

extern const dd_binprobe dd_binprobe_gobuildinfo;
extern const dd_binprobe dd_binprobe_cargo_auditable;

/* The examination limit for a probe that needs `look` bytes after a
 * position: the window's end at EOF, else `look` bytes before it. */
static inline uint64_t dd_binwin_limit(const dd_binwin *w, size_t look)
{
	uint64_t end = w->off + w->len;
	if (w->eof)
		return end;
	return w->len > look ? end - look : w->off;
}

/* The first occurrence of pat[0..n) starting in [from, to) (file offsets
 * within the window, and the whole match inside it); UINT64_MAX when none. */
uint64_t dd_binwin_find(const dd_binwin *w, uint64_t from, uint64_t to, const void *pat, size_t n);

/*
 * A set of file ranges a probe looks in (which segments can hold what it
 * seeks), so most of a large binary is skipped by every probe. `all` means
 * the whole file (segment table missing or incomplete: nothing assumed).
 */
#define DD_RANGES_MAX 130
typedef struct dd_ranges {
	uint64_t lo[DD_RANGES_MAX], hi[DD_RANGES_MAX];
	size_t n;
	bool all;
} dd_ranges;

/* Which segments: writable ones, read-only ones (exec_too: executable ones
 * as well), or the file bytes outside every loaded segment. */
enum { DD_RANGES_WRITABLE, DD_RANGES_READONLY, DD_RANGES_READONLY_EXEC, DD_RANGES_UNLOADED };
void dd_ranges_from_exe(dd_ranges *r, const dd_exe *e, int which, uint64_t file_size);
/* The first occurrence of pat in [from, to) that lies in the ranges. */
uint64_t dd_ranges_find(const dd_ranges *r, const dd_binwin *w, uint64_t from, uint64_t to, const void *pat, size_t n);

/*
 * A capture of the file range [off, off + want) assembled from the windows
 * as they pass. Bytes before the current window are gone: a capture that
 * starts there fails (missed).
 */
typedef struct dd_bingrab {
	uint64_t off;
	size_t want;
	dd_buf buf;
	bool active, missed;
} dd_bingrab;

void dd_bingrab_start(dd_bingrab *g, uint64_t off, size_t want);
/* Takes what the window holds of the range; true once it is complete. */
bool dd_bingrab_feed(dd_bingrab *g, const dd_binwin *w);
void dd_bingrab_free(dd_bingrab *g);

/* The executable analyzer's pass with a given window size (at least
 * DD_EXE_HEAD; tests vary it to move window edges across the data). */
int dd_executable_scan(dd_analysis *a, const dd_file *f, dd_reader *in, size_t chunk);

#endif

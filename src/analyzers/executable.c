/*
 * Executable analyzer: the packages compiled into ELF, PE and Mach-O
 * executables, found by the probes of binprobe.h: Go build info
 * (gobinary.c) and cargo-auditable dependency data (cargo_auditable.c).
 *
 * The one idea: one pass, bounded memory, whatever the size. The walker
 * hands an executable to one streaming analyzer, and an executable may be
 * 100+ MB inside a tar stream that cannot seek, so this analyzer reads it
 * once in 256 KiB windows (each starting with the previous window's last
 * 4 KiB) and shows every window to every probe still interested. Memory is
 * the window plus what the probes keep (at most a few MB each, capped).
 * Reading stops as soon as every probe is done: a Go binary's build info
 * sits in its data segment, so the rest of the file need not be read.
 */
#include <stdlib.h>
#include <string.h>

#include "analyzers/analyzer.h"
#include "analyzers/binprobe.h"
#include "util/error.h"
#include "util/exe.h"

/* Smaller files are scripts or stubs, not programs worth probing. */
#define MIN_SIZE 1024

static const dd_binprobe *const probes[] = { &dd_binprobe_gobuildinfo, &dd_binprobe_cargo_auditable };
#define N_PROBES (sizeof(probes) / sizeof(*probes))

static bool wants(const char *path, uint32_t mode, uint64_t size)
{
	(void)path;
	return dd_mode_is_regular(mode) && (mode & 0111) && size >= MIN_SIZE;
}

uint64_t dd_binwin_find(const dd_binwin *w, uint64_t from, uint64_t to, const void *pat, size_t n)
{
	uint64_t end = w->off + w->len;
	if (from < w->off)
		from = w->off;
	if (to > end)
		to = end;
	if (from >= to || n == 0)
		return UINT64_MAX;
	/* a match must start before `to` and end inside the window */
	uint64_t stop = to - 1 + n;
	if (stop > end)
		stop = end;
	if (stop - from < n)
		return UINT64_MAX;
	const uint8_t *hit = memmem(w->p + (from - w->off), (size_t)(stop - from), pat, n);
	return hit ? w->off + (uint64_t)(hit - w->p) : UINT64_MAX;
}

void dd_ranges_from_exe(dd_ranges *r, const dd_exe *e, int which, uint64_t file_size)
{
	memset(r, 0, sizeof(*r));
	if (!e->segs_complete || !e->n_segs || e->n_segs + 1 > DD_RANGES_MAX) {
		r->all = true;
		return;
	}
	if (which == DD_RANGES_UNLOADED) {
		/* the gaps between (and after) the loaded file ranges */
		uint64_t ends[2 * DD_EXE_MAX_SEGS];
		size_t n = 0;
		for (size_t i = 0; i < e->n_segs; i++)
			if (e->segs[i].filesz) {
				ends[2 * n] = e->segs[i].offset;
				ends[2 * n + 1] = e->segs[i].offset + e->segs[i].filesz;
				n++;
			}
		/* sort by start, carrying the end along */
		for (size_t i = 1; i < n; i++)
			for (size_t j = i; j > 0 && ends[2 * (j - 1)] > ends[2 * j]; j--) {
				uint64_t a = ends[2 * j], b = ends[2 * j + 1];
				ends[2 * j] = ends[2 * (j - 1)];
				ends[2 * j + 1] = ends[2 * (j - 1) + 1];
				ends[2 * (j - 1)] = a;
				ends[2 * (j - 1) + 1] = b;
			}
		uint64_t at = 0;
		for (size_t i = 0; i < n; i++) {
			if (ends[2 * i] > at)
				r->lo[r->n] = at, r->hi[r->n++] = ends[2 * i];
			if (ends[2 * i + 1] > at)
				at = ends[2 * i + 1];
		}
		if (at < file_size)
			r->lo[r->n] = at, r->hi[r->n++] = file_size;
		return;
	}
	for (size_t i = 0; i < e->n_segs; i++) {
		const dd_exe_seg *s = &e->segs[i];
		bool take = which == DD_RANGES_WRITABLE ? s->writable :
			which == DD_RANGES_READONLY ? !s->writable && !s->executable : !s->writable;
		if (take && s->filesz)
			r->lo[r->n] = s->offset, r->hi[r->n++] = s->offset + s->filesz;
	}
}

uint64_t dd_ranges_find(const dd_ranges *r, const dd_binwin *w, uint64_t from, uint64_t to, const void *pat, size_t n)
{
	if (r->all)
		return dd_binwin_find(w, from, to, pat, n);
	uint64_t best = UINT64_MAX;
	for (size_t i = 0; i < r->n; i++) {
		uint64_t a = from > r->lo[i] ? from : r->lo[i];
		uint64_t b = to < r->hi[i] ? to : r->hi[i];
		if (a >= b || a >= best)
			continue;
		/* a match must also end inside the range */
		uint64_t hit = dd_binwin_find(w, a, b, pat, n);
		while (hit != UINT64_MAX && hit + n > r->hi[i])
			hit = UINT64_MAX;
		if (hit < best)
			best = hit;
	}
	return best;
}

void dd_bingrab_start(dd_bingrab *g, uint64_t off, size_t want)
{
	dd_buf_free(&g->buf);
	*g = (dd_bingrab){ .off = off, .want = want, .active = true };
	dd_buf_init(&g->buf, want);
}

bool dd_bingrab_feed(dd_bingrab *g, const dd_binwin *w)
{
	if (!g->active)
		return false;
	uint64_t have_to = g->off + g->buf.len, end = w->off + w->len;
	if (have_to < w->off) {
		g->missed = true;
		g->active = false;
		return false;
	}
	if (have_to < end) {
		size_t n = (size_t)(end - have_to);
		size_t room = g->buf.len < g->want ? g->want - g->buf.len : 0;
		if (n > room)
			n = room;
		if (n && dd_buf_put(&g->buf, w->p + (have_to - w->off), n)) {
			g->missed = true;   /* out of memory: as good as gone */
			g->active = false;
			return false;
		}
	}
	if (g->buf.len >= g->want) {
		g->active = false;
		return true;
	}
	if (w->eof) {
		g->missed = true;   /* the file ends before the range does */
		g->active = false;
	}
	return false;
}

void dd_bingrab_free(dd_bingrab *g)
{
	dd_buf_free(&g->buf);
	g->active = false;
}

static bool looks_executable(const uint8_t *p, size_t n)
{
	if (n < 4)
		return false;
	uint32_t m = (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
	return !memcmp(p, "\x7f" "ELF", 4) || (p[0] == 'M' && p[1] == 'Z') || m == 0xfeedface || m == 0xfeedfacf ||
		m == 0xcefaedfe || m == 0xcffaedfe;
}

/* Reads up to n bytes (fewer only at the end of the stream). */
static int fill(dd_reader *in, uint8_t *p, size_t n, size_t *got)
{
	*got = 0;
	while (*got < n) {
		ssize_t r = dd_reader_read(in, p + *got, n - *got);
		if (r < 0)
			return (int)r;
		if (r == 0)
			break;
		*got += (size_t)r;
	}
	return 0;
}

int dd_executable_scan(dd_analysis *a, const dd_file *f, dd_reader *in, size_t chunk)
{
	if (chunk < DD_EXE_HEAD)
		chunk = DD_EXE_HEAD;
	uint8_t *buf = malloc(DD_BINWIN_HISTORY + chunk);
	void *st[N_PROBES] = { 0 };
	bool begun[N_PROBES] = { 0 }, live[N_PROBES] = { 0 };
	dd_exe *exe = calloc(1, sizeof(*exe));
	size_t got = 0, nlive = 0;
	int rc;
	if (!buf || !exe) {
		rc = dd_error_oom();
		goto out;
	}
	size_t first = f->size < chunk ? (size_t)f->size : chunk;
	/* scripts and data with an execute bit are common: look at the magic
	 * before reading further */
	size_t sniff = first < 64 ? first : 64, more = 0;
	if ((rc = fill(in, buf, sniff, &got)) != 0)
		goto out;
	if (!looks_executable(buf, got)) {
		rc = 0;
		goto out;
	}
	if ((rc = fill(in, buf + got, first - got, &more)) != 0)
		goto out;
	got += more;
	int kind = dd_exe_parse(exe, buf, got, f->size);
	if (kind <= 0) {
		/* a file that says it is an executable but whose headers do not
		 * hold together (truncated, corrupt) could hide what we look for */
		if (kind < 0)
			dd_analysis_note(a, true, "executable headers are unreadable (%s); not analyzed", dd_error_last());
		rc = 0;
		goto out;
	}
	if (exe->described_size > f->size)
		dd_analysis_note(a, true, "executable is truncated (its headers describe %llu bytes, the file has %llu); what the missing part holds is not listed",
			(unsigned long long)exe->described_size, (unsigned long long)f->size);
	for (size_t i = 0; i < N_PROBES; i++) {
		if (!(st[i] = calloc(1, probes[i]->state_size))) {
			rc = dd_error_oom();
			goto out;
		}
		begun[i] = live[i] = probes[i]->begin(st[i], exe, f->size);
		nlive += live[i];
	}
	dd_binwin w = { .p = buf, .len = got, .off = 0, .eof = got == f->size };
	while (nlive) {
		for (size_t i = 0; i < N_PROBES; i++) {
			if (!live[i])
				continue;
			int r = probes[i]->feed(st[i], &w);
			if (r) {
				if (r < 0)
					dd_analysis_note(a, true, "%s: %s", probes[i]->name, dd_error_last());
				live[i] = false;
				nlive--;
			}
		}
		if (w.eof || !nlive)
			break;
		size_t keep = w.len < DD_BINWIN_HISTORY ? w.len : DD_BINWIN_HISTORY;
		memmove(buf, buf + w.len - keep, keep);
		w.off += w.len - keep;
		uint64_t left = f->size - (w.off + keep);
		size_t want = left < chunk ? (size_t)left : chunk;
		if ((rc = fill(in, buf + keep, want, &got)) != 0)
			goto out;
		w.len = keep + got;
		w.eof = got < want || w.off + w.len == f->size;
	}
	for (size_t i = 0; i < N_PROBES; i++)
		if (begun[i] && (rc = probes[i]->finish(st[i], a)) != 0)
			goto out;
	rc = 0;
out:
	for (size_t i = 0; i < N_PROBES; i++) {
		if (begun[i])
			probes[i]->cleanup(st[i]);
		free(st[i]);
	}
	free(exe);
	free(buf);
	return rc;
}

static int analyze_stream(dd_analysis *a, const dd_file *f, dd_reader *in)
{
	return dd_executable_scan(a, f, in, DD_BINWIN_CHUNK);
}

const dd_analyzer dd_analyzer_executable = {
	.name = "executable",
	.version = 1,
	.scanners = DD_SCANNER_VULN,
	/* only when another streaming analyzer read the file first (an
	 * executable jar): up to this much is handed over from a buffer */
	.max_size = 32u << 20,
	.wants = wants,
	.analyze_stream = analyze_stream,
};

/*
 * cargo-auditable probe (run by the executable analyzer): the crates a Rust
 * binary was built from, which `cargo auditable build` stores in an ELF
 * section named ".dep-v0" as zlib-compressed JSON
 * {"packages": [{"name", "version", "source", "kind", "root"}...]}.
 *
 * The one idea: which bytes are .dep-v0 is only known from the section
 * header table, and that sits at the end of the file, after the section's
 * bytes have gone by in a stream that cannot seek. So the probe works
 * forwards and verifies at the end: (1) every zlib stream start whose first
 * inflated bytes are `{"packages"` is decoded as it passes (capped) and kept
 * with its file offset; (2) every ".dep-v0\0" string is kept by offset (one
 * of them is the name in the section-name table); (3) the section header
 * table is captured when it arrives (its place is in the ELF header). At the
 * end a section whose name resolves to a recorded ".dep-v0" and whose
 * offset is a decoded candidate's is the audit data; nothing unverified is
 * reported. Costs: a memchr for 0x78 and a few inflate calls per MB.
 *
 * Linkers place non-allocated sections (.dep-v0, the section names) after
 * the loaded segments, so only the bytes outside every PT_LOAD range are
 * searched (the whole file when the program headers are missing).
 *
 * Crates of kind "build" (build scripts, proc macros) run at build time and
 * are not linked in: they are reported as dev.
 */
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "analyzers/apppkg.h"
#include "analyzers/binprobe.h"
#include "util/error.h"

#define SECTION_NAME ".dep-v0"
#define MAX_CANDIDATES 4
#define MAX_NAMES 64
#define JSON_MAX (4u << 20)
#define TABLE_MAX (4u << 20)
/* input a trial inflate may look at: enough for a dynamic block header */
#define TRIAL_IN 1024
#define LOOK TRIAL_IN

static const char prefix[] = "{\"packages\"";
#define PREFIX_LEN (sizeof(prefix) - 1)

typedef struct cand {
	uint64_t off;
	uint64_t comp_len;
	dd_buf json;
	bool done;
} cand;

typedef struct rprobe {
	const dd_exe *exe;
	dd_ranges unloaded;     /* .dep-v0 and the section names are not loaded */
	uint64_t next;          /* next offset examined for a zlib stream */
	uint64_t name_next;     /* next offset examined for the section name */
	z_stream trial;
	bool trial_init;
	z_stream full;
	bool full_init, full_active;
	uint64_t full_in;       /* next input offset of the running decode */
	cand cands[MAX_CANDIDATES];
	size_t ncands;
	uint64_t names[MAX_NAMES];
	size_t nnames;
	dd_bingrab table;
	bool too_big;
} rprobe;

static bool begin(void *s, const dd_exe *exe, uint64_t size)
{
	rprobe *r = s;
	r->exe = exe;
	if (exe->format != DD_EXE_ELF || !exe->shnum)
		return false;
	dd_ranges_from_exe(&r->unloaded, exe, DD_RANGES_UNLOADED, size);
	uint64_t tlen = (uint64_t)exe->shnum * exe->shentsize;
	if (tlen > TABLE_MAX)
		return false;
	if (inflateInit(&r->trial) != Z_OK)
		return false;
	r->trial_init = true;
	dd_bingrab_start(&r->table, exe->shoff, (size_t)tlen);
	return true;
}

static void drop_running(rprobe *r)
{
	r->full_active = false;
	r->ncands--;
	dd_buf_free(&r->cands[r->ncands].json);
}

/* Feeds the running decode what the window holds past its input position. */
static void run_full(rprobe *r, const dd_binwin *w)
{
	if (!r->full_active)
		return;
	cand *c = &r->cands[r->ncands - 1];
	uint64_t end = w->off + w->len;
	if (r->full_in < w->off || r->full_in >= end) {
		if (w->eof || r->full_in < w->off)
			drop_running(r);
		return;
	}
	r->full.next_in = (Bytef *)(w->p + (r->full_in - w->off));
	r->full.avail_in = (uInt)(end - r->full_in);
	uint8_t out[16384];
	for (;;) {
		r->full.next_out = out;
		r->full.avail_out = sizeof(out);
		int zr = inflate(&r->full, Z_NO_FLUSH);
		size_t n = sizeof(out) - r->full.avail_out;
		if (n && dd_buf_put(&c->json, out, n)) {
			r->too_big = true;
			drop_running(r);
			return;
		}
		if (zr == Z_STREAM_END) {
			c->done = true;
			c->comp_len = r->full.total_in;
			r->full_active = false;
			r->next = c->off + c->comp_len;
			return;
		}
		if (zr == Z_BUF_ERROR || (zr == Z_OK && r->full.avail_in == 0 && r->full.avail_out))
			break;   /* wants more input */
		if (zr != Z_OK) {
			drop_running(r);
			return;
		}
	}
	r->full_in = end;
	if (w->eof)
		drop_running(r);
}

/* Does a zlib stream starting here inflate to `{"packages"`? */
static bool trial(rprobe *r, const uint8_t *p, size_t avail)
{
	uint8_t out[PREFIX_LEN];
	inflateReset(&r->trial);
	r->trial.next_in = (Bytef *)p;
	r->trial.avail_in = (uInt)(avail < TRIAL_IN ? avail : TRIAL_IN);
	r->trial.next_out = out;
	r->trial.avail_out = sizeof(out);
	int zr = inflate(&r->trial, Z_SYNC_FLUSH);
	return (zr == Z_OK || zr == Z_STREAM_END) && r->trial.avail_out == 0 && !memcmp(out, prefix, PREFIX_LEN);
}

static void start_full(rprobe *r, uint64_t at)
{
	if (r->ncands == MAX_CANDIDATES)
		return;
	if (!r->full_init) {
		if (inflateInit(&r->full) != Z_OK)
			return;
		r->full_init = true;
	} else {
		inflateReset(&r->full);
	}
	cand *c = &r->cands[r->ncands++];
	*c = (cand){ .off = at };
	dd_buf_init(&c->json, JSON_MAX);
	r->full_active = true;
	r->full_in = at;
}

static int feed(void *s, const dd_binwin *w)
{
	rprobe *r = s;
	dd_bingrab_feed(&r->table, w);
	run_full(r, w);
	uint64_t to = dd_binwin_limit(w, LOOK), end = w->off + w->len;
	uint64_t from = r->name_next > w->off ? r->name_next : w->off;
	for (uint64_t at = dd_ranges_find(&r->unloaded, w, from, to, SECTION_NAME, sizeof(SECTION_NAME));
	     at != UINT64_MAX && r->nnames < MAX_NAMES;
	     at = dd_ranges_find(&r->unloaded, w, at + 1, to, SECTION_NAME, sizeof(SECTION_NAME)))
		r->names[r->nnames++] = at;
	if (to > r->name_next)
		r->name_next = to;
	/* while a decode runs (or after it, until its end) there is no new
	 * stream to look for */
	for (;;) {
		if (r->full_active || r->ncands == MAX_CANDIDATES)
			return 0;
		uint64_t at = r->next > w->off ? r->next : w->off;
		const uint8_t *p = NULL;
		/* the next 0x78 inside an unloaded range */
		for (size_t i = 0; !p && (r->unloaded.all ? i < 1 : i < r->unloaded.n); i++) {
			uint64_t a = at, b = to;
			if (!r->unloaded.all) {
				a = a > r->unloaded.lo[i] ? a : r->unloaded.lo[i];
				b = b < r->unloaded.hi[i] ? b : r->unloaded.hi[i];
			}
			if (a < b)
				p = memchr(w->p + (a - w->off), 0x78, (size_t)(b - a));
		}
		if (!p) {
			if (to > r->next)
				r->next = to;
			return 0;
		}
		at = w->off + (uint64_t)(p - w->p);
		r->next = at + 1;
		/* a zlib header: CMF 0x78 (deflate, 32K window), check bits, no dictionary */
		if (at + 2 <= end && ((0x78u << 8) | p[1]) % 31 == 0 && !(p[1] & 0x20) &&
		    trial(r, p, (size_t)(end - at))) {
			start_full(r, at);
			run_full(r, w);
		}
	}
}

static bool is_name(const rprobe *r, uint64_t off)
{
	for (size_t i = 0; i < r->nnames; i++)
		if (r->names[i] == off)
			return true;
	return false;
}

static int emit(dd_analysis *a, const cand *c)
{
	json_t *root = NULL;
	int rc = dd_app_json_load(&root, (const uint8_t *)c->json.ptr, c->json.len);
	if (rc) {
		dd_analysis_note(a, true, "cargo-auditable data is not valid JSON; its crates are not listed");
		return 0;
	}
	json_t *pkgs = json_object_get(root, "packages");
	dd_app_list l = DD_APP_LIST_INIT;
	dd_app_ctx ctx = dd_app_ctx_make(a);
	size_t i;
	json_t *p;
	json_array_foreach(pkgs, i, p) {
		const char *name = dd_app_json_str(p, "name"), *version = dd_app_json_str(p, "version");
		const char *kind = dd_app_json_str(p, "kind");
		if (!name || !version)
			continue;
		if ((rc = dd_app_list_push(&l, name, strlen(name), version, strlen(version), NULL,
			     kind && !strcmp(kind, "build"))) != 0)
			break;
	}
	if (!rc)
		rc = dd_app_list_flush(&l, &ctx, "cargo");
	dd_app_list_free(&l);
	json_decref(root);
	return rc;
}

static int finish(void *s, dd_analysis *a)
{
	rprobe *r = s;
	size_t decoded = 0;
	for (size_t i = 0; i < r->ncands; i++)
		decoded += r->cands[i].done;
	if (!decoded && !r->nnames)
		return 0;   /* not built with cargo-auditable */
	const uint8_t *t = (const uint8_t *)r->table.buf.ptr;
	size_t tlen = r->table.buf.len;
	dd_elf_shdr strtab, sh;
	if (r->table.active || r->table.missed ||
	    !dd_elf_shdr_get(r->exe, t, tlen, r->exe->shstrndx, &strtab)) {
		if (decoded)
			dd_analysis_note(a, true, "cargo-auditable data found but the ELF section headers are missing (truncated file?); its crates are not listed");
		return 0;
	}
	for (uint32_t i = 0; i < r->exe->shnum; i++) {
		if (!dd_elf_shdr_get(r->exe, t, tlen, i, &sh) || strtab.offset + sh.name < strtab.offset ||
		    sh.name >= strtab.size || !is_name(r, strtab.offset + sh.name))
			continue;
		for (size_t k = 0; k < r->ncands; k++)
			if (r->cands[k].done && r->cands[k].off == sh.offset && r->cands[k].comp_len <= sh.size)
				return emit(a, &r->cands[k]);
		dd_analysis_note(a, true, "the %s section could not be decoded%s; its crates are not listed", SECTION_NAME,
			r->too_big ? " (over 4 MiB inflated)" : "");
		return 0;
	}
	return 0;
}

static void cleanup(void *s)
{
	rprobe *r = s;
	if (r->trial_init)
		inflateEnd(&r->trial);
	if (r->full_init)
		inflateEnd(&r->full);
	for (size_t i = 0; i < r->ncands; i++)
		dd_buf_free(&r->cands[i].json);
	dd_bingrab_free(&r->table);
}

const dd_binprobe dd_binprobe_cargo_auditable = {
	.name = "cargo-auditable",
	.state_size = sizeof(rprobe),
	.begin = begin,
	.feed = feed,
	.finish = finish,
	.cleanup = cleanup,
};

/*
 * The executable analyzer on synthetic ELF files built here byte by byte
 * (both Go build info layouts, 32/64-bit, both byte orders, data behind and
 * ahead of the header, corrupt and truncated files, cargo-auditable sections
 * and decoys), and on the real binaries of ../shared with window sizes that
 * move every window edge (the result must not depend on where reads end).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "testutil.h"
#include "analyzers/analyzer.h"
#include "analyzers/binprobe.h"
#include "scan/layer_result.h"
#include "util/str.h"

extern const dd_analyzer dd_analyzer_executable;

/* ---- running the analyzer ---- */

/* Runs the pass with a window size and read step; returns the result. */
static dd_layer_result *scan(const uint8_t *data, size_t len, size_t chunk, size_t step)
{
	dd_scan_options opts = DD_SCAN_OPTIONS_INIT;
	dd_layer_result *r = dd_layer_result_new("sha256:test", "sha256:test");
	DD_TEST_REQUIRE(r);
	dd_analysis *a = dd_analysis_new(r, &opts);
	if (!a)
		dd_layer_result_free(r);
	DD_TEST_REQUIRE(a);
	dd_file f = { .path = "usr/bin/app", .mode = 0100755, .size = len, .layer = r->digest };
	dd_analysis_begin(a, &dd_analyzer_executable, NULL, &f);
	dd_test_trickle t;
	dd_test_trickle_init(&t, data, len, step);
	int rc = dd_executable_scan(a, &f, &t.base, chunk);
	assert_int_equal(rc, 0);
	dd_analysis_free(a);
	return r;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* "name@version[ dev]" lines, sorted, joined by ';'. */
static char *summary(const dd_layer_result *r)
{
	dd_strv v = DD_STRV_INIT;
	for (size_t i = 0; i < r->n_packages; i++)
		dd_strv_push_owned(&v, dd_asprintf("%s:%s@%s%s", r->packages[i].type, r->packages[i].name,
			r->packages[i].version, r->packages[i].dev ? " dev" : ""));
	if (v.count)
		qsort(v.items, v.count, sizeof(char *), cmp_str);
	dd_buf b = DD_BUF_INIT(1 << 20);
	for (size_t i = 0; i < v.count; i++) {
		if (i)
			dd_buf_putc(&b, ';');
		dd_buf_puts(&b, v.items[i]);
	}
	dd_strv_free(&v);
	char *s = dd_buf_detach(&b);
	return s ? s : strdup("");
}

static bool has_note(const dd_layer_result *r, const char *text)
{
	for (size_t i = 0; i < r->notes.count; i++)
		if (strstr(r->notes.items[i], text))
			return true;
	return false;
}

static void expect(const uint8_t *data, size_t len, const char *want, bool incomplete, const char *note)
{
	static const size_t chunks[] = { 65536, 65537, 69999, 262144 };
	static const size_t steps[] = { 1u << 30, 4093 };
	for (size_t c = 0; c < sizeof(chunks) / sizeof(*chunks); c++)
		for (size_t s = 0; s < sizeof(steps) / sizeof(*steps); s++) {
			dd_layer_result *r = scan(data, len, chunks[c], steps[s]);
			char *got = summary(r);
			if (strcmp(got, want) || r->incomplete != incomplete || (note && !has_note(r, note))) {
				fprintf(stderr, "chunk %zu step %zu:\n  got  %s (incomplete %d)\n  want %s (incomplete %d)\n",
					chunks[c], steps[s], got, r->incomplete, want, incomplete);
				for (size_t i = 0; i < r->notes.count; i++)
					fprintf(stderr, "  note: %s\n", r->notes.items[i]);
				fail();
			}
			free(got);
			dd_layer_result_free(r);
		}
}

/* ---- a tiny ELF writer ---- */

typedef struct elf {
	uint8_t *p;
	size_t len;
	bool be, is64;
} elf;

static void put(elf *e, size_t off, uint64_t v, size_t n)
{
	assert_true(off + n <= e->len);
	for (size_t i = 0; i < n; i++)
		e->p[off + (e->be ? n - 1 - i : i)] = (uint8_t)(v >> (8 * i));
}

static void put_bytes(elf *e, size_t off, const void *b, size_t n)
{
	assert_true(off + n <= e->len);
	memcpy(e->p + off, b, n);
}

typedef struct seg {
	uint64_t off, vaddr, size;
	bool writable;
	unsigned type;      /* 0: PT_LOAD; 4: PT_NOTE */
} seg;

/* ELF header and program headers for the segments; section table when shnum. */
static elf elf_new(size_t len, bool is64, bool be, const seg *segs, size_t nsegs, uint64_t shoff, unsigned shnum,
	unsigned shstrndx)
{
	elf e = { calloc(1, len), len, be, is64 };
	memcpy(e.p, "\x7f" "ELF", 4);
	e.p[4] = is64 ? 2 : 1;
	e.p[5] = be ? 2 : 1;
	e.p[6] = 1;
	size_t phoff = is64 ? 64 : 52, phent = is64 ? 56 : 32;
	put(&e, 16, 2, 2);   /* ET_EXEC */
	put(&e, 18, is64 ? 62 : 3, 2);
	if (is64) {
		put(&e, 0x20, phoff, 8);
		put(&e, 0x28, shoff, 8);
		put(&e, 0x34, 64, 2);
		put(&e, 0x36, phent, 2);
		put(&e, 0x38, nsegs, 2);
		put(&e, 0x3a, shnum ? 64 : 0, 2);
		put(&e, 0x3c, shnum, 2);
		put(&e, 0x3e, shstrndx, 2);
	} else {
		put(&e, 0x1c, phoff, 4);
		put(&e, 0x20, shoff, 4);
		put(&e, 0x28, 52, 2);
		put(&e, 0x2a, phent, 2);
		put(&e, 0x2c, nsegs, 2);
		put(&e, 0x2e, shnum ? 40 : 0, 2);
		put(&e, 0x30, shnum, 2);
		put(&e, 0x32, shstrndx, 2);
	}
	for (size_t i = 0; i < nsegs; i++) {
		size_t ph = phoff + i * phent;
		put(&e, ph, segs[i].type ? segs[i].type : 1, 4);
		if (is64) {
			put(&e, ph + 4, segs[i].writable ? 6 : 4, 4);
			put(&e, ph + 8, segs[i].off, 8);
			put(&e, ph + 16, segs[i].vaddr, 8);
			put(&e, ph + 24, segs[i].vaddr, 8);
			put(&e, ph + 32, segs[i].size, 8);
			put(&e, ph + 40, segs[i].size, 8);
		} else {
			put(&e, ph + 4, segs[i].off, 4);
			put(&e, ph + 8, segs[i].vaddr, 4);
			put(&e, ph + 12, segs[i].vaddr, 4);
			put(&e, ph + 16, segs[i].size, 4);
			put(&e, ph + 20, segs[i].size, 4);
			put(&e, ph + 24, segs[i].writable ? 6 : 4, 4);
		}
	}
	return e;
}

static const uint8_t info_start[16] = { 0x30, 0x77, 0xaf, 0x0c, 0x92, 0x74, 0x08, 0x02,
	0x41, 0xe1, 0xc1, 0x07, 0xe6, 0xd6, 0x18, 0xe6 };
static const uint8_t info_end[16] = { 0xf9, 0x32, 0x43, 0x31, 0x86, 0x18, 0x20, 0x72,
	0x00, 0x82, 0x42, 0x10, 0x41, 0x16, 0xd8, 0xf2 };

static const char modtext[] =
	"path\texample.com/app/cmd/app\n"
	"mod\texample.com/app\tv1.2.3\th1:abc=\n"
	"dep\tgolang.org/x/text\tv0.3.7\th1:def=\n"
	"dep\texample.com/old\tv1.0.0\th1:ghi=\n"
	"=>\texample.com/new\tv1.1.0\th1:jkl=\n"
	"dep\texample.com/local\tv0.0.0\n"
	"=>\t../local\t\t\n"
	"build\t-compiler=gc\n"
	"build\t-ldflags=\"-s -X main.version=v9.9.9\"\n";
static const char modwant[] =
	"golang:example.com/app@v1.2.3;golang:example.com/new@v1.1.0;golang:golang.org/x/text@v0.3.7;golang:stdlib@1.16.5";

/* sentinel + text + sentinel, as cmd/go writes it */
static size_t wrapped_modinfo(uint8_t *out, const char *text)
{
	size_t n = strlen(text);
	memcpy(out, info_start, 16);
	memcpy(out + 16, text, n);
	memcpy(out + 16 + n, info_end, 16);
	return n + 32;
}

typedef enum layout { POINTER_BEHIND, POINTER_AHEAD, INLINE } layout;

/*
 * A Go-like binary: a read-only segment at 0x1000 (strings of the pointer
 * layout when "behind"), a writable segment at 0x30000 (past the first
 * windows) starting with the build info header, then string headers.
 */
typedef enum container { ELF, PE, MACHO } container;

/* PE32+ headers: .rdata (read-only) and .data (writable) sections. */
static elf pe_new(size_t len, uint64_t base, uint64_t ro, uint64_t ro_size, uint64_t rw, uint64_t rw_size)
{
	elf e = { calloc(1, len), len, false, true };
	put_bytes(&e, 0, "MZ", 2);
	put(&e, 0x3c, 0x80, 4);
	put_bytes(&e, 0x80, "PE\0\0", 4);
	put(&e, 0x84, 0x8664, 2);
	put(&e, 0x86, 2, 2);          /* sections */
	put(&e, 0x94, 240, 2);        /* optional header size */
	put(&e, 0x98, 0x20b, 2);      /* PE32+ */
	put(&e, 0x98 + 24, base, 8);
	size_t st = 0x98 + 240;
	struct { const char *name; uint64_t off, size; uint32_t ch; } sec[2] = {
		{ ".rdata", ro, ro_size, 0x40000040u }, { ".data", rw, rw_size, 0xc0000040u } };
	for (int i = 0; i < 2; i++) {
		size_t o = st + (size_t)i * 40;
		put_bytes(&e, o, sec[i].name, strlen(sec[i].name));
		put(&e, o + 8, sec[i].size, 4);
		put(&e, o + 12, sec[i].off, 4);   /* RVA = file offset here */
		put(&e, o + 16, sec[i].size, 4);
		put(&e, o + 20, sec[i].off, 4);
		put(&e, o + 36, sec[i].ch, 4);
	}
	return e;
}

/* Mach-O 64 headers: __TEXT (r-x, read-only data inside) and __DATA (rw-). */
static elf macho_new(size_t len, uint64_t base, uint64_t ro, uint64_t ro_size, uint64_t rw, uint64_t rw_size)
{
	elf e = { calloc(1, len), len, false, true };
	put(&e, 0, 0xfeedfacf, 4);
	put(&e, 4, 0x01000007, 4);
	put(&e, 12, 2, 4);            /* MH_EXECUTE */
	put(&e, 16, 2, 4);            /* ncmds */
	put(&e, 20, 2 * 72, 4);
	struct { const char *name; uint64_t off, size; uint32_t prot; } segs[2] = {
		{ "__TEXT", ro, ro_size, 5 }, { "__DATA", rw, rw_size, 3 } };
	for (int i = 0; i < 2; i++) {
		size_t o = 32 + (size_t)i * 72;
		put(&e, o, 0x19, 4);
		put(&e, o + 4, 72, 4);
		put_bytes(&e, o + 8, segs[i].name, strlen(segs[i].name));
		put(&e, o + 24, base + segs[i].off, 8);
		put(&e, o + 32, segs[i].size, 8);
		put(&e, o + 40, segs[i].off, 8);
		put(&e, o + 48, segs[i].size, 8);
		put(&e, o + 56, segs[i].prot, 4);
		put(&e, o + 60, segs[i].prot, 4);
	}
	return e;
}

static elf go_image(container fmt, layout lay, bool is64, bool be, const char *version, const char *text, uint64_t bad_ptr)
{
	const uint64_t ro = 0x1000, rw = 0x30000, len = 0x34000;
	uint64_t base = fmt == PE ? 0x140000000ull : fmt == MACHO ? 0x100000000ull : 0x400000;
	const uint64_t rov = base + ro, rwv = base + rw;
	elf e;
	if (fmt == PE) {
		e = pe_new(len, base, ro, 0x2000, rw, len - rw);
	} else if (fmt == MACHO) {
		e = macho_new(len, base, ro, 0x2000, rw, len - rw);
	} else {
		/* the Go linker's build ID note, as every go build writes it */
		seg segs[] = { { ro, rov, 0x2000, false, 0 }, { rw, rwv, len - rw, true, 0 }, { 0x800, 0x400800, 24, false, 4 } };
		e = elf_new(len, is64, be, segs, 3, 0, 0, 0);
		put(&e, 0x800, 4, 4);
		put(&e, 0x804, 8, 4);
		put(&e, 0x808, 4, 4);
		put_bytes(&e, 0x80c, "Go\0\0buildid!", 12);
	}
	unsigned ps = is64 ? 8 : 4;
	uint8_t mod[4096];
	size_t modlen = wrapped_modinfo(mod, text);
	put_bytes(&e, rw, "\xff Go buildinf:", 14);
	e.p[rw + 14] = (uint8_t)ps;
	if (lay == INLINE) {
		e.p[rw + 15] = (uint8_t)(2 | (be ? 1 : 0));
		size_t at = rw + 32;
		e.p[at++] = (uint8_t)strlen(version);
		put_bytes(&e, at, version, strlen(version));
		at += strlen(version);
		/* a two-byte uvarint */
		e.p[at++] = (uint8_t)(0x80 | (modlen & 0x7f));
		e.p[at++] = (uint8_t)(modlen >> 7);
		put_bytes(&e, at, mod, modlen);
		return e;
	}
	e.p[rw + 15] = be ? 1 : 0;
	/* string headers at rw+0x40 and rw+0x50 */
	put(&e, rw + 16, bad_ptr ? bad_ptr : rwv + 0x40, ps);
	put(&e, rw + 16 + ps, rwv + 0x50, ps);
	uint64_t vaddr_v, vaddr_m;
	if (lay == POINTER_BEHIND) {
		put_bytes(&e, ro + 0x10, version, strlen(version));
		put_bytes(&e, ro + 0x100, mod, modlen);
		vaddr_v = rov + 0x10;
		vaddr_m = rov + 0x100;
	} else {
		put_bytes(&e, rw + 0x2000, version, strlen(version));
		put_bytes(&e, rw + 0x2100, mod, modlen);
		vaddr_v = rwv + 0x2000;
		vaddr_m = rwv + 0x2100;
	}
	put(&e, rw + 0x40, vaddr_v, ps);
	put(&e, rw + 0x40 + ps, strlen(version), ps);
	put(&e, rw + 0x50, vaddr_m, ps);
	put(&e, rw + 0x50 + ps, modlen, ps);
	return e;
}

static elf go_elf(layout lay, bool is64, bool be, const char *version, const char *text, uint64_t bad_ptr)
{
	return go_image(ELF, lay, is64, be, version, text, bad_ptr);
}

static void test_go_pe_macho(void **state)
{
	(void)state;
	/* Windows and macOS builds: the same build info, mapped through PE
	 * sections and Mach-O segments */
	for (int fmt = PE; fmt <= MACHO; fmt++)
		for (int lay = POINTER_BEHIND; lay <= INLINE; lay++) {
			elf e = go_image(fmt, lay, true, false, "go1.16.5", modtext, 0);
			expect(e.p, e.len, modwant, false, NULL);
			free(e.p);
		}
}

static void test_go_layouts(void **state)
{
	(void)state;
	for (int lay = POINTER_BEHIND; lay <= INLINE; lay++)
		for (int is64 = 0; is64 <= 1; is64++)
			for (int be = 0; be <= 1; be++) {
				elf e = go_elf(lay, is64, be, "go1.16.5", modtext, 0);
				expect(e.p, e.len, modwant, false, NULL);
				free(e.p);
			}
}

static void test_go_versions(void **state)
{
	(void)state;
	/* "go1.20" names release 1.20.0; experiments are not part of the version */
	elf e = go_elf(INLINE, true, false, "go1.20 X:loopvar", "", 0);
	expect(e.p, e.len, "golang:stdlib@1.20.0", false, NULL);
	free(e.p);
	/* a development toolchain has no release to match */
	e = go_elf(POINTER_BEHIND, true, false, "devel +8f2db14 Tue", "mod\texample.com/x\t(devel)\t\n", 0);
	expect(e.p, e.len, "", false, NULL);
	free(e.p);
	/* (devel) main module without -X version: not listed; with: listed */
	e = go_elf(INLINE, true, false, "go1.21.3",
		"mod\texample.com/x\t(devel)\t\nbuild\t-ldflags=\"-X 'github.com/x/y/internal/version.Version=1.4.0'\"\n", 0);
	expect(e.p, e.len, "golang:example.com/x@v1.4.0;golang:stdlib@1.21.3", false, NULL);
	free(e.p);
}

static void test_go_corrupt(void **state)
{
	(void)state;
	/* a header pointer to nowhere */
	elf e = go_elf(POINTER_BEHIND, true, false, "go1.16.5", modtext, 0xdead0000);
	expect(e.p, e.len, "", true, "points outside the file");
	free(e.p);
	/* an absurd inline length */
	e = go_elf(INLINE, true, false, "go1.22.0", modtext, 0);
	memset(e.p + 0x30000 + 32, 0xff, 9);
	e.p[0x30000 + 32 + 9] = 0x7f;
	expect(e.p, e.len, "", true, "toolchain version longer");
	free(e.p);
	/* an old-layout header in an ELF without the Go note: its strings were
	 * not collected (the note gates that work), said so */
	e = go_elf(POINTER_BEHIND, true, false, "go1.16.5", modtext, 0);
	put(&e, 0x808, 1, 4);   /* note type 1: not the Go build ID */
	dd_layer_result *r = scan(e.p, e.len, 65536, 1u << 30);   /* strings far behind the header */
	assert_int_equal(r->n_packages, 0);
	assert_true(r->incomplete && has_note(r, "without a Go build ID note"));
	dd_layer_result_free(r);
	free(e.p);
	/* the literal in read-only code of a program that reads build info */
	seg segs[] = { { 0x1000, 0x401000, 0x1000, false, 0 } };
	e = elf_new(0x3000, true, false, segs, 1, 0, 0, 0);
	memcpy(e.p + 0x1000, "\xff Go buildinf:\x08\x02", 16);
	expect(e.p, e.len, "", false, NULL);
	free(e.p);
	/* the header in the last bytes: the file ends inside the build info */
	e = go_elf(INLINE, true, false, "go1.22.0", modtext, 0);
	expect(e.p, 0x30000 + 40, "", true, "unreadable");
	free(e.p);
}

static void test_go_hostile_candidates(void **state)
{
	(void)state;
	/* tens of thousands of "go1" texts and module-text sentinels after the
	 * real strings: the candidate and capture caps bound the work and
	 * memory, and the strings recorded first still resolve exactly */
	elf e = go_elf(POINTER_BEHIND, true, false, "go1.16.5", modtext, 0);
	/* widen the read-only segment over the flood (filesz and memsz of phdr 0) */
	put(&e, 64 + 32, 0x2e000, 8);
	put(&e, 64 + 40, 0x2e000, 8);
	for (size_t i = 0x1400; i + 3 < 0x20000; i += 3)
		memcpy(e.p + i, "go1", 3);
	for (size_t i = 0x20000; i + 16 < 0x2f000; i += 16)
		memcpy(e.p + i, info_start, 16);
	expect(e.p, e.len, modwant, false, NULL);
	free(e.p);
}

/* ---- cargo-auditable ---- */

static size_t zdeflate(const char *json, uint8_t *out, size_t cap)
{
	uLongf n = cap;
	assert_int_equal(compress2(out, &n, (const Bytef *)json, strlen(json), 9), Z_OK);
	return n;
}

/*
 * An ELF with sections [0]=NULL, [1]=.rodata (a decoy zlib stream when
 * asked), [2]=.dep-v0, [3]=.shstrtab, and the section table at the end.
 */
static elf rust_elf(const char *json, bool decoy, size_t *table_off)
{
	static const char names[] = "\0.rodata\0.dep-v0\0.shstrtab\0";
	const size_t len = 0x20000, tab = len - 4 * 64;
	seg segs[] = { { 0, 0, 0x2000, false, 0 } };
	elf e = elf_new(len, true, false, segs, 1, tab, 4, 3);
	uint8_t z[65536];
	size_t zn = zdeflate(json, z, sizeof(z));
	size_t dep = 0x10000, str = 0x1f000;
	put_bytes(&e, dep, z, zn);
	put_bytes(&e, str, names, sizeof(names));
	if (decoy) {
		uint8_t d[4096];
		size_t dn = zdeflate("{\"packages\":[{\"name\":\"decoy\",\"version\":\"6.6.6\"}]}", d, sizeof(d));
		put_bytes(&e, 0x1000, d, dn);
	}
	struct { uint32_t name, type; uint64_t off, size; } sh[4] = {
		{ 0, 0, 0, 0 }, { 1, 1, 0x1000, 0x1000 }, { 9, 1, dep, zn }, { 17, 3, str, sizeof(names) } };
	for (int i = 0; i < 4; i++) {
		size_t o = tab + (size_t)i * 64;
		put(&e, o, sh[i].name, 4);
		put(&e, o + 4, sh[i].type, 4);
		put(&e, o + 24, sh[i].off, 8);
		put(&e, o + 32, sh[i].size, 8);
	}
	*table_off = tab;
	return e;
}

static void test_cargo_auditable(void **state)
{
	(void)state;
	size_t tab;
	const char *json = "{\"packages\":[{\"name\":\"app\",\"version\":\"0.1.0\",\"source\":\"local\",\"dependencies\":[1,2],\"root\":true},"
		"{\"name\":\"serde\",\"version\":\"1.0.130\",\"source\":\"crates.io\"},"
		"{\"name\":\"cc\",\"version\":\"1.0.73\",\"source\":\"crates.io\",\"kind\":\"build\"}]}";
	elf e = rust_elf(json, true, &tab);
	/* the decoy in .rodata decodes too, but no section named .dep-v0 is there */
	expect(e.p, e.len, "cargo:app@0.1.0;cargo:cc@1.0.73 dev;cargo:serde@1.0.130", false, NULL);
	/* truncated before the section table: found but not verifiable */
	expect(e.p, tab + 10, "", true, "section headers are missing");
	free(e.p);
	/* a .dep-v0 whose content is not what cargo-auditable writes */
	e = rust_elf("[1,2,3]", false, &tab);
	expect(e.p, e.len, "", true, "could not be decoded");
	free(e.p);
}

static void test_not_executables(void **state)
{
	(void)state;
	uint8_t junk[8192];
	memset(junk, 'A', sizeof(junk));
	expect(junk, sizeof(junk), "", false, NULL);
	/* an ELF whose header is cut short */
	memcpy(junk, "\x7f" "ELF\x02\x01\x01", 7);
	dd_layer_result *r = scan(junk, 40, 65536, 7);
	assert_true(r->incomplete);
	assert_true(has_note(r, "headers are unreadable"));
	dd_layer_result_free(r);
	/* "MZ" without a PE signature is not a program we read */
	memcpy(junk, "MZ", 2);
	expect(junk, sizeof(junk), "", false, NULL);
}

/* ---- the real binaries ---- */

static void real(const char *rel, const char *want, size_t cut, bool incomplete, const char *note)
{
	char *path = dd_test_shared_path(rel);
	if (!path)
		skip();
	size_t len;
	uint8_t *data = (uint8_t *)dd_test_read_file(path, &len);
	assert_non_null(data);
	expect(data, cut && cut < len ? cut : len, want, incomplete, note);
	free(data);
	free(path);
}

static void test_real_go(void **state)
{
	(void)state;
	real("apps/trivy/golang-binary/test.elf",
		"golang:github.com/aquasecurity/go-pep440-version@v0.0.0-20210121094942-22b2f8951d46;"
		"golang:github.com/aquasecurity/go-version@v0.0.0-20210121072130-637058cfe492;"
		"golang:golang.org/x/xerrors@v0.0.0-20200804184101-5ec99f83aff1;golang:stdlib@1.15.2", 0, false, NULL);
	real("apps/trivy/golang-binary/main-version-via-ldflags.elf",
		"golang:github.com/aquasecurity/test@v1.0.0;golang:stdlib@1.22.1", 0, false, NULL);
	real("apps/trivy/golang-binary/goexperiment", "golang:stdlib@1.22.1", 0, false, NULL);
	/* cut after the header, before the string headers it points to */
	real("apps/trivy/golang-binary/test.elf", "", 1695744 + 64, true, "unreadable");
	/* cut in the middle of the text segment */
	real("apps/trivy/golang-binary/test.elf", "", 500000, true, "truncated");
}

static void test_real_rust(void **state)
{
	(void)state;
	real("apps/trivy/rust-binary/test.elf", "cargo:crate_with_features@0.1.0;cargo:library_crate@0.1.0", 0, false, NULL);
	real("apps/trivy/rust-binary/test.elf", "", 0x62e98 + 100, true, "truncated");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_go_layouts),
		cmocka_unit_test(test_go_pe_macho),
		cmocka_unit_test(test_go_versions),
		cmocka_unit_test(test_go_corrupt),
		cmocka_unit_test(test_go_hostile_candidates),
		cmocka_unit_test(test_cargo_auditable),
		cmocka_unit_test(test_not_executables),
		cmocka_unit_test(test_real_go),
		cmocka_unit_test(test_real_rust),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}

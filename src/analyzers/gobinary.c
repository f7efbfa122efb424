/*
 * Go build info probe (run by the executable analyzer): the module graph
 * and toolchain version the Go linker embeds in every executable, as
 * `go version -m` prints them.
 *
 * The one idea: the build info starts with the 16-byte-aligned magic
 * "\xff Go buildinf:" at the start of the data segment, and comes in two
 * layouts. Go 1.18+ writes the version and the module text inline right
 * after the 32-byte header: that needs only a short capture. Older
 * toolchains store two pointers to Go string headers in .noptrdata (after
 * the magic), whose bytes live in .rodata (before it) — behind a stream that
 * cannot seek. So while searching for the magic the probe also remembers,
 * by file offset, every "go1"/"devel" text (toolchain version candidates)
 * and captures every module text, which Go brackets with fixed 16-byte
 * sentinels; once the pointers are resolved (virtual address to file offset
 * through the program headers) the candidate at exactly that offset is
 * taken, or, when the bytes lie ahead, a capture waits for them. Nothing is
 * guessed: a value is used only when its offset and length match.
 *
 * A magic outside a writable segment is the literal inside code that reads
 * build info (debug/buildinfo), not a header. The same segment table limits
 * the work: the header is looked for in writable segments only, the old
 * layout's strings in read-only data only (the whole file when the table is
 * missing), so the code of a large C binary is never searched; and an ELF
 * file's read-only data only when its notes include the Go linker's build
 * ID ("Go", type 4), which every go build writes.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "analyzers/apppkg.h"
#include "analyzers/textdb.h"
#include "analyzers/binprobe.h"
#include "util/error.h"
#include "util/str.h"

#define MAGIC "\xff Go buildinf:"
#define MAGIC_LEN 14
#define HEADER_LEN 32
#define VERSION_MAX 256
#define MODINFO_MAX (1u << 20)
/* bytes after a position the scan needs in the same window */
#define LOOK (VERSION_MAX + 16)
#define MAX_CANDIDATES 16384
/* old toolchains' versions ("go1.16.5", "devel +8f2db14 Tue ...") are short */
#define CAND_TEXT 64
#define MAX_CAPTURES 8

/* the sentinels cmd/go puts around the module text */
static const uint8_t info_start[16] = { 0x30, 0x77, 0xaf, 0x0c, 0x92, 0x74, 0x08, 0x02,
	0x41, 0xe1, 0xc1, 0x07, 0xe6, 0xd6, 0x18, 0xe6 };
static const uint8_t info_end[16] = { 0xf9, 0x32, 0x43, 0x31, 0x86, 0x18, 0x20, 0x72,
	0x00, 0x82, 0x42, 0x10, 0x41, 0x16, 0xd8, 0xf2 };

typedef struct vcand {
	uint64_t off;
	uint16_t len;
	char text[CAND_TEXT];
} vcand;

typedef struct mcapture {
	dd_bingrab g;
	bool closed;          /* the end sentinel was seen */
} mcapture;

enum { SEARCH, INLINE, POINTERS, DONE };

typedef struct goprobe {
	const dd_exe *exe;
	dd_ranges header_in;   /* writable segments: where the header can be */
	dd_ranges strings_in;  /* read-only segments: where old toolchains' strings are */
	uint64_t next;         /* next offset the scan examines */
	int phase;
	uint64_t magic_off;
	dd_bingrab inl;        /* inline: header and both strings */
	unsigned ptrsize;
	bool be;
	dd_bingrab strhdr[2];  /* pointer layout: the two string headers */
	bool have_hdr[2];
	dd_bingrab data[2];    /* ... and their bytes, when still ahead */
	bool want_data[2];
	dd_buf out[2];         /* version, module text */
	bool have[2];
	vcand *cands;
	size_t ncands;
	bool cands_full;
	mcapture caps[MAX_CAPTURES];
	size_t ncaps;
	char why[160];         /* set when the build info is unreadable */
	bool no_note;          /* ELF without a Go build ID note: no string candidates kept */
} goprobe;

static bool begin(void *s, const dd_exe *exe, uint64_t size)
{
	goprobe *g = s;
	g->exe = exe;
	dd_ranges_from_exe(&g->header_in, exe, DD_RANGES_WRITABLE, size);
	/* Mach-O keeps read-only data in the executable __TEXT segment */
	dd_ranges_from_exe(&g->strings_in, exe, exe->format == DD_EXE_MACHO ? DD_RANGES_READONLY_EXEC : DD_RANGES_READONLY, size);
	/* an ELF without the Go linker's build ID note is not looked at for
	 * old-layout strings (a C binary's read-only data is large); should
	 * it still hold an old-layout header, it is reported unreadable */
	if (exe->format == DD_EXE_ELF && !exe->go_note) {
		memset(&g->strings_in, 0, sizeof(g->strings_in));
		g->no_note = true;
	}
	dd_buf_init(&g->out[0], VERSION_MAX);
	dd_buf_init(&g->out[1], MODINFO_MAX);
	return true;
}

static void corrupt(goprobe *g, const char *why)
{
	if (!g->why[0])
		snprintf(g->why, sizeof(g->why), "%s", why);
	g->phase = DONE;
}

static uint64_t uvarint(const uint8_t *p, size_t n, size_t *used)
{
	uint64_t v = 0;
	for (size_t i = 0; i < n && i < 10; i++) {
		v |= (uint64_t)(p[i] & 0x7f) << (7 * i);
		if (!(p[i] & 0x80)) {
			*used = i + 1;
			return v;
		}
	}
	*used = 0;
	return 0;
}

/* Go 1.18+: uvarint-prefixed version and module text after the header.
 * Returns true once both are decoded (or the header is found corrupt). */
static bool try_inline(goprobe *g)
{
	const uint8_t *p = (const uint8_t *)g->inl.buf.ptr;
	size_t n = g->inl.buf.len, at = HEADER_LEN, used;
	if (!p || n <= at)
		return false;
	uint64_t l1 = uvarint(p + at, n - at, &used);
	if (!used)
		return n - at >= 10 ? (corrupt(g, "bad version length"), true) : false;
	if (l1 > VERSION_MAX)
		return corrupt(g, "toolchain version longer than 256 bytes"), true;
	at += used;
	if (n - at < l1)
		return false;
	size_t vat = at;
	at += (size_t)l1;
	uint64_t l2 = uvarint(p + at, n - at, &used);
	if (!used)
		return n - at >= 10 ? (corrupt(g, "bad module text length"), true) : false;
	if (l2 > MODINFO_MAX)
		return corrupt(g, "module text longer than 1 MiB"), true;
	at += used;
	/* shrink the capture to exactly what is needed */
	g->inl.want = at + (size_t)l2;
	if (n - at < l2)
		return false;
	dd_buf_put(&g->out[0], p + vat, (size_t)l1);
	dd_buf_put(&g->out[1], p + at, (size_t)l2);
	g->have[0] = g->have[1] = true;
	g->phase = DONE;
	return true;
}

/* A string's bytes already behind the stream: the candidate recorded at
 * exactly that offset. */
static bool from_candidates(goprobe *g, int which, uint64_t off, uint64_t len)
{
	if (which == 0) {
		size_t lo = 0, hi = g->ncands;
		while (lo < hi) {
			size_t mid = lo + (hi - lo) / 2;
			if (g->cands[mid].off < off)
				lo = mid + 1;
			else
				hi = mid;
		}
		if (lo < g->ncands && g->cands[lo].off == off && len <= g->cands[lo].len) {
			dd_buf_put(&g->out[0], g->cands[lo].text, (size_t)len);
			return true;
		}
		return false;
	}
	for (size_t i = 0; i < g->ncaps; i++)
		if (g->caps[i].g.off == off && g->caps[i].g.buf.len >= len) {
			dd_buf_put(&g->out[1], g->caps[i].g.buf.ptr, (size_t)len);
			return true;
		}
	return false;
}

static void resolve_string(goprobe *g, int which, const dd_binwin *w)
{
	const uint8_t *h = (const uint8_t *)g->strhdr[which].buf.ptr;
	uint64_t addr = dd_exe_uint(g->exe, h, g->ptrsize), len = dd_exe_uint(g->exe, h + g->ptrsize, g->ptrsize);
	uint64_t off;
	if (len > (which ? MODINFO_MAX : VERSION_MAX)) {
		corrupt(g, which ? "module text longer than 1 MiB" : "toolchain version longer than 256 bytes");
		return;
	}
	if (len == 0) {
		g->have[which] = true;
		return;
	}
	if (!dd_exe_vaddr_to_offset(g->exe, addr, len, &off)) {
		corrupt(g, "a build info string points outside the file");
		return;
	}
	dd_bingrab_start(&g->data[which], off, (size_t)len);
	if (dd_bingrab_feed(&g->data[which], w)) {
		dd_buf_put(&g->out[which], g->data[which].buf.ptr, g->data[which].buf.len);
		g->have[which] = true;
	} else if (g->data[which].missed) {
		if (from_candidates(g, which, off, len))
			g->have[which] = true;
		else
			corrupt(g, g->no_note ? "old-layout build info in an ELF file without a Go build ID note" :
				which ? "the module text (behind the header) was not captured" :
				"the toolchain version (behind the header) was not captured");
	} else {
		g->want_data[which] = true;
	}
}

static void header_found(goprobe *g, uint64_t m, const dd_binwin *w)
{
	const uint8_t *h = w->p + (m - w->off);
	g->magic_off = m;
	g->ptrsize = h[14];
	if (h[15] & 2) {
		g->phase = INLINE;
		g->be = h[15] & 1;
		dd_bingrab_start(&g->inl, m, HEADER_LEN + 20 + VERSION_MAX + MODINFO_MAX);
		dd_bingrab_feed(&g->inl, w);
		try_inline(g);
		return;
	}
	if (g->ptrsize != 4 && g->ptrsize != 8) {
		corrupt(g, "build info header has a bad pointer size");
		return;
	}
	g->phase = POINTERS;
	for (int i = 0; i < 2; i++) {
		uint64_t addr = dd_exe_uint(g->exe, h + 16 + (size_t)i * g->ptrsize, g->ptrsize), off;
		if (!dd_exe_vaddr_to_offset(g->exe, addr, 2 * g->ptrsize, &off)) {
			corrupt(g, "build info header points outside the file");
			return;
		}
		dd_bingrab_start(&g->strhdr[i], off, 2 * g->ptrsize);
	}
}

static int add_candidate(goprobe *g, const dd_binwin *w, uint64_t at)
{
	if (g->ncands == MAX_CANDIDATES) {
		g->cands_full = true;
		return 0;
	}
	if (!g->cands && !(g->cands = malloc(MAX_CANDIDATES * sizeof(*g->cands))))
		return dd_error_oom();
	vcand *c = &g->cands[g->ncands++];
	size_t avail = (size_t)(w->off + w->len - at);
	c->off = at;
	c->len = (uint16_t)(avail < CAND_TEXT ? avail : CAND_TEXT);
	memcpy(c->text, w->p + (at - w->off), c->len);
	return 0;
}

/* Records "go1..." and "devel ..." texts and module-text sentinels in [from, to). */
static int scan_candidates(goprobe *g, const dd_binwin *w, uint64_t from, uint64_t to)
{
	static const char *const pats[] = { "go1", "devel " };
	int rc;
	/* positions must be visited in file order for the binary search */
	uint64_t at[2] = { UINT64_MAX, UINT64_MAX };
	for (int k = 0; k < 2 && !g->cands_full; k++)
		at[k] = dd_ranges_find(&g->strings_in, w, from, to, pats[k], strlen(pats[k]));
	while (at[0] != UINT64_MAX || at[1] != UINT64_MAX) {
		int k = at[0] <= at[1] ? 0 : 1;
		if ((rc = add_candidate(g, w, at[k])) != 0)
			return rc;
		if (g->cands_full)
			break;
		at[k] = dd_ranges_find(&g->strings_in, w, at[k] + 1, to, pats[k], strlen(pats[k]));
	}
	for (uint64_t s = dd_ranges_find(&g->strings_in, w, from, to, info_start, 16); s != UINT64_MAX;
	     s = dd_ranges_find(&g->strings_in, w, s + 1, to, info_start, 16)) {
		if (g->ncaps == MAX_CAPTURES)
			break;
		mcapture *c = &g->caps[g->ncaps++];
		dd_bingrab_start(&c->g, s, MODINFO_MAX + 32);
	}
	return 0;
}

/* Feeds the module-text captures and closes those that reached their end sentinel. */
static void feed_captures(goprobe *g, const dd_binwin *w)
{
	for (size_t i = 0; i < g->ncaps; i++) {
		mcapture *c = &g->caps[i];
		if (!c->g.active || c->closed)
			continue;
		size_t before = c->g.buf.len;
		dd_bingrab_feed(&c->g, w);
		size_t from = before > 15 ? before - 15 : 0;
		if (c->g.buf.len >= from + 16) {
			const uint8_t *e = memmem(c->g.buf.ptr + from, c->g.buf.len - from, info_end, 16);
			if (e && e >= (const uint8_t *)c->g.buf.ptr + 16) {
				c->g.buf.len = (size_t)(e - (const uint8_t *)c->g.buf.ptr) + 16;
				c->g.active = false;
				c->closed = true;
			}
		}
	}
}

static bool writable_at(const goprobe *g, uint64_t off)
{
	if (!g->exe->n_segs)
		return true;   /* no segment table to check against */
	const dd_exe_seg *s = dd_exe_seg_at_offset(g->exe, off);
	return s ? s->writable : !g->exe->segs_complete;
}

static int feed(void *s, const dd_binwin *w)
{
	goprobe *g = s;
	int rc;
	feed_captures(g, w);
	if (g->phase == INLINE) {
		dd_bingrab_feed(&g->inl, w);
		if (!try_inline(g) && !g->inl.active)
			corrupt(g, "the file ends inside the build info");
	}
	if (g->phase == POINTERS) {
		for (int i = 0; i < 2 && g->phase == POINTERS; i++) {
			if (!g->have_hdr[i] && dd_bingrab_feed(&g->strhdr[i], w)) {
				g->have_hdr[i] = true;
				resolve_string(g, i, w);
			} else if (!g->have_hdr[i] && !g->strhdr[i].active) {
				corrupt(g, "a build info string header was not captured");
			} else if (g->want_data[i] && !g->have[i]) {
				if (dd_bingrab_feed(&g->data[i], w)) {
					dd_buf_put(&g->out[i], g->data[i].buf.ptr, g->data[i].buf.len);
					g->have[i] = true;
				} else if (!g->data[i].active) {
					corrupt(g, "a build info string was not captured");
				}
			}
		}
		if (g->phase == POINTERS && g->have[0] && g->have[1])
			g->phase = DONE;
	}
	if (g->phase == DONE)
		return 1;
	uint64_t to = dd_binwin_limit(w, LOOK);
	uint64_t from = g->next > w->off ? g->next : w->off;
	if (from >= to)
		return 0;
	if (g->phase == SEARCH) {
		/* the toolchain version and module text of an old binary come
		 * before its header: record them until the header shows up */
		if ((rc = scan_candidates(g, w, from, to)) != 0)
			return rc;
		feed_captures(g, w);
		for (uint64_t m = dd_ranges_find(&g->header_in, w, from, to, MAGIC, MAGIC_LEN); m != UINT64_MAX;
		     m = dd_ranges_find(&g->header_in, w, m + 1, to, MAGIC, MAGIC_LEN)) {
			if (m % 16 || !writable_at(g, m) || w->off + w->len - m < HEADER_LEN)
				continue;
			header_found(g, m, w);
			if (g->phase == POINTERS)
				return feed(s, w);   /* the string headers may be in this window */
			break;
		}
	}
	g->next = to;
	return g->phase == DONE ? 1 : 0;
}

/* strconv.Unquote for the quoted values of "build" lines. */
static size_t go_unquote(const char *s, size_t n, char *out, size_t cap)
{
	size_t o = 0;
	if (n < 2 || s[0] != '"' || s[n - 1] != '"') {
		for (size_t i = 0; i < n && o + 1 < cap; i++)
			out[o++] = s[i];
		out[o] = '\0';
		return o;
	}
	for (size_t i = 1; i + 1 < n && o + 1 < cap; i++) {
		char c = s[i];
		if (c == '\\' && i + 2 < n) {
			c = s[++i];
			switch (c) {
			case 'n': c = '\n'; break;
			case 't': c = '\t'; break;
			case 'r': c = '\r'; break;
			default: break;   /* \" \\ and anything else: the character itself */
			}
		}
		out[o++] = c;
	}
	out[o] = '\0';
	return o;
}

static bool semverish(const char *v)
{
	if (*v == 'v')
		v++;
	if (!(*v >= '0' && *v <= '9'))
		return false;
	while (*v >= '0' && *v <= '9')
		v++;
	return *v == '.' && v[1] >= '0' && v[1] <= '9';
}

/*
 * A version set at link time with -ldflags "-X pkg.version=v1.2.3" (the
 * usual way to stamp a release into a binary built outside a module tag):
 * any -X whose variable is named version, with a version-like value.
 */
static bool ldflags_version(const char *ldflags, char *out, size_t cap)
{
	const char *p = ldflags;
	while (*p) {
		while (*p == ' ' || *p == '\t')
			p++;
		const char *tok = p;
		char q = 0;
		while (*p && (q || (*p != ' ' && *p != '\t'))) {
			if (!q && (*p == '\'' || *p == '"'))
				q = *p;
			else if (q && *p == q)
				q = 0;
			p++;
		}
		size_t n = (size_t)(p - tok);
		const char *arg = NULL;
		size_t an = 0;
		if (n > 3 && (!strncmp(tok, "-X=", 3) || !strncmp(tok, "--X=", 4))) {
			arg = tok + (tok[1] == '-' ? 4 : 3);
			an = n - (size_t)(arg - tok);
		} else if ((n == 2 && !strncmp(tok, "-X", 2)) || (n == 3 && !strncmp(tok, "--X", 3))) {
			while (*p == ' ' || *p == '\t')
				p++;
			arg = p;
			q = 0;
			while (*p && (q || (*p != ' ' && *p != '\t'))) {
				if (!q && (*p == '\'' || *p == '"'))
					q = *p;
				else if (q && *p == q)
					q = 0;
				p++;
			}
			an = (size_t)(p - arg);
		}
		if (!arg)
			continue;
		char kv[512];
		size_t k = 0;
		for (size_t i = 0; i < an && k + 1 < sizeof(kv); i++)
			if (arg[i] != '\'' && arg[i] != '"')
				kv[k++] = arg[i];
		kv[k] = '\0';
		char *eq = strchr(kv, '=');
		if (!eq)
			continue;
		*eq = '\0';
		const char *var = strrchr(kv, '.');
		var = var ? var + 1 : kv;
		if (strcasecmp(var, "version") || !semverish(eq + 1) || strlen(eq + 1) + 2 > cap)
			continue;
		snprintf(out, cap, "%s%s", eq[1] == 'v' ? "" : "v", eq + 1);
		return true;
	}
	return false;
}

typedef struct modline {
	dd_slice path, version;
} modline;

static bool local_path(dd_slice p)
{
	return !p.n || p.p[0] == '.' || p.p[0] == '/';
}

static int emit_modules(dd_app_ctx *c, const char *text, size_t len)
{
	const char *pos = text, *end = text + len;
	modline main_mod = { 0 }, pending = { 0 };
	bool have_pending = false, pending_is_main = false;
	char ldv[128] = "";
	int rc = 0;
	dd_slice line;
	while (!rc && dd_textdb_next_line(&pos, end, &line)) {
		dd_slice f[4] = { 0 };
		size_t nf = 0;
		const char *s = line.p, *e = line.p + line.n;
		while (s <= e && nf < 4) {
			const char *tab = memchr(s, '\t', (size_t)(e - s));
			const char *fe = tab ? tab : e;
			f[nf++] = (dd_slice){ s, (size_t)(fe - s) };
			if (!tab)
				break;
			s = tab + 1;
		}
		if (!nf)
			continue;
		if (dd_textdb_eq(f[0], "=>", false)) {
			/* replaces the module on the line before */
			if (have_pending && !pending_is_main) {
				modline r = { f[1], nf > 2 ? f[2] : (dd_slice){ 0 } };
				pending = r;
				if (local_path(r.path) || !r.version.n)
					have_pending = false;   /* local code, not a published module */
			}
			continue;
		}
		if (have_pending && !pending_is_main)
			rc = dd_app_addn(c, "golang", pending.path.p, pending.path.n, pending.version.p, pending.version.n, NULL, false);
		have_pending = false;
		if (rc)
			break;
		if ((dd_textdb_eq(f[0], "mod", false) || dd_textdb_eq(f[0], "dep", false)) && nf >= 3) {
			pending = (modline){ f[1], f[2] };
			pending_is_main = dd_textdb_eq(f[0], "mod", false);
			/* a go.work workspace module is "dep PATH (devel)": local
			 * code built with the main module, no published version
			 * to check (kubectl's k8s.io/api ... staging modules) */
			have_pending = pending_is_main || !dd_textdb_eq(f[2], "(devel)", false);
			if (pending_is_main)
				main_mod = pending;
		} else if (dd_textdb_eq(f[0], "build", false) && nf >= 2 && f[1].n > 9 &&
			   !memcmp(f[1].p, "-ldflags=", 9)) {
			char flags[4096];
			go_unquote(f[1].p + 9, f[1].n - 9, flags, sizeof(flags));
			ldflags_version(flags, ldv, sizeof(ldv));
		}
	}
	if (!rc && have_pending && !pending_is_main)
		rc = dd_app_addn(c, "golang", pending.path.p, pending.path.n, pending.version.p, pending.version.n, NULL, false);
	if (rc || !main_mod.path.n)
		return rc;
	/* the main module: "(devel)" unless built from a tagged module
	 * checkout (Go 1.24+) or stamped with -ldflags -X */
	if (main_mod.version.n && !dd_textdb_eq(main_mod.version, "(devel)", false))
		return dd_app_addn(c, "golang", main_mod.path.p, main_mod.path.n, main_mod.version.p, main_mod.version.n, NULL, false);
	if (ldv[0])
		return dd_app_addn(c, "golang", main_mod.path.p, main_mod.path.n, ldv, strlen(ldv), NULL, false);
	return 0;
}

/* "go1.22.1 X:loopvar" -> "1.22.1"; "go1.20" -> "1.20.0" (the release it
 * names); development toolchains ("devel ...") have no release version. */
static bool stdlib_version(const char *v, size_t n, char *out, size_t cap)
{
	if (n < 3 || memcmp(v, "go", 2) || !(v[2] >= '0' && v[2] <= '9'))
		return false;
	size_t k = 2;
	while (k < n && v[k] != ' ' && v[k] != '\t')
		k++;
	size_t len = k - 2;
	if (len + 3 > cap)
		return false;
	memcpy(out, v + 2, len);
	out[len] = '\0';
	int dots = 0;
	bool digits_only = true;
	for (size_t i = 0; i < len; i++) {
		if (out[i] == '.')
			dots++;
		else if (out[i] < '0' || out[i] > '9')
			digits_only = false;
	}
	if (dots == 1 && digits_only)
		strcat(out, ".0");
	return true;
}

static int finish(void *s, dd_analysis *a)
{
	goprobe *g = s;
	if (g->phase == SEARCH)
		return 0;   /* not a Go binary */
	if (g->why[0] || !g->have[0] || !g->have[1]) {
		dd_analysis_note(a, true, "Go build info at offset %llu is unreadable (%s); its modules are not listed",
			(unsigned long long)g->magic_off, g->why[0] ? g->why : "incomplete");
		return 0;
	}
	dd_app_ctx c = dd_app_ctx_make(a);
	char sv[VERSION_MAX + 4];
	int rc = 0;
	if (stdlib_version(g->out[0].ptr ? g->out[0].ptr : "", g->out[0].len, sv, sizeof(sv)) &&
	    (rc = dd_app_add(&c, "golang", "stdlib", sv, NULL, false)) != 0)
		return rc;
	/* debug/buildinfo's rule: the text sits between the two 16-byte
	 * sentinels, and the byte before the end sentinel is a newline */
	const char *m = g->out[1].ptr;
	size_t n = g->out[1].len;
	if (n >= 33 && m[n - 17] == '\n')
		rc = emit_modules(&c, m + 16, n - 32);
	return rc;
}

static void cleanup(void *s)
{
	goprobe *g = s;
	dd_bingrab_free(&g->inl);
	for (int i = 0; i < 2; i++) {
		dd_bingrab_free(&g->strhdr[i]);
		dd_bingrab_free(&g->data[i]);
		dd_buf_free(&g->out[i]);
	}
	for (size_t i = 0; i < g->ncaps; i++)
		dd_bingrab_free(&g->caps[i].g);
	free(g->cands);
}

const dd_binprobe dd_binprobe_gobuildinfo = {
	.name = "go build info",
	.state_size = sizeof(goprobe),
	.begin = begin,
	.feed = feed,
	.finish = finish,
	.cleanup = cleanup,
};

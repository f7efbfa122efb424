/* Layer cache (see cache.h). An entry is a flat binary record: a magic and
 * format number, then every field of the layer result in a fixed order,
 * strings as a 32-bit length and their bytes, and the layer's sorted path
 * hashes as raw 64-bit words at the end. Parsing it is a bounds-checked copy
 * (a cached rescan of a 2 GB image spent a quarter of its time building and
 * freeing a jansson tree of a JSON entry), and bytes round-trip exactly: a
 * JSON string cannot hold a file name that is not UTF-8, and such names
 * (tar entries are bytes) made their findings vanish from cached rescans. */
#include <errno.h>
#include <fcntl.h>
#include <openssl/evp.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "report/model.h"
#include "scan/cache.h"
#include "util/buf.h"
#include "util/error.h"
#include "util/reader.h"
#include "util/str.h"

#define CACHE_MAGIC "DDLAYER"   /* 8 bytes with the NUL */
#define CACHE_FORMAT 4u
#define CACHE_ENTRY_MAX (512u << 20)
#define NULL_STR 0xffffffffu

void dd_cache_key(const char *diff_id, const char *fingerprint, char out[65])
{
	static const char hex[] = "0123456789abcdef";
	unsigned char md[32];
	unsigned n = 0;
	EVP_MD_CTX *ctx = EVP_MD_CTX_new();
	EVP_DigestInit_ex(ctx, EVP_sha256(), NULL);
	EVP_DigestUpdate(ctx, diff_id, strlen(diff_id));
	EVP_DigestUpdate(ctx, "\n", 1);
	EVP_DigestUpdate(ctx, fingerprint, strlen(fingerprint));
	EVP_DigestFinal_ex(ctx, md, &n);
	EVP_MD_CTX_free(ctx);
	for (int i = 0; i < 32; i++) {
		out[2 * i] = hex[md[i] >> 4];
		out[2 * i + 1] = hex[md[i] & 15];
	}
	out[64] = '\0';
}

static char *entry_path(const char *dir, const char *key)
{
	return dd_asprintf("%s/layers/%.2s/%s.entry", dir, key, key);
}

static int mkdirs(const char *path)
{
	char tmp[4096];
	snprintf(tmp, sizeof(tmp), "%s", path);
	for (char *p = tmp + 1; *p; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (mkdir(tmp, 0755) != 0 && errno != EEXIST)
			return dd_error_set(DD_EIO, "cache: cannot create %s: %s", tmp, strerror(errno));
		*p = '/';
	}
	return 0;
}

int dd_cache_dir_check(const char *dir)
{
	struct stat st;
	char why[300] = "";
	char *probe = dd_asprintf("%s/", dir);
	if (!probe)
		return dd_error_oom();
	int rc = mkdirs(probe);
	free(probe);
	if (rc)
		snprintf(why, sizeof(why), "%s", dd_error_last());
	else if (stat(dir, &st) != 0)
		snprintf(why, sizeof(why), "%s", strerror(errno));
	else if (!S_ISDIR(st.st_mode))
		snprintf(why, sizeof(why), "not a directory");
	else if (access(dir, W_OK | X_OK) != 0)
		snprintf(why, sizeof(why), "%s", strerror(errno));
	if (why[0])
		return dd_error_set(DD_EINVAL, "cache directory %s is unusable (%s): name a writable directory, or '' "
			"for no cache", dir, why);
	return 0;
}

/* ---- writing: little-endian integers, length-prefixed strings ---- */

static void put_u8(dd_buf *b, int *bad, unsigned v)
{
	char c = (char)v;
	*bad |= dd_buf_put(b, &c, 1);
}

static void put_u32(dd_buf *b, int *bad, uint32_t v)
{
	unsigned char x[4] = { (unsigned char)v, (unsigned char)(v >> 8), (unsigned char)(v >> 16), (unsigned char)(v >> 24) };
	*bad |= dd_buf_put(b, x, 4);
}

static void put_u64(dd_buf *b, int *bad, uint64_t v)
{
	put_u32(b, bad, (uint32_t)v);
	put_u32(b, bad, (uint32_t)(v >> 32));
}

static void put_bytes(dd_buf *b, int *bad, const void *p, size_t n)
{
	if (n >= NULL_STR) {
		*bad = 1;
		return;
	}
	put_u32(b, bad, (uint32_t)n);
	if (n)
		*bad |= dd_buf_put(b, p, n);
}

static void put_str(dd_buf *b, int *bad, const char *s)
{
	if (!s)
		put_u32(b, bad, NULL_STR);
	else
		put_bytes(b, bad, s, strlen(s));
}

static void put_strv(dd_buf *b, int *bad, const dd_strv *v)
{
	put_u32(b, bad, (uint32_t)v->count);
	for (size_t i = 0; i < v->count; i++)
		put_str(b, bad, v->items[i]);
}

static void put_package(dd_buf *b, int *bad, const dd_package *p)
{
	const char *f[] = { p->type, p->name, p->version, p->source_name, p->source_version, p->arch, p->purl,
		p->path, p->layer, p->licenses };
	for (size_t i = 0; i < sizeof(f) / sizeof(*f); i++)
		put_str(b, bad, f[i]);
	put_u8(b, bad, p->dev);
}

static void put_finding(dd_buf *b, int *bad, const dd_finding *f)
{
	put_u32(b, bad, (uint32_t)f->cls);
	put_u32(b, bad, (uint32_t)f->severity);
	const char *s[] = { f->id, f->severity_source, f->title, f->description, f->remediation, f->path, f->match,
		f->layer };
	for (size_t i = 0; i < sizeof(s) / sizeof(*s); i++)
		put_str(b, bad, s[i]);
	put_u32(b, bad, f->line);
	put_u32(b, bad, (uint32_t)f->history_index);
	put_strv(b, bad, &f->aliases);
	put_strv(b, bad, &f->references);
}

int dd_cache_store(const char *dir, const char *key, const dd_layer_result *res)
{
	int rc = 0, bad = 0;
	char *path = entry_path(dir, key), *tmp = NULL;
	dd_buf b = DD_BUF_INIT(CACHE_ENTRY_MAX);
	FILE *fp = NULL;
	if (!path) {
		rc = dd_error_oom();
		goto out;
	}
	bad |= dd_buf_put(&b, CACHE_MAGIC, sizeof(CACHE_MAGIC));
	put_u32(&b, &bad, CACHE_FORMAT);
	put_str(&b, &bad, res->diff_id);
	put_u64(&b, &bad, res->entries);
	put_u64(&b, &bad, res->bytes);
	put_u32(&b, &bad, (uint32_t)res->n_packages);
	for (size_t i = 0; i < res->n_packages; i++)
		put_package(&b, &bad, &res->packages[i]);
	put_u32(&b, &bad, (uint32_t)res->n_findings);
	for (size_t i = 0; i < res->n_findings; i++)
		put_finding(&b, &bad, &res->findings[i]);
	put_u32(&b, &bad, (uint32_t)res->n_kept);
	for (size_t i = 0; i < res->n_kept; i++) {
		const dd_kept *k = &res->kept[i];
		put_str(&b, &bad, k->path);
		put_u32(&b, &bad, k->mode);
		put_u32(&b, &bad, k->uid);
		put_u32(&b, &bad, k->gid);
		put_u8(&b, &bad, k->special_only);
		put_bytes(&b, &bad, k->data ? k->data : "", k->data ? k->len : 0);
	}
	put_strv(&b, &bad, &res->whiteouts);
	put_strv(&b, &bad, &res->opaque_dirs);
	put_strv(&b, &bad, &res->notes);
	/* the links and directories the squash resolves through (links.h) */
	put_u32(&b, &bad, (uint32_t)res->n_symlinks);
	for (size_t i = 0; i < res->n_symlinks; i++) {
		put_str(&b, &bad, res->symlinks[i].path);
		put_str(&b, &bad, res->symlinks[i].target);
	}
	put_u32(&b, &bad, (uint32_t)res->n_hardlinks);
	for (size_t i = 0; i < res->n_hardlinks; i++) {
		put_u64(&b, &bad, res->hardlinks[i].path_hash);
		put_u64(&b, &bad, res->hardlinks[i].target_hash);
	}
	put_u32(&b, &bad, (uint32_t)res->n_dirs);
	for (size_t i = 0; i < res->n_dirs; i++)
		put_u64(&b, &bad, res->dir_hashes[i]);
	put_u64(&b, &bad, res->n_hashes);
	for (size_t i = 0; i < res->n_hashes; i++)
		put_u64(&b, &bad, res->path_hashes[i]);
	if (bad) {
		/* only a result past the entry cap gets here: not cached, read again */
		rc = dd_error_set(DD_ELIMIT, "cache: the result of layer %s is over the %u MB entry limit; not cached",
			res->digest ? res->digest : "?", CACHE_ENTRY_MAX >> 20);
		goto out;
	}
	if ((rc = mkdirs(path)) != 0)
		goto out;
	/* unique per scan, not just per process: concurrent scans of one engine
	 * may store the same layer at once; the rename makes one of them win */
	static atomic_uint serial;
	if (!(tmp = dd_asprintf("%s.tmp.%d.%u", path, (int)getpid(), atomic_fetch_add(&serial, 1)))) {
		rc = dd_error_oom();
		goto out;
	}
	if (!(fp = fopen(tmp, "wb"))) {
		rc = dd_error_set(DD_EIO, "cache: cannot write %s: %s", path, strerror(errno));
		goto out;
	}
	bool written = fwrite(b.ptr, 1, b.len, fp) == b.len;
	if (fclose(fp) != 0 || !written || rename(tmp, path) != 0) {
		rc = dd_error_set(DD_EIO, "cache: cannot write %s: %s", path, strerror(errno));
		unlink(tmp);
	}
	fp = NULL;
out:
	dd_buf_free(&b);
	free(tmp);
	free(path);
	return rc;
}

/* ---- reading: every length checked against what is left ---- */

typedef struct rd {
	const unsigned char *p, *end;
	bool bad;
	bool oom;        /* bad because memory ran out: says nothing of the entry */
} rd;

/* false, after noting that memory ran out */
static bool out_of_memory(rd *r)
{
	r->bad = r->oom = true;
	return false;
}

static const unsigned char *take(rd *r, size_t n)
{
	if (r->bad || (size_t)(r->end - r->p) < n) {
		r->bad = true;
		return NULL;
	}
	const unsigned char *at = r->p;
	r->p += n;
	return at;
}

static unsigned get_u8(rd *r)
{
	const unsigned char *x = take(r, 1);
	return x ? x[0] : 0;
}

static uint32_t get_u32(rd *r)
{
	const unsigned char *x = take(r, 4);
	return x ? (uint32_t)x[0] | (uint32_t)x[1] << 8 | (uint32_t)x[2] << 16 | (uint32_t)x[3] << 24 : 0;
}

static uint64_t get_u64(rd *r)
{
	uint64_t lo = get_u32(r);
	return lo | (uint64_t)get_u32(r) << 32;
}

/* A C string (NULL for a stored NULL); a NUL inside is a broken entry. */
static char *get_str(rd *r)
{
	uint32_t n = get_u32(r);
	if (r->bad || n == NULL_STR)
		return NULL;
	const unsigned char *s = take(r, n);
	if (!s || memchr(s, '\0', n)) {
		r->bad = true;
		return NULL;
	}
	char *out = malloc((size_t)n + 1);
	if (!out) {
		out_of_memory(r);
		return NULL;
	}
	memcpy(out, s, n);
	out[n] = '\0';
	return out;
}

static void get_strv(rd *r, dd_strv *v)
{
	uint32_t n = get_u32(r);
	for (uint32_t i = 0; i < n && !r->bad; i++) {
		char *s = get_str(r);
		if (s && dd_strv_push_owned(v, s))
			out_of_memory(r);
		else if (!s)
			r->bad = true;
	}
}

/* A count of records that each take at least min_size bytes: a count the
 * rest of the entry cannot hold is broken (and would be a huge allocation). */
static size_t get_count(rd *r, size_t min_size)
{
	uint32_t n = get_u32(r);
	if (!r->bad && (size_t)(r->end - r->p) / min_size < n)
		r->bad = true;
	return r->bad ? 0 : n;
}

static bool parse_entry(rd *r, dd_layer_result *res)
{
	const unsigned char *magic = take(r, sizeof(CACHE_MAGIC));
	if (!magic || memcmp(magic, CACHE_MAGIC, sizeof(CACHE_MAGIC)) || get_u32(r) != CACHE_FORMAT)
		return false;
	res->diff_id = get_str(r);
	res->entries = get_u64(r);
	res->bytes = get_u64(r);
	size_t n = get_count(r, 41);
	if (n && !(res->packages = calloc(n, sizeof(*res->packages))))
		return out_of_memory(r);
	res->cap_packages = n;
	for (size_t i = 0; i < n && !r->bad; i++) {
		dd_package *p = &res->packages[res->n_packages++];
		p->type = get_str(r); p->name = get_str(r); p->version = get_str(r);
		p->source_name = get_str(r); p->source_version = get_str(r); p->arch = get_str(r);
		p->purl = get_str(r); p->path = get_str(r); p->layer = get_str(r); p->licenses = get_str(r);
		p->dev = get_u8(r) != 0;
		if (!p->type || !p->name || !p->path)
			r->bad = true;
	}
	n = get_count(r, 48);
	if (n && !(res->findings = calloc(n, sizeof(*res->findings))))
		return out_of_memory(r);
	res->cap_findings = n;
	for (size_t i = 0; i < n && !r->bad; i++) {
		dd_finding *f = &res->findings[res->n_findings++];
		dd_finding_init(f);
		uint32_t cls = get_u32(r), sev = get_u32(r);
		if (cls >= DD_CLASS_COUNT || sev >= DD_SEV_COUNT)
			r->bad = true;
		f->cls = (dd_finding_class)cls;
		f->severity = (dd_severity)sev;
		f->id = get_str(r); f->severity_source = get_str(r); f->title = get_str(r);
		f->description = get_str(r); f->remediation = get_str(r); f->path = get_str(r);
		f->match = get_str(r); f->layer = get_str(r);
		f->line = get_u32(r);
		f->history_index = (int)get_u32(r);
		get_strv(r, &f->aliases);
		get_strv(r, &f->references);
		if (!f->id)
			r->bad = true;
	}
	n = get_count(r, 21);
	for (size_t i = 0; i < n && !r->bad; i++) {
		char *path = get_str(r);
		dd_file f = { .path = path };
		f.mode = get_u32(r);
		f.uid = get_u32(r);
		f.gid = get_u32(r);
		bool special = get_u8(r) != 0;
		uint32_t len = get_u32(r);
		const unsigned char *data = len == NULL_STR ? NULL : take(r, len);
		int rc = !path || !data ? DD_EFORMAT : dd_layer_result_keep(res, &f, data, len, special);
		if (rc == DD_ENOMEM)
			out_of_memory(r);
		else if (rc)
			r->bad = true;
		free(path);
	}
	get_strv(r, &res->whiteouts);
	get_strv(r, &res->opaque_dirs);
	get_strv(r, &res->notes);
	/* the squash looks whiteouts up by binary search */
	dd_strv_sort(&res->whiteouts);
	dd_strv_sort(&res->opaque_dirs);
	n = get_count(r, 8);
	for (size_t i = 0; i < n && !r->bad; i++) {
		char *path = get_str(r), *target = get_str(r);
		if (!path || !target || dd_layer_result_add_symlink(res, path, target) != 0)
			r->bad = true;
		free(path);
		free(target);
	}
	n = get_count(r, 16);
	for (size_t i = 0; i < n && !r->bad; i++) {
		uint64_t ph = get_u64(r), th = get_u64(r);
		if (dd_layer_result_add_hardlink(res, ph, th) != 0 || (i && res->hardlinks[i - 1].path_hash > ph))
			r->bad = true;
	}
	n = get_count(r, 8);
	for (size_t i = 0; i < n && !r->bad; i++) {
		uint64_t h = get_u64(r);
		/* stored sorted and unique, as the squash's binary search needs */
		if (dd_layer_result_add_dir(res, h, h & 1) != 0 || (i && res->dir_hashes[i - 1] >= h))
			r->bad = true;
	}
	uint64_t nh = get_u64(r);
	size_t left = (size_t)(r->end - r->p);
	if (r->bad || left % 8 || nh != left / 8)
		return false;
	if (!(res->path_hashes = malloc(nh ? (size_t)nh * 8 : 1)))
		return out_of_memory(r);
	res->n_hashes = res->cap_hashes = (size_t)nh;
	for (size_t k = 0; k < res->n_hashes; k++) {
		res->path_hashes[k] = get_u64(r);
		/* the stored index must be sorted, as the squash's binary search needs */
		if (k && res->path_hashes[k - 1] > res->path_hashes[k])
			return false;
	}
	return !r->bad && r->p == r->end;
}

int dd_cache_parse(const void *data, size_t len, const char *digest, dd_layer_result **out)
{
	*out = NULL;
	dd_layer_result *res = dd_layer_result_new(digest, NULL);
	if (!res)
		return dd_error_oom();
	rd r = { data, (const unsigned char *)data + len, false, false };
	if (!parse_entry(&r, res)) {
		dd_layer_result_free(res);
		return r.oom ? dd_error_oom() : dd_error_set(DD_EFORMAT, "cache entry does not parse");
	}
	*out = res;
	return 0;
}

int dd_cache_load(const char *dir, const char *key, const char *digest, dd_layer_result **out)
{
	*out = NULL;
	char *path = entry_path(dir, key);
	if (!path)
		return dd_error_oom();
	struct stat st;
	if (stat(path, &st) != 0 || (uint64_t)st.st_size > CACHE_ENTRY_MAX) {
		free(path);
		return 0;
	}
	dd_reader *in = NULL;
	char *data = NULL;
	size_t len = 0;
	int rc = dd_reader_from_file(&in, path, 0, UINT64_MAX);
	if (!rc)
		rc = dd_reader_read_all(in, CACHE_ENTRY_MAX, &data, &len);
	if (!rc)
		rc = dd_cache_parse(data, len, digest, out);
	/* unreadable entry: drop it so the layer is read again; but running
	 * out of memory says nothing about the entry, and is the scan's error */
	if (rc && rc != DD_ENOMEM)
		unlink(path);
	dd_reader_close(in);
	free(data);
	free(path);
	return rc == DD_ENOMEM ? rc : 0;
}

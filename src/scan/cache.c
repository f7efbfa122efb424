/* Layer cache (see cache.h). An entry is JSON (small, inspectable, parsed
 * with the same strictness as any other input), then a NUL byte, then the
 * layer's sorted path hashes as raw 64-bit words: the index is most of an
 * entry's bytes, and copying it beats parsing it as a JSON string, which
 * made a cached rescan of a big image cost tens of milliseconds. */
#include <errno.h>
#include <fcntl.h>
#include <jansson.h>
#include <openssl/evp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "report/model.h"
#include "scan/cache.h"
#include "util/error.h"
#include "util/reader.h"
#include "util/str.h"

#define CACHE_FORMAT 2
#define CACHE_ENTRY_MAX (512u << 20)

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
	return dd_asprintf("%s/layers/%.2s/%s.json", dir, key, key);
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

static json_t *str_or_null(const char *s)
{
	return s ? json_string(s) : json_null();
}

static json_t *strv_json(const dd_strv *v)
{
	json_t *a = json_array();
	for (size_t i = 0; a && i < v->count; i++)
		json_array_append_new(a, json_string(v->items[i]));
	return a;
}

static char *b64(const void *data, size_t len)
{
	char *out = malloc(4 * ((len + 2) / 3) + 1);
	if (out)
		EVP_EncodeBlock((unsigned char *)out, data, (int)len);
	return out;
}

static json_t *package_json(const dd_package *p)
{
	return json_pack("{s:o s:o s:o s:o s:o s:o s:o s:o s:o s:o s:b}",
		"type", str_or_null(p->type), "name", str_or_null(p->name), "version", str_or_null(p->version),
		"source_name", str_or_null(p->source_name), "source_version", str_or_null(p->source_version),
		"arch", str_or_null(p->arch), "purl", str_or_null(p->purl), "path", str_or_null(p->path),
		"layer", str_or_null(p->layer), "licenses", str_or_null(p->licenses), "dev", p->dev);
}

static json_t *finding_json(const dd_finding *f)
{
	json_t *o = json_pack("{s:i s:o s:i s:o s:o s:o s:o s:o s:i s:o s:o s:i s:o s:o}",
		"class", (int)f->cls, "id", str_or_null(f->id), "severity", (int)f->severity,
		"severity_source", str_or_null(f->severity_source), "title", str_or_null(f->title),
		"description", str_or_null(f->description), "remediation", str_or_null(f->remediation),
		"path", str_or_null(f->path), "line", (int)f->line, "match", str_or_null(f->match),
		"layer", str_or_null(f->layer), "history_index", f->history_index,
		"aliases", strv_json(&f->aliases), "references", strv_json(&f->references));
	return o;
}

int dd_cache_store(const char *dir, const char *key, const dd_layer_result *res)
{
	int rc = 0;
	char *path = entry_path(dir, key), *tmp = NULL, *text = NULL;
	FILE *fp = NULL;
	json_t *root = json_object(), *pkgs = json_array(), *finds = json_array(), *kept = json_array();
	if (!path || !root || !pkgs || !finds || !kept) {
		rc = dd_error_oom();
		goto out;
	}
	for (size_t i = 0; i < res->n_packages; i++)
		json_array_append_new(pkgs, package_json(&res->packages[i]));
	for (size_t i = 0; i < res->n_findings; i++)
		json_array_append_new(finds, finding_json(&res->findings[i]));
	for (size_t i = 0; i < res->n_kept; i++) {
		const dd_kept *k = &res->kept[i];
		char *data = b64(k->data ? k->data : "", k->len);
		if (!data) {
			rc = dd_error_oom();
			goto out;
		}
		json_array_append_new(kept, json_pack("{s:s s:s s:i s:i s:i s:b}", "path", k->path, "data", data,
			"mode", (int)k->mode, "uid", (int)k->uid, "gid", (int)k->gid, "special_only", k->special_only));
		free(data);
	}
	json_object_set_new(root, "format", json_integer(CACHE_FORMAT));
	json_object_set_new(root, "diff_id", str_or_null(res->diff_id));
	json_object_set_new(root, "packages", pkgs);
	json_object_set_new(root, "findings", finds);
	json_object_set_new(root, "kept", kept);
	json_object_set_new(root, "whiteouts", strv_json(&res->whiteouts));
	json_object_set_new(root, "opaque_dirs", strv_json(&res->opaque_dirs));
	json_object_set_new(root, "notes", strv_json(&res->notes));
	json_object_set_new(root, "n_hashes", json_integer((json_int_t)res->n_hashes));
	json_object_set_new(root, "entries", json_integer((json_int_t)res->entries));
	json_object_set_new(root, "bytes", json_integer((json_int_t)res->bytes));
	pkgs = finds = kept = NULL;
	if ((rc = mkdirs(path)) != 0)
		goto out;
	if (!(tmp = dd_asprintf("%s.tmp.%d", path, (int)getpid()))) {
		rc = dd_error_oom();
		goto out;
	}
	if (!(text = json_dumps(root, JSON_COMPACT))) {
		rc = dd_error_oom();
		goto out;
	}
	size_t hl = res->n_hashes * sizeof(uint64_t);
	if (!(fp = fopen(tmp, "wb")) || fwrite(text, 1, strlen(text) + 1, fp) != strlen(text) + 1 ||
	    (hl && fwrite(res->path_hashes, 1, hl, fp) != hl) || fclose(fp) != 0 || rename(tmp, path) != 0) {
		rc = dd_error_set(DD_EIO, "cache: cannot write %s: %s", path, strerror(errno));
		unlink(tmp);
	}
	fp = NULL;
out:
	json_decref(root);
	json_decref(pkgs);
	json_decref(finds);
	json_decref(kept);
	free(text);
	free(tmp);
	free(path);
	return rc;
}

static char *get_str(json_t *o, const char *key, bool *bad)
{
	json_t *v = json_object_get(o, key);
	if (!v || json_is_null(v))
		return NULL;
	if (!json_is_string(v)) {
		*bad = true;
		return NULL;
	}
	char *s = strdup(json_string_value(v));
	if (!s)
		*bad = true;
	return s;
}

static bool load_strv(json_t *a, dd_strv *v)
{
	size_t i;
	json_t *s;
	if (!json_is_array(a))
		return false;
	json_array_foreach(a, i, s) {
		if (!json_is_string(s) || dd_strv_push(v, json_string_value(s)))
			return false;
	}
	return true;
}

static unsigned char *unb64(const char *s, size_t want, size_t *outlen)
{
	size_t n = strlen(s);
	if (n % 4)
		return NULL;
	unsigned char *out = malloc(n / 4 * 3 + 1);
	if (!out)
		return NULL;
	int got = n ? EVP_DecodeBlock(out, (const unsigned char *)s, (int)n) : 0;
	if (got < 0) {
		free(out);
		return NULL;
	}
	/* EVP_DecodeBlock counts padding bytes as data */
	size_t len = (size_t)got;
	if (n >= 1 && s[n - 1] == '=')
		len--;
	if (n >= 2 && s[n - 2] == '=')
		len--;
	if (want != (size_t)-1 && len != want) {
		free(out);
		return NULL;
	}
	*outlen = len;
	return out;
}

static bool parse_entry(json_t *root, const unsigned char *hashes, size_t hashes_len, dd_layer_result *r)
{
	bool bad = false;
	size_t i;
	json_t *o;
	if (json_integer_value(json_object_get(root, "format")) != CACHE_FORMAT)
		return false;
	json_t *pkgs = json_object_get(root, "packages"), *finds = json_object_get(root, "findings"),
	       *kept = json_object_get(root, "kept");
	if (!json_is_array(pkgs) || !json_is_array(finds) || !json_is_array(kept))
		return false;
	json_array_foreach(pkgs, i, o) {
		dd_package p = { 0 };
		p.type = get_str(o, "type", &bad); p.name = get_str(o, "name", &bad);
		p.version = get_str(o, "version", &bad); p.source_name = get_str(o, "source_name", &bad);
		p.source_version = get_str(o, "source_version", &bad); p.arch = get_str(o, "arch", &bad);
		p.purl = get_str(o, "purl", &bad); p.path = get_str(o, "path", &bad);
		p.layer = get_str(o, "layer", &bad); p.licenses = get_str(o, "licenses", &bad);
		p.dev = json_is_true(json_object_get(o, "dev"));
		if (!bad && (!p.type || !p.name || !p.path))
			bad = true;
		if (!bad && r->n_packages == r->cap_packages) {
			size_t ncap = r->cap_packages ? r->cap_packages * 2 : 16;
			dd_package *np = realloc(r->packages, ncap * sizeof(*np));
			if (!np)
				bad = true;
			else {
				r->packages = np;
				r->cap_packages = ncap;
			}
		}
		if (bad) {
			dd_package_clear(&p);
			return false;
		}
		r->packages[r->n_packages++] = p;
	}
	json_array_foreach(finds, i, o) {
		dd_finding f;
		dd_finding_init(&f);
		int cls = (int)json_integer_value(json_object_get(o, "class"));
		int sev = (int)json_integer_value(json_object_get(o, "severity"));
		if (cls < 0 || cls >= DD_CLASS_COUNT || sev < 0 || sev >= DD_SEV_COUNT)
			return false;
		f.cls = (dd_finding_class)cls;
		f.severity = (dd_severity)sev;
		f.id = get_str(o, "id", &bad); f.severity_source = get_str(o, "severity_source", &bad);
		f.title = get_str(o, "title", &bad); f.description = get_str(o, "description", &bad);
		f.remediation = get_str(o, "remediation", &bad); f.path = get_str(o, "path", &bad);
		f.match = get_str(o, "match", &bad); f.layer = get_str(o, "layer", &bad);
		f.line = (unsigned)json_integer_value(json_object_get(o, "line"));
		f.history_index = (int)json_integer_value(json_object_get(o, "history_index"));
		if (!bad && (!load_strv(json_object_get(o, "aliases"), &f.aliases) ||
			     !load_strv(json_object_get(o, "references"), &f.references)))
			bad = true;
		if (!bad && r->n_findings == r->cap_findings) {
			size_t ncap = r->cap_findings ? r->cap_findings * 2 : 16;
			dd_finding *nf = realloc(r->findings, ncap * sizeof(*nf));
			if (!nf)
				bad = true;
			else {
				r->findings = nf;
				r->cap_findings = ncap;
			}
		}
		if (bad || !f.id) {
			dd_finding_clear(&f);
			return false;
		}
		r->findings[r->n_findings++] = f;
	}
	json_array_foreach(kept, i, o) {
		const char *path = json_string_value(json_object_get(o, "path"));
		const char *data = json_string_value(json_object_get(o, "data"));
		if (!path || !data)
			return false;
		size_t len = 0;
		unsigned char *bytes = unb64(data, (size_t)-1, &len);
		if (!bytes)
			return false;
		dd_file f = { .path = path, .mode = (uint32_t)json_integer_value(json_object_get(o, "mode")),
			.uid = (uint32_t)json_integer_value(json_object_get(o, "uid")),
			.gid = (uint32_t)json_integer_value(json_object_get(o, "gid")) };
		bool special = json_is_true(json_object_get(o, "special_only"));
		int rc = dd_layer_result_keep(r, &f, bytes, len, special);
		free(bytes);
		if (rc)
			return false;
	}
	if (!load_strv(json_object_get(root, "whiteouts"), &r->whiteouts) ||
	    !load_strv(json_object_get(root, "opaque_dirs"), &r->opaque_dirs) ||
	    !load_strv(json_object_get(root, "notes"), &r->notes))
		return false;
	/* the squash looks whiteouts up by binary search */
	dd_strv_sort(&r->whiteouts);
	dd_strv_sort(&r->opaque_dirs);
	json_int_t nh = json_integer_value(json_object_get(root, "n_hashes"));
	if (nh < 0 || (uint64_t)nh > (CACHE_ENTRY_MAX / 8) || (size_t)nh * sizeof(uint64_t) != hashes_len)
		return false;
	unsigned char *hb = malloc(hashes_len ? hashes_len : 1);
	if (!hb)
		return false;
	if (hashes_len)
		memcpy(hb, hashes, hashes_len);
	r->path_hashes = (uint64_t *)(void *)hb;
	r->n_hashes = r->cap_hashes = (size_t)nh;
	/* the stored index must be sorted, as the squash's binary search needs */
	for (size_t k = 1; k < r->n_hashes; k++) {
		uint64_t a, b;
		memcpy(&a, hb + (k - 1) * 8, 8);
		memcpy(&b, hb + k * 8, 8);
		if (a > b)
			return false;
	}
	r->entries = (uint64_t)json_integer_value(json_object_get(root, "entries"));
	r->bytes = (uint64_t)json_integer_value(json_object_get(root, "bytes"));
	return true;
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
	json_error_t jerr;
	json_t *root = NULL;
	/* one read and json_loadb: json_load_file pulls the file through getc(),
	 * which was most of a cached rescan's time */
	dd_reader *in = NULL;
	char *text = NULL;
	size_t len = 0;
	size_t json_len = 0;
	if (dd_reader_from_file(&in, path, 0, UINT64_MAX) == 0 &&
	    dd_reader_read_all(in, CACHE_ENTRY_MAX, &text, &len) == 0) {
		json_len = strnlen(text, len);
		if (json_len < len)
			root = json_loadb(text, json_len, 0, &jerr);
	}
	dd_reader_close(in);
	dd_layer_result *r = NULL;
	const char *diff_id = root ? json_string_value(json_object_get(root, "diff_id")) : NULL;
	if (root && (r = dd_layer_result_new(digest, diff_id)) &&
	    parse_entry(root, (const unsigned char *)text + json_len + 1, len - json_len - 1, r)) {
		*out = r;
	} else {
		/* unreadable entry: drop it so the layer is read again */
		dd_layer_result_free(r);
		unlink(path);
	}
	json_decref(root);
	free(text);
	free(path);
	return 0;
}

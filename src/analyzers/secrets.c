/*
 * Secret analyzer: every text file of every layer through the secret rule
 * engine (secrets_engine.c), plus the sensitive-file rules
 * (secrets_files.c), into class `secret` findings with a rule id, line and a
 * redacted match.
 *
 * The one idea: the cost is one hyperscan pass per text file, so the filter
 * in front of it is deliberately cheap and conservative: wants() drops only
 * what cannot be text (by extension) or is too large, analyze() drops
 * binaries by a NUL byte in the first 8000 bytes (git's test). Nothing is
 * hidden by directory except through the rule set's documented allow-list.
 * Findings are per layer, so a secret that a later layer deletes is still
 * reported (its bytes ship) with removed_in_final set by the squash step.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analyzers/analyzer.h"
#include "analyzers/secrets_engine.h"
#include "analyzers/secrets_files.h"
#include "report/model.h"
#include "util/error.h"
#include "util/reader.h"
#include "util/redact.h"
#include "util/str.h"

/* Text files larger than this are logs or data dumps, not configuration. */
#define SECRET_MAX_FILE (8u << 20)
#define BINARY_PROBE 8000
#define USER_RULES_MAX (1u << 20)

/* Formats that are never text: compressed, media, compiled. */
static const char *const binary_ext[] = {
	".png", ".jpg", ".jpeg", ".gif", ".ico", ".webp", ".bmp", ".tif", ".tiff", ".woff", ".woff2", ".ttf", ".otf",
	".eot", ".mo", ".gmo", ".pyc", ".pyo", ".so", ".a", ".o", ".ko", ".gz", ".tgz", ".bz2", ".xz", ".zst", ".lz4",
	".zip", ".jar", ".war", ".ear", ".whl", ".egg", ".7z", ".rar", ".deb", ".rpm", ".apk", ".class", ".dex", ".wasm",
	".mp3", ".mp4", ".ogg", ".wav", ".flac", ".avi", ".mkv", ".pdf", ".sqlite", ".pack", ".idx", ".cache", ".dat",
	NULL,
};

static bool binary_name(const char *base)
{
	const char *dot = strrchr(base, '.');
	if (!dot)
		return false;
	for (size_t i = 0; binary_ext[i]; i++)
		if (!strcmp(dot, binary_ext[i]))
			return true;
	/* versioned shared objects: libfoo.so.1.2 */
	return strstr(base, ".so.") != NULL;
}

static bool wants(const char *path, uint32_t mode, uint64_t size)
{
	if (!dd_mode_is_regular(mode) || size == 0 || size > SECRET_MAX_FILE)
		return false;
	const char *base = dd_path_basename(path);
	return !binary_name(base) || dd_secret_file_rule_for(path) != NULL;
}

/*
 * The compiled rules. With built-in rules only, compiling waits for the
 * first file (a rescan whose layers all come from the cache never pays for
 * it); a user file is compiled at once, so a broken one is bad input before
 * any layer is read.
 */
typedef struct state {
	pthread_mutex_t lock;
	dd_secret_engine *engine;
	int rc;
	char err[512];
} state;

static int init(void **out, const dd_scan_options *opts)
{
	char *user = NULL;
	size_t ulen = 0;
	int rc = 0;
	const char *cfg = opts && opts->version >= 1 ? opts->secret_config : NULL;
	state *st = calloc(1, sizeof(*st));
	if (!st)
		return dd_error_oom();
	pthread_mutex_init(&st->lock, NULL);
	if (cfg) {
		if ((rc = dd_file_read_all("--secret-config", cfg, USER_RULES_MAX, &user, &ulen)) != 0) {
			/* a missing or unreadable file the user named is bad usage */
			if (rc == DD_ENOTFOUND || rc == DD_EIO)
				rc = dd_error_set(DD_EINVAL, "%s", dd_error_last());
			goto cleanup;
		}
		if ((rc = dd_secret_engine_new_default(&st->engine, cfg, user, ulen)) != 0) {
			rc = dd_error_prefix(rc, "--secret-config %s", cfg);
			goto cleanup;
		}
	}
cleanup:
	free(user);
	if (rc) {
		pthread_mutex_destroy(&st->lock);
		free(st);
		return rc;
	}
	*out = st;
	return 0;
}

static void fini(void *p)
{
	state *st = p;
	dd_secret_engine_free(st->engine);
	pthread_mutex_destroy(&st->lock);
	free(st);
}

static const dd_secret_engine *engine_of(state *st)
{
	pthread_mutex_lock(&st->lock);
	if (!st->engine && !st->rc) {
		st->rc = dd_secret_engine_new_default(&st->engine, NULL, NULL, 0);
		if (st->rc)
			snprintf(st->err, sizeof(st->err), "%s", dd_error_last());
	}
	pthread_mutex_unlock(&st->lock);
	if (st->rc)
		dd_error_set(st->rc, "built-in secret rules: %s", st->err);
	return st->rc ? NULL : st->engine;
}

static unsigned line_of(const uint8_t *d, size_t off)
{
	unsigned line = 1;
	for (const uint8_t *p = d, *end = d + off; (p = memchr(p, '\n', (size_t)(end - p))) != NULL; p++)
		line++;
	return line;
}

static int add(dd_analysis *a, const char *id, const char *title, dd_severity sev, const char *remediation,
	unsigned line, const uint8_t *secret, size_t n)
{
	dd_finding f;
	dd_finding_init(&f);
	f.cls = DD_CLASS_SECRET;
	f.id = (char *)id;
	f.severity = sev;
	f.severity_source = "rule";
	f.title = (char *)title;
	f.remediation = (char *)remediation;
	f.line = line;
	f.match = dd_redact(secret, n);
	if (!f.match)
		return dd_error_oom();
	int rc = dd_analysis_add_finding(a, &f);
	free(f.match);
	return rc;
}

static bool superseded(const dd_secret_file_rule *fr, const char *id)
{
	for (size_t i = 0; fr && i < 4 && fr->supersedes[i]; i++)
		if (!strcmp(fr->supersedes[i], id))
			return true;
	return false;
}

static int analyze(dd_analysis *a, const dd_file *f, const uint8_t *data, size_t len)
{
	const dd_secret_engine *e = engine_of(dd_analysis_state(a));
	int rc;
	if (!e)
		return dd_error_last_code();
	const dd_secret_file_rule *fr = dd_secret_file_rule_for(f->path);
	dd_secret_span span;
	bool file_hit = fr && fr->check(data, len, &span);
	if (file_hit && (rc = add(a, fr->id, fr->title, fr->severity, fr->remediation,
		line_of(data, span.start), data + span.start, span.end - span.start)) != 0)
		return rc;
	if (memchr(data, '\0', len < BINARY_PROBE ? len : BINARY_PROBE))
		return 0;
	dd_secret_result res;
	if ((rc = dd_secret_scan(e, f->path, data, len, &res)) != 0)
		return rc;
	size_t examples = 0;
	const char *example_rule = NULL;
	for (size_t i = 0; i < res.n_hits && !rc; i++) {
		const dd_secret_hit *h = &res.hits[i];
		if (h->example) {
			examples++;
			example_rule = h->rule->id;
			continue;
		}
		if (file_hit && superseded(fr, h->rule->id))
			continue;
		rc = add(a, h->rule->id, h->rule->title, h->rule->severity, h->rule->remediation, h->line,
			data + h->start, h->end - h->start);
	}
	if (!rc && examples)
		dd_analysis_note(a, false, "%zu documented example credential%s (%s) matched and not reported", examples,
			examples == 1 ? "" : "s", example_rule);
	if (!rc && res.truncated)
		dd_analysis_note(a, true, "more candidate secrets than the per-file limit; some were not checked");
	dd_secret_result_clear(&res);
	return rc;
}

static int warm(void *p)
{
	return engine_of(p) ? 0 : dd_error_last_code();
}

const dd_analyzer dd_analyzer_secrets = {
	.name = "secrets",
	/* rule edits reach the layer cache key through the bundled rules'
	 * digest; bump this when secrets*.c change what is reported */
	.version = 1,
	.scanners = DD_SCANNER_SECRET,
	.max_size = SECRET_MAX_FILE,
	.note_oversize = false,
	.wants = wants,
	.analyze = analyze,
	.init = init,
	.free = fini,
	.warm = warm,
};

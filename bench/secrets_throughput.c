/*
 * Secret-rule throughput on one core: the built-in rule set over generated
 * source-code-like text, cut into "files" the way an image presents them.
 *
 *   ./build/bench/bench_secrets_throughput [MB] [file-KB]     (default 256 MB, 16 KB files)
 *   ./build/bench/bench_secrets_throughput --file PATH [file-KB]  (real text, e.g. a tree's sources cat'ed)
 *   DD_BENCH_DENSE=1 ./build/bench/bench_secrets_throughput     (worst case: keywords on almost every line)
 *
 * The text is lines of code, configuration and prose, with the words that
 * the rules key on ("password", "secret", "token", URLs, base64 blobs,
 * certificate blocks, AKIA-like words that are not keys) at about twice the
 * density measured in real sources, and one real-shaped (fake) token per
 * ~64 KB, so the confirm path runs too. --file scans real text instead. Prints MB/s of
 * engine time (scan only, generation excluded) and the number of hits.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "analyzers/secrets_engine.h"
#include "drydock/errors.h"

static uint64_t rng = 0x9e3779b97f4a7c15ull;

static uint32_t next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (uint32_t)(rng >> 16);
}

/* lines that carry words the rules key on */
static const char *const hot[] = {
	"    if (ctx->password == NULL || strlen(ctx->password) == 0) {\n",
	"        return validate_token(request.headers.get(\"Authorization\"), secret_key)\n",
	"const apiKey = process.env.API_KEY; // read from the environment at run time\n",
	"  password: ${DB_PASSWORD}\n",
	"spring.datasource.url=jdbc:postgresql://db:5432/app\n",
	"    url = \"https://api.github.com/repos/%s/%s/releases\" % (owner, repo)\n",
	"# Set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY in your environment, never here.\n",
	"def get_secret(name: str) -> str:\n        return vault.read(f\"secret/data/{name}\")[\"data\"]\n",
	"        self.session_token = None\n",
	"    \"description\": \"The key used to sign the token; rotate it with the key rotation API.\",\n",
	"-----BEGIN CERTIFICATE-----\n",
	"  - name: AKIA_ROTATION_ENABLED\n    value: \"true\"\n",
	"    # see https://docs.example.org/auth#tokens for the token format\n",
};

/* ordinary code, configuration and prose */
static const char *const cold[] = {
	"import { createHash, randomBytes } from 'crypto';\n",
	"  <dependency><groupId>org.springframework</groupId><artifactId>spring-core</artifactId></dependency>\n",
	"for (size_t i = 0; i < n; i++) sum += table[i] * weight[i];\n",
	"export PATH=/usr/local/bin:$PATH\n",
	"    logger.info(\"connecting to %s as %s\", host, user)\n",
	"The quick brown fox jumps over the lazy dog; documentation prose fills the rest of the line.\n",
	"  \"version\": \"1.2.3\", \"license\": \"MIT\", \"main\": \"index.js\",\n",
	"}\n\n",
	"static int parse_header(struct parser *p, const char *buf, size_t len)\n{\n",
	"        result = [transform(item) for item in items if item.enabled]\n",
	"    assert_int_equal(rc, 0);\n",
	"  - name: nginx\n    image: nginx:1.25\n    ports:\n      - containerPort: 80\n",
	"#define MAX_ENTRIES 4096\n",
	"    return fmt.Errorf(\"open %s: %w\", path, err)\n",
	"        elif isinstance(value, (list, tuple)):\n",
	"      <artifactId>maven-compiler-plugin</artifactId><version>3.11.0</version>\n",
};


static void base64_line(char *out, size_t n)
{
	static const char b64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	for (size_t i = 0; i < n; i++)
		out[i] = b64[next() & 63];
	out[n] = '\n';
}

int main(int argc, char **argv)
{
	const char *file = argc > 2 && !strcmp(argv[1], "--file") ? argv[2] : NULL;
	size_t mb = !file && argc > 1 ? strtoul(argv[1], NULL, 10) : 256;
	size_t file_kb = argc > 2 + (file != NULL) ? strtoul(argv[2 + (file != NULL)], NULL, 10) : 16;
	size_t total = mb << 20, fsize = file_kb << 10;
	char *buf = NULL;
	size_t pos = 0;
	if (file) {
		FILE *fp = fopen(file, "rb");
		if (!fp || fseek(fp, 0, SEEK_END) != 0)
			return 1;
		total = (size_t)ftell(fp);
		rewind(fp);
		if (!(buf = malloc(total + 1)) || fread(buf, 1, total, fp) != total)
			return 1;
		fclose(fp);
		pos = total;
	} else if (!(buf = malloc(total + 256))) {
		return 1;
	}
	size_t next_token = 65536;
	uint32_t hot_pct = getenv("DD_BENCH_DENSE") ? 98 : 5;
	while (pos < total) {
		/* 3% lines with rule keywords, 2% base64, the rest plain: about
		 * twice the keyword density measured in real Python/JS/C sources
		 * (password ~17, token ~84, "://" ~67 per MB) */
		uint32_t r = next() % 100;
		if (r < 2) {
			base64_line(buf + pos, 64);
			pos += 65;
		} else {
			const char *l = r < hot_pct ? hot[next() % (sizeof(hot) / sizeof(hot[0]))] : cold[next() % (sizeof(cold) / sizeof(cold[0]))];
			size_t ln = strlen(l);
			memcpy(buf + pos, l, ln);
			pos += ln;
		}
		if (pos >= next_token) {
			/* a fake GitHub token, assembled here so the source holds none */
			char t[64];
			memcpy(t, "token = \"ghp_", 13);
			for (int i = 0; i < 36; i++)
				t[13 + i] = "abcdefghijkLMNOPQRSTuvwxyz0123456789"[next() % 36];
			memcpy(t + 49, "\"\n", 2);
			memcpy(buf + pos, t, 51);
			pos += 51;
			next_token += 65536;
		}
	}
	total = pos;

	dd_secret_engine *e;
	struct timespec a, b;
	clock_gettime(CLOCK_MONOTONIC, &a);
	if (dd_secret_engine_new_default(&e, NULL, NULL, 0) != 0) {
		fprintf(stderr, "%s\n", dd_error_last());
		return 1;
	}
	clock_gettime(CLOCK_MONOTONIC, &b);
	double compile_ms = (double)(b.tv_sec - a.tv_sec) * 1e3 + (double)(b.tv_nsec - a.tv_nsec) / 1e6;

	size_t hits = 0, files = 0;
	struct timespec ca, cb;
	clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ca);
	clock_gettime(CLOCK_MONOTONIC, &a);
	for (size_t off = 0; off < total; off += fsize) {
		size_t n = total - off < fsize ? total - off : fsize;
		dd_secret_result res;
		if (dd_secret_scan(e, "srv/app/src/module.py", (const uint8_t *)buf + off, n, &res) != 0)
			return 1;
		hits += res.n_hits;
		files++;
		dd_secret_result_clear(&res);
	}
	clock_gettime(CLOCK_MONOTONIC, &b);
	clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cb);
	double s = (double)(b.tv_sec - a.tv_sec) + (double)(b.tv_nsec - a.tv_nsec) / 1e9;
	/* CPU time of this thread: "per core" even on a machine shared with
	 * other work, where wall time also counts waiting for a core */
	double cpu = (double)(cb.tv_sec - ca.tv_sec) + (double)(cb.tv_nsec - ca.tv_nsec) / 1e9;
	printf("secret rules: %zu rules, compiled in %.0f ms\n", dd_secret_engine_rule_count(e), compile_ms);
	printf("scanned %.0f MB in %zu files of %zu KB: %.3f s wall (%.0f MB/s), %.3f s CPU: %.0f MB/s per core, %zu hits\n",
		(double)total / (1 << 20), files, file_kb, s, (double)total / (1 << 20) / s, cpu, (double)total / (1 << 20) / cpu, hits);
	dd_secret_engine_free(e);
	free(buf);
	return 0;
}

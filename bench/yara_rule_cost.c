/*
 * Which YARA rule costs what: loads the malware analyzer's candidate files
 * of DIR into memory (wants(), at most 256 MB), then compiles each given rule
 * file alone and times a scan of every candidate with it.
 *   bench_yara_rule_cost DIR RULE.yar...
 */
#define _XOPEN_SOURCE 700
#include <fcntl.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <yara.h>

#include "analyzers/analyzer.h"
#include "checks/weakpw.h"

extern const dd_analyzer dd_analyzer_malware;

typedef struct blob { char *path; unsigned char *data; size_t len; } blob;
static blob *blobs;
static size_t n_blobs, cap_blobs, total;
static size_t root_len;

static int visit(const char *fpath, const struct stat *st, int type, struct FTW *ftw)
{
	(void)ftw;
	const char *path = fpath + root_len;
	while (*path == '/')
		path++;
	char full[4096];
	const char *pre = getenv("DD_BENCH_PREFIX");
	if (pre) {
		snprintf(full, sizeof(full), "%s%s", pre, path);
		path = full;
	}
	if (type != FTW_F || !dd_analyzer_malware.wants(path, st->st_mode, (uint64_t)st->st_size) || total > (256u << 20))
		return 0;
	int fd = open(fpath, O_RDONLY);
	if (fd < 0)
		return 0;
	unsigned char *d = malloc((size_t)st->st_size + 1);
	ssize_t got = read(fd, d, (size_t)st->st_size);
	close(fd);
	if (got != st->st_size) {
		free(d);
		return 0;
	}
	if (n_blobs == cap_blobs) {
		cap_blobs = cap_blobs ? cap_blobs * 2 : 1024;
		blobs = realloc(blobs, cap_blobs * sizeof(*blobs));
	}
	blobs[n_blobs++] = (blob){ strdup(path), d, (size_t)got };
	if (getenv("LIST"))
		fprintf(stderr, "%zd %s\n", got, path);
	total += (size_t)got;
	return 0;
}

static int cb(YR_SCAN_CONTEXT *c, int msg, void *data, void *user)
{
	(void)c; (void)data;
	if (msg == CALLBACK_MSG_RULE_MATCHING)
		(*(int *)user)++;
	return CALLBACK_CONTINUE;
}

int main(int argc, char **argv)
{
	if (argc < 3)
		return 2;
	root_len = strlen(argv[1]);
	nftw(argv[1], visit, 64, FTW_PHYS);
	printf("%zu candidates, %.1f MB\n", n_blobs, (double)total / 1e6);
	yr_initialize();
	for (int a = 2; a < argc; a++) {
		YR_COMPILER *c;
		YR_RULES *rules;
		yr_compiler_create(&c);
		yr_compiler_define_string_variable(c, "filepath", "");
		yr_compiler_define_string_variable(c, "filename", "");
		yr_compiler_define_string_variable(c, "extension", "");
		FILE *fp = fopen(argv[a], "r");
		if (!fp || yr_compiler_add_file(c, fp, "b", argv[a]) != 0) {
			printf("%s: compile error\n", argv[a]);
			return 1;
		}
		fclose(fp);
		yr_compiler_get_rules(c, &rules);
		YR_SCANNER *s;
		yr_scanner_create(rules, &s);
		int hits = 0;
		yr_scanner_set_callback(s, cb, &hits);
		yr_scanner_set_flags(s, SCAN_FLAGS_FAST_MODE);
		uint64_t t0 = dd_monotonic_ns();
		for (size_t i = 0; i < n_blobs; i++) {
			yr_scanner_define_string_variable(s, "filepath", blobs[i].path);
			yr_scanner_scan_mem(s, blobs[i].data, blobs[i].len);
		}
		double ms = (double)(dd_monotonic_ns() - t0) / 1e6;
		printf("%-32s %8.1f ms  %6.0f MB/s  %d matches\n", argv[a], ms, (double)total / 1e6 / (ms / 1e3), hits);
		yr_scanner_destroy(s);
		yr_rules_destroy(rules);
		yr_compiler_destroy(c);
	}
	yr_finalize();
	return 0;
}

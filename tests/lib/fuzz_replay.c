/*
 * Runs a libFuzzer target's entry point once per file of its seed corpus,
 * without libFuzzer: the normal build links every fuzz/<name>.c with this
 * main as test fuzz/<name>, so the targets keep building with the code they
 * fuzz, and every corpus input (seeds and what fuzzing found) is a
 * regression test, under ASan in CI. An empty corpus fails: every target
 * has seeds.
 */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "testutil.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv) __attribute__((weak));

static int cmp_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int main(int argc, char **argv)
{
	if (argc != 2) {
		fprintf(stderr, "usage: %s CORPUS_DIR\n", argv[0]);
		return 2;
	}
	if (LLVMFuzzerInitialize)
		LLVMFuzzerInitialize(&argc, &argv);
	DIR *d = opendir(argv[1]);
	if (!d) {
		fprintf(stderr, "%s: no seed corpus (add seeds under fuzz/corpus/)\n", argv[1]);
		return 1;
	}
	char **names = NULL;
	size_t n = 0, cap = 0;
	struct dirent *de;
	while ((de = readdir(d)) != NULL) {
		if (de->d_name[0] == '.')
			continue;
		if (n == cap) {
			cap = cap ? cap * 2 : 64;
			names = realloc(names, cap * sizeof(*names));
		}
		names[n++] = strdup(de->d_name);
	}
	closedir(d);
	if (n == 0) {
		fprintf(stderr, "%s: empty seed corpus\n", argv[1]);
		return 1;
	}
	qsort(names, n, sizeof(*names), cmp_name);
	for (size_t i = 0; i < n; i++) {
		char path[4096];
		snprintf(path, sizeof(path), "%s/%s", argv[1], names[i]);
		size_t len = 0;
		char *data = dd_test_read_file(path, &len);
		if (!data) {
			fprintf(stderr, "%s: unreadable\n", path);
			return 1;
		}
		/* an exact-size copy, so ASan sees any read past the input */
		uint8_t *copy = malloc(len ? len : 1);
		memcpy(copy, data, len);
		free(data);
		LLVMFuzzerTestOneInput(copy, len);
		free(copy);
		free(names[i]);
	}
	free(names);
	printf("%zu inputs replayed\n", n);
	return 0;
}

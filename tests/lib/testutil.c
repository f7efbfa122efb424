/* Shared helpers for cmocka tests (see testutil.h). */
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>

#include "testutil.h"

char *dd_test_read_file(const char *path, size_t *len)
{
	FILE *fp = fopen(path, "rb");
	if (!fp)
		return NULL;
	fseek(fp, 0, SEEK_END);
	long n = ftell(fp);
	fseek(fp, 0, SEEK_SET);
	char *buf = malloc((size_t)n + 1);
	if (buf && fread(buf, 1, (size_t)n, fp) != (size_t)n) {
		free(buf);
		buf = NULL;
	}
	fclose(fp);
	if (buf) {
		buf[n] = '\0';
		if (len)
			*len = (size_t)n;
	}
	return buf;
}

char *dd_test_data_path(const char *rel)
{
	char *p = NULL;
	if (asprintf(&p, "%s/%s", DD_TEST_DATA, rel) < 0)
		return NULL;
	return p;
}

char *dd_test_shared_path(const char *rel)
{
	char *p = NULL;
	struct stat st;
	if (asprintf(&p, "%s/data/%s", DD_SHARED_DIR, rel) < 0)
		return NULL;
	if (stat(p, &st) != 0) {
		free(p);
		return NULL;
	}
	return p;
}

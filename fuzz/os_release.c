/* Fuzzes OS detection: the input is split at 0xff bytes into os-release,
 * the family release files and SuSE-release, the files that decide it. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "analyzers/os_detect.h"
#include "report/model.h"

static const char *const names[] = { "etc/os-release", "etc/redhat-release", "etc/centos-release",
	"etc/system-release", "etc/SuSE-release", "etc/debian_version", "etc/alpine-release", "etc/lsb-release", NULL };

typedef struct files {
	dd_kept_file f[8];
	size_t n;
} files;

static const dd_kept_file *lookup(void *ctx, const char *path)
{
	files *fs = ctx;
	for (size_t i = 0; i < fs->n; i++)
		if (!strcmp(fs->f[i].path, path))
			return &fs->f[i];
	return NULL;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	files fs = { .n = 0 };
	char *copy = malloc(size + 1);
	if (!copy)
		return 0;
	memcpy(copy, data, size);
	copy[size] = '\0';
	char *p = copy, *end = copy + size;
	while (p <= end && names[fs.n]) {
		char *sep = memchr(p, 0xff, (size_t)(end - p));
		char *stop = sep ? sep : end;
		*stop = '\0';
		fs.f[fs.n] = (dd_kept_file){ .path = names[fs.n], .data = (const uint8_t *)p, .len = (size_t)(stop - p),
			.mode = 0100644 };
		fs.n++;
		if (!sep)
			break;
		p = sep + 1;
	}
	dd_report *r = calloc(1, sizeof(*r));
	if (r) {
		dd_package pkg = { .type = "rpm", .name = "bash", .version = "1:5.1-2", .arch = "x86_64" };
		dd_report_add_package(r, &pkg);
		dd_os_detect(r, lookup, &fs);
		dd_os_fill_purls(r);
		dd_report_free(r);
	}
	free(copy);
	return 0;
}

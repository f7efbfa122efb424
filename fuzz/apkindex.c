/* Fuzzes what drydock fix reads of an APK repository before and after its
 * signature check: the gzip member split of APKINDEX.tar.gz / .apk files and
 * the "X:value" records of APKINDEX and lib/apk/db/installed. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <stdint.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

#include "fix/apk_internal.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	dd_apk_records r;
	if (dd_apk_records_parse(&r, (const char *)data, size, 10000, "fuzz") == 0) {
		for (size_t i = 0; i < r.n; i++)
			for (const char *f = DD_APK_FIELDS; *f; f++)
				(void)dd_apk_get(&r.v[i], *f);
		dd_apk_records_free(&r);
	}
	int fd = memfd_create("apkindex", MFD_CLOEXEC);
	if (fd < 0)
		return 0;
	if (write(fd, data, size) == (ssize_t)size) {
		uint64_t off = 0, end = 0;
		for (int member = 0; member < 3 && off < size; member++) {
			char *out = NULL;
			size_t len = 0;
			if (dd_apk_gz_member(fd, off, size, 1u << 20, "fuzz", &end, &out, &len) < 0)
				break;
			free(out);
			off = end;
		}
	}
	close(fd);
	return 0;
}

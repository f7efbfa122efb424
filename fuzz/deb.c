/* Fuzzes the .deb reader: the input is written to a private temporary
 * file (the reader works on a verified download on disk), opened, and every
 * data.tar entry's content read. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "fix/deb_archive.h"

static int drain(void *ctx, const dd_tar_entry *e, dd_reader *content)
{
	(void)ctx, (void)e;
	char buf[4096];
	ssize_t n;
	while ((n = dd_reader_read(content, buf, sizeof(buf))) > 0)
		;
	return n < 0 ? (int)n : 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char path[] = "/tmp/dd-fuzz-deb-XXXXXX";
	int fd = mkstemp(path);
	if (fd < 0)
		return 0;
	size_t off = 0;
	while (off < size) {
		ssize_t w = write(fd, data + off, size - off);
		if (w <= 0)
			break;
		off += (size_t)w;
	}
	close(fd);
	dd_deb *d = NULL;
	if (off == size && dd_deb_open(&d, path, "fuzz.deb") == 0) {
		dd_deb_data_each(d, drain, NULL);
		dd_deb_free(d);
	}
	unlink(path);
	return 0;
}

/*
 * dd_apt_file_verify (apt_verify.h): the file through the digest reader the
 * layer pipeline uses, to its end.
 */
#include <stdio.h>

#include "fix/apt_verify.h"
#include "image/stream.h"
#include "util/error.h"
#include "util/reader.h"

int dd_apt_file_verify(const char *path, uint64_t size, const char *sha256_hex, const char *what)
{
	dd_reader *raw = NULL, *dig = NULL;
	char expected[80], buf[65536];
	int rc = dd_reader_from_file(&raw, path, 0, UINT64_MAX);
	if (rc)
		return rc;
	snprintf(expected, sizeof(expected), "sha256:%s", sha256_hex);
	/* size 0 would mean "any size" to the digest reader: an empty file is
	 * still checked by its hash */
	if ((rc = dd_digest_reader_new(&dig, raw, expected, size, what)))
		return rc;
	for (;;) {
		ssize_t n = dd_reader_read(dig, buf, sizeof(buf));
		if (n < 0) {
			rc = (int)n;
			break;
		}
		if (n == 0)
			break;
	}
	dd_reader_close(dig);
	return rc;
}

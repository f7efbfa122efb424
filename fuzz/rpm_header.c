/* Fuzzes the rpm header blob parser and the SRPM file name split. */
#include <stdint.h>
#include <stdlib.h>

#include "analyzers/rpm_header.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	dd_rpm_header h;
	if (dd_rpm_header_parse(data, size, &h) != 0)
		return 0;
	dd_slice n, v, r;
	if (dd_rpm_split_srpm(h.sourcerpm, &n, &v, &r) && (n.p < (const char *)data || n.p + n.n > (const char *)data + size))
		abort();
	return 0;
}

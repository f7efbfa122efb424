/*
 * Fuzzes the Microsoft Script Encoder decoder (src/analyzers/
 * script_encoder.c): block markers, the length and checksum fields, escapes,
 * double-byte text and the search for lost DEL characters.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "analyzers/script_encoder.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *out = NULL;
	size_t n = 0;
	dd_screnc_stats st;
	if (dd_screnc_decode((const char *)data, size, &out, &n, &st) == 0 && out) {
		if (st.blocks == 0 || out[n] != 0)
			abort();
		free(out);
	}
	return 0;
}

/* Fuzzes the layer pipeline below the analyzers: decompression sniffing,
 * the tar reader and the walker's whiteout and kept-file handling. */
#include <stdint.h>
#include <stdlib.h>

#include "image/stream.h"
#include "scan/squash.h"
#include "scan/walker.h"

static const dd_analyzer *const none[] = { NULL };
static const char *const keep[] = { "etc/*", "**/os-release", NULL };

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	dd_scan_options opts = DD_SCAN_OPTIONS_INIT;
	dd_walk_config cfg = { .analyzers = none, .states = NULL, .keep_globs = keep, .opts = &opts };
	dd_reader *mem, *dec;
	if (dd_reader_from_memory(&mem, data, size))
		return 0;
	dd_inflate_limits lim = { .max_output = 64u << 20, .max_ratio = 0 };
	if (dd_decompress_reader_new(&dec, mem, DD_COMPRESSION_AUTO, &lim, "fuzz"))
		return 0;
	dd_layer_result *res = dd_layer_result_new("sha256:fuzz", NULL);
	if (res) {
		dd_walk_tar(&cfg, dec, 0, res);
		dd_layer_result_sort_paths(res);
		dd_layer_result_free(res);
	}
	dd_reader_close(dec);
	return 0;
}

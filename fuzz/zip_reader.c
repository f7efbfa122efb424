/* Fuzzes the zip reader both ways (central directory over memory, local
 * headers over a stream), reading every entry, and the jar analyzer on the
 * same bytes (nested archives, pom.properties, manifests). Small caps keep
 * each run fast; they are caps like any other, so they are exercised too. */
#include <stdint.h>
#include <stdlib.h>

#include "scan/layer_result.h"
#include "util/zip.h"

extern const dd_analyzer dd_analyzer_jar;

static void read_all(dd_zip *z)
{
	const dd_zip_entry *e;
	char buf[4096];
	int n = 0;
	while (dd_zip_next(z, &e) == 0 && n++ < 2000) {
		if (n % 2)
			continue;   /* every other entry is skipped unread */
		ssize_t got;
		while ((got = dd_reader_read(dd_zip_content(z), buf, sizeof(buf))) > 0)
			;
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	dd_zip_limits lim = DD_ZIP_LIMITS_INIT;
	lim.max_total = 8u << 20;
	lim.max_entry_size = 4u << 20;
	lim.max_entries = 5000;
	lim.max_prefix = 1u << 20;
	dd_zip *z = NULL;
	if (dd_zip_open_memory(&z, data, size, &lim, "fuzz") == 0) {
		read_all(z);
		dd_zip_free(z);
	}
	dd_reader *mem = NULL;
	if (dd_reader_from_memory(&mem, data, size) == 0) {
		if (dd_zip_open_stream(&z, mem, &lim, "fuzz") == 0) {
			read_all(z);
			dd_zip_free(z);
		}
		dd_reader_close(mem);
	}
	dd_layer_result *r = NULL;
	if (dd_analyzer_run_on_buffer(&r, &dd_analyzer_jar, "app/fuzz.jar", 0, data, size, NULL) == 0)
		dd_layer_result_free(r);
	return 0;
}

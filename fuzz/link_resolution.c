/* Fuzzes link and whiteout resolution: layers from a script (testutil.h:
 * files, directories, symlinks, hardlinks, whiteouts by name) walked with
 * the apk analyzer and a kept-file glob, settled (second reads from memory)
 * and squashed as dd_scan does. */
#include <stdint.h>
#include <stdlib.h>

#include "report/model.h"
#include "scan/squash.h"
#include "scan/walker.h"
#include "testutil.h"

extern const dd_analyzer dd_analyzer_apk;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const dd_analyzer *const ans[] = { &dd_analyzer_apk, NULL };
	static const char *const keep[] = { "etc/*", NULL };
	void *states[2] = { NULL, NULL };
	dd_scan_options opts = DD_SCAN_OPTIONS_INIT;
	dd_walk_config cfg = { .analyzers = ans, .states = states, .keep_globs = keep, .opts = &opts };
	dd_test_layers l;
	dd_layer_result *res[DD_TEST_MAX_LAYERS] = { 0 };
	if (dd_test_layers_build(&l, (const char *)data, size) != 0)
		goto out;
	if (dd_test_layers_walk(&l, &cfg, res) == 0) {
		dd_report *r = calloc(1, sizeof(*r));
		dd_final_kept *kept = NULL;
		size_t n_kept = 0;
		if (r && dd_squash_into_report(res, l.n, r) == 0)
			dd_squash_kept(res, l.n, &kept, &n_kept);
		free(kept);
		dd_report_free(r);
	}
out:
	for (size_t i = 0; i < l.n; i++)
		dd_layer_result_free(res[i]);
	dd_test_layers_free(&l);
	return 0;
}

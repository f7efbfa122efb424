/* One check on in-memory files (see check_run.h). */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "report/model.h"
#include "scan/check_ctx.h"
#include "scan/check_run.h"
#include "scan/squash.h"
#include "util/error.h"
#include "util/str.h"

int dd_check_run_on_files(dd_report **out, const dd_check *chk, const dd_test_file *files, size_t n,
	const char *config_json, const char *ref)
{
	return dd_check_run_on_files_opts(out, chk, files, n, config_json, ref, NULL);
}

int dd_check_run_on_files_opts(dd_report **out, const dd_check *chk, const dd_test_file *files, size_t n,
	const char *config_json, const char *ref, const dd_scan_options *opts_in)
{
	int rc = 0;
	dd_report *r = calloc(1, sizeof(*r));
	dd_layer_result *l = dd_layer_result_new("sha256:test", "sha256:test");
	dd_final_kept *final = NULL;
	size_t n_final = 0;
	json_t *cfg = NULL;
	dd_scan_options opts = opts_in ? *opts_in : (dd_scan_options)DD_SCAN_OPTIONS_INIT;
	if (!r || !l) {
		rc = dd_error_oom();
		goto out;
	}
	r->complete = true;
	r->ref = dd_strdup(ref);
	for (size_t i = 0; i < n; i++) {
		uint32_t mode = files[i].mode ? files[i].mode : (S_IFREG | 0644);
		if (!(mode & S_IFMT))
			mode |= S_IFREG;
		dd_file f = { .path = files[i].path, .mode = mode, .uid = files[i].uid, .layer = "sha256:test" };
		const char *d = files[i].data;
		size_t len = d ? (files[i].len ? files[i].len : strlen(d)) : 0;
		f.size = len;
		if ((rc = dd_layer_result_keep(l, &f, d, len, d == NULL)) != 0)
			goto out;
		if ((rc = dd_layer_result_add_path(l, files[i].path)) != 0)
			goto out;
	}
	dd_layer_result_sort_paths(l);
	if ((rc = dd_squash_kept(&l, 1, &final, &n_final)) != 0)
		goto out;
	if (config_json) {
		json_error_t err;
		if (!(cfg = json_loads(config_json, 0, &err))) {
			rc = dd_error_set(DD_EINVAL, "test config JSON: %s (line %d)", err.text, err.line);
			goto out;
		}
	}
	dd_check_ctx ctx = { .files = final, .n_files = n_final, .config = cfg, .report = r, .opts = &opts, .current = chk };
	if ((rc = chk->run(&ctx)) != 0)
		goto out;
	*out = r;
	r = NULL;
out:
	json_decref(cfg);
	free(final);
	dd_layer_result_free(l);
	dd_report_free(r);
	return rc;
}

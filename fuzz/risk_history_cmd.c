/* Fuzzes the created_by parser, the shell splitter and the build-history
 * rules: the input is split at newlines-of-NUL into history entries, and also
 * used as the image config itself (JSON). */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "checks/history_cmd.h"
#include "report/model.h"
#include "scan/check_run.h"

extern const dd_check dd_check_history, dd_check_image_config;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static dd_sh sh;
	dd_history_cmd hc;
	dd_history_parse((const char *)data, size, &hc);
	dd_shell_split(&sh, (const char *)data, size);
	for (unsigned i = 0; i < sh.n_cmds; i++)
		dd_sh_program(&sh, &sh.cmds[i], NULL, NULL);
	json_t *hist = json_array();
	const char *p = (const char *)data, *end = p + size;
	while (p < end && json_array_size(hist) < 64) {
		const char *z = memchr(p, 0, (size_t)(end - p));
		size_t n = z ? (size_t)(z - p) : (size_t)(end - p);
		json_t *e = json_object();
		json_object_set_new(e, "created_by", json_stringn_nocheck(p, n));
		if (n & 1)
			json_object_set_new(e, "empty_layer", json_true());
		json_array_append_new(hist, e);
		p += n + 1;
	}
	json_t *cfg = json_pack("{s:o, s:{s:[s]}}", "history", hist, "config", "Env", "PATH=/bin");
	char *text = json_dumps(cfg, 0);
	json_decref(cfg);
	dd_report *r = NULL;
	if (text && dd_check_run_on_files(&r, &dd_check_history, NULL, 0, text, "docker://x/y") == 0)
		dd_report_free(r);
	free(text);
	/* the raw input as a config */
	char *raw = malloc(size + 1);
	if (raw) {
		memcpy(raw, data, size);
		raw[size] = '\0';
		if (dd_check_run_on_files(&r, &dd_check_history, NULL, 0, raw, NULL) == 0)
			dd_report_free(r);
		if (dd_check_run_on_files(&r, &dd_check_image_config, NULL, 0, raw, NULL) == 0)
			dd_report_free(r);
		free(raw);
	}
	return 0;
}

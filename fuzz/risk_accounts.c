/* Fuzzes the passwd/shadow/group parsers and the password checks: the input
 * is the shadow file, the passwd file and the group file at once. crypt work
 * is cut by the hash-cost guard and a 1 ms budget. */
#include <stdlib.h>
#include <string.h>

#include "report/model.h"
#include "scan/check_run.h"

extern const dd_check dd_check_passwords, dd_check_accounts_ids;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	dd_scan_options opts = DD_SCAN_OPTIONS_INIT;
	opts.password_budget_ms = 1;
	char *buf = malloc(size + 1);
	if (!buf)
		return 0;
	memcpy(buf, data, size);
	buf[size] = '\0';
	const char *d = size ? buf : "";
	dd_test_file f[] = { { "etc/shadow", d, 0, 0, size }, { "etc/passwd", d, 0, 0, size }, { "etc/group", d, 0, 0, size } };
	dd_report *r = NULL;
	if (dd_check_run_on_files_opts(&r, &dd_check_passwords, f, 3, NULL, NULL, &opts) == 0)
		dd_report_free(r);
	if (dd_check_run_on_files(&r, &dd_check_accounts_ids, f, 3, NULL, NULL) == 0)
		dd_report_free(r);
	free(buf);
	return 0;
}

/* Fuzzes the sshd_config evaluation (Include, Match, first-value-wins) through
 * the sshd check: the input is split at the first NUL into the main file and
 * an included one. */
#include <stdlib.h>
#include <string.h>

#include "report/model.h"
#include "scan/check_run.h"

extern const dd_check dd_check_sshd;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *buf = malloc(size + 1);
	if (!buf)
		return 0;
	memcpy(buf, data, size);
	buf[size] = '\0';
	size_t n1 = strlen(buf);
	const char *second = n1 < size ? buf + n1 + 1 : "";
	dd_test_file files[] = { { "etc/ssh/sshd_config", buf, 0, 0, n1 ? n1 : 0 },
		{ "etc/ssh/sshd_config.d/a.conf", second, 0, 0, 0 } };
	if (!n1)
		files[0].data = "";
	dd_report *r = NULL;
	if (dd_check_run_on_files(&r, &dd_check_sshd, files, 2, NULL, NULL) == 0)
		dd_report_free(r);
	free(buf);
	return 0;
}

/* drydock scan: every scanner over one image; exit codes per docs/CLI.md. */
#include "cli.h"
#include "scan_options.h"

int dd_cmd_scan(int argc, char **argv)
{
	dd_cli_scan_args a;
	int rc = dd_cli_parse_scan_args(&a, argc, argv, false);
	if (rc < 0)
		return DD_EXIT_OK; /* --help */
	if (rc)
		return rc;
	return dd_cli_run_scan(&a);
}

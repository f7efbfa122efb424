/* drydock sbom: the package inventory of one image (CycloneDX, SPDX or drydock JSON). */
#include "cli.h"
#include "scan_options.h"

int dd_cmd_sbom(int argc, char **argv)
{
	dd_cli_scan_args a;
	int rc = dd_cli_parse_scan_args(&a, argc, argv, true);
	if (rc < 0)
		return DD_EXIT_OK; /* --help */
	if (rc)
		return rc;
	return dd_cli_run_scan(&a);
}

/* drydock sbom (placeholder until the scan pipeline lands). */
#include <stdio.h>

#include "cli.h"

int dd_cmd_sbom(int argc, char **argv)
{
	(void)argc; (void)argv;
	fprintf(stderr, "drydock: sbom is not built yet\n");
	return DD_EXIT_INCOMPLETE;
}

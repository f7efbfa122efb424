/* drydock scan (placeholder until the scan pipeline lands). */
#include <stdio.h>

#include "cli.h"

int dd_cmd_scan(int argc, char **argv)
{
	(void)argc; (void)argv;
	fprintf(stderr, "drydock: scan is not built yet\n");
	return DD_EXIT_INCOMPLETE;
}

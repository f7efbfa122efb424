/* drydock version: the program's version and the advisory DB's age. */
#include <stdio.h>

#include "cli.h"

int dd_cmd_version(int argc, char **argv)
{
	(void)argc; (void)argv;
	printf("drydock %s\n", dd_version_string());
	return DD_EXIT_OK;
}

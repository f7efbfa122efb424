/* drydock version: the program's version and the advisory DB's age. */
#include <stdio.h>
#include <stdlib.h>

#include "cli.h"
#include "cmd_db.h"

int dd_cmd_version(int argc, char **argv)
{
	(void)argc; (void)argv;
	printf("drydock %s\n", dd_version_string());
	char *path = dd_db_default_path();
	int64_t age = -1;
	char *built = NULL;
	if (path && dd_db_age(path, &age, &built) == 0) {
		char h[32] = "unknown age";
		if (age >= 0)
			dd_cli_human_age(h, sizeof(h), age);
		printf("advisory DB: %s, built %s (%s old)\n", path, built ? built : "never", h);
	} else if (path) {
		printf("advisory DB: none usable at %s (%s)\n", path, dd_error_last());
	}
	free(built);
	free(path);
	return DD_EXIT_OK;
}

/* drydock vercmp: compares two versions in an ecosystem's own order, like
 * `dpkg --compare-versions` but for every ecosystem drydock matches. */
#include <stdio.h>
#include <string.h>

#include "cli.h"

static const char usage[] =
	"usage: drydock vercmp ECOSYSTEM A B     prints -1, 0 or 1 (A older, equal, newer than B)\n"
	"       drydock vercmp --check ECOSYSTEM V  prints valid or invalid (strict grammar)\n"
	"\n"
	"ECOSYSTEM is an OSV ecosystem name: Debian, Ubuntu, Alpine, AlmaLinux, Rocky Linux, npm,\n"
	"crates.io, Go, Maven, PyPI, RubyGems, NuGet, Packagist (a release suffix such as Debian:12\n"
	"is accepted). Exit status 2 when a version is invalid or the ecosystem unknown.\n";

int dd_cmd_vercmp(int argc, char **argv)
{
	if (argc == 2 && (!strcmp(argv[1], "-h") || !strcmp(argv[1], "--help"))) {
		fputs(usage, stdout);
		return DD_EXIT_OK;
	}
	if (argc == 4 && !strcmp(argv[1], "--check")) {
		int rc = dd_version_valid(argv[2], argv[3]);
		if (rc < 0)
			return dd_cli_fail(rc);
		puts(rc ? "valid" : "invalid");
		return rc ? DD_EXIT_OK : DD_EXIT_USAGE;
	}
	if (argc != 4)
		return dd_cli_usage(usage);
	int out = 0, rc = dd_vercmp(argv[1], argv[2], argv[3], &out);
	if (rc)
		return dd_cli_fail(rc);
	printf("%d\n", out);
	return DD_EXIT_OK;
}

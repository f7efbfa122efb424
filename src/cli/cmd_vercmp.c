/* drydock vercmp: compares two versions in an ecosystem's own order, like
 * `dpkg --compare-versions` but for every ecosystem drydock matches. */
#include <stdio.h>
#include <string.h>

#include "cli.h"

static const char usage[] =
	"usage: drydock vercmp ECOSYSTEM A B     prints -1, 0 or 1 (A older, equal, newer than B)\n"
	"       drydock vercmp --check ECOSYSTEM V  prints valid or invalid (strict grammar)\n"
	"       drydock vercmp --batch ECOSYSTEM     reads A<TAB>B lines on stdin, prints one result\n"
	"                                            per line (-1, 0, 1, or \"invalid: why\")\n"
	"\n"
	"ECOSYSTEM is an OSV ecosystem name: Debian, Ubuntu, Alpine, AlmaLinux, Rocky Linux, npm,\n"
	"crates.io, Go, Maven, PyPI, RubyGems, NuGet, Packagist (a release suffix such as Debian:12\n"
	"is accepted). Exit status 2 when a version is invalid or the ecosystem unknown.\n";

/* Many comparisons in one process (vector tests, scripts). Exit 2 when any
 * line was invalid. */
static int batch(const char *ecosystem)
{
	char line[2048];
	int rc = dd_version_valid(ecosystem, "1");
	if (rc < 0)
		return dd_cli_fail(rc);   /* unknown ecosystem */
	rc = DD_EXIT_OK;
	while (fgets(line, sizeof(line), stdin)) {
		line[strcspn(line, "\r\n")] = '\0';
		char *tab = strchr(line, '\t');
		int out = 0;
		if (!tab) {
			puts("invalid: expected A<TAB>B");
			rc = DD_EXIT_USAGE;
			continue;
		}
		*tab = '\0';
		int e = dd_vercmp(ecosystem, line, tab + 1, &out);
		if (e) {
			printf("invalid: %s\n", dd_error_last());
			rc = DD_EXIT_USAGE;
		} else {
			printf("%d\n", out);
		}
	}
	return rc;
}

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
	if (argc == 3 && !strcmp(argv[1], "--batch"))
		return batch(argv[2]);
	if (argc != 4)
		return dd_cli_usage(usage);
	int out = 0, rc = dd_vercmp(argv[1], argv[2], argv[3], &out);
	if (rc)
		return dd_cli_fail(rc);
	printf("%d\n", out);
	return DD_EXIT_OK;
}

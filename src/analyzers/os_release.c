/*
 * OS release analyzer: keeps the files that say which distribution and
 * release an image is (os-release, alpine-release, debian_version,
 * *-release...). Detection itself happens once, on the final view, in
 * os_detect.c: a later layer may replace any of these files, so a verdict
 * per layer would be wrong.
 */
#include <string.h>

#include "analyzers/analyzer.h"

static const char *const release_files[] = {
	"etc/os-release", "usr/lib/os-release", "etc/alpine-release", "etc/debian_version",
	"etc/lsb-release", "etc/redhat-release", "etc/centos-release", "etc/almalinux-release",
	"etc/rocky-release", "etc/fedora-release", "etc/oracle-release", "etc/system-release",
	"etc/SuSE-release", "etc/photon-release", "etc/mariner-release", "etc/azurelinux-release",
	"etc/alinux-release", "etc/anolis-release", "etc/openEuler-release",
	NULL,
};

static bool wants(const char *path, uint32_t mode, uint64_t size)
{
	(void)size;
	if (!dd_mode_is_regular(mode) || (path[0] != 'e' && path[0] != 'u'))
		return false;
	for (size_t i = 0; release_files[i]; i++)
		if (strcmp(path, release_files[i]) == 0)
			return true;
	return false;
}

static int analyze(dd_analysis *a, const dd_file *f, const uint8_t *data, size_t len)
{
	return dd_analysis_keep_file(a, f, data, len);
}

const dd_analyzer dd_analyzer_os_release = {
	.name = "os_release",
	.version = 2,
	.scanners = DD_SCANNER_VULN | DD_SCANNER_BASELINE,
	/* release files are a few hundred bytes; anything big is not one */
	.max_size = 64u << 10,
	.note_oversize = true,
	.wants = wants,
	.paths = release_files,
	.analyze = analyze,
};

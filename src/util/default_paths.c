/*
 * The default locations of the files the library reads when the caller
 * names none: the advisory DB, db update's sources file, Docker's
 * credentials, and where private spill files go ($TMPDIR). This is the one file of the library that reads the
 * environment (tests/util/env_free.sh fails when getenv appears anywhere
 * else): every other setting is an option field that the caller (the CLI,
 * from its own environment) fills, so a long-running process gets the same
 * behaviour whatever its environment holds, and two scans with different
 * settings can run side by side.
 */
#include <pwd.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "drydock/drydock.h"
#include "util/default_paths.h"
#include "util/error.h"
#include "util/str.h"

/* $name when set and not empty, else NULL */
static const char *env(const char *name)
{
	const char *v = getenv(name);
	return v && *v ? v : NULL;
}

char *dd_db_default_path(void)
{
	const char *db = env("DRYDOCK_DB"), *xdg = env("XDG_CACHE_HOME"), *home = env("HOME");
	if (db)
		return strdup(db);
	if (xdg)
		return dd_asprintf("%s/drydock/drydock.db", xdg);
	/* without HOME, the home the password database gives; never a
	 * relative ./.cache that moves with the working directory */
	struct passwd pw, *found = NULL;
	char buf[4096];
	if ((!home || *home != '/') && getpwuid_r(getuid(), &pw, buf, sizeof(buf), &found) == 0 && found &&
	    found->pw_dir && found->pw_dir[0] == '/')
		home = found->pw_dir;
	if (!home || *home != '/') {
		dd_error_set(DD_EINVAL, "no place for the advisory DB: HOME is %s and XDG_CACHE_HOME unset; set one of "
			"them, DRYDOCK_DB, or pass --db FILE", home && *home ? "not an absolute path" : "unset");
		return NULL;
	}
	char *path = dd_asprintf("%s/.cache/drydock/drydock.db", home);
	if (!path)
		dd_error_oom();
	return path;
}

char *dd_db_sources_default_path(void)
{
	const char *xdg = env("XDG_CONFIG_HOME"), *home = env("HOME");
	if (xdg)
		return dd_asprintf("%s/drydock/db-sources", xdg);
	return dd_asprintf("%s/.config/drydock/db-sources", home ? home : ".");
}

int dd_docker_config_default_path(char **out)
{
	const char *dc = env("DOCKER_CONFIG"), *home = env("HOME");
	*out = NULL;
	if (!dc && !home)
		return 0;
	*out = dc ? dd_asprintf("%s/config.json", dc) : dd_asprintf("%s/.docker/config.json", home);
	return *out ? 0 : dd_error_oom();
}

const char *dd_temp_dir_default(void)
{
	const char *d = env("TMPDIR");
	return d ? d : "/tmp";
}

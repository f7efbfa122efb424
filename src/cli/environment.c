/*
 * The environment variables drydock honours (docs/CLI.md), read here and
 * nowhere in the library: the library takes every setting as an option
 * field, so a long-running process (the service) behaves the same whatever
 * its environment holds. A value that does not parse, or is out of range,
 * leaves the default, as the variables always did.
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

/* $name as a whole number in [lo, hi], else 0 (the option's default) */
static long env_num(const char *name, long lo, long hi)
{
	const char *v = getenv(name);
	if (!v || !*v)
		return 0;
	char *end;
	long x = strtol(v, &end, 10);
	return *end || x < lo || x > hi ? 0 : x;
}

static bool env_is(const char *name, const char *value)
{
	const char *v = getenv(name);
	return v && !strcmp(v, value);
}

int dd_cli_env_process(void)
{
	static const char *const libs[][2] = { { "DRYDOCK_LIBCURL", "libcurl" }, { "DRYDOCK_LIBCLAMAV", "libclamav" } };
	for (size_t i = 0; i < sizeof(libs) / sizeof(*libs); i++) {
		const char *file = getenv(libs[i][0]);
		if (file && *file && dd_optional_library_set(libs[i][1], file) != 0)
			return dd_cli_fail(dd_error_last_code());
	}
	return 0;
}

void dd_cli_env_scan(dd_scan_options *o)
{
	dd_image_options *im = &o->image;
	im->username = getenv("DRYDOCK_USERNAME");
	im->password = getenv("DRYDOCK_PASSWORD");
	im->http_timeout = (int)env_num("DRYDOCK_HTTP_TIMEOUT", 1, 3600);
	im->retry_base_ms = (int)env_num("DRYDOCK_RETRY_BASE_MS", 1, 60000);
	im->credential_helper_timeout = (int)env_num("DRYDOCK_CREDENTIAL_HELPER_TIMEOUT", 1, 3600);
	im->inflate = env_is("DRYDOCK_INFLATE", "zlib") ? DD_INFLATE_ZLIB : DD_INFLATE_DEFAULT;
	const char *ra = getenv("DRYDOCK_READAHEAD");
	o->readahead = !ra || !*ra ? DD_READAHEAD_AUTO : *ra == '1' ? DD_READAHEAD_ON : DD_READAHEAD_OFF;
	o->jar_stream = env_is("DRYDOCK_JAR_STREAM", "1");
	o->password_budget_ms = (unsigned)env_num("DRYDOCK_PASSWORD_BUDGET_MS", 1, 600000);
}

void dd_cli_env_db_update(dd_db_update_options *o)
{
	const char *key = getenv("DRYDOCK_NVD_API_KEY");
	o->nvd_api_key = key && *key ? key : NULL;
}

void dd_cli_env_write(dd_write_options *o, bool to_terminal)
{
	/* no-color.org: NO_COLOR set to anything but "" turns color off */
	const char *no_color = getenv("NO_COLOR");
	o->color = to_terminal && !(no_color && *no_color);
	o->width = (int)env_num("COLUMNS", 20, 1000);
}

/*
 * Redis reachable without credentials. With no requirepass and no ACL
 * password for the default user anyone who reaches the port owns the data
 * (and, through CONFIG SET dir / MODULE LOAD, often the host); protected
 * mode is Redis's last guard, refusing non-loopback clients when no password
 * is set, so turning it off while listening on every interface is the
 * classic unauthorized-access exposure.
 */
#include <string.h>

#include "checks/check_util.h"
#include "checks/redis_parse.h"

static const char *const files[] = { "etc/redis.conf", "etc/redis/*.conf", "usr/local/etc/redis/*.conf",
	"etc/redis-stack.conf", NULL };

static int one(dd_check_ctx *c, const dd_kept_file *f, void *payload)
{
	(void)payload;
	/* sentinel configs are a different daemon */
	if (strstr(f->path, "sentinel"))
		return 0;
	dd_redis_conf r;
	dd_redis_parse(&r, (const char *)f->data, f->len);
	if (r.port_zero)
		return 0;
	int rc = 0;
	bool auth = r.requirepass || r.acl_password || r.aclfile;
	if (!auth || r.acl_nopass)
		rc = dd_check_emit(c, DD_CLASS_BASELINE, "redis-no-password", DD_SEV_HIGH, f, r.acl_nopass ? 0 : r.requirepass_line,
			"Set 'requirepass' to a strong secret (or define ACL users with passwords) and keep 'bind 127.0.0.1' unless clients need the network.",
			"Redis accepts clients without a password (%s)", r.acl_nopass ? "user default nopass" : "requirepass not set");
	if (!rc && r.protected_mode_off && (!r.bind_set || r.bind_all))
		rc = dd_check_emit(c, DD_CLASS_BASELINE, "redis-protected-mode-off", DD_SEV_HIGH, f, r.protected_line,
			"Set 'protected-mode yes' and bind to specific addresses; expose Redis only behind authentication.",
			"Redis listens on all interfaces with protected-mode no");
	return rc;
}

static int run(dd_check_ctx *c)
{
	int rc = 0;
	for (size_t i = 0; files[i] && !rc; i++)
		rc = dd_check_foreach_file(c, files[i], one, NULL);
	return rc;
}

const dd_check dd_check_redis = {
	.name = "redis", .version = 1, .scanners = DD_SCANNER_BASELINE, .files = files, .run = run,
};

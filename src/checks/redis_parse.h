/*
 * redis.conf, read for what decides who can connect: requirepass, ACL users
 * (user default ... >password / nopass), aclfile, bind, protected-mode and
 * port. Directives are case-insensitive; arguments may be quoted.
 */
#ifndef DD_CHECKS_REDIS_PARSE_H
#define DD_CHECKS_REDIS_PARSE_H

#include <stdbool.h>
#include <stddef.h>

typedef struct dd_redis_conf {
	bool requirepass;          /* a non-empty requirepass */
	bool acl_password;         /* "user default on >secret" or "#<sha256>" */
	bool acl_nopass;           /* "user default on nopass": explicitly open */
	bool aclfile;              /* users come from an ACL file we do not see */
	bool bind_set, bind_all;   /* bind directive; one of its addresses is a wildcard */
	bool protected_mode_off;   /* protected-mode no */
	bool port_zero;            /* port 0: no TCP listener */
	bool include;              /* include directives (not followed) */
	unsigned requirepass_line, protected_line, bind_line;
} dd_redis_conf;

void dd_redis_parse(dd_redis_conf *out, const char *data, size_t len);

#endif
